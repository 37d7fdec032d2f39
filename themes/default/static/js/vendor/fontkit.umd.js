"use strict";
var fontkit = (() => {
  var __create = Object.create;
  var __defProp = Object.defineProperty;
  var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
  var __getOwnPropNames = Object.getOwnPropertyNames;
  var __getProtoOf = Object.getPrototypeOf;
  var __hasOwnProp = Object.prototype.hasOwnProperty;
  var __commonJS = (cb, mod) => function __require() {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  };
  var __export = (target, all) => {
    for (var name in all)
      __defProp(target, name, { get: all[name], enumerable: true });
  };
  var __copyProps = (to, from, except, desc) => {
    if (from && typeof from === "object" || typeof from === "function") {
      for (let key of __getOwnPropNames(from))
        if (!__hasOwnProp.call(to, key) && key !== except)
          __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
    }
    return to;
  };
  var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
    // If the importer is in node compatibility mode or this is not an ESM
    // file that has been converted to a CommonJS file using a Babel-
    // compatible transform (i.e. "__esModule" has not been set), then set
    // "default" to the CommonJS "module.exports" for node compatibility.
    isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
    mod
  ));
  var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

  // node_modules/dfa/index.js
  var require_dfa = __commonJS({
    "node_modules/dfa/index.js"(exports, module) {
      "use strict";
      var INITIAL_STATE = 1;
      var FAIL_STATE = 0;
      var StateMachine3 = class {
        constructor(dfa) {
          this.stateTable = dfa.stateTable;
          this.accepting = dfa.accepting;
          this.tags = dfa.tags;
        }
        /**
         * Returns an iterable object that yields pattern matches over the input sequence.
         * Matches are of the form [startIndex, endIndex, tags].
         */
        match(str) {
          var self = this;
          return {
            *[Symbol.iterator]() {
              var state = INITIAL_STATE;
              var startRun = null;
              var lastAccepting = null;
              var lastState = null;
              for (var p = 0; p < str.length; p++) {
                var c = str[p];
                lastState = state;
                state = self.stateTable[state][c];
                if (state === FAIL_STATE) {
                  if (startRun != null && lastAccepting != null && lastAccepting >= startRun) {
                    yield [startRun, lastAccepting, self.tags[lastState]];
                  }
                  state = self.stateTable[INITIAL_STATE][c];
                  startRun = null;
                }
                if (state !== FAIL_STATE && startRun == null) {
                  startRun = p;
                }
                if (self.accepting[state]) {
                  lastAccepting = p;
                }
                if (state === FAIL_STATE) {
                  state = INITIAL_STATE;
                }
              }
              if (startRun != null && lastAccepting != null && lastAccepting >= startRun) {
                yield [startRun, lastAccepting, self.tags[state]];
              }
            }
          };
        }
        /**
         * For each match over the input sequence, action functions matching
         * the tag definitions in the input pattern are called with the startIndex,
         * endIndex, and sub-match sequence.
         */
        apply(str, actions) {
          for (var [start, end, tags] of this.match(str)) {
            for (var tag of tags) {
              if (typeof actions[tag] === "function") {
                actions[tag](start, end, str.slice(start, end + 1));
              }
            }
          }
        }
      };
      module.exports = StateMachine3;
    }
  });

  // node_modules/brotli/dec/streams.js
  var require_streams = __commonJS({
    "node_modules/brotli/dec/streams.js"(exports) {
      "use strict";
      function BrotliInput(buffer) {
        this.buffer = buffer;
        this.pos = 0;
      }
      BrotliInput.prototype.read = function(buf, i, count) {
        if (this.pos + count > this.buffer.length) {
          count = this.buffer.length - this.pos;
        }
        for (var p = 0; p < count; p++)
          buf[i + p] = this.buffer[this.pos + p];
        this.pos += count;
        return count;
      };
      exports.BrotliInput = BrotliInput;
      function BrotliOutput(buf) {
        this.buffer = buf;
        this.pos = 0;
      }
      BrotliOutput.prototype.write = function(buf, count) {
        if (this.pos + count > this.buffer.length)
          throw new Error("Output buffer is not large enough");
        this.buffer.set(buf.subarray(0, count), this.pos);
        this.pos += count;
        return count;
      };
      exports.BrotliOutput = BrotliOutput;
    }
  });

  // node_modules/brotli/dec/bit_reader.js
  var require_bit_reader = __commonJS({
    "node_modules/brotli/dec/bit_reader.js"(exports, module) {
      "use strict";
      var BROTLI_READ_SIZE = 4096;
      var BROTLI_IBUF_SIZE = 2 * BROTLI_READ_SIZE + 32;
      var BROTLI_IBUF_MASK = 2 * BROTLI_READ_SIZE - 1;
      var kBitMask = new Uint32Array([
        0,
        1,
        3,
        7,
        15,
        31,
        63,
        127,
        255,
        511,
        1023,
        2047,
        4095,
        8191,
        16383,
        32767,
        65535,
        131071,
        262143,
        524287,
        1048575,
        2097151,
        4194303,
        8388607,
        16777215
      ]);
      function BrotliBitReader(input) {
        this.buf_ = new Uint8Array(BROTLI_IBUF_SIZE);
        this.input_ = input;
        this.reset();
      }
      BrotliBitReader.READ_SIZE = BROTLI_READ_SIZE;
      BrotliBitReader.IBUF_MASK = BROTLI_IBUF_MASK;
      BrotliBitReader.prototype.reset = function() {
        this.buf_ptr_ = 0;
        this.val_ = 0;
        this.pos_ = 0;
        this.bit_pos_ = 0;
        this.bit_end_pos_ = 0;
        this.eos_ = 0;
        this.readMoreInput();
        for (var i = 0; i < 4; i++) {
          this.val_ |= this.buf_[this.pos_] << 8 * i;
          ++this.pos_;
        }
        return this.bit_end_pos_ > 0;
      };
      BrotliBitReader.prototype.readMoreInput = function() {
        if (this.bit_end_pos_ > 256) {
          return;
        } else if (this.eos_) {
          if (this.bit_pos_ > this.bit_end_pos_)
            throw new Error("Unexpected end of input " + this.bit_pos_ + " " + this.bit_end_pos_);
        } else {
          var dst = this.buf_ptr_;
          var bytes_read = this.input_.read(this.buf_, dst, BROTLI_READ_SIZE);
          if (bytes_read < 0) {
            throw new Error("Unexpected end of input");
          }
          if (bytes_read < BROTLI_READ_SIZE) {
            this.eos_ = 1;
            for (var p = 0; p < 32; p++)
              this.buf_[dst + bytes_read + p] = 0;
          }
          if (dst === 0) {
            for (var p = 0; p < 32; p++)
              this.buf_[(BROTLI_READ_SIZE << 1) + p] = this.buf_[p];
            this.buf_ptr_ = BROTLI_READ_SIZE;
          } else {
            this.buf_ptr_ = 0;
          }
          this.bit_end_pos_ += bytes_read << 3;
        }
      };
      BrotliBitReader.prototype.fillBitWindow = function() {
        while (this.bit_pos_ >= 8) {
          this.val_ >>>= 8;
          this.val_ |= this.buf_[this.pos_ & BROTLI_IBUF_MASK] << 24;
          ++this.pos_;
          this.bit_pos_ = this.bit_pos_ - 8 >>> 0;
          this.bit_end_pos_ = this.bit_end_pos_ - 8 >>> 0;
        }
      };
      BrotliBitReader.prototype.readBits = function(n_bits) {
        if (32 - this.bit_pos_ < n_bits) {
          this.fillBitWindow();
        }
        var val = this.val_ >>> this.bit_pos_ & kBitMask[n_bits];
        this.bit_pos_ += n_bits;
        return val;
      };
      module.exports = BrotliBitReader;
    }
  });

  // node_modules/base64-js/index.js
  var require_base64_js = __commonJS({
    "node_modules/base64-js/index.js"(exports) {
      "use strict";
      exports.byteLength = byteLength2;
      exports.toByteArray = toByteArray;
      exports.fromByteArray = fromByteArray;
      var lookup = [];
      var revLookup = [];
      var Arr = typeof Uint8Array !== "undefined" ? Uint8Array : Array;
      var code = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
      for (i = 0, len = code.length; i < len; ++i) {
        lookup[i] = code[i];
        revLookup[code.charCodeAt(i)] = i;
      }
      var i;
      var len;
      revLookup["-".charCodeAt(0)] = 62;
      revLookup["_".charCodeAt(0)] = 63;
      function getLens(b64) {
        var len2 = b64.length;
        if (len2 % 4 > 0) {
          throw new Error("Invalid string. Length must be a multiple of 4");
        }
        var validLen = b64.indexOf("=");
        if (validLen === -1) validLen = len2;
        var placeHoldersLen = validLen === len2 ? 0 : 4 - validLen % 4;
        return [validLen, placeHoldersLen];
      }
      function byteLength2(b64) {
        var lens = getLens(b64);
        var validLen = lens[0];
        var placeHoldersLen = lens[1];
        return (validLen + placeHoldersLen) * 3 / 4 - placeHoldersLen;
      }
      function _byteLength(b64, validLen, placeHoldersLen) {
        return (validLen + placeHoldersLen) * 3 / 4 - placeHoldersLen;
      }
      function toByteArray(b64) {
        var tmp;
        var lens = getLens(b64);
        var validLen = lens[0];
        var placeHoldersLen = lens[1];
        var arr = new Arr(_byteLength(b64, validLen, placeHoldersLen));
        var curByte = 0;
        var len2 = placeHoldersLen > 0 ? validLen - 4 : validLen;
        var i2;
        for (i2 = 0; i2 < len2; i2 += 4) {
          tmp = revLookup[b64.charCodeAt(i2)] << 18 | revLookup[b64.charCodeAt(i2 + 1)] << 12 | revLookup[b64.charCodeAt(i2 + 2)] << 6 | revLookup[b64.charCodeAt(i2 + 3)];
          arr[curByte++] = tmp >> 16 & 255;
          arr[curByte++] = tmp >> 8 & 255;
          arr[curByte++] = tmp & 255;
        }
        if (placeHoldersLen === 2) {
          tmp = revLookup[b64.charCodeAt(i2)] << 2 | revLookup[b64.charCodeAt(i2 + 1)] >> 4;
          arr[curByte++] = tmp & 255;
        }
        if (placeHoldersLen === 1) {
          tmp = revLookup[b64.charCodeAt(i2)] << 10 | revLookup[b64.charCodeAt(i2 + 1)] << 4 | revLookup[b64.charCodeAt(i2 + 2)] >> 2;
          arr[curByte++] = tmp >> 8 & 255;
          arr[curByte++] = tmp & 255;
        }
        return arr;
      }
      function tripletToBase64(num) {
        return lookup[num >> 18 & 63] + lookup[num >> 12 & 63] + lookup[num >> 6 & 63] + lookup[num & 63];
      }
      function encodeChunk(uint82, start, end) {
        var tmp;
        var output = [];
        for (var i2 = start; i2 < end; i2 += 3) {
          tmp = (uint82[i2] << 16 & 16711680) + (uint82[i2 + 1] << 8 & 65280) + (uint82[i2 + 2] & 255);
          output.push(tripletToBase64(tmp));
        }
        return output.join("");
      }
      function fromByteArray(uint82) {
        var tmp;
        var len2 = uint82.length;
        var extraBytes = len2 % 3;
        var parts = [];
        var maxChunkLength = 16383;
        for (var i2 = 0, len22 = len2 - extraBytes; i2 < len22; i2 += maxChunkLength) {
          parts.push(encodeChunk(uint82, i2, i2 + maxChunkLength > len22 ? len22 : i2 + maxChunkLength));
        }
        if (extraBytes === 1) {
          tmp = uint82[len2 - 1];
          parts.push(
            lookup[tmp >> 2] + lookup[tmp << 4 & 63] + "=="
          );
        } else if (extraBytes === 2) {
          tmp = (uint82[len2 - 2] << 8) + uint82[len2 - 1];
          parts.push(
            lookup[tmp >> 10] + lookup[tmp >> 4 & 63] + lookup[tmp << 2 & 63] + "="
          );
        }
        return parts.join("");
      }
    }
  });

  // node_modules/brotli/dec/dictionary.bin.js
  var require_dictionary_bin = __commonJS({
    "node_modules/brotli/dec/dictionary.bin.js"(exports, module) {
      "use strict";
      module.exports = "W5/fcQLn5gKf2XUbAiQ1XULX+TZz6ADToDsgqk6qVfeC0e4m6OO2wcQ1J76ZBVRV1fRkEsdu//62zQsFEZWSTCnMhcsQKlS2qOhuVYYMGCkV0fXWEoMFbESXrKEZ9wdUEsyw9g4bJlEt1Y6oVMxMRTEVbCIwZzJzboK5j8m4YH02qgXYhv1V+PM435sLVxyHJihaJREEhZGqL03txGFQLm76caGO/ovxKvzCby/3vMTtX/459f0igi7WutnKiMQ6wODSoRh/8Lx1V3Q99MvKtwB6bHdERYRY0hStJoMjNeTsNX7bn+Y7e4EQ3bf8xBc7L0BsyfFPK43dGSXpL6clYC/I328h54/VYrQ5i0648FgbGtl837svJ35L3Mot/+nPlNpWgKx1gGXQYqX6n+bbZ7wuyCHKcUok12Xjqub7NXZGzqBx0SD+uziNf87t7ve42jxSKQoW3nyxVrWIGlFShhCKxjpZZ5MeGna0+lBkk+kaN8F9qFBAFgEogyMBdcX/T1W/WnMOi/7ycWUQloEBKGeC48MkiwqJkJO+12eQiOFHMmck6q/IjWW3RZlany23TBm+cNr/84/oi5GGmGBZWrZ6j+zykVozz5fT/QH/Da6WTbZYYPynVNO7kxzuNN2kxKKWche5WveitPKAecB8YcAHz/+zXLjcLzkdDSktNIDwZE9J9X+tto43oJy65wApM3mDzYtCwX9lM+N5VR3kXYo0Z3t0TtXfgBFg7gU8oN0Dgl7fZlUbhNll+0uuohRVKjrEd8egrSndy5/Tgd2gqjA4CAVuC7ESUmL3DZoGnfhQV8uwnpi8EGvAVVsowNRxPudck7+oqAUDkwZopWqFnW1riss0t1z6iCISVKreYGNvQcXv+1L9+jbP8cd/dPUiqBso2q+7ZyFBvENCkkVr44iyPbtOoOoCecWsiuqMSML5lv+vN5MzUr+Dnh73G7Q1YnRYJVYXHRJaNAOByiaK6CusgFdBPE40r0rvqXV7tksKO2DrHYXBTv8P5ysqxEx8VDXUDDqkPH6NNOV/a2WH8zlkXRELSa8P+heNyJBBP7PgsG1EtWtNef6/i+lcayzQwQCsduidpbKfhWUDgAEmyhGu/zVTacI6RS0zTABrOYueemnVa19u9fT23N/Ta6RvTpof5DWygqreCqrDAgM4LID1+1T/taU6yTFVLqXOv+/MuQOFnaF8vLMKD7tKWDoBdALgxF33zQccCcdHx8fKIVdW69O7qHtXpeGr9jbbpFA+qRMWr5hp0s67FPc7HAiLV0g0/peZlW7hJPYEhZyhpSwahnf93/tZgfqZWXFdmdXBzqxGHLrQKxoAY6fRoBhgCRPmmGueYZ5JexTVDKUIXzkG/fqp/0U3hAgQdJ9zumutK6nqWbaqvm1pgu03IYR+G+8s0jDBBz8cApZFSBeuWasyqo2OMDKAZCozS+GWSvL/HsE9rHxooe17U3s/lTE+VZAk4j3dp6uIGaC0JMiqR5CUsabPyM0dOYDR7Ea7ip4USZlya38YfPtvrX/tBlhHilj55nZ1nfN24AOAi9BVtz/Mbn8AEDJCqJgsVUa6nQnSxv2Fs7l/NlCzpfYEjmPrNyib/+t0ei2eEMjvNhLkHCZlci4WhBe7ePZTmzYqlY9+1pxtS4GB+5lM1BHT9tS270EWUDYFq1I0yY/fNiAk4bk9yBgmef/f2k6AlYQZHsNFnW8wBQxCd68iWv7/35bXfz3JZmfGligWAKRjIs3IpzxQ27vAglHSiOzCYzJ9L9A1CdiyFvyR66ucA4jKifu5ehwER26yV7HjKqn5Mfozo7Coxxt8LWWPT47BeMxX8p0Pjb7hZn+6bw7z3Lw+7653j5sI8CLu5kThpMlj1m4c2ch3jGcP1FsT13vuK3qjecKTZk2kHcOZY40UX+qdaxstZqsqQqgXz+QGF99ZJLqr3VYu4aecl1Ab5GmqS8k/GV5b95zxQ5d4EfXUJ6kTS/CXF/aiqKDOT1T7Jz5z0PwDUcwr9clLN1OJGCiKfqvah+h3XzrBOiLOW8wvn8gW6qE8vPxi+Efv+UH55T7PQFVMh6cZ1pZQlzJpKZ7P7uWvwPGJ6DTlR6wbyj3Iv2HyefnRo/dv7dNx+qaa0N38iBsR++Uil7Wd4afwDNsrzDAK4fXZwvEY/jdKuIKXlfrQd2C39dW7ntnRbIp9OtGy9pPBn/V2ASoi/2UJZfS+xuGLH8bnLuPlzdTNS6zdyk8Dt/h6sfOW5myxh1f+zf3zZ3MX/mO9cQPp5pOx967ZA6/pqHvclNfnUFF+rq+Vd7alKr6KWPcIDhpn6v2K6NlUu6LrKo8b/pYpU/Gazfvtwhn7tEOUuXht5rUJdSf6sLjYf0VTYDgwJ81yaqKTUYej/tbHckSRb/HZicwGJqh1mAHB/IuNs9dc9yuvF3D5Xocm3elWFdq5oEy70dYFit79yaLiNjPj5UUcVmZUVhQEhW5V2Z6Cm4HVH/R8qlamRYwBileuh07CbEce3TXa2JmXWBf+ozt319psboobeZhVnwhMZzOeQJzhpTDbP71Tv8HuZxxUI/+ma3XW6DFDDs4+qmpERwHGBd2edxwUKlODRdUWZ/g0GOezrbzOZauFMai4QU6GVHV6aPNBiBndHSsV4IzpvUiiYyg6OyyrL4Dj5q/Lw3N5kAwftEVl9rNd7Jk5PDij2hTH6wIXnsyXkKePxbmHYgC8A6an5Fob/KH5GtC0l4eFso+VpxedtJHdHpNm+Bvy4C79yVOkrZsLrQ3OHCeB0Ra+kBIRldUGlDCEmq2RwXnfyh6Dz+alk6eftI2n6sastRrGwbwszBeDRS/Fa/KwRJkCzTsLr/JCs5hOPE/MPLYdZ1F1fv7D+VmysX6NpOC8aU9F4Qs6HvDyUy9PvFGDKZ/P5101TYHFl8pjj6wm/qyS75etZhhfg0UEL4OYmHk6m6dO192AzoIyPSV9QedDA4Ml23rRbqxMPMxf7FJnDc5FTElVS/PyqgePzmwVZ26NWhRDQ+oaT7ly7ell4s3DypS1s0g+tOr7XHrrkZj9+x/mJBttrLx98lFIaRZzHz4aC7r52/JQ4VjHahY2/YVXZn/QC2ztQb/sY3uRlyc5vQS8nLPGT/n27495i8HPA152z7Fh5aFpyn1GPJKHuPL8Iw94DuW3KjkURAWZXn4EQy89xiKEHN1mk/tkM4gYDBxwNoYvRfE6LFqsxWJtPrDGbsnLMap3Ka3MUoytW0cvieozOmdERmhcqzG+3HmZv2yZeiIeQTKGdRT4HHNxekm1tY+/n06rGmFleqLscSERzctTKM6G9P0Pc1RmVvrascIxaO1CQCiYPE15bD7c3xSeW7gXxYjgxcrUlcbIvO0r+Yplhx0kTt3qafDOmFyMjgGxXu73rddMHpV1wMubyAGcf/v5dLr5P72Ta9lBF+fzMJrMycwv+9vnU3ANIl1cH9tfW7af8u0/HG0vV47jNFXzFTtaha1xvze/s8KMtCYucXc1nzfd/MQydUXn/b72RBt5wO/3jRcMH9BdhC/yctKBIveRYPrNpDWqBsO8VMmP+WvRaOcA4zRMR1PvSoO92rS7pYEv+fZfEfTMzEdM+6X5tLlyxExhqLRkms5EuLovLfx66de5fL2/yX02H52FPVwahrPqmN/E0oVXnsCKhbi/yRxX83nRbUKWhzYceXOntfuXn51NszJ6MO73pQf5Pl4in3ec4JU8hF7ppV34+mm9r1LY0ee/i1O1wpd8+zfLztE0cqBxggiBi5Bu95v9l3r9r/U5hweLn+TbfxowrWDqdJauKd8+q/dH8sbPkc9ttuyO94f7/XK/nHX46MPFLEb5qQlNPvhJ50/59t9ft3LXu7uVaWaO2bDrDCnRSzZyWvFKxO1+vT8MwwunR3bX0CkfPjqb4K9O19tn5X50PvmYpEwHtiW9WtzuV/s76B1zvLLNkViNd8ySxIl/3orfqP90TyTGaf7/rx8jQzeHJXdmh/N6YDvbvmTBwCdxfEQ1NcL6wNMdSIXNq7b1EUzRy1/Axsyk5p22GMG1b+GxFgbHErZh92wuvco0AuOLXct9hvw2nw/LqIcDRRmJmmZzcgUa7JpM/WV/S9IUfbF56TL2orzqwebdRD8nIYNJ41D/hz37Fo11p2Y21wzPcn713qVGhqtevStYfGH4n69OEJtPvbbLYWvscDqc3Hgnu166+tAyLnxrX0Y5zoYjV++1sI7t5kMr02KT/+uwtkc+rZLOf/qn/s3nYCf13Dg8/sB2diJgjGqjQ+TLhxbzyue2Ob7X6/9lUwW7a+lbznHzOYy8LKW1C/uRPbQY3KW/0gO9LXunHLvPL97afba9bFtc9hmz7GAttjVYlCvQAiOwAk/gC5+hkLEs6tr3AZKxLJtOEwk2dLxTYWsIB/j/ToWtIWzo906FrSG8iaqqqqqqiIiIiAgzMzMzNz+AyK+01/zi8n8S+Y1MjoRaQ80WU/G8MBlO+53VPXANrWm4wzGUVZUjjBJZVdhpcfkjsmcWaO+UEldXi1e+zq+HOsCpknYshuh8pOLISJun7TN0EIGW2xTnlOImeecnoGW4raxe2G1T3HEvfYUYMhG+gAFOAwh5nK8mZhwJMmN7r224QVsNFvZ87Z0qatvknklyPDK3Hy45PgVKXji52Wen4d4PlFVVYGnNap+fSpFbK90rYnhUc6n91Q3AY9E0tJOFrcfZtm/491XbcG/jsViUPPX76qmeuiz+qY1Hk7/1VPM405zWVuoheLUimpWYdVzCmUdKHebMdzgrYrb8mL2eeLSnRWHdonfZa8RsOU9F37w+591l5FLYHiOqWeHtE/lWrBHcRKp3uhtr8yXm8LU/5ms+NM6ZKsqu90cFZ4o58+k4rdrtB97NADFbwmEG7lXqvirhOTOqU14xuUF2myIjURcPHrPOQ4lmM3PeMg7bUuk0nnZi67bXsU6H8lhqIo8TaOrEafCO1ARK9PjC0QOoq2BxmMdgYB9G/lIb9++fqNJ2s7BHGFyBNmZAR8J3KCo012ikaSP8BCrf6VI0X5xdnbhHIO+B5rbOyB54zXkzfObyJ4ecwxfqBJMLFc7m59rNcw7hoHnFZ0b00zee+gTqvjm61Pb4xn0kcDX4jvHM0rBXZypG3DCKnD/Waa/ZtHmtFPgO5eETx+k7RrVg3aSwm2YoNXnCs3XPQDhNn+Fia6IlOOuIG6VJH7TP6ava26ehKHQa2T4N0tcZ9dPCGo3ZdnNltsHQbeYt5vPnJezV/cAeNypdml1vCHI8M81nSRP5Qi2+mI8v/sxiZru9187nRtp3f/42NemcONa+4eVC3PCZzc88aZh851CqSsshe70uPxeN/dmYwlwb3trwMrN1Gq8jbnApcVDx/yDPeYs5/7r62tsQ6lLg+DiFXTEhzR9dHqv0iT4tgj825W+H3XiRUNUZT2kR9Ri0+lp+UM3iQtS8uOE23Ly4KYtvqH13jghUntJRAewuzNLDXp8RxdcaA3cMY6TO2IeSFRXezeWIjCqyhsUdMYuCgYTZSKpBype1zRfq8FshvfBPc6BAQWl7/QxIDp3VGo1J3vn42OEs3qznws+YLRXbymyB19a9XBx6n/owcyxlEYyFWCi+kG9F+EyD/4yn80+agaZ9P7ay2Dny99aK2o91FkfEOY8hBwyfi5uwx2y5SaHmG+oq/zl1FX/8irOf8Y3vAcX/6uLP6A6nvMO24edSGPjQc827Rw2atX+z2bKq0CmW9mOtYnr5/AfDa1ZfPaXnKtlWborup7QYx+Or2uWb+N3N//2+yDcXMqIJdf55xl7/vsj4WoPPlxLxtVrkJ4w/tTe3mLdATOOYwxcq52w5Wxz5MbPdVs5O8/lhfE7dPj0bIiPQ3QV0iqm4m3YX8hRfc6jQ3fWepevMqUDJd86Z4vwM40CWHnn+WphsGHfieF02D3tmZvpWD+kBpNCFcLnZhcmmrhpGzzbdA+sQ1ar18OJD87IOKOFoRNznaHPNHUfUNhvY1iU+uhvEvpKHaUn3qK3exVVyX4joipp3um7FmYJWmA+WbIDshRpbVRx5/nqstCgy87FGbfVB8yDGCqS+2qCsnRwnSAN6zgzxfdB2nBT/vZ4/6uxb6oH8b4VBRxiIB93wLa47hG3w2SL/2Z27yOXJFwZpSJaBYyvajA7vRRYNKqljXKpt/CFD/tSMr18DKKbwB0xggBePatl1nki0yvqW5zchlyZmJ0OTxJ3D+fsYJs/mxYN5+Le5oagtcl+YsVvy8kSjI2YGvGjvmpkRS9W2dtXqWnVuxUhURm1lKtou/hdEq19VBp9OjGvHEQSmrpuf2R24mXGheil8KeiANY8fW1VERUfBImb64j12caBZmRViZHbeVMjCrPDg9A90IXrtnsYCuZtRQ0PyrKDjBNOsPfKsg1pA02gHlVr0OXiFhtp6nJqXVzcbfM0KnzC3ggOENPE9VBdmHKN6LYaijb4wXxJn5A0FSDF5j+h1ooZx885Jt3ZKzO5n7Z5WfNEOtyyPqQEnn7WLv5Fis3PdgMshjF1FRydbNyeBbyKI1oN1TRVrVK7kgsb/zjX4NDPIRMctVeaxVB38Vh1x5KbeJbU138AM5KzmZu3uny0ErygxiJF7GVXUrPzFxrlx1uFdAaZFDN9cvIb74qD9tzBMo7L7WIEYK+sla1DVMHpF0F7b3+Y6S+zjvLeDMCpapmJo1weBWuxKF3rOocih1gun4BoJh1kWnV/Jmiq6uOhK3VfKxEHEkafjLgK3oujaPzY6SXg8phhL4TNR1xvJd1Wa0aYFfPUMLrNBDCh4AuGRTbtKMc6Z1Udj8evY/ZpCuMAUefdo69DZUngoqE1P9A3PJfOf7WixCEj+Y6t7fYeHbbxUAoFV3M89cCKfma3fc1+jKRe7MFWEbQqEfyzO2x/wrO2VYH7iYdQ9BkPyI8/3kXBpLaCpU7eC0Yv/am/tEDu7HZpqg0EvHo0nf/R/gRzUWy33/HXMJQeu1GylKmOkXzlCfGFruAcPPhaGqZOtu19zsJ1SO2Jz4Ztth5cBX6mRQwWmDwryG9FUMlZzNckMdK+IoMJv1rOWnBamS2w2KHiaPMPLC15hCZm4KTpoZyj4E2TqC/P6r7/EhnDMhKicZZ1ZwxuC7DPzDGs53q8gXaI9kFTK+2LTq7bhwsTbrMV8Rsfua5lMS0FwbTitUVnVa1yTb5IX51mmYnUcP9wPr8Ji1tiYJeJV9GZTrQhF7vvdU2OTU42ogJ9FDwhmycI2LIg++03C6scYhUyUuMV5tkw6kGUoL+mjNC38+wMdWNljn6tGPpRES7veqrSn5TRuv+dh6JVL/iDHU1db4c9WK3++OrH3PqziF916UMUKn8G67nN60GfWiHrXYhUG3yVWmyYak59NHj8t1smG4UDiWz2rPHNrKnN4Zo1LBbr2/eF9YZ0n0blx2nG4X+EKFxvS3W28JESD+FWk61VCD3z/URGHiJl++7TdBwkCj6tGOH3qDb0QqcOF9Kzpj0HUb/KyFW3Yhj2VMKJqGZleFBH7vqvf7WqLC3XMuHV8q8a4sTFuxUtkD/6JIBvKaVjv96ndgruKZ1k/BHzqf2K9fLk7HGXANyLDd1vxkK/i055pnzl+zw6zLnwXlVYVtfmacJgEpRP1hbGgrYPVN6v2lG+idQNGmwcKXu/8xEj/P6qe/sB2WmwNp6pp8jaISMkwdleFXYK55NHWLTTbutSUqjBfDGWo/Yg918qQ+8BRZSAHZbfuNZz2O0sov1Ue4CWlVg3rFhM3Kljj9ksGd/NUhk4nH+a5UN2+1i8+NM3vRNp7uQ6sqexSCukEVlVZriHNqFi5rLm9TMWa4qm3idJqppQACol2l4VSuvWLfta4JcXy3bROPNbXOgdOhG47LC0CwW/dMlSx4Jf17aEU3yA1x9p+Yc0jupXgcMuYNku64iYOkGToVDuJvlbEKlJqsmiHbvNrIVZEH+yFdF8DbleZ6iNiWwMqvtMp/mSpwx5KxRrT9p3MAPTHGtMbfvdFhyj9vhaKcn3At8Lc16Ai+vBcSp1ztXi7rCJZx/ql7TXcclq6Q76UeKWDy9boS0WHIjUuWhPG8LBmW5y2rhuTpM5vsLt+HOLh1Yf0DqXa9tsfC+kaKt2htA0ai/L2i7RKoNjEwztkmRU0GfgW1TxUvPFhg0V7DdfWJk5gfrccpYv+MA9M0dkGTLECeYwUixRzjRFdmjG7zdZIl3XKB9YliNKI31lfa7i2JG5C8Ss+rHe0D7Z696/V3DEAOWHnQ9yNahMUl5kENWS6pHKKp2D1BaSrrHdE1w2qNxIztpXgUIrF0bm15YML4b6V1k+GpNysTahKMVrrS85lTVo9OGJ96I47eAy5rYWpRf/mIzeoYU1DKaQCTUVwrhHeyNoDqHel+lLxr9WKzhSYw7vrR6+V5q0pfi2k3L1zqkubY6rrd9ZLvSuWNf0uqnkY+FpTvFzSW9Fp0b9l8JA7THV9eCi/PY/SCZIUYx3BU2alj7Cm3VV6eYpios4b6WuNOJdYXUK3zTqj5CVG2FqYM4Z7CuIU0qO05XR0d71FHM0YhZmJmTRfLlXEumN82BGtzdX0S19t1e+bUieK8zRmqpa4Qc5TSjifmaQsY2ETLjhI36gMR1+7qpjdXXHiceUekfBaucHShAOiFXmv3sNmGQyU5iVgnoocuonQXEPTFwslHtS8R+A47StI9wj0iSrtbi5rMysczFiImsQ+bdFClnFjjpXXwMy6O7qfjOr8Fb0a7ODItisjnn3EQO16+ypd1cwyaAW5Yzxz5QknfMO7643fXW/I9y3U2xH27Oapqr56Z/tEzglj6IbT6HEHjopiXqeRbe5mQQvxtcbDOVverN0ZgMdzqRYRjaXtMRd56Q4cZSmdPvZJdSrhJ1D9zNXPqAEqPIavPdfubt5oke2kmv0dztIszSv2VYuoyf1UuopbsYb+uX9h6WpwjpgtZ6fNNawNJ4q8O3CFoSbioAaOSZMx2GYaPYB+rEb6qjQiNRFQ76TvwNFVKD+BhH9VhcKGsXzmMI7BptU/CNWolM7YzROvpFAntsiWJp6eR2d3GarcYShVYSUqhmYOWj5E96NK2WvmYNTeY7Zs4RUEdv9h9QT4EseKt6LzLrqEOs3hxAY1MaNWpSa6zZx8F3YOVeCYMS88W+CYHDuWe4yoc6YK+djDuEOrBR5lvh0r+Q9uM88lrjx9x9AtgpQVNE8r+3O6Gvw59D+kBF/UMXyhliYUtPjmvXGY6Dk3x+kEOW+GtdMVC4EZTqoS/jmR0P0LS75DOc/w2vnri97M4SdbZ8qeU7gg8DVbERkU5geaMQO3mYrSYyAngeUQqrN0C0/vsFmcgWNXNeidsTAj7/4MncJR0caaBUpbLK1yBCBNRjEv6KvuVSdpPnEMJdsRRtqJ+U8tN1gXA4ePHc6ZT0eviI73UOJF0fEZ8YaneAQqQdGphNvwM4nIqPnXxV0xA0fnCT+oAhJuyw/q8jO0y8CjSteZExwBpIN6SvNp6A5G/abi6egeND/1GTguhuNjaUbbnSbGd4L8937Ezm34Eyi6n1maeOBxh3PI0jzJDf5mh/BsLD7F2GOKvlA/5gtvxI3/eV4sLfKW5Wy+oio+es/u6T8UU+nsofy57Icb/JlZHPFtCgd/x+bwt3ZT+xXTtTtTrGAb4QehC6X9G+8YT+ozcLxDsdCjsuOqwPFnrdLYaFc92Ui0m4fr39lYmlCaqTit7G6O/3kWDkgtXjNH4BiEm/+jegQnihOtfffn33WxsFjhfMd48HT+f6o6X65j7XR8WLSHMFkxbvOYsrRsF1bowDuSQ18Mkxk4qz2zoGPL5fu9h2Hqmt1asl3Q3Yu3szOc+spiCmX4AETBM3pLoTYSp3sVxahyhL8eC4mPN9k2x3o0xkiixIzM3CZFzf5oR4mecQ5+ax2wCah3/crmnHoqR0+KMaOPxRif1oEFRFOO/kTPPmtww+NfMXxEK6gn6iU32U6fFruIz8Q4WgljtnaCVTBgWx7diUdshC9ZEa5yKpRBBeW12r/iNc/+EgNqmhswNB8SBoihHXeDF7rrWDLcmt3V8GYYN7pXRy4DZjj4DJuUBL5iC3DQAaoo4vkftqVTYRGLS3mHZ7gdmdTTqbgNN/PTdTCOTgXolc88MhXAEUMdX0iy1JMuk5wLsgeu0QUYlz2S4skTWwJz6pOm/8ihrmgGfFgri+ZWUK2gAPHgbWa8jaocdSuM4FJYoKicYX/ZSENkg9Q1ZzJfwScfVnR2DegOGwCvmogaWJCLQepv9WNlU6QgsmOwICquU28Mlk3d9W5E81lU/5Ez0LcX6lwKMWDNluNKfBDUy/phJgBcMnfkh9iRxrdOzgs08JdPB85Lwo+GUSb4t3nC+0byqMZtO2fQJ4U2zGIr49t/28qmmGv2RanDD7a3FEcdtutkW8twwwlUSpb8QalodddbBfNHKDQ828BdE7OBgFdiKYohLawFYqpybQoxATZrheLhdI7+0Zlu9Q1myRcd15r9UIm8K2LGJxqTegntqNVMKnf1a8zQiyUR1rxoqjiFxeHxqFcYUTHfDu7rhbWng6qOxOsI+5A1p9mRyEPdVkTlE24vY54W7bWc6jMgZvNXdfC9/9q7408KDsbdL7Utz7QFSDetz2picArzrdpL8OaCHC9V26RroemtDZ5yNM/KGkWMyTmfnInEvwtSD23UcFcjhaE3VKzkoaEMKGBft4XbIO6forTY1lmGQwVmKicBCiArDzE+1oIxE08fWeviIOD5TznqH+OoHadvoOP20drMPe5Irg3XBQziW2XDuHYzjqQQ4wySssjXUs5H+t3FWYMHppUnBHMx/nYIT5d7OmjDbgD9F6na3m4l7KdkeSO3kTEPXafiWinogag7b52taiZhL1TSvBFmEZafFq2H8khQaZXuitCewT5FBgVtPK0j4xUHPfUz3Q28eac1Z139DAP23dgki94EC8vbDPTQC97HPPSWjUNG5tWKMsaxAEMKC0665Xvo1Ntd07wCLNf8Q56mrEPVpCxlIMVlQlWRxM3oAfpgIc+8KC3rEXUog5g06vt7zgXY8grH7hhwVSaeuvC06YYRAwpbyk/Unzj9hLEZNs2oxPQB9yc+GnL6zTgq7rI++KDJwX2SP8Sd6YzTuw5lV/kU6eQxRD12omfQAW6caTR4LikYkBB1CMOrvgRr/VY75+NSB40Cni6bADAtaK+vyxVWpf9NeKJxN2KYQ8Q2xPB3K1s7fuhvWbr2XpgW044VD6DRs0qXoqKf1NFsaGvKJc47leUV3pppP/5VTKFhaGuol4Esfjf5zyCyUHmHthChcYh4hYLQF+AFWsuq4t0wJyWgdwQVOZiV0efRHPoK5+E1vjz9wTJmVkITC9oEstAsyZSgE/dbicwKr89YUxKZI+owD205Tm5lnnmDRuP/JnzxX3gMtlrcX0UesZdxyQqYQuEW4R51vmQ5xOZteUd8SJruMlTUzhtVw/Nq7eUBcqN2/HVotgfngif60yKEtoUx3WYOZlVJuJOh8u59fzSDPFYtQgqDUAGyGhQOAvKroXMcOYY0qjnStJR/G3aP+Jt1sLVlGV8POwr/6OGsqetnyF3TmTqZjENfnXh51oxe9qVUw2M78EzAJ+IM8lZ1MBPQ9ZWSVc4J3mWSrLKrMHReA5qdGoz0ODRsaA+vwxXA2cAM4qlfzBJA6581m4hzxItQw5dxrrBL3Y6kCbUcFxo1S8jyV44q//+7ASNNudZ6xeaNOSIUffqMn4A9lIjFctYn2gpEPAb3f7p3iIBN8H14FUGQ9ct2hPsL+cEsTgUrR47uJVN4n4wt/wgfwwHuOnLd4yobkofy8JvxSQTA7rMpDIc608SlZFJfZYcmbT0tAHpPE8MrtQ42siTUNWxqvWZOmvu9f0JPoQmg+6l7sZWwyfi6PXkxJnwBraUG0MYG4zYHQz3igy/XsFkx5tNQxw43qvI9dU3f0DdhOUlHKjmi1VAr2Kiy0HZwD8VeEbhh0OiDdMYspolQsYdSwjCcjeowIXNZVUPmL2wwIkYhmXKhGozdCJ4lRKbsf4NBh/XnQoS92NJEWOVOFs2YhN8c5QZFeK0pRdAG40hqvLbmoSA8xQmzOOEc7wLcme9JOsjPCEgpCwUs9E2DohMHRhUeyGIN6TFvrbny8nDuilsDpzrH5mS76APoIEJmItS67sQJ+nfwddzmjPxcBEBBCw0kWDwd0EZCkNeOD7NNQhtBm7KHL9mRxj6U1yWU2puzlIDtpYxdH4ZPeXBJkTGAJfUr/oTCz/iypY6uXaR2V1doPxJYlrw2ghH0D5gbrhFcIxzYwi4a/4hqVdf2DdxBp6vGYDjavxMAAoy+1+3aiO6S3W/QAKNVXagDtvsNtx7Ks+HKgo6U21B+QSZgIogV5Bt+BnXisdVfy9VyXV+2P5fMuvdpAjM1o/K9Z+XnE4EOCrue+kcdYHqAQ0/Y/OmNlQ6OI33jH/uD1RalPaHpJAm2av0/xtpqdXVKNDrc9F2izo23Wu7firgbURFDNX9eGGeYBhiypyXZft2j3hTvzE6PMWKsod//rEILDkzBXfi7xh0eFkfb3/1zzPK/PI5Nk3FbZyTl4mq5BfBoVoqiPHO4Q4QKZAlrQ3MdNfi3oxIjvsM3kAFv3fdufurqYR3PSwX/mpGy/GFI/B2MNPiNdOppWVbs/gjF3YH+QA9jMhlAbhvasAHstB0IJew09iAkmXHl1/TEj+jvHOpOGrPRQXbPADM+Ig2/OEcUcpgPTItMtW4DdqgfYVI/+4hAFWYjUGpOP/UwNuB7+BbKOcALbjobdgzeBQfjgNSp2GOpxzGLj70Vvq5cw2AoYENwKLUtJUX8sGRox4dVa/TN4xKwaKcl9XawQR/uNus700Hf17pyNnezrUgaY9e4MADhEDBpsJT6y1gDJs1q6wlwGhuUzGR7C8kgpjPyHWwsvrf3yn1zJEIRa5eSxoLAZOCR9xbuztxFRJW9ZmMYfCFJ0evm9F2fVnuje92Rc4Pl6A8bluN8MZyyJGZ0+sNSb//DvAFxC2BqlEsFwccWeAl6CyBcQV1bx4mQMBP1Jxqk1EUADNLeieS2dUFbQ/c/kvwItbZ7tx0st16viqd53WsRmPTKv2AD8CUnhtPWg5aUegNpsYgasaw2+EVooeNKmrW3MFtj76bYHJm5K9gpAXZXsE5U8DM8XmVOSJ1F1WnLy6nQup+jx52bAb+rCq6y9WXl2B2oZDhfDkW7H3oYfT/4xx5VncBuxMXP2lNfhUVQjSSzSRbuZFE4vFawlzveXxaYKVs8LpvAb8IRYF3ZHiRnm0ADeNPWocwxSzNseG7NrSEVZoHdKWqaGEBz1N8Pt7kFbqh3LYmAbm9i1IChIpLpM5AS6mr6OAPHMwwznVy61YpBYX8xZDN/a+lt7n+x5j4bNOVteZ8lj3hpAHSx1VR8vZHec4AHO9XFCdjZ9eRkSV65ljMmZVzaej2qFn/qt1lvWzNZEfHxK3qOJrHL6crr0CRzMox5f2e8ALBB4UGFZKA3tN6F6IXd32GTJXGQ7DTi9j/dNcLF9jCbDcWGKxoKTYblIwbLDReL00LRcDPMcQuXLMh5YzgtfjkFK1DP1iDzzYYVZz5M/kWYRlRpig1htVRjVCknm+h1M5LiEDXOyHREhvzCGpFZjHS0RsK27o2avgdilrJkalWqPW3D9gmwV37HKmfM3F8YZj2ar+vHFvf3B8CRoH4kDHIK9mrAg+owiEwNjjd9V+FsQKYR8czJrUkf7Qoi2YaW6EVDZp5zYlqiYtuXOTHk4fAcZ7qBbdLDiJq0WNV1l2+Hntk1mMWvxrYmc8kIx8G3rW36J6Ra4lLrTOCgiOihmow+YnzUT19jbV2B3RWqSHyxkhmgsBqMYWvOcUom1jDQ436+fcbu3xf2bbeqU/ca+C4DOKE+e3qvmeMqW3AxejfzBRFVcwVYPq4L0APSWWoJu+5UYX4qg5U6YTioqQGPG9XrnuZ/BkxuYpe6Li87+18EskyQW/uA+uk2rpHpr6hut2TlVbKgWkFpx+AZffweiw2+VittkEyf/ifinS/0ItRL2Jq3tQOcxPaWO2xrG68GdFoUpZgFXaP2wYVtRc6xYCfI1CaBqyWpg4bx8OHBQwsV4XWMibZZ0LYjWEy2IxQ1mZrf1/UNbYCJplWu3nZ4WpodIGVA05d+RWSS+ET9tH3RfGGmNI1cIY7evZZq7o+a0bjjygpmR3mVfalkT/SZGT27Q8QGalwGlDOS9VHCyFAIL0a1Q7JiW3saz9gqY8lqKynFrPCzxkU4SIfLc9VfCI5edgRhDXs0edO992nhTKHriREP1NJC6SROMgQ0xO5kNNZOhMOIT99AUElbxqeZF8A3xrfDJsWtDnUenAHdYWSwAbYjFqQZ+D5gi3hNK8CSxU9i6f6ClL9IGlj1OPMQAsr84YG6ijsJpCaGWj75c3yOZKBB9mNpQNPUKkK0D6wgLH8MGoyRxTX6Y05Q4AnYNXMZwXM4eij/9WpsM/9CoRnFQXGR6MEaY+FXvXEO3RO0JaStk6OXuHVATHJE+1W+TU3bSZ2ksMtqjO0zfSJCdBv7y2d8DMx6TfVme3q0ZpTKMMu4YL/t7ciTNtdDkwPogh3Cnjx7qk08SHwf+dksZ7M2vCOlfsF0hQ6J4ehPCaHTNrM/zBSOqD83dBEBCW/F/LEmeh0nOHd7oVl3/Qo/9GUDkkbj7yz+9cvvu+dDAtx8NzCDTP4iKdZvk9MWiizvtILLepysflSvTLFBZ37RLwiriqyRxYv/zrgFd/9XVHh/OmzBvDX4mitMR/lUavs2Vx6cR94lzAkplm3IRNy4TFfu47tuYs9EQPIPVta4P64tV+sZ7n3ued3cgEx2YK+QL5+xms6osk8qQbTyuKVGdaX9FQqk6qfDnT5ykxk0VK7KZ62b6DNDUfQlqGHxSMKv1P0XN5BqMeKG1P4Wp5QfZDUCEldppoX0U6ss2jIko2XpURKCIhfaOqLPfShdtS37ZrT+jFRSH2xYVV1rmT/MBtRQhxiO4MQ3iAGlaZi+9PWBEIXOVnu9jN1f921lWLZky9bqbM3J2MAAI9jmuAx3gyoEUa6P2ivs0EeNv/OR+AX6q5SW6l5HaoFuS6jr6yg9limu+P0KYKzfMXWcQSfTXzpOzKEKpwI3YGXZpSSy2LTlMgfmFA3CF6R5c9xWEtRuCg2ZPUQ2Nb6dRFTNd4TfGHrnEWSKHPuRyiJSDAZ+KX0VxmSHjGPbQTLVpqixia2uyhQ394gBMt7C3ZAmxn/DJS+l1fBsAo2Eir/C0jG9csd4+/tp12pPc/BVJGaK9mfvr7M/CeztrmCO5qY06Edi4xAGtiEhnWAbzLy2VEyazE1J5nPmgU4RpW4Sa0TnOT6w5lgt3/tMpROigHHmexBGAMY0mdcDbDxWIz41NgdD6oxgHsJRgr5RnT6wZAkTOcStU4NMOQNemSO7gxGahdEsC+NRVGxMUhQmmM0llWRbbmFGHzEqLM4Iw0H7577Kyo+Zf+2cUFIOw93gEY171vQaM0HLwpjpdRR6Jz7V0ckE7XzYJ0TmY9znLdzkva0vNrAGGT5SUZ5uaHDkcGvI0ySpwkasEgZPMseYcu85w8HPdSNi+4T6A83iAwDbxgeFcB1ZM2iGXzFcEOUlYVrEckaOyodfvaYSQ7GuB4ISE0nYJc15X/1ciDTPbPCgYJK55VkEor4LvzL9S2WDy4xj+6FOqVyTAC2ZNowheeeSI5hA/02l8UYkv4nk9iaVn+kCVEUstgk5Hyq+gJm6R9vG3rhuM904he/hFmNQaUIATB1y3vw+OmxP4X5Yi6A5I5jJufHCjF9+AGNwnEllZjUco6XhsO5T5+R3yxz5yLVOnAn0zuS+6zdj0nTJbEZCbXJdtpfYZfCeCOqJHoE2vPPFS6eRLjIJlG69X93nfR0mxSFXzp1Zc0lt/VafDaImhUMtbnqWVb9M4nGNQLN68BHP7AR8Il9dkcxzmBv8PCZlw9guY0lurbBsmNYlwJZsA/B15/HfkbjbwPddaVecls/elmDHNW2r4crAx43feNkfRwsaNq/yyJ0d/p5hZ6AZajz7DBfUok0ZU62gCzz7x8eVfJTKA8IWn45vINLSM1q+HF9CV9qF3zP6Ml21kPPL3CXzkuYUlnSqT+Ij4tI/od5KwIs+tDajDs64owN7tOAd6eucGz+KfO26iNcBFpbWA5732bBNWO4kHNpr9D955L61bvHCF/mwSrz6eQaDjfDEANqGMkFc+NGxpKZzCD2sj/JrHd+zlPQ8Iz7Q+2JVIiVCuCKoK/hlAEHzvk/Piq3mRL1rT/fEh9hoT5GJmeYswg1otiKydizJ/fS2SeKHVu6Z3JEHjiW8NaTQgP5xdBli8nC57XiN9hrquBu99hn9zqwo92+PM2JXtpeVZS0PdqR5mDyDreMMtEws+CpwaRyyzoYtfcvt9PJIW0fJVNNi/FFyRsea7peLvJrL+5b4GOXJ8tAr+ATk9f8KmiIsRhqRy0vFzwRV3Z5dZ3QqIU8JQ/uQpkJbjMUMFj2F9sCFeaBjI4+fL/oN3+LQgjI4zuAfQ+3IPIPFQBccf0clJpsfpnBxD84atwtupkGqKvrH7cGNl/QcWcSi6wcVDML6ljOgYbo+2BOAWNNjlUBPiyitUAwbnhFvLbnqw42kR3Yp2kv2dMeDdcGOX5kT4S6M44KHEB/SpCfl7xgsUvs+JNY9G3O2X/6FEt9FyAn57lrbiu+tl83sCymSvq9eZbe9mchL7MTf/Ta78e80zSf0hYY5eUU7+ff14jv7Xy8qjzfzzzvaJnrIdvFb5BLWKcWGy5/w7+vV2cvIfwHqdTB+RuJK5oj9mbt0Hy94AmjMjjwYNZlNS6uiyxNnwNyt3gdreLb64p/3+08nXkb92LTkkRgFOwk1oGEVllcOj5lv1hfAZywDows0944U8vUFw+A/nuVq/UCygsrmWIBnHyU01d0XJPwriEOvx/ISK6Pk4y2w0gmojZs7lU8TtakBAdne4v/aNxmMpK4VcGMp7si0yqsiolXRuOi1Z1P7SqD3Zmp0CWcyK4Ubmp2SXiXuI5nGLCieFHKHNRIlcY3Pys2dwMTYCaqlyWSITwr2oGXvyU3h1Pf8eQ3w1bnD7ilocVjYDkcXR3Oo1BXgMLTUjNw2xMVwjtp99NhSVc5aIWrDQT5DHPKtCtheBP4zHcw4dz2eRdTMamhlHhtfgqJJHI7NGDUw1XL8vsSeSHyKqDtqoAmrQqsYwvwi7HW3ojWyhIa5oz5xJTaq14NAzFLjVLR12rRNUQ6xohDnrWFb5bG9yf8aCD8d5phoackcNJp+Dw3Due3RM+5Rid7EuIgsnwgpX0rUWh/nqPtByMhMZZ69NpgvRTKZ62ViZ+Q7Dp5r4K0d7EfJuiy06KuIYauRh5Ecrhdt2QpTS1k1AscEHvapNbU3HL1F2TFyR33Wxb5MvH5iZsrn3SDcsxlnnshO8PLwmdGN+paWnQuORtZGX37uhFT64SeuPsx8UOokY6ON85WdQ1dki5zErsJGazcBOddWJEKqNPiJpsMD1GrVLrVY+AOdPWQneTyyP1hRX/lMM4ZogGGOhYuAdr7F/DOiAoc++cn5vlf0zkMUJ40Z1rlgv9BelPqVOpxKeOpzKdF8maK+1Vv23MO9k/8+qpLoxrIGH2EDQlnGmH8CD31G8QqlyQIcpmR5bwmSVw9/Ns6IHgulCRehvZ/+VrM60Cu/r3AontFfrljew74skYe2uyn7JKQtFQBQRJ9ryGic/zQOsbS4scUBctA8cPToQ3x6ZBQu6DPu5m1bnCtP8TllLYA0UTQNVqza5nfew3Mopy1GPUwG5jsl0OVXniPmAcmLqO5HG8Hv3nSLecE9oOjPDXcsTxoCBxYyzBdj4wmnyEV4kvFDunipS8SSkvdaMnTBN9brHUR8xdmmEAp/Pdqk9uextp1t+JrtXwpN/MG2w/qhRMpSNxQ1uhg/kKO30eQ/FyHUDkWHT8V6gGRU4DhDMxZu7xXij9Ui6jlpWmQCqJg3FkOTq3WKneCRYZxBXMNAVLQgHXSCGSqNdjebY94oyIpVjMYehAiFx/tqzBXFHZaL5PeeD74rW5OysFoUXY8sebUZleFTUa/+zBKVTFDopTReXNuZq47QjkWnxjirCommO4L/GrFtVV21EpMyw8wyThL5Y59d88xtlx1g1ttSICDwnof6lt/6zliPzgVUL8jWBjC0o2D6Kg+jNuThkAlaDJsq/AG2aKA//A76avw2KNqtv223P+Wq3StRDDNKFFgtsFukYt1GFDWooFVXitaNhb3RCyJi4cMeNjROiPEDb4k+G3+hD8tsg+5hhmSc/8t2JTSwYoCzAI75doq8QTHe+E/Tw0RQSUDlU+6uBeNN3h6jJGX/mH8oj0i3caCNsjvTnoh73BtyZpsflHLq6AfwJNCDX4S98h4+pCOhGKDhV3rtkKHMa3EG4J9y8zFWI4UsfNzC/Rl5midNn7gwoN9j23HGCQQ+OAZpTTPMdiVow740gIyuEtd0qVxMyNXhHcnuXRKdw5wDUSL358ktjMXmAkvIB73BLa1vfF9BAUZInPYJiwxqFWQQBVk7gQH4ojfUQ/KEjn+A/WR6EEe4CtbpoLe1mzHkajgTIoE0SLDHVauKhrq12zrAXBGbPPWKCt4DGedq3JyGRbmPFW32bE7T20+73BatV/qQhhBWfWBFHfhYWXjALts38FemnoT+9bn1jDBMcUMmYgSc0e7GQjv2MUBwLU8ionCpgV+Qrhg7iUIfUY6JFxR0Y+ZTCPM+rVuq0GNLyJXX6nrUTt8HzFBRY1E/FIm2EeVA9NcXrj7S6YYIChVQCWr/m2fYUjC4j0XLkzZ8GCSLfmkW3PB/xq+nlXsKVBOj7vTvqKCOMq7Ztqr3cQ+N8gBnPaAps+oGwWOkbuxnRYj/x/WjiDclVrs22xMK4qArE1Ztk1456kiJriw6abkNeRHogaPRBgbgF9Z8i/tbzWELN4CvbqtrqV9TtGSnmPS2F9kqOIBaazHYaJ9bi3AoDBvlZasMluxt0BDXfhp02Jn411aVt6S4TUB8ZgFDkI6TP6gwPY85w+oUQSsjIeXVminrwIdK2ZAawb8Se6XOJbOaliQxHSrnAeONDLuCnFejIbp4YDtBcQCwMsYiRZfHefuEJqJcwKTTJ8sx5hjHmJI1sPFHOr6W9AhZ2NAod38mnLQk1gOz2LCAohoQbgMbUK9RMEA3LkiF7Sr9tLZp6lkciIGhE2V546w3Mam53VtVkGbB9w0Yk2XiRnCmbpxmHr2k4eSC0RuNbjNsUfDIfc8DZvRvgUDe1IlKdZTzcT4ZGEb53dp8VtsoZlyXzLHOdAbsp1LPTVaHvLA0GYDFMbAW/WUBfUAdHwqLFAV+3uHvYWrCfhUOR2i89qvCBoOb48usAGdcF2M4aKn79k/43WzBZ+xR1L0uZfia70XP9soQReeuhZiUnXFDG1T8/OXNmssTSnYO+3kVLAgeiY719uDwL9FQycgLPessNihMZbAKG7qwPZyG11G1+ZA3jAX2yddpYfmaKBlmfcK/V0mwIRUDC0nJSOPUl2KB8h13F4dlVZiRhdGY5farwN+f9hEb1cRi41ZcGDn6Xe9MMSTOY81ULJyXIHSWFIQHstVYLiJEiUjktlHiGjntN5/btB8Fu+vp28zl2fZXN+dJDyN6EXhS+0yzqpl/LSJNEUVxmu7BsNdjAY0jVsAhkNuuY0E1G48ej25mSt+00yPbQ4SRCVkIwb6ISvYtmJRPz9Zt5dk76blf+lJwAPH5KDF+vHAmACLoCdG2Adii6dOHnNJnTmZtoOGO8Q1jy1veMw6gbLFToQmfJa7nT7Al89mRbRkZZQxJTKgK5Kc9INzmTJFp0tpAPzNmyL/F08bX3nhCumM/cR/2RPn9emZ3VljokttZD1zVWXlUIqEU7SLk5I0lFRU0AcENXBYazNaVzsVHA/sD3o9hm42wbHIRb/BBQTKzAi8s3+bMtpOOZgLdQzCYPfX3UUxKd1WYVkGH7lh/RBBgMZZwXzU9+GYxdBqlGs0LP+DZ5g2BWNh6FAcR944B+K/JTWI3t9YyVyRhlP4CCoUk/mmF7+r2pilVBjxXBHFaBfBtr9hbVn2zDuI0kEOG3kBx8CGdPOjX1ph1POOZJUO1JEGG0jzUy2tK4X0CgVNYhmkqqQysRNtKuPdCJqK3WW57kaV17vXgiyPrl4KEEWgiGF1euI4QkSFHFf0TDroQiLNKJiLbdhH0YBhriRNCHPxSqJmNNoketaioohqMglh6wLtEGWSM1EZbQg72h0UJAIPVFCAJOThpQGGdKfFovcwEeiBuZHN2Ob4uVM7+gwZLz1D9E7ta4RmMZ24OBBAg7Eh6dLXGofZ4U2TFOCQMKjwhVckjrydRS+YaqCw1kYt6UexuzbNEDyYLTZnrY1PzsHZJT4U+awO2xlqTSYu6n/U29O2wPXgGOEKDMSq+zTUtyc8+6iLp0ivav4FKx+xxVy4FxhIF/pucVDqpsVe2jFOfdZhTzLz2QjtzvsTCvDPU7bzDH2eXVKUV9TZ+qFtaSSxnYgYdXKwVreIgvWhT9eGDB2OvnWyPLfIIIfNnfIxU8nW7MbcH05nhlsYtaW9EZRsxWcKdEqInq1DiZPKCz7iGmAU9/ccnnQud2pNgIGFYOTAWjhIrd63aPDgfj8/sdlD4l+UTlcxTI9jbaMqqN0gQxSHs60IAcW3cH4p3V1aSciTKB29L1tz2eUQhRiTgTvmqc+sGtBNh4ky0mQJGsdycBREP+fAaSs1EREDVo5gvgi5+aCN7NECw30owbCc1mSpjiahyNVwJd1jiGgzSwfTpzf2c5XJvG/g1n0fH88KHNnf+u7ZiRMlXueSIsloJBUtW9ezvsx9grfsX/FNxnbxU1Lvg0hLxixypHKGFAaPu0xCD8oDTeFSyfRT6s8109GMUZL8m2xXp8X2dpPCWWdX84iga4BrTlOfqox4shqEgh/Ht4qRst52cA1xOIUuOxgfUivp6v5f8IVyaryEdpVk72ERAwdT4aoY1usBgmP+0m06Q216H/nubtNYxHaOIYjcach3A8Ez/zc0KcShhel0HCYjFsA0FjYqyJ5ZUH1aZw3+zWC0hLpM6GDfcAdn9fq2orPmZbW6XXrf+Krc9RtvII5jeD3dFoT1KwZJwxfUMvc5KLfn8rROW23Jw89sJ2a5dpB3qWDUBWF2iX8OCuKprHosJ2mflBR+Wqs86VvgI/XMnsqb97+VlKdPVysczPj8Jhzf+WCvGBHijAqYlavbF60soMWlHbvKT+ScvhprgeTln51xX0sF+Eadc/l2s2a5BgkVbHYyz0E85p0LstqH+gEGiR84nBRRFIn8hLSZrGwqjZ3E29cuGi+5Z5bp7EM8MWFa9ssS/vy4VrDfECSv7DSU84DaP0sXI3Ap4lWznQ65nQoTKRWU30gd7Nn8ZowUvGIx4aqyXGwmA/PB4qN8msJUODezUHEl0VP9uo+cZ8vPFodSIB4C7lQYjEFj8yu49C2KIV3qxMFYTevG8KqAr0TPlkbzHHnTpDpvpzziAiNFh8xiT7C/TiyH0EguUw4vxAgpnE27WIypV+uFN2zW7xniF/n75trs9IJ5amB1zXXZ1LFkJ6GbS/dFokzl4cc2mamVwhL4XU0Av5gDWAl+aEWhAP7t2VIwU+EpvfOPDcLASX7H7lZpXA2XQfbSlD4qU18NffNPoAKMNSccBfO9YVVgmlW4RydBqfHAV7+hrZ84WJGho6bNT0YMhxxLdOx/dwGj0oyak9aAkNJ8lRJzUuA8sR+fPyiyTgUHio5+Pp+YaKlHrhR41jY5NESPS3x+zTMe0S2HnLOKCOQPpdxKyviBvdHrCDRqO+l96HhhNBLXWv4yEMuEUYo8kXnYJM8oIgVM4XJ+xXOev4YbWeqsvgq0lmw4/PiYr9sYLt+W5EAuYSFnJEan8CwJwbtASBfLBBpJZiRPor/aCJBZsM+MhvS7ZepyHvU8m5WSmaZnxuLts8ojl6KkS8oSAHkq5GWlCB/NgJ5W3rO2Cj1MK7ahxsCrbTT3a0V/QQH+sErxV4XUWDHx0kkFy25bPmBMBQ6BU3HoHhhYcJB9JhP6NXUWKxnE0raXHB6U9KHpWdQCQI72qevp5fMzcm+AvC85rsynVQhruDA9fp9COe7N56cg1UKGSas89vrN+WlGLYTwi5W+0xYdKEGtGCeNJwXKDU0XqU5uQYnWsMwTENLGtbQMvoGjIFIEMzCRal4rnBAg7D/CSn8MsCvS+FDJJAzoiioJEhZJgAp9n2+1Yznr7H+6eT4YkJ9Mpj60ImcW4i4iHDLn9RydB8dx3QYm3rsX6n4VRrZDsYK6DCGwkwd5n3/INFEpk16fYpP6JtMQpqEMzcOfQGAHXBTEGzuLJ03GYQL9bmV2/7ExDlRf+Uvf1sM2frRtCWmal12pMgtonvSCtR4n1CLUZRdTHDHP1Otwqd+rcdlavnKjUB/OYXQHUJzpNyFoKpQK+2OgrEKpGyIgIBgn2y9QHnTJihZOpEvOKIoHAMGAXHmj21Lym39Mbiow4IF+77xNuewziNVBxr6KD5e+9HzZSBIlUa/AmsDFJFXeyrQakR3FwowTGcADJHcEfhGkXYNGSYo4dh4bxwLM+28xjiqkdn0/3R4UEkvcBrBfn/SzBc1XhKM2VPlJgKSorjDac96V2UnQYXl1/yZPT4DVelgO+soMjexXwYO58VLl5xInQUZI8jc3H2CPnCNb9X05nOxIy4MlecasTqGK6s2az4RjpF2cQP2G28R+7wDPsZDZC/kWtjdoHC7SpdPmqQrUAhMwKVuxCmYTiD9q/O7GHtZvPSN0CAUQN/rymXZNniYLlJDE70bsk6Xxsh4kDOdxe7A2wo7P9F5YvqqRDI6brf79yPCSp4I0jVoO4YnLYtX5nzspR5WB4AKOYtR1ujXbOQpPyYDvfRE3FN5zw0i7reehdi7yV0YDRKRllGCGRk5Yz+Uv1fYl2ZwrnGsqsjgAVo0xEUba8ohjaNMJNwTwZA/wBDWFSCpg1eUH8MYL2zdioxRTqgGQrDZxQyNzyBJPXZF0+oxITJAbj7oNC5JwgDMUJaM5GqlGCWc//KCIrI+aclEe4IA0uzv7cuj6GCdaJONpi13O544vbtIHBF+A+JeDFUQNy61Gki3rtyQ4aUywn6ru314/dkGiP8Iwjo0J/2Txs49ZkwEl4mx+iYUUO55I6pJzU4P+7RRs+DXZkyKUYZqVWrPF4I94m4Wx1tXeE74o9GuX977yvJ/jkdak8+AmoHVjI15V+WwBdARFV2IPirJgVMdsg1Pez2VNHqa7EHWdTkl3XTcyjG9BiueWFvQfXI8aWSkuuRmqi/HUuzqyvLJfNfs0txMqldYYflWB1BS31WkuPJGGwXUCpjiQSktkuBMWwHjSkQxeehqw1Kgz0Trzm7QbtgxiEPDVmWCNCAeCfROTphd1ZNOhzLy6XfJyG6Xgd5MCAZw4xie0Sj5AnY1/akDgNS9YFl3Y06vd6FAsg2gVQJtzG7LVq1OH2frbXNHWH/NY89NNZ4QUSJqL2yEcGADbT38X0bGdukqYlSoliKOcsSTuqhcaemUeYLLoI8+MZor2RxXTRThF1LrHfqf/5LcLAjdl4EERgUysYS2geE+yFdasU91UgUDsc2cSQ1ZoT9+uLOwdgAmifwQqF028INc2IQEDfTmUw3eZxvz7Ud1z3xc1PQfeCvfKsB9jOhRj7rFyb9XcDWLcYj0bByosychMezMLVkFiYcdBBQtvI6K0KRuOZQH2kBsYHJaXTkup8F0eIhO1/GcIwWKpr2mouB7g5TUDJNvORXPXa/mU8bh27TAZYBe2sKx4NSv5OjnHIWD2RuysCzBlUfeNXhDd2jxnHoUlheJ3jBApzURy0fwm2FwwsSU0caQGl0Kv8hopRQE211NnvtLRsmCNrhhpEDoNiZEzD2QdJWKbRRWnaFedXHAELSN0t0bfsCsMf0ktfBoXBoNA+nZN9+pSlmuzspFevmsqqcMllzzvkyXrzoA+Ryo1ePXpdGOoJvhyru+EBRsmOp7MXZ0vNUMUqHLUoKglg1p73sWeZmPc+KAw0pE2zIsFFE5H4192KwDvDxdxEYoDBDNZjbg2bmADTeUKK57IPD4fTYF4c6EnXx/teYMORBDtIhPJneiZny7Nv/zG+YmekIKCoxr6kauE2bZtBLufetNG0BtBY7f+/ImUypMBvdWu/Q7vTMRzw5aQGZWuc1V0HEsItFYMIBnoKGZ0xcarba/TYZq50kCaflFysYjA4EDKHqGdpYWdKYmm+a7TADmW35yfnOYpZYrkpVEtiqF0EujI00aeplNs2k+qyFZNeE3CDPL9P6b4PQ/kataHkVpLSEVGK7EX6rAa7IVNrvZtFvOA6okKvBgMtFDAGZOx88MeBcJ8AR3AgUUeIznAN6tjCUipGDZONm1FjWJp4A3QIzSaIOmZ7DvF/ysYYbM/fFDOV0jntAjRdapxJxL0eThpEhKOjCDDq2ks+3GrwxqIFKLe1WdOzII8XIOPGnwy6LKXVfpSDOTEfaRsGujhpS4hBIsMOqHbl16PJxc4EkaVu9wpEYlF/84NSv5Zum4drMfp9yXbzzAOJqqS4YkI4cBrFrC7bMPiCfgI3nNZAqkk3QOZqR+yyqx+nDQKBBBZ7QKrfGMCL+XpqFaBJU0wpkBdAhbR4hJsmT5aynlvkouoxm/NjD5oe6BzVIO9uktM+/5dEC5P7vZvarmuO/lKXz4sBabVPIATuKTrwbJP8XUkdM6uEctHKXICUJGjaZIWRbZp8czquQYfY6ynBUCfIU+gG6wqSIBmYIm9pZpXdaL121V7q0VjDjmQnXvMe7ysoEZnZL15B0SpxS1jjd83uNIOKZwu5MPzg2NhOx3xMOPYwEn2CUzbSrwAs5OAtrz3GAaUkJOU74XwjaYUmGJdZBS1NJVkGYrToINLKDjxcuIlyfVsKQSG/G4DyiO2SlQvJ0d0Ot1uOG5IFSAkq+PRVMgVMDvOIJMdqjeCFKUGRWBW9wigYvcbU7CQL/7meF2KZAaWl+4y9uhowAX7elogAvItAAxo2+SFxGRsHGEW9BnhlTuWigYxRcnVUBRQHV41LV+Fr5CJYV7sHfeywswx4XMtUx6EkBhR+q8AXXUA8uPJ73Pb49i9KG9fOljvXeyFj9ixgbo6CcbAJ7WHWqKHy/h+YjBwp6VcN7M89FGzQ04qbrQtgrOFybg3gQRTYG5xn73ArkfQWjCJROwy3J38Dx/D7jOa6BBNsitEw1wGq780EEioOeD+ZGp2J66ADiVGMayiHYucMk8nTK2zzT9CnEraAk95kQjy4k0GRElLL5YAKLQErJ5rp1eay9O4Fb6yJGm9U4FaMwPGxtKD6odIIHKoWnhKo1U8KIpFC+MVn59ZXmc7ZTBZfsg6FQ8W10YfTr4u0nYrpHZbZ1jXiLmooF0cOm0+mPnJBXQtepc7n0BqOipNCqI6yyloTeRShNKH04FIo0gcMk0H/xThyN4pPAWjDDkEp3lNNPRNVfpMI44CWRlRgViP64eK0JSRp0WUvCWYumlW/c58Vcz/yMwVcW5oYb9+26TEhwvbxiNg48hl1VI1UXTU//Eta+BMKnGUivctfL5wINDD0giQL1ipt6U7C9cd4+lgqY2lMUZ02Uv6Prs+ZEZer7ZfWBXVghlfOOrClwsoOFKzWEfz6RZu1eCs+K8fLvkts5+BX0gyrFYve0C3qHrn5U/Oh6D/CihmWIrY7HUZRhJaxde+tldu6adYJ+LeXupQw0XExC36RETdNFxcq9glMu4cNQSX9cqR/GQYp+IxUkIcNGWVU7ZtGa6P3XAyodRt0XeS3Tp01AnCh0ZbUh4VrSZeV9RWfSoWyxnY3hzcZ30G/InDq4wxRrEejreBxnhIQbkxenxkaxl+k7eLUQkUR6vKJ2iDFNGX3WmVA1yaOH+mvhBd+sE6vacQzFobwY5BqEAFmejwW5ne7HtVNolOUgJc8CsUxmc/LBi8N5mu9VsIA5HyErnS6zeCz7VLI9+n/hbT6hTokMXTVyXJRKSG2hd2labXTbtmK4fNH3IZBPreSA4FMeVouVN3zG5x9CiGpLw/3pceo4qGqp+rVp+z+7yQ98oEf+nyH4F3+J9IheDBa94Wi63zJbLBCIZm7P0asHGpIJt3PzE3m0S4YIWyXBCVXGikj8MudDPB/6Nm2v4IxJ5gU0ii0guy5SUHqGUYzTP0jIJU5E82RHUXtX4lDdrihBLdP1YaG1AGUC12rQKuIaGvCpMjZC9bWSCYnjDlvpWbkdXMTNeBHLKiuoozMGIvkczmP0aRJSJ8PYnLCVNhKHXBNckH79e8Z8Kc2wUej4sQZoH8qDRGkg86maW/ZQWGNnLcXmq3FlXM6ssR/3P6E/bHMvm6HLrv1yRixit25JsH3/IOr2UV4BWJhxXW5BJ6Xdr07n9kF3ZNAk6/Xpc5MSFmYJ2R7bdL8Kk7q1OU9Elg/tCxJ8giT27wSTySF0GOxg4PbYJdi/Nyia9Nn89CGDulfJemm1aiEr/eleGSN+5MRrVJ4K6lgyTTIW3i9cQ0dAi6FHt0YMbH3wDSAtGLSAccezzxHitt1QdhW36CQgPcA8vIIBh3/JNjf/Obmc2yzpk8edSlS4lVdwgW5vzbYEyFoF4GCBBby1keVNueHAH+evi+H7oOVfS3XuPQSNTXOONAbzJeSb5stwdQHl1ZjrGoE49I8+A9j3t+ahhQj74FCSWpZrj7wRSFJJnnwi1T9HL5qrCFW/JZq6P62XkMWTb+u4lGpKfmmwiJWx178GOG7KbrZGqyWwmuyKWPkNswkZ1q8uptUlviIi+AXh2bOOTOLsrtNkfqbQJeh24reebkINLkjut5r4d9GR/r8CBa9SU0UQhsnZp5cP+RqWCixRm7i4YRFbtZ4EAkhtNa6jHb6gPYQv7MKqkPLRmX3dFsK8XsRLVZ6IEVrCbmNDc8o5mqsogjAQfoC9Bc7R6gfw03m+lQpv6kTfhxscDIX6s0w+fBxtkhjXAXr10UouWCx3C/p/FYwJRS/AXRKkjOb5CLmK4XRe0+xeDDwVkJPZau52bzLEDHCqV0f44pPgKOkYKgTZJ33fmk3Tu8SdxJ02SHM8Fem5SMsWqRyi2F1ynfRJszcFKykdWlNqgDA/L9lKYBmc7Zu/q9ii1FPF47VJkqhirUob53zoiJtVVRVwMR34gV9iqcBaHbRu9kkvqk3yMpfRFG49pKKjIiq7h/VpRwPGTHoY4cg05X5028iHsLvUW/uz+kjPyIEhhcKUwCkJAwbR9pIEGOn8z6svAO8i89sJ3dL5qDWFYbS+HGPRMxYwJItFQN86YESeJQhn2urGiLRffQeLptDl8dAgb+Tp47UQPxWOw17OeChLN1WnzlkPL1T5O+O3Menpn4C3IY5LEepHpnPeZHbvuWfeVtPlkH4LZjPbBrkJT3NoRJzBt86CO0Xq59oQ+8dsm0ymRcmQyn8w71mhmcuEI5byuF+C88VPYly2sEzjlzAQ3vdn/1+Hzguw6qFNNbqenhZGbdiG6RwZaTG7jTA2X9RdXjDN9yj1uQpyO4Lx8KRAcZcbZMafp4wPOd5MdXoFY52V1A8M9hi3sso93+uprE0qYNMjkE22CvK4HuUxqN7oIz5pWuETq1lQAjqlSlqdD2Rnr/ggp/TVkQYjn9lMfYelk2sH5HPdopYo7MHwlV1or9Bxf+QCyLzm92vzG2wjiIjC/ZHEJzeroJl6bdFPTpZho5MV2U86fLQqxNlGIMqCGy+9WYhJ8ob1r0+Whxde9L2PdysETv97O+xVw+VNN1TZSQN5I6l9m5Ip6pLIqLm4a1B1ffH6gHyqT9p82NOjntRWGIofO3bJz5GhkvSWbsXueTAMaJDou99kGLqDlhwBZNEQ4mKPuDvVwSK4WmLluHyhA97pZiVe8g+JxmnJF8IkV/tCs4Jq/HgOoAEGR9tCDsDbDmi3OviUQpG5D8XmKcSAUaFLRXb2lmJTNYdhtYyfjBYZQmN5qT5CNuaD3BVnlkCk7bsMW3AtXkNMMTuW4HjUERSJnVQ0vsBGa1wo3Qh7115XGeTF3NTz8w0440AgU7c3bSXO/KMINaIWXd0oLpoq/0/QJxCQSJ9XnYy1W7TYLBJpHsVWD1ahsA7FjNvRd6mxCiHsm8g6Z0pnzqIpF1dHUtP2ITU5Z1hZHbu+L3BEEStBbL9XYvGfEakv1bmf+bOZGnoiuHEdlBnaChxYKNzB23b8sw8YyT7Ajxfk49eJIAvdbVkdFCe2J0gMefhQ0bIZxhx3fzMIysQNiN8PgOUKxOMur10LduigREDRMZyP4oGWrP1GFY4t6groASsZ421os48wAdnrbovNhLt7ScNULkwZ5AIZJTrbaKYTLjA1oJ3sIuN/aYocm/9uoQHEIlacF1s/TM1fLcPTL38O9fOsjMEIwoPKfvt7opuI9G2Hf/PR4aCLDQ7wNmIdEuXJ/QNL72k5q4NejAldPfe3UVVqzkys8YZ/jYOGOp6c+YzRCrCuq0M11y7TiN6qk7YXRMn/gukxrEimbMQjr3jwRM6dKVZ4RUfWQr8noPXLJq6yh5R3EH1IVOHESst/LItbG2D2vRsZRkAObzvQAAD3mb3/G4NzopI0FAiHfbpq0X72adg6SRj+8OHMShtFxxLZlf/nLgRLbClwl5WmaYSs+yEjkq48tY7Z2bE0N91mJwt+ua0NlRJIDh0HikF4UvSVorFj2YVu9YeS5tfvlVjPSoNu/Zu6dEUfBOT555hahBdN3Sa5Xuj2Rvau1lQNIaC944y0RWj9UiNDskAK1WoL+EfXcC6IbBXFRyVfX/WKXxPAwUyIAGW8ggZ08hcijKTt1YKnUO6QPvcrmDVAb0FCLIXn5id4fD/Jx4tw/gbXs7WF9b2RgXtPhLBG9vF5FEkdHAKrQHZAJC/HWvk7nvzzDzIXZlfFTJoC3JpGgLPBY7SQTjGlUvG577yNutZ1hTfs9/1nkSXK9zzKLRZ3VODeKUovJe0WCq1zVMYxCJMenmNzPIU2S8TA4E7wWmbNkxq9rI2dd6v0VpcAPVMxnDsvWTWFayyqvKZO7Z08a62i/oH2/jxf8rpmfO64in3FLiL1GX8IGtVE9M23yGsIqJbxDTy+LtaMWDaPqkymb5VrQdzOvqldeU0SUi6IirG8UZ3jcpRbwHa1C0Dww9G/SFX3gPvTJQE+kyz+g1BeMILKKO+olcHzctOWgzxYHnOD7dpCRtuZEXACjgqesZMasoPgnuDC4nUviAAxDc5pngjoAITIkvhKwg5d608pdrZcA+qn5TMT6Uo/QzBaOxBCLTJX3Mgk85rMfsnWx86oLxf7p2PX5ONqieTa/qM3tPw4ZXvlAp83NSD8F7+ZgctK1TpoYwtiU2h02HCGioH5tkVCqNVTMH5p00sRy2JU1qyDBP2CII/Dg4WDsIl+zgeX7589srx6YORRQMBfKbodbB743Tl4WLKOEnwWUVBsm94SOlCracU72MSyj068wdpYjyz1FwC2bjQnxnB6Mp/pZ+yyZXtguEaYB+kqhjQ6UUmwSFazOb+rhYjLaoiM+aN9/8KKn0zaCTFpN9eKwWy7/u4EHzO46TdFSNjMfn2iPSJwDPCFHc0I1+vjdAZw5ZjqR/uzi9Zn20oAa5JnLEk/EA3VRWE7J/XrupfFJPtCUuqHPpnlL7ISJtRpSVcB8qsZCm2QEkWoROtCKKxUh3yEcMbWYJwk6DlEBG0bZP6eg06FL3v6RPb7odGuwm7FN8fG4woqtB8e7M5klPpo97GoObNwt+ludTAmxyC5hmcFx+dIvEZKI6igFKHqLH01iY1o7903VzG9QGetyVx5RNmBYUU+zIuSva/yIcECUi4pRmE3VkF2avqulQEUY4yZ/wmNboBzPmAPey3+dSYtBZUjeWWT0pPwCz4Vozxp9xeClIU60qvEFMQCaPvPaA70WlOP9f/ey39macvpGCVa+zfa8gO44wbxpJUlC8GN/pRMTQtzY8Z8/hiNrU+Zq64ZfFGIkdj7m7abcK1EBtws1X4J/hnqvasPvvDSDYWN+QcQVGMqXalkDtTad5rYY0TIR1Eqox3czwPMjKPvF5sFv17Thujr1IZ1Ytl4VX1J0vjXKmLY4lmXipRAro0qVGEcXxEVMMEl54jQMd4J7RjgomU0j1ptjyxY+cLiSyXPfiEcIS2lWDK3ISAy6UZ3Hb5vnPncA94411jcy75ay6B6DSTzK6UTCZR9uDANtPBrvIDgjsfarMiwoax2OlLxaSoYn4iRgkpEGqEkwox5tyI8aKkLlfZ12lO11TxsqRMY89j5JaO55XfPJPDL1LGSnC88Re9Ai+Nu5bZjtwRrvFITUFHPR4ZmxGslQMecgbZO7nHk32qHxYkdvWpup07ojcMCaVrpFAyFZJJbNvBpZfdf39Hdo2kPtT7v0/f8R/B5Nz4f1t9/3zNM/7n6SUHfcWk5dfQFJvcJMgPolGCpOFb/WC0FGWU2asuQyT+rm88ZKZ78Cei/CAh939CH0JYbpZIPtxc2ufXqjS3pHH9lnWK4iJ7OjR/EESpCo2R3MYKyE7rHfhTvWho4cL1QdN4jFTyR6syMwFm124TVDDRXMNveI1Dp/ntwdz8k8kxw7iFSx6+Yx6O+1LzMVrN0BBzziZi9kneZSzgollBnVwBh6oSOPHXrglrOj+QmR/AESrhDpKrWT+8/AiMDxS/5wwRNuGQPLlJ9ovomhJWn8sMLVItQ8N/7IXvtD8kdOoHaw+vBSbFImQsv/OCAIui99E+YSIOMlMvBXkAt+NAZK8wB9Jf8CPtB+TOUOR+z71d/AFXpPBT6+A5FLjxMjLIEoJzrQfquvxEIi+WoUzGR1IzQFNvbYOnxb2PyQ0kGdyXKzW2axQL8lNAXPk6NEjqrRD1oZtKLlFoofrXw0dCNWASHzy+7PSzOUJ3XtaPZsxLDjr+o41fKuKWNmjiZtfkOzItvlV2MDGSheGF0ma04qE3TUEfqJMrXFm7DpK+27DSvCUVf7rbNoljPhha5W7KBqVq0ShUSTbRmuqPtQreVWH4JET5yMhuqMoSd4r/N8sDmeQiQQvi1tcZv7Moc7dT5X5AtCD6kNEGZOzVcNYlpX4AbTsLgSYYliiPyVoniuYYySxsBy5cgb3pD+EK0Gpb0wJg031dPgaL8JZt6sIvzNPEHfVPOjXmaXj4bd4voXzpZ5GApMhILgMbCEWZ2zwgdeQgjNHLbPIt+KqxRwWPLTN6HwZ0Ouijj4UF+Sg0Au8XuIKW0WxlexdrFrDcZJ8Shauat3X0XmHygqgL1nAu2hrJFb4wZXkcS+i36KMyU1yFvYv23bQUJi/3yQpqr/naUOoiEWOxckyq/gq43dFou1DVDaYMZK9tho7+IXXokBCs5GRfOcBK7g3A+jXQ39K4YA8PBRW4m5+yR0ZAxWJncjRVbITvIAPHYRt1EJ3YLiUbqIvoKHtzHKtUy1ddRUQ0AUO41vonZDUOW+mrszw+SW/6Q/IUgNpcXFjkM7F4CSSQ2ExZg85otsMs7kqsQD4OxYeBNDcSpifjMoLb7GEbGWTwasVObmB/bfPcUlq0wYhXCYEDWRW02TP5bBrYsKTGWjnWDDJ1F7zWai0zW/2XsCuvBQjPFcTYaQX3tSXRSm8hsAoDdjArK/OFp6vcWYOE7lizP0Yc+8p16i7/NiXIiiQTp7c7Xus925VEtlKAjUdFhyaiLT7VxDagprMFwix4wZ05u0qj7cDWFd0W9OYHIu3JbJKMXRJ1aYNovugg+QqRN7fNHSi26VSgBpn+JfMuPo3aeqPWik/wI5Rz3BWarPQX4i5+dM0npwVOsX+KsOhC7vDg+OJsz4Q5zlnIeflUWL6QYMbf9WDfLmosLF4Qev3mJiOuHjoor/dMeBpA9iKDkMjYBNbRo414HCxjsHrB4EXNbHzNMDHCLuNBG6Sf+J4MZ/ElVsDSLxjIiGsTPhw8BPjxbfQtskj+dyNMKOOcUYIRBEIqbazz3lmjlRQhplxq673VklMMY6597vu+d89ec/zq7Mi4gQvh87ehYbpOuZEXj5g/Q7S7BFDAAB9DzG35SC853xtWVcnZQoH54jeOqYLR9NDuwxsVthTV7V99n/B7HSbAytbEyVTz/5NhJ8gGIjG0E5j3griULUd5Rg7tQR+90hJgNQKQH2btbSfPcaTOfIexc1db1BxUOhM1vWCpLaYuKr3FdNTt/T3PWCpEUWDKEtzYrjpzlL/wri3MITKsFvtF8QVV/NhVo97aKIBgdliNc10dWdXVDpVtsNn+2UIolrgqdWA4EY8so0YvB4a+aLzMXiMAuOHQrXY0tr+CL10JbvZzgjJJuB1cRkdT7DUqTvnswVUp5kkUSFVtIIFYK05+tQxT6992HHNWVhWxUsD1PkceIrlXuUVRogwmfdhyrf6zzaL8+c0L7GXMZOteAhAVQVwdJh+7nrX7x4LaIIfz2F2v7Dg/uDfz2Fa+4gFm2zHAor8UqimJG3VTJtZEoFXhnDYXvxMJFc6ku2bhbCxzij2z5UNuK0jmp1mnvkVNUfR+SEmj1Lr94Lym75PO7Fs0MIr3GdsWXRXSfgLTVY0FLqba97u1In8NAcY7IC6TjWLigwKEIm43NxTdaVTv9mcKkzuzBkKd8x/xt1p/9BbP7Wyb4bpo1K1gnOpbLvKz58pWl3B55RJ/Z5mRDLPtNQg14jdOEs9+h/V5UVpwrAI8kGbX8KPVPDIMfIqKDjJD9UyDOPhjZ3vFAyecwyq4akUE9mDOtJEK1hpDyi6Ae87sWAClXGTiwPwN7PXWwjxaR79ArHRIPeYKTunVW24sPr/3HPz2IwH8oKH4OlWEmt4BLM6W5g4kMcYbLwj2usodD1088stZA7VOsUSpEVl4w7NMb1EUHMRxAxLF0CIV+0L3iZb+ekB1vSDSFjAZ3hfLJf7gFaXrOKn+mhR+rWw/eTXIcAgl4HvFuBg1LOmOAwJH3eoVEjjwheKA4icbrQCmvAtpQ0mXG0agYp5mj4Rb6mdQ+RV4QBPbxMqh9C7o8nP0Wko2ocnCHeRGhN1XVyT2b9ACsL+6ylUy+yC3QEnaKRIJK91YtaoSrcWZMMwxuM0E9J68Z+YyjA0g8p1PfHAAIROy6Sa04VXOuT6A351FOWhKfTGsFJ3RTJGWYPoLk5FVK4OaYR9hkJvezwF9vQN1126r6isMGXWTqFW+3HL3I/jurlIdDWIVvYY+s6yq7lrFSPAGRdnU7PVwY/SvWbZGpXzy3BQ2LmAJlrONUsZs4oGkly0V267xbD5KMY8woNNsmWG1VVgLCra8aQBBcI4DP2BlNwxhiCtHlaz6OWFoCW0vMR3ErrG7JyMjTSCnvRcsEHgmPnwA6iNpJ2DrFb4gLlhKJyZGaWkA97H6FFdwEcLT6DRQQL++fOkVC4cYGW1TG/3iK5dShRSuiBulmihqgjR45Vi03o2RbQbP3sxt90VxQ6vzdlGfkXmmKmjOi080JSHkLntjvsBJnv7gKscOaTOkEaRQqAnCA4HWtB4XnMtOhpRmH2FH8tTXrIjAGNWEmudQLCkcVlGTQ965Kh0H6ixXbgImQP6b42B49sO5C8pc7iRlgyvSYvcnH9FgQ3azLbQG2cUW96SDojTQStxkOJyOuDGTHAnnWkz29aEwN9FT8EJ4yhXOg+jLTrCPKeEoJ9a7lDXOjEr8AgX4BmnMQ668oW0zYPyQiVMPxKRHtpfnEEyaKhdzNVThlxxDQNdrHeZiUFb6NoY2KwvSb7BnRcpJy+/g/zAYx3fYSN5QEaVD2Y1VsNWxB0BSO12MRsRY8JLfAezRMz5lURuLUnG1ToKk6Q30FughqWN6gBNcFxP/nY/iv+iaUQOa+2Nuym46wtI/DvSfzSp1jEi4SdYBE7YhTiVV5cX9gwboVDMVgZp5YBQlHOQvaDNfcCoCJuYhf5kz5kwiIKPjzgpcRJHPbOhJajeoeRL53cuMahhV8Z7IRr6M4hW0JzT7mzaMUzQpm866zwM7Cs07fJYXuWvjAMkbe5O6V4bu71sOG6JQ4oL8zIeXHheFVavzxmlIyBkgc9IZlEDplMPr8xlcyss4pVUdwK1e7CK2kTsSdq7g5SHRAl3pYUB9Ko4fsh4qleOyJv1z3KFSTSvwEcRO/Ew8ozEDYZSqpfoVW9uhJfYrNAXR0Z3VmeoAD+rVWtwP/13sE/3ICX3HhDG3CMc476dEEC0K3umSAD4j+ZQLVdFOsWL2C1TH5+4KiSWH+lMibo+B55hR3Gq40G1n25sGcN0mEcoU2wN9FCVyQLBhYOu9aHVLWjEKx2JIUZi5ySoHUAI9b8hGzaLMxCZDMLhv8MkcpTqEwz9KFDpCpqQhVmsGQN8m24wyB82FAKNmjgfKRsXRmsSESovAwXjBIoMKSG51p6Um8b3i7GISs7kjTq/PZoioCfJzfKdJTN0Q45kQEQuh9H88M3yEs3DbtRTKALraM0YC8laiMiOOe6ADmTcCiREeAWZelBaEXRaSuj2lx0xHaRYqF65O0Lo5OCFU18A8cMDE4MLYm9w2QSr9NgQAIcRxZsNpA7UJR0e71JL+VU+ISWFk5I97lra8uGg7GlQYhGd4Gc6rxsLFRiIeGO4abP4S4ekQ1fiqDCy87GZHd52fn5aaDGuvOmIofrzpVwMvtbreZ/855OaXTRcNiNE0wzGZSxbjg26v8ko8L537v/XCCWP2MFaArJpvnkep0pA+O86MWjRAZPQRfznZiSIaTppy6m3p6HrNSsY7fDtz7Cl4V/DJAjQDoyiL2uwf1UHVd2AIrzBUSlJaTj4k6NL97a/GqhWKU9RUmjnYKpm2r+JYUcrkCuZKvcYvrg8pDoUKQywY9GDWg03DUFSirlUXBS5SWn/KAntnf0IdHGL/7mwXqDG+LZYjbEdQmqUqq4y54TNmWUP7IgcAw5816YBzwiNIJiE9M4lPCzeI/FGBeYy3p6IAmH4AjXXmvQ4Iy0Y82NTobcAggT2Cdqz6Mx4TdGoq9fn2etrWKUNFyatAHydQTVUQ2S5OWVUlugcNvoUrlA8cJJz9MqOa/W3iVno4zDHfE7zhoY5f5lRTVZDhrQbR8LS4eRLz8iPMyBL6o4PiLlp89FjdokQLaSBmKHUwWp0na5fE3v9zny2YcDXG/jfI9sctulHRbdkI5a4GOPJx4oAJQzVZ/yYAado8KNZUdEFs9ZPiBsausotXMNebEgr0dyopuqfScFJ3ODNPHgclACPdccwv0YJGQdsN2lhoV4HVGBxcEUeUX/alr4nqpcc1CCR3vR7g40zteQg/JvWmFlUE4mAiTpHlYGrB7w+U2KdSwQz2QJKBe/5eiixWipmfP15AFWrK8Sh1GBBYLgzki1wTMhGQmagXqJ2+FuqJ8f0XzXCVJFHQdMAw8xco11HhM347alrAu+wmX3pDFABOvkC+WPX0Uhg1Z5MVHKNROxaR84YV3s12UcM+70cJ460SzEaKLyh472vOMD3XnaK7zxZcXlWqenEvcjmgGNR2OKbI1s8U+iwiW+HotHalp3e1MGDy6BMVIvajnAzkFHbeVsgjmJUkrP9OAwnEHYXVBqYx3q7LvXjoVR0mY8h+ZaOnh053pdsGkmbqhyryN01eVHySr+CkDYkSMeZ1xjPNVM+gVLTDKu2VGsMUJqWO4TwPDP0VOg2/8ITbAUaMGb4LjL7L+Pi11lEVMXTYIlAZ/QHmTENjyx3kDkBdfcvvQt6tKk6jYFM4EG5UXDTaF5+1ZjRz6W7MdJPC+wTkbDUim4p5QQH3b9kGk2Bkilyeur8Bc20wm5uJSBO95GfYDI1EZipoRaH7uVveneqz43tlTZGRQ4a7CNmMHgXyOQQOL6WQkgMUTQDT8vh21aSdz7ERiZT1jK9F+v6wgFvuEmGngSvIUR2CJkc5tx1QygfZnAruONobB1idCLB1FCfO7N1ZdRocT8/Wye+EnDiO9pzqIpnLDl4bkaRKW+ekBVwHn46Shw1X0tclt/0ROijuUB4kIInrVJU4buWf4YITJtjOJ6iKdr1u+flgQeFH70GxKjhdgt/MrwfB4K/sXczQ+9zYcrD4dhY6qZhZ010rrxggWA8JaZyg2pYij8ieYEg1aZJkZK9O1Re7sB0iouf60rK0Gd+AYlp7soqCBCDGwfKeUQhCBn0E0o0GS6PdmjLi0TtCYZeqazqwN+yNINIA8Lk3iPDnWUiIPLGNcHmZDxfeK0iAdxm/T7LnN+gemRL61hHIc0NCAZaiYJR+OHnLWSe8sLrK905B5eEJHNlWq4RmEXIaFTmo49f8w61+NwfEUyuJAwVqZCLFcyHBKAcIVj3sNzfEOXzVKIndxHw+AR93owhbCxUZf6Gs8cz6/1VdrFEPrv330+9s6BtMVPJ3zl/Uf9rUi0Z/opexfdL3ykF76e999GPfVv8fJv/Y/+/5hEMon1tqNFyVRevV9y9/uIvsG3dbB8GRRrgaEXfhx+2xeOFt+cEn3RZanNxdEe2+B6MHpNbrRE53PlDifPvFcp4kO78ILR0T4xyW/WGPyBsqGdoA7zJJCu1TKbGfhnqgnRbxbB2B3UZoeQ2bz2sTVnUwokTcTU21RxN1PYPS3Sar7T0eRIsyCNowr9amwoMU/od9s2APtiKNL6ENOlyKADstAEWKA+sdKDhrJ6BOhRJmZ+QJbAaZ3/5Fq0/lumCgEzGEbu3yi0Y4I4EgVAjqxh4HbuQn0GrRhOWyAfsglQJAVL1y/6yezS2k8RE2MstJLh92NOB3GCYgFXznF4d25qiP4ZCyI4RYGesut6FXK6GwPpKK8WHEkhYui0AyEmr5Ml3uBFtPFdnioI8RiCooa7Z1G1WuyIi3nSNglutc+xY8BkeW3JJXPK6jd2VIMpaSxpVtFq+R+ySK9J6WG5Qvt+C+QH1hyYUOVK7857nFmyDBYgZ/o+AnibzNVqyYCJQvyDXDTK+iXdkA71bY7TL3bvuLxLBQ8kbTvTEY9aqkQ3+MiLWbEgjLzOH+lXgco1ERgzd80rDCymlpaRQbOYnKG/ODoFl46lzT0cjM5FYVvv0qLUbD5lyJtMUaC1pFlTkNONx6lliaX9o0i/1vws5bNKn5OuENQEKmLlcP4o2ZmJjD4zzd3Fk32uQ4uRWkPSUqb4LBe3EXHdORNB2BWsws5daRnMfNVX7isPSb1hMQdAJi1/qmDMfRUlCU74pmnzjbXfL8PVG8NsW6IQM2Ne23iCPIpryJjYbVnm5hCvKpMa7HLViNiNc+xTfDIaKm3jctViD8A1M9YPJNk003VVr4Zo2MuGW8vil8SLaGpPXqG7I4DLdtl8a4Rbx1Lt4w5Huqaa1XzZBtj208EJVGcmKYEuaeN27zT9EE6a09JerXdEbpaNgNqYJdhP1NdqiPKsbDRUi86XvvNC7rME5mrSQtrzAZVndtSjCMqd8BmaeGR4l4YFULGRBeXIV9Y4yxLFdyoUNpiy2IhePSWzBofYPP0eIa2q5JP4j9G8at/AqoSsLAUuRXtvgsqX/zYwsE+of6oSDbUOo4RMJw+DOUTJq+hnqwKim9Yy/napyZNTc2rCq6V9jHtJbxGPDwlzWj/Sk3zF/BHOlT/fSjSq7FqlPI1q6J+ru8Aku008SFINXZfOfnZNOvGPMtEmn2gLPt+H4QLA+/SYe4j398auzhKIp2Pok3mPC5q1IN1HgR+mnEfc4NeeHYwd2/kpszR3cBn7ni9NbIqhtSWFW8xbUJuUPVOeeXu3j0IGZmFNiwaNZ6rH4/zQ2ODz6tFxRLsUYZu1bfd1uIvfQDt4YD/efKYv8VF8bHGDgK22w2Wqwpi43vNCOXFJZCGMqWiPbL8mil6tsmOTXAWCyMCw73e2rADZj2IK6rqksM3EXF2cbLb4vjB14wa/yXK5vwU+05MzERJ5nXsXsW21o7M+gO0js2OyKciP5uF2iXyb2DiptwQeHeqygkrNsqVCSlldxBMpwHi1vfc8RKpP/4L3Lmpq6DZcvhDDfxTCE3splacTcOtXdK2g303dIWBVe2wD/Gvja1cClFQ67gw0t1ZUttsUgQ1Veky8oOpS6ksYEc4bqseCbZy766SvL3FodmnahlWJRgVCNjPxhL/fk2wyvlKhITH/VQCipOI0dNcRa5B1M5HmOBjTLeZQJy237e2mobwmDyJNHePhdDmiknvLKaDbShL+Is1XTCJuLQd2wmdJL7+mKvs294whXQD+vtd88KKk0DXP8B1Xu9J+xo69VOuFgexgTrcvI6SyltuLix9OPuE6/iRJYoBMEXxU4shQMf4Fjqwf1PtnJ/wWSZd29rhZjRmTGgiGTAUQqRz+nCdjeMfYhsBD5Lv60KILWEvNEHfmsDs2L0A252351eUoYxAysVaCJVLdH9QFWAmqJDCODUcdoo12+gd6bW2boY0pBVHWL6LQDK5bYWh1V8vFvi0cRpfwv7cJiMX3AZNJuTddHehTIdU0YQ/sQ1dLoF2xQPcCuHKiuCWOY30DHe1OwcClLAhqAKyqlnIbH/8u9ScJpcS4kgp6HKDUdiOgRaRGSiUCRBjzI5gSksMZKqy7Sd51aeg0tgJ+x0TH9YH2Mgsap9N7ENZdEB0bey2DMTrBA1hn56SErNHf3tKtqyL9b6yXEP97/rc+jgD2N1LNUH6RM9AzP3kSipr06RkKOolR7HO768jjWiH1X92jA7dkg7gcNcjqsZCgfqWw0tPXdLg20cF6vnQypg7gLtkazrHAodyYfENPQZsdfnjMZiNu4nJO97D1/sQE+3vNFzrSDOKw+keLECYf7RJwVHeP/j79833oZ0egonYB2FlFE5qj02B/LVOMJQlsB8uNg3Leg4qtZwntsOSNidR0abbZmAK4sCzvt8Yiuz2yrNCJoH5O8XvX/vLeR/BBYTWj0sOPYM/jyxRd5+/JziKAABaPcw/34UA3aj/gLZxZgRCWN6m4m3demanNgsx0P237/Q+Ew5VYnJPkyCY0cIVHoFn2Ay/e7U4P19APbPFXEHX94N6KhEMPG7iwB3+I+O1jd5n6VSgHegxgaSawO6iQCYFgDsPSMsNOcUj4q3sF6KzGaH/0u5PQoAj/8zq6Uc9MoNrGqhYeb2jQo0WlGlXjxtanZLS24/OIN5Gx/2g684BPDQpwlqnkFcxpmP/osnOXrFuu4PqifouQH0eF5qCkvITQbJw/Zvy5mAHWC9oU+cTiYhJmSfKsCyt1cGVxisKu+NymEQIAyaCgud/V09qT3nk/9s/SWsYtha7yNpzBIMM40rCSGaJ9u6lEkl00vXBiEt7p9P5IBCiavynEOv7FgLqPdeqxRiCwuFVMolSIUBcoyfUC2e2FJSAUgYdVGFf0b0Kn2EZlK97yyxrT2MVgvtRikfdaAW8RwEEfN+B7/eK8bBdp7URpbqn1xcrC6d2UjdsKbzCjBFqkKkoZt7Mrhg6YagE7spkqj0jOrWM+UGQ0MUlG2evP1uE1p2xSv4dMK0dna6ENcNUF+xkaJ7B764NdxLCpuvhblltVRAf7vK5qPttJ/9RYFUUSGcLdibnz6mf7WkPO3MkUUhR2mAOuGv8IWw5XG1ZvoVMnjSAZe6T7WYA99GENxoHkMiKxHlCuK5Gd0INrISImHQrQmv6F4mqU/TTQ8nHMDzCRivKySQ8dqkpQgnUMnwIkaAuc6/FGq1hw3b2Sba398BhUwUZSAIO8XZvnuLdY2n6hOXws+gq9BHUKcKFA6kz6FDnpxLPICa3qGhnc97bo1FT/XJk48LrkHJ2CAtBv0RtN97N21plfpXHvZ8gMJb7Zc4cfI6MbPwsW7AilCSXMFIEUEmir8XLEklA0ztYbGpTTGqttp5hpFTTIqUyaAIqvMT9A/x+Ji5ejA4Bhxb/cl1pUdOD6epd3yilIdO6j297xInoiBPuEDW2/UfslDyhGkQs7Wy253bVnlT+SWg89zYIK/9KXFl5fe+jow2rd5FXv8zDPrmfMXiUPt9QBO/iK4QGbX5j/7Rx1c1vzsY8ONbP3lVIaPrhL4+1QrECTN3nyKavGG0gBBtHvTKhGoBHgMXHStFowN+HKrPriYu+OZ05Frn8okQrPaaxoKP1ULCS/cmKFN3gcH7HQlVjraCeQmtjg1pSQxeuqXiSKgLpxc/1OiZsU4+n4lz4hpahGyWBURLi4642n1gn9qz9bIsaCeEPJ0uJmenMWp2tJmIwLQ6VSgDYErOeBCfSj9P4G/vI7oIF+l/n5fp956QgxGvur77ynawAu3G9MdFbJbu49NZnWnnFcQHjxRuhUYvg1U/e84N4JTecciDAKb/KYIFXzloyuE1eYXf54MmhjTq7B/yBToDzzpx3tJCTo3HCmVPYfmtBRe3mPYEE/6RlTIxbf4fSOcaKFGk4gbaUWe44hVk9SZzhW80yfW5QWBHxmtUzvMhfVQli4gZTktIOZd9mjJ5hsbmzttaHQB29Am3dZkmx3g/qvYocyhZ2PXAWsNQiIaf+Q8W/MWPIK7/TjvCx5q2XRp4lVWydMc2wIQkhadDB0xsnw/kSEyGjLKjI4coVIwtubTF3E7MJ6LS6UOsJKj82XVAVPJJcepfewbzE91ivXZvOvYfsmMevwtPpfMzGmC7WJlyW2j0jh7AF1JLmwEJSKYwIvu6DHc3YnyLH9ZdIBnQ+nOVDRiP+REpqv++typYHIvoJyICGA40d8bR7HR2k7do6UQTHF4oriYeIQbxKe4Th6+/l1BjUtS9hqORh3MbgvYrStXTfSwaBOmAVQZzpYNqsAmQyjY56MUqty3c/xH6GuhNvNaG9vGbG6cPtBM8UA3e8r51D0AR9kozKuGGSMgLz3nAHxDNnc7GTwpLj7/6HeWp1iksDeTjwCLpxejuMtpMnGJgsiku1sOACwQ9ukzESiDRN77YNESxR5LphOlcASXA5uIts1LnBIcn1J7BLWs49DMALSnuz95gdOrTZr0u1SeYHinno/pE58xYoXbVO/S+FEMMs5qyWkMnp8Q3ClyTlZP52Y9nq7b8fITPuVXUk9ohG5EFHw4gAEcjFxfKb3xuAsEjx2z1wxNbSZMcgS9GKyW3R6KwJONgtA64LTyxWm8Bvudp0M1FdJPEGopM4Fvg7G/hsptkhCfHFegv4ENwxPeXmYhxwZy7js+BeM27t9ODBMynVCLJ7RWcBMteZJtvjOYHb5lOnCLYWNEMKC59BA7covu1cANa2PXL05iGdufOzkgFqqHBOrgQVUmLEc+Mkz4Rq8O6WkNr7atNkH4M8d+SD1t/tSzt3oFql+neVs+AwEI5JaBJaxARtY2Z4mKoUqxds4UpZ0sv3zIbNoo0J4fihldQTX3XNcuNcZmcrB5LTWMdzeRuAtBk3cZHYQF6gTi3PNuDJ0nmR+4LPLoHvxQIxRgJ9iNNXqf2SYJhcvCtJiVWo85TsyFOuq7EyBPJrAdhEgE0cTq16FQXhYPJFqSfiVn0IQnPOy0LbU4BeG94QjdYNB0CiQ3QaxQqD2ebSMiNjaVaw8WaM4Z5WnzcVDsr4eGweSLa2DE3BWViaxhZFIcSTjgxNCAfelg+hznVOYoe5VqTYs1g7WtfTm3e4/WduC6p+qqAM8H4ZyrJCGpewThTDPe6H7CzX/zQ8Tm+r65HeZn+MsmxUciEWPlAVaK/VBaQBWfoG/aRL/jSZIQfep/89GjasWmbaWzeEZ2R1FOjvyJT37O9B8046SRSKVEnXWlBqbkb5XCS3qFeuE9xb9+frEknxWB5h1D/hruz2iVDEAS7+qkEz5Ot5agHJc7WCdY94Ws61sURcX5nG8UELGBAHZ3i+3VulAyT0nKNNz4K2LBHBWJcTBX1wzf+//u/j/9+//v87+9/l9Lbh/L/uyNYiTsWV2LwsjaA6MxTuzFMqmxW8Jw/+IppdX8t/Clgi1rI1SN0UC/r6tX/4lUc2VV1OQReSeCsjUpKZchw4XUcjHfw6ryCV3R8s6VXm67vp4n+lcPV9gJwmbKQEsmrJi9c2vkwrm8HFbVYNTaRGq8D91t9n5+U+aD/hNtN3HjC/nC/vUoGFSCkXP+NlRcmLUqLbiUBl4LYf1U/CCvwtd3ryCH8gUmGITAxiH1O5rnGTz7y1LuFjmnFGQ1UWuM7HwfXtWl2fPFKklYwNUpF2IL/TmaRETjQiM5SJacI+3Gv5MBU8lP5Io6gWkawpyzNEVGqOdx4YlO1dCvjbWFZWbCmeiFKPSlMKtKcMFLs/KQxtgAHi7NZNCQ32bBAW2mbHflVZ8wXKi1JKVHkW20bnYnl3dKWJeWJOiX3oKPBD6Zbi0ZvSIuWktUHB8qDR8DMMh1ZfkBL9FS9x5r0hBGLJ8pUCJv3NYH+Ae8p40mZWd5m5fhobFjQeQvqTT4VKWIYfRL0tfaXKiVl75hHReuTJEcqVlug+eOIIc4bdIydtn2K0iNZPsYWQvQio2qbO3OqAlPHDDOB7DfjGEfVF51FqqNacd6QmgFKJpMfLp5DHTv4wXlONKVXF9zTJpDV4m1sYZqJPhotcsliZM8yksKkCkzpiXt+EcRQvSQqmBS9WdWkxMTJXPSw94jqI3varCjQxTazjlMH8jTS8ilaW8014/vwA/LNa+YiFoyyx3s/KswP3O8QW1jtq45yTM/DX9a8M4voTVaO2ebvw1EooDw/yg6Y1faY+WwrdVs5Yt0hQ5EwRfYXSFxray1YvSM+kYmlpLG2/9mm1MfmbKHXr44Ih8nVKb1M537ZANUkCtdsPZ80JVKVKabVHCadaLXg+IV8i5GSwpZti0h6diTaKs9sdpUKEpd7jDUpYmHtiX33SKiO3tuydkaxA7pEc9XIQEOfWJlszj5YpL5bKeQyT7aZSBOamvSHl8xsWvgo26IP/bqk+0EJUz+gkkcvlUlyPp2kdKFtt7y5aCdks9ZJJcFp5ZWeaWKgtnXMN3ORwGLBE0PtkEIek5FY2aVssUZHtsWIvnljMVJtuVIjpZup/5VL1yPOHWWHkOMc6YySWMckczD5jUj2mlLVquFaMU8leGVaqeXis+aRRL8zm4WuBk6cyWfGMxgtr8useQEx7k/PvRoZyd9nde1GUCV84gMX8Ogu/BWezYPSR27llzQnA97oo0pYyxobYUJfsj+ysTm9zJ+S4pk0TGo9VTG0KjqYhTmALfoDZVKla2b5yhv241PxFaLJs3i05K0AAIdcGxCJZmT3ZdT7CliR7q+kur7WdQjygYtOWRL9B8E4s4LI8KpAj7bE0dg7DLOaX+MGeAi0hMMSSWZEz+RudXbZCsGYS0QqiXjH9XQbd8sCB+nIVTq7/T/FDS+zWY9q7Z2fdq1tdLb6v3hKKVDAw5gjj6o9r1wHFROdHc18MJp4SJ2Ucvu+iQ9EgkekW8VCM+psM6y+/2SBy8tNN4a3L1MzP+OLsyvESo5gS7IQOnIqMmviJBVc6zbVG1n8eXiA3j46kmvvtJlewwNDrxk4SbJOtP/TV/lIVK9ueShNbbMHfwnLTLLhbZuO79ec5XvfgRwLFK+w1r5ZWW15rVFZrE+wKqNRv5KqsLNfpGgnoUU6Y71NxEmN7MyqwqAQqoIULOw/LbuUB2+uE75gJt+kq1qY4LoxV+qR/zalupea3D5+WMeaRIn0sAI6DDWDh158fqUb4YhAxhREbUN0qyyJYkBU4V2KARXDT65gW3gRsiv7xSPYEKLwzgriWcWgPr0sbZnv7m1XHNFW6xPdGNZUdxFiUYlmXNjDVWuu7LCkX/nVkrXaJhiYktBISC2xgBXQnNEP+cptWl1eG62a7CPXrnrkTQ5BQASbEqUZWMDiZUisKyHDeLFOaJILUo5f6iDt4ZO8MlqaKLto0AmTHVVbkGuyPa1R/ywZsWRoRDoRdNMMHwYTsklMVnlAd2S0282bgMI8fiJpDh69OSL6K3qbo20KfpNMurnYGQSr/stFqZ7hYsxKlLnKAKhsmB8AIpEQ4bd/NrTLTXefsE6ChRmKWjXKVgpGoPs8GAicgKVw4K0qgDgy1A6hFq1WRat3fHF+FkU+b6H4NWpOU3KXTxrIb2qSHAb+qhm8hiSROi/9ofapjxhyKxxntPpge6KL5Z4+WBMYkAcE6+0Hd3Yh2zBsK2MV3iW0Y6cvOCroXlRb2MMJtdWx+3dkFzGh2Pe3DZ9QpSqpaR/rE1ImOrHqYYyccpiLC22amJIjRWVAherTfpQLmo6/K2pna85GrDuQPlH1Tsar8isAJbXLafSwOof4gg9RkAGm/oYpBQQiPUoyDk2BCQ1k+KILq48ErFo4WSRhHLq/y7mgw3+L85PpP6xWr6cgp9sOjYjKagOrxF148uhuaWtjet953fh1IQiEzgC+d2IgBCcUZqgTAICm2bR8oCjDLBsmg+ThyhfD+zBalsKBY1Ce54Y/t9cwfbLu9SFwEgphfopNA3yNxgyDafUM3mYTovZNgPGdd4ZFFOj1vtfFW3u7N+iHEN1HkeesDMXKPyoCDCGVMo4GCCD6PBhQ3dRZIHy0Y/3MaE5zU9mTCrwwnZojtE+qNpMSkJSpmGe0EzLyFelMJqhfFQ7a50uXxZ8pCc2wxtAKWgHoeamR2O7R+bq7IbPYItO0esdRgoTaY38hZLJ5y02oIVwoPokGIzxAMDuanQ1vn2WDQ00Rh6o5QOaCRu99fwDbQcN0XAuqkFpxT/cfz3slGRVokrNU0iqiMAJFEbKScZdmSkTUznC0U+MfwFOGdLgsewRyPKwBZYSmy6U325iUhBQNxbAC3FLKDV9VSOuQpOOukJ/GAmu/tyEbX9DgEp6dv1zoU0IqzpG6gssSjIYRVPGgU1QAQYRgIT8gEV0EXr1sqeh2I6rXjtmoCYyEDCe/PkFEi/Q48FuT29p557iN+LCwk5CK/CZ2WdAdfQZh2Z9QGrzPLSNRj5igUWzl9Vi0rCqH8G1Kp4QMLkuwMCAypdviDXyOIk0AHTM8HBYKh3b0/F+DxoNj4ZdoZfCpQVdnZarqoMaHWnMLNVcyevytGsrXQEoIbubqWYNo7NRHzdc0zvT21fWVirj7g36iy6pxogfvgHp1xH1Turbz8QyyHnXeBJicpYUctbzApwzZ1HT+FPEXMAgUZetgeGMwt4G+DHiDT2Lu+PT21fjJCAfV16a/Wu1PqOkUHSTKYhWW6PhhHUlNtWzFnA7MbY+r64vkwdpfNB2JfWgWXAvkzd42K4lN9x7Wrg4kIKgXCb4mcW595MCPJ/cTfPAMQMFWwnqwde4w8HZYJFpQwcSMhjVz4B8p6ncSCN1X4klxoIH4BN2J6taBMj6lHkAOs8JJAmXq5xsQtrPIPIIp/HG6i21xMGcFgqDXSRF0xQg14d2uy6HgKE13LSvQe52oShF5Jx1R6avyL4thhXQZHfC94oZzuPUBKFYf1VvDaxIrtV6dNGSx7DO0i1p6CzBkuAmEqyWceQY7F9+U0ObYDzoa1iKao/cOD/v6Q9gHrrr1uCeOk8fST9MG23Ul0KmM3r+Wn6Hi6WAcL7gEeaykicvgjzkjSwFsAXIR81Zx4QJ6oosVyJkCcT+4xAldCcihqvTf94HHUPXYp3REIaR4dhpQF6+FK1H0i9i7Pvh8owu3lO4PT1iuqu+DkL2Bj9+kdfGAg2TXw03iNHyobxofLE2ibjsYDPgeEQlRMR7afXbSGQcnPjI2D+sdtmuQ771dbASUsDndU7t58jrrNGRzISvwioAlHs5FA+cBE5Ccznkd8NMV6BR6ksnKLPZnMUawRDU1MZ/ib3xCdkTblHKu4blNiylH5n213yM0zubEie0o4JhzcfAy3H5qh2l17uLooBNLaO+gzonTH2uF8PQu9EyH+pjGsACTMy4cHzsPdymUSXYJOMP3yTkXqvO/lpvt0cX5ekDEu9PUfBeZODkFuAjXCaGdi6ew4qxJ8PmFfwmPpkgQjQlWqomFY6UkjmcnAtJG75EVR+NpzGpP1Ef5qUUbfowrC3zcSLX3BxgWEgEx/v9cP8H8u1Mvt9/rMDYf6sjwU1xSOPBgzFEeJLMRVFtKo5QHsUYT8ZRLCah27599EuqoC9PYjYO6aoAMHB8X1OHwEAYouHfHB3nyb2B+SnZxM/vw/bCtORjLMSy5aZoEpvgdGvlJfNPFUu/p7Z4VVK1hiI0/UTuB3ZPq4ohEbm7Mntgc1evEtknaosgZSwnDC2BdMmibpeg48X8Ixl+/8+xXdbshQXUPPvx8jT3fkELivHSmqbhblfNFShWAyQnJ3WBU6SMYSIpTDmHjdLVAdlADdz9gCplZw6mTiHqDwIsxbm9ErGusiVpg2w8Q3khKV/R9Oj8PFeF43hmW/nSd99nZzhyjCX3QOZkkB6BsH4H866WGyv9E0hVAzPYah2tkRfQZMmP2rinfOeQalge0ovhduBjJs9a1GBwReerceify49ctOh5/65ATYuMsAkVltmvTLBk4oHpdl6i+p8DoNj4Fb2vhdFYer2JSEilEwPd5n5zNoGBXEjreg/wh2NFnNRaIUHSOXa4eJRwygZoX6vnWnqVdCRT1ARxeFrNBJ+tsdooMwqnYhE7zIxnD8pZH+P0Nu1wWxCPTADfNWmqx626IBJJq6NeapcGeOmbtXvl0TeWG0Y7OGGV4+EHTtNBIT5Wd0Bujl7inXgZgfXTM5efD3qDTJ54O9v3Bkv+tdIRlq1kXcVD0BEMirmFxglNPt5pedb1AnxuCYMChUykwsTIWqT23XDpvTiKEru1cTcEMeniB+HQDehxPXNmkotFdwUPnilB/u4Nx5Xc6l8J9jH1EgKZUUt8t8cyoZleDBEt8oibDmJRAoMKJ5Oe9CSWS5ZMEJvacsGVdXDWjp/Ype5x0p9PXB2PAwt2LRD3d+ftNgpuyvxlP8pB84oB1i73vAVpwyrmXW72hfW6Dzn9Jkj4++0VQ4d0KSx1AsDA4OtXXDo63/w+GD+zC7w5SJaxsmnlYRQ4dgdjA7tTl2KNLnpJ+mvkoDxtt1a4oPaX3EVqj96o9sRKBQqU7ZOiupeAIyLMD+Y3YwHx30XWHB5CQiw7q3mj1EDlP2eBsZbz79ayUMbyHQ7s8gu4Lgip1LiGJj7NQj905/+rgUYKAA5qdrlHKIknWmqfuR+PB8RdBkDg/NgnlT89G72h2NvySnj7UyBwD+mi/IWs1xWbxuVwUIVXun5cMqBtFbrccI+DILjsVQg6eeq0itiRfedn89CvyFtpkxaauEvSANuZmB1p8FGPbU94J9medwsZ9HkUYjmI7OH5HuxendLbxTaYrPuIfE2ffXFKhoNBUp33HsFAXmCV/Vxpq5AYgFoRr5Ay93ZLRlgaIPjhZjXZZChT+aE5iWAXMX0oSFQEtwjiuhQQItTQX5IYrKfKB+queTNplR1Hoflo5/I6aPPmACwQCE2jTOYo5Dz1cs7Sod0KTG/3kEDGk3kUaUCON19xSJCab3kNpWZhSWkO8l+SpW70Wn3g0ciOIJO5JXma6dbos6jyisuxXwUUhj2+1uGhcvuliKtWwsUTw4gi1c/diEEpZHoKoxTBeMDmhPhKTx7TXWRakV8imJR355DcIHkR9IREHxohP4TbyR5LtFU24umRPRmEYHbpe1LghyxPx7YgUHjNbbQFRQhh4KeU1EabXx8FS3JAxp2rwRDoeWkJgWRUSKw6gGP5U2PuO9V4ZuiKXGGzFQuRuf+tkSSsbBtRJKhCi3ENuLlXhPbjTKD4djXVnfXFds6Zb+1XiUrRfyayGxJq1+SYBEfbKlgjiSmk0orgTqzSS+DZ5rTqsJbttiNtp+KMqGE2AHGFw6jQqM5vD6vMptmXV9OAjq49Uf/Lx9Opam+Hn5O9p8qoBBAQixzQZ4eNVkO9sPzJAMyR1y4/RCQQ1s0pV5KAU5sKLw3tkcFbI/JqrjCsK4Mw+W8aod4lioYuawUiCyVWBE/qPaFi5bnkgpfu/ae47174rI1fqQoTbW0HrU6FAejq7ByM0V4zkZTg02/YJK2N7hUQRCeZ4BIgSEqgD8XsjzG6LIsSbuHoIdz/LhFzbNn1clci1NHWJ0/6/O8HJMdIpEZbqi1RrrFfoo/rI/7ufm2MPG5lUI0IYJ4MAiHRTSOFJ2oTverFHYXThkYFIoyFx6rMYFgaOKM4xNWdlOnIcKb/suptptgTOTdVIf4YgdaAjJnIAm4qNNHNQqqAzvi53GkyRCEoseUBrHohZsjUbkR8gfKtc/+Oa72lwxJ8Mq6HDfDATbfbJhzeIuFQJSiw1uZprHlzUf90WgqG76zO0eCB1WdPv1IT6sNxxh91GEL2YpgC97ikFHyoaH92ndwduqZ6IYjkg20DX33MWdoZk7QkcKUCgisIYslOaaLyvIIqRKWQj16jE1DlQWJJaPopWTJjXfixEjRJJo8g4++wuQjbq+WVYjsqCuNIQW3YjnxKe2M5ZKEqq+cX7ZVgnkbsU3RWIyXA1rxv4kGersYJjD//auldXGmcEbcfTeF16Y1708FB1HIfmWv6dSFi6oD4E+RIjCsEZ+kY7dKnwReJJw3xCjKvi3kGN42rvyhUlIz0Bp+fNSV5xwFiuBzG296e5s/oHoFtUyUplmPulIPl+e1CQIQVtjlzLzzzbV+D/OVQtYzo5ixtMi5BmHuG4N/uKfJk5UIREp7+12oZlKtPBomXSzAY0KgtbPzzZoHQxujnREUgBU+O/jKKhgxVhRPtbqyHiUaRwRpHv7pgRPyUrnE7fYkVblGmfTY28tFCvlILC04Tz3ivkNWVazA+OsYrxvRM/hiNn8Fc4bQBeUZABGx5S/xFf9Lbbmk298X7iFg2yeimvsQqqJ+hYbt6uq+Zf9jC+Jcwiccd61NKQtFvGWrgJiHB5lwi6fR8KzYS7EaEHf/ka9EC7H8D+WEa3TEACHBkNSj/cXxFeq4RllC+fUFm2xtstYLL2nos1DfzsC9vqDDdRVcPA3Ho95aEQHvExVThXPqym65llkKlfRXbPTRiDepdylHjmV9YTWAEjlD9DdQnCem7Aj/ml58On366392214B5zrmQz/9ySG2mFqEwjq5sFl5tYJPw5hNz8lyZPUTsr5E0F2C9VMPnZckWP7+mbwp/BiN7f4kf7vtGnZF2JGvjK/sDX1RtcFY5oPQnE4lIAYV49U3C9SP0LCY/9i/WIFK9ORjzM9kG/KGrAuwFmgdEpdLaiqQNpCTGZVuAO65afkY1h33hrqyLjZy92JK3/twdj9pafFcwfXONmPQWldPlMe7jlP24Js0v9m8bIJ9TgS2IuRvE9ZVRaCwSJYOtAfL5H/YS4FfzKWKbek+GFulheyKtDNlBtrdmr+KU+ibHTdalzFUmMfxw3f36x+3cQbJLItSilW9cuvZEMjKw987jykZRlsH/UI+HlKfo2tLwemBEeBFtmxF2xmItA/dAIfQ+rXnm88dqvXa+GapOYVt/2waFimXFx3TC2MUiOi5/Ml+3rj/YU6Ihx2hXgiDXFsUeQkRAD6wF3SCPi2flk7XwKAA4zboqynuELD312EJ88lmDEVOMa1W/K/a8tGylZRMrMoILyoMQzzbDJHNZrhH77L9qSC42HVmKiZ5S0016UTp83gOhCwz9XItK9fgXfK3F5d7nZCBUekoLxrutQaPHa16Rjsa0gTrzyjqTnmcIcrxg6X6dkKiucudc0DD5W4pJPf0vuDW8r5/uw24YfMuxFRpD2ovT2mFX79xH6Jf+MVdv2TYqR6/955QgVPe3JCD/WjAYcLA9tpXgFiEjge2J5ljeI/iUzg91KQuHkII4mmHZxC3XQORLAC6G7uFn5LOmlnXkjFdoO976moNTxElS8HdxWoPAkjjocDR136m2l+f5t6xaaNgdodOvTu0rievnhNAB79WNrVs6EsPgkgfahF9gSFzzAd+rJSraw5Mllit7vUP5YxA843lUpu6/5jAR0RvH4rRXkSg3nE+O5GFyfe+L0s5r3k05FyghSFnKo4TTgs07qj4nTLqOYj6qaW9knJTDkF5OFMYbmCP+8H16Ty482OjvERV6OFyw043L9w3hoJi408sR+SGo1WviXUu8d7qS+ehKjpKwxeCthsm2LBFSFeetx0x4AaKPxtp3CxdWqCsLrB1s/j5TAhc1jNZsXWl6tjo/WDoewxzg8T8NnhZ1niUwL/nhfygLanCnRwaFGDyLw+sfZhyZ1UtYTp8TYB6dE7R3VsKKH95CUxJ8u8N+9u2/9HUNKHW3x3w5GQrfOPafk2w5qZq8MaHT0ebeY3wIsp3rN9lrpIsW9c1ws3VNV+JwNz0Lo9+V7zZr6GD56We6gWVIvtmam5GPPkVAbr74r6SwhuL+TRXtW/0pgyX16VNl4/EAD50TnUPuwrW6OcUO2VlWXS0inq872kk7GUlW6o/ozFKq+Sip6LcTtSDfDrPTcCHhx75H8BeRon+KG2wRwzfDgWhALmiWOMO6h3pm1UCZEPEjScyk7tdLx6WrdA2N1QTPENvNnhCQjW6kl057/qv7IwRryHrZBCwVSbLLnFRiHdTwk8mlYixFt1slEcPD7FVht13HyqVeyD55HOXrh2ElAxJyinGeoFzwKA91zfrdLvDxJSjzmImfvTisreI25EDcVfGsmxLVbfU8PGe/7NmWWKjXcdTJ11jAlVIY/Bv/mcxg/Q10vCHwKG1GW/XbJq5nxDhyLqiorn7Wd7VEVL8UgVzpHMjQ+Z8DUgSukiVwWAKkeTlVVeZ7t1DGnCgJVIdBPZAEK5f8CDyDNo7tK4/5DBjdD5MPV86TaEhGsLVFPQSI68KlBYy84FievdU9gWh6XZrugvtCZmi9vfd6db6V7FmoEcRHnG36VZH8N4aZaldq9zZawt1uBFgxYYx+Gs/qW1jwANeFy+LCoymyM6zgG7j8bGzUyLhvrbJkTYAEdICEb4kMKusKT9V3eIwMLsjdUdgijMc+7iKrr+TxrVWG0U+W95SGrxnxGrE4eaJFfgvAjUM4SAy8UaRwE9j6ZQH5qYAWGtXByvDiLSDfOD0yFA3UCMKSyQ30fyy1mIRg4ZcgZHLNHWl+c9SeijOvbOJxoQy7lTN2r3Y8p6ovxvUY74aOYbuVezryqXA6U+fcp6wSV9X5/OZKP18tB56Ua0gMyxJI7XyNT7IrqN8GsB9rL/kP5KMrjXxgqKLDa+V5OCH6a5hmOWemMUsea9vQl9t5Oce76PrTyTv50ExOqngE3PHPfSL//AItPdB7kGnyTRhVUUFNdJJ2z7RtktZwgmQzhBG/G7QsjZmJfCE7k75EmdIKH7xlnmDrNM/XbTT6FzldcH/rcRGxlPrv4qDScqE7JSmQABJWqRT/TUcJSwoQM+1jvDigvrjjH8oeK2in1S+/yO1j8xAws/T5u0VnIvAPqaE1atNuN0cuRliLcH2j0nTL4JpcR7w9Qya0JoaHgsOiALLCCzRkl1UUESz+ze/gIXHGtDwgYrK6pCFKJ1webSDog4zTlPkgXZqxlQDiYMjhDpwTtBW2WxthWbov9dt2X9XFLFmcF+eEc1UaQ74gqZiZsdj63pH1qcv3Vy8JYciogIVKsJ8Yy3J9w/GhjWVSQAmrS0BPOWK+RKV+0lWqXgYMnIFwpcZVD7zPSp547i9HlflB8gVnSTGmmq1ClO081OW/UH11pEQMfkEdDFzjLC1Cdo/BdL3s7cXb8J++Hzz1rhOUVZFIPehRiZ8VYu6+7Er7j5PSZu9g/GBdmNzJmyCD9wiswj9BZw+T3iBrg81re36ihMLjoVLoWc+62a1U/7qVX5CpvTVF7rocSAKwv4cBVqZm7lLDS/qoXs4fMs/VQi6BtVbNA3uSzKpQfjH1o3x4LrvkOn40zhm6hjduDglzJUwA0POabgdXIndp9fzhOo23Pe+Rk9GSLX0d71Poqry8NQDTzNlsa+JTNG9+UrEf+ngxCjGEsDCc0bz+udVRyHQI1jmEO3S+IOQycEq7XwB6z3wfMfa73m8PVRp+iOgtZfeSBl01xn03vMaQJkyj7vnhGCklsCWVRUl4y+5oNUzQ63B2dbjDF3vikd/3RUMifPYnX5Glfuk2FsV/7RqjI9yKTbE8wJY+74p7qXO8+dIYgjtLD/N8TJtRh04N9tXJA4H59IkMmLElgvr0Q5OCeVfdAt+5hkh4pQgfRMHpL74XatLQpPiOyHRs/OdmHtBf8nOZcxVKzdGclIN16lE7kJ+pVMjspOI+5+TqLRO6m0ZpNXJoZRv9MPDRcAfJUtNZHyig/s2wwReakFgPPJwCQmu1I30/tcBbji+Na53i1W1N+BqoY7Zxo+U/M9XyJ4Ok2SSkBtoOrwuhAY3a03Eu6l8wFdIG1cN+e8hopTkiKF093KuH/BcB39rMiGDLn6XVhGKEaaT/vqb/lufuAdpGExevF1+J9itkFhCfymWr9vGb3BTK4j598zRH7+e+MU9maruZqb0pkGxRDRE1CD4Z8LV4vhgPidk5w2Bq816g3nHw1//j3JStz7NR9HIWELO8TMn3QrP/zZp//+Dv9p429/ogv+GATR+n/UdF+ns9xNkXZQJXY4t9jMkJNUFygAtzndXwjss+yWH9HAnLQQfhAskdZS2l01HLWv7L7us5uTH409pqitvfSOQg/c+Zt7k879P3K9+WV68n7+3cZfuRd/dDPP/03rn+d+/nBvWfgDlt8+LzjqJ/vx3CnNOwiXhho778C96iD+1TBvRZYeP+EH81LE0vVwOOrmCLB3iKzI1x+vJEsrPH4uF0UB4TJ4X3uDfOCo3PYpYe0MF4bouh0DQ/l43fxUF7Y+dpWuvTSffB0yO2UQUETI/LwCZE3BvnevJ7c9zUlY3H58xzke6DNFDQG8n0WtDN4LAYN4nogKav1ezOfK/z+t6tsCTp+dhx4ymjWuCJk1dEUifDP+HyS4iP/Vg9B2jTo9L4NbiBuDS4nuuHW6H+JDQn2JtqRKGkEQPEYE7uzazXIkcxIAqUq1esasZBETlEZY7y7Jo+RoV/IsjY9eIMkUvr42Hc0xqtsavZvhz1OLwSxMOTuqzlhb0WbdOwBH9EYiyBjatz40bUxTHbiWxqJ0uma19qhPruvcWJlbiSSH48OLDDpaHPszvyct41ZfTu10+vjox6kOqK6v0K/gEPphEvMl/vwSv+A4Hhm36JSP9IXTyCZDm4kKsqD5ay8b1Sad/vaiyO5N/sDfEV6Z4q95E+yfjxpqBoBETW2C7xl4pIO2bDODDFurUPwE7EWC2Uplq+AHmBHvir2PSgkR12/Ry65O0aZtQPeXi9mTlF/Wj5GQ+vFkYyhXsLTjrBSP9hwk4GPqDP5rBn5/l8b0mLRAvRSzXHc293bs3s8EsdE3m2exxidWVB4joHR+S+dz5/W+v00K3TqN14CDBth8eWcsTbiwXPsygHdGid0PEdy6HHm2v/IUuV5RVapYmzGsX90mpnIdNGcOOq64Dbc5GUbYpD9M7S+6cLY//QmjxFLP5cuTFRm3vA5rkFZroFnO3bjHF35uU3s8mvL7Tp9nyTc4mymTJ5sLIp7umSnGkO23faehtz3mmTS7fbVx5rP7x3HXIjRNeq/A3xCs9JNB08c9S9BF2O3bOur0ItslFxXgRPdaapBIi4dRpKGxVz7ir69t/bc9qTxjvtOyGOfiLGDhR4fYywHv1WdOplxIV87TpLBy3Wc0QP0P9s4G7FBNOdITS/tep3o3h1TEa5XDDii7fWtqRzUEReP2fbxz7bHWWJdbIOxOUJZtItNZpTFRfj6vm9sYjRxQVO+WTdiOhdPeTJ+8YirPvoeL88l5iLYOHd3b/Imkq+1ZN1El3UikhftuteEYxf1Wujof8Pr4ICTu5ezZyZ4tHQMxlzUHLYO2VMOoNMGL/20S5i2o2obfk+8qqdR7xzbRDbgU0lnuIgz4LelQ5XS7xbLuSQtNS95v3ZUOdaUx/Qd8qxCt6xf2E62yb/HukLO6RyorV8KgYl5YNc75y+KvefrxY+lc/64y9kvWP0a0bDz/rojq+RWjO06WeruWqNFU7r3HPIcLWRql8ICZsz2Ls/qOm/CLn6++X+Qf7mGspYCrZod/lpl6Rw4xN/yuq8gqV4B6aHk1hVE1SfILxWu5gvXqbfARYQpspcxKp1F/c8XOPzkZvmoSw+vEqBLdrq1fr3wAPv5NnM9i8F+jdAuxkP5Z71c6uhK3enlnGymr7UsWZKC12qgUiG8XXGQ9mxnqz4GSIlybF9eXmbqj2sHX+a1jf0gRoONHRdRSrIq03Ty89eQ1GbV/Bk+du4+V15zls+vvERvZ4E7ZbnxWTVjDjb4o/k8jlw44pTIrUGxxuJvBeO+heuhOjpFsO6lVJ/aXnJDa/bM0Ql1cLbXE/Pbv3EZ3vj3iVrB5irjupZTzlnv677NrI9UNYNqbPgp/HZXS+lJmk87wec+7YOxTDo2aw2l3NfDr34VNlvqWJBknuK7oSlZ6/T10zuOoPZOeoIk81N+sL843WJ2Q4Z0fZ3scsqC/JV2fuhWi1jGURSKZV637lf53Xnnx16/vKEXY89aVJ0fv91jGdfG+G4+sniwHes4hS+udOr4RfhFhG/F5gUG35QaU+McuLmclb5ZWmR+sG5V6nf+PxYzlrnFGxpZaK8eqqVo0NfmAWoGfXDiT/FnUbWvzGDOTr8aktOZWg4BYvz5YH12ZbfCcGtNk+dDAZNGWvHov+PIOnY9Prjg8h/wLRrT69suaMVZ5bNuK00lSVpnqSX1NON/81FoP92rYndionwgOiA8WMf4vc8l15KqEEG4yAm2+WAN5Brfu1sq9suWYqgoajgOYt/JCk1gC8wPkK+XKCtRX6TAtgvrnuBgNRmn6I8lVDipOVB9kX6Oxkp4ZKyd1M6Gj8/v2U7k+YQBL95Kb9PQENucJb0JlW3b5tObN7m/Z1j1ev388d7o15zgXsI9CikAGAViR6lkJv7nb4Ak40M2G8TJ447kN+pvfHiOFjSUSP6PM+QfbAywKJCBaxSVxpizHseZUyUBhq59vFwrkyGoRiHbo0apweEZeSLuNiQ+HAekOnarFg00dZNXaPeoHPTRR0FmEyqYExOVaaaO8c0uFUh7U4e/UxdBmthlBDgg257Q33j1hA7HTxSeTTSuVnPZbgW1nodwmG16aKBDKxEetv7D9OjO0JhrbJTnoe+kcGoDJazFSO8/fUN9Jy/g4XK5PUkw2dgPDGpJqBfhe7GA+cjzfE/EGsMM+FV9nj9IAhrSfT/J3QE5TEIYyk5UjsI6ZZcCPr6A8FZUF4g9nnpVmjX90MLSQysIPD0nFzqwCcSJmIb5mYv2Cmk+C1MDFkZQyCBq4c/Yai9LJ6xYkGS/x2s5/frIW2vmG2Wrv0APpCdgCA9snFvfpe8uc0OwdRs4G9973PGEBnQB5qKrCQ6m6X/H7NInZ7y/1674/ZXOVp7OeuCRk8JFS516VHrnH1HkIUIlTIljjHaQtEtkJtosYul77cVwjk3gW1Ajaa6zWeyHGLlpk3VHE2VFzT2yI/EvlGUSz2H9zYE1s4nsKMtMqNyKNtL/59CpFJki5Fou6VXGm8vWATEPwrUVOLvoA8jLuwOzVBCgHB2Cr5V6OwEWtJEKokJkfc87h+sNHTvMb0KVTp5284QTPupoWvQVUwUeogZR3kBMESYo0mfukewRVPKh5+rzLQb7HKjFFIgWhj1w3yN/qCNoPI8XFiUgBNT1hCHBsAz8L7Oyt8wQWUFj92ONn/APyJFg8hzueqoJdNj57ROrFbffuS/XxrSXLTRgj5uxZjpgQYceeMc2wJrahReSKpm3QjHfqExTLAB2ipVumE8pqcZv8LYXQiPHHsgb5BMW8zM5pvQit+mQx8XGaVDcfVbLyMTlY8xcfmm/RSAT/H09UQol5gIz7rESDmnrQ4bURIB4iRXMDQwxgex1GgtDxKp2HayIkR+E/aDmCttNm2C6lytWdfOVzD6X2SpDWjQDlMRvAp1symWv4my1bPCD+E1EmGnMGWhNwmycJnDV2WrQNxO45ukEb08AAffizYKVULp15I4vbNK5DzWwCSUADfmKhfGSUqii1L2UsE8rB7mLuHuUJZOx4+WiizHBJ/hwboaBzhpNOVvgFTf5cJsHef7L1HCI9dOUUbb+YxUJWn6dYOLz+THi91kzY5dtO5c+grX7v0jEbsuoOGnoIreDIg/sFMyG+TyCLIcAWd1IZ1UNFxE8Uie13ucm40U2fcxC0u3WLvLOxwu+F7MWUsHsdtFQZ7W+nlfCASiAKyh8rnP3EyDByvtJb6Kax6/HkLzT9SyEyTMVM1zPtM0MJY14DmsWh4MgD15Ea9Hd00AdkTZ0EiG5NAGuIBzQJJ0JR0na+OB7lQA6UKxMfihIQ7GCCnVz694QvykWXTxpS2soDu+smru1UdIxSvAszBFD1c8c6ZOobA8bJiJIvuycgIXBQIXWwhyTgZDQxJTRXgEwRNAawGSXO0a1DKjdihLVNp/taE/xYhsgwe+VpKEEB4LlraQyE84gEihxCnbfoyOuJIEXy2FIYw+JjRusybKlU2g/vhTSGTydvCvXhYBdtAXtS2v7LkHtmXh/8fly1do8FI/D0f8UbzVb5h+KRhMGSAmR2mhi0YG/uj7wgxcfzCrMvdjitUIpXDX8ae2JcF/36qUWIMwN6JsjaRGNj+jEteGDcFyTUb8X/NHSucKMJp7pduxtD6KuxVlyxxwaeiC1FbGBESO84lbyrAugYxdl+2N8/6AgWpo/IeoAOcsG35IA/b3AuSyoa55L7llBLlaWlEWvuCFd8f8NfcTUgzJv6CbB+6ohWwodlk9nGWFpBAOaz5uEW5xBvmjnHFeDsb0mXwayj3mdYq5gxxNf3H3/tnCgHwjSrpSgVxLmiTtuszdRUFIsn6LiMPjL808vL1uQhDbM7aA43mISXReqjSskynIRcHCJ9qeFopJfx9tqyUoGbSwJex/0aDE3plBPGtNBYgWbdLom3+Q/bjdizR2/AS/c/dH/d3G7pyl1qDXgtOFtEqidwLqxPYtrNEveasWq3vPUUtqTeu8gpov4bdOQRI2kneFvRNMrShyVeEupK1PoLDPMSfWMIJcs267mGB8X9CehQCF0gIyhpP10mbyM7lwW1e6TGvHBV1sg/UyTghHPGRqMyaebC6pbB1WKNCQtlai1GGvmq9zUKaUzLaXsXEBYtHxmFbEZ2kJhR164LhWW2Tlp1dhsGE7ZgIWRBOx3Zcu2DxgH+G83WTPceKG0TgQKKiiNNOlWgvqNEbnrk6fVD+AqRam2OguZb0YWSTX88N+i/ELSxbaUUpPx4vJUzYg/WonSeA8xUK6u7DPHgpqWpEe6D4cXg5uK9FIYVba47V/nb+wyOtk+zG8RrS4EA0ouwa04iByRLSvoJA2FzaobbZtXnq8GdbfqEp5I2dpfpj59TCVif6+E75p665faiX8gS213RqBxTZqfHP46nF6NSenOneuT+vgbLUbdTH2/t0REFXZJOEB6DHvx6N6g9956CYrY/AYcm9gELJXYkrSi+0F0geKDZgOCIYkLU/+GOW5aGj8mvLFgtFH5+XC8hvAE3CvHRfl4ofM/Qwk4x2A+R+nyc9gNu/9Tem7XW4XRnyRymf52z09cTOdr+PG6+P/Vb4QiXlwauc5WB1z3o+IJjlbxI8MyWtSzT+k4sKVbhF3xa+vDts3NxXa87iiu+xRH9cAprnOL2h6vV54iQRXuOAj1s8nLFK8gZ70ThIQcWdF19/2xaJmT0efrkNDkWbpAQPdo92Z8+Hn/aLjbOzB9AI/k12fPs9HhUNDJ1u6ax2VxD3R6PywN7BrLJ26z6s3QoMp76qzzwetrDABKSGkfW5PwS1GvYNUbK6uRqxfyVGNyFB0E+OugMM8kKwmJmupuRWO8XkXXXQECyRVw9UyIrtCtcc4oNqXqr7AURBmKn6Khz3eBN96LwIJrAGP9mr/59uTOSx631suyT+QujDd4beUFpZ0kJEEnjlP+X/Kr2kCKhnENTg4BsMTOmMqlj2WMFLRUlVG0fzdCBgUta9odrJfpVdFomTi6ak0tFjXTcdqqvWBAzjY6hVrH9sbt3Z9gn+AVDpTcQImefbB4edirjzrsNievve4ZT4EUZWV3TxEsIW+9MT/RJoKfZZYSRGfC1CwPG/9rdMOM8qR/LUYvw5f/emUSoD7YSFuOoqchdUg2UePd1eCtFSKgxLSZ764oy4lvRCIH6bowPxZWwxNFctksLeil47pfevcBipkkBIc4ngZG+kxGZ71a72KQ7VaZ6MZOZkQJZXM6kb/Ac0/XkJx8dvyfJcWbI3zONEaEPIW8GbkYjsZcwy+eMoKrYjDmvEEixHzkCSCRPRzhOfJZuLdcbx19EL23MA8rnjTZZ787FGMnkqnpuzB5/90w1gtUSRaWcb0eta8198VEeZMUSfIhyuc4/nywFQ9uqn7jdqXh+5wwv+RK9XouNPbYdoEelNGo34KyySwigsrfCe0v/PlWPvQvQg8R0KgHO18mTVThhQrlbEQ0Kp/JxPdjHyR7E1QPw/ut0r+HDDG7BwZFm9IqEUZRpv2WpzlMkOemeLcAt5CsrzskLGaVOAxyySzZV/D2EY7ydNZMf8e8VhHcKGHAWNszf1EOq8fNstijMY4JXyATwTdncFFqcNDfDo+mWFvxJJpc4sEZtjXyBdoFcxbUmniCoKq5jydUHNjYJxMqN1KzYV62MugcELVhS3Bnd+TLLOh7dws/zSXWzxEb4Nj4aFun5x4kDWLK5TUF/yCXB/cZYvI9kPgVsG2jShtXkxfgT+xzjJofXqPEnIXIQ1lnIdmVzBOM90EXvJUW6a0nZ/7XjJGl8ToO3H/fdxnxmTNKBZxnkpXLVgLXCZywGT3YyS75w/PAH5I/jMuRspej8xZObU9kREbRA+kqjmKRFaKGWAmFQspC+QLbKPf0RaK3OXvBSWqo46p70ws/eZpu6jCtZUgQy6r4tHMPUdAgWGGUYNbuv/1a6K+MVFsd3T183+T8capSo6m0+Sh57fEeG/95dykGJBQMj09DSW2bY0mUonDy9a8trLnnL5B5LW3Nl8rJZNysO8Zb+80zXxqUGFpud3Qzwb7bf+8mq6x0TAnJU9pDQR9YQmZhlna2xuxJt0aCO/f1SU8gblOrbIyMsxTlVUW69VJPzYU2HlRXcqE2lLLxnObZuz2tT9CivfTAUYfmzJlt/lOPgsR6VN64/xQd4Jlk/RV7UKVv2Gx/AWsmTAuCWKhdwC+4HmKEKYZh2Xis4KsUR1BeObs1c13wqFRnocdmuheaTV30gvVXZcouzHKK5zwrN52jXJEuX6dGx3BCpV/++4f3hyaW/cQJLFKqasjsMuO3B3WlMq2gyYfdK1e7L2pO/tRye2mwzwZPfdUMrl5wdLqdd2Kv/wVtnpyWYhd49L6rsOV+8HXPrWH2Kup89l2tz6bf80iYSd+V4LROSOHeamvexR524q4r43rTmtFzQvArpvWfLYFZrbFspBsXNUqqenjxNNsFXatZvlIhk7teUPfK+YL32F8McTnjv0BZNppb+vshoCrtLXjIWq3EJXpVXIlG6ZNL0dh6qEm2WMwDjD3LfOfkGh1/czYc/0qhiD2ozNnH4882MVVt3JbVFkbwowNCO3KL5IoYW5wlVeGCViOuv1svZx7FbzxKzA4zGqBlRRaRWCobXaVq4yYCWbZf8eiJwt3OY+MFiSJengcFP2t0JMfzOiJ7cECvpx7neg1Rc5x+7myPJOXt2FohVRyXtD+/rDoTOyGYInJelZMjolecVHUhUNqvdZWg2J2t0jPmiLFeRD/8fOT4o+NGILb+TufCo9ceBBm3JLVn+MO2675n7qiEX/6W+188cYg3Zn5NSTjgOKfWFSAANa6raCxSoVU851oJLY11WIoYK0du0ec5E4tCnAPoKh71riTsjVIp3gKvBbEYQiNYrmH22oLQWA2AdwMnID6PX9b58dR2QKo4qag1D1Z+L/FwEKTR7osOZPWECPJIHQqPUsM5i/CH5YupVPfFA5pHUBcsesh8eO5YhyWnaVRPZn/BmdXVumZWPxMP5e28zm2uqHgFoT9CymHYNNrzrrjlXZM06HnzDxYNlI5b/QosxLmmrqDFqmogQdqk0WLkUceoAvQxHgkIyvWU69BPFr24VB6+lx75Rna6dGtrmOxDnvBojvi1/4dHjVeg8owofPe1cOnxU1ioh016s/Vudv9mhV9f35At+Sh28h1bpp8xhr09+vf47Elx3Ms6hyp6QvB3t0vnLbOhwo660cp7K0vvepabK7YJfxEWWfrC2YzJfYOjygPwfwd/1amTqa0hZ5ueebhWYVMubRTwIjj+0Oq0ohU3zfRfuL8gt59XsHdwKtxTQQ4Y2qz6gisxnm2UdlmpEkgOsZz7iEk6QOt8BuPwr+NR01LTqXmJo1C76o1N274twJvl+I069TiLpenK/miRxhyY8jvYV6W1WuSwhH9q7kuwnJMtm7IWcqs7HsnyHSqWXLSpYtZGaR1V3t0gauninFPZGtWskF65rtti48UV9uV9KM8kfDYs0pgB00S+TlzTXV6P8mxq15b9En8sz3jWSszcifZa/NuufPNnNTb031pptt0+sRSH/7UG8pzbsgtt3OG3ut7B9JzDMt2mTZuyRNIV8D54TuTrpNcHtgmMlYJeiY9XS83NYJicjRjtJSf9BZLsQv629QdDsKQhTK5CnXhpk7vMNkHzPhm0ExW/VCGApHfPyBagtZQTQmPHx7g5IXXsrQDPzIVhv2LB6Ih138iSDww1JNHrDvzUxvp73MsQBVhW8EbrReaVUcLB1R3PUXyaYG4HpJUcLVxMgDxcPkVRQpL7VTAGabDzbKcvg12t5P8TSGQkrj/gOrpnbiDHwluA73xbXts/L7u468cRWSWRtgTwlQnA47EKg0OiZDgFxAKQQUcsbGomITgeXUAAyKe03eA7Mp4gnyKQmm0LXJtEk6ddksMJCuxDmmHzmVhO+XaN2A54MIh3niw5CF7PwiXFZrnA8wOdeHLvvhdoqIDG9PDI7UnWWHq526T8y6ixJPhkuVKZnoUruOpUgOOp3iIKBjk+yi1vHo5cItHXb1PIKzGaZlRS0g5d3MV2pD8FQdGYLZ73aae/eEIUePMc4NFz8pIUfLCrrF4jVWH5gQneN3S8vANBmUXrEcKGn6hIUN95y1vpsvLwbGpzV9L0ZKTan6TDXM05236uLJcIEMKVAxKNT0K8WljuwNny3BNQRfzovA85beI9zr1AGNYnYCVkR1aGngWURUrgqR+gRrQhxW81l3CHevjvGEPzPMTxdsIfB9dfGRbZU0cg/1mcubtECX4tvaedmNAvTxCJtc2QaoUalGfENCGK7IS/O8CRpdOVca8EWCRwv2sSWE8CJPW5PCugjCXPd3h6U60cPD+bdhtXZuYB6stcoveE7Sm5MM2yvfUHXFSW7KzLmi7/EeEWL0wqcOH9MOSKjhCHHmw+JGLcYE/7SBZQCRggox0ZZTAxrlzNNXYXL5fNIjkdT4YMqVUz6p8YDt049v4OXGdg3qTrtLBUXOZf7ahPlZAY/O+7Sp0bvGSHdyQ8B1LOsplqMb9Se8VAE7gIdSZvxbRSrfl+Lk5Qaqi5QJceqjitdErcHXg/3MryljPSIAMaaloFm1cVwBJ8DNmkDqoGROSHFetrgjQ5CahuKkdH5pRPigMrgTtlFI8ufJPJSUlGgTjbBSvpRc0zypiUn6U5KZqcRoyrtzhmJ7/caeZkmVRwJQeLOG8LY6vP5ChpKhc8Js0El+n6FXqbx9ItdtLtYP92kKfaTLtCi8StLZdENJa9Ex1nOoz1kQ7qxoiZFKRyLf4O4CHRT0T/0W9F8epNKVoeyxUXhy3sQMMsJjQJEyMOjmOhMFgOmmlscV4eFi1CldU92yjwleirEKPW3bPAuEhRZV7JsKV3Lr5cETAiFuX5Nw5UlF7d2HZ96Bh0sgFIL5KGaKSoVYVlvdKpZJVP5+NZ7xDEkQhmDgsDKciazJCXJ6ZN2B3FY2f6VZyGl/t4aunGIAk/BHaS+i+SpdRfnB/OktOvyjinWNfM9Ksr6WwtCa1hCmeRI6icpFM4o8quCLsikU0tMoZI/9EqXRMpKGaWzofl4nQuVQm17d5fU5qXCQeCDqVaL9XJ9qJ08n3G3EFZS28SHEb3cdRBdtO0YcTzil3QknNKEe/smQ1fTb0XbpyNB5xAeuIlf+5KWlEY0DqJbsnzJlQxJPOVyHiKMx5Xu9FcEv1Fbg6Fhm4t+Jyy5JC1W3YO8dYLsO0PXPbxodBgttTbH3rt9Cp1lJIk2r3O1Zqu94eRbnIz2f50lWolYzuKsj4PMok4abHLO8NAC884hiXx5Fy5pWKO0bWL7uEGXaJCtznhP67SlQ4xjWIfgq6EpZ28QMtuZK7JC0RGbl9nA4XtFLug/NLMoH1pGt9IonAJqcEDLyH6TDROcbsmGPaGIxMo41IUAnQVPMPGByp4mOmh9ZQMkBAcksUK55LsZj7E5z5XuZoyWCKu6nHmDq22xI/9Z8YdxJy4kWpD16jLVrpwGLWfyOD0Wd+cBzFBxVaGv7S5k9qwh/5t/LQEXsRqI3Q9Rm3QIoaZW9GlsDaKOUyykyWuhNOprSEi0s1G4rgoiX1V743EELti+pJu5og6X0g6oTynUqlhH9k6ezyRi05NGZHz0nvp3HOJr7ebrAUFrDjbkFBObEvdQWkkUbL0pEvMU46X58vF9j9F3j6kpyetNUBItrEubW9ZvMPM4qNqLlsSBJqOH3XbNwv/cXDXNxN8iFLzUhteisYY+RlHYOuP29/Cb+L+xv+35Rv7xudnZ6ohK4cMPfCG8KI7dNmjNk/H4e84pOxn/sZHK9psfvj8ncA8qJz7O8xqbxESDivGJOZzF7o5PJLQ7g34qAWoyuA+x3btU98LT6ZyGyceIXjrqob2CAVql4VOTQPUQYvHV/g4zAuCZGvYQBtf0wmd5lilrvuEn1BXLny01B4h4SMDlYsnNpm9d7m9h578ufpef9Z4WplqWQvqo52fyUA7J24eZD5av6SyGIV9kpmHNqyvdfzcpEMw97BvknV2fq+MFHun9BT3Lsf8pbzvisWiIQvYkng+8Vxk1V+dli1u56kY50LRjaPdotvT5BwqtwyF+emo/z9J3yVUVGfKrxQtJMOAQWoQii/4dp9wgybSa5mkucmRLtEQZ/pz0tL/NVcgWAd95nEQ3Tg6tNbuyn3Iepz65L3huMUUBntllWuu4DbtOFSMSbpILV4fy6wlM0SOvi6CpLh81c1LreIvKd61uEWBcDw1lUBUW1I0Z+m/PaRlX+PQ/oxg0Ye6KUiIiTF4ADNk59Ydpt5/rkxmq9tV5Kcp/eQLUVVmBzQNVuytQCP6Ezd0G8eLxWyHpmZWJ3bAzkWTtg4lZlw42SQezEmiUPaJUuR/qklVA/87S4ArFCpALdY3QRdUw3G3XbWUp6aq9z0zUizcPa7351p9JXOZyfdZBFnqt90VzQndXB/mwf8LC9STj5kenVpNuqOQQP3mIRJj7eV21FxG8VAxKrEn3c+XfmZ800EPb9/5lIlijscUbB6da0RQaMook0zug1G0tKi/JBC4rw7/D3m4ARzAkzMcVrDcT2SyFtUdWAsFlsPDFqV3N+EjyXaoEePwroaZCiLqEzb8MW+PNE9TmTC01EzWli51PzZvUqkmyuROU+V6ik+Le/9qT6nwzUzf9tP68tYei0YaDGx6kAd7jn1cKqOCuYbiELH9zYqcc4MnRJjkeGiqaGwLImhyeKs+xKJMBlOJ05ow9gGCKZ1VpnMKoSCTbMS+X+23y042zOb5MtcY/6oBeAo1Vy89OTyhpavFP78jXCcFH0t7Gx24hMEOm2gsEfGabVpQgvFqbQKMsknFRRmuPHcZu0Su/WMFphZvB2r/EGbG72rpGGho3h+Msz0uGzJ7hNK2uqQiE1qmn0zgacKYYZBCqsxV+sjbpoVdSilW/b94n2xNb648VmNIoizqEWhBnsen+d0kbCPmRItfWqSBeOd9Wne3c6bcd6uvXOJ6WdiSsuXq0ndhqrQ4QoWUjCjYtZ0EAhnSOP1m44xkf0O7jXghrzSJWxP4a/t72jU29Vu2rvu4n7HfHkkmQOMGSS+NPeLGO5I73mC2B7+lMiBQQZRM9/9liLIfowupUFAbPBbR+lxDM6M8Ptgh1paJq5Rvs7yEuLQv/7d1oU2woFSb3FMPWQOKMuCuJ7pDDjpIclus5TeEoMBy2YdVB4fxmesaCeMNsEgTHKS5WDSGyNUOoEpcC2OFWtIRf0w27ck34/DjxRTVIcc9+kqZE6iMSiVDsiKdP/Xz5XfEhm/sBhO50p1rvJDlkyyxuJ9SPgs7YeUJBjXdeAkE+P9OQJm6SZnn1svcduI78dYmbkE2mtziPrcjVisXG78spLvbZaSFx/Rks9zP4LKn0Cdz/3JsetkT06A8f/yCgMO6Mb1Hme0JJ7b2wZz1qleqTuKBGokhPVUZ0dVu+tnQYNEY1fmkZSz6+EGZ5EzL7657mreZGR3jUfaEk458PDniBzsSmBKhDRzfXameryJv9/D5m6HIqZ0R+ouCE54Dzp4IJuuD1e4Dc5i+PpSORJfG23uVgqixAMDvchMR0nZdH5brclYwRoJRWv/rlxGRI5ffD5NPGmIDt7vDE1434pYdVZIFh89Bs94HGGJbTwrN8T6lh1HZFTOB4lWzWj6EVqxSMvC0/ljWBQ3F2kc/mO2b6tWonT2JEqEwFts8rz2h+oWNds9ceR2cb7zZvJTDppHaEhK5avWqsseWa2Dt5BBhabdWSktS80oMQrL4TvAM9b5HMmyDnO+OkkbMXfUJG7eXqTIG6lqSOEbqVR+qYdP7uWb57WEJqzyh411GAVsDinPs7KvUeXItlcMdOUWzXBH6zscymV1LLVCtc8IePojzXHF9m5b5zGwBRdzcyUJkiu938ApmAayRdJrX1PmVguWUvt2ThQ62czItTyWJMW2An/hdDfMK7SiFQlGIdAbltHz3ycoh7j9V7GxNWBpbtcSdqm4XxRwTawc3cbZ+xfSv9qQfEkDKfZTwCkqWGI/ur250ItXlMlh6vUNWEYIg9A3GzbgmbqvTN8js2YMo87CU5y6nZ4dbJLDQJj9fc7yM7tZzJDZFtqOcU8+mZjYlq4VmifI23iHb1ZoT9E+kT2dolnP1AfiOkt7PQCSykBiXy5mv637IegWSKj9IKrYZf4Lu9+I7ub+mkRdlvYzehh/jaJ9n7HUH5b2IbgeNdkY7wx1yVzxS7pbvky6+nmVUtRllEFfweUQ0/nG017WoUYSxs+j2B4FV/F62EtHlMWZXYrjGHpthnNb1x66LKZ0Qe92INWHdfR/vqp02wMS8r1G4dJqHok8KmQ7947G13a4YXbsGgHcBvRuVu1eAi4/A5+ZixmdSXM73LupB/LH7O9yxLTVXJTyBbI1S49TIROrfVCOb/czZ9pM4JsZx8kUz8dQGv7gUWKxXvTH7QM/3J2OuXXgciUhqY+cgtaOliQQVOYthBLV3xpESZT3rmfEYNZxmpBbb24CRao86prn+i9TNOh8VxRJGXJfXHATJHs1T5txgc/opYrY8XjlGQQbRcoxIBcnVsMjmU1ymmIUL4dviJXndMAJ0Yet+c7O52/p98ytlmAsGBaTAmMhimAnvp1TWNGM9BpuitGj+t810CU2UhorrjPKGtThVC8WaXw04WFnT5fTjqmPyrQ0tN3CkLsctVy2xr0ZWgiWVZ1OrlFjjxJYsOiZv2cAoOvE+7sY0I/TwWcZqMoyIKNOftwP7w++Rfg67ljfovKYa50if3fzE/8aPYVey/Nq35+nH2sLPh/fP5TsylSKGOZ4k69d2PnH43+kq++sRXHQqGArWdwhx+hpwQC6JgT2uxehYU4Zbw7oNb6/HLikPyJROGK2ouyr+vzseESp9G50T4AyFrSqOQ0rroCYP4sMDFBrHn342EyZTMlSyk47rHSq89Y9/nI3zG5lX16Z5lxphguLOcZUndL8wNcrkyjH82jqg8Bo8OYkynrxZvbFno5lUS3OPr8Ko3mX9NoRPdYOKKjD07bvgFgpZ/RF+YzkWvJ/Hs/tUbfeGzGWLxNAjfDzHHMVSDwB5SabQLsIZHiBp43FjGkaienYoDd18hu2BGwOK7U3o70K/WY/kuuKdmdrykIBUdG2mvE91L1JtTbh20mOLbk1vCAamu7utlXeGU2ooVikbU/actcgmsC1FKk2qmj3GWeIWbj4tGIxE7BLcBWUvvcnd/lYxsMV4F917fWeFB/XbINN3qGvIyTpCalz1lVewdIGqeAS/gB8Mi+sA+BqDiX3VGD2eUunTRbSY+AuDy4E3Qx3hAhwnSXX+B0zuj3eQ1miS8Vux2z/l6/BkWtjKGU72aJkOCWhGcSf3+kFkkB15vGOsQrSdFr6qTj0gBYiOlnBO41170gOWHSUoBVRU2JjwppYdhIFDfu7tIRHccSNM5KZOFDPz0TGMAjzzEpeLwTWp+kn201kU6NjbiMQJx83+LX1e1tZ10kuChJZ/XBUQ1dwaBHjTDJDqOympEk8X2M3VtVw21JksChA8w1tTefO3RJ1FMbqZ01bHHkudDB/OhLfe7P5GOHaI28ZXKTMuqo0hLWQ4HabBsGG7NbP1RiXtETz074er6w/OerJWEqjmkq2y51q1BVI+JUudnVa3ogBpzdhFE7fC7kybrAt2Z6RqDjATAUEYeYK45WMupBKQRtQlU+uNsjnzj6ZmGrezA+ASrWxQ6LMkHRXqXwNq7ftv28dUx/ZSJciDXP2SWJsWaN0FjPX9Yko6LobZ7aYW/IdUktI9apTLyHS8DyWPyuoZyxN1TK/vtfxk3HwWh6JczZC8Ftn0bIJay2g+n5wd7lm9rEsKO+svqVmi+c1j88hSCxbzrg4+HEP0Nt1/B6YW1XVm09T1CpAKjc9n18hjqsaFGdfyva1ZG0Xu3ip6N6JGpyTSqY5h4BOlpLPaOnyw45PdXTN+DtAKg7DLrLFTnWusoSBHk3s0d7YouJHq85/R09Tfc37ENXZF48eAYLnq9GLioNcwDZrC6FW6godB8JnqYUPvn0pWLfQz0lM0Yy8Mybgn84Ds3Q9bDP10bLyOV+qzxa4Rd9Dhu7cju8mMaONXK3UqmBQ9qIg7etIwEqM/kECk/Dzja4Bs1xR+Q/tCbc8IKrSGsTdJJ0vge7IG20W687uVmK6icWQ6cD3lwFzgNMGtFvO5qyJeKflGLAAcQZOrkxVwy3cWvqlGpvjmf9Qe6Ap20MPbV92DPV0OhFM4kz8Yr0ffC2zLWSQ1kqY6QdQrttR3kh1YLtQd1kCEv5hVoPIRWl5ERcUTttBIrWp6Xs5Ehh5OUUwI5aEBvuiDmUoENmnVw1FohCrbRp1A1E+XSlWVOTi7ADW+5Ohb9z1vK4qx5R5lPdGCPBJZ00mC+Ssp8VUbgpGAvXWMuWQQRbCqI6Rr2jtxZxtfP7W/8onz+yz0Gs76LaT5HX9ecyiZCB/ZR/gFtMxPsDwohoeCRtiuLxE1GM1vUEUgBv86+eehL58/P56QFGQ/MqOe/vC76L63jzmeax4exd/OKTUvkXg+fOJUHych9xt/9goJMrapSgvXrj8+8vk/N80f22Sewj6cyGqt1B6mztoeklVHHraouhvHJaG/OuBz6DHKMpFmQULU1bRWlyYE0RPXYYkUycIemN7TLtgNCJX6BqdyxDKkegO7nJK5xQ7OVYDZTMf9bVHidtk6DQX9Et+V9M7esgbsYBdEeUpsB0Xvw2kd9+rI7V+m47u+O/tq7mw7262HU1WlS9uFzsV6JxIHNmUCy0QS9e077JGRFbG65z3/dOKB/Zk+yDdKpUmdXjn/aS3N5nv4fK7bMHHmPlHd4E2+iTbV5rpzScRnxk6KARuDTJ8Q1LpK2mP8gj1EbuJ9RIyY+EWK4hCiIDBAS1Tm2IEXAFfgKPgdL9O6mAa06wjCcUAL6EsxPQWO9VNegBPm/0GgkZbDxCynxujX/92vmGcjZRMAY45puak2sFLCLSwXpEsyy5fnF0jGJBhm+fNSHKKUUfy+276A7/feLOFxxUuHRNJI2Osenxyvf8DAGObT60pfTTlhEg9u/KKkhJqm5U1/+BEcSkpFDA5XeCqxwXmPac1jcuZ3JWQ+p0NdWzb/5v1ZvF8GtMTFFEdQjpLO0bwPb0BHNWnip3liDXI2fXf05jjvfJ0NpjLCUgfTh9CMFYVFKEd4Z/OG/2C+N435mnK+9t1gvCiVcaaH7rK4+PjCvpVNiz+t2QyqH1O8x3JKZVl6Q+Lp/XK8wMjVMslOq9FdSw5FtUs/CptXH9PW+wbWHgrV17R5jTVOtGtKFu3nb80T+E0tv9QkzW3J2dbaw/8ddAKZ0pxIaEqLjlPrji3VgJ3GvdFvlqD8075woxh4fVt0JZE0KVFsAvqhe0dqN9b35jtSpnYMXkU+vZq+IAHad3IHc2s/LYrnD1anfG46IFiMIr9oNbZDWvwthqYNqOigaKd/XlLU4XHfk/PXIjPsLy/9/kAtQ+/wKH+hI/IROWj5FPvTZAT9f7j4ZXQyG4M0TujMAFXYkKvEHv1xhySekgXGGqNxWeWKlf8dDAlLuB1cb/qOD+rk7cmwt+1yKpk9cudqBanTi6zTbXRtV8qylNtjyOVKy1HTz0GW9rjt6sSjAZcT5R+KdtyYb0zyqG9pSLuCw5WBwAn7fjBjKLLoxLXMI+52L9cLwIR2B6OllJZLHJ8vDxmWdtF+QJnmt1rsHPIWY20lftk8fYePkAIg6Hgn532QoIpegMxiWgAOfe5/U44APR8Ac0NeZrVh3gEhs12W+tVSiWiUQekf/YBECUy5fdYbA08dd7VzPAP9aiVcIB9k6tY7WdJ1wNV+bHeydNtmC6G5ICtFC1ZwmJU/j8hf0I8TRVKSiz5oYIa93EpUI78X8GYIAZabx47/n8LDAAJ0nNtP1rpROprqKMBRecShca6qXuTSI3jZBLOB3Vp381B5rCGhjSvh/NSVkYp2qIdP/Bg=";
    }
  });

  // node_modules/brotli/dec/dictionary-browser.js
  var require_dictionary_browser = __commonJS({
    "node_modules/brotli/dec/dictionary-browser.js"(exports) {
      "use strict";
      var base64 = require_base64_js();
      exports.init = function() {
        var BrotliDecompressBuffer = require_decode().BrotliDecompressBuffer;
        var compressed = base64.toByteArray(require_dictionary_bin());
        return BrotliDecompressBuffer(compressed);
      };
    }
  });

  // node_modules/brotli/dec/dictionary.js
  var require_dictionary = __commonJS({
    "node_modules/brotli/dec/dictionary.js"(exports) {
      "use strict";
      var data = require_dictionary_browser();
      exports.init = function() {
        exports.dictionary = data.init();
      };
      exports.offsetsByLength = new Uint32Array([
        0,
        0,
        0,
        0,
        0,
        4096,
        9216,
        21504,
        35840,
        44032,
        53248,
        63488,
        74752,
        87040,
        93696,
        100864,
        104704,
        106752,
        108928,
        113536,
        115968,
        118528,
        119872,
        121280,
        122016
      ]);
      exports.sizeBitsByLength = new Uint8Array([
        0,
        0,
        0,
        0,
        10,
        10,
        11,
        11,
        10,
        10,
        10,
        10,
        10,
        9,
        9,
        8,
        7,
        7,
        8,
        7,
        7,
        6,
        6,
        5,
        5
      ]);
      exports.minDictionaryWordLength = 4;
      exports.maxDictionaryWordLength = 24;
    }
  });

  // node_modules/brotli/dec/huffman.js
  var require_huffman = __commonJS({
    "node_modules/brotli/dec/huffman.js"(exports) {
      "use strict";
      function HuffmanCode(bits3, value) {
        this.bits = bits3;
        this.value = value;
      }
      exports.HuffmanCode = HuffmanCode;
      var MAX_LENGTH = 15;
      function GetNextKey(key, len) {
        var step = 1 << len - 1;
        while (key & step) {
          step >>= 1;
        }
        return (key & step - 1) + step;
      }
      function ReplicateValue(table, i, step, end, code) {
        do {
          end -= step;
          table[i + end] = new HuffmanCode(code.bits, code.value);
        } while (end > 0);
      }
      function NextTableBitSize(count, len, root_bits) {
        var left = 1 << len - root_bits;
        while (len < MAX_LENGTH) {
          left -= count[len];
          if (left <= 0) break;
          ++len;
          left <<= 1;
        }
        return len - root_bits;
      }
      exports.BrotliBuildHuffmanTable = function(root_table, table, root_bits, code_lengths, code_lengths_size) {
        var start_table = table;
        var code;
        var len;
        var symbol;
        var key;
        var step;
        var low;
        var mask;
        var table_bits;
        var table_size;
        var total_size;
        var sorted;
        var count = new Int32Array(MAX_LENGTH + 1);
        var offset = new Int32Array(MAX_LENGTH + 1);
        sorted = new Int32Array(code_lengths_size);
        for (symbol = 0; symbol < code_lengths_size; symbol++) {
          count[code_lengths[symbol]]++;
        }
        offset[1] = 0;
        for (len = 1; len < MAX_LENGTH; len++) {
          offset[len + 1] = offset[len] + count[len];
        }
        for (symbol = 0; symbol < code_lengths_size; symbol++) {
          if (code_lengths[symbol] !== 0) {
            sorted[offset[code_lengths[symbol]]++] = symbol;
          }
        }
        table_bits = root_bits;
        table_size = 1 << table_bits;
        total_size = table_size;
        if (offset[MAX_LENGTH] === 1) {
          for (key = 0; key < total_size; ++key) {
            root_table[table + key] = new HuffmanCode(0, sorted[0] & 65535);
          }
          return total_size;
        }
        key = 0;
        symbol = 0;
        for (len = 1, step = 2; len <= root_bits; ++len, step <<= 1) {
          for (; count[len] > 0; --count[len]) {
            code = new HuffmanCode(len & 255, sorted[symbol++] & 65535);
            ReplicateValue(root_table, table + key, step, table_size, code);
            key = GetNextKey(key, len);
          }
        }
        mask = total_size - 1;
        low = -1;
        for (len = root_bits + 1, step = 2; len <= MAX_LENGTH; ++len, step <<= 1) {
          for (; count[len] > 0; --count[len]) {
            if ((key & mask) !== low) {
              table += table_size;
              table_bits = NextTableBitSize(count, len, root_bits);
              table_size = 1 << table_bits;
              total_size += table_size;
              low = key & mask;
              root_table[start_table + low] = new HuffmanCode(table_bits + root_bits & 255, table - start_table - low & 65535);
            }
            code = new HuffmanCode(len - root_bits & 255, sorted[symbol++] & 65535);
            ReplicateValue(root_table, table + (key >> root_bits), step, table_size, code);
            key = GetNextKey(key, len);
          }
        }
        return total_size;
      };
    }
  });

  // node_modules/brotli/dec/context.js
  var require_context = __commonJS({
    "node_modules/brotli/dec/context.js"(exports) {
      "use strict";
      exports.lookup = new Uint8Array([
        /* CONTEXT_UTF8, last byte. */
        /* ASCII range. */
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        4,
        4,
        0,
        0,
        4,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        8,
        12,
        16,
        12,
        12,
        20,
        12,
        16,
        24,
        28,
        12,
        12,
        32,
        12,
        36,
        12,
        44,
        44,
        44,
        44,
        44,
        44,
        44,
        44,
        44,
        44,
        32,
        32,
        24,
        40,
        28,
        12,
        12,
        48,
        52,
        52,
        52,
        48,
        52,
        52,
        52,
        48,
        52,
        52,
        52,
        52,
        52,
        48,
        52,
        52,
        52,
        52,
        52,
        48,
        52,
        52,
        52,
        52,
        52,
        24,
        12,
        28,
        12,
        12,
        12,
        56,
        60,
        60,
        60,
        56,
        60,
        60,
        60,
        56,
        60,
        60,
        60,
        60,
        60,
        56,
        60,
        60,
        60,
        60,
        60,
        56,
        60,
        60,
        60,
        60,
        60,
        24,
        12,
        28,
        12,
        0,
        /* UTF8 continuation byte range. */
        0,
        1,
        0,
        1,
        0,
        1,
        0,
        1,
        0,
        1,
        0,
        1,
        0,
        1,
        0,
        1,
        0,
        1,
        0,
        1,
        0,
        1,
        0,
        1,
        0,
        1,
        0,
        1,
        0,
        1,
        0,
        1,
        0,
        1,
        0,
        1,
        0,
        1,
        0,
        1,
        0,
        1,
        0,
        1,
        0,
        1,
        0,
        1,
        0,
        1,
        0,
        1,
        0,
        1,
        0,
        1,
        0,
        1,
        0,
        1,
        0,
        1,
        0,
        1,
        /* UTF8 lead byte range. */
        2,
        3,
        2,
        3,
        2,
        3,
        2,
        3,
        2,
        3,
        2,
        3,
        2,
        3,
        2,
        3,
        2,
        3,
        2,
        3,
        2,
        3,
        2,
        3,
        2,
        3,
        2,
        3,
        2,
        3,
        2,
        3,
        2,
        3,
        2,
        3,
        2,
        3,
        2,
        3,
        2,
        3,
        2,
        3,
        2,
        3,
        2,
        3,
        2,
        3,
        2,
        3,
        2,
        3,
        2,
        3,
        2,
        3,
        2,
        3,
        2,
        3,
        2,
        3,
        /* CONTEXT_UTF8 second last byte. */
        /* ASCII range. */
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        1,
        1,
        1,
        1,
        1,
        1,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        1,
        1,
        1,
        1,
        0,
        /* UTF8 continuation byte range. */
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        /* UTF8 lead byte range. */
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        /* CONTEXT_SIGNED, second last byte. */
        0,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        2,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        4,
        4,
        4,
        4,
        4,
        4,
        4,
        4,
        4,
        4,
        4,
        4,
        4,
        4,
        4,
        4,
        4,
        4,
        4,
        4,
        4,
        4,
        4,
        4,
        4,
        4,
        4,
        4,
        4,
        4,
        4,
        4,
        4,
        4,
        4,
        4,
        4,
        4,
        4,
        4,
        4,
        4,
        4,
        4,
        4,
        4,
        4,
        4,
        4,
        4,
        4,
        4,
        4,
        4,
        4,
        4,
        4,
        4,
        4,
        4,
        4,
        4,
        4,
        4,
        5,
        5,
        5,
        5,
        5,
        5,
        5,
        5,
        5,
        5,
        5,
        5,
        5,
        5,
        5,
        5,
        5,
        5,
        5,
        5,
        5,
        5,
        5,
        5,
        5,
        5,
        5,
        5,
        5,
        5,
        5,
        5,
        5,
        5,
        5,
        5,
        5,
        5,
        5,
        5,
        5,
        5,
        5,
        5,
        5,
        5,
        5,
        5,
        6,
        6,
        6,
        6,
        6,
        6,
        6,
        6,
        6,
        6,
        6,
        6,
        6,
        6,
        6,
        7,
        /* CONTEXT_SIGNED, last byte, same as the above values shifted by 3 bits. */
        0,
        8,
        8,
        8,
        8,
        8,
        8,
        8,
        8,
        8,
        8,
        8,
        8,
        8,
        8,
        8,
        16,
        16,
        16,
        16,
        16,
        16,
        16,
        16,
        16,
        16,
        16,
        16,
        16,
        16,
        16,
        16,
        16,
        16,
        16,
        16,
        16,
        16,
        16,
        16,
        16,
        16,
        16,
        16,
        16,
        16,
        16,
        16,
        16,
        16,
        16,
        16,
        16,
        16,
        16,
        16,
        16,
        16,
        16,
        16,
        16,
        16,
        16,
        16,
        24,
        24,
        24,
        24,
        24,
        24,
        24,
        24,
        24,
        24,
        24,
        24,
        24,
        24,
        24,
        24,
        24,
        24,
        24,
        24,
        24,
        24,
        24,
        24,
        24,
        24,
        24,
        24,
        24,
        24,
        24,
        24,
        24,
        24,
        24,
        24,
        24,
        24,
        24,
        24,
        24,
        24,
        24,
        24,
        24,
        24,
        24,
        24,
        24,
        24,
        24,
        24,
        24,
        24,
        24,
        24,
        24,
        24,
        24,
        24,
        24,
        24,
        24,
        24,
        32,
        32,
        32,
        32,
        32,
        32,
        32,
        32,
        32,
        32,
        32,
        32,
        32,
        32,
        32,
        32,
        32,
        32,
        32,
        32,
        32,
        32,
        32,
        32,
        32,
        32,
        32,
        32,
        32,
        32,
        32,
        32,
        32,
        32,
        32,
        32,
        32,
        32,
        32,
        32,
        32,
        32,
        32,
        32,
        32,
        32,
        32,
        32,
        32,
        32,
        32,
        32,
        32,
        32,
        32,
        32,
        32,
        32,
        32,
        32,
        32,
        32,
        32,
        32,
        40,
        40,
        40,
        40,
        40,
        40,
        40,
        40,
        40,
        40,
        40,
        40,
        40,
        40,
        40,
        40,
        40,
        40,
        40,
        40,
        40,
        40,
        40,
        40,
        40,
        40,
        40,
        40,
        40,
        40,
        40,
        40,
        40,
        40,
        40,
        40,
        40,
        40,
        40,
        40,
        40,
        40,
        40,
        40,
        40,
        40,
        40,
        40,
        48,
        48,
        48,
        48,
        48,
        48,
        48,
        48,
        48,
        48,
        48,
        48,
        48,
        48,
        48,
        56,
        /* CONTEXT_LSB6, last byte. */
        0,
        1,
        2,
        3,
        4,
        5,
        6,
        7,
        8,
        9,
        10,
        11,
        12,
        13,
        14,
        15,
        16,
        17,
        18,
        19,
        20,
        21,
        22,
        23,
        24,
        25,
        26,
        27,
        28,
        29,
        30,
        31,
        32,
        33,
        34,
        35,
        36,
        37,
        38,
        39,
        40,
        41,
        42,
        43,
        44,
        45,
        46,
        47,
        48,
        49,
        50,
        51,
        52,
        53,
        54,
        55,
        56,
        57,
        58,
        59,
        60,
        61,
        62,
        63,
        0,
        1,
        2,
        3,
        4,
        5,
        6,
        7,
        8,
        9,
        10,
        11,
        12,
        13,
        14,
        15,
        16,
        17,
        18,
        19,
        20,
        21,
        22,
        23,
        24,
        25,
        26,
        27,
        28,
        29,
        30,
        31,
        32,
        33,
        34,
        35,
        36,
        37,
        38,
        39,
        40,
        41,
        42,
        43,
        44,
        45,
        46,
        47,
        48,
        49,
        50,
        51,
        52,
        53,
        54,
        55,
        56,
        57,
        58,
        59,
        60,
        61,
        62,
        63,
        0,
        1,
        2,
        3,
        4,
        5,
        6,
        7,
        8,
        9,
        10,
        11,
        12,
        13,
        14,
        15,
        16,
        17,
        18,
        19,
        20,
        21,
        22,
        23,
        24,
        25,
        26,
        27,
        28,
        29,
        30,
        31,
        32,
        33,
        34,
        35,
        36,
        37,
        38,
        39,
        40,
        41,
        42,
        43,
        44,
        45,
        46,
        47,
        48,
        49,
        50,
        51,
        52,
        53,
        54,
        55,
        56,
        57,
        58,
        59,
        60,
        61,
        62,
        63,
        0,
        1,
        2,
        3,
        4,
        5,
        6,
        7,
        8,
        9,
        10,
        11,
        12,
        13,
        14,
        15,
        16,
        17,
        18,
        19,
        20,
        21,
        22,
        23,
        24,
        25,
        26,
        27,
        28,
        29,
        30,
        31,
        32,
        33,
        34,
        35,
        36,
        37,
        38,
        39,
        40,
        41,
        42,
        43,
        44,
        45,
        46,
        47,
        48,
        49,
        50,
        51,
        52,
        53,
        54,
        55,
        56,
        57,
        58,
        59,
        60,
        61,
        62,
        63,
        /* CONTEXT_MSB6, last byte. */
        0,
        0,
        0,
        0,
        1,
        1,
        1,
        1,
        2,
        2,
        2,
        2,
        3,
        3,
        3,
        3,
        4,
        4,
        4,
        4,
        5,
        5,
        5,
        5,
        6,
        6,
        6,
        6,
        7,
        7,
        7,
        7,
        8,
        8,
        8,
        8,
        9,
        9,
        9,
        9,
        10,
        10,
        10,
        10,
        11,
        11,
        11,
        11,
        12,
        12,
        12,
        12,
        13,
        13,
        13,
        13,
        14,
        14,
        14,
        14,
        15,
        15,
        15,
        15,
        16,
        16,
        16,
        16,
        17,
        17,
        17,
        17,
        18,
        18,
        18,
        18,
        19,
        19,
        19,
        19,
        20,
        20,
        20,
        20,
        21,
        21,
        21,
        21,
        22,
        22,
        22,
        22,
        23,
        23,
        23,
        23,
        24,
        24,
        24,
        24,
        25,
        25,
        25,
        25,
        26,
        26,
        26,
        26,
        27,
        27,
        27,
        27,
        28,
        28,
        28,
        28,
        29,
        29,
        29,
        29,
        30,
        30,
        30,
        30,
        31,
        31,
        31,
        31,
        32,
        32,
        32,
        32,
        33,
        33,
        33,
        33,
        34,
        34,
        34,
        34,
        35,
        35,
        35,
        35,
        36,
        36,
        36,
        36,
        37,
        37,
        37,
        37,
        38,
        38,
        38,
        38,
        39,
        39,
        39,
        39,
        40,
        40,
        40,
        40,
        41,
        41,
        41,
        41,
        42,
        42,
        42,
        42,
        43,
        43,
        43,
        43,
        44,
        44,
        44,
        44,
        45,
        45,
        45,
        45,
        46,
        46,
        46,
        46,
        47,
        47,
        47,
        47,
        48,
        48,
        48,
        48,
        49,
        49,
        49,
        49,
        50,
        50,
        50,
        50,
        51,
        51,
        51,
        51,
        52,
        52,
        52,
        52,
        53,
        53,
        53,
        53,
        54,
        54,
        54,
        54,
        55,
        55,
        55,
        55,
        56,
        56,
        56,
        56,
        57,
        57,
        57,
        57,
        58,
        58,
        58,
        58,
        59,
        59,
        59,
        59,
        60,
        60,
        60,
        60,
        61,
        61,
        61,
        61,
        62,
        62,
        62,
        62,
        63,
        63,
        63,
        63,
        /* CONTEXT_{M,L}SB6, second last byte, */
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0
      ]);
      exports.lookupOffsets = new Uint16Array([
        /* CONTEXT_LSB6 */
        1024,
        1536,
        /* CONTEXT_MSB6 */
        1280,
        1536,
        /* CONTEXT_UTF8 */
        0,
        256,
        /* CONTEXT_SIGNED */
        768,
        512
      ]);
    }
  });

  // node_modules/brotli/dec/prefix.js
  var require_prefix = __commonJS({
    "node_modules/brotli/dec/prefix.js"(exports) {
      "use strict";
      function PrefixCodeRange(offset, nbits) {
        this.offset = offset;
        this.nbits = nbits;
      }
      exports.kBlockLengthPrefixCode = [
        new PrefixCodeRange(1, 2),
        new PrefixCodeRange(5, 2),
        new PrefixCodeRange(9, 2),
        new PrefixCodeRange(13, 2),
        new PrefixCodeRange(17, 3),
        new PrefixCodeRange(25, 3),
        new PrefixCodeRange(33, 3),
        new PrefixCodeRange(41, 3),
        new PrefixCodeRange(49, 4),
        new PrefixCodeRange(65, 4),
        new PrefixCodeRange(81, 4),
        new PrefixCodeRange(97, 4),
        new PrefixCodeRange(113, 5),
        new PrefixCodeRange(145, 5),
        new PrefixCodeRange(177, 5),
        new PrefixCodeRange(209, 5),
        new PrefixCodeRange(241, 6),
        new PrefixCodeRange(305, 6),
        new PrefixCodeRange(369, 7),
        new PrefixCodeRange(497, 8),
        new PrefixCodeRange(753, 9),
        new PrefixCodeRange(1265, 10),
        new PrefixCodeRange(2289, 11),
        new PrefixCodeRange(4337, 12),
        new PrefixCodeRange(8433, 13),
        new PrefixCodeRange(16625, 24)
      ];
      exports.kInsertLengthPrefixCode = [
        new PrefixCodeRange(0, 0),
        new PrefixCodeRange(1, 0),
        new PrefixCodeRange(2, 0),
        new PrefixCodeRange(3, 0),
        new PrefixCodeRange(4, 0),
        new PrefixCodeRange(5, 0),
        new PrefixCodeRange(6, 1),
        new PrefixCodeRange(8, 1),
        new PrefixCodeRange(10, 2),
        new PrefixCodeRange(14, 2),
        new PrefixCodeRange(18, 3),
        new PrefixCodeRange(26, 3),
        new PrefixCodeRange(34, 4),
        new PrefixCodeRange(50, 4),
        new PrefixCodeRange(66, 5),
        new PrefixCodeRange(98, 5),
        new PrefixCodeRange(130, 6),
        new PrefixCodeRange(194, 7),
        new PrefixCodeRange(322, 8),
        new PrefixCodeRange(578, 9),
        new PrefixCodeRange(1090, 10),
        new PrefixCodeRange(2114, 12),
        new PrefixCodeRange(6210, 14),
        new PrefixCodeRange(22594, 24)
      ];
      exports.kCopyLengthPrefixCode = [
        new PrefixCodeRange(2, 0),
        new PrefixCodeRange(3, 0),
        new PrefixCodeRange(4, 0),
        new PrefixCodeRange(5, 0),
        new PrefixCodeRange(6, 0),
        new PrefixCodeRange(7, 0),
        new PrefixCodeRange(8, 0),
        new PrefixCodeRange(9, 0),
        new PrefixCodeRange(10, 1),
        new PrefixCodeRange(12, 1),
        new PrefixCodeRange(14, 2),
        new PrefixCodeRange(18, 2),
        new PrefixCodeRange(22, 3),
        new PrefixCodeRange(30, 3),
        new PrefixCodeRange(38, 4),
        new PrefixCodeRange(54, 4),
        new PrefixCodeRange(70, 5),
        new PrefixCodeRange(102, 5),
        new PrefixCodeRange(134, 6),
        new PrefixCodeRange(198, 7),
        new PrefixCodeRange(326, 8),
        new PrefixCodeRange(582, 9),
        new PrefixCodeRange(1094, 10),
        new PrefixCodeRange(2118, 24)
      ];
      exports.kInsertRangeLut = [
        0,
        0,
        8,
        8,
        0,
        16,
        8,
        16,
        16
      ];
      exports.kCopyRangeLut = [
        0,
        8,
        0,
        8,
        16,
        0,
        16,
        8,
        16
      ];
    }
  });

  // node_modules/brotli/dec/transform.js
  var require_transform = __commonJS({
    "node_modules/brotli/dec/transform.js"(exports) {
      "use strict";
      var BrotliDictionary = require_dictionary();
      var kIdentity = 0;
      var kOmitLast1 = 1;
      var kOmitLast2 = 2;
      var kOmitLast3 = 3;
      var kOmitLast4 = 4;
      var kOmitLast5 = 5;
      var kOmitLast6 = 6;
      var kOmitLast7 = 7;
      var kOmitLast8 = 8;
      var kOmitLast9 = 9;
      var kUppercaseFirst = 10;
      var kUppercaseAll = 11;
      var kOmitFirst1 = 12;
      var kOmitFirst2 = 13;
      var kOmitFirst3 = 14;
      var kOmitFirst4 = 15;
      var kOmitFirst5 = 16;
      var kOmitFirst6 = 17;
      var kOmitFirst7 = 18;
      var kOmitFirst9 = 20;
      function Transform(prefix, transform, suffix) {
        this.prefix = new Uint8Array(prefix.length);
        this.transform = transform;
        this.suffix = new Uint8Array(suffix.length);
        for (var i = 0; i < prefix.length; i++)
          this.prefix[i] = prefix.charCodeAt(i);
        for (var i = 0; i < suffix.length; i++)
          this.suffix[i] = suffix.charCodeAt(i);
      }
      var kTransforms = [
        new Transform("", kIdentity, ""),
        new Transform("", kIdentity, " "),
        new Transform(" ", kIdentity, " "),
        new Transform("", kOmitFirst1, ""),
        new Transform("", kUppercaseFirst, " "),
        new Transform("", kIdentity, " the "),
        new Transform(" ", kIdentity, ""),
        new Transform("s ", kIdentity, " "),
        new Transform("", kIdentity, " of "),
        new Transform("", kUppercaseFirst, ""),
        new Transform("", kIdentity, " and "),
        new Transform("", kOmitFirst2, ""),
        new Transform("", kOmitLast1, ""),
        new Transform(", ", kIdentity, " "),
        new Transform("", kIdentity, ", "),
        new Transform(" ", kUppercaseFirst, " "),
        new Transform("", kIdentity, " in "),
        new Transform("", kIdentity, " to "),
        new Transform("e ", kIdentity, " "),
        new Transform("", kIdentity, '"'),
        new Transform("", kIdentity, "."),
        new Transform("", kIdentity, '">'),
        new Transform("", kIdentity, "\n"),
        new Transform("", kOmitLast3, ""),
        new Transform("", kIdentity, "]"),
        new Transform("", kIdentity, " for "),
        new Transform("", kOmitFirst3, ""),
        new Transform("", kOmitLast2, ""),
        new Transform("", kIdentity, " a "),
        new Transform("", kIdentity, " that "),
        new Transform(" ", kUppercaseFirst, ""),
        new Transform("", kIdentity, ". "),
        new Transform(".", kIdentity, ""),
        new Transform(" ", kIdentity, ", "),
        new Transform("", kOmitFirst4, ""),
        new Transform("", kIdentity, " with "),
        new Transform("", kIdentity, "'"),
        new Transform("", kIdentity, " from "),
        new Transform("", kIdentity, " by "),
        new Transform("", kOmitFirst5, ""),
        new Transform("", kOmitFirst6, ""),
        new Transform(" the ", kIdentity, ""),
        new Transform("", kOmitLast4, ""),
        new Transform("", kIdentity, ". The "),
        new Transform("", kUppercaseAll, ""),
        new Transform("", kIdentity, " on "),
        new Transform("", kIdentity, " as "),
        new Transform("", kIdentity, " is "),
        new Transform("", kOmitLast7, ""),
        new Transform("", kOmitLast1, "ing "),
        new Transform("", kIdentity, "\n	"),
        new Transform("", kIdentity, ":"),
        new Transform(" ", kIdentity, ". "),
        new Transform("", kIdentity, "ed "),
        new Transform("", kOmitFirst9, ""),
        new Transform("", kOmitFirst7, ""),
        new Transform("", kOmitLast6, ""),
        new Transform("", kIdentity, "("),
        new Transform("", kUppercaseFirst, ", "),
        new Transform("", kOmitLast8, ""),
        new Transform("", kIdentity, " at "),
        new Transform("", kIdentity, "ly "),
        new Transform(" the ", kIdentity, " of "),
        new Transform("", kOmitLast5, ""),
        new Transform("", kOmitLast9, ""),
        new Transform(" ", kUppercaseFirst, ", "),
        new Transform("", kUppercaseFirst, '"'),
        new Transform(".", kIdentity, "("),
        new Transform("", kUppercaseAll, " "),
        new Transform("", kUppercaseFirst, '">'),
        new Transform("", kIdentity, '="'),
        new Transform(" ", kIdentity, "."),
        new Transform(".com/", kIdentity, ""),
        new Transform(" the ", kIdentity, " of the "),
        new Transform("", kUppercaseFirst, "'"),
        new Transform("", kIdentity, ". This "),
        new Transform("", kIdentity, ","),
        new Transform(".", kIdentity, " "),
        new Transform("", kUppercaseFirst, "("),
        new Transform("", kUppercaseFirst, "."),
        new Transform("", kIdentity, " not "),
        new Transform(" ", kIdentity, '="'),
        new Transform("", kIdentity, "er "),
        new Transform(" ", kUppercaseAll, " "),
        new Transform("", kIdentity, "al "),
        new Transform(" ", kUppercaseAll, ""),
        new Transform("", kIdentity, "='"),
        new Transform("", kUppercaseAll, '"'),
        new Transform("", kUppercaseFirst, ". "),
        new Transform(" ", kIdentity, "("),
        new Transform("", kIdentity, "ful "),
        new Transform(" ", kUppercaseFirst, ". "),
        new Transform("", kIdentity, "ive "),
        new Transform("", kIdentity, "less "),
        new Transform("", kUppercaseAll, "'"),
        new Transform("", kIdentity, "est "),
        new Transform(" ", kUppercaseFirst, "."),
        new Transform("", kUppercaseAll, '">'),
        new Transform(" ", kIdentity, "='"),
        new Transform("", kUppercaseFirst, ","),
        new Transform("", kIdentity, "ize "),
        new Transform("", kUppercaseAll, "."),
        new Transform("\xC2\xA0", kIdentity, ""),
        new Transform(" ", kIdentity, ","),
        new Transform("", kUppercaseFirst, '="'),
        new Transform("", kUppercaseAll, '="'),
        new Transform("", kIdentity, "ous "),
        new Transform("", kUppercaseAll, ", "),
        new Transform("", kUppercaseFirst, "='"),
        new Transform(" ", kUppercaseFirst, ","),
        new Transform(" ", kUppercaseAll, '="'),
        new Transform(" ", kUppercaseAll, ", "),
        new Transform("", kUppercaseAll, ","),
        new Transform("", kUppercaseAll, "("),
        new Transform("", kUppercaseAll, ". "),
        new Transform(" ", kUppercaseAll, "."),
        new Transform("", kUppercaseAll, "='"),
        new Transform(" ", kUppercaseAll, ". "),
        new Transform(" ", kUppercaseFirst, '="'),
        new Transform(" ", kUppercaseAll, "='"),
        new Transform(" ", kUppercaseFirst, "='")
      ];
      exports.kTransforms = kTransforms;
      exports.kNumTransforms = kTransforms.length;
      function ToUpperCase(p, i) {
        if (p[i] < 192) {
          if (p[i] >= 97 && p[i] <= 122) {
            p[i] ^= 32;
          }
          return 1;
        }
        if (p[i] < 224) {
          p[i + 1] ^= 32;
          return 2;
        }
        p[i + 2] ^= 5;
        return 3;
      }
      exports.transformDictionaryWord = function(dst, idx, word, len, transform) {
        var prefix = kTransforms[transform].prefix;
        var suffix = kTransforms[transform].suffix;
        var t = kTransforms[transform].transform;
        var skip = t < kOmitFirst1 ? 0 : t - (kOmitFirst1 - 1);
        var i = 0;
        var start_idx = idx;
        var uppercase;
        if (skip > len) {
          skip = len;
        }
        var prefix_pos = 0;
        while (prefix_pos < prefix.length) {
          dst[idx++] = prefix[prefix_pos++];
        }
        word += skip;
        len -= skip;
        if (t <= kOmitLast9) {
          len -= t;
        }
        for (i = 0; i < len; i++) {
          dst[idx++] = BrotliDictionary.dictionary[word + i];
        }
        uppercase = idx - len;
        if (t === kUppercaseFirst) {
          ToUpperCase(dst, uppercase);
        } else if (t === kUppercaseAll) {
          while (len > 0) {
            var step = ToUpperCase(dst, uppercase);
            uppercase += step;
            len -= step;
          }
        }
        var suffix_pos = 0;
        while (suffix_pos < suffix.length) {
          dst[idx++] = suffix[suffix_pos++];
        }
        return idx - start_idx;
      };
    }
  });

  // node_modules/brotli/dec/decode.js
  var require_decode = __commonJS({
    "node_modules/brotli/dec/decode.js"(exports) {
      "use strict";
      var BrotliInput = require_streams().BrotliInput;
      var BrotliOutput = require_streams().BrotliOutput;
      var BrotliBitReader = require_bit_reader();
      var BrotliDictionary = require_dictionary();
      var HuffmanCode = require_huffman().HuffmanCode;
      var BrotliBuildHuffmanTable = require_huffman().BrotliBuildHuffmanTable;
      var Context2 = require_context();
      var Prefix = require_prefix();
      var Transform = require_transform();
      var kDefaultCodeLength = 8;
      var kCodeLengthRepeatCode = 16;
      var kNumLiteralCodes = 256;
      var kNumInsertAndCopyCodes = 704;
      var kNumBlockLengthCodes = 26;
      var kLiteralContextBits = 6;
      var kDistanceContextBits = 2;
      var HUFFMAN_TABLE_BITS = 8;
      var HUFFMAN_TABLE_MASK = 255;
      var HUFFMAN_MAX_TABLE_SIZE = 1080;
      var CODE_LENGTH_CODES = 18;
      var kCodeLengthCodeOrder = new Uint8Array([
        1,
        2,
        3,
        4,
        0,
        5,
        17,
        6,
        16,
        7,
        8,
        9,
        10,
        11,
        12,
        13,
        14,
        15
      ]);
      var NUM_DISTANCE_SHORT_CODES = 16;
      var kDistanceShortCodeIndexOffset = new Uint8Array([
        3,
        2,
        1,
        0,
        3,
        3,
        3,
        3,
        3,
        3,
        2,
        2,
        2,
        2,
        2,
        2
      ]);
      var kDistanceShortCodeValueOffset = new Int8Array([
        0,
        0,
        0,
        0,
        -1,
        1,
        -2,
        2,
        -3,
        3,
        -1,
        1,
        -2,
        2,
        -3,
        3
      ]);
      var kMaxHuffmanTableSize = new Uint16Array([
        256,
        402,
        436,
        468,
        500,
        534,
        566,
        598,
        630,
        662,
        694,
        726,
        758,
        790,
        822,
        854,
        886,
        920,
        952,
        984,
        1016,
        1048,
        1080
      ]);
      function DecodeWindowBits(br) {
        var n;
        if (br.readBits(1) === 0) {
          return 16;
        }
        n = br.readBits(3);
        if (n > 0) {
          return 17 + n;
        }
        n = br.readBits(3);
        if (n > 0) {
          return 8 + n;
        }
        return 17;
      }
      function DecodeVarLenUint8(br) {
        if (br.readBits(1)) {
          var nbits = br.readBits(3);
          if (nbits === 0) {
            return 1;
          } else {
            return br.readBits(nbits) + (1 << nbits);
          }
        }
        return 0;
      }
      function MetaBlockLength() {
        this.meta_block_length = 0;
        this.input_end = 0;
        this.is_uncompressed = 0;
        this.is_metadata = false;
      }
      function DecodeMetaBlockLength(br) {
        var out = new MetaBlockLength();
        var size_nibbles;
        var size_bytes;
        var i;
        out.input_end = br.readBits(1);
        if (out.input_end && br.readBits(1)) {
          return out;
        }
        size_nibbles = br.readBits(2) + 4;
        if (size_nibbles === 7) {
          out.is_metadata = true;
          if (br.readBits(1) !== 0)
            throw new Error("Invalid reserved bit");
          size_bytes = br.readBits(2);
          if (size_bytes === 0)
            return out;
          for (i = 0; i < size_bytes; i++) {
            var next_byte = br.readBits(8);
            if (i + 1 === size_bytes && size_bytes > 1 && next_byte === 0)
              throw new Error("Invalid size byte");
            out.meta_block_length |= next_byte << i * 8;
          }
        } else {
          for (i = 0; i < size_nibbles; ++i) {
            var next_nibble = br.readBits(4);
            if (i + 1 === size_nibbles && size_nibbles > 4 && next_nibble === 0)
              throw new Error("Invalid size nibble");
            out.meta_block_length |= next_nibble << i * 4;
          }
        }
        ++out.meta_block_length;
        if (!out.input_end && !out.is_metadata) {
          out.is_uncompressed = br.readBits(1);
        }
        return out;
      }
      function ReadSymbol(table, index, br) {
        var start_index = index;
        var nbits;
        br.fillBitWindow();
        index += br.val_ >>> br.bit_pos_ & HUFFMAN_TABLE_MASK;
        nbits = table[index].bits - HUFFMAN_TABLE_BITS;
        if (nbits > 0) {
          br.bit_pos_ += HUFFMAN_TABLE_BITS;
          index += table[index].value;
          index += br.val_ >>> br.bit_pos_ & (1 << nbits) - 1;
        }
        br.bit_pos_ += table[index].bits;
        return table[index].value;
      }
      function ReadHuffmanCodeLengths(code_length_code_lengths, num_symbols, code_lengths, br) {
        var symbol = 0;
        var prev_code_len = kDefaultCodeLength;
        var repeat = 0;
        var repeat_code_len = 0;
        var space = 32768;
        var table = [];
        for (var i = 0; i < 32; i++)
          table.push(new HuffmanCode(0, 0));
        BrotliBuildHuffmanTable(table, 0, 5, code_length_code_lengths, CODE_LENGTH_CODES);
        while (symbol < num_symbols && space > 0) {
          var p = 0;
          var code_len;
          br.readMoreInput();
          br.fillBitWindow();
          p += br.val_ >>> br.bit_pos_ & 31;
          br.bit_pos_ += table[p].bits;
          code_len = table[p].value & 255;
          if (code_len < kCodeLengthRepeatCode) {
            repeat = 0;
            code_lengths[symbol++] = code_len;
            if (code_len !== 0) {
              prev_code_len = code_len;
              space -= 32768 >> code_len;
            }
          } else {
            var extra_bits = code_len - 14;
            var old_repeat;
            var repeat_delta;
            var new_len = 0;
            if (code_len === kCodeLengthRepeatCode) {
              new_len = prev_code_len;
            }
            if (repeat_code_len !== new_len) {
              repeat = 0;
              repeat_code_len = new_len;
            }
            old_repeat = repeat;
            if (repeat > 0) {
              repeat -= 2;
              repeat <<= extra_bits;
            }
            repeat += br.readBits(extra_bits) + 3;
            repeat_delta = repeat - old_repeat;
            if (symbol + repeat_delta > num_symbols) {
              throw new Error("[ReadHuffmanCodeLengths] symbol + repeat_delta > num_symbols");
            }
            for (var x = 0; x < repeat_delta; x++)
              code_lengths[symbol + x] = repeat_code_len;
            symbol += repeat_delta;
            if (repeat_code_len !== 0) {
              space -= repeat_delta << 15 - repeat_code_len;
            }
          }
        }
        if (space !== 0) {
          throw new Error("[ReadHuffmanCodeLengths] space = " + space);
        }
        for (; symbol < num_symbols; symbol++)
          code_lengths[symbol] = 0;
      }
      function ReadHuffmanCode(alphabet_size, tables2, table, br) {
        var table_size = 0;
        var simple_code_or_skip;
        var code_lengths = new Uint8Array(alphabet_size);
        br.readMoreInput();
        simple_code_or_skip = br.readBits(2);
        if (simple_code_or_skip === 1) {
          var i;
          var max_bits_counter = alphabet_size - 1;
          var max_bits = 0;
          var symbols = new Int32Array(4);
          var num_symbols = br.readBits(2) + 1;
          while (max_bits_counter) {
            max_bits_counter >>= 1;
            ++max_bits;
          }
          for (i = 0; i < num_symbols; ++i) {
            symbols[i] = br.readBits(max_bits) % alphabet_size;
            code_lengths[symbols[i]] = 2;
          }
          code_lengths[symbols[0]] = 1;
          switch (num_symbols) {
            case 1:
              break;
            case 3:
              if (symbols[0] === symbols[1] || symbols[0] === symbols[2] || symbols[1] === symbols[2]) {
                throw new Error("[ReadHuffmanCode] invalid symbols");
              }
              break;
            case 2:
              if (symbols[0] === symbols[1]) {
                throw new Error("[ReadHuffmanCode] invalid symbols");
              }
              code_lengths[symbols[1]] = 1;
              break;
            case 4:
              if (symbols[0] === symbols[1] || symbols[0] === symbols[2] || symbols[0] === symbols[3] || symbols[1] === symbols[2] || symbols[1] === symbols[3] || symbols[2] === symbols[3]) {
                throw new Error("[ReadHuffmanCode] invalid symbols");
              }
              if (br.readBits(1)) {
                code_lengths[symbols[2]] = 3;
                code_lengths[symbols[3]] = 3;
              } else {
                code_lengths[symbols[0]] = 2;
              }
              break;
          }
        } else {
          var i;
          var code_length_code_lengths = new Uint8Array(CODE_LENGTH_CODES);
          var space = 32;
          var num_codes = 0;
          var huff = [
            new HuffmanCode(2, 0),
            new HuffmanCode(2, 4),
            new HuffmanCode(2, 3),
            new HuffmanCode(3, 2),
            new HuffmanCode(2, 0),
            new HuffmanCode(2, 4),
            new HuffmanCode(2, 3),
            new HuffmanCode(4, 1),
            new HuffmanCode(2, 0),
            new HuffmanCode(2, 4),
            new HuffmanCode(2, 3),
            new HuffmanCode(3, 2),
            new HuffmanCode(2, 0),
            new HuffmanCode(2, 4),
            new HuffmanCode(2, 3),
            new HuffmanCode(4, 5)
          ];
          for (i = simple_code_or_skip; i < CODE_LENGTH_CODES && space > 0; ++i) {
            var code_len_idx = kCodeLengthCodeOrder[i];
            var p = 0;
            var v;
            br.fillBitWindow();
            p += br.val_ >>> br.bit_pos_ & 15;
            br.bit_pos_ += huff[p].bits;
            v = huff[p].value;
            code_length_code_lengths[code_len_idx] = v;
            if (v !== 0) {
              space -= 32 >> v;
              ++num_codes;
            }
          }
          if (!(num_codes === 1 || space === 0))
            throw new Error("[ReadHuffmanCode] invalid num_codes or space");
          ReadHuffmanCodeLengths(code_length_code_lengths, alphabet_size, code_lengths, br);
        }
        table_size = BrotliBuildHuffmanTable(tables2, table, HUFFMAN_TABLE_BITS, code_lengths, alphabet_size);
        if (table_size === 0) {
          throw new Error("[ReadHuffmanCode] BuildHuffmanTable failed: ");
        }
        return table_size;
      }
      function ReadBlockLength(table, index, br) {
        var code;
        var nbits;
        code = ReadSymbol(table, index, br);
        nbits = Prefix.kBlockLengthPrefixCode[code].nbits;
        return Prefix.kBlockLengthPrefixCode[code].offset + br.readBits(nbits);
      }
      function TranslateShortCodes(code, ringbuffer, index) {
        var val;
        if (code < NUM_DISTANCE_SHORT_CODES) {
          index += kDistanceShortCodeIndexOffset[code];
          index &= 3;
          val = ringbuffer[index] + kDistanceShortCodeValueOffset[code];
        } else {
          val = code - NUM_DISTANCE_SHORT_CODES + 1;
        }
        return val;
      }
      function MoveToFront(v, index) {
        var value = v[index];
        var i = index;
        for (; i; --i) v[i] = v[i - 1];
        v[0] = value;
      }
      function InverseMoveToFrontTransform(v, v_len) {
        var mtf = new Uint8Array(256);
        var i;
        for (i = 0; i < 256; ++i) {
          mtf[i] = i;
        }
        for (i = 0; i < v_len; ++i) {
          var index = v[i];
          v[i] = mtf[index];
          if (index) MoveToFront(mtf, index);
        }
      }
      function HuffmanTreeGroup(alphabet_size, num_htrees) {
        this.alphabet_size = alphabet_size;
        this.num_htrees = num_htrees;
        this.codes = new Array(num_htrees + num_htrees * kMaxHuffmanTableSize[alphabet_size + 31 >>> 5]);
        this.htrees = new Uint32Array(num_htrees);
      }
      HuffmanTreeGroup.prototype.decode = function(br) {
        var i;
        var table_size;
        var next = 0;
        for (i = 0; i < this.num_htrees; ++i) {
          this.htrees[i] = next;
          table_size = ReadHuffmanCode(this.alphabet_size, this.codes, next, br);
          next += table_size;
        }
      };
      function DecodeContextMap(context_map_size, br) {
        var out = { num_htrees: null, context_map: null };
        var use_rle_for_zeros;
        var max_run_length_prefix = 0;
        var table;
        var i;
        br.readMoreInput();
        var num_htrees = out.num_htrees = DecodeVarLenUint8(br) + 1;
        var context_map = out.context_map = new Uint8Array(context_map_size);
        if (num_htrees <= 1) {
          return out;
        }
        use_rle_for_zeros = br.readBits(1);
        if (use_rle_for_zeros) {
          max_run_length_prefix = br.readBits(4) + 1;
        }
        table = [];
        for (i = 0; i < HUFFMAN_MAX_TABLE_SIZE; i++) {
          table[i] = new HuffmanCode(0, 0);
        }
        ReadHuffmanCode(num_htrees + max_run_length_prefix, table, 0, br);
        for (i = 0; i < context_map_size; ) {
          var code;
          br.readMoreInput();
          code = ReadSymbol(table, 0, br);
          if (code === 0) {
            context_map[i] = 0;
            ++i;
          } else if (code <= max_run_length_prefix) {
            var reps = 1 + (1 << code) + br.readBits(code);
            while (--reps) {
              if (i >= context_map_size) {
                throw new Error("[DecodeContextMap] i >= context_map_size");
              }
              context_map[i] = 0;
              ++i;
            }
          } else {
            context_map[i] = code - max_run_length_prefix;
            ++i;
          }
        }
        if (br.readBits(1)) {
          InverseMoveToFrontTransform(context_map, context_map_size);
        }
        return out;
      }
      function DecodeBlockType(max_block_type, trees, tree_type, block_types, ringbuffers, indexes, br) {
        var ringbuffer = tree_type * 2;
        var index = tree_type;
        var type_code = ReadSymbol(trees, tree_type * HUFFMAN_MAX_TABLE_SIZE, br);
        var block_type;
        if (type_code === 0) {
          block_type = ringbuffers[ringbuffer + (indexes[index] & 1)];
        } else if (type_code === 1) {
          block_type = ringbuffers[ringbuffer + (indexes[index] - 1 & 1)] + 1;
        } else {
          block_type = type_code - 2;
        }
        if (block_type >= max_block_type) {
          block_type -= max_block_type;
        }
        block_types[tree_type] = block_type;
        ringbuffers[ringbuffer + (indexes[index] & 1)] = block_type;
        ++indexes[index];
      }
      function CopyUncompressedBlockToOutput(output, len, pos, ringbuffer, ringbuffer_mask, br) {
        var rb_size = ringbuffer_mask + 1;
        var rb_pos = pos & ringbuffer_mask;
        var br_pos = br.pos_ & BrotliBitReader.IBUF_MASK;
        var nbytes;
        if (len < 8 || br.bit_pos_ + (len << 3) < br.bit_end_pos_) {
          while (len-- > 0) {
            br.readMoreInput();
            ringbuffer[rb_pos++] = br.readBits(8);
            if (rb_pos === rb_size) {
              output.write(ringbuffer, rb_size);
              rb_pos = 0;
            }
          }
          return;
        }
        if (br.bit_end_pos_ < 32) {
          throw new Error("[CopyUncompressedBlockToOutput] br.bit_end_pos_ < 32");
        }
        while (br.bit_pos_ < 32) {
          ringbuffer[rb_pos] = br.val_ >>> br.bit_pos_;
          br.bit_pos_ += 8;
          ++rb_pos;
          --len;
        }
        nbytes = br.bit_end_pos_ - br.bit_pos_ >> 3;
        if (br_pos + nbytes > BrotliBitReader.IBUF_MASK) {
          var tail = BrotliBitReader.IBUF_MASK + 1 - br_pos;
          for (var x = 0; x < tail; x++)
            ringbuffer[rb_pos + x] = br.buf_[br_pos + x];
          nbytes -= tail;
          rb_pos += tail;
          len -= tail;
          br_pos = 0;
        }
        for (var x = 0; x < nbytes; x++)
          ringbuffer[rb_pos + x] = br.buf_[br_pos + x];
        rb_pos += nbytes;
        len -= nbytes;
        if (rb_pos >= rb_size) {
          output.write(ringbuffer, rb_size);
          rb_pos -= rb_size;
          for (var x = 0; x < rb_pos; x++)
            ringbuffer[x] = ringbuffer[rb_size + x];
        }
        while (rb_pos + len >= rb_size) {
          nbytes = rb_size - rb_pos;
          if (br.input_.read(ringbuffer, rb_pos, nbytes) < nbytes) {
            throw new Error("[CopyUncompressedBlockToOutput] not enough bytes");
          }
          output.write(ringbuffer, rb_size);
          len -= nbytes;
          rb_pos = 0;
        }
        if (br.input_.read(ringbuffer, rb_pos, len) < len) {
          throw new Error("[CopyUncompressedBlockToOutput] not enough bytes");
        }
        br.reset();
      }
      function JumpToByteBoundary(br) {
        var new_bit_pos = br.bit_pos_ + 7 & ~7;
        var pad_bits = br.readBits(new_bit_pos - br.bit_pos_);
        return pad_bits == 0;
      }
      function BrotliDecompressedSize(buffer) {
        var input = new BrotliInput(buffer);
        var br = new BrotliBitReader(input);
        DecodeWindowBits(br);
        var out = DecodeMetaBlockLength(br);
        return out.meta_block_length;
      }
      exports.BrotliDecompressedSize = BrotliDecompressedSize;
      function BrotliDecompressBuffer(buffer, output_size) {
        var input = new BrotliInput(buffer);
        if (output_size == null) {
          output_size = BrotliDecompressedSize(buffer);
        }
        var output_buffer = new Uint8Array(output_size);
        var output = new BrotliOutput(output_buffer);
        BrotliDecompress(input, output);
        if (output.pos < output.buffer.length) {
          output.buffer = output.buffer.subarray(0, output.pos);
        }
        return output.buffer;
      }
      exports.BrotliDecompressBuffer = BrotliDecompressBuffer;
      function BrotliDecompress(input, output) {
        var i;
        var pos = 0;
        var input_end = 0;
        var window_bits = 0;
        var max_backward_distance;
        var max_distance = 0;
        var ringbuffer_size;
        var ringbuffer_mask;
        var ringbuffer;
        var ringbuffer_end;
        var dist_rb = [16, 15, 11, 4];
        var dist_rb_idx = 0;
        var prev_byte1 = 0;
        var prev_byte2 = 0;
        var hgroup = [new HuffmanTreeGroup(0, 0), new HuffmanTreeGroup(0, 0), new HuffmanTreeGroup(0, 0)];
        var block_type_trees;
        var block_len_trees;
        var br;
        var kRingBufferWriteAheadSlack = 128 + BrotliBitReader.READ_SIZE;
        br = new BrotliBitReader(input);
        window_bits = DecodeWindowBits(br);
        max_backward_distance = (1 << window_bits) - 16;
        ringbuffer_size = 1 << window_bits;
        ringbuffer_mask = ringbuffer_size - 1;
        ringbuffer = new Uint8Array(ringbuffer_size + kRingBufferWriteAheadSlack + BrotliDictionary.maxDictionaryWordLength);
        ringbuffer_end = ringbuffer_size;
        block_type_trees = [];
        block_len_trees = [];
        for (var x = 0; x < 3 * HUFFMAN_MAX_TABLE_SIZE; x++) {
          block_type_trees[x] = new HuffmanCode(0, 0);
          block_len_trees[x] = new HuffmanCode(0, 0);
        }
        while (!input_end) {
          var meta_block_remaining_len = 0;
          var is_uncompressed;
          var block_length = [1 << 28, 1 << 28, 1 << 28];
          var block_type = [0];
          var num_block_types = [1, 1, 1];
          var block_type_rb = [0, 1, 0, 1, 0, 1];
          var block_type_rb_index = [0];
          var distance_postfix_bits;
          var num_direct_distance_codes;
          var distance_postfix_mask;
          var num_distance_codes;
          var context_map = null;
          var context_modes = null;
          var num_literal_htrees;
          var dist_context_map = null;
          var num_dist_htrees;
          var context_offset = 0;
          var context_map_slice = null;
          var literal_htree_index = 0;
          var dist_context_offset = 0;
          var dist_context_map_slice = null;
          var dist_htree_index = 0;
          var context_lookup_offset1 = 0;
          var context_lookup_offset2 = 0;
          var context_mode;
          var htree_command;
          for (i = 0; i < 3; ++i) {
            hgroup[i].codes = null;
            hgroup[i].htrees = null;
          }
          br.readMoreInput();
          var _out = DecodeMetaBlockLength(br);
          meta_block_remaining_len = _out.meta_block_length;
          if (pos + meta_block_remaining_len > output.buffer.length) {
            var tmp = new Uint8Array(pos + meta_block_remaining_len);
            tmp.set(output.buffer);
            output.buffer = tmp;
          }
          input_end = _out.input_end;
          is_uncompressed = _out.is_uncompressed;
          if (_out.is_metadata) {
            JumpToByteBoundary(br);
            for (; meta_block_remaining_len > 0; --meta_block_remaining_len) {
              br.readMoreInput();
              br.readBits(8);
            }
            continue;
          }
          if (meta_block_remaining_len === 0) {
            continue;
          }
          if (is_uncompressed) {
            br.bit_pos_ = br.bit_pos_ + 7 & ~7;
            CopyUncompressedBlockToOutput(
              output,
              meta_block_remaining_len,
              pos,
              ringbuffer,
              ringbuffer_mask,
              br
            );
            pos += meta_block_remaining_len;
            continue;
          }
          for (i = 0; i < 3; ++i) {
            num_block_types[i] = DecodeVarLenUint8(br) + 1;
            if (num_block_types[i] >= 2) {
              ReadHuffmanCode(num_block_types[i] + 2, block_type_trees, i * HUFFMAN_MAX_TABLE_SIZE, br);
              ReadHuffmanCode(kNumBlockLengthCodes, block_len_trees, i * HUFFMAN_MAX_TABLE_SIZE, br);
              block_length[i] = ReadBlockLength(block_len_trees, i * HUFFMAN_MAX_TABLE_SIZE, br);
              block_type_rb_index[i] = 1;
            }
          }
          br.readMoreInput();
          distance_postfix_bits = br.readBits(2);
          num_direct_distance_codes = NUM_DISTANCE_SHORT_CODES + (br.readBits(4) << distance_postfix_bits);
          distance_postfix_mask = (1 << distance_postfix_bits) - 1;
          num_distance_codes = num_direct_distance_codes + (48 << distance_postfix_bits);
          context_modes = new Uint8Array(num_block_types[0]);
          for (i = 0; i < num_block_types[0]; ++i) {
            br.readMoreInput();
            context_modes[i] = br.readBits(2) << 1;
          }
          var _o1 = DecodeContextMap(num_block_types[0] << kLiteralContextBits, br);
          num_literal_htrees = _o1.num_htrees;
          context_map = _o1.context_map;
          var _o2 = DecodeContextMap(num_block_types[2] << kDistanceContextBits, br);
          num_dist_htrees = _o2.num_htrees;
          dist_context_map = _o2.context_map;
          hgroup[0] = new HuffmanTreeGroup(kNumLiteralCodes, num_literal_htrees);
          hgroup[1] = new HuffmanTreeGroup(kNumInsertAndCopyCodes, num_block_types[1]);
          hgroup[2] = new HuffmanTreeGroup(num_distance_codes, num_dist_htrees);
          for (i = 0; i < 3; ++i) {
            hgroup[i].decode(br);
          }
          context_map_slice = 0;
          dist_context_map_slice = 0;
          context_mode = context_modes[block_type[0]];
          context_lookup_offset1 = Context2.lookupOffsets[context_mode];
          context_lookup_offset2 = Context2.lookupOffsets[context_mode + 1];
          htree_command = hgroup[1].htrees[0];
          while (meta_block_remaining_len > 0) {
            var cmd_code;
            var range_idx;
            var insert_code;
            var copy_code;
            var insert_length;
            var copy_length;
            var distance_code;
            var distance;
            var context;
            var j;
            var copy_dst;
            br.readMoreInput();
            if (block_length[1] === 0) {
              DecodeBlockType(
                num_block_types[1],
                block_type_trees,
                1,
                block_type,
                block_type_rb,
                block_type_rb_index,
                br
              );
              block_length[1] = ReadBlockLength(block_len_trees, HUFFMAN_MAX_TABLE_SIZE, br);
              htree_command = hgroup[1].htrees[block_type[1]];
            }
            --block_length[1];
            cmd_code = ReadSymbol(hgroup[1].codes, htree_command, br);
            range_idx = cmd_code >> 6;
            if (range_idx >= 2) {
              range_idx -= 2;
              distance_code = -1;
            } else {
              distance_code = 0;
            }
            insert_code = Prefix.kInsertRangeLut[range_idx] + (cmd_code >> 3 & 7);
            copy_code = Prefix.kCopyRangeLut[range_idx] + (cmd_code & 7);
            insert_length = Prefix.kInsertLengthPrefixCode[insert_code].offset + br.readBits(Prefix.kInsertLengthPrefixCode[insert_code].nbits);
            copy_length = Prefix.kCopyLengthPrefixCode[copy_code].offset + br.readBits(Prefix.kCopyLengthPrefixCode[copy_code].nbits);
            prev_byte1 = ringbuffer[pos - 1 & ringbuffer_mask];
            prev_byte2 = ringbuffer[pos - 2 & ringbuffer_mask];
            for (j = 0; j < insert_length; ++j) {
              br.readMoreInput();
              if (block_length[0] === 0) {
                DecodeBlockType(
                  num_block_types[0],
                  block_type_trees,
                  0,
                  block_type,
                  block_type_rb,
                  block_type_rb_index,
                  br
                );
                block_length[0] = ReadBlockLength(block_len_trees, 0, br);
                context_offset = block_type[0] << kLiteralContextBits;
                context_map_slice = context_offset;
                context_mode = context_modes[block_type[0]];
                context_lookup_offset1 = Context2.lookupOffsets[context_mode];
                context_lookup_offset2 = Context2.lookupOffsets[context_mode + 1];
              }
              context = Context2.lookup[context_lookup_offset1 + prev_byte1] | Context2.lookup[context_lookup_offset2 + prev_byte2];
              literal_htree_index = context_map[context_map_slice + context];
              --block_length[0];
              prev_byte2 = prev_byte1;
              prev_byte1 = ReadSymbol(hgroup[0].codes, hgroup[0].htrees[literal_htree_index], br);
              ringbuffer[pos & ringbuffer_mask] = prev_byte1;
              if ((pos & ringbuffer_mask) === ringbuffer_mask) {
                output.write(ringbuffer, ringbuffer_size);
              }
              ++pos;
            }
            meta_block_remaining_len -= insert_length;
            if (meta_block_remaining_len <= 0) break;
            if (distance_code < 0) {
              var context;
              br.readMoreInput();
              if (block_length[2] === 0) {
                DecodeBlockType(
                  num_block_types[2],
                  block_type_trees,
                  2,
                  block_type,
                  block_type_rb,
                  block_type_rb_index,
                  br
                );
                block_length[2] = ReadBlockLength(block_len_trees, 2 * HUFFMAN_MAX_TABLE_SIZE, br);
                dist_context_offset = block_type[2] << kDistanceContextBits;
                dist_context_map_slice = dist_context_offset;
              }
              --block_length[2];
              context = (copy_length > 4 ? 3 : copy_length - 2) & 255;
              dist_htree_index = dist_context_map[dist_context_map_slice + context];
              distance_code = ReadSymbol(hgroup[2].codes, hgroup[2].htrees[dist_htree_index], br);
              if (distance_code >= num_direct_distance_codes) {
                var nbits;
                var postfix;
                var offset;
                distance_code -= num_direct_distance_codes;
                postfix = distance_code & distance_postfix_mask;
                distance_code >>= distance_postfix_bits;
                nbits = (distance_code >> 1) + 1;
                offset = (2 + (distance_code & 1) << nbits) - 4;
                distance_code = num_direct_distance_codes + (offset + br.readBits(nbits) << distance_postfix_bits) + postfix;
              }
            }
            distance = TranslateShortCodes(distance_code, dist_rb, dist_rb_idx);
            if (distance < 0) {
              throw new Error("[BrotliDecompress] invalid distance");
            }
            if (pos < max_backward_distance && max_distance !== max_backward_distance) {
              max_distance = pos;
            } else {
              max_distance = max_backward_distance;
            }
            copy_dst = pos & ringbuffer_mask;
            if (distance > max_distance) {
              if (copy_length >= BrotliDictionary.minDictionaryWordLength && copy_length <= BrotliDictionary.maxDictionaryWordLength) {
                var offset = BrotliDictionary.offsetsByLength[copy_length];
                var word_id = distance - max_distance - 1;
                var shift = BrotliDictionary.sizeBitsByLength[copy_length];
                var mask = (1 << shift) - 1;
                var word_idx = word_id & mask;
                var transform_idx = word_id >> shift;
                offset += word_idx * copy_length;
                if (transform_idx < Transform.kNumTransforms) {
                  var len = Transform.transformDictionaryWord(ringbuffer, copy_dst, offset, copy_length, transform_idx);
                  copy_dst += len;
                  pos += len;
                  meta_block_remaining_len -= len;
                  if (copy_dst >= ringbuffer_end) {
                    output.write(ringbuffer, ringbuffer_size);
                    for (var _x = 0; _x < copy_dst - ringbuffer_end; _x++)
                      ringbuffer[_x] = ringbuffer[ringbuffer_end + _x];
                  }
                } else {
                  throw new Error("Invalid backward reference. pos: " + pos + " distance: " + distance + " len: " + copy_length + " bytes left: " + meta_block_remaining_len);
                }
              } else {
                throw new Error("Invalid backward reference. pos: " + pos + " distance: " + distance + " len: " + copy_length + " bytes left: " + meta_block_remaining_len);
              }
            } else {
              if (distance_code > 0) {
                dist_rb[dist_rb_idx & 3] = distance;
                ++dist_rb_idx;
              }
              if (copy_length > meta_block_remaining_len) {
                throw new Error("Invalid backward reference. pos: " + pos + " distance: " + distance + " len: " + copy_length + " bytes left: " + meta_block_remaining_len);
              }
              for (j = 0; j < copy_length; ++j) {
                ringbuffer[pos & ringbuffer_mask] = ringbuffer[pos - distance & ringbuffer_mask];
                if ((pos & ringbuffer_mask) === ringbuffer_mask) {
                  output.write(ringbuffer, ringbuffer_size);
                }
                ++pos;
                --meta_block_remaining_len;
              }
            }
            prev_byte1 = ringbuffer[pos - 1 & ringbuffer_mask];
            prev_byte2 = ringbuffer[pos - 2 & ringbuffer_mask];
          }
          pos &= 1073741823;
        }
        output.write(ringbuffer, pos & ringbuffer_mask);
      }
      exports.BrotliDecompress = BrotliDecompress;
      BrotliDictionary.init();
    }
  });

  // node_modules/brotli/decompress.js
  var require_decompress = __commonJS({
    "node_modules/brotli/decompress.js"(exports, module) {
      "use strict";
      module.exports = require_decode().BrotliDecompressBuffer;
    }
  });

  // src/index.js
  var src_exports = {};
  __export(src_exports, {
    create: () => create,
    default: () => src_default,
    defaultLanguage: () => defaultLanguage,
    logErrors: () => logErrors,
    registerFormat: () => registerFormat,
    setDefaultLanguage: () => setDefaultLanguage
  });

  // node_modules/restructure/src/DecodeStream.js
  var ENCODING_MAPPING = {
    utf16le: "utf-16le",
    ucs2: "utf-16le",
    utf16be: "utf-16be"
  };
  var DecodeStream = class {
    constructor(buffer) {
      this.buffer = buffer;
      this.view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
      this.pos = 0;
      this.length = this.buffer.length;
    }
    readString(length, encoding = "ascii") {
      encoding = ENCODING_MAPPING[encoding] || encoding;
      let buf = this.readBuffer(length);
      try {
        let decoder = new TextDecoder(encoding);
        return decoder.decode(buf);
      } catch (err2) {
        return buf;
      }
    }
    readBuffer(length) {
      return this.buffer.slice(this.pos, this.pos += length);
    }
    readUInt24BE() {
      return (this.readUInt16BE() << 8) + this.readUInt8();
    }
    readUInt24LE() {
      return this.readUInt16LE() + (this.readUInt8() << 16);
    }
    readInt24BE() {
      return (this.readInt16BE() << 8) + this.readUInt8();
    }
    readInt24LE() {
      return this.readUInt16LE() + (this.readInt8() << 16);
    }
  };
  DecodeStream.TYPES = {
    UInt8: 1,
    UInt16: 2,
    UInt24: 3,
    UInt32: 4,
    Int8: 1,
    Int16: 2,
    Int24: 3,
    Int32: 4,
    Float: 4,
    Double: 8
  };
  for (let key of Object.getOwnPropertyNames(DataView.prototype)) {
    if (key.slice(0, 3) === "get") {
      let type = key.slice(3).replace("Ui", "UI");
      if (type === "Float32") {
        type = "Float";
      } else if (type === "Float64") {
        type = "Double";
      }
      let bytes = DecodeStream.TYPES[type];
      DecodeStream.prototype["read" + type + (bytes === 1 ? "" : "BE")] = function() {
        const ret = this.view[key](this.pos, false);
        this.pos += bytes;
        return ret;
      };
      if (bytes !== 1) {
        DecodeStream.prototype["read" + type + "LE"] = function() {
          const ret = this.view[key](this.pos, true);
          this.pos += bytes;
          return ret;
        };
      }
    }
  }

  // node_modules/restructure/src/EncodeStream.js
  var textEncoder = new TextEncoder();
  var isBigEndian = new Uint8Array(new Uint16Array([4660]).buffer)[0] == 18;
  var EncodeStream = class {
    constructor(buffer) {
      this.buffer = buffer;
      this.view = new DataView(this.buffer.buffer, this.buffer.byteOffset, this.buffer.byteLength);
      this.pos = 0;
    }
    writeBuffer(buffer) {
      this.buffer.set(buffer, this.pos);
      this.pos += buffer.length;
    }
    writeString(string, encoding = "ascii") {
      let buf;
      switch (encoding) {
        case "utf16le":
        case "utf16-le":
        case "ucs2":
          buf = stringToUtf16(string, isBigEndian);
          break;
        case "utf16be":
        case "utf16-be":
          buf = stringToUtf16(string, !isBigEndian);
          break;
        case "utf8":
          buf = textEncoder.encode(string);
          break;
        case "ascii":
          buf = stringToAscii(string);
          break;
        default:
          throw new Error(`Unsupported encoding: ${encoding}`);
      }
      this.writeBuffer(buf);
    }
    writeUInt24BE(val) {
      this.buffer[this.pos++] = val >>> 16 & 255;
      this.buffer[this.pos++] = val >>> 8 & 255;
      this.buffer[this.pos++] = val & 255;
    }
    writeUInt24LE(val) {
      this.buffer[this.pos++] = val & 255;
      this.buffer[this.pos++] = val >>> 8 & 255;
      this.buffer[this.pos++] = val >>> 16 & 255;
    }
    writeInt24BE(val) {
      if (val >= 0) {
        this.writeUInt24BE(val);
      } else {
        this.writeUInt24BE(val + 16777215 + 1);
      }
    }
    writeInt24LE(val) {
      if (val >= 0) {
        this.writeUInt24LE(val);
      } else {
        this.writeUInt24LE(val + 16777215 + 1);
      }
    }
    fill(val, length) {
      if (length < this.buffer.length) {
        this.buffer.fill(val, this.pos, this.pos + length);
        this.pos += length;
      } else {
        const buf = new Uint8Array(length);
        buf.fill(val);
        this.writeBuffer(buf);
      }
    }
  };
  function stringToUtf16(string, swap3) {
    let buf = new Uint16Array(string.length);
    for (let i = 0; i < string.length; i++) {
      let code = string.charCodeAt(i);
      if (swap3) {
        code = code >> 8 | (code & 255) << 8;
      }
      buf[i] = code;
    }
    return new Uint8Array(buf.buffer);
  }
  function stringToAscii(string) {
    let buf = new Uint8Array(string.length);
    for (let i = 0; i < string.length; i++) {
      buf[i] = string.charCodeAt(i);
    }
    return buf;
  }
  for (let key of Object.getOwnPropertyNames(DataView.prototype)) {
    if (key.slice(0, 3) === "set") {
      let type = key.slice(3).replace("Ui", "UI");
      if (type === "Float32") {
        type = "Float";
      } else if (type === "Float64") {
        type = "Double";
      }
      let bytes = DecodeStream.TYPES[type];
      EncodeStream.prototype["write" + type + (bytes === 1 ? "" : "BE")] = function(value) {
        this.view[key](this.pos, value, false);
        this.pos += bytes;
      };
      if (bytes !== 1) {
        EncodeStream.prototype["write" + type + "LE"] = function(value) {
          this.view[key](this.pos, value, true);
          this.pos += bytes;
        };
      }
    }
  }

  // node_modules/restructure/src/Base.js
  var Base = class {
    fromBuffer(buffer) {
      let stream = new DecodeStream(buffer);
      return this.decode(stream);
    }
    toBuffer(value) {
      let size = this.size(value);
      let buffer = new Uint8Array(size);
      let stream = new EncodeStream(buffer);
      this.encode(stream, value);
      return buffer;
    }
  };

  // node_modules/restructure/src/Number.js
  var NumberT = class extends Base {
    constructor(type, endian = "BE") {
      super();
      this.type = type;
      this.endian = endian;
      this.fn = this.type;
      if (this.type[this.type.length - 1] !== "8") {
        this.fn += this.endian;
      }
    }
    size() {
      return DecodeStream.TYPES[this.type];
    }
    decode(stream) {
      return stream[`read${this.fn}`]();
    }
    encode(stream, val) {
      return stream[`write${this.fn}`](val);
    }
  };
  var uint8 = new NumberT("UInt8");
  var uint16be = new NumberT("UInt16", "BE");
  var uint16 = uint16be;
  var uint16le = new NumberT("UInt16", "LE");
  var uint24be = new NumberT("UInt24", "BE");
  var uint24 = uint24be;
  var uint24le = new NumberT("UInt24", "LE");
  var uint32be = new NumberT("UInt32", "BE");
  var uint32 = uint32be;
  var uint32le = new NumberT("UInt32", "LE");
  var int8 = new NumberT("Int8");
  var int16be = new NumberT("Int16", "BE");
  var int16 = int16be;
  var int16le = new NumberT("Int16", "LE");
  var int24be = new NumberT("Int24", "BE");
  var int24le = new NumberT("Int24", "LE");
  var int32be = new NumberT("Int32", "BE");
  var int32 = int32be;
  var int32le = new NumberT("Int32", "LE");
  var floatbe = new NumberT("Float", "BE");
  var floatle = new NumberT("Float", "LE");
  var doublebe = new NumberT("Double", "BE");
  var doublele = new NumberT("Double", "LE");
  var Fixed = class extends NumberT {
    constructor(size, endian, fracBits = size >> 1) {
      super(`Int${size}`, endian);
      this._point = 1 << fracBits;
    }
    decode(stream) {
      return super.decode(stream) / this._point;
    }
    encode(stream, val) {
      return super.encode(stream, val * this._point | 0);
    }
  };
  var fixed16be = new Fixed(16, "BE");
  var fixed16 = fixed16be;
  var fixed16le = new Fixed(16, "LE");
  var fixed32be = new Fixed(32, "BE");
  var fixed32 = fixed32be;
  var fixed32le = new Fixed(32, "LE");

  // node_modules/restructure/src/utils.js
  function resolveLength(length, stream, parent) {
    let res;
    if (typeof length === "number") {
      res = length;
    } else if (typeof length === "function") {
      res = length.call(parent, parent);
    } else if (parent && typeof length === "string") {
      res = parent[length];
    } else if (stream && length instanceof NumberT) {
      res = length.decode(stream);
    }
    if (isNaN(res)) {
      throw new Error("Not a fixed size");
    }
    return res;
  }
  var PropertyDescriptor = class {
    constructor(opts = {}) {
      this.enumerable = true;
      this.configurable = true;
      for (let key in opts) {
        const val = opts[key];
        this[key] = val;
      }
    }
  };

  // node_modules/restructure/src/Array.js
  var ArrayT = class extends Base {
    constructor(type, length, lengthType = "count") {
      super();
      this.type = type;
      this.length = length;
      this.lengthType = lengthType;
    }
    decode(stream, parent) {
      let length;
      const { pos } = stream;
      const res = [];
      let ctx = parent;
      if (this.length != null) {
        length = resolveLength(this.length, stream, parent);
      }
      if (this.length instanceof NumberT) {
        Object.defineProperties(res, {
          parent: { value: parent },
          _startOffset: { value: pos },
          _currentOffset: { value: 0, writable: true },
          _length: { value: length }
        });
        ctx = res;
      }
      if (length == null || this.lengthType === "bytes") {
        const target = length != null ? stream.pos + length : (parent != null ? parent._length : void 0) ? parent._startOffset + parent._length : stream.length;
        while (stream.pos < target) {
          res.push(this.type.decode(stream, ctx));
        }
      } else {
        for (let i = 0, end = length; i < end; i++) {
          res.push(this.type.decode(stream, ctx));
        }
      }
      return res;
    }
    size(array, ctx, includePointers = true) {
      if (!array) {
        return this.type.size(null, ctx) * resolveLength(this.length, null, ctx);
      }
      let size = 0;
      if (this.length instanceof NumberT) {
        size += this.length.size();
        ctx = { parent: ctx, pointerSize: 0 };
      }
      for (let item of array) {
        size += this.type.size(item, ctx);
      }
      if (ctx && includePointers && this.length instanceof NumberT) {
        size += ctx.pointerSize;
      }
      return size;
    }
    encode(stream, array, parent) {
      let ctx = parent;
      if (this.length instanceof NumberT) {
        ctx = {
          pointers: [],
          startOffset: stream.pos,
          parent
        };
        ctx.pointerOffset = stream.pos + this.size(array, ctx, false);
        this.length.encode(stream, array.length);
      }
      for (let item of array) {
        this.type.encode(stream, item, ctx);
      }
      if (this.length instanceof NumberT) {
        let i = 0;
        while (i < ctx.pointers.length) {
          const ptr2 = ctx.pointers[i++];
          ptr2.type.encode(stream, ptr2.val, ptr2.parent);
        }
      }
    }
  };

  // node_modules/restructure/src/LazyArray.js
  var LazyArray = class extends ArrayT {
    decode(stream, parent) {
      const { pos } = stream;
      const length = resolveLength(this.length, stream, parent);
      if (this.length instanceof NumberT) {
        parent = {
          parent,
          _startOffset: pos,
          _currentOffset: 0,
          _length: length
        };
      }
      const res = new LazyArrayValue(this.type, length, stream, parent);
      stream.pos += length * this.type.size(null, parent);
      return res;
    }
    size(val, ctx) {
      if (val instanceof LazyArrayValue) {
        val = val.toArray();
      }
      return super.size(val, ctx);
    }
    encode(stream, val, ctx) {
      if (val instanceof LazyArrayValue) {
        val = val.toArray();
      }
      return super.encode(stream, val, ctx);
    }
  };
  var LazyArrayValue = class {
    constructor(type, length, stream, ctx) {
      this.type = type;
      this.length = length;
      this.stream = stream;
      this.ctx = ctx;
      this.base = this.stream.pos;
      this.items = [];
    }
    get(index) {
      if (index < 0 || index >= this.length) {
        return void 0;
      }
      if (this.items[index] == null) {
        const { pos } = this.stream;
        this.stream.pos = this.base + this.type.size(null, this.ctx) * index;
        this.items[index] = this.type.decode(this.stream, this.ctx);
        this.stream.pos = pos;
      }
      return this.items[index];
    }
    toArray() {
      const result = [];
      for (let i = 0, end = this.length; i < end; i++) {
        result.push(this.get(i));
      }
      return result;
    }
  };

  // node_modules/restructure/src/Bitfield.js
  var Bitfield = class extends Base {
    constructor(type, flags = []) {
      super();
      this.type = type;
      this.flags = flags;
    }
    decode(stream) {
      const val = this.type.decode(stream);
      const res = {};
      for (let i = 0; i < this.flags.length; i++) {
        const flag = this.flags[i];
        if (flag != null) {
          res[flag] = !!(val & 1 << i);
        }
      }
      return res;
    }
    size() {
      return this.type.size();
    }
    encode(stream, keys) {
      let val = 0;
      for (let i = 0; i < this.flags.length; i++) {
        const flag = this.flags[i];
        if (flag != null) {
          if (keys[flag]) {
            val |= 1 << i;
          }
        }
      }
      return this.type.encode(stream, val);
    }
  };

  // node_modules/restructure/src/Buffer.js
  var BufferT = class extends Base {
    constructor(length) {
      super();
      this.length = length;
    }
    decode(stream, parent) {
      const length = resolveLength(this.length, stream, parent);
      return stream.readBuffer(length);
    }
    size(val, parent) {
      if (!val) {
        return resolveLength(this.length, null, parent);
      }
      let len = val.length;
      if (this.length instanceof NumberT) {
        len += this.length.size();
      }
      return len;
    }
    encode(stream, buf, parent) {
      if (this.length instanceof NumberT) {
        this.length.encode(stream, buf.length);
      }
      return stream.writeBuffer(buf);
    }
  };

  // node_modules/restructure/src/Optional.js
  var Optional = class extends Base {
    constructor(type, condition = true) {
      super();
      this.type = type;
      this.condition = condition;
    }
    decode(stream, parent) {
      let { condition } = this;
      if (typeof condition === "function") {
        condition = condition.call(parent, parent);
      }
      if (condition) {
        return this.type.decode(stream, parent);
      }
    }
    size(val, parent) {
      let { condition } = this;
      if (typeof condition === "function") {
        condition = condition.call(parent, parent);
      }
      if (condition) {
        return this.type.size(val, parent);
      } else {
        return 0;
      }
    }
    encode(stream, val, parent) {
      let { condition } = this;
      if (typeof condition === "function") {
        condition = condition.call(parent, parent);
      }
      if (condition) {
        return this.type.encode(stream, val, parent);
      }
    }
  };

  // node_modules/restructure/src/Reserved.js
  var Reserved = class extends Base {
    constructor(type, count = 1) {
      super();
      this.type = type;
      this.count = count;
    }
    decode(stream, parent) {
      stream.pos += this.size(null, parent);
      return void 0;
    }
    size(data, parent) {
      const count = resolveLength(this.count, null, parent);
      return this.type.size() * count;
    }
    encode(stream, val, parent) {
      return stream.fill(0, this.size(val, parent));
    }
  };

  // node_modules/restructure/src/String.js
  var StringT = class extends Base {
    constructor(length, encoding = "ascii") {
      super();
      this.length = length;
      this.encoding = encoding;
    }
    decode(stream, parent) {
      let length, pos;
      let { encoding } = this;
      if (typeof encoding === "function") {
        encoding = encoding.call(parent, parent) || "ascii";
      }
      let width = encodingWidth(encoding);
      if (this.length != null) {
        length = resolveLength(this.length, stream, parent);
      } else {
        let buffer;
        ({ buffer, length, pos } = stream);
        while (pos < length - width + 1 && (buffer[pos] !== 0 || width === 2 && buffer[pos + 1] !== 0)) {
          pos += width;
        }
        length = pos - stream.pos;
      }
      const string = stream.readString(length, encoding);
      if (this.length == null && stream.pos < stream.length) {
        stream.pos += width;
      }
      return string;
    }
    size(val, parent) {
      if (val === void 0 || val === null) {
        return resolveLength(this.length, null, parent);
      }
      let { encoding } = this;
      if (typeof encoding === "function") {
        encoding = encoding.call(parent != null ? parent.val : void 0, parent != null ? parent.val : void 0) || "ascii";
      }
      if (encoding === "utf16be") {
        encoding = "utf16le";
      }
      let size = byteLength(val, encoding);
      if (this.length instanceof NumberT) {
        size += this.length.size();
      }
      if (this.length == null) {
        size += encodingWidth(encoding);
      }
      return size;
    }
    encode(stream, val, parent) {
      let { encoding } = this;
      if (typeof encoding === "function") {
        encoding = encoding.call(parent != null ? parent.val : void 0, parent != null ? parent.val : void 0) || "ascii";
      }
      if (this.length instanceof NumberT) {
        this.length.encode(stream, byteLength(val, encoding));
      }
      stream.writeString(val, encoding);
      if (this.length == null) {
        return encodingWidth(encoding) == 2 ? stream.writeUInt16LE(0) : stream.writeUInt8(0);
      }
    }
  };
  function encodingWidth(encoding) {
    switch (encoding) {
      case "ascii":
      case "utf8":
        return 1;
      case "utf16le":
      case "utf16-le":
      case "utf-16be":
      case "utf-16le":
      case "utf16be":
      case "utf16-be":
      case "ucs2":
        return 2;
      default:
        return 1;
    }
  }
  function byteLength(string, encoding) {
    switch (encoding) {
      case "ascii":
        return string.length;
      case "utf8":
        let len = 0;
        for (let i = 0; i < string.length; i++) {
          let c = string.charCodeAt(i);
          if (c >= 55296 && c <= 56319 && i < string.length - 1) {
            let c2 = string.charCodeAt(++i);
            if ((c2 & 64512) === 56320) {
              c = ((c & 1023) << 10) + (c2 & 1023) + 65536;
            } else {
              i--;
            }
          }
          if ((c & 4294967168) === 0) {
            len++;
          } else if ((c & 4294965248) === 0) {
            len += 2;
          } else if ((c & 4294901760) === 0) {
            len += 3;
          } else if ((c & 4292870144) === 0) {
            len += 4;
          }
        }
        return len;
      case "utf16le":
      case "utf16-le":
      case "utf16be":
      case "utf16-be":
      case "ucs2":
        return string.length * 2;
      default:
        throw new Error("Unknown encoding " + encoding);
    }
  }

  // node_modules/restructure/src/Struct.js
  var Struct = class extends Base {
    constructor(fields = {}) {
      super();
      this.fields = fields;
    }
    decode(stream, parent, length = 0) {
      const res = this._setup(stream, parent, length);
      this._parseFields(stream, res, this.fields);
      if (this.process != null) {
        this.process.call(res, stream);
      }
      return res;
    }
    _setup(stream, parent, length) {
      const res = {};
      Object.defineProperties(res, {
        parent: { value: parent },
        _startOffset: { value: stream.pos },
        _currentOffset: { value: 0, writable: true },
        _length: { value: length }
      });
      return res;
    }
    _parseFields(stream, res, fields) {
      for (let key in fields) {
        var val;
        const type = fields[key];
        if (typeof type === "function") {
          val = type.call(res, res);
        } else {
          val = type.decode(stream, res);
        }
        if (val !== void 0) {
          if (val instanceof PropertyDescriptor) {
            Object.defineProperty(res, key, val);
          } else {
            res[key] = val;
          }
        }
        res._currentOffset = stream.pos - res._startOffset;
      }
    }
    size(val, parent, includePointers = true) {
      if (val == null) {
        val = {};
      }
      const ctx = {
        parent,
        val,
        pointerSize: 0
      };
      if (this.preEncode != null) {
        this.preEncode.call(val);
      }
      let size = 0;
      for (let key in this.fields) {
        const type = this.fields[key];
        if (type.size != null) {
          size += type.size(val[key], ctx);
        }
      }
      if (includePointers) {
        size += ctx.pointerSize;
      }
      return size;
    }
    encode(stream, val, parent) {
      let type;
      if (this.preEncode != null) {
        this.preEncode.call(val, stream);
      }
      const ctx = {
        pointers: [],
        startOffset: stream.pos,
        parent,
        val,
        pointerSize: 0
      };
      ctx.pointerOffset = stream.pos + this.size(val, ctx, false);
      for (let key in this.fields) {
        type = this.fields[key];
        if (type.encode != null) {
          type.encode(stream, val[key], ctx);
        }
      }
      let i = 0;
      while (i < ctx.pointers.length) {
        const ptr2 = ctx.pointers[i++];
        ptr2.type.encode(stream, ptr2.val, ptr2.parent);
      }
    }
  };

  // node_modules/restructure/src/VersionedStruct.js
  var getPath = (object, pathArray) => {
    return pathArray.reduce((prevObj, key) => prevObj && prevObj[key], object);
  };
  var VersionedStruct = class _VersionedStruct extends Struct {
    constructor(type, versions2 = {}) {
      super();
      this.type = type;
      this.versions = versions2;
      if (typeof type === "string") {
        this.versionPath = type.split(".");
      }
    }
    decode(stream, parent, length = 0) {
      const res = this._setup(stream, parent, length);
      if (typeof this.type === "string") {
        res.version = getPath(parent, this.versionPath);
      } else {
        res.version = this.type.decode(stream);
      }
      if (this.versions.header) {
        this._parseFields(stream, res, this.versions.header);
      }
      const fields = this.versions[res.version];
      if (fields == null) {
        throw new Error(`Unknown version ${res.version}`);
      }
      if (fields instanceof _VersionedStruct) {
        return fields.decode(stream, parent);
      }
      this._parseFields(stream, res, fields);
      if (this.process != null) {
        this.process.call(res, stream);
      }
      return res;
    }
    size(val, parent, includePointers = true) {
      let key, type;
      if (!val) {
        throw new Error("Not a fixed size");
      }
      if (this.preEncode != null) {
        this.preEncode.call(val);
      }
      const ctx = {
        parent,
        val,
        pointerSize: 0
      };
      let size = 0;
      if (typeof this.type !== "string") {
        size += this.type.size(val.version, ctx);
      }
      if (this.versions.header) {
        for (key in this.versions.header) {
          type = this.versions.header[key];
          if (type.size != null) {
            size += type.size(val[key], ctx);
          }
        }
      }
      const fields = this.versions[val.version];
      if (fields == null) {
        throw new Error(`Unknown version ${val.version}`);
      }
      for (key in fields) {
        type = fields[key];
        if (type.size != null) {
          size += type.size(val[key], ctx);
        }
      }
      if (includePointers) {
        size += ctx.pointerSize;
      }
      return size;
    }
    encode(stream, val, parent) {
      let key, type;
      if (this.preEncode != null) {
        this.preEncode.call(val, stream);
      }
      const ctx = {
        pointers: [],
        startOffset: stream.pos,
        parent,
        val,
        pointerSize: 0
      };
      ctx.pointerOffset = stream.pos + this.size(val, ctx, false);
      if (typeof this.type !== "string") {
        this.type.encode(stream, val.version);
      }
      if (this.versions.header) {
        for (key in this.versions.header) {
          type = this.versions.header[key];
          if (type.encode != null) {
            type.encode(stream, val[key], ctx);
          }
        }
      }
      const fields = this.versions[val.version];
      for (key in fields) {
        type = fields[key];
        if (type.encode != null) {
          type.encode(stream, val[key], ctx);
        }
      }
      let i = 0;
      while (i < ctx.pointers.length) {
        const ptr2 = ctx.pointers[i++];
        ptr2.type.encode(stream, ptr2.val, ptr2.parent);
      }
    }
  };

  // node_modules/restructure/src/Pointer.js
  var Pointer = class extends Base {
    constructor(offsetType, type, options = {}) {
      super();
      this.offsetType = offsetType;
      this.type = type;
      this.options = options;
      if (this.type === "void") {
        this.type = null;
      }
      if (this.options.type == null) {
        this.options.type = "local";
      }
      if (this.options.allowNull == null) {
        this.options.allowNull = true;
      }
      if (this.options.nullValue == null) {
        this.options.nullValue = 0;
      }
      if (this.options.lazy == null) {
        this.options.lazy = false;
      }
      if (this.options.relativeTo) {
        if (typeof this.options.relativeTo !== "function") {
          throw new Error("relativeTo option must be a function");
        }
        this.relativeToGetter = options.relativeTo;
      }
    }
    decode(stream, ctx) {
      const offset = this.offsetType.decode(stream, ctx);
      if (offset === this.options.nullValue && this.options.allowNull) {
        return null;
      }
      let relative;
      switch (this.options.type) {
        case "local":
          relative = ctx._startOffset;
          break;
        case "immediate":
          relative = stream.pos - this.offsetType.size();
          break;
        case "parent":
          relative = ctx.parent._startOffset;
          break;
        default:
          var c = ctx;
          while (c.parent) {
            c = c.parent;
          }
          relative = c._startOffset || 0;
      }
      if (this.options.relativeTo) {
        relative += this.relativeToGetter(ctx);
      }
      const ptr2 = offset + relative;
      if (this.type != null) {
        let val = null;
        const decodeValue = () => {
          if (val != null) {
            return val;
          }
          const { pos } = stream;
          stream.pos = ptr2;
          val = this.type.decode(stream, ctx);
          stream.pos = pos;
          return val;
        };
        if (this.options.lazy) {
          return new PropertyDescriptor({
            get: decodeValue
          });
        }
        return decodeValue();
      } else {
        return ptr2;
      }
    }
    size(val, ctx) {
      const parent = ctx;
      switch (this.options.type) {
        case "local":
        case "immediate":
          break;
        case "parent":
          ctx = ctx.parent;
          break;
        default:
          while (ctx.parent) {
            ctx = ctx.parent;
          }
      }
      let { type } = this;
      if (type == null) {
        if (!(val instanceof VoidPointer)) {
          throw new Error("Must be a VoidPointer");
        }
        ({ type } = val);
        val = val.value;
      }
      if (val && ctx) {
        let size = type.size(val, parent);
        ctx.pointerSize += size;
      }
      return this.offsetType.size();
    }
    encode(stream, val, ctx) {
      let relative;
      const parent = ctx;
      if (val == null) {
        this.offsetType.encode(stream, this.options.nullValue);
        return;
      }
      switch (this.options.type) {
        case "local":
          relative = ctx.startOffset;
          break;
        case "immediate":
          relative = stream.pos + this.offsetType.size(val, parent);
          break;
        case "parent":
          ctx = ctx.parent;
          relative = ctx.startOffset;
          break;
        default:
          relative = 0;
          while (ctx.parent) {
            ctx = ctx.parent;
          }
      }
      if (this.options.relativeTo) {
        relative += this.relativeToGetter(parent.val);
      }
      this.offsetType.encode(stream, ctx.pointerOffset - relative);
      let { type } = this;
      if (type == null) {
        if (!(val instanceof VoidPointer)) {
          throw new Error("Must be a VoidPointer");
        }
        ({ type } = val);
        val = val.value;
      }
      ctx.pointers.push({
        type,
        val,
        parent
      });
      return ctx.pointerOffset += type.size(val, parent);
    }
  };
  var VoidPointer = class {
    constructor(type, value) {
      this.type = type;
      this.value = value;
    }
  };

  // src/base.js
  var logErrors = false;
  var formats = [];
  function registerFormat(format) {
    formats.push(format);
  }
  function create(buffer, postscriptName) {
    for (let i = 0; i < formats.length; i++) {
      let format = formats[i];
      if (format.probe(buffer)) {
        let font = new format(new DecodeStream(buffer));
        if (postscriptName) {
          return font.getFont(postscriptName);
        }
        return font;
      }
    }
    throw new Error("Unknown font format");
  }
  var defaultLanguage = "en";
  function setDefaultLanguage(lang = "en") {
    defaultLanguage = lang;
  }
  var fontkit = {
    get logErrors() {
      return logErrors;
    },
    set logErrors(value) {
      logErrors = value;
    },
    get defaultLanguage() {
      return defaultLanguage;
    },
    set defaultLanguage(value) {
      defaultLanguage = value;
    },
    registerFormat,
    create,
    setDefaultLanguage
  };
  var base_default = fontkit;

  // src/decorators.js
  var store = /* @__PURE__ */ new WeakMap();
  function cacheMap(instance) {
    let map = store.get(instance);
    if (!map) {
      map = /* @__PURE__ */ new Map();
      store.set(instance, map);
    }
    return map;
  }
  function defineCached(proto, keys) {
    for (let key of keys) {
      let desc = Object.getOwnPropertyDescriptor(proto, key);
      if (!desc) {
        throw new Error(`defineCached: missing property "${key}"`);
      }
      if (desc.get) {
        let compute = desc.get;
        Object.defineProperty(proto, key, {
          configurable: true,
          enumerable: false,
          get() {
            let map = cacheMap(this);
            if (!map.has(key)) {
              map.set(key, compute.call(this));
            }
            return map.get(key);
          }
        });
        continue;
      }
      if (typeof desc.value === "function") {
        let fn = desc.value;
        Object.defineProperty(proto, key, {
          configurable: true,
          enumerable: false,
          writable: true,
          /**
           * @param {...unknown} args
           * @returns {unknown}
           */
          value: function(...args) {
            let map = cacheMap(this);
            let methodCache = (
              /** @type {Map<unknown, unknown> | undefined} */
              map.get(key)
            );
            if (!methodCache) {
              methodCache = /* @__PURE__ */ new Map();
              map.set(key, methodCache);
            }
            let cacheKey = args.length > 0 ? args[0] : "value";
            if (methodCache.has(cacheKey)) {
              return methodCache.get(cacheKey);
            }
            let result = fn.apply(this, args);
            methodCache.set(cacheKey, result);
            return result;
          }
        });
        continue;
      }
      throw new Error(`defineCached: "${key}" must be a getter or method`);
    }
  }

  // src/tables/cmap.js
  var SubHeader = new Struct({
    firstCode: uint16,
    entryCount: uint16,
    idDelta: int16,
    idRangeOffset: uint16
  });
  var CmapGroup = new Struct({
    startCharCode: uint32,
    endCharCode: uint32,
    glyphID: uint32
  });
  var UnicodeValueRange = new Struct({
    startUnicodeValue: uint24,
    additionalCount: uint8
  });
  var UVSMapping = new Struct({
    unicodeValue: uint24,
    glyphID: uint16
  });
  var DefaultUVS = new ArrayT(UnicodeValueRange, uint32);
  var NonDefaultUVS = new ArrayT(UVSMapping, uint32);
  var VarSelectorRecord = new Struct({
    varSelector: uint24,
    defaultUVS: new Pointer(uint32, DefaultUVS, { type: "parent" }),
    nonDefaultUVS: new Pointer(uint32, NonDefaultUVS, { type: "parent" })
  });
  var CmapSubtable = new VersionedStruct(uint16, {
    0: {
      // Byte encoding
      length: uint16,
      // Total table length in bytes (set to 262 for format 0)
      language: uint16,
      // Language code for this encoding subtable, or zero if language-independent
      codeMap: new LazyArray(uint8, 256)
    },
    2: {
      // High-byte mapping (CJK)
      length: uint16,
      language: uint16,
      subHeaderKeys: new ArrayT(uint16, 256),
      /**
       * Keys store subHeaderIndex * 8; count is max index + 1.
       * @param {StructValue} t
       * @returns {number}
       */
      subHeaderCount: (t) => Math.max.apply(
        Math,
        /** @type {number[]} */
        t.subHeaderKeys
      ) / 8 + 1,
      subHeaders: new LazyArray(SubHeader, "subHeaderCount"),
      glyphIndexArray: new LazyArray(
        uint16,
        /** @param {StructValue} t @returns {number} */
        (t) => (
          /** @type {number} */
          (t.length - /** @type {number} */
          t._currentOffset) / 2
        )
      )
    },
    4: {
      // Segment mapping to delta values
      length: uint16,
      // Total table length in bytes
      language: uint16,
      // Language code
      segCountX2: uint16,
      /**
       * @param {StructValue} t
       * @returns {number}
       */
      segCount: (t) => (
        /** @type {number} */
        t.segCountX2 >> 1
      ),
      searchRange: uint16,
      entrySelector: uint16,
      rangeShift: uint16,
      endCode: new LazyArray(uint16, "segCount"),
      reservedPad: new Reserved(uint16),
      // This value should be zero
      startCode: new LazyArray(uint16, "segCount"),
      idDelta: new LazyArray(int16, "segCount"),
      idRangeOffset: new LazyArray(uint16, "segCount"),
      glyphIndexArray: new LazyArray(
        uint16,
        /** @param {StructValue} t @returns {number} */
        (t) => (
          /** @type {number} */
          (t.length - /** @type {number} */
          t._currentOffset) / 2
        )
      )
    },
    6: {
      // Trimmed table
      length: uint16,
      language: uint16,
      firstCode: uint16,
      entryCount: uint16,
      glyphIndices: new LazyArray(uint16, "entryCount")
    },
    8: {
      // mixed 16-bit and 32-bit coverage
      reserved: new Reserved(uint16),
      length: uint32,
      language: uint16,
      is32: new LazyArray(uint8, 8192),
      nGroups: uint32,
      groups: new LazyArray(CmapGroup, "nGroups")
    },
    10: {
      // Trimmed Array
      reserved: new Reserved(uint16),
      length: uint32,
      language: uint32,
      firstCode: uint32,
      entryCount: uint32,
      // OpenType name: numChars
      glyphIndices: new LazyArray(uint16, "entryCount")
    },
    12: {
      // Segmented coverage
      reserved: new Reserved(uint16),
      length: uint32,
      language: uint32,
      nGroups: uint32,
      groups: new LazyArray(CmapGroup, "nGroups")
    },
    13: {
      // Many-to-one range mappings (same as 12 except for group.startGlyphID)
      reserved: new Reserved(uint16),
      length: uint32,
      language: uint32,
      nGroups: uint32,
      groups: new LazyArray(CmapGroup, "nGroups")
    },
    14: {
      // Unicode Variation Sequences
      length: uint32,
      numRecords: uint32,
      varSelectors: new LazyArray(VarSelectorRecord, "numRecords")
    }
  });
  var CmapEntry = new Struct({
    platformID: uint16,
    // Platform identifier
    encodingID: uint16,
    // Platform-specific encoding identifier
    table: new Pointer(uint32, CmapSubtable, { type: "parent", lazy: true })
  });
  var cmap_default = new Struct({
    version: uint16,
    numSubtables: uint16,
    tables: new ArrayT(CmapEntry, "numSubtables")
  });

  // src/tables/head.js
  var head_default = new Struct({
    version: int32,
    // 0x00010000 (version 1.0)
    revision: int32,
    // set by font manufacturer
    checkSumAdjustment: uint32,
    magicNumber: uint32,
    // set to 0x5F0F3CF5
    flags: uint16,
    unitsPerEm: uint16,
    // range from 64 to 16384
    created: new ArrayT(int32, 2),
    modified: new ArrayT(int32, 2),
    xMin: int16,
    // for all glyph bounding boxes
    yMin: int16,
    // for all glyph bounding boxes
    xMax: int16,
    // for all glyph bounding boxes
    yMax: int16,
    // for all glyph bounding boxes
    macStyle: new Bitfield(uint16, [
      "bold",
      "italic",
      "underline",
      "outline",
      "shadow",
      "condensed",
      "extended"
    ]),
    lowestRecPPEM: uint16,
    // smallest readable size in pixels
    fontDirectionHint: int16,
    indexToLocFormat: int16,
    // 0 for short offsets, 1 for long
    glyphDataFormat: int16
    // 0 for current format
  });

  // src/tables/hhea.js
  var hhea_default = new Struct({
    version: int32,
    ascent: int16,
    // Distance from baseline of highest ascender
    descent: int16,
    // Distance from baseline of lowest descender
    lineGap: int16,
    // Typographic line gap
    advanceWidthMax: uint16,
    // Maximum advance width value in 'hmtx' table
    minLeftSideBearing: int16,
    // Maximum advance width value in 'hmtx' table
    minRightSideBearing: int16,
    // Minimum right sidebearing value
    xMaxExtent: int16,
    caretSlopeRise: int16,
    // Used to calculate the slope of the cursor (rise/run); 1 for vertical
    caretSlopeRun: int16,
    // 0 for vertical
    caretOffset: int16,
    // Set to 0 for non-slanted fonts
    reserved: new Reserved(int16, 4),
    metricDataFormat: int16,
    // 0 for current format
    numberOfMetrics: uint16
    // Number of advance widths in 'hmtx' table
  });

  // src/tables/hmtx.js
  var HmtxEntry = new Struct({
    advance: uint16,
    bearing: int16
  });
  var hmtx_default = new Struct({
    metrics: new LazyArray(
      HmtxEntry,
      /** @param {StructValue} t @returns {number} */
      (t) => (
        /** @type {number} */
        /** @type {StructValue} */
        /** @type {StructValue} */
        t.parent.hhea.numberOfMetrics
      )
    ),
    bearings: new LazyArray(
      int16,
      /** @param {StructValue} t @returns {number} */
      (t) => {
        let parent = (
          /** @type {StructValue} */
          t.parent
        );
        let maxp = (
          /** @type {StructValue} */
          parent.maxp
        );
        let hhea = (
          /** @type {StructValue} */
          parent.hhea
        );
        return (
          /** @type {number} */
          maxp.numGlyphs - /** @type {number} */
          hhea.numberOfMetrics
        );
      }
    )
  });

  // src/tables/maxp.js
  var maxp_default = new Struct({
    version: int32,
    numGlyphs: uint16,
    // The number of glyphs in the font
    maxPoints: uint16,
    // Maximum points in a non-composite glyph
    maxContours: uint16,
    // Maximum contours in a non-composite glyph
    maxComponentPoints: uint16,
    // Maximum points in a composite glyph
    maxComponentContours: uint16,
    // Maximum contours in a composite glyph
    maxZones: uint16,
    // 1 if instructions do not use the twilight zone, 2 otherwise
    maxTwilightPoints: uint16,
    // Maximum points used in Z0
    maxStorage: uint16,
    // Number of Storage Area locations
    maxFunctionDefs: uint16,
    // Number of FDEFs
    maxInstructionDefs: uint16,
    // Number of IDEFs
    maxStackElements: uint16,
    // Maximum stack depth
    maxSizeOfInstructions: uint16,
    // Maximum byte count for glyph instructions
    maxComponentElements: uint16,
    // Maximum number of components referenced at “top level” for any composite glyph
    maxComponentDepth: uint16
    // Maximum levels of recursion; 1 for simple components
  });

  // src/encodings.js
  function getEncoding(platformID, encodingID, languageID = 0) {
    if (platformID === 1 && MAC_LANGUAGE_ENCODINGS[languageID]) {
      return MAC_LANGUAGE_ENCODINGS[languageID];
    }
    return ENCODINGS[platformID][encodingID];
  }
  var SINGLE_BYTE_ENCODINGS = /* @__PURE__ */ new Set(["x-mac-roman", "x-mac-cyrillic", "iso-8859-6", "iso-8859-8"]);
  var MAC_ENCODINGS = {
    "x-mac-croatian": "\xC4\xC5\xC7\xC9\xD1\xD6\xDC\xE1\xE0\xE2\xE4\xE3\xE5\xE7\xE9\xE8\xEA\xEB\xED\xEC\xEE\xEF\xF1\xF3\xF2\xF4\xF6\xF5\xFA\xF9\xFB\xFC\u2020\xB0\xA2\xA3\xA7\u2022\xB6\xDF\xAE\u0160\u2122\xB4\xA8\u2260\u017D\xD8\u221E\xB1\u2264\u2265\u2206\xB5\u2202\u2211\u220F\u0161\u222B\xAA\xBA\u03A9\u017E\xF8\xBF\xA1\xAC\u221A\u0192\u2248\u0106\xAB\u010C\u2026 \xC0\xC3\xD5\u0152\u0153\u0110\u2014\u201C\u201D\u2018\u2019\xF7\u25CA\uF8FF\xA9\u2044\u20AC\u2039\u203A\xC6\xBB\u2013\xB7\u201A\u201E\u2030\xC2\u0107\xC1\u010D\xC8\xCD\xCE\xCF\xCC\xD3\xD4\u0111\xD2\xDA\xDB\xD9\u0131\u02C6\u02DC\xAF\u03C0\xCB\u02DA\xB8\xCA\xE6\u02C7",
    "x-mac-gaelic": "\xC4\xC5\xC7\xC9\xD1\xD6\xDC\xE1\xE0\xE2\xE4\xE3\xE5\xE7\xE9\xE8\xEA\xEB\xED\xEC\xEE\xEF\xF1\xF3\xF2\xF4\xF6\xF5\xFA\xF9\xFB\xFC\u2020\xB0\xA2\xA3\xA7\u2022\xB6\xDF\xAE\xA9\u2122\xB4\xA8\u2260\xC6\xD8\u1E02\xB1\u2264\u2265\u1E03\u010A\u010B\u1E0A\u1E0B\u1E1E\u1E1F\u0120\u0121\u1E40\xE6\xF8\u1E41\u1E56\u1E57\u027C\u0192\u017F\u1E60\xAB\xBB\u2026 \xC0\xC3\xD5\u0152\u0153\u2013\u2014\u201C\u201D\u2018\u2019\u1E61\u1E9B\xFF\u0178\u1E6A\u20AC\u2039\u203A\u0176\u0177\u1E6B\xB7\u1EF2\u1EF3\u204A\xC2\xCA\xC1\xCB\xC8\xCD\xCE\xCF\xCC\xD3\xD4\u2663\xD2\xDA\xDB\xD9\u0131\xDD\xFD\u0174\u0175\u1E84\u1E85\u1E80\u1E81\u1E82\u1E83",
    "x-mac-greek": "\xC4\xB9\xB2\xC9\xB3\xD6\xDC\u0385\xE0\xE2\xE4\u0384\xA8\xE7\xE9\xE8\xEA\xEB\xA3\u2122\xEE\xEF\u2022\xBD\u2030\xF4\xF6\xA6\u20AC\xF9\xFB\xFC\u2020\u0393\u0394\u0398\u039B\u039E\u03A0\xDF\xAE\xA9\u03A3\u03AA\xA7\u2260\xB0\xB7\u0391\xB1\u2264\u2265\xA5\u0392\u0395\u0396\u0397\u0399\u039A\u039C\u03A6\u03AB\u03A8\u03A9\u03AC\u039D\xAC\u039F\u03A1\u2248\u03A4\xAB\xBB\u2026 \u03A5\u03A7\u0386\u0388\u0153\u2013\u2015\u201C\u201D\u2018\u2019\xF7\u0389\u038A\u038C\u038E\u03AD\u03AE\u03AF\u03CC\u038F\u03CD\u03B1\u03B2\u03C8\u03B4\u03B5\u03C6\u03B3\u03B7\u03B9\u03BE\u03BA\u03BB\u03BC\u03BD\u03BF\u03C0\u03CE\u03C1\u03C3\u03C4\u03B8\u03C9\u03C2\u03C7\u03C5\u03B6\u03CA\u03CB\u0390\u03B0\xAD",
    "x-mac-icelandic": "\xC4\xC5\xC7\xC9\xD1\xD6\xDC\xE1\xE0\xE2\xE4\xE3\xE5\xE7\xE9\xE8\xEA\xEB\xED\xEC\xEE\xEF\xF1\xF3\xF2\xF4\xF6\xF5\xFA\xF9\xFB\xFC\xDD\xB0\xA2\xA3\xA7\u2022\xB6\xDF\xAE\xA9\u2122\xB4\xA8\u2260\xC6\xD8\u221E\xB1\u2264\u2265\xA5\xB5\u2202\u2211\u220F\u03C0\u222B\xAA\xBA\u03A9\xE6\xF8\xBF\xA1\xAC\u221A\u0192\u2248\u2206\xAB\xBB\u2026 \xC0\xC3\xD5\u0152\u0153\u2013\u2014\u201C\u201D\u2018\u2019\xF7\u25CA\xFF\u0178\u2044\u20AC\xD0\xF0\xDE\xFE\xFD\xB7\u201A\u201E\u2030\xC2\xCA\xC1\xCB\xC8\xCD\xCE\xCF\xCC\xD3\xD4\uF8FF\xD2\xDA\xDB\xD9\u0131\u02C6\u02DC\xAF\u02D8\u02D9\u02DA\xB8\u02DD\u02DB\u02C7",
    "x-mac-inuit": "\u1403\u1404\u1405\u1406\u140A\u140B\u1431\u1432\u1433\u1434\u1438\u1439\u1449\u144E\u144F\u1450\u1451\u1455\u1456\u1466\u146D\u146E\u146F\u1470\u1472\u1473\u1483\u148B\u148C\u148D\u148E\u1490\u1491\xB0\u14A1\u14A5\u14A6\u2022\xB6\u14A7\xAE\xA9\u2122\u14A8\u14AA\u14AB\u14BB\u14C2\u14C3\u14C4\u14C5\u14C7\u14C8\u14D0\u14EF\u14F0\u14F1\u14F2\u14F4\u14F5\u1505\u14D5\u14D6\u14D7\u14D8\u14DA\u14DB\u14EA\u1528\u1529\u152A\u152B\u152D\u2026 \u152E\u153E\u1555\u1556\u1557\u2013\u2014\u201C\u201D\u2018\u2019\u1558\u1559\u155A\u155D\u1546\u1547\u1548\u1549\u154B\u154C\u1550\u157F\u1580\u1581\u1582\u1583\u1584\u1585\u158F\u1590\u1591\u1592\u1593\u1594\u1595\u1671\u1672\u1673\u1674\u1675\u1676\u1596\u15A0\u15A1\u15A2\u15A3\u15A4\u15A5\u15A6\u157C\u0141\u0142",
    "x-mac-ce": "\xC4\u0100\u0101\xC9\u0104\xD6\xDC\xE1\u0105\u010C\xE4\u010D\u0106\u0107\xE9\u0179\u017A\u010E\xED\u010F\u0112\u0113\u0116\xF3\u0117\xF4\xF6\xF5\xFA\u011A\u011B\xFC\u2020\xB0\u0118\xA3\xA7\u2022\xB6\xDF\xAE\xA9\u2122\u0119\xA8\u2260\u0123\u012E\u012F\u012A\u2264\u2265\u012B\u0136\u2202\u2211\u0142\u013B\u013C\u013D\u013E\u0139\u013A\u0145\u0146\u0143\xAC\u221A\u0144\u0147\u2206\xAB\xBB\u2026 \u0148\u0150\xD5\u0151\u014C\u2013\u2014\u201C\u201D\u2018\u2019\xF7\u25CA\u014D\u0154\u0155\u0158\u2039\u203A\u0159\u0156\u0157\u0160\u201A\u201E\u0161\u015A\u015B\xC1\u0164\u0165\xCD\u017D\u017E\u016A\xD3\xD4\u016B\u016E\xDA\u016F\u0170\u0171\u0172\u0173\xDD\xFD\u0137\u017B\u0141\u017C\u0122\u02C7",
    "x-mac-romanian": "\xC4\xC5\xC7\xC9\xD1\xD6\xDC\xE1\xE0\xE2\xE4\xE3\xE5\xE7\xE9\xE8\xEA\xEB\xED\xEC\xEE\xEF\xF1\xF3\xF2\xF4\xF6\xF5\xFA\xF9\xFB\xFC\u2020\xB0\xA2\xA3\xA7\u2022\xB6\xDF\xAE\xA9\u2122\xB4\xA8\u2260\u0102\u0218\u221E\xB1\u2264\u2265\xA5\xB5\u2202\u2211\u220F\u03C0\u222B\xAA\xBA\u03A9\u0103\u0219\xBF\xA1\xAC\u221A\u0192\u2248\u2206\xAB\xBB\u2026 \xC0\xC3\xD5\u0152\u0153\u2013\u2014\u201C\u201D\u2018\u2019\xF7\u25CA\xFF\u0178\u2044\u20AC\u2039\u203A\u021A\u021B\u2021\xB7\u201A\u201E\u2030\xC2\xCA\xC1\xCB\xC8\xCD\xCE\xCF\xCC\xD3\xD4\uF8FF\xD2\xDA\xDB\xD9\u0131\u02C6\u02DC\xAF\u02D8\u02D9\u02DA\xB8\u02DD\u02DB\u02C7",
    "x-mac-turkish": "\xC4\xC5\xC7\xC9\xD1\xD6\xDC\xE1\xE0\xE2\xE4\xE3\xE5\xE7\xE9\xE8\xEA\xEB\xED\xEC\xEE\xEF\xF1\xF3\xF2\xF4\xF6\xF5\xFA\xF9\xFB\xFC\u2020\xB0\xA2\xA3\xA7\u2022\xB6\xDF\xAE\xA9\u2122\xB4\xA8\u2260\xC6\xD8\u221E\xB1\u2264\u2265\xA5\xB5\u2202\u2211\u220F\u03C0\u222B\xAA\xBA\u03A9\xE6\xF8\xBF\xA1\xAC\u221A\u0192\u2248\u2206\xAB\xBB\u2026 \xC0\xC3\xD5\u0152\u0153\u2013\u2014\u201C\u201D\u2018\u2019\xF7\u25CA\xFF\u0178\u011E\u011F\u0130\u0131\u015E\u015F\u2021\xB7\u201A\u201E\u2030\xC2\xCA\xC1\xCB\xC8\xCD\xCE\xCF\xCC\xD3\xD4\uF8FF\xD2\xDA\xDB\xD9\uF8A0\u02C6\u02DC\xAF\u02D8\u02D9\u02DA\xB8\u02DD\u02DB\u02C7"
  };
  var encodingCache = /* @__PURE__ */ new Map();
  function getEncodingMapping(encoding) {
    let cached = encodingCache.get(encoding);
    if (cached) {
      return cached;
    }
    let mapping = MAC_ENCODINGS[encoding];
    if (mapping) {
      let res = /* @__PURE__ */ new Map();
      for (let i = 0; i < mapping.length; i++) {
        res.set(mapping.charCodeAt(i), 128 + i);
      }
      encodingCache.set(encoding, res);
      return res;
    }
    if (SINGLE_BYTE_ENCODINGS.has(encoding)) {
      let decoder = new TextDecoder(encoding);
      let bytes = new Uint8Array(128);
      for (let i = 0; i < 128; i++) {
        bytes[i] = 128 + i;
      }
      let res = /* @__PURE__ */ new Map();
      let s = decoder.decode(bytes);
      for (let i = 0; i < 128; i++) {
        res.set(s.charCodeAt(i), 128 + i);
      }
      encodingCache.set(encoding, res);
      return res;
    }
    return void 0;
  }
  var ENCODINGS = [
    // unicode
    ["utf-16be", "utf-16be", "utf-16be", "utf-16be", "utf-16be", "utf-16be", "utf-16be"],
    // macintosh
    // Mappings available at http://unicode.org/Public/MAPPINGS/VENDORS/APPLE/
    // 0  Roman                 17  Malayalam
    // 1  Japanese              18  Sinhalese
    // 2  Traditional Chinese   19  Burmese
    // 3  Korean                20  Khmer
    // 4  Arabic                21  Thai
    // 5  Hebrew                22  Laotian
    // 6  Greek                 23  Georgian
    // 7  Russian               24  Armenian
    // 8  RSymbol               25  Simplified Chinese
    // 9  Devanagari            26  Tibetan
    // 10 Gurmukhi              27  Mongolian
    // 11 Gujarati              28  Geez
    // 12 Oriya                 29  Slavic
    // 13 Bengali               30  Vietnamese
    // 14 Tamil                 31  Sindhi
    // 15 Telugu                32  (Uninterpreted)
    // 16 Kannada
    [
      "x-mac-roman",
      "shift-jis",
      "big5",
      "euc-kr",
      "iso-8859-6",
      "iso-8859-8",
      "x-mac-greek",
      "x-mac-cyrillic",
      "x-mac-symbol",
      "x-mac-devanagari",
      "x-mac-gurmukhi",
      "x-mac-gujarati",
      "Oriya",
      "Bengali",
      "Tamil",
      "Telugu",
      "Kannada",
      "Malayalam",
      "Sinhalese",
      "Burmese",
      "Khmer",
      "iso-8859-11",
      "Laotian",
      "Georgian",
      "Armenian",
      "gbk",
      "Tibetan",
      "Mongolian",
      "Geez",
      "x-mac-ce",
      "Vietnamese",
      "Sindhi"
    ],
    // ISO (deprecated)
    ["ascii", null, "iso-8859-1"],
    // windows
    // Docs here: http://msdn.microsoft.com/en-us/library/system.text.encoding(v=vs.110).aspx
    ["symbol", "utf-16be", "shift-jis", "gb18030", "big5", "euc-kr", "johab", null, null, null, "utf-16be"]
  ];
  var MAC_LANGUAGE_ENCODINGS = {
    15: "x-mac-icelandic",
    17: "x-mac-turkish",
    18: "x-mac-croatian",
    24: "x-mac-ce",
    25: "x-mac-ce",
    26: "x-mac-ce",
    27: "x-mac-ce",
    28: "x-mac-ce",
    30: "x-mac-icelandic",
    37: "x-mac-romanian",
    38: "x-mac-ce",
    39: "x-mac-ce",
    40: "x-mac-ce",
    143: "x-mac-inuit",
    146: "x-mac-gaelic"
  };
  var LANGUAGES = [
    // unicode
    {},
    {
      // macintosh
      0: "en",
      30: "fo",
      60: "ks",
      90: "rw",
      1: "fr",
      31: "fa",
      61: "ku",
      91: "rn",
      2: "de",
      32: "ru",
      62: "sd",
      92: "ny",
      3: "it",
      33: "zh",
      63: "bo",
      93: "mg",
      4: "nl",
      34: "nl-BE",
      64: "ne",
      94: "eo",
      5: "sv",
      35: "ga",
      65: "sa",
      128: "cy",
      6: "es",
      36: "sq",
      66: "mr",
      129: "eu",
      7: "da",
      37: "ro",
      67: "bn",
      130: "ca",
      8: "pt",
      38: "cz",
      68: "as",
      131: "la",
      9: "no",
      39: "sk",
      69: "gu",
      132: "qu",
      10: "he",
      40: "si",
      70: "pa",
      133: "gn",
      11: "ja",
      41: "yi",
      71: "or",
      134: "ay",
      12: "ar",
      42: "sr",
      72: "ml",
      135: "tt",
      13: "fi",
      43: "mk",
      73: "kn",
      136: "ug",
      14: "el",
      44: "bg",
      74: "ta",
      137: "dz",
      15: "is",
      45: "uk",
      75: "te",
      138: "jv",
      16: "mt",
      46: "be",
      76: "si",
      139: "su",
      17: "tr",
      47: "uz",
      77: "my",
      140: "gl",
      18: "hr",
      48: "kk",
      78: "km",
      141: "af",
      19: "zh-Hant",
      49: "az-Cyrl",
      79: "lo",
      142: "br",
      20: "ur",
      50: "az-Arab",
      80: "vi",
      143: "iu",
      21: "hi",
      51: "hy",
      81: "id",
      144: "gd",
      22: "th",
      52: "ka",
      82: "tl",
      145: "gv",
      23: "ko",
      53: "mo",
      83: "ms",
      146: "ga",
      24: "lt",
      54: "ky",
      84: "ms-Arab",
      147: "to",
      25: "pl",
      55: "tg",
      85: "am",
      148: "el-polyton",
      26: "hu",
      56: "tk",
      86: "ti",
      149: "kl",
      27: "es",
      57: "mn-CN",
      87: "om",
      150: "az",
      28: "lv",
      58: "mn",
      88: "so",
      151: "nn",
      29: "se",
      59: "ps",
      89: "sw"
    },
    // ISO (deprecated)
    {},
    {
      // windows
      1078: "af",
      16393: "en-IN",
      1159: "rw",
      1074: "tn",
      1052: "sq",
      6153: "en-IE",
      1089: "sw",
      1115: "si",
      1156: "gsw",
      8201: "en-JM",
      1111: "kok",
      1051: "sk",
      1118: "am",
      17417: "en-MY",
      1042: "ko",
      1060: "sl",
      5121: "ar-DZ",
      5129: "en-NZ",
      1088: "ky",
      11274: "es-AR",
      15361: "ar-BH",
      13321: "en-PH",
      1108: "lo",
      16394: "es-BO",
      3073: "ar",
      18441: "en-SG",
      1062: "lv",
      13322: "es-CL",
      2049: "ar-IQ",
      7177: "en-ZA",
      1063: "lt",
      9226: "es-CO",
      11265: "ar-JO",
      11273: "en-TT",
      2094: "dsb",
      5130: "es-CR",
      13313: "ar-KW",
      2057: "en-GB",
      1134: "lb",
      7178: "es-DO",
      12289: "ar-LB",
      1033: "en",
      1071: "mk",
      12298: "es-EC",
      4097: "ar-LY",
      12297: "en-ZW",
      2110: "ms-BN",
      17418: "es-SV",
      6145: "ary",
      1061: "et",
      1086: "ms",
      4106: "es-GT",
      8193: "ar-OM",
      1080: "fo",
      1100: "ml",
      18442: "es-HN",
      16385: "ar-QA",
      1124: "fil",
      1082: "mt",
      2058: "es-MX",
      1025: "ar-SA",
      1035: "fi",
      1153: "mi",
      19466: "es-NI",
      10241: "ar-SY",
      2060: "fr-BE",
      1146: "arn",
      6154: "es-PA",
      7169: "aeb",
      3084: "fr-CA",
      1102: "mr",
      15370: "es-PY",
      14337: "ar-AE",
      1036: "fr",
      1148: "moh",
      10250: "es-PE",
      9217: "ar-YE",
      5132: "fr-LU",
      1104: "mn",
      20490: "es-PR",
      1067: "hy",
      6156: "fr-MC",
      2128: "mn-CN",
      3082: "es",
      1101: "as",
      4108: "fr-CH",
      1121: "ne",
      1034: "es",
      2092: "az-Cyrl",
      1122: "fy",
      1044: "nb",
      21514: "es-US",
      1068: "az",
      1110: "gl",
      2068: "nn",
      14346: "es-UY",
      1133: "ba",
      1079: "ka",
      1154: "oc",
      8202: "es-VE",
      1069: "eu",
      3079: "de-AT",
      1096: "or",
      2077: "sv-FI",
      1059: "be",
      1031: "de",
      1123: "ps",
      1053: "sv",
      2117: "bn",
      5127: "de-LI",
      1045: "pl",
      1114: "syr",
      1093: "bn-IN",
      4103: "de-LU",
      1046: "pt",
      1064: "tg",
      8218: "bs-Cyrl",
      2055: "de-CH",
      2070: "pt-PT",
      2143: "tzm",
      5146: "bs",
      1032: "el",
      1094: "pa",
      1097: "ta",
      1150: "br",
      1135: "kl",
      1131: "qu-BO",
      1092: "tt",
      1026: "bg",
      1095: "gu",
      2155: "qu-EC",
      1098: "te",
      1027: "ca",
      1128: "ha",
      3179: "qu",
      1054: "th",
      3076: "zh-HK",
      1037: "he",
      1048: "ro",
      1105: "bo",
      5124: "zh-MO",
      1081: "hi",
      1047: "rm",
      1055: "tr",
      2052: "zh",
      1038: "hu",
      1049: "ru",
      1090: "tk",
      4100: "zh-SG",
      1039: "is",
      9275: "smn",
      1152: "ug",
      1028: "zh-TW",
      1136: "ig",
      4155: "smj-NO",
      1058: "uk",
      1155: "co",
      1057: "id",
      5179: "smj",
      1070: "hsb",
      1050: "hr",
      1117: "iu",
      3131: "se-FI",
      1056: "ur",
      4122: "hr-BA",
      2141: "iu-Latn",
      1083: "se",
      2115: "uz-Cyrl",
      1029: "cs",
      2108: "ga",
      2107: "se-SE",
      1091: "uz",
      1030: "da",
      1076: "xh",
      8251: "sms",
      1066: "vi",
      1164: "prs",
      1077: "zu",
      6203: "sma-NO",
      1106: "cy",
      1125: "dv",
      1040: "it",
      7227: "sms",
      1160: "wo",
      2067: "nl-BE",
      2064: "it-CH",
      1103: "sa",
      1157: "sah",
      1043: "nl",
      1041: "ja",
      7194: "sr-Cyrl-BA",
      1144: "ii",
      3081: "en-AU",
      1099: "kn",
      3098: "sr",
      1130: "yo",
      10249: "en-BZ",
      1087: "kk",
      6170: "sr-Latn-BA",
      4105: "en-CA",
      1107: "km",
      2074: "sr-Latn",
      9225: "en-029",
      1158: "quc",
      1132: "nso"
    }
  ];

  // src/tables/name.js
  var NameRecord = new Struct({
    platformID: uint16,
    encodingID: uint16,
    languageID: uint16,
    nameID: uint16,
    length: uint16,
    string: new Pointer(
      uint16,
      new StringT(
        "length",
        /** @param {StructValue} t @returns {string} */
        (t) => getEncoding(
          /** @type {number} */
          t.platformID,
          /** @type {number} */
          t.encodingID,
          /** @type {number} */
          t.languageID
        ) || "utf16be"
      ),
      {
        type: "parent",
        /** @param {StructValue} ctx @returns {number} */
        relativeTo: (ctx) => (
          /** @type {number} */
          /** @type {StructValue} */
          ctx.parent.stringOffset
        ),
        allowNull: false
      }
    )
  });
  var LangTagRecord = new Struct({
    length: uint16,
    tag: new Pointer(
      uint16,
      new StringT("length", "utf16be"),
      {
        type: "parent",
        /** @param {StructValue} ctx @returns {number} */
        relativeTo: (ctx) => (
          /** @type {number} */
          ctx.stringOffset
        )
      }
    )
  });
  var NameTable = new VersionedStruct(uint16, {
    0: {
      count: uint16,
      stringOffset: uint16,
      records: new ArrayT(NameRecord, "count")
    },
    1: {
      count: uint16,
      stringOffset: uint16,
      records: new ArrayT(NameRecord, "count"),
      langTagCount: uint16,
      langTags: new ArrayT(LangTagRecord, "langTagCount")
    }
  });
  var name_default = NameTable;
  var NAMES = [
    "copyright",
    "fontFamily",
    "fontSubfamily",
    "uniqueSubfamily",
    "fullName",
    "version",
    "postscriptName",
    // Note: A font may have only one PostScript name and that name must be ASCII.
    "trademark",
    "manufacturer",
    "designer",
    "description",
    "vendorURL",
    "designerURL",
    "license",
    "licenseURL",
    null,
    // reserved (nameID 15)
    "preferredFamily",
    "preferredSubfamily",
    "compatibleFull",
    "sampleText",
    "postscriptCIDFontName",
    "wwsFamilyName",
    "wwsSubfamilyName",
    "lightBackgroundPalette",
    "darkBackgroundPalette",
    "variationsPostScriptNamePrefix"
  ];
  function pushEnRecord(out, nameID, string) {
    if (typeof string !== "string") return;
    out.push({
      platformID: 3,
      encodingID: 1,
      languageID: 1033,
      nameID,
      length: string.length * 2,
      string
    });
  }
  NameTable.process = function(_stream) {
    let self = (
      /** @type {NameTableValue} */
      this
    );
    let records = { fontFeatures: {} };
    for (
      let record of
      /** @type {NameRecordValue[]} */
      self.records
    ) {
      let platformMap = LANGUAGES[record.platformID] || {};
      let language = platformMap[record.languageID];
      if (language == null && self.langTags != null && record.languageID >= 32768) {
        language = self.langTags[record.languageID - 32768].tag;
      }
      if (language == null) {
        language = record.platformID + "-" + record.languageID;
      }
      let byId = records.fontFeatures[record.nameID] || (records.fontFeatures[record.nameID] = {});
      if (typeof record.string === "string" || typeof byId[language] !== "string") {
        byId[language] = record.string;
      }
      if (record.nameID >= 256) continue;
      let name = NAMES[record.nameID];
      if (name) {
        records[name] = byId;
      } else {
        if (records.reservedNameID == null) records.reservedNameID = {};
        records.reservedNameID[record.nameID] = byId;
      }
    }
    self.records = records;
  };
  NameTable.preEncode = function() {
    let self = (
      /** @type {NameTableValue} */
      this
    );
    if (Array.isArray(self.records)) return;
    self.version = 0;
    let records = [];
    let map = self.records;
    for (let key of Object.keys(map)) {
      let val = map[key];
      if (key === "fontFeatures") {
        let features2 = (
          /** @type {Record<number, LangStringMap>} */
          val
        );
        for (let id of Object.keys(features2)) {
          if (+id >= 256) {
            let langs2 = features2[+id];
            pushEnRecord(records, +id, langs2 && langs2.en);
          }
        }
        continue;
      }
      if (key === "reservedNameID") {
        let reserved = (
          /** @type {Record<number, LangStringMap>} */
          val
        );
        for (let id of Object.keys(reserved)) {
          let langs2 = reserved[+id];
          pushEnRecord(records, +id, langs2 && langs2.en);
        }
        continue;
      }
      let nameID = NAMES.indexOf(key);
      if (nameID < 0) continue;
      let langs = (
        /** @type {LangStringMap} */
        val
      );
      pushEnRecord(records, nameID, langs.en);
      if (key === "postscriptName" && typeof langs.en === "string") {
        records.push({
          platformID: 1,
          encodingID: 0,
          languageID: 0,
          nameID,
          length: langs.en.length,
          string: langs.en
        });
      }
    }
    self.records = records;
    self.count = records.length;
    self.stringOffset = NameTable.size(self, null, false);
  };

  // src/tables/OS2.js
  var OS2 = new VersionedStruct(uint16, {
    header: {
      xAvgCharWidth: int16,
      // average weighted advance width of lower case letters and space
      usWeightClass: uint16,
      // visual weight of stroke in glyphs
      usWidthClass: uint16,
      // relative change from the normal aspect ratio (width to height ratio)
      fsType: new Bitfield(uint16, [
        // Indicates font embedding licensing rights
        null,
        "noEmbedding",
        "viewOnly",
        "editable",
        null,
        null,
        null,
        null,
        "noSubsetting",
        "bitmapOnly"
      ]),
      ySubscriptXSize: int16,
      // recommended horizontal size in pixels for subscripts
      ySubscriptYSize: int16,
      // recommended vertical size in pixels for subscripts
      ySubscriptXOffset: int16,
      // recommended horizontal offset for subscripts
      ySubscriptYOffset: int16,
      // recommended vertical offset form the baseline for subscripts
      ySuperscriptXSize: int16,
      // recommended horizontal size in pixels for superscripts
      ySuperscriptYSize: int16,
      // recommended vertical size in pixels for superscripts
      ySuperscriptXOffset: int16,
      // recommended horizontal offset for superscripts
      ySuperscriptYOffset: int16,
      // recommended vertical offset from the baseline for superscripts
      yStrikeoutSize: int16,
      // width of the strikeout stroke
      yStrikeoutPosition: int16,
      // position of the strikeout stroke relative to the baseline
      sFamilyClass: int16,
      // classification of font-family design
      panose: new ArrayT(uint8, 10),
      // describe the visual characteristics of a given typeface
      ulCharRange: new ArrayT(uint32, 4),
      vendorID: new StringT(4),
      // four character identifier for the font vendor
      fsSelection: new Bitfield(uint16, [
        // bit field containing information about the font
        "italic",
        "underscore",
        "negative",
        "outlined",
        "strikeout",
        "bold",
        "regular",
        "useTypoMetrics",
        "wws",
        "oblique"
      ]),
      usFirstCharIndex: uint16,
      // The minimum Unicode index in this font
      usLastCharIndex: uint16
      // The maximum Unicode index in this font
    },
    // The Apple version of this table ends here, but the Microsoft one continues on...
    0: {},
    1: {
      typoAscender: int16,
      typoDescender: int16,
      typoLineGap: int16,
      winAscent: uint16,
      winDescent: uint16,
      codePageRange: new ArrayT(uint32, 2)
    },
    2: {
      // these should be common with version 1 somehow
      typoAscender: int16,
      typoDescender: int16,
      typoLineGap: int16,
      winAscent: uint16,
      winDescent: uint16,
      codePageRange: new ArrayT(uint32, 2),
      xHeight: int16,
      capHeight: int16,
      defaultChar: uint16,
      breakChar: uint16,
      maxContent: uint16
    },
    5: {
      typoAscender: int16,
      typoDescender: int16,
      typoLineGap: int16,
      winAscent: uint16,
      winDescent: uint16,
      codePageRange: new ArrayT(uint32, 2),
      xHeight: int16,
      capHeight: int16,
      defaultChar: uint16,
      breakChar: uint16,
      maxContent: uint16,
      usLowerOpticalPointSize: uint16,
      usUpperOpticalPointSize: uint16
    }
  });
  var versions = OS2.versions;
  versions[3] = versions[4] = versions[2];
  var OS2_default = OS2;

  // src/tables/post.js
  var post_default = new VersionedStruct(fixed32, {
    header: {
      // these fields exist at the top of all versions
      italicAngle: fixed32,
      // Italic angle in counter-clockwise degrees from the vertical.
      underlinePosition: int16,
      // Suggested distance of the top of the underline from the baseline
      underlineThickness: int16,
      // Suggested values for the underline thickness
      isFixedPitch: uint32,
      // Whether the font is monospaced
      minMemType42: uint32,
      // Minimum memory usage when a TrueType font is downloaded as a Type 42 font
      maxMemType42: uint32,
      // Maximum memory usage when a TrueType font is downloaded as a Type 42 font
      minMemType1: uint32,
      // Minimum memory usage when a TrueType font is downloaded as a Type 1 font
      maxMemType1: uint32
      // Maximum memory usage when a TrueType font is downloaded as a Type 1 font
    },
    1: {},
    // version 1 has no additional fields
    2: {
      numberOfGlyphs: uint16,
      glyphNameIndex: new ArrayT(uint16, "numberOfGlyphs"),
      names: new ArrayT(new StringT(uint8))
    },
    2.5: {
      numberOfGlyphs: uint16,
      offsets: new ArrayT(uint8, "numberOfGlyphs")
    },
    3: {},
    // version 3 has no additional fields
    4: {
      map: new ArrayT(
        uint32,
        /** @param {StructValue} t @returns {number} */
        (t) => (
          /** @type {number} */
          /** @type {StructValue} */
          /** @type {StructValue} */
          t.parent.maxp.numGlyphs
        )
      )
    }
  });

  // src/tables/cvt.js
  var cvt_default = new Struct({
    controlValues: new ArrayT(int16)
  });

  // src/tables/fpgm.js
  var fpgm_default = new Struct({
    instructions: new ArrayT(uint8)
  });

  // src/tables/loca.js
  var loca = new VersionedStruct("head.indexToLocFormat", {
    0: {
      offsets: new ArrayT(uint16)
    },
    1: {
      offsets: new ArrayT(uint32)
    }
  });
  loca.process = function() {
    let self = (
      /** @type {LocaValue} */
      this
    );
    if (self.version === 0 && !self._processed) {
      for (let i = 0; i < self.offsets.length; i++) {
        self.offsets[i] <<= 1;
      }
      self._processed = true;
    }
  };
  loca.preEncode = function() {
    let self = (
      /** @type {LocaValue} */
      this
    );
    if (self.version === 0 && self._processed !== false) {
      for (let i = 0; i < self.offsets.length; i++) {
        self.offsets[i] >>>= 1;
      }
      self._processed = false;
    }
  };
  var loca_default = loca;

  // src/tables/prep.js
  var prep_default = new Struct({
    controlValueProgram: new ArrayT(uint8)
  });

  // src/tables/glyf.js
  var glyf_default = new ArrayT(new BufferT());

  // src/cff/CFFOperand.js
  var FLOAT_EOF = 15;
  var FLOAT_LOOKUP = [
    "0",
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
    "7",
    "8",
    "9",
    ".",
    "E",
    "E-",
    null,
    "-"
  ];
  var FLOAT_ENCODE_LOOKUP = {
    ".": 10,
    E: 11,
    "E-": 12,
    "-": 14
  };
  var CFFOperand = class {
    /**
     * @param {DecodeStream} stream
     * @param {number} value
     * @returns {number | null}
     */
    static decode(stream, value) {
      if (32 <= value && value <= 246) {
        return value - 139;
      }
      if (247 <= value && value <= 250) {
        return (value - 247) * 256 + stream.readUInt8() + 108;
      }
      if (251 <= value && value <= 254) {
        return -(value - 251) * 256 - stream.readUInt8() - 108;
      }
      if (value === 28) {
        return stream.readInt16BE();
      }
      if (value === 29) {
        return stream.readInt32BE();
      }
      if (value === 30) {
        let str = "";
        while (true) {
          let b = stream.readUInt8();
          let n1 = b >> 4;
          if (n1 === FLOAT_EOF) {
            break;
          }
          str += FLOAT_LOOKUP[n1];
          let n2 = b & 15;
          if (n2 === FLOAT_EOF) {
            break;
          }
          str += FLOAT_LOOKUP[n2];
        }
        return parseFloat(str);
      }
      return null;
    }
    /**
     * @param {CFFOperandValue} value
     * @returns {number}
     */
    static size(value) {
      let n;
      if (value && typeof value === "object" && value.forceLarge) {
        n = 32768;
      } else {
        n = Number(value);
      }
      if ((n | 0) !== n) {
        let str = "" + n;
        return 1 + Math.ceil((str.length + 1) / 2);
      } else if (-107 <= n && n <= 107) {
        return 1;
      } else if (108 <= n && n <= 1131 || -1131 <= n && n <= -108) {
        return 2;
      } else if (-32768 <= n && n <= 32767) {
        return 3;
      } else {
        return 5;
      }
    }
    /**
     * @param {EncodeStream} stream
     * @param {CFFOperandValue} value
     * @returns {void}
     */
    static encode(stream, value) {
      let val = Number(value);
      if (value && typeof value === "object" && value.forceLarge) {
        stream.writeUInt8(29);
        stream.writeInt32BE(val);
        return;
      } else if ((val | 0) !== val) {
        stream.writeUInt8(30);
        let str = "" + val;
        let n2;
        for (let i = 0; i < str.length; i += 2) {
          let c1 = str[i];
          let n1 = FLOAT_ENCODE_LOOKUP[c1] ?? +c1;
          if (i === str.length - 1) {
            n2 = FLOAT_EOF;
          } else {
            let c2 = str[i + 1];
            n2 = FLOAT_ENCODE_LOOKUP[c2] ?? +c2;
          }
          stream.writeUInt8(n1 << 4 | n2 & 15);
        }
        if (n2 !== FLOAT_EOF) {
          stream.writeUInt8(FLOAT_EOF << 4);
        }
        return;
      } else if (-107 <= val && val <= 107) {
        stream.writeUInt8(val + 139);
        return;
      } else if (108 <= val && val <= 1131) {
        val -= 108;
        stream.writeUInt8((val >> 8) + 247);
        stream.writeUInt8(val & 255);
        return;
      } else if (-1131 <= val && val <= -108) {
        val = -val - 108;
        stream.writeUInt8((val >> 8) + 251);
        stream.writeUInt8(val & 255);
        return;
      } else if (-32768 <= val && val <= 32767) {
        stream.writeUInt8(28);
        stream.writeInt16BE(val);
        return;
      } else {
        stream.writeUInt8(29);
        stream.writeInt32BE(val);
        return;
      }
    }
  };

  // src/utils.js
  function binarySearch(arr, cmp) {
    let min = 0;
    let max2 = arr.length - 1;
    while (min <= max2) {
      let mid = min + max2 >> 1;
      let res = cmp(arr[mid]);
      if (res < 0) {
        max2 = mid - 1;
      } else if (res > 0) {
        min = mid + 1;
      } else {
        return mid;
      }
    }
    return -1;
  }
  function range(index, end) {
    let range2 = [];
    while (index < end) {
      range2.push(index++);
    }
    return range2;
  }
  var asciiDecoder = new TextDecoder("ascii");
  function cloneDeep(value) {
    return structuredClone(value);
  }
  function deepEqual(a, b) {
    if (a === b) {
      return true;
    }
    if (a == null || b == null || typeof a !== typeof b) {
      return false;
    }
    if (Array.isArray(a)) {
      if (!Array.isArray(b) || a.length !== b.length) {
        return false;
      }
      for (let i = 0; i < a.length; i++) {
        if (!deepEqual(a[i], b[i])) {
          return false;
        }
      }
      return true;
    }
    if (typeof a === "object") {
      if (typeof b !== "object" || Array.isArray(b)) {
        return false;
      }
      let aKeys = Object.keys(
        /** @type {object} */
        a
      );
      let bKeys = Object.keys(
        /** @type {object} */
        b
      );
      if (aKeys.length !== bKeys.length) {
        return false;
      }
      for (let key of aKeys) {
        if (!Object.prototype.hasOwnProperty.call(b, key) || !deepEqual(
          /** @type {Record<string, unknown>} */
          a[key],
          /** @type {Record<string, unknown>} */
          b[key]
        )) {
          return false;
        }
      }
      return true;
    }
    return false;
  }
  var CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  var LOOKUP = new Uint8Array(256);
  for (let i = 0; i < CHARS.length; i++) {
    LOOKUP[CHARS.charCodeAt(i)] = i;
  }
  function decodeBase64(base64) {
    let bufferLength = base64.length * 0.75;
    if (base64[base64.length - 1] === "=") {
      bufferLength--;
      if (base64[base64.length - 2] === "=") {
        bufferLength--;
      }
    }
    let bytes = new Uint8Array(bufferLength);
    let p = 0;
    for (let i = 0, len = base64.length; i < len; i += 4) {
      let encoded1 = LOOKUP[base64.charCodeAt(i)];
      let encoded2 = LOOKUP[base64.charCodeAt(i + 1)];
      let encoded3 = LOOKUP[base64.charCodeAt(i + 2)];
      let encoded4 = LOOKUP[base64.charCodeAt(i + 3)];
      bytes[p++] = encoded1 << 2 | encoded2 >> 4;
      bytes[p++] = (encoded2 & 15) << 4 | encoded3 >> 2;
      bytes[p++] = (encoded3 & 3) << 6 | encoded4 & 63;
    }
    return bytes;
  }

  // src/cff/CFFDict.js
  function isCodec(type) {
    return typeof type === "object" && type != null && !Array.isArray(type);
  }
  var CFFDict = class {
    /**
     * @param {CFFDictField[]} [ops]
     */
    constructor(ops = []) {
      this.ops = ops;
      this.fields = {};
      for (let field of ops) {
        let key = Array.isArray(field[0]) ? field[0][0] << 8 | field[0][1] : field[0];
        this.fields[key] = field;
      }
    }
    /**
     * @param {CFFOperandType} type
     * @param {DecodeStream} stream
     * @param {StructValue} ret
     * @param {unknown[]} operands
     * @returns {unknown}
     */
    decodeOperands(type, stream, ret, operands) {
      if (Array.isArray(type)) {
        return operands.map((op, i) => this.decodeOperands(type[i], stream, ret, [op]));
      } else if (isCodec(type) && type.decode != null) {
        return type.decode(stream, ret, operands);
      } else {
        switch (type) {
          case "number":
          case "offset":
          case "sid":
            return operands[0];
          case "boolean":
            return !!operands[0];
          default:
            return operands;
        }
      }
    }
    /**
     * @param {CFFOperandType} type
     * @param {EncodeStream | null} stream
     * @param {CFFEncodeContext | StructValue} ctx
     * @param {unknown} operands
     * @returns {unknown[]}
     */
    encodeOperands(type, stream, ctx, operands) {
      if (Array.isArray(type)) {
        if (!Array.isArray(operands)) {
          return [operands];
        }
        return operands.map((op, i) => this.encodeOperands(type[i], stream, ctx, op)[0]);
      } else if (isCodec(type) && type.encode != null) {
        let encoded = type.encode(stream, operands, ctx);
        if (Array.isArray(encoded)) {
          return encoded;
        }
        return [encoded];
      } else if (typeof operands === "number") {
        return [operands];
      } else if (typeof operands === "boolean") {
        return [+operands];
      } else if (Array.isArray(operands)) {
        return operands;
      } else {
        return [operands];
      }
    }
    /**
     * @param {DecodeStream} stream
     * @param {StructValue} parent
     * @returns {StructValue}
     */
    decode(stream, parent) {
      let dictLength = typeof parent.length === "number" ? parent.length : 0;
      let end = stream.pos + dictLength;
      let ret = {};
      let operands = [];
      Object.defineProperties(ret, {
        parent: { value: parent },
        _startOffset: { value: stream.pos }
      });
      for (let key in this.fields) {
        let field = this.fields[key];
        ret[field[1]] = field[3];
      }
      while (stream.pos < end) {
        let b = stream.readUInt8();
        if (b < 28) {
          if (b === 12) {
            b = b << 8 | stream.readUInt8();
          }
          let field = this.fields[b];
          if (!field) {
            throw new Error(`Unknown operator ${b}`);
          }
          let val = this.decodeOperands(field[2], stream, ret, operands);
          if (val != null) {
            if (val instanceof PropertyDescriptor) {
              Object.defineProperty(ret, field[1], val);
            } else {
              ret[field[1]] = val;
            }
          }
          operands = [];
        } else {
          operands.push(CFFOperand.decode(stream, b));
        }
      }
      return ret;
    }
    /**
     * @param {StructValue} dict
     * @param {StructValue | CFFEncodeContext} parent
     * @param {boolean} [includePointers]
     * @returns {number}
     */
    size(dict, parent, includePointers = true) {
      let ctx = {
        parent,
        val: dict,
        pointerSize: 0,
        startOffset: typeof parent.startOffset === "number" ? parent.startOffset : 0,
        pointers: []
      };
      let len = 0;
      for (let k in this.fields) {
        let field = this.fields[k];
        let val = dict[field[1]];
        if (val == null || deepEqual(val, field[3])) {
          continue;
        }
        let operands = this.encodeOperands(field[2], null, ctx, val);
        for (let op of operands) {
          len += CFFOperand.size(
            /** @type {CFFOperandValue} */
            op
          );
        }
        let key = Array.isArray(field[0]) ? field[0] : [field[0]];
        len += key.length;
      }
      if (includePointers) {
        len += ctx.pointerSize;
      }
      return len;
    }
    /**
     * @param {EncodeStream} stream
     * @param {StructValue} dict
     * @param {StructValue | null | undefined} parent
     * @returns {void}
     */
    encode(stream, dict, parent) {
      let ctx = {
        pointers: [],
        startOffset: stream.pos,
        parent: parent ?? void 0,
        val: dict,
        pointerSize: 0
      };
      ctx.pointerOffset = stream.pos + this.size(dict, ctx, false);
      for (let field of this.ops) {
        let val = dict[field[1]];
        if (val == null || deepEqual(val, field[3])) {
          continue;
        }
        let operands = this.encodeOperands(field[2], stream, ctx, val);
        for (let op of operands) {
          CFFOperand.encode(
            stream,
            /** @type {CFFOperandValue} */
            op
          );
        }
        let key = Array.isArray(field[0]) ? field[0] : [field[0]];
        for (let op of key) {
          stream.writeUInt8(op);
        }
      }
      let i = 0;
      while (i < ctx.pointers.length) {
        let ptr2 = ctx.pointers[i++];
        if (ptr2.type.encode) {
          ptr2.type.encode(stream, ptr2.val, ptr2.parent);
        }
      }
      return;
    }
  };

  // src/cff/CFFIndex.js
  var CFFIndex = class {
    /**
     * @param {BaseType} [type]
     */
    constructor(type) {
      this.type = type;
    }
    /**
     * @param {StructValue | null | undefined} ctx
     * @returns {number}
     */
    getCFFVersion(ctx) {
      while (ctx && !ctx.hdrSize) {
        ctx = ctx.parent;
      }
      return ctx && typeof ctx.version === "number" ? ctx.version : -1;
    }
    /**
     * @param {DecodeStream} stream
     * @param {StructValue} parent
     * @returns {unknown[]}
     */
    decode(stream, parent) {
      let version = this.getCFFVersion(parent);
      let count = version >= 2 ? stream.readUInt32BE() : stream.readUInt16BE();
      if (count === 0) {
        return [];
      }
      let offSize = stream.readUInt8();
      let offsetType;
      if (offSize === 1) {
        offsetType = uint8;
      } else if (offSize === 2) {
        offsetType = uint16;
      } else if (offSize === 3) {
        offsetType = uint24;
      } else if (offSize === 4) {
        offsetType = uint32;
      } else {
        throw new Error(`Bad offset size in CFFIndex: ${offSize} ${stream.pos}`);
      }
      let ret = [];
      let startPos = stream.pos + (count + 1) * offSize - 1;
      let start = offsetType.decode(stream);
      for (let i = 0; i < count; i++) {
        let end = offsetType.decode(stream);
        if (this.type != null && this.type.decode) {
          let pos = stream.pos;
          stream.pos = startPos + start;
          parent.length = end - start;
          ret.push(this.type.decode(stream, parent));
          stream.pos = pos;
        } else {
          let range2 = {
            offset: startPos + start,
            length: end - start
          };
          ret.push(range2);
        }
        start = end;
      }
      stream.pos = startPos + start;
      return ret;
    }
    /**
     * @param {unknown[]} arr
     * @param {StructValue | null | undefined} parent
     * @returns {number}
     */
    size(arr, parent) {
      let size = 2;
      if (arr.length === 0) {
        return size;
      }
      let type = this.type || new BufferT();
      let offset = 1;
      for (let i = 0; i < arr.length; i++) {
        let item = arr[i];
        if (!type.size) {
          throw new Error("CFFIndex element type must implement size()");
        }
        let itemSize = type.size(item, parent);
        if (typeof itemSize !== "number") {
          throw new Error("CFFIndex element size() must return a number");
        }
        offset += itemSize;
      }
      let offsetType;
      if (offset <= 255) {
        offsetType = uint8;
      } else if (offset <= 65535) {
        offsetType = uint16;
      } else if (offset <= 16777215) {
        offsetType = uint24;
      } else if (offset <= 4294967295) {
        offsetType = uint32;
      } else {
        throw new Error("Bad offset in CFFIndex");
      }
      size += 1 + offsetType.size() * (arr.length + 1);
      size += offset - 1;
      return size;
    }
    /**
     * @param {EncodeStream} stream
     * @param {unknown[]} arr
     * @param {StructValue | null | undefined} parent
     * @returns {void}
     */
    encode(stream, arr, parent) {
      stream.writeUInt16BE(arr.length);
      if (arr.length === 0) {
        return;
      }
      let type = this.type || new BufferT();
      let sizes = [];
      let offset = 1;
      for (let item of arr) {
        if (!type.size) {
          throw new Error("CFFIndex element type must implement size()");
        }
        let s = type.size(item, parent);
        if (typeof s !== "number") {
          throw new Error("CFFIndex element size() must return a number");
        }
        sizes.push(s);
        offset += s;
      }
      let offsetType;
      if (offset <= 255) {
        offsetType = uint8;
      } else if (offset <= 65535) {
        offsetType = uint16;
      } else if (offset <= 16777215) {
        offsetType = uint24;
      } else if (offset <= 4294967295) {
        offsetType = uint32;
      } else {
        throw new Error("Bad offset in CFFIndex");
      }
      stream.writeUInt8(offsetType.size());
      offset = 1;
      offsetType.encode(stream, offset);
      for (let size of sizes) {
        offset += size;
        offsetType.encode(stream, offset);
      }
      for (let item of arr) {
        if (!type.encode) {
          throw new Error("CFFIndex element type must implement encode()");
        }
        type.encode(stream, item, parent);
      }
      return;
    }
  };

  // src/cff/CFFPointer.js
  var CFFPointer = class extends Pointer {
    /**
     * @param {BaseType | null} type
     * @param {PointerOptions} [options]
     */
    constructor(type, options = {}) {
      if (options.type == null) {
        options.type = "global";
      }
      super(null, type, options);
    }
    /**
     * @param {DecodeStream} stream
     * @param {StructValue | null | undefined} parent
     * @param {number[]} operands
     * @returns {unknown}
     */
    decode(stream, parent, operands) {
      this.offsetType = {
        decode: () => operands[0]
      };
      return super.decode(stream, parent, operands);
    }
    /**
     * @param {EncodeStream | null} stream
     * @param {unknown} value
     * @param {StructValue | null | undefined} ctx
     * @returns {Ptr[]}
     */
    encode(stream, value, ctx) {
      if (!stream) {
        this.offsetType = {
          size: () => 0
        };
        this.size(value, ctx);
        return [new Ptr(0)];
      }
      let ptr2 = null;
      this.offsetType = {
        /**
         * @param {EncodeStream} _stream
         * @param {number} val
         */
        encode: (_stream, val) => {
          ptr2 = val;
        }
      };
      super.encode(stream, value, ctx);
      return [new Ptr(ptr2 ?? 0)];
    }
  };
  var Ptr = class {
    /**
     * @param {number} val
     */
    constructor(val) {
      this.val = val;
      this.forceLarge = true;
    }
    /**
     * @returns {number}
     */
    valueOf() {
      return this.val;
    }
  };

  // src/cff/CFFPrivateDict.js
  var CFFBlendOp = {
    /**
     * @param {DecodeStream} _stream
     * @param {StructValue} _parent
     * @param {number[]} operands
     * @returns {void}
     */
    decode(_stream, _parent, operands) {
      let numBlends = operands.pop();
      while (operands.length > /** @type {number} */
      numBlends) {
        operands.pop();
      }
    }
  };
  var CFFPrivateDict_default = new CFFDict([
    // key       name                    type                                          default
    [6, "BlueValues", "delta", null],
    [7, "OtherBlues", "delta", null],
    [8, "FamilyBlues", "delta", null],
    [9, "FamilyOtherBlues", "delta", null],
    [[12, 9], "BlueScale", "number", 0.039625],
    [[12, 10], "BlueShift", "number", 7],
    [[12, 11], "BlueFuzz", "number", 1],
    [10, "StdHW", "number", null],
    [11, "StdVW", "number", null],
    [[12, 12], "StemSnapH", "delta", null],
    [[12, 13], "StemSnapV", "delta", null],
    [[12, 14], "ForceBold", "boolean", false],
    [[12, 17], "LanguageGroup", "number", 0],
    [[12, 18], "ExpansionFactor", "number", 0.06],
    [[12, 19], "initialRandomSeed", "number", 0],
    [20, "defaultWidthX", "number", 0],
    [21, "nominalWidthX", "number", 0],
    [22, "vsindex", "number", 0],
    [23, "blend", CFFBlendOp, null],
    [19, "Subrs", new CFFPointer(new CFFIndex(), { type: "local" }), null]
  ]);

  // src/cff/CFFEncodings.js
  var StandardEncoding = [
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "space",
    "exclam",
    "quotedbl",
    "numbersign",
    "dollar",
    "percent",
    "ampersand",
    "quoteright",
    "parenleft",
    "parenright",
    "asterisk",
    "plus",
    "comma",
    "hyphen",
    "period",
    "slash",
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "colon",
    "semicolon",
    "less",
    "equal",
    "greater",
    "question",
    "at",
    "A",
    "B",
    "C",
    "D",
    "E",
    "F",
    "G",
    "H",
    "I",
    "J",
    "K",
    "L",
    "M",
    "N",
    "O",
    "P",
    "Q",
    "R",
    "S",
    "T",
    "U",
    "V",
    "W",
    "X",
    "Y",
    "Z",
    "bracketleft",
    "backslash",
    "bracketright",
    "asciicircum",
    "underscore",
    "quoteleft",
    "a",
    "b",
    "c",
    "d",
    "e",
    "f",
    "g",
    "h",
    "i",
    "j",
    "k",
    "l",
    "m",
    "n",
    "o",
    "p",
    "q",
    "r",
    "s",
    "t",
    "u",
    "v",
    "w",
    "x",
    "y",
    "z",
    "braceleft",
    "bar",
    "braceright",
    "asciitilde",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "exclamdown",
    "cent",
    "sterling",
    "fraction",
    "yen",
    "florin",
    "section",
    "currency",
    "quotesingle",
    "quotedblleft",
    "guillemotleft",
    "guilsinglleft",
    "guilsinglright",
    "fi",
    "fl",
    "",
    "endash",
    "dagger",
    "daggerdbl",
    "periodcentered",
    "",
    "paragraph",
    "bullet",
    "quotesinglbase",
    "quotedblbase",
    "quotedblright",
    "guillemotright",
    "ellipsis",
    "perthousand",
    "",
    "questiondown",
    "",
    "grave",
    "acute",
    "circumflex",
    "tilde",
    "macron",
    "breve",
    "dotaccent",
    "dieresis",
    "",
    "ring",
    "cedilla",
    "",
    "hungarumlaut",
    "ogonek",
    "caron",
    "emdash",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "AE",
    "",
    "ordfeminine",
    "",
    "",
    "",
    "",
    "Lslash",
    "Oslash",
    "OE",
    "ordmasculine",
    "",
    "",
    "",
    "",
    "",
    "ae",
    "",
    "",
    "",
    "dotlessi",
    "",
    "",
    "lslash",
    "oslash",
    "oe",
    "germandbls"
  ];
  var ExpertEncoding = [
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "space",
    "exclamsmall",
    "Hungarumlautsmall",
    "",
    "dollaroldstyle",
    "dollarsuperior",
    "ampersandsmall",
    "Acutesmall",
    "parenleftsuperior",
    "parenrightsuperior",
    "twodotenleader",
    "onedotenleader",
    "comma",
    "hyphen",
    "period",
    "fraction",
    "zerooldstyle",
    "oneoldstyle",
    "twooldstyle",
    "threeoldstyle",
    "fouroldstyle",
    "fiveoldstyle",
    "sixoldstyle",
    "sevenoldstyle",
    "eightoldstyle",
    "nineoldstyle",
    "colon",
    "semicolon",
    "commasuperior",
    "threequartersemdash",
    "periodsuperior",
    "questionsmall",
    "",
    "asuperior",
    "bsuperior",
    "centsuperior",
    "dsuperior",
    "esuperior",
    "",
    "",
    "isuperior",
    "",
    "",
    "lsuperior",
    "msuperior",
    "nsuperior",
    "osuperior",
    "",
    "",
    "rsuperior",
    "ssuperior",
    "tsuperior",
    "",
    "ff",
    "fi",
    "fl",
    "ffi",
    "ffl",
    "parenleftinferior",
    "",
    "parenrightinferior",
    "Circumflexsmall",
    "hyphensuperior",
    "Gravesmall",
    "Asmall",
    "Bsmall",
    "Csmall",
    "Dsmall",
    "Esmall",
    "Fsmall",
    "Gsmall",
    "Hsmall",
    "Ismall",
    "Jsmall",
    "Ksmall",
    "Lsmall",
    "Msmall",
    "Nsmall",
    "Osmall",
    "Psmall",
    "Qsmall",
    "Rsmall",
    "Ssmall",
    "Tsmall",
    "Usmall",
    "Vsmall",
    "Wsmall",
    "Xsmall",
    "Ysmall",
    "Zsmall",
    "colonmonetary",
    "onefitted",
    "rupiah",
    "Tildesmall",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "exclamdownsmall",
    "centoldstyle",
    "Lslashsmall",
    "",
    "",
    "Scaronsmall",
    "Zcaronsmall",
    "Dieresissmall",
    "Brevesmall",
    "Caronsmall",
    "",
    "Dotaccentsmall",
    "",
    "",
    "Macronsmall",
    "",
    "",
    "figuredash",
    "hypheninferior",
    "",
    "",
    "Ogoneksmall",
    "Ringsmall",
    "Cedillasmall",
    "",
    "",
    "",
    "onequarter",
    "onehalf",
    "threequarters",
    "questiondownsmall",
    "oneeighth",
    "threeeighths",
    "fiveeighths",
    "seveneighths",
    "onethird",
    "twothirds",
    "",
    "",
    "zerosuperior",
    "onesuperior",
    "twosuperior",
    "threesuperior",
    "foursuperior",
    "fivesuperior",
    "sixsuperior",
    "sevensuperior",
    "eightsuperior",
    "ninesuperior",
    "zeroinferior",
    "oneinferior",
    "twoinferior",
    "threeinferior",
    "fourinferior",
    "fiveinferior",
    "sixinferior",
    "seveninferior",
    "eightinferior",
    "nineinferior",
    "centinferior",
    "dollarinferior",
    "periodinferior",
    "commainferior",
    "Agravesmall",
    "Aacutesmall",
    "Acircumflexsmall",
    "Atildesmall",
    "Adieresissmall",
    "Aringsmall",
    "AEsmall",
    "Ccedillasmall",
    "Egravesmall",
    "Eacutesmall",
    "Ecircumflexsmall",
    "Edieresissmall",
    "Igravesmall",
    "Iacutesmall",
    "Icircumflexsmall",
    "Idieresissmall",
    "Ethsmall",
    "Ntildesmall",
    "Ogravesmall",
    "Oacutesmall",
    "Ocircumflexsmall",
    "Otildesmall",
    "Odieresissmall",
    "OEsmall",
    "Oslashsmall",
    "Ugravesmall",
    "Uacutesmall",
    "Ucircumflexsmall",
    "Udieresissmall",
    "Yacutesmall",
    "Thornsmall",
    "Ydieresissmall"
  ];

  // src/cff/CFFCharsets.js
  var ISOAdobeCharset = [
    ".notdef",
    "space",
    "exclam",
    "quotedbl",
    "numbersign",
    "dollar",
    "percent",
    "ampersand",
    "quoteright",
    "parenleft",
    "parenright",
    "asterisk",
    "plus",
    "comma",
    "hyphen",
    "period",
    "slash",
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "colon",
    "semicolon",
    "less",
    "equal",
    "greater",
    "question",
    "at",
    "A",
    "B",
    "C",
    "D",
    "E",
    "F",
    "G",
    "H",
    "I",
    "J",
    "K",
    "L",
    "M",
    "N",
    "O",
    "P",
    "Q",
    "R",
    "S",
    "T",
    "U",
    "V",
    "W",
    "X",
    "Y",
    "Z",
    "bracketleft",
    "backslash",
    "bracketright",
    "asciicircum",
    "underscore",
    "quoteleft",
    "a",
    "b",
    "c",
    "d",
    "e",
    "f",
    "g",
    "h",
    "i",
    "j",
    "k",
    "l",
    "m",
    "n",
    "o",
    "p",
    "q",
    "r",
    "s",
    "t",
    "u",
    "v",
    "w",
    "x",
    "y",
    "z",
    "braceleft",
    "bar",
    "braceright",
    "asciitilde",
    "exclamdown",
    "cent",
    "sterling",
    "fraction",
    "yen",
    "florin",
    "section",
    "currency",
    "quotesingle",
    "quotedblleft",
    "guillemotleft",
    "guilsinglleft",
    "guilsinglright",
    "fi",
    "fl",
    "endash",
    "dagger",
    "daggerdbl",
    "periodcentered",
    "paragraph",
    "bullet",
    "quotesinglbase",
    "quotedblbase",
    "quotedblright",
    "guillemotright",
    "ellipsis",
    "perthousand",
    "questiondown",
    "grave",
    "acute",
    "circumflex",
    "tilde",
    "macron",
    "breve",
    "dotaccent",
    "dieresis",
    "ring",
    "cedilla",
    "hungarumlaut",
    "ogonek",
    "caron",
    "emdash",
    "AE",
    "ordfeminine",
    "Lslash",
    "Oslash",
    "OE",
    "ordmasculine",
    "ae",
    "dotlessi",
    "lslash",
    "oslash",
    "oe",
    "germandbls",
    "onesuperior",
    "logicalnot",
    "mu",
    "trademark",
    "Eth",
    "onehalf",
    "plusminus",
    "Thorn",
    "onequarter",
    "divide",
    "brokenbar",
    "degree",
    "thorn",
    "threequarters",
    "twosuperior",
    "registered",
    "minus",
    "eth",
    "multiply",
    "threesuperior",
    "copyright",
    "Aacute",
    "Acircumflex",
    "Adieresis",
    "Agrave",
    "Aring",
    "Atilde",
    "Ccedilla",
    "Eacute",
    "Ecircumflex",
    "Edieresis",
    "Egrave",
    "Iacute",
    "Icircumflex",
    "Idieresis",
    "Igrave",
    "Ntilde",
    "Oacute",
    "Ocircumflex",
    "Odieresis",
    "Ograve",
    "Otilde",
    "Scaron",
    "Uacute",
    "Ucircumflex",
    "Udieresis",
    "Ugrave",
    "Yacute",
    "Ydieresis",
    "Zcaron",
    "aacute",
    "acircumflex",
    "adieresis",
    "agrave",
    "aring",
    "atilde",
    "ccedilla",
    "eacute",
    "ecircumflex",
    "edieresis",
    "egrave",
    "iacute",
    "icircumflex",
    "idieresis",
    "igrave",
    "ntilde",
    "oacute",
    "ocircumflex",
    "odieresis",
    "ograve",
    "otilde",
    "scaron",
    "uacute",
    "ucircumflex",
    "udieresis",
    "ugrave",
    "yacute",
    "ydieresis",
    "zcaron"
  ];
  var ExpertCharset = [
    ".notdef",
    "space",
    "exclamsmall",
    "Hungarumlautsmall",
    "dollaroldstyle",
    "dollarsuperior",
    "ampersandsmall",
    "Acutesmall",
    "parenleftsuperior",
    "parenrightsuperior",
    "twodotenleader",
    "onedotenleader",
    "comma",
    "hyphen",
    "period",
    "fraction",
    "zerooldstyle",
    "oneoldstyle",
    "twooldstyle",
    "threeoldstyle",
    "fouroldstyle",
    "fiveoldstyle",
    "sixoldstyle",
    "sevenoldstyle",
    "eightoldstyle",
    "nineoldstyle",
    "colon",
    "semicolon",
    "commasuperior",
    "threequartersemdash",
    "periodsuperior",
    "questionsmall",
    "asuperior",
    "bsuperior",
    "centsuperior",
    "dsuperior",
    "esuperior",
    "isuperior",
    "lsuperior",
    "msuperior",
    "nsuperior",
    "osuperior",
    "rsuperior",
    "ssuperior",
    "tsuperior",
    "ff",
    "fi",
    "fl",
    "ffi",
    "ffl",
    "parenleftinferior",
    "parenrightinferior",
    "Circumflexsmall",
    "hyphensuperior",
    "Gravesmall",
    "Asmall",
    "Bsmall",
    "Csmall",
    "Dsmall",
    "Esmall",
    "Fsmall",
    "Gsmall",
    "Hsmall",
    "Ismall",
    "Jsmall",
    "Ksmall",
    "Lsmall",
    "Msmall",
    "Nsmall",
    "Osmall",
    "Psmall",
    "Qsmall",
    "Rsmall",
    "Ssmall",
    "Tsmall",
    "Usmall",
    "Vsmall",
    "Wsmall",
    "Xsmall",
    "Ysmall",
    "Zsmall",
    "colonmonetary",
    "onefitted",
    "rupiah",
    "Tildesmall",
    "exclamdownsmall",
    "centoldstyle",
    "Lslashsmall",
    "Scaronsmall",
    "Zcaronsmall",
    "Dieresissmall",
    "Brevesmall",
    "Caronsmall",
    "Dotaccentsmall",
    "Macronsmall",
    "figuredash",
    "hypheninferior",
    "Ogoneksmall",
    "Ringsmall",
    "Cedillasmall",
    "onequarter",
    "onehalf",
    "threequarters",
    "questiondownsmall",
    "oneeighth",
    "threeeighths",
    "fiveeighths",
    "seveneighths",
    "onethird",
    "twothirds",
    "zerosuperior",
    "onesuperior",
    "twosuperior",
    "threesuperior",
    "foursuperior",
    "fivesuperior",
    "sixsuperior",
    "sevensuperior",
    "eightsuperior",
    "ninesuperior",
    "zeroinferior",
    "oneinferior",
    "twoinferior",
    "threeinferior",
    "fourinferior",
    "fiveinferior",
    "sixinferior",
    "seveninferior",
    "eightinferior",
    "nineinferior",
    "centinferior",
    "dollarinferior",
    "periodinferior",
    "commainferior",
    "Agravesmall",
    "Aacutesmall",
    "Acircumflexsmall",
    "Atildesmall",
    "Adieresissmall",
    "Aringsmall",
    "AEsmall",
    "Ccedillasmall",
    "Egravesmall",
    "Eacutesmall",
    "Ecircumflexsmall",
    "Edieresissmall",
    "Igravesmall",
    "Iacutesmall",
    "Icircumflexsmall",
    "Idieresissmall",
    "Ethsmall",
    "Ntildesmall",
    "Ogravesmall",
    "Oacutesmall",
    "Ocircumflexsmall",
    "Otildesmall",
    "Odieresissmall",
    "OEsmall",
    "Oslashsmall",
    "Ugravesmall",
    "Uacutesmall",
    "Ucircumflexsmall",
    "Udieresissmall",
    "Yacutesmall",
    "Thornsmall",
    "Ydieresissmall"
  ];
  var ExpertSubsetCharset = [
    ".notdef",
    "space",
    "dollaroldstyle",
    "dollarsuperior",
    "parenleftsuperior",
    "parenrightsuperior",
    "twodotenleader",
    "onedotenleader",
    "comma",
    "hyphen",
    "period",
    "fraction",
    "zerooldstyle",
    "oneoldstyle",
    "twooldstyle",
    "threeoldstyle",
    "fouroldstyle",
    "fiveoldstyle",
    "sixoldstyle",
    "sevenoldstyle",
    "eightoldstyle",
    "nineoldstyle",
    "colon",
    "semicolon",
    "commasuperior",
    "threequartersemdash",
    "periodsuperior",
    "asuperior",
    "bsuperior",
    "centsuperior",
    "dsuperior",
    "esuperior",
    "isuperior",
    "lsuperior",
    "msuperior",
    "nsuperior",
    "osuperior",
    "rsuperior",
    "ssuperior",
    "tsuperior",
    "ff",
    "fi",
    "fl",
    "ffi",
    "ffl",
    "parenleftinferior",
    "parenrightinferior",
    "hyphensuperior",
    "colonmonetary",
    "onefitted",
    "rupiah",
    "centoldstyle",
    "figuredash",
    "hypheninferior",
    "onequarter",
    "onehalf",
    "threequarters",
    "oneeighth",
    "threeeighths",
    "fiveeighths",
    "seveneighths",
    "onethird",
    "twothirds",
    "zerosuperior",
    "onesuperior",
    "twosuperior",
    "threesuperior",
    "foursuperior",
    "fivesuperior",
    "sixsuperior",
    "sevensuperior",
    "eightsuperior",
    "ninesuperior",
    "zeroinferior",
    "oneinferior",
    "twoinferior",
    "threeinferior",
    "fourinferior",
    "fiveinferior",
    "sixinferior",
    "seveninferior",
    "eightinferior",
    "nineinferior",
    "centinferior",
    "dollarinferior",
    "periodinferior",
    "commainferior"
  ];

  // src/tables/opentype.js
  var LangSysTable = new Struct({
    reserved: new Reserved(uint16),
    reqFeatureIndex: uint16,
    featureCount: uint16,
    featureIndexes: new ArrayT(uint16, "featureCount")
  });
  var LangSysRecord = new Struct({
    tag: new StringT(4),
    langSys: new Pointer(uint16, LangSysTable, { type: "parent" })
  });
  var Script = new Struct({
    defaultLangSys: new Pointer(uint16, LangSysTable),
    count: uint16,
    langSysRecords: new ArrayT(LangSysRecord, "count")
  });
  var ScriptRecord = new Struct({
    tag: new StringT(4),
    script: new Pointer(uint16, Script, { type: "parent" })
  });
  var ScriptList = new ArrayT(ScriptRecord, uint16);
  var FeatureParams = new Struct({
    version: uint16,
    // should be set to 0 according OT spec
    nameID: uint16
    // OT spec: UI Name ID or uiLabelNameId
  });
  var Feature = new Struct({
    featureParams: new Pointer(uint16, FeatureParams),
    lookupCount: uint16,
    lookupListIndexes: new ArrayT(uint16, "lookupCount")
  });
  var FeatureRecord = new Struct({
    tag: new StringT(4),
    feature: new Pointer(uint16, Feature, { type: "parent" })
  });
  var FeatureList = new ArrayT(FeatureRecord, uint16);
  var LookupFlags = new Struct({
    markAttachmentType: uint8,
    flags: new Bitfield(uint8, [
      "rightToLeft",
      "ignoreBaseGlyphs",
      "ignoreLigatures",
      "ignoreMarks",
      "useMarkFilteringSet"
    ])
  });
  function LookupList(SubTable) {
    let Lookup = new Struct({
      lookupType: uint16,
      flags: LookupFlags,
      subTableCount: uint16,
      subTables: new ArrayT(new Pointer(uint16, SubTable), "subTableCount"),
      markFilteringSet: new Optional(
        uint16,
        /** @param {StructValue} t @returns {boolean} */
        (t) => {
          let flags = (
            /** @type {StructValue} */
            t.flags
          );
          let bits3 = (
            /** @type {Record<string, boolean>} */
            flags.flags
          );
          return !!bits3.useMarkFilteringSet;
        }
      )
    });
    return new LazyArray(new Pointer(uint16, Lookup), uint16);
  }
  var RangeRecord = new Struct({
    start: uint16,
    end: uint16,
    startCoverageIndex: uint16
  });
  var Coverage = new VersionedStruct(uint16, {
    1: {
      glyphCount: uint16,
      glyphs: new ArrayT(uint16, "glyphCount")
    },
    2: {
      rangeCount: uint16,
      rangeRecords: new ArrayT(RangeRecord, "rangeCount")
    }
  });
  var ClassRangeRecord = new Struct({
    start: uint16,
    end: uint16,
    class: uint16
  });
  var ClassDef = new VersionedStruct(uint16, {
    1: {
      // Class array
      startGlyph: uint16,
      glyphCount: uint16,
      classValueArray: new ArrayT(uint16, "glyphCount")
    },
    2: {
      // Class ranges
      classRangeCount: uint16,
      classRangeRecord: new ArrayT(ClassRangeRecord, "classRangeCount")
    }
  });
  var Device = new Struct({
    a: uint16,
    // startSize for hinting Device, outerIndex for VariationIndex
    b: uint16,
    // endSize for Device, innerIndex for VariationIndex
    deltaFormat: uint16
  });
  var LookupRecord = new Struct({
    sequenceIndex: uint16,
    lookupListIndex: uint16
  });
  var Rule = new Struct({
    glyphCount: uint16,
    lookupCount: uint16,
    input: new ArrayT(
      uint16,
      /** @param {StructValue} t @returns {number} */
      (t) => (
        /** @type {number} */
        t.glyphCount - 1
      )
    ),
    lookupRecords: new ArrayT(LookupRecord, "lookupCount")
  });
  var RuleSet = new ArrayT(new Pointer(uint16, Rule), uint16);
  var ClassRule = new Struct({
    glyphCount: uint16,
    lookupCount: uint16,
    classes: new ArrayT(
      uint16,
      /** @param {StructValue} t @returns {number} */
      (t) => (
        /** @type {number} */
        t.glyphCount - 1
      )
    ),
    lookupRecords: new ArrayT(LookupRecord, "lookupCount")
  });
  var ClassSet = new ArrayT(new Pointer(uint16, ClassRule), uint16);
  var Context = new VersionedStruct(uint16, {
    1: {
      // Simple context
      coverage: new Pointer(uint16, Coverage),
      ruleSetCount: uint16,
      ruleSets: new ArrayT(new Pointer(uint16, RuleSet), "ruleSetCount")
    },
    2: {
      // Class-based context
      coverage: new Pointer(uint16, Coverage),
      classDef: new Pointer(uint16, ClassDef),
      classSetCnt: uint16,
      classSet: new ArrayT(new Pointer(uint16, ClassSet), "classSetCnt")
    },
    3: {
      glyphCount: uint16,
      lookupCount: uint16,
      coverages: new ArrayT(new Pointer(uint16, Coverage), "glyphCount"),
      lookupRecords: new ArrayT(LookupRecord, "lookupCount")
    }
  });
  var ChainRule = new Struct({
    backtrackGlyphCount: uint16,
    backtrack: new ArrayT(uint16, "backtrackGlyphCount"),
    inputGlyphCount: uint16,
    input: new ArrayT(
      uint16,
      /** @param {StructValue} t @returns {number} */
      (t) => (
        /** @type {number} */
        t.inputGlyphCount - 1
      )
    ),
    lookaheadGlyphCount: uint16,
    lookahead: new ArrayT(uint16, "lookaheadGlyphCount"),
    lookupCount: uint16,
    lookupRecords: new ArrayT(LookupRecord, "lookupCount")
  });
  var ChainRuleSet = new ArrayT(new Pointer(uint16, ChainRule), uint16);
  var ChainingContext = new VersionedStruct(uint16, {
    1: {
      // Simple context glyph substitution
      coverage: new Pointer(uint16, Coverage),
      chainCount: uint16,
      chainRuleSets: new ArrayT(new Pointer(uint16, ChainRuleSet), "chainCount")
    },
    2: {
      // Class-based chaining context
      coverage: new Pointer(uint16, Coverage),
      backtrackClassDef: new Pointer(uint16, ClassDef),
      inputClassDef: new Pointer(uint16, ClassDef),
      lookaheadClassDef: new Pointer(uint16, ClassDef),
      chainCount: uint16,
      chainClassSet: new ArrayT(new Pointer(uint16, ChainRuleSet), "chainCount")
    },
    3: {
      // Coverage-based chaining context
      backtrackGlyphCount: uint16,
      backtrackCoverage: new ArrayT(new Pointer(uint16, Coverage), "backtrackGlyphCount"),
      inputGlyphCount: uint16,
      inputCoverage: new ArrayT(new Pointer(uint16, Coverage), "inputGlyphCount"),
      lookaheadGlyphCount: uint16,
      lookaheadCoverage: new ArrayT(new Pointer(uint16, Coverage), "lookaheadGlyphCount"),
      lookupCount: uint16,
      lookupRecords: new ArrayT(LookupRecord, "lookupCount")
    }
  });

  // src/tables/variations.js
  var F2DOT14 = new Fixed(16, "BE", 14);
  var RegionAxisCoordinates = new Struct({
    startCoord: F2DOT14,
    peakCoord: F2DOT14,
    endCoord: F2DOT14
  });
  var VariationRegionList = new Struct({
    axisCount: uint16,
    regionCount: uint16,
    variationRegions: new ArrayT(new ArrayT(RegionAxisCoordinates, "axisCount"), "regionCount")
  });
  var DeltaSet = new Struct({
    shortDeltas: new ArrayT(
      int16,
      /** @param {StructValue} t @returns {number} */
      (t) => (
        /** @type {number} */
        /** @type {StructValue} */
        t.parent.shortDeltaCount
      )
    ),
    regionDeltas: new ArrayT(
      int8,
      /** @param {StructValue} t @returns {number} */
      (t) => {
        let parent = (
          /** @type {StructValue} */
          t.parent
        );
        return (
          /** @type {number} */
          parent.regionIndexCount - /** @type {number} */
          parent.shortDeltaCount
        );
      }
    ),
    /**
     * @param {StructValue} t
     * @returns {number[]}
     */
    deltas: (t) => (
      /** @type {number[]} */
      t.shortDeltas.concat(
        /** @type {number[]} */
        t.regionDeltas
      )
    )
  });
  var ItemVariationData = new Struct({
    itemCount: uint16,
    shortDeltaCount: uint16,
    regionIndexCount: uint16,
    regionIndexes: new ArrayT(uint16, "regionIndexCount"),
    deltaSets: new ArrayT(DeltaSet, "itemCount")
  });
  var ItemVariationStore = new Struct({
    format: uint16,
    variationRegionList: new Pointer(uint32, VariationRegionList),
    variationDataCount: uint16,
    itemVariationData: new ArrayT(new Pointer(uint32, ItemVariationData), "variationDataCount")
  });
  var ConditionTable = new VersionedStruct(uint16, {
    1: {
      axisIndex: uint16,
      filterRangeMinValue: F2DOT14,
      filterRangeMaxValue: F2DOT14
    }
  });
  var ConditionSet = new Struct({
    conditionCount: uint16,
    conditionTable: new ArrayT(new Pointer(uint32, ConditionTable), "conditionCount")
  });
  var FeatureTableSubstitutionRecord = new Struct({
    featureIndex: uint16,
    alternateFeatureTable: new Pointer(uint32, Feature, { type: "parent" })
  });
  var FeatureTableSubstitution = new Struct({
    version: fixed32,
    substitutionCount: uint16,
    substitutions: new ArrayT(FeatureTableSubstitutionRecord, "substitutionCount")
  });
  var FeatureVariationRecord = new Struct({
    conditionSet: new Pointer(uint32, ConditionSet, { type: "parent" }),
    featureTableSubstitution: new Pointer(uint32, FeatureTableSubstitution, { type: "parent" })
  });
  var FeatureVariations = new Struct({
    majorVersion: uint16,
    minorVersion: uint16,
    featureVariationRecordCount: uint32,
    featureVariationRecords: new ArrayT(FeatureVariationRecord, "featureVariationRecordCount")
  });

  // src/cff/CFFTop.js
  function charStringsCount(t) {
    let parent = t.parent;
    if (!parent) {
      return 0;
    }
    let cs = parent.CharStrings;
    if (cs && typeof cs === "object" && "length" in cs && typeof /** @type {{ length: unknown }} */
    cs.length === "number") {
      return (
        /** @type {{ length: number }} */
        cs.length
      );
    }
    return 0;
  }
  var PredefinedOp = class {
    /**
     * @param {unknown[]} predefinedOps
     * @param {BaseType} type
     */
    constructor(predefinedOps, type) {
      this.predefinedOps = predefinedOps;
      this.type = type;
    }
    /**
     * @param {DecodeStream} stream
     * @param {StructValue} parent
     * @param {number[]} operands
     * @returns {unknown}
     */
    decode(stream, parent, operands) {
      if (this.predefinedOps[operands[0]] != null) {
        return this.predefinedOps[operands[0]];
      }
      if (!this.type.decode) {
        throw new Error("PredefinedOp type must implement decode()");
      }
      return this.type.decode(stream, parent, operands);
    }
    /**
     * @param {unknown} value
     * @param {StructValue | null | undefined} ctx
     * @returns {unknown}
     */
    size(value, ctx) {
      if (!this.type.size) {
        throw new Error("PredefinedOp type must implement size()");
      }
      return this.type.size(value, ctx);
    }
    /**
     * @param {EncodeStream | null} stream
     * @param {unknown} value
     * @param {StructValue | null | undefined} ctx
     * @returns {unknown[]}
     */
    encode(stream, value, ctx) {
      let index = this.predefinedOps.indexOf(value);
      if (index !== -1) {
        return [index];
      }
      if (!this.type.encode) {
        throw new Error("PredefinedOp type must implement encode()");
      }
      let encoded = this.type.encode(stream, value, ctx);
      return Array.isArray(encoded) ? encoded : [encoded];
    }
  };
  var CFFEncodingVersion = class extends NumberT {
    constructor() {
      super("UInt8");
    }
    /**
     * @param {DecodeStream} stream
     * @returns {number}
     */
    decode(stream) {
      return uint8.decode(stream) & 127;
    }
  };
  var Range1 = new Struct({
    first: uint16,
    nLeft: uint8
  });
  var Range2 = new Struct({
    first: uint16,
    nLeft: uint16
  });
  var CFFCustomEncoding = new VersionedStruct(new CFFEncodingVersion(), {
    0: {
      nCodes: uint8,
      codes: new ArrayT(uint8, "nCodes")
    },
    1: {
      nRanges: uint8,
      ranges: new ArrayT(Range1, "nRanges")
    }
    // TODO: supplement?
  });
  var CFFEncoding = new PredefinedOp([StandardEncoding, ExpertEncoding], new CFFPointer(CFFCustomEncoding, { lazy: true }));
  var RangeArray = class extends ArrayT {
    /**
     * @param {DecodeStream} stream
     * @param {StructValue} parent
     * @returns {Array<StructValue & { nLeft: number, offset: number }>}
     */
    decode(stream, parent) {
      if (this.length == null) {
        throw new Error("RangeArray requires a length");
      }
      let length = resolveLength(this.length, stream, parent);
      let count = 0;
      let res = [];
      while (count < length) {
        if (!this.type.decode) {
          throw new Error("RangeArray element type must implement decode()");
        }
        let range2 = (
          /** @type {StructValue & { nLeft: number, offset?: number }} */
          this.type.decode(stream, parent)
        );
        range2.offset = count;
        count += range2.nLeft + 1;
        res.push(
          /** @type {StructValue & { nLeft: number, offset: number }} */
          range2
        );
      }
      return res;
    }
  };
  var CFFCustomCharset = new VersionedStruct(uint8, {
    0: {
      glyphs: new ArrayT(uint16, (t) => charStringsCount(t) - 1)
    },
    1: {
      ranges: new RangeArray(Range1, (t) => charStringsCount(t) - 1)
    },
    2: {
      ranges: new RangeArray(Range2, (t) => charStringsCount(t) - 1)
    }
  });
  var CFFCharset = new PredefinedOp([ISOAdobeCharset, ExpertCharset, ExpertSubsetCharset], new CFFPointer(CFFCustomCharset, { lazy: true }));
  var FDRange3 = new Struct({
    first: uint16,
    fd: uint8
  });
  var FDRange4 = new Struct({
    first: uint32,
    fd: uint16
  });
  var FDSelect = new VersionedStruct(uint8, {
    0: {
      fds: new ArrayT(uint8, (t) => charStringsCount(t))
    },
    3: {
      nRanges: uint16,
      ranges: new ArrayT(FDRange3, "nRanges"),
      sentinel: uint16
    },
    4: {
      nRanges: uint32,
      ranges: new ArrayT(FDRange4, "nRanges"),
      sentinel: uint32
    }
  });
  var ptr = new CFFPointer(CFFPrivateDict_default);
  var CFFPrivateOp = class {
    /**
     * @param {DecodeStream} stream
     * @param {StructValue} parent
     * @param {number[]} operands
     * @returns {unknown}
     */
    decode(stream, parent, operands) {
      parent.length = operands[0];
      return ptr.decode(stream, parent, [operands[1]]);
    }
    /**
     * Size operands match encode(null, …): [privateDictByteLength, pointerOperand].
     * @param {StructValue} dict
     * @param {CFFEncodeContext | StructValue} ctx
     * @returns {unknown[]}
     */
    size(dict, ctx) {
      return this.encode(null, dict, ctx);
    }
    /**
     * @param {EncodeStream | null} stream
     * @param {StructValue} dict
     * @param {CFFEncodeContext | StructValue} ctx
     * @returns {unknown[]}
     */
    encode(stream, dict, ctx) {
      return [CFFPrivateDict_default.size(dict, ctx, false), ptr.encode(stream, dict, ctx)[0]];
    }
  };
  var FontDict = new CFFDict([
    // key       name                   type(s)                                 default
    [18, "Private", new CFFPrivateOp(), null],
    [[12, 38], "FontName", "sid", null],
    [[12, 7], "FontMatrix", "array", [1e-3, 0, 0, 1e-3, 0, 0]],
    [[12, 5], "PaintType", "number", 0]
  ]);
  var CFFTopDict = new CFFDict([
    // key       name                   type(s)                                 default
    [[12, 30], "ROS", ["sid", "sid", "number"], null],
    [0, "version", "sid", null],
    [1, "Notice", "sid", null],
    [[12, 0], "Copyright", "sid", null],
    [2, "FullName", "sid", null],
    [3, "FamilyName", "sid", null],
    [4, "Weight", "sid", null],
    [[12, 1], "isFixedPitch", "boolean", false],
    [[12, 2], "ItalicAngle", "number", 0],
    [[12, 3], "UnderlinePosition", "number", -100],
    [[12, 4], "UnderlineThickness", "number", 50],
    [[12, 5], "PaintType", "number", 0],
    [[12, 6], "CharstringType", "number", 2],
    [[12, 7], "FontMatrix", "array", [1e-3, 0, 0, 1e-3, 0, 0]],
    [13, "UniqueID", "number", null],
    [5, "FontBBox", "array", [0, 0, 0, 0]],
    [[12, 8], "StrokeWidth", "number", 0],
    [14, "XUID", "array", null],
    [15, "charset", CFFCharset, ISOAdobeCharset],
    [16, "Encoding", CFFEncoding, StandardEncoding],
    [17, "CharStrings", new CFFPointer(new CFFIndex()), null],
    [18, "Private", new CFFPrivateOp(), null],
    [[12, 20], "SyntheticBase", "number", null],
    [[12, 21], "PostScript", "sid", null],
    [[12, 22], "BaseFontName", "sid", null],
    [[12, 23], "BaseFontBlend", "delta", null],
    // CID font specific
    [[12, 31], "CIDFontVersion", "number", 0],
    [[12, 32], "CIDFontRevision", "number", 0],
    [[12, 33], "CIDFontType", "number", 0],
    [[12, 34], "CIDCount", "number", 8720],
    [[12, 35], "UIDBase", "number", null],
    [[12, 37], "FDSelect", new CFFPointer(FDSelect), null],
    [[12, 36], "FDArray", new CFFPointer(new CFFIndex(FontDict)), null],
    [[12, 38], "FontName", "sid", null]
  ]);
  var VariationStore = new Struct({
    length: uint16,
    itemVariationStore: ItemVariationStore
  });
  var CFF2TopDict = new CFFDict([
    [[12, 7], "FontMatrix", "array", [1e-3, 0, 0, 1e-3, 0, 0]],
    [17, "CharStrings", new CFFPointer(new CFFIndex()), null],
    [[12, 37], "FDSelect", new CFFPointer(FDSelect), null],
    [[12, 36], "FDArray", new CFFPointer(new CFFIndex(FontDict)), null],
    [24, "vstore", new CFFPointer(VariationStore), null],
    [25, "maxstack", "number", 193]
  ]);
  var CFFTop = new VersionedStruct(fixed16, {
    1: {
      hdrSize: uint8,
      offSize: uint8,
      nameIndex: new CFFIndex(new StringT("length")),
      topDictIndex: new CFFIndex(CFFTopDict),
      stringIndex: new CFFIndex(new StringT("length")),
      globalSubrIndex: new CFFIndex()
    },
    2: {
      hdrSize: uint8,
      length: uint16,
      topDict: CFF2TopDict,
      globalSubrIndex: new CFFIndex()
    }
  });
  var CFFTop_default = CFFTop;

  // src/cff/CFFStandardStrings.js
  var CFFStandardStrings_default = [
    ".notdef",
    "space",
    "exclam",
    "quotedbl",
    "numbersign",
    "dollar",
    "percent",
    "ampersand",
    "quoteright",
    "parenleft",
    "parenright",
    "asterisk",
    "plus",
    "comma",
    "hyphen",
    "period",
    "slash",
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "colon",
    "semicolon",
    "less",
    "equal",
    "greater",
    "question",
    "at",
    "A",
    "B",
    "C",
    "D",
    "E",
    "F",
    "G",
    "H",
    "I",
    "J",
    "K",
    "L",
    "M",
    "N",
    "O",
    "P",
    "Q",
    "R",
    "S",
    "T",
    "U",
    "V",
    "W",
    "X",
    "Y",
    "Z",
    "bracketleft",
    "backslash",
    "bracketright",
    "asciicircum",
    "underscore",
    "quoteleft",
    "a",
    "b",
    "c",
    "d",
    "e",
    "f",
    "g",
    "h",
    "i",
    "j",
    "k",
    "l",
    "m",
    "n",
    "o",
    "p",
    "q",
    "r",
    "s",
    "t",
    "u",
    "v",
    "w",
    "x",
    "y",
    "z",
    "braceleft",
    "bar",
    "braceright",
    "asciitilde",
    "exclamdown",
    "cent",
    "sterling",
    "fraction",
    "yen",
    "florin",
    "section",
    "currency",
    "quotesingle",
    "quotedblleft",
    "guillemotleft",
    "guilsinglleft",
    "guilsinglright",
    "fi",
    "fl",
    "endash",
    "dagger",
    "daggerdbl",
    "periodcentered",
    "paragraph",
    "bullet",
    "quotesinglbase",
    "quotedblbase",
    "quotedblright",
    "guillemotright",
    "ellipsis",
    "perthousand",
    "questiondown",
    "grave",
    "acute",
    "circumflex",
    "tilde",
    "macron",
    "breve",
    "dotaccent",
    "dieresis",
    "ring",
    "cedilla",
    "hungarumlaut",
    "ogonek",
    "caron",
    "emdash",
    "AE",
    "ordfeminine",
    "Lslash",
    "Oslash",
    "OE",
    "ordmasculine",
    "ae",
    "dotlessi",
    "lslash",
    "oslash",
    "oe",
    "germandbls",
    "onesuperior",
    "logicalnot",
    "mu",
    "trademark",
    "Eth",
    "onehalf",
    "plusminus",
    "Thorn",
    "onequarter",
    "divide",
    "brokenbar",
    "degree",
    "thorn",
    "threequarters",
    "twosuperior",
    "registered",
    "minus",
    "eth",
    "multiply",
    "threesuperior",
    "copyright",
    "Aacute",
    "Acircumflex",
    "Adieresis",
    "Agrave",
    "Aring",
    "Atilde",
    "Ccedilla",
    "Eacute",
    "Ecircumflex",
    "Edieresis",
    "Egrave",
    "Iacute",
    "Icircumflex",
    "Idieresis",
    "Igrave",
    "Ntilde",
    "Oacute",
    "Ocircumflex",
    "Odieresis",
    "Ograve",
    "Otilde",
    "Scaron",
    "Uacute",
    "Ucircumflex",
    "Udieresis",
    "Ugrave",
    "Yacute",
    "Ydieresis",
    "Zcaron",
    "aacute",
    "acircumflex",
    "adieresis",
    "agrave",
    "aring",
    "atilde",
    "ccedilla",
    "eacute",
    "ecircumflex",
    "edieresis",
    "egrave",
    "iacute",
    "icircumflex",
    "idieresis",
    "igrave",
    "ntilde",
    "oacute",
    "ocircumflex",
    "odieresis",
    "ograve",
    "otilde",
    "scaron",
    "uacute",
    "ucircumflex",
    "udieresis",
    "ugrave",
    "yacute",
    "ydieresis",
    "zcaron",
    "exclamsmall",
    "Hungarumlautsmall",
    "dollaroldstyle",
    "dollarsuperior",
    "ampersandsmall",
    "Acutesmall",
    "parenleftsuperior",
    "parenrightsuperior",
    "twodotenleader",
    "onedotenleader",
    "zerooldstyle",
    "oneoldstyle",
    "twooldstyle",
    "threeoldstyle",
    "fouroldstyle",
    "fiveoldstyle",
    "sixoldstyle",
    "sevenoldstyle",
    "eightoldstyle",
    "nineoldstyle",
    "commasuperior",
    "threequartersemdash",
    "periodsuperior",
    "questionsmall",
    "asuperior",
    "bsuperior",
    "centsuperior",
    "dsuperior",
    "esuperior",
    "isuperior",
    "lsuperior",
    "msuperior",
    "nsuperior",
    "osuperior",
    "rsuperior",
    "ssuperior",
    "tsuperior",
    "ff",
    "ffi",
    "ffl",
    "parenleftinferior",
    "parenrightinferior",
    "Circumflexsmall",
    "hyphensuperior",
    "Gravesmall",
    "Asmall",
    "Bsmall",
    "Csmall",
    "Dsmall",
    "Esmall",
    "Fsmall",
    "Gsmall",
    "Hsmall",
    "Ismall",
    "Jsmall",
    "Ksmall",
    "Lsmall",
    "Msmall",
    "Nsmall",
    "Osmall",
    "Psmall",
    "Qsmall",
    "Rsmall",
    "Ssmall",
    "Tsmall",
    "Usmall",
    "Vsmall",
    "Wsmall",
    "Xsmall",
    "Ysmall",
    "Zsmall",
    "colonmonetary",
    "onefitted",
    "rupiah",
    "Tildesmall",
    "exclamdownsmall",
    "centoldstyle",
    "Lslashsmall",
    "Scaronsmall",
    "Zcaronsmall",
    "Dieresissmall",
    "Brevesmall",
    "Caronsmall",
    "Dotaccentsmall",
    "Macronsmall",
    "figuredash",
    "hypheninferior",
    "Ogoneksmall",
    "Ringsmall",
    "Cedillasmall",
    "questiondownsmall",
    "oneeighth",
    "threeeighths",
    "fiveeighths",
    "seveneighths",
    "onethird",
    "twothirds",
    "zerosuperior",
    "foursuperior",
    "fivesuperior",
    "sixsuperior",
    "sevensuperior",
    "eightsuperior",
    "ninesuperior",
    "zeroinferior",
    "oneinferior",
    "twoinferior",
    "threeinferior",
    "fourinferior",
    "fiveinferior",
    "sixinferior",
    "seveninferior",
    "eightinferior",
    "nineinferior",
    "centinferior",
    "dollarinferior",
    "periodinferior",
    "commainferior",
    "Agravesmall",
    "Aacutesmall",
    "Acircumflexsmall",
    "Atildesmall",
    "Adieresissmall",
    "Aringsmall",
    "AEsmall",
    "Ccedillasmall",
    "Egravesmall",
    "Eacutesmall",
    "Ecircumflexsmall",
    "Edieresissmall",
    "Igravesmall",
    "Iacutesmall",
    "Icircumflexsmall",
    "Idieresissmall",
    "Ethsmall",
    "Ntildesmall",
    "Ogravesmall",
    "Oacutesmall",
    "Ocircumflexsmall",
    "Otildesmall",
    "Odieresissmall",
    "OEsmall",
    "Oslashsmall",
    "Ugravesmall",
    "Uacutesmall",
    "Ucircumflexsmall",
    "Udieresissmall",
    "Yacutesmall",
    "Thornsmall",
    "Ydieresissmall",
    "001.000",
    "001.001",
    "001.002",
    "001.003",
    "Black",
    "Bold",
    "Book",
    "Light",
    "Medium",
    "Regular",
    "Roman",
    "Semibold"
  ];

  // src/cff/CFFFont.js
  var CFFFont = class _CFFFont {
    /**
     * @param {DecodeStream} stream
     */
    constructor(stream) {
      this.stream = stream;
      this.version = 0;
      this.hdrSize = void 0;
      this.topDict = /** @type {CFFTopDict} */
      { CharStrings: [] };
      this.topDictIndex = void 0;
      this.nameIndex = void 0;
      this.stringIndex = void 0;
      this.globalSubrIndex = void 0;
      this.isCIDFont = false;
      this.decode();
    }
    /**
     * @param {DecodeStream} stream
     * @returns {CFFFont}
     */
    static decode(stream) {
      return new _CFFFont(stream);
    }
    /**
     * @returns {this}
     */
    decode() {
      let top = CFFTop_default.decode(this.stream);
      for (let key in top) {
        /** @type {unknown} */
        this[key] = top[key];
      }
      if (this.version < 2) {
        if (!this.topDictIndex || this.topDictIndex.length !== 1) {
          throw new Error("Only a single font is allowed in CFF");
        }
        this.topDict = /** @type {CFFTopDict} */
        this.topDictIndex[0];
      }
      this.isCIDFont = this.topDict.ROS != null;
      return this;
    }
    /**
     * @param {number | null | undefined} sid
     * @returns {string | null}
     */
    string(sid) {
      if (this.version >= 2) {
        return null;
      }
      if (sid == null) {
        return null;
      }
      if (sid < CFFStandardStrings_default.length) {
        return CFFStandardStrings_default[sid];
      }
      return this.stringIndex ? this.stringIndex[sid - CFFStandardStrings_default.length] : null;
    }
    /**
     * @returns {string | null}
     */
    get postscriptName() {
      if (this.version < 2) {
        return this.nameIndex ? this.nameIndex[0] : null;
      }
      return null;
    }
    /**
     * @returns {string | null}
     */
    get fullName() {
      return this.string(this.topDict.FullName);
    }
    /**
     * @returns {string | null}
     */
    get familyName() {
      return this.string(this.topDict.FamilyName);
    }
    /**
     * @param {number} glyph
     * @returns {BinaryBuffer}
     */
    getCharString(glyph2) {
      let cs = (
        /** @type {CFFCharString} */
        this.topDict.CharStrings[glyph2]
      );
      this.stream.pos = cs.offset;
      return this.stream.readBuffer(cs.length);
    }
    /**
     * @param {number} gid
     * @returns {string | null}
     */
    getGlyphName(gid) {
      if (this.version >= 2) {
        return null;
      }
      if (this.isCIDFont) {
        return null;
      }
      let { charset } = this.topDict;
      if (Array.isArray(charset)) {
        return (
          /** @type {string} */
          charset[gid]
        );
      }
      if (gid === 0) {
        return ".notdef";
      }
      gid -= 1;
      if (!charset || typeof charset !== "object") {
        return null;
      }
      let cs = (
        /** @type {StructValue & CharsetTable} */
        charset
      );
      switch (cs.version) {
        case 0:
          return this.string(cs.glyphs ? cs.glyphs[gid] : void 0);
        case 1:
        case 2:
          if (!cs.ranges) {
            return null;
          }
          for (let i = 0; i < cs.ranges.length; i++) {
            let range2 = cs.ranges[i];
            if (range2.offset <= gid && gid <= range2.offset + range2.nLeft) {
              return this.string(range2.first + (gid - range2.offset));
            }
          }
          break;
      }
      return null;
    }
    /**
     * @param {number} gid
     * @returns {number | null}
     */
    fdForGlyph(gid) {
      if (!this.topDict.FDSelect) {
        return null;
      }
      let fdSelect = this.topDict.FDSelect;
      switch (fdSelect.version) {
        case 0:
          return fdSelect.fds ? fdSelect.fds[gid] : null;
        case 3:
        case 4: {
          let { ranges } = fdSelect;
          if (!ranges) {
            return null;
          }
          let low = 0;
          let high = ranges.length - 1;
          while (low <= high) {
            let mid = low + high >> 1;
            let midRange = ranges[mid];
            let nextRange = ranges[mid + 1];
            if (gid < midRange.first) {
              high = mid - 1;
            } else if (mid < high && nextRange && gid >= nextRange.first) {
              low = mid + 1;
            } else {
              return midRange.fd;
            }
          }
          throw new Error(`Unknown FDSelect version: ${fdSelect.version}`);
        }
        default:
          throw new Error(`Unknown FDSelect version: ${fdSelect.version}`);
      }
    }
    /**
     * @param {number} gid
     * @returns {CFFPrivateDict | null | undefined}
     */
    privateDictForGlyph(gid) {
      if (this.topDict.FDSelect) {
        let fd2 = this.fdForGlyph(gid);
        if (fd2 != null && this.topDict.FDArray && this.topDict.FDArray[fd2]) {
          return this.topDict.FDArray[fd2].Private;
        }
        return null;
      }
      if (this.version < 2) {
        return this.topDict.Private;
      }
      return this.topDict.FDArray && this.topDict.FDArray[0] ? this.topDict.FDArray[0].Private : null;
    }
  };
  var CFFFont_default = CFFFont;

  // src/tables/VORG.js
  var VerticalOrigin = new Struct({
    glyphIndex: uint16,
    vertOriginY: int16
  });
  var VORG_default = new Struct({
    majorVersion: uint16,
    minorVersion: uint16,
    defaultVertOriginY: int16,
    numVertOriginYMetrics: uint16,
    metrics: new ArrayT(VerticalOrigin, "numVertOriginYMetrics")
  });

  // src/tables/EBDT.js
  var BigMetrics = new Struct({
    height: uint8,
    width: uint8,
    horiBearingX: int8,
    horiBearingY: int8,
    horiAdvance: uint8,
    vertBearingX: int8,
    vertBearingY: int8,
    vertAdvance: uint8
  });
  var SmallMetrics = new Struct({
    height: uint8,
    width: uint8,
    bearingX: int8,
    bearingY: int8,
    advance: uint8
  });
  var EBDTComponent = new Struct({
    glyph: uint16,
    xOffset: int8,
    yOffset: int8
  });
  var ByteAligned = {};
  var BitAligned = {};
  var glyph = new VersionedStruct("version", {
    1: {
      metrics: SmallMetrics,
      data: ByteAligned
    },
    2: {
      metrics: SmallMetrics,
      data: BitAligned
    },
    // format 3 is deprecated
    // format 4 is not supported by Microsoft
    5: {
      data: BitAligned
    },
    6: {
      metrics: BigMetrics,
      data: ByteAligned
    },
    7: {
      metrics: BigMetrics,
      data: BitAligned
    },
    8: {
      metrics: SmallMetrics,
      pad: new Reserved(uint8),
      numComponents: uint16,
      components: new ArrayT(EBDTComponent, "numComponents")
    },
    9: {
      metrics: BigMetrics,
      pad: new Reserved(uint8),
      numComponents: uint16,
      components: new ArrayT(EBDTComponent, "numComponents")
    },
    17: {
      metrics: SmallMetrics,
      dataLen: uint32,
      data: new BufferT("dataLen")
    },
    18: {
      metrics: BigMetrics,
      dataLen: uint32,
      data: new BufferT("dataLen")
    },
    19: {
      dataLen: uint32,
      data: new BufferT("dataLen")
    }
  });

  // src/tables/EBLC.js
  var SBitLineMetrics = new Struct({
    ascender: int8,
    descender: int8,
    widthMax: uint8,
    caretSlopeNumerator: int8,
    caretSlopeDenominator: int8,
    caretOffset: int8,
    minOriginSB: int8,
    minAdvanceSB: int8,
    maxBeforeBL: int8,
    minAfterBL: int8,
    pad: new Reserved(int8, 2)
  });
  var CodeOffsetPair = new Struct({
    glyphCode: uint16,
    offset: uint16
  });
  function glyphRangeOffsetCount(t) {
    let parent = (
      /** @type {StructValue} */
      t.parent
    );
    return (
      /** @type {number} */
      parent.lastGlyphIndex - /** @type {number} */
      parent.firstGlyphIndex + 2
    );
  }
  var IndexSubtable = new VersionedStruct(uint16, {
    header: {
      imageFormat: uint16,
      imageDataOffset: uint32
    },
    1: {
      offsetArray: new ArrayT(uint32, glyphRangeOffsetCount)
    },
    2: {
      imageSize: uint32,
      bigMetrics: BigMetrics
    },
    3: {
      offsetArray: new ArrayT(uint16, glyphRangeOffsetCount),
      // Format 3 pads to 32-bit alignment when the offset count is odd.
      pad: new Reserved(
        uint16,
        /** @param {StructValue} t @returns {number} */
        (t) => glyphRangeOffsetCount(t) % 2
      )
    },
    4: {
      numGlyphs: uint32,
      glyphArray: new ArrayT(
        CodeOffsetPair,
        /** @param {StructValue} t @returns {number} */
        (t) => (
          /** @type {number} */
          t.numGlyphs + 1
        )
      )
    },
    5: {
      imageSize: uint32,
      bigMetrics: BigMetrics,
      numGlyphs: uint32,
      glyphCodeArray: new ArrayT(uint16, "numGlyphs"),
      // Format 5 pads to 32-bit alignment when glyphCodeArray length is odd.
      pad: new Reserved(
        uint16,
        /** @param {StructValue} t @returns {number} */
        (t) => (
          /** @type {number} */
          t.numGlyphs % 2
        )
      )
    }
  });
  var IndexSubtableRecord = new Struct({
    firstGlyphIndex: uint16,
    lastGlyphIndex: uint16,
    // Offset from the start of IndexSubTableList (OpenType IndexSubTableArray).
    subtable: new Pointer(uint32, IndexSubtable, { type: "parent" })
  });
  var IndexSubTableList = new Struct({
    tables: new ArrayT(
      IndexSubtableRecord,
      /** @param {StructValue} t @returns {number} */
      (t) => (
        /** @type {number} */
        /** @type {StructValue} */
        t.parent.numberOfIndexSubTables
      )
    )
  });
  var BitmapSizeTable = new Struct({
    // Lazy: numberOfIndexSubTables is stored after this pointer in the binary layout.
    indexSubTableArray: new Pointer(uint32, IndexSubTableList, { type: "parent", lazy: true }),
    indexTablesSize: uint32,
    numberOfIndexSubTables: uint32,
    colorRef: uint32,
    hori: SBitLineMetrics,
    vert: SBitLineMetrics,
    startGlyphIndex: uint16,
    endGlyphIndex: uint16,
    ppemX: uint8,
    ppemY: uint8,
    bitDepth: uint8,
    flags: new Bitfield(uint8, ["horizontal", "vertical"])
  });
  BitmapSizeTable.process = function() {
    let self = (
      /** @type {BitmapSizeTableValue} */
      this
    );
    let list = self.indexSubTableArray;
    if (list && !Array.isArray(list) && Array.isArray(list.tables)) {
      self.indexSubTableArray = list.tables;
    }
  };
  var EBLC_default = new Struct({
    version: uint32,
    // 0x00020000
    numSizes: uint32,
    sizes: new ArrayT(BitmapSizeTable, "numSizes")
  });

  // src/tables/sbix.js
  var ImageTable = new Struct({
    ppem: uint16,
    resolution: uint16,
    imageOffsets: new ArrayT(
      new Pointer(uint32, "void"),
      /** @param {StructValue} t @returns {number} */
      (t) => {
        let parent = (
          /** @type {StructValue} */
          t.parent
        );
        let grand = (
          /** @type {StructValue} */
          parent.parent
        );
        return (
          /** @type {number} */
          /** @type {StructValue} */
          grand.maxp.numGlyphs + 1
        );
      }
    )
  });
  var sbix_default = new Struct({
    version: uint16,
    flags: new Bitfield(uint16, ["renderOutlines"]),
    numImgTables: uint32,
    imageTables: new ArrayT(new Pointer(uint32, ImageTable), "numImgTables")
  });

  // src/tables/COLR.js
  var LayerRecord = new Struct({
    gid: uint16,
    // Glyph ID of layer glyph (must be in z-order from bottom to top).
    paletteIndex: uint16
    // Index value to use in the appropriate palette. This value must
  });
  var BaseGlyphRecord = new Struct({
    gid: uint16,
    // Glyph ID of reference glyph. This glyph is for reference only
    // and is not rendered for color.
    firstLayerIndex: uint16,
    // Index (from beginning of the Layer Records) to the layer record.
    // There will be numLayers consecutive entries for this base glyph.
    numLayers: uint16
  });
  var COLR_default = new Struct({
    version: uint16,
    numBaseGlyphRecords: uint16,
    baseGlyphRecord: new Pointer(uint32, new ArrayT(BaseGlyphRecord, "numBaseGlyphRecords")),
    layerRecords: new Pointer(uint32, new ArrayT(LayerRecord, "numLayerRecords"), { lazy: true }),
    numLayerRecords: uint16
  });

  // src/tables/CPAL.js
  var ColorRecord = new Struct({
    blue: uint8,
    green: uint8,
    red: uint8,
    alpha: uint8
  });
  var CPAL_default = new VersionedStruct(uint16, {
    header: {
      numPaletteEntries: uint16,
      numPalettes: uint16,
      numColorRecords: uint16,
      colorRecords: new Pointer(uint32, new ArrayT(ColorRecord, "numColorRecords")),
      colorRecordIndices: new ArrayT(uint16, "numPalettes")
    },
    0: {},
    1: {
      offsetPaletteTypeArray: new Pointer(uint32, new ArrayT(uint32, "numPalettes")),
      offsetPaletteLabelArray: new Pointer(uint32, new ArrayT(uint16, "numPalettes")),
      offsetPaletteEntryLabelArray: new Pointer(uint32, new ArrayT(uint16, "numPaletteEntries"))
    }
  });

  // src/tables/BASE.js
  var BaseCoord = new VersionedStruct(uint16, {
    1: {
      // Design units only
      coordinate: int16
      // X or Y value, in design units
    },
    2: {
      // Design units plus contour point
      coordinate: int16,
      // X or Y value, in design units
      referenceGlyph: uint16,
      // GlyphID of control glyph
      baseCoordPoint: uint16
      // Index of contour point on the referenceGlyph
    },
    3: {
      // Design units plus Device table
      coordinate: int16,
      // X or Y value, in design units
      deviceTable: new Pointer(uint16, Device)
      // Device table for X or Y value
    }
  });
  var BaseValues = new Struct({
    defaultIndex: uint16,
    // Index of default baseline for this script-same index in the BaseTagList
    baseCoordCount: uint16,
    baseCoords: new ArrayT(new Pointer(uint16, BaseCoord), "baseCoordCount")
  });
  var FeatMinMaxRecord = new Struct({
    tag: new StringT(4),
    // 4-byte feature identification tag-must match FeatureTag in FeatureList
    minCoord: new Pointer(uint16, BaseCoord, { type: "parent" }),
    // May be NULL
    maxCoord: new Pointer(uint16, BaseCoord, { type: "parent" })
    // May be NULL
  });
  var MinMax = new Struct({
    minCoord: new Pointer(uint16, BaseCoord),
    // May be NULL
    maxCoord: new Pointer(uint16, BaseCoord),
    // May be NULL
    featMinMaxCount: uint16,
    // May be 0
    featMinMaxRecords: new ArrayT(FeatMinMaxRecord, "featMinMaxCount")
    // In alphabetical order
  });
  var BaseLangSysRecord = new Struct({
    tag: new StringT(4),
    // 4-byte language system identification tag
    minMax: new Pointer(uint16, MinMax, { type: "parent" })
  });
  var BaseScript = new Struct({
    baseValues: new Pointer(uint16, BaseValues),
    // May be NULL
    defaultMinMax: new Pointer(uint16, MinMax),
    // May be NULL
    baseLangSysCount: uint16,
    // May be 0
    baseLangSysRecords: new ArrayT(BaseLangSysRecord, "baseLangSysCount")
    // in alphabetical order by BaseLangSysTag
  });
  var BaseScriptRecord = new Struct({
    tag: new StringT(4),
    // 4-byte script identification tag
    script: new Pointer(uint16, BaseScript, { type: "parent" })
  });
  var BaseScriptList = new ArrayT(BaseScriptRecord, uint16);
  var BaseTagList = new ArrayT(new StringT(4), uint16);
  var Axis = new Struct({
    baseTagList: new Pointer(uint16, BaseTagList),
    // May be NULL
    baseScriptList: new Pointer(uint16, BaseScriptList)
  });
  var BASE_default = new VersionedStruct(uint32, {
    header: {
      horizAxis: new Pointer(uint16, Axis),
      // May be NULL
      vertAxis: new Pointer(uint16, Axis)
      // May be NULL
    },
    65536: {},
    65537: {
      itemVariationStore: new Pointer(uint32, ItemVariationStore)
    }
  });

  // src/tables/GDEF.js
  var AttachPoint = new ArrayT(uint16, uint16);
  var AttachList = new Struct({
    coverage: new Pointer(uint16, Coverage),
    glyphCount: uint16,
    attachPoints: new ArrayT(new Pointer(uint16, AttachPoint), "glyphCount")
  });
  var CaretValue = new VersionedStruct(uint16, {
    1: {
      // Design units only
      coordinate: int16
    },
    2: {
      // Contour point
      caretValuePoint: uint16
    },
    3: {
      // Design units plus Device table
      coordinate: int16,
      deviceTable: new Pointer(uint16, Device)
    }
  });
  var LigGlyph = new ArrayT(new Pointer(uint16, CaretValue), uint16);
  var LigCaretList = new Struct({
    coverage: new Pointer(uint16, Coverage),
    ligGlyphCount: uint16,
    ligGlyphs: new ArrayT(new Pointer(uint16, LigGlyph), "ligGlyphCount")
  });
  var MarkGlyphSetsDef = new Struct({
    markSetTableFormat: uint16,
    markSetCount: uint16,
    coverage: new ArrayT(new Pointer(uint32, Coverage), "markSetCount")
  });
  var GDEF_default = new VersionedStruct(uint32, {
    header: {
      glyphClassDef: new Pointer(uint16, ClassDef),
      attachList: new Pointer(uint16, AttachList),
      ligCaretList: new Pointer(uint16, LigCaretList),
      markAttachClassDef: new Pointer(uint16, ClassDef)
    },
    65536: {},
    65538: {
      markGlyphSetsDef: new Pointer(uint16, MarkGlyphSetsDef)
    },
    65539: {
      markGlyphSetsDef: new Pointer(uint16, MarkGlyphSetsDef),
      itemVariationStore: new Pointer(uint32, ItemVariationStore)
    }
  });

  // src/tables/GPOS.js
  var ValueFormat = new Bitfield(uint16, [
    "xPlacement",
    "yPlacement",
    "xAdvance",
    "yAdvance",
    "xPlaDevice",
    "yPlaDevice",
    "xAdvDevice",
    "yAdvDevice"
  ]);
  var types = {
    xPlacement: int16,
    yPlacement: int16,
    xAdvance: int16,
    yAdvance: int16,
    xPlaDevice: new Pointer(uint16, Device, {
      type: "global",
      /** @param {StructValue} ctx @returns {number} */
      relativeTo: (ctx) => (
        /** @type {number} */
        ctx.rel
      )
    }),
    yPlaDevice: new Pointer(uint16, Device, {
      type: "global",
      /** @param {StructValue} ctx @returns {number} */
      relativeTo: (ctx) => (
        /** @type {number} */
        ctx.rel
      )
    }),
    xAdvDevice: new Pointer(uint16, Device, {
      type: "global",
      /** @param {StructValue} ctx @returns {number} */
      relativeTo: (ctx) => (
        /** @type {number} */
        ctx.rel
      )
    }),
    yAdvDevice: new Pointer(uint16, Device, {
      type: "global",
      /** @param {StructValue} ctx @returns {number} */
      relativeTo: (ctx) => (
        /** @type {number} */
        ctx.rel
      )
    })
  };
  var ValueRecord = class {
    /**
     * @param {string} [key]
     */
    constructor(key = "valueFormat") {
      this.key = key;
    }
    /**
     * @param {StructValue | null | undefined} parent
     * @returns {Struct | undefined}
     */
    buildStruct(parent) {
      let struct = parent;
      while (struct && !struct[this.key] && struct.parent) {
        struct = struct.parent;
      }
      if (!struct || !struct[this.key]) return;
      let fields = {};
      let start = struct;
      fields.rel = () => start._startOffset;
      let format = (
        /** @type {Record<string, boolean>} */
        struct[this.key]
      );
      for (let key of Object.keys(format)) {
        if (format[key] && types[key]) {
          fields[key] = types[key];
        }
      }
      return new Struct(fields);
    }
    /**
     * @param {unknown} val
     * @param {StructValue | null | undefined} ctx
     * @returns {number}
     */
    size(val, ctx) {
      let s = this.buildStruct(ctx);
      return s ? s.size(
        /** @type {StructValue} */
        val,
        ctx
      ) : 0;
    }
    /**
     * @param {DecodeStream} stream
     * @param {StructValue | null | undefined} parent
     * @returns {StructValue | undefined}
     */
    decode(stream, parent) {
      let s = this.buildStruct(parent);
      if (!s) return;
      let res = s.decode(stream, parent);
      delete res.rel;
      return res;
    }
  };
  var PairValueRecord = new Struct({
    secondGlyph: uint16,
    value1: new ValueRecord("valueFormat1"),
    value2: new ValueRecord("valueFormat2")
  });
  var PairSet = new ArrayT(PairValueRecord, uint16);
  var Class2Record = new Struct({
    value1: new ValueRecord("valueFormat1"),
    value2: new ValueRecord("valueFormat2")
  });
  var Anchor = new VersionedStruct(uint16, {
    1: {
      // Design units only
      xCoordinate: int16,
      yCoordinate: int16
    },
    2: {
      // Design units plus contour point
      xCoordinate: int16,
      yCoordinate: int16,
      anchorPoint: uint16
    },
    3: {
      // Design units plus Device tables
      xCoordinate: int16,
      yCoordinate: int16,
      xDeviceTable: new Pointer(uint16, Device),
      yDeviceTable: new Pointer(uint16, Device)
    }
  });
  var EntryExitRecord = new Struct({
    entryAnchor: new Pointer(uint16, Anchor, { type: "parent" }),
    exitAnchor: new Pointer(uint16, Anchor, { type: "parent" })
  });
  var MarkRecord = new Struct({
    class: uint16,
    markAnchor: new Pointer(uint16, Anchor, { type: "parent" })
  });
  var MarkArray = new ArrayT(MarkRecord, uint16);
  var BaseRecord = new ArrayT(
    new Pointer(uint16, Anchor),
    /** @param {StructValue} t @returns {number} */
    (t) => (
      /** @type {number} */
      /** @type {StructValue} */
      t.parent.classCount
    )
  );
  var BaseArray = new ArrayT(BaseRecord, uint16);
  var ComponentRecord = new ArrayT(
    new Pointer(uint16, Anchor),
    /** @param {StructValue} t @returns {number} */
    (t) => (
      /** @type {number} */
      /** @type {StructValue} */
      /** @type {StructValue} */
      t.parent.parent.classCount
    )
  );
  var LigatureAttach = new ArrayT(ComponentRecord, uint16);
  var LigatureArray = new ArrayT(new Pointer(uint16, LigatureAttach), uint16);
  var GPOSLookup = new VersionedStruct("lookupType", {
    1: new VersionedStruct(uint16, {
      // Single Adjustment
      1: {
        // Single positioning value
        coverage: new Pointer(uint16, Coverage),
        valueFormat: ValueFormat,
        value: new ValueRecord()
      },
      2: {
        coverage: new Pointer(uint16, Coverage),
        valueFormat: ValueFormat,
        valueCount: uint16,
        values: new LazyArray(new ValueRecord(), "valueCount")
      }
    }),
    2: new VersionedStruct(uint16, {
      // Pair Adjustment Positioning
      1: {
        // Adjustments for glyph pairs
        coverage: new Pointer(uint16, Coverage),
        valueFormat1: ValueFormat,
        valueFormat2: ValueFormat,
        pairSetCount: uint16,
        pairSets: new LazyArray(new Pointer(uint16, PairSet), "pairSetCount")
      },
      2: {
        // Class pair adjustment
        coverage: new Pointer(uint16, Coverage),
        valueFormat1: ValueFormat,
        valueFormat2: ValueFormat,
        classDef1: new Pointer(uint16, ClassDef),
        classDef2: new Pointer(uint16, ClassDef),
        class1Count: uint16,
        class2Count: uint16,
        classRecords: new LazyArray(new LazyArray(Class2Record, "class2Count"), "class1Count")
      }
    }),
    3: {
      // Cursive Attachment Positioning
      format: uint16,
      coverage: new Pointer(uint16, Coverage),
      entryExitCount: uint16,
      entryExitRecords: new ArrayT(EntryExitRecord, "entryExitCount")
    },
    4: {
      // MarkToBase Attachment Positioning
      format: uint16,
      markCoverage: new Pointer(uint16, Coverage),
      baseCoverage: new Pointer(uint16, Coverage),
      classCount: uint16,
      markArray: new Pointer(uint16, MarkArray),
      baseArray: new Pointer(uint16, BaseArray)
    },
    5: {
      // MarkToLigature Attachment Positioning
      format: uint16,
      markCoverage: new Pointer(uint16, Coverage),
      ligatureCoverage: new Pointer(uint16, Coverage),
      classCount: uint16,
      markArray: new Pointer(uint16, MarkArray),
      ligatureArray: new Pointer(uint16, LigatureArray)
    },
    6: {
      // MarkToMark Attachment Positioning
      format: uint16,
      mark1Coverage: new Pointer(uint16, Coverage),
      mark2Coverage: new Pointer(uint16, Coverage),
      classCount: uint16,
      mark1Array: new Pointer(uint16, MarkArray),
      mark2Array: new Pointer(uint16, BaseArray)
    },
    7: Context,
    // Contextual positioning
    8: ChainingContext,
    // Chaining contextual positioning
    9: {
      // Extension Positioning
      posFormat: uint16,
      lookupType: uint16,
      // cannot also be 9
      extension: new Pointer(uint32, null)
    }
  });
  var gposExt = (
    /** @type {Record<string, BaseType>} */
    GPOSLookup.versions[9]
  );
  gposExt.extension.type = GPOSLookup;
  var GPOS_default = new VersionedStruct(uint32, {
    header: {
      scriptList: new Pointer(uint16, ScriptList),
      featureList: new Pointer(uint16, FeatureList),
      lookupList: new Pointer(uint16, LookupList(GPOSLookup))
    },
    65536: {},
    65537: {
      featureVariations: new Pointer(uint32, FeatureVariations)
    }
  });

  // src/tables/GSUB.js
  var Sequence = new ArrayT(uint16, uint16);
  var AlternateSet = Sequence;
  var Ligature = new Struct({
    glyph: uint16,
    compCount: uint16,
    components: new ArrayT(
      uint16,
      /** @param {StructValue} t @returns {number} */
      (t) => (
        /** @type {number} */
        t.compCount - 1
      )
    )
  });
  var LigatureSet = new ArrayT(new Pointer(uint16, Ligature), uint16);
  var GSUBLookup = new VersionedStruct("lookupType", {
    1: new VersionedStruct(uint16, {
      // Single Substitution
      1: {
        coverage: new Pointer(uint16, Coverage),
        deltaGlyphID: int16
      },
      2: {
        coverage: new Pointer(uint16, Coverage),
        glyphCount: uint16,
        substitute: new LazyArray(uint16, "glyphCount")
      }
    }),
    2: {
      // Multiple Substitution
      substFormat: uint16,
      coverage: new Pointer(uint16, Coverage),
      count: uint16,
      sequences: new LazyArray(new Pointer(uint16, Sequence), "count")
    },
    3: {
      // Alternate Substitution
      substFormat: uint16,
      coverage: new Pointer(uint16, Coverage),
      count: uint16,
      alternateSet: new LazyArray(new Pointer(uint16, AlternateSet), "count")
    },
    4: {
      // Ligature Substitution
      substFormat: uint16,
      coverage: new Pointer(uint16, Coverage),
      count: uint16,
      ligatureSets: new LazyArray(new Pointer(uint16, LigatureSet), "count")
    },
    5: Context,
    // Contextual Substitution
    6: ChainingContext,
    // Chaining Contextual Substitution
    7: {
      // Extension Substitution
      substFormat: uint16,
      lookupType: uint16,
      // cannot also be 7
      extension: new Pointer(uint32, null)
    },
    8: {
      // Reverse Chaining Contextual Single Substitution
      substFormat: uint16,
      coverage: new Pointer(uint16, Coverage),
      backtrackGlyphCount: uint16,
      backtrackCoverage: new ArrayT(new Pointer(uint16, Coverage), "backtrackGlyphCount"),
      lookaheadGlyphCount: uint16,
      lookaheadCoverage: new ArrayT(new Pointer(uint16, Coverage), "lookaheadGlyphCount"),
      glyphCount: uint16,
      substitute: new LazyArray(uint16, "glyphCount")
    }
  });
  var gsubExt = (
    /** @type {Record<string, BaseType>} */
    GSUBLookup.versions[7]
  );
  gsubExt.extension.type = GSUBLookup;
  var GSUB_default = new VersionedStruct(uint32, {
    header: {
      scriptList: new Pointer(uint16, ScriptList),
      featureList: new Pointer(uint16, FeatureList),
      lookupList: new Pointer(uint16, LookupList(GSUBLookup))
    },
    65536: {},
    65537: {
      featureVariations: new Pointer(uint32, FeatureVariations)
    }
  });

  // src/tables/JSTF.js
  var JstfGSUBModList = new ArrayT(uint16, uint16);
  var JstfPriority = new Struct({
    shrinkageEnableGSUB: new Pointer(uint16, JstfGSUBModList),
    shrinkageDisableGSUB: new Pointer(uint16, JstfGSUBModList),
    shrinkageEnableGPOS: new Pointer(uint16, JstfGSUBModList),
    shrinkageDisableGPOS: new Pointer(uint16, JstfGSUBModList),
    shrinkageJstfMax: new Pointer(uint16, LookupList(GPOSLookup)),
    extensionEnableGSUB: new Pointer(uint16, JstfGSUBModList),
    extensionDisableGSUB: new Pointer(uint16, JstfGSUBModList),
    extensionEnableGPOS: new Pointer(uint16, JstfGSUBModList),
    extensionDisableGPOS: new Pointer(uint16, JstfGSUBModList),
    extensionJstfMax: new Pointer(uint16, LookupList(GPOSLookup))
  });
  var JstfLangSys = new ArrayT(new Pointer(uint16, JstfPriority), uint16);
  var JstfLangSysRecord = new Struct({
    tag: new StringT(4),
    jstfLangSys: new Pointer(uint16, JstfLangSys)
  });
  var JstfScript = new Struct({
    extenderGlyphs: new Pointer(uint16, new ArrayT(uint16, uint16)),
    // array of glyphs to extend line length
    defaultLangSys: new Pointer(uint16, JstfLangSys),
    langSysCount: uint16,
    langSysRecords: new ArrayT(JstfLangSysRecord, "langSysCount")
  });
  var JstfScriptRecord = new Struct({
    tag: new StringT(4),
    script: new Pointer(uint16, JstfScript, { type: "parent" })
  });
  var JSTF_default = new Struct({
    version: uint32,
    // should be 0x00010000
    scriptCount: uint16,
    scriptList: new ArrayT(JstfScriptRecord, "scriptCount")
  });

  // src/tables/HVAR.js
  var VariableSizeNumber = class {
    /**
     * @param {LengthSpec} size
     */
    constructor(size) {
      this._size = size;
    }
    /**
     * @param {DecodeStream} stream
     * @param {StructValue | null | undefined} parent
     * @returns {number}
     */
    decode(stream, parent) {
      switch (this.size(0, parent)) {
        case 1:
          return stream.readUInt8();
        case 2:
          return stream.readUInt16BE();
        case 3:
          return stream.readUInt24BE();
        case 4:
          return stream.readUInt32BE();
        default:
          throw new Error(`Unsupported VariableSizeNumber width`);
      }
    }
    /**
     * @param {unknown} _val
     * @param {StructValue | null | undefined} [parent]
     * @returns {number}
     */
    size(_val, parent) {
      return resolveLength(this._size, null, parent);
    }
  };
  var MapDataEntry = new Struct({
    entry: new VariableSizeNumber(
      /** @param {StructValue} t @returns {number} */
      (t) => {
        let parent = (
          /** @type {StructValue} */
          t.parent
        );
        return (
          /** @type {number} */
          ((parent.entryFormat & 48) >> 4) + 1
        );
      }
    ),
    /**
     * @param {StructValue} t
     * @returns {number}
     */
    outerIndex: (t) => {
      let parent = (
        /** @type {StructValue} */
        t.parent
      );
      let entryFormat = (
        /** @type {number} */
        parent.entryFormat
      );
      return (
        /** @type {number} */
        t.entry >> (entryFormat & 15) + 1
      );
    },
    /**
     * @param {StructValue} t
     * @returns {number}
     */
    innerIndex: (t) => {
      let parent = (
        /** @type {StructValue} */
        t.parent
      );
      let entryFormat = (
        /** @type {number} */
        parent.entryFormat
      );
      return (
        /** @type {number} */
        t.entry & (1 << (entryFormat & 15) + 1) - 1
      );
    }
  });
  var DeltaSetIndexMap = new Struct({
    entryFormat: uint16,
    mapCount: uint16,
    mapData: new ArrayT(MapDataEntry, "mapCount")
  });
  var HVAR_default = new Struct({
    majorVersion: uint16,
    minorVersion: uint16,
    itemVariationStore: new Pointer(uint32, ItemVariationStore),
    advanceWidthMapping: new Pointer(uint32, DeltaSetIndexMap),
    LSBMapping: new Pointer(uint32, DeltaSetIndexMap),
    RSBMapping: new Pointer(uint32, DeltaSetIndexMap)
  });

  // src/tables/DSIG.js
  var Signature = new Struct({
    format: uint32,
    length: uint32,
    offset: uint32
  });
  var SignatureBlock = new Struct({
    reserved: new Reserved(uint16, 2),
    cbSignature: uint32,
    // Length (in bytes) of the PKCS#7 packet in pbSignature
    signature: new BufferT("cbSignature")
  });
  var DSIG_default = new Struct({
    ulVersion: uint32,
    // Version number of the DSIG table (0x00000001)
    usNumSigs: uint16,
    // Number of signatures in the table
    usFlag: uint16,
    // Permission flags
    signatures: new ArrayT(Signature, "usNumSigs"),
    signatureBlocks: new ArrayT(SignatureBlock, "usNumSigs")
  });

  // src/tables/gasp.js
  var GaspRange = new Struct({
    rangeMaxPPEM: uint16,
    // Upper limit of range, in ppem
    rangeGaspBehavior: new Bitfield(uint16, [
      // Flags describing desired rasterizer behavior
      "grayscale",
      "gridfit",
      "symmetricSmoothing",
      "symmetricGridfit"
      // only in version 1, for ClearType
    ])
  });
  var gasp_default = new Struct({
    version: uint16,
    // set to 0
    numRanges: uint16,
    gaspRanges: new ArrayT(GaspRange, "numRanges")
    // Sorted by ppem
  });

  // src/tables/hdmx.js
  var DeviceRecord = new Struct({
    pixelSize: uint8,
    maximumWidth: uint8,
    widths: new ArrayT(
      uint8,
      /** @param {StructValue} t @returns {number} */
      (t) => {
        let parent = (
          /** @type {StructValue} */
          t.parent
        );
        let grand = (
          /** @type {StructValue} */
          parent.parent
        );
        return (
          /** @type {number} */
          /** @type {StructValue} */
          grand.maxp.numGlyphs
        );
      }
    )
  });
  var hdmx_default = new Struct({
    version: uint16,
    numRecords: int16,
    sizeDeviceRecord: int32,
    records: new ArrayT(DeviceRecord, "numRecords")
  });

  // src/tables/kern.js
  var KernPair = new Struct({
    left: uint16,
    right: uint16,
    value: int16
  });
  var ClassTable = new Struct({
    firstGlyph: uint16,
    nGlyphs: uint16,
    offsets: new ArrayT(uint16, "nGlyphs"),
    /**
     * @param {StructValue} t
     * @returns {number}
     */
    max: (t) => {
      let offsets = (
        /** @type {number[]} */
        t.offsets
      );
      return offsets.length ? Math.max.apply(Math, offsets) : 0;
    }
  });
  var Kern2Array = new Struct({
    /**
     * @param {StructValue} t
     * @returns {number}
     */
    off: (t) => (
      /** @type {number} */
      t._startOffset - /** @type {number} */
      /** @type {StructValue} */
      /** @type {StructValue} */
      t.parent.parent._startOffset
    ),
    /**
     * @param {StructValue} t
     * @returns {number}
     */
    len: (t) => {
      let parent = (
        /** @type {StructValue} */
        t.parent
      );
      let leftTable = (
        /** @type {StructValue} */
        parent.leftTable
      );
      let rowWidth = (
        /** @type {number} */
        parent.rowWidth
      );
      let off = (
        /** @type {number} */
        t.off
      );
      return (
        /** @type {number} */
        ((leftTable.max - off) / rowWidth + 1) * (rowWidth / 2)
      );
    },
    values: new LazyArray(int16, "len")
  });
  var KernSubtable = new VersionedStruct("format", {
    0: {
      nPairs: uint16,
      searchRange: uint16,
      entrySelector: uint16,
      rangeShift: uint16,
      pairs: new ArrayT(KernPair, "nPairs")
    },
    2: {
      rowWidth: uint16,
      leftTable: new Pointer(uint16, ClassTable, { type: "parent" }),
      rightTable: new Pointer(uint16, ClassTable, { type: "parent" }),
      array: new Pointer(uint16, Kern2Array, { type: "parent" })
    },
    3: {
      glyphCount: uint16,
      kernValueCount: uint8,
      leftClassCount: uint8,
      rightClassCount: uint8,
      flags: uint8,
      kernValue: new ArrayT(int16, "kernValueCount"),
      leftClass: new ArrayT(uint8, "glyphCount"),
      rightClass: new ArrayT(uint8, "glyphCount"),
      kernIndex: new ArrayT(
        uint8,
        /** @param {StructValue} t @returns {number} */
        (t) => (
          /** @type {number} */
          t.leftClassCount * /** @type {number} */
          t.rightClassCount
        )
      )
    }
  });
  var KernTable = new VersionedStruct("version", {
    0: {
      // Microsoft uses this format
      subVersion: uint16,
      // Microsoft has an extra sub-table version number
      length: uint16,
      // Length of the subtable, in bytes
      format: uint8,
      // Format of subtable
      coverage: new Bitfield(uint8, [
        "horizontal",
        // 1 if table has horizontal data, 0 if vertical
        "minimum",
        // If set to 1, the table has minimum values. If set to 0, the table has kerning values.
        "crossStream",
        // If set to 1, kerning is perpendicular to the flow of the text
        "override"
        // If set to 1 the value in this table replaces the accumulated value
      ]),
      subtable: KernSubtable,
      padding: new Reserved(
        uint8,
        /** @param {StructValue} t @returns {number} */
        (t) => (
          /** @type {number} */
          t.length - /** @type {number} */
          t._currentOffset
        )
      )
    },
    1: {
      // Apple uses this format
      length: uint32,
      coverage: new Bitfield(uint8, [
        null,
        null,
        null,
        null,
        null,
        "variation",
        // Set if table has variation kerning values
        "crossStream",
        // Set if table has cross-stream kerning values
        "vertical"
        // Set if table has vertical kerning values
      ]),
      format: uint8,
      tupleIndex: uint16,
      subtable: KernSubtable,
      padding: new Reserved(
        uint8,
        /** @param {StructValue} t @returns {number} */
        (t) => (
          /** @type {number} */
          t.length - /** @type {number} */
          t._currentOffset
        )
      )
    }
  });
  var kern_default = new VersionedStruct(uint16, {
    0: {
      // Microsoft Version
      nTables: uint16,
      tables: new ArrayT(KernTable, "nTables")
    },
    1: {
      // Apple Version
      reserved: new Reserved(uint16),
      // the other half of the version number
      nTables: uint32,
      tables: new ArrayT(KernTable, "nTables")
    }
  });

  // src/tables/LTSH.js
  var LTSH_default = new Struct({
    version: uint16,
    numGlyphs: uint16,
    yPels: new ArrayT(uint8, "numGlyphs")
  });

  // src/tables/STAT.js
  var AxisRecord = new Struct({
    axisTag: new StringT(4),
    axisNameID: uint16,
    axisOrdering: uint16
  });
  var AxisValue = new VersionedStruct(uint16, {
    1: {
      axisIndex: uint16,
      flags: uint16,
      valueNameID: uint16,
      value: fixed32
    },
    2: {
      axisIndex: uint16,
      flags: uint16,
      valueNameID: uint16,
      nominalValue: fixed32,
      rangeMinValue: fixed32,
      rangeMaxValue: fixed32
    },
    3: {
      axisIndex: uint16,
      flags: uint16,
      valueNameID: uint16,
      value: fixed32,
      linkedValue: fixed32
    },
    4: {
      axisCount: uint16,
      flags: uint16,
      valueNameID: uint16,
      axisValues: new ArrayT(new Struct({
        axisIndex: uint16,
        value: fixed32
      }), "axisCount")
    }
  });
  var AxisValueArray = new Struct({
    axisValues: new ArrayT(
      new Pointer(uint16, AxisValue),
      /** @param {StructValue} t @returns {number} */
      (t) => (
        /** @type {number} */
        /** @type {StructValue} */
        t.parent.axisValueCount
      )
    )
  });
  var DesignAxisArray = class {
    /**
     * @param {StructValue | null | undefined} parent
     * @returns {number}
     */
    _stride(parent) {
      let fromParent = parent ? (
        /** @type {number | undefined} */
        parent.designAxisSize
      ) : void 0;
      let fromVal = parent && parent.val ? (
        /** @type {number | undefined} */
        /** @type {StructValue} */
        parent.val.designAxisSize
      ) : void 0;
      return Math.max(8, fromParent ?? fromVal ?? 8);
    }
    /**
     * @param {DecodeStream} stream
     * @param {StructValue | null | undefined} parent
     * @returns {StructValue[]}
     */
    decode(stream, parent) {
      let count = parent ? (
        /** @type {number} */
        parent.designAxisCount
      ) : 0;
      let size = this._stride(parent);
      let res = [];
      for (let i = 0; i < count; i++) {
        let start = stream.pos;
        res.push(AxisRecord.decode(stream, parent));
        stream.pos = start + size;
      }
      return res;
    }
    /**
     * @param {unknown} array
     * @param {StructValue | null | undefined} parent
     * @returns {number}
     */
    size(array, parent) {
      let len = Array.isArray(array) ? array.length : 0;
      return len * this._stride(parent);
    }
    /**
     * @param {EncodeStream} stream
     * @param {unknown} array
     * @param {StructValue | null | undefined} parent
     * @returns {void}
     */
    encode(stream, array, parent) {
      let size = this._stride(parent);
      let items = Array.isArray(array) ? (
        /** @type {StructValue[]} */
        array
      ) : [];
      for (let item of items) {
        let start = stream.pos;
        AxisRecord.encode(stream, item, parent);
        let pad = size - (stream.pos - start);
        if (pad > 0) {
          stream.fill(0, pad);
        }
      }
    }
  };
  var STAT_default = new VersionedStruct(uint32, {
    header: {
      designAxisSize: uint16,
      designAxisCount: uint16,
      offsetToDesignAxes: new Pointer(uint32, new DesignAxisArray()),
      axisValueCount: uint16,
      offsetToAxisValueOffsets: new Pointer(uint32, AxisValueArray)
    },
    65536: {},
    65537: {
      elidedFallbackNameID: uint16
    },
    // v1.2: same header as v1.1; adds AxisValue format 4.
    65538: {
      elidedFallbackNameID: uint16
    }
  });

  // src/tables/PCLT.js
  var PCLT_default = new Struct({
    version: uint16,
    fontNumber: uint32,
    pitch: uint16,
    xHeight: uint16,
    style: uint16,
    typeFamily: uint16,
    capHeight: uint16,
    symbolSet: uint16,
    typeface: new StringT(16),
    characterComplement: new StringT(8),
    fileName: new StringT(6),
    strokeWeight: new StringT(1),
    widthType: new StringT(1),
    serifStyle: uint8,
    reserved: new Reserved(uint8)
  });

  // src/tables/VDMX.js
  var Ratio = new Struct({
    bCharSet: uint8,
    // Character set
    xRatio: uint8,
    // Value to use for x-Ratio
    yStartRatio: uint8,
    // Starting y-Ratio value
    yEndRatio: uint8
    // Ending y-Ratio value
  });
  var vTable = new Struct({
    yPelHeight: uint16,
    // yPelHeight to which values apply
    yMax: int16,
    // Maximum value (in pels) for this yPelHeight
    yMin: int16
    // Minimum value (in pels) for this yPelHeight
  });
  var VdmxGroup = new Struct({
    recs: uint16,
    // Number of height records in this group
    startsz: uint8,
    // Starting yPelHeight
    endsz: uint8,
    // Ending yPelHeight
    entries: new ArrayT(vTable, "recs")
    // The VDMX records
  });
  var VDMX_default = new Struct({
    version: uint16,
    // Version number (0 or 1)
    numRecs: uint16,
    // Number of VDMX groups present
    numRatios: uint16,
    // Number of aspect ratio groupings
    ratioRanges: new ArrayT(Ratio, "numRatios"),
    // Ratio ranges
    offsets: new ArrayT(uint16, "numRatios"),
    // Offset to the VDMX group for this ratio range
    groups: new ArrayT(VdmxGroup, "numRecs")
    // The actual VDMX groupings
  });

  // src/tables/vhea.js
  var vhea_default = new Struct({
    version: fixed32,
    // Version number of the Vertical Header Table
    ascent: int16,
    // The vertical typographic ascender for this font
    descent: int16,
    // The vertical typographic descender for this font
    lineGap: int16,
    // The vertical typographic line gap for this font
    advanceHeightMax: uint16,
    // The maximum advance height measurement found in the font
    minTopSideBearing: int16,
    // The minimum top side bearing measurement found in the font
    minBottomSideBearing: int16,
    // The minimum bottom side bearing measurement found in the font
    yMaxExtent: int16,
    caretSlopeRise: int16,
    // Caret slope (rise/run)
    caretSlopeRun: int16,
    caretOffset: int16,
    // Set value equal to 0 for nonslanted fonts
    reserved: new Reserved(int16, 4),
    metricDataFormat: int16,
    // Set to 0
    numberOfMetrics: uint16
    // Number of advance heights in the Vertical Metrics table
  });

  // src/tables/vmtx.js
  var VmtxEntry = new Struct({
    advance: uint16,
    // The advance height of the glyph
    bearing: int16
    // The top sidebearing of the glyph
  });
  var vmtx_default = new Struct({
    metrics: new LazyArray(
      VmtxEntry,
      /** @param {StructValue} t @returns {number} */
      (t) => (
        /** @type {number} */
        /** @type {StructValue} */
        /** @type {StructValue} */
        t.parent.vhea.numberOfMetrics
      )
    ),
    bearings: new LazyArray(
      int16,
      /** @param {StructValue} t @returns {number} */
      (t) => {
        let parent = (
          /** @type {StructValue} */
          t.parent
        );
        let maxp = (
          /** @type {StructValue} */
          parent.maxp
        );
        let vhea = (
          /** @type {StructValue} */
          parent.vhea
        );
        return (
          /** @type {number} */
          maxp.numGlyphs - /** @type {number} */
          vhea.numberOfMetrics
        );
      }
    )
  });

  // src/tables/avar.js
  var shortFrac = new Fixed(16, "BE", 14);
  var Correspondence = new Struct({
    fromCoord: shortFrac,
    toCoord: shortFrac
  });
  var Segment = new Struct({
    pairCount: uint16,
    correspondence: new ArrayT(Correspondence, "pairCount")
  });
  var avar_default = new Struct({
    version: fixed32,
    axisCount: uint32,
    segment: new ArrayT(Segment, "axisCount")
  });

  // src/tables/aat.js
  var UnboundedArrayAccessor = class {
    /**
     * @param {BaseType} type
     * @param {DecodeStream} stream
     * @param {StructValue | null | undefined} parent
     */
    constructor(type, stream, parent) {
      this.type = type;
      this.stream = stream;
      this.parent = parent;
      this.base = this.stream.pos;
      this._items = [];
    }
    /**
     * @param {number} index
     * @returns {unknown}
     */
    getItem(index) {
      if (this._items[index] == null) {
        let pos = this.stream.pos;
        let itemSize = this.type.size?.(null, this.parent);
        this.stream.pos = this.base + /** @type {number} */
        itemSize * index;
        this._items[index] = this.type.decode?.(this.stream, this.parent);
        this.stream.pos = pos;
      }
      return this._items[index];
    }
    /**
     * @returns {string}
     */
    inspect() {
      let name = this.type.constructor && this.type.constructor.name ? this.type.constructor.name : "Type";
      return `[UnboundedArray ${name}]`;
    }
  };
  var UnboundedArray = class {
    /**
     * @param {BaseType} type
     */
    constructor(type) {
      this.type = type;
    }
    /**
     * @param {DecodeStream} stream
     * @param {StructValue | null | undefined} parent
     * @returns {UnboundedArrayAccessor}
     */
    decode(stream, parent) {
      return new UnboundedArrayAccessor(this.type, stream, parent);
    }
  };
  function LookupTable(ValueType = uint16) {
    class Shadow {
      /**
       * @param {BaseType} type
       */
      constructor(type) {
        this.type = type;
      }
      /**
       * @param {DecodeStream} stream
       * @param {StructValue | null | undefined} ctx
       * @returns {unknown}
       */
      decode(stream, ctx) {
        let parent = ctx && ctx.parent && ctx.parent.parent ? ctx.parent.parent : ctx;
        return this.type.decode?.(stream, parent);
      }
      /**
       * @param {unknown} val
       * @param {StructValue | null | undefined} ctx
       * @returns {number}
       */
      size(val, ctx) {
        let parent = ctx && ctx.parent && ctx.parent.parent ? ctx.parent.parent : ctx;
        return (
          /** @type {number} */
          this.type.size?.(val, parent)
        );
      }
      /**
       * @param {EncodeStream | null} stream
       * @param {unknown} val
       * @param {StructValue | null | undefined} ctx
       * @returns {unknown}
       */
      encode(stream, val, ctx) {
        let parent = ctx && ctx.parent && ctx.parent.parent ? ctx.parent.parent : ctx;
        return this.type.encode?.(stream, val, parent);
      }
    }
    let shadowed = new Shadow(ValueType);
    let BinarySearchHeader = new Struct({
      unitSize: uint16,
      nUnits: uint16,
      searchRange: uint16,
      entrySelector: uint16,
      rangeShift: uint16
    });
    let LookupSegmentSingle = new Struct({
      lastGlyph: uint16,
      firstGlyph: uint16,
      value: shadowed
    });
    let LookupSegmentArray = new Struct({
      lastGlyph: uint16,
      firstGlyph: uint16,
      values: new Pointer(
        uint16,
        new ArrayT(
          shadowed,
          /** @param {StructValue} t @returns {number} */
          (t) => (
            /** @type {number} */
            t.lastGlyph - /** @type {number} */
            t.firstGlyph + 1
          )
        ),
        { type: "parent" }
      )
    });
    let LookupSingle = new Struct({
      glyph: uint16,
      value: shadowed
    });
    return new VersionedStruct(uint16, {
      0: {
        values: new UnboundedArray(shadowed)
        // length == number of glyphs maybe?
      },
      2: {
        binarySearchHeader: BinarySearchHeader,
        segments: new ArrayT(
          LookupSegmentSingle,
          /** @param {StructValue} t @returns {number} */
          (t) => (
            /** @type {number} */
            /** @type {StructValue} */
            t.binarySearchHeader.nUnits
          )
        )
      },
      4: {
        binarySearchHeader: BinarySearchHeader,
        segments: new ArrayT(
          LookupSegmentArray,
          /** @param {StructValue} t @returns {number} */
          (t) => (
            /** @type {number} */
            /** @type {StructValue} */
            t.binarySearchHeader.nUnits
          )
        )
      },
      6: {
        binarySearchHeader: BinarySearchHeader,
        segments: new ArrayT(
          LookupSingle,
          /** @param {StructValue} t @returns {number} */
          (t) => (
            /** @type {number} */
            /** @type {StructValue} */
            t.binarySearchHeader.nUnits
          )
        )
      },
      8: {
        firstGlyph: uint16,
        count: uint16,
        values: new ArrayT(shadowed, "count")
      }
    });
  }
  function StateTable(entryData = {}, lookupType = uint16) {
    let entry = Object.assign({
      newState: uint16,
      flags: uint16
    }, entryData);
    let Entry = new Struct(entry);
    let StateArray = new UnboundedArray(
      new ArrayT(
        uint16,
        /** @param {StructValue} t @returns {number} */
        (t) => (
          /** @type {number} */
          t.nClasses
        )
      )
    );
    return new Struct({
      nClasses: uint32,
      classTable: new Pointer(uint32, LookupTable(lookupType)),
      stateArray: new Pointer(uint32, StateArray),
      entryTable: new Pointer(uint32, new UnboundedArray(Entry))
    });
  }
  function StateTable1(entryData = {}, _lookupType = uint16) {
    let ClassLookupTable = new Struct({
      /** @returns {number} */
      version() {
        return 8;
      },
      // simulate LookupTable
      firstGlyph: uint16,
      values: new ArrayT(uint8, uint16)
    });
    let entry = Object.assign({
      newStateOffset: uint16,
      /**
       * Convert offset to stateArray index.
       * @param {StructValue} t
       * @returns {number}
       */
      newState: (t) => {
        let parent = (
          /** @type {StructValue & StateParent} */
          t.parent
        );
        return (
          /** @type {number} */
          (t.newStateOffset - (parent.stateArray.base - parent._startOffset)) / parent.nClasses
        );
      },
      flags: uint16
    }, entryData);
    let Entry = new Struct(entry);
    let StateArray = new UnboundedArray(
      new ArrayT(
        uint8,
        /** @param {StructValue} t @returns {number} */
        (t) => (
          /** @type {number} */
          t.nClasses
        )
      )
    );
    return new Struct({
      nClasses: uint16,
      classTable: new Pointer(uint16, ClassLookupTable),
      stateArray: new Pointer(uint16, StateArray),
      entryTable: new Pointer(uint16, new UnboundedArray(Entry))
    });
  }

  // src/tables/bsln.js
  var BslnSubtable = new VersionedStruct("format", {
    0: {
      // Distance-based, no mapping
      deltas: new ArrayT(int16, 32)
    },
    1: {
      // Distance-based, with mapping
      deltas: new ArrayT(int16, 32),
      mappingData: LookupTable(uint16)
    },
    2: {
      // Control point-based, no mapping
      standardGlyph: uint16,
      controlPoints: new ArrayT(uint16, 32)
    },
    3: {
      // Control point-based, with mapping
      standardGlyph: uint16,
      controlPoints: new ArrayT(uint16, 32),
      mappingData: LookupTable(uint16)
    }
  });
  var bsln_default = new Struct({
    version: fixed32,
    format: uint16,
    defaultBaseline: uint16,
    subtable: BslnSubtable
  });

  // src/tables/feat.js
  function featureNameAt(t, depth, nameIndex) {
    let cur = t;
    for (let i = 0; i < depth; i++) {
      cur = /** @type {StructValue} */
      cur.parent;
    }
    let name = (
      /** @type {StructValue} */
      cur.name
    );
    let records = (
      /** @type {StructValue} */
      name.records
    );
    let fontFeatures = (
      /** @type {Record<number, unknown>} */
      records.fontFeatures
    );
    return fontFeatures[nameIndex];
  }
  var Setting = new Struct({
    setting: uint16,
    nameIndex: int16,
    /** @param {StructValue} t @returns {unknown} */
    name: (t) => featureNameAt(
      t,
      3,
      /** @type {number} */
      t.nameIndex
    )
  });
  var FeatureName = new Struct({
    feature: uint16,
    nSettings: uint16,
    settingTable: new Pointer(uint32, new ArrayT(Setting, "nSettings"), { type: "parent" }),
    featureFlags: new Bitfield(uint8, [
      null,
      null,
      null,
      null,
      null,
      null,
      "hasDefault",
      "exclusive"
    ]),
    defaultSetting: uint8,
    nameIndex: int16,
    /** @param {StructValue} t @returns {unknown} */
    name: (t) => featureNameAt(
      t,
      2,
      /** @type {number} */
      t.nameIndex
    )
  });
  var feat_default = new Struct({
    version: fixed32,
    featureNameCount: uint16,
    reserved1: new Reserved(uint16),
    reserved2: new Reserved(uint32),
    featureNames: new ArrayT(FeatureName, "featureNameCount")
  });

  // src/tables/fvar.js
  function featureName(t, nameID) {
    let parent = (
      /** @type {StructValue} */
      t.parent
    );
    let grand = (
      /** @type {StructValue} */
      parent.parent
    );
    let name = (
      /** @type {StructValue} */
      grand.name
    );
    let records = (
      /** @type {StructValue} */
      name.records
    );
    let fontFeatures = (
      /** @type {Record<number, unknown>} */
      records.fontFeatures
    );
    return fontFeatures[nameID];
  }
  var Axis2 = new Struct({
    axisTag: new StringT(4),
    minValue: fixed32,
    defaultValue: fixed32,
    maxValue: fixed32,
    flags: uint16,
    nameID: uint16,
    /** @param {StructValue} t @returns {unknown} */
    name: (t) => featureName(
      t,
      /** @type {number} */
      t.nameID
    )
  });
  var Instance = new Struct({
    nameID: uint16,
    /** @param {StructValue} t @returns {unknown} */
    name: (t) => featureName(
      t,
      /** @type {number} */
      t.nameID
    ),
    flags: uint16,
    coord: new ArrayT(
      fixed32,
      /** @param {StructValue} t @returns {number} */
      (t) => (
        /** @type {number} */
        /** @type {StructValue} */
        t.parent.axisCount
      )
    ),
    postscriptNameID: new Optional(
      uint16,
      /** @param {StructValue} t @returns {boolean} */
      (t) => (
        /** @type {number} */
        /** @type {StructValue} */
        t.parent.instanceSize - /** @type {number} */
        t._currentOffset > 0
      )
    )
  });
  var fvar_default = new Struct({
    version: fixed32,
    offsetToData: uint16,
    countSizePairs: uint16,
    axisCount: uint16,
    axisSize: uint16,
    instanceCount: uint16,
    instanceSize: uint16,
    axis: new ArrayT(Axis2, "axisCount"),
    instance: new ArrayT(Instance, "instanceCount")
  });

  // src/tables/gvar.js
  var shortFrac2 = new Fixed(16, "BE", 14);
  var Offset = class {
    /**
     * @param {DecodeStream} stream
     * @param {StructValue | null | undefined} parent
     * @returns {number}
     */
    static decode(stream, parent) {
      return parent && parent.flags ? stream.readUInt32BE() : stream.readUInt16BE() * 2;
    }
  };
  var gvar = new Struct({
    version: uint16,
    reserved: new Reserved(uint16),
    axisCount: uint16,
    globalCoordCount: uint16,
    globalCoords: new Pointer(uint32, new ArrayT(new ArrayT(shortFrac2, "axisCount"), "globalCoordCount")),
    glyphCount: uint16,
    flags: uint16,
    offsetToData: uint32,
    offsets: new ArrayT(
      new Pointer(
        /** @type {BaseType} */
        Offset,
        "void",
        {
          /** @param {StructValue} ctx @returns {number} */
          relativeTo: (ctx) => (
            /** @type {number} */
            ctx.offsetToData
          ),
          allowNull: false
        }
      ),
      /** @param {StructValue} t @returns {number} */
      (t) => (
        /** @type {number} */
        t.glyphCount + 1
      )
    )
  });
  var gvar_default = gvar;

  // src/tables/just.js
  var ClassTable2 = new Struct({
    length: uint16,
    coverage: uint16,
    subFeatureFlags: uint32,
    stateTable: StateTable1()
  });
  var WidthDeltaRecord = new Struct({
    justClass: uint32,
    beforeGrowLimit: fixed32,
    beforeShrinkLimit: fixed32,
    afterGrowLimit: fixed32,
    afterShrinkLimit: fixed32,
    growFlags: uint16,
    shrinkFlags: uint16
  });
  var WidthDeltaCluster = new ArrayT(WidthDeltaRecord, uint32);
  var ActionData = new VersionedStruct("actionType", {
    0: {
      // Decomposition action
      lowerLimit: fixed32,
      upperLimit: fixed32,
      order: uint16,
      glyphs: new ArrayT(uint16, uint16)
    },
    1: {
      // Unconditional add glyph action
      addGlyph: uint16
    },
    2: {
      // Conditional add glyph action
      substThreshold: fixed32,
      addGlyph: uint16,
      substGlyph: uint16
    },
    3: {},
    // Stretch glyph action (no data, not supported by CoreText)
    4: {
      // Ductile glyph action (not supported by CoreText)
      variationAxis: uint32,
      minimumLimit: fixed32,
      noStretchValue: fixed32,
      maximumLimit: fixed32
    },
    5: {
      // Repeated add glyph action
      flags: uint16,
      glyph: uint16
    }
  });
  var Action = new Struct({
    actionClass: uint16,
    actionType: uint16,
    actionLength: uint32,
    actionData: ActionData,
    padding: new Reserved(
      uint8,
      /** @param {StructValue} t @returns {number} */
      (t) => (
        /** @type {number} */
        t.actionLength - /** @type {number} */
        t._currentOffset
      )
    )
  });
  var PostcompensationAction = new ArrayT(Action, uint32);
  var PostCompensationTable = new Struct({
    lookupTable: LookupTable(new Pointer(uint16, PostcompensationAction))
  });
  var JustificationTable = new Struct({
    classTable: new Pointer(uint16, ClassTable2, { type: "parent" }),
    wdcOffset: uint16,
    postCompensationTable: new Pointer(uint16, PostCompensationTable, { type: "parent" }),
    widthDeltaClusters: LookupTable(new Pointer(uint16, WidthDeltaCluster, {
      type: "parent",
      /** @param {StructValue} ctx @returns {number} */
      relativeTo: (ctx) => (
        /** @type {number} */
        ctx.wdcOffset
      )
    }))
  });
  var just_default = new Struct({
    version: uint32,
    format: uint16,
    horizontal: new Pointer(uint16, JustificationTable),
    vertical: new Pointer(uint16, JustificationTable)
  });

  // src/tables/morx.js
  var LigatureData = {
    action: uint16
  };
  var ContextualData = {
    markIndex: uint16,
    currentIndex: uint16
  };
  var InsertionData = {
    currentInsertIndex: uint16,
    markedInsertIndex: uint16
  };
  var SubstitutionTable = new Struct({
    items: new UnboundedArray(new Pointer(uint32, LookupTable()))
  });
  var SubtableData = new VersionedStruct("type", {
    0: {
      // Indic Rearrangement Subtable
      stateTable: StateTable()
    },
    1: {
      // Contextual Glyph Substitution Subtable
      stateTable: StateTable(ContextualData),
      substitutionTable: new Pointer(uint32, SubstitutionTable)
    },
    2: {
      // Ligature subtable
      stateTable: StateTable(LigatureData),
      ligatureActions: new Pointer(uint32, new UnboundedArray(uint32)),
      components: new Pointer(uint32, new UnboundedArray(uint16)),
      ligatureList: new Pointer(uint32, new UnboundedArray(uint16))
    },
    4: {
      // Non-contextual Glyph Substitution Subtable
      lookupTable: LookupTable()
    },
    5: {
      // Glyph Insertion Subtable
      stateTable: StateTable(InsertionData),
      insertionActions: new Pointer(uint32, new UnboundedArray(uint16))
    }
  });
  var Subtable = new Struct({
    length: uint32,
    coverage: uint24,
    type: uint8,
    subFeatureFlags: uint32,
    table: SubtableData,
    padding: new Reserved(
      uint8,
      /** @param {StructValue} t @returns {number} */
      (t) => (
        /** @type {number} */
        t.length - /** @type {number} */
        t._currentOffset
      )
    )
  });
  var FeatureEntry = new Struct({
    featureType: uint16,
    featureSetting: uint16,
    enableFlags: uint32,
    disableFlags: uint32
  });
  var MorxChain = new Struct({
    defaultFlags: uint32,
    chainLength: uint32,
    nFeatureEntries: uint32,
    nSubtables: uint32,
    features: new ArrayT(FeatureEntry, "nFeatureEntries"),
    subtables: new ArrayT(Subtable, "nSubtables")
  });
  var morx_default = new Struct({
    version: uint16,
    unused: new Reserved(uint16),
    nChains: uint32,
    chains: new ArrayT(MorxChain, "nChains")
  });

  // src/tables/opbd.js
  var OpticalBounds = new Struct({
    left: int16,
    top: int16,
    right: int16,
    bottom: int16
  });
  var opbd_default = new Struct({
    version: fixed32,
    format: uint16,
    lookupTable: LookupTable(OpticalBounds)
  });

  // src/tables/index.js
  var tables = {};
  var tables_default = tables;
  tables.cmap = cmap_default;
  tables.head = head_default;
  tables.hhea = hhea_default;
  tables.hmtx = hmtx_default;
  tables.maxp = maxp_default;
  tables.name = name_default;
  tables["OS/2"] = OS2_default;
  tables.post = post_default;
  tables.fpgm = fpgm_default;
  tables.loca = loca_default;
  tables.prep = prep_default;
  tables["cvt "] = cvt_default;
  tables.glyf = glyf_default;
  tables["CFF "] = CFFFont_default;
  tables["CFF2"] = CFFFont_default;
  tables.VORG = VORG_default;
  tables.EBLC = EBLC_default;
  tables.CBLC = tables.EBLC;
  tables.sbix = sbix_default;
  tables.COLR = COLR_default;
  tables.CPAL = CPAL_default;
  tables.BASE = BASE_default;
  tables.GDEF = GDEF_default;
  tables.GPOS = GPOS_default;
  tables.GSUB = GSUB_default;
  tables.JSTF = JSTF_default;
  tables.HVAR = HVAR_default;
  tables.DSIG = DSIG_default;
  tables.gasp = gasp_default;
  tables.hdmx = hdmx_default;
  tables.kern = kern_default;
  tables.LTSH = LTSH_default;
  tables.STAT = STAT_default;
  tables.PCLT = PCLT_default;
  tables.VDMX = VDMX_default;
  tables.vhea = vhea_default;
  tables.vmtx = vmtx_default;
  tables.avar = avar_default;
  tables.bsln = bsln_default;
  tables.feat = feat_default;
  tables.fvar = fvar_default;
  tables.gvar = gvar_default;
  tables.just = just_default;
  tables.morx = morx_default;
  tables.opbd = opbd_default;

  // src/tables/directory.js
  var TableEntryStruct = new Struct({
    tag: new StringT(4),
    checkSum: uint32,
    offset: new Pointer(uint32, "void", { type: "global" }),
    length: uint32
  });
  var Directory = new Struct({
    tag: new StringT(4),
    numTables: uint16,
    searchRange: uint16,
    entrySelector: uint16,
    rangeShift: uint16,
    tables: new ArrayT(TableEntryStruct, "numTables")
  });
  Directory.process = function() {
    let self = (
      /** @type {DirectoryValue} */
      this
    );
    let tables2 = {};
    for (
      let table of
      /** @type {TableEntry[]} */
      self.tables
    ) {
      tables2[table.tag] = table;
    }
    self.tables = tables2;
  };
  Directory.preEncode = function() {
    let self = (
      /** @type {DirectoryValue} */
      this
    );
    if (!Array.isArray(self.tables)) {
      let tables2 = [];
      let byTag = self.tables;
      for (let tag of Object.keys(byTag)) {
        let table = byTag[tag];
        if (table) {
          let codec = (
            /** @type {TableCodec | undefined} */
            tables_default[tag]
          );
          if (!codec || typeof codec.size !== "function") {
            throw new Error(`Missing encoder for table "${tag}"`);
          }
          tables2.push({
            tag,
            checkSum: 0,
            offset: (
              /** @type {number} */
              /** @type {unknown} */
              new VoidPointer(
                /** @type {import('restructure').BaseType} */
                /** @type {unknown} */
                codec,
                table
              )
            ),
            length: codec.size(table)
          });
        }
      }
      self.tables = tables2;
    }
    self.tag = "true";
    self.numTables = self.tables.length;
    let maxExponentFor2 = Math.floor(Math.log(self.numTables) / Math.LN2);
    let maxPowerOf2 = Math.pow(2, maxExponentFor2);
    self.searchRange = maxPowerOf2 * 16;
    self.entrySelector = Math.log(maxPowerOf2) / Math.LN2;
    self.rangeShift = self.numTables * 16 - self.searchRange;
  };
  var directory_default = Directory;

  // src/CmapProcessor.js
  var CmapProcessor = class {
    /**
     * @param {CmapTable} cmapTable
     */
    constructor(cmapTable) {
      this.encoding = null;
      this.cmap = this.findSubtable(cmapTable, [
        // 32-bit subtables
        [3, 10],
        [0, 6],
        [0, 4],
        // 16-bit subtables
        [3, 1],
        [0, 3],
        [0, 2],
        [0, 1],
        [0, 0]
      ]);
      if (!this.cmap) {
        for (let cmap of cmapTable.tables) {
          let language = "language" in cmap.table && typeof cmap.table.language === "number" ? cmap.table.language - 1 : 0;
          let encoding = getEncoding(cmap.platformID, cmap.encodingID, language);
          if (!encoding) {
            continue;
          }
          let mapping = getEncodingMapping(encoding);
          if (mapping) {
            this.cmap = cmap.table;
            this.encoding = mapping;
          }
        }
      }
      if (!this.cmap) {
        throw new Error("Could not find a supported cmap table");
      }
      let uvs = this.findSubtable(cmapTable, [[0, 5]]);
      this.uvs = uvs && uvs.version === 14 ? (
        /** @type {CmapSubtable14} */
        uvs
      ) : null;
    }
    /**
     * @param {CmapTable} cmapTable
     * @param {Array<[number, number]>} pairs
     * @returns {CmapSubtable | null}
     */
    findSubtable(cmapTable, pairs) {
      for (let [platformID, encodingID] of pairs) {
        for (let cmap of cmapTable.tables) {
          if (cmap.platformID === platformID && cmap.encodingID === encodingID) {
            return cmap.table;
          }
        }
      }
      return null;
    }
    /**
     * @param {number} codepoint
     * @param {number} [variationSelector]
     * @returns {number}
     */
    lookup(codepoint, variationSelector) {
      if (this.encoding) {
        codepoint = this.encoding.get(codepoint) || codepoint;
      } else if (variationSelector) {
        let gid = this.getVariationSelector(codepoint, variationSelector);
        if (gid) {
          return gid;
        }
      }
      let cmap = this.cmap;
      switch (cmap.version) {
        case 0:
          return cmap.codeMap.get(codepoint) || 0;
        case 4: {
          let min = 0;
          let max2 = cmap.segCount - 1;
          while (min <= max2) {
            let mid = min + max2 >> 1;
            if (codepoint < /** @type {number} */
            cmap.startCode.get(mid)) {
              max2 = mid - 1;
            } else if (codepoint > /** @type {number} */
            cmap.endCode.get(mid)) {
              min = mid + 1;
            } else {
              let rangeOffset = (
                /** @type {number} */
                cmap.idRangeOffset.get(mid)
              );
              let gid;
              if (rangeOffset === 0) {
                gid = codepoint + /** @type {number} */
                cmap.idDelta.get(mid);
              } else {
                let index = rangeOffset / 2 + (codepoint - /** @type {number} */
                cmap.startCode.get(mid)) - (cmap.segCount - mid);
                gid = cmap.glyphIndexArray.get(index) || 0;
                if (gid !== 0) {
                  gid += /** @type {number} */
                  cmap.idDelta.get(mid);
                }
              }
              return gid & 65535;
            }
          }
          return 0;
        }
        case 8:
          throw new Error("TODO: cmap format 8");
        case 6:
        case 10:
          return cmap.glyphIndices.get(codepoint - cmap.firstCode) || 0;
        case 12:
        case 13: {
          let min = 0;
          let max2 = cmap.nGroups - 1;
          while (min <= max2) {
            let mid = min + max2 >> 1;
            let group = (
              /** @type {CmapGroup} */
              cmap.groups.get(mid)
            );
            if (codepoint < group.startCharCode) {
              max2 = mid - 1;
            } else if (codepoint > group.endCharCode) {
              min = mid + 1;
            } else {
              if (cmap.version === 12) {
                return group.glyphID + (codepoint - group.startCharCode);
              } else {
                return group.glyphID;
              }
            }
          }
          return 0;
        }
        case 14:
          throw new Error("TODO: cmap format 14");
        default:
          throw new Error(`Unknown cmap format ${/** @type {{ version: number }} */
          cmap.version}`);
      }
    }
    /**
     * @param {number} codepoint
     * @param {number} variationSelector
     * @returns {number}
     */
    getVariationSelector(codepoint, variationSelector) {
      if (!this.uvs) {
        return 0;
      }
      let selectors = this.uvs.varSelectors.toArray();
      let i = binarySearch(selectors, (x) => variationSelector - x.varSelector);
      if (i === -1) {
        return 0;
      }
      let sel = (
        /** @type {CmapVarSelector} */
        selectors[i]
      );
      let { defaultUVS, nonDefaultUVS } = sel;
      if (defaultUVS && binarySearch(
        defaultUVS,
        (x) => codepoint < x.startUnicodeValue ? -1 : codepoint > x.startUnicodeValue + x.additionalCount ? 1 : 0
      ) !== -1) return 0;
      if (!nonDefaultUVS) return 0;
      let ni = binarySearch(nonDefaultUVS, (x) => codepoint - x.unicodeValue);
      return ni !== -1 ? nonDefaultUVS[ni].glyphID : 0;
    }
    /**
     * @returns {number[]}
     */
    getCharacterSet() {
      let cmap = this.cmap;
      switch (cmap.version) {
        case 0:
          return range(0, cmap.codeMap.length);
        case 4: {
          let res = [];
          let endCodes = cmap.endCode.toArray();
          for (let i = 0; i < endCodes.length; i++) {
            let tail = endCodes[i] + 1;
            let start = (
              /** @type {number} */
              cmap.startCode.get(i)
            );
            res.push(...range(start, tail));
          }
          return res;
        }
        case 8:
          throw new Error("TODO: cmap format 8");
        case 6:
        case 10:
          return range(cmap.firstCode, cmap.firstCode + cmap.glyphIndices.length);
        case 12:
        case 13: {
          let res = [];
          for (let group of cmap.groups.toArray()) {
            res.push(...range(group.startCharCode, group.endCharCode + 1));
          }
          return res;
        }
        case 14:
          throw new Error("TODO: cmap format 14");
        default:
          throw new Error(`Unknown cmap format ${/** @type {{ version: number }} */
          cmap.version}`);
      }
    }
    /**
     * @param {number} gid
     * @returns {number[]}
     */
    codePointsForGlyph(gid) {
      let cmap = this.cmap;
      switch (cmap.version) {
        case 0: {
          let res = [];
          for (let i = 0; i < 256; i++) {
            if (cmap.codeMap.get(i) === gid) {
              res.push(i);
            }
          }
          return res;
        }
        case 4: {
          let res = [];
          for (let i = 0; i < cmap.segCount; i++) {
            let end = (
              /** @type {number} */
              cmap.endCode.get(i)
            );
            let start = (
              /** @type {number} */
              cmap.startCode.get(i)
            );
            let rangeOffset = (
              /** @type {number} */
              cmap.idRangeOffset.get(i)
            );
            let delta = (
              /** @type {number} */
              cmap.idDelta.get(i)
            );
            for (var c = start; c <= end; c++) {
              let g;
              if (rangeOffset === 0) {
                g = c + delta;
              } else {
                let index = rangeOffset / 2 + (c - start) - (cmap.segCount - i);
                g = cmap.glyphIndexArray.get(index) || 0;
                if (g !== 0) {
                  g += delta;
                }
              }
              if ((g & 65535) === gid) {
                res.push(c);
              }
            }
          }
          return res;
        }
        case 12: {
          let res = [];
          for (let group of cmap.groups.toArray()) {
            if (gid >= group.glyphID && gid <= group.glyphID + (group.endCharCode - group.startCharCode)) {
              res.push(group.startCharCode + (gid - group.glyphID));
            }
          }
          return res;
        }
        case 13: {
          let res = [];
          for (let group of cmap.groups.toArray()) {
            if (gid === group.glyphID) {
              res.push(...range(group.startCharCode, group.endCharCode + 1));
            }
          }
          return res;
        }
        default:
          throw new Error(`Unknown cmap format ${cmap.version}`);
      }
    }
  };
  defineCached(CmapProcessor.prototype, [
    "getCharacterSet",
    "codePointsForGlyph"
  ]);

  // src/layout/KernProcessor.js
  function isKernFormat0(s) {
    return typeof s === "object" && s !== null && Array.isArray(
      /** @type {{ pairs?: unknown }} */
      s.pairs
    );
  }
  function isKernFormat2(s) {
    return typeof s === "object" && s !== null && "leftTable" in s && "rightTable" in s && "array" in s;
  }
  function isKernFormat3(s) {
    return typeof s === "object" && s !== null && "glyphCount" in s && "kernValue" in s && "kernIndex" in s;
  }
  var KernProcessor = class {
    /**
     * @param {LayoutFont} font
     */
    constructor(font) {
      this.kern = /** @type {KernTable} */
      font.kern;
    }
    /**
     * @param {Array<LayoutGlyph | GlyphInfoLike>} glyphs
     * @param {GlyphPositionLike[]} positions
     */
    process(glyphs, positions) {
      for (let glyphIndex = 0; glyphIndex < glyphs.length - 1; glyphIndex++) {
        let left = glyphs[glyphIndex].id;
        let right = glyphs[glyphIndex + 1].id;
        positions[glyphIndex].xAdvance += this.getKerning(left, right);
      }
    }
    /**
     * @param {number} left
     * @param {number} right
     * @returns {number}
     */
    getKerning(left, right) {
      let res = 0;
      for (let table of this.kern.tables) {
        if (table.coverage.crossStream) {
          continue;
        }
        switch (table.version) {
          case 0:
            if (!table.coverage.horizontal) {
              continue;
            }
            break;
          case 1:
            if (table.coverage.vertical || table.coverage.variation) {
              continue;
            }
            break;
          default:
            throw new Error(`Unsupported kerning table version ${table.version}`);
        }
        let val = 0;
        let s = table.subtable;
        switch (table.format) {
          case 0: {
            if (!isKernFormat0(s)) {
              break;
            }
            let pairIdx = binarySearch(
              s.pairs,
              /** @param {KernPair} pair */
              (pair) => {
                return left - pair.left || right - pair.right;
              }
            );
            if (pairIdx >= 0) {
              val = s.pairs[pairIdx].value;
            }
            break;
          }
          case 2: {
            if (!isKernFormat2(s)) {
              break;
            }
            let leftOffset = 0;
            let rightOffset = 0;
            if (left >= s.leftTable.firstGlyph && left < s.leftTable.firstGlyph + s.leftTable.nGlyphs) {
              leftOffset = s.leftTable.offsets[left - s.leftTable.firstGlyph];
            } else {
              leftOffset = s.array.off;
            }
            if (right >= s.rightTable.firstGlyph && right < s.rightTable.firstGlyph + s.rightTable.nGlyphs) {
              rightOffset = s.rightTable.offsets[right - s.rightTable.firstGlyph];
            }
            let index = (leftOffset + rightOffset - s.array.off) / 2;
            val = s.array.values.get(index);
            break;
          }
          case 3: {
            if (!isKernFormat3(s)) {
              break;
            }
            if (left >= s.glyphCount || right >= s.glyphCount) {
              return 0;
            }
            val = s.kernValue[s.kernIndex[s.leftClass[left] * s.rightClassCount + s.rightClass[right]]];
            break;
          }
          default:
            throw new Error(`Unsupported kerning sub-table format ${table.format}`);
        }
        if (table.coverage.override) {
          res = val;
        } else {
          res += val;
        }
      }
      return res;
    }
  };

  // node_modules/fflate/esm/browser.js
  var u8 = Uint8Array;
  var u16 = Uint16Array;
  var i32 = Int32Array;
  var fleb = new u8([
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    1,
    1,
    1,
    1,
    2,
    2,
    2,
    2,
    3,
    3,
    3,
    3,
    4,
    4,
    4,
    4,
    5,
    5,
    5,
    5,
    0,
    /* unused */
    0,
    0,
    /* impossible */
    0
  ]);
  var fdeb = new u8([
    0,
    0,
    0,
    0,
    1,
    1,
    2,
    2,
    3,
    3,
    4,
    4,
    5,
    5,
    6,
    6,
    7,
    7,
    8,
    8,
    9,
    9,
    10,
    10,
    11,
    11,
    12,
    12,
    13,
    13,
    /* unused */
    0,
    0
  ]);
  var clim = new u8([16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]);
  var freb = function(eb, start) {
    var b = new u16(31);
    for (var i = 0; i < 31; ++i) {
      b[i] = start += 1 << eb[i - 1];
    }
    var r = new i32(b[30]);
    for (var i = 1; i < 30; ++i) {
      for (var j = b[i]; j < b[i + 1]; ++j) {
        r[j] = j - b[i] << 5 | i;
      }
    }
    return { b, r };
  };
  var _a = freb(fleb, 2);
  var fl = _a.b;
  var revfl = _a.r;
  fl[28] = 258, revfl[258] = 28;
  var _b = freb(fdeb, 0);
  var fd = _b.b;
  var revfd = _b.r;
  var rev = new u16(32768);
  for (i = 0; i < 32768; ++i) {
    x = (i & 43690) >> 1 | (i & 21845) << 1;
    x = (x & 52428) >> 2 | (x & 13107) << 2;
    x = (x & 61680) >> 4 | (x & 3855) << 4;
    rev[i] = ((x & 65280) >> 8 | (x & 255) << 8) >> 1;
  }
  var x;
  var i;
  var hMap = (function(cd, mb, r) {
    var s = cd.length;
    var i = 0;
    var l = new u16(mb);
    for (; i < s; ++i) {
      if (cd[i])
        ++l[cd[i] - 1];
    }
    var le = new u16(mb);
    for (i = 1; i < mb; ++i) {
      le[i] = le[i - 1] + l[i - 1] << 1;
    }
    var co;
    if (r) {
      co = new u16(1 << mb);
      var rvb = 15 - mb;
      for (i = 0; i < s; ++i) {
        if (cd[i]) {
          var sv = i << 4 | cd[i];
          var r_1 = mb - cd[i];
          var v = le[cd[i] - 1]++ << r_1;
          for (var m = v | (1 << r_1) - 1; v <= m; ++v) {
            co[rev[v] >> rvb] = sv;
          }
        }
      }
    } else {
      co = new u16(s);
      for (i = 0; i < s; ++i) {
        if (cd[i]) {
          co[i] = rev[le[cd[i] - 1]++] >> 15 - cd[i];
        }
      }
    }
    return co;
  });
  var flt = new u8(288);
  for (i = 0; i < 144; ++i)
    flt[i] = 8;
  var i;
  for (i = 144; i < 256; ++i)
    flt[i] = 9;
  var i;
  for (i = 256; i < 280; ++i)
    flt[i] = 7;
  var i;
  for (i = 280; i < 288; ++i)
    flt[i] = 8;
  var i;
  var fdt = new u8(32);
  for (i = 0; i < 32; ++i)
    fdt[i] = 5;
  var i;
  var flrm = /* @__PURE__ */ hMap(flt, 9, 1);
  var fdrm = /* @__PURE__ */ hMap(fdt, 5, 1);
  var max = function(a) {
    var m = a[0];
    for (var i = 1; i < a.length; ++i) {
      if (a[i] > m)
        m = a[i];
    }
    return m;
  };
  var bits = function(d, p, m) {
    var o = p / 8 | 0;
    return (d[o] | d[o + 1] << 8) >> (p & 7) & m;
  };
  var bits16 = function(d, p) {
    var o = p / 8 | 0;
    return (d[o] | d[o + 1] << 8 | d[o + 2] << 16) >> (p & 7);
  };
  var shft = function(p) {
    return (p + 7) / 8 | 0;
  };
  var slc = function(v, s, e) {
    if (s == null || s < 0)
      s = 0;
    if (e == null || e > v.length)
      e = v.length;
    return new u8(v.subarray(s, e));
  };
  var ec = [
    "unexpected EOF",
    "invalid block type",
    "invalid length/literal",
    "invalid distance",
    "stream finished",
    "no stream handler",
    ,
    // determined by compression function
    "no callback",
    "invalid UTF-8 data",
    "extra field too long",
    "date not in range 1980-2099",
    "filename too long",
    "stream finishing",
    "invalid zip data"
    // determined by unknown compression method
  ];
  var err = function(ind, msg, nt) {
    var e = new Error(msg || ec[ind]);
    e.code = ind;
    if (Error.captureStackTrace)
      Error.captureStackTrace(e, err);
    if (!nt)
      throw e;
    return e;
  };
  var inflt = function(dat, st, buf, dict) {
    var sl = dat.length, dl = dict ? dict.length : 0;
    if (!sl || st.f && !st.l)
      return buf || new u8(0);
    var noBuf = !buf;
    var resize = noBuf || st.i != 2;
    var noSt = st.i;
    if (noBuf)
      buf = new u8(sl * 3);
    var cbuf = function(l2) {
      var bl = buf.length;
      if (l2 > bl) {
        var nbuf = new u8(Math.max(bl * 2, l2));
        nbuf.set(buf);
        buf = nbuf;
      }
    };
    var final = st.f || 0, pos = st.p || 0, bt = st.b || 0, lm = st.l, dm = st.d, lbt = st.m, dbt = st.n;
    var tbts = sl * 8;
    do {
      if (!lm) {
        final = bits(dat, pos, 1);
        var type = bits(dat, pos + 1, 3);
        pos += 3;
        if (!type) {
          var s = shft(pos) + 4, l = dat[s - 4] | dat[s - 3] << 8, t = s + l;
          if (t > sl) {
            if (noSt)
              err(0);
            break;
          }
          if (resize)
            cbuf(bt + l);
          buf.set(dat.subarray(s, t), bt);
          st.b = bt += l, st.p = pos = t * 8, st.f = final;
          continue;
        } else if (type == 1)
          lm = flrm, dm = fdrm, lbt = 9, dbt = 5;
        else if (type == 2) {
          var hLit = bits(dat, pos, 31) + 257, hcLen = bits(dat, pos + 10, 15) + 4;
          var tl = hLit + bits(dat, pos + 5, 31) + 1;
          pos += 14;
          var ldt = new u8(tl);
          var clt = new u8(19);
          for (var i = 0; i < hcLen; ++i) {
            clt[clim[i]] = bits(dat, pos + i * 3, 7);
          }
          pos += hcLen * 3;
          var clb = max(clt), clbmsk = (1 << clb) - 1;
          var clm = hMap(clt, clb, 1);
          for (var i = 0; i < tl; ) {
            var r = clm[bits(dat, pos, clbmsk)];
            pos += r & 15;
            var s = r >> 4;
            if (s < 16) {
              ldt[i++] = s;
            } else {
              var c = 0, n = 0;
              if (s == 16)
                n = 3 + bits(dat, pos, 3), pos += 2, c = ldt[i - 1];
              else if (s == 17)
                n = 3 + bits(dat, pos, 7), pos += 3;
              else if (s == 18)
                n = 11 + bits(dat, pos, 127), pos += 7;
              while (n--)
                ldt[i++] = c;
            }
          }
          var lt = ldt.subarray(0, hLit), dt = ldt.subarray(hLit);
          lbt = max(lt);
          dbt = max(dt);
          lm = hMap(lt, lbt, 1);
          dm = hMap(dt, dbt, 1);
        } else
          err(1);
        if (pos > tbts) {
          if (noSt)
            err(0);
          break;
        }
      }
      if (resize)
        cbuf(bt + 131072);
      var lms = (1 << lbt) - 1, dms = (1 << dbt) - 1;
      var lpos = pos;
      for (; ; lpos = pos) {
        var c = lm[bits16(dat, pos) & lms], sym = c >> 4;
        pos += c & 15;
        if (pos > tbts) {
          if (noSt)
            err(0);
          break;
        }
        if (!c)
          err(2);
        if (sym < 256)
          buf[bt++] = sym;
        else if (sym == 256) {
          lpos = pos, lm = null;
          break;
        } else {
          var add = sym - 254;
          if (sym > 264) {
            var i = sym - 257, b = fleb[i];
            add = bits(dat, pos, (1 << b) - 1) + fl[i];
            pos += b;
          }
          var d = dm[bits16(dat, pos) & dms], dsym = d >> 4;
          if (!d)
            err(3);
          pos += d & 15;
          var dt = fd[dsym];
          if (dsym > 3) {
            var b = fdeb[dsym];
            dt += bits16(dat, pos) & (1 << b) - 1, pos += b;
          }
          if (pos > tbts) {
            if (noSt)
              err(0);
            break;
          }
          if (resize)
            cbuf(bt + 131072);
          var end = bt + add;
          if (bt < dt) {
            var shift = dl - dt, dend = Math.min(dt, end);
            if (shift + bt < 0)
              err(3);
            for (; bt < dend; ++bt)
              buf[bt] = dict[shift + bt];
          }
          for (; bt < end; ++bt)
            buf[bt] = buf[bt - dt];
        }
      }
      st.l = lm, st.p = lpos, st.b = bt, st.f = final;
      if (lm)
        final = 1, st.m = lbt, st.d = dm, st.n = dbt;
    } while (!final);
    return bt != buf.length && noBuf ? slc(buf, 0, bt) : buf.subarray(0, bt);
  };
  var et = /* @__PURE__ */ new u8(0);
  var zls = function(d, dict) {
    if ((d[0] & 15) != 8 || d[0] >> 4 > 7 || (d[0] << 8 | d[1]) % 31)
      err(6, "invalid zlib data");
    if ((d[1] >> 5 & 1) == +!dict)
      err(6, "invalid zlib data: " + (d[1] & 32 ? "need" : "unexpected") + " dictionary");
    return (d[1] >> 3 & 4) + 2;
  };
  function inflateSync(data, opts) {
    return inflt(data, { i: 2 }, opts && opts.out, opts && opts.dictionary);
  }
  function unzlibSync(data, opts) {
    return inflt(data.subarray(zls(data, opts && opts.dictionary), -4), { i: 2 }, opts && opts.out, opts && opts.dictionary);
  }
  var td = typeof TextDecoder != "undefined" && /* @__PURE__ */ new TextDecoder();
  var tds = 0;
  try {
    td.decode(et, { stream: true });
    tds = 1;
  } catch (e) {
  }

  // src/packages/unicode-trie/swap.js
  var isBigEndian2 = new Uint8Array(new Uint32Array([305419896]).buffer)[0] === 18;
  var swap = (b, n, m) => {
    let i = b[n];
    b[n] = b[m];
    b[m] = i;
  };
  var swap32 = (array) => {
    const len = array.length;
    for (let i = 0; i < len; i += 4) {
      swap(array, i, i + 3);
      swap(array, i + 1, i + 2);
    }
  };
  var swap32LE = (array) => {
    if (isBigEndian2) {
      swap32(array);
    }
  };

  // src/packages/unicode-trie/index.js
  function isNodeBuffer(value) {
    return typeof value === "object" && value !== null && "readUInt32BE" in value && "readUInt32LE" in value && "slice" in value && typeof value.readUInt32BE === "function" && typeof value.readUInt32LE === "function" && typeof value.slice === "function";
  }
  var SHIFT_1 = 6 + 5;
  var SHIFT_2 = 5;
  var SHIFT_1_2 = SHIFT_1 - SHIFT_2;
  var OMITTED_BMP_INDEX_1_LENGTH = 65536 >> SHIFT_1;
  var INDEX_2_BLOCK_LENGTH = 1 << SHIFT_1_2;
  var INDEX_2_MASK = INDEX_2_BLOCK_LENGTH - 1;
  var INDEX_SHIFT = 2;
  var DATA_BLOCK_LENGTH = 1 << SHIFT_2;
  var DATA_MASK = DATA_BLOCK_LENGTH - 1;
  var LSCP_INDEX_2_OFFSET = 65536 >> SHIFT_2;
  var LSCP_INDEX_2_LENGTH = 1024 >> SHIFT_2;
  var INDEX_2_BMP_LENGTH = LSCP_INDEX_2_OFFSET + LSCP_INDEX_2_LENGTH;
  var UTF8_2B_INDEX_2_OFFSET = INDEX_2_BMP_LENGTH;
  var UTF8_2B_INDEX_2_LENGTH = 2048 >> 6;
  var INDEX_1_OFFSET = UTF8_2B_INDEX_2_OFFSET + UTF8_2B_INDEX_2_LENGTH;
  var DATA_GRANULARITY = 1 << INDEX_SHIFT;
  var UnicodeTrie = class {
    /**
     * @param {Uint8Array | Buffer | UnicodeTrieInit} data
     */
    constructor(data) {
      if (isNodeBuffer(data) || data instanceof Uint8Array) {
        let bytes;
        let uncompressedLength;
        if (isNodeBuffer(data)) {
          this.highStart = data.readUInt32LE(0);
          this.errorValue = data.readUInt32LE(4);
          uncompressedLength = data.readUInt32LE(8);
          bytes = new Uint8Array(data.buffer, data.byteOffset + 12, data.byteLength - 12);
        } else {
          const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
          this.highStart = view.getUint32(0, true);
          this.errorValue = view.getUint32(4, true);
          uncompressedLength = view.getUint32(8, true);
          bytes = data.subarray(12);
        }
        bytes = inflateSync(bytes, { out: new Uint8Array(uncompressedLength) });
        swap32LE(bytes);
        this.data = new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >> 2);
      } else {
        this.data = data.data;
        this.highStart = data.highStart;
        this.errorValue = data.errorValue;
      }
    }
    /**
     * @param {number} codePoint
     * @returns {number}
     */
    get(codePoint) {
      let index;
      if (codePoint < 0 || codePoint > 1114111) {
        return this.errorValue;
      }
      if (codePoint < 55296 || codePoint > 56319 && codePoint <= 65535) {
        index = (this.data[codePoint >> SHIFT_2] << INDEX_SHIFT) + (codePoint & DATA_MASK);
        return this.data[index];
      }
      if (codePoint <= 65535) {
        index = (this.data[LSCP_INDEX_2_OFFSET + (codePoint - 55296 >> SHIFT_2)] << INDEX_SHIFT) + (codePoint & DATA_MASK);
        return this.data[index];
      }
      if (codePoint < this.highStart) {
        index = this.data[INDEX_1_OFFSET - OMITTED_BMP_INDEX_1_LENGTH + (codePoint >> SHIFT_1)];
        index = this.data[index + (codePoint >> SHIFT_2 & INDEX_2_MASK)];
        index = (index << INDEX_SHIFT) + (codePoint & DATA_MASK);
        return this.data[index];
      }
      return this.data[this.data.length - DATA_GRANULARITY];
    }
  };
  var unicode_trie_default = UnicodeTrie;

  // src/packages/unicode-properties/data.js
  var data_default = { categories: ["Cc", "Zs", "Po", "Sc", "Ps", "Pe", "Sm", "Pd", "Nd", "Lu", "Sk", "Pc", "Ll", "So", "Lo", "Pi", "Cf", "No", "Pf", "Lt", "Lm", "Mn", "Me", "Mc", "Nl", "Zl", "Zp", "Cs", "Co"], combiningClasses: ["Not_Reordered", "Above", "Above_Right", "Below", "Attached_Above_Right", "Attached_Below", "Overlay", "Iota_Subscript", "Double_Below", "Double_Above", "Below_Right", "Above_Left", "CCC10", "CCC11", "CCC12", "CCC13", "CCC14", "CCC15", "CCC16", "CCC17", "CCC18", "CCC19", "CCC20", "CCC21", "CCC22", "CCC23", "CCC24", "CCC25", "CCC30", "CCC31", "CCC32", "CCC27", "CCC28", "CCC29", "CCC33", "CCC34", "CCC35", "CCC36", "Nukta", "Virama", "CCC84", "CCC91", "CCC103", "CCC107", "CCC118", "CCC122", "CCC129", "CCC130", "CCC132", "Attached_Above", "Below_Left", "Left", "Kana_Voicing", "CCC26", "Right"], scripts: ["Common", "Latin", "Bopomofo", "Inherited", "Greek", "Coptic", "Cyrillic", "Armenian", "Hebrew", "Arabic", "Syriac", "Thaana", "Nko", "Samaritan", "Mandaic", "Devanagari", "Bengali", "Gurmukhi", "Gujarati", "Oriya", "Tamil", "Telugu", "Kannada", "Malayalam", "Sinhala", "Thai", "Lao", "Tibetan", "Myanmar", "Georgian", "Hangul", "Ethiopic", "Cherokee", "Canadian_Aboriginal", "Ogham", "Runic", "Tagalog", "Hanunoo", "Buhid", "Tagbanwa", "Khmer", "Mongolian", "Limbu", "Tai_Le", "New_Tai_Lue", "Buginese", "Tai_Tham", "Balinese", "Sundanese", "Batak", "Lepcha", "Ol_Chiki", "Braille", "Glagolitic", "Tifinagh", "Han", "Hiragana", "Katakana", "Yi", "Lisu", "Vai", "Bamum", "Syloti_Nagri", "Phags_Pa", "Saurashtra", "Kayah_Li", "Rejang", "Javanese", "Cham", "Tai_Viet", "Meetei_Mayek", "null", "Linear_B", "Lycian", "Carian", "Old_Italic", "Gothic", "Old_Permic", "Ugaritic", "Old_Persian", "Deseret", "Shavian", "Osmanya", "Osage", "Elbasan", "Caucasian_Albanian", "Linear_A", "Cypriot", "Imperial_Aramaic", "Palmyrene", "Nabataean", "Hatran", "Phoenician", "Lydian", "Meroitic_Hieroglyphs", "Meroitic_Cursive", "Kharoshthi", "Old_South_Arabian", "Old_North_Arabian", "Manichaean", "Avestan", "Inscriptional_Parthian", "Inscriptional_Pahlavi", "Psalter_Pahlavi", "Old_Turkic", "Old_Hungarian", "Hanifi_Rohingya", "Old_Sogdian", "Sogdian", "Elymaic", "Brahmi", "Kaithi", "Sora_Sompeng", "Chakma", "Mahajani", "Sharada", "Khojki", "Multani", "Khudawadi", "Grantha", "Newa", "Tirhuta", "Siddham", "Modi", "Takri", "Ahom", "Dogra", "Warang_Citi", "Nandinagari", "Zanabazar_Square", "Soyombo", "Pau_Cin_Hau", "Bhaiksuki", "Marchen", "Masaram_Gondi", "Gunjala_Gondi", "Makasar", "Cuneiform", "Egyptian_Hieroglyphs", "Anatolian_Hieroglyphs", "Mro", "Bassa_Vah", "Pahawh_Hmong", "Medefaidrin", "Miao", "Tangut", "Nushu", "Duployan", "SignWriting", "Nyiakeng_Puachue_Hmong", "Wancho", "Mende_Kikakui", "Adlam"], eaw: ["N", "Na", "A", "W", "H", "F"] };

  // src/packages/unicode-properties/data-trie.js
  var data_trie_default = "AAARAAAAAADwfAEA7d0LvCRVfeDx6q5+z71zHwMy+JqeEWQ0IKPrg/U1jYryiWhYNZ8lsu70wKL3E1EmxgeJxumBbOyoqxiJ70iPxHXQgfiIhihKDxNdTCBhGAigyd6+M6IEiCCzCRLiTn7/qjrdp6rr1d3VXU1yz/18P6ce513VXdXV1XU35AzjJJyK5+EV+BX8V2zDm3AR3oWdeB8+jI/jCnweV+Pr+DbauBG34E50cA8exM9h5A2jhHmsRxWbcTKejRfiZTgLr8PZOAdvwAV4M34T78al+AA+ik/jSuzBl/E1fAv78Vc4iB/iMO7DETwKs2AYFSzi8dhKGzcRPx3PwvPxQrwMZ+F1eD3Ow6/jbbgYDTRxGT6Gz+J/4xr8Ka7DX+Am3Ia/w2Hch5/hEWSKhlHGHI7DBpyEk/FsvBAvwyvxWpyL8/EmXARp+7uI34vfc+Y/RPwxfBZX4kv4Kr7prL+B+EbcgjvRwT14AEfwqMYs9VvjWHDi4zGHjc78k5z4JJyK52Gr4yX4ZbwyIWfjHNQdb8Rb8U68F7+HD+Ej+CR24yp8BX+Ob2E/vu+UdzNux9/jbtyLh/AwfoF82TBmcSzWo4rN2AIZW3Ea0y/AS/FKvBbn4nz8Ot6G38IuNHEZLsdn8MfYi6/hG/gOvoubcBvugrz+dCueZf/A/M/wCDIV9i/M4lg8CSfiFDwHL8IZeBV+FW/ABXgL3oHfwf/E/8Ll+DSuxJfwNXwL+/GXuNXxAxzC3fgxfop/wr8gu8ZeXiYuYQHH4AmOjdr003AKnoMX4Qy8Cr/qlPHfiP8HLsTb8R78Lj6IP8Cn0MIeXINv4Nv4bgTVD+VmZ9ltxD/0We91mDT34SE8gqNOe5XijGHMYB7rUdWchFPxXDwfNZyJsx3noI4l7IDsbxcT73Rcok17vR+X4RNoYQ+uwl78Kb6OP8P12A/1HnAj07fgTizjJ3gA/4RfONP5WfYxLOB4xxMgebyewvJVq1bF91So94+027Jq1apVq1atWrXqseMZeC5eOEVOxxk4C2fjnAhvwAWQa4dvIX4Hfsfxu/ggLodcC/kk8W58AX+Cr+KbuAF/iZtxO+7EMn6CB/DP+AXya/lciwUcj414Gk7F87AVr8Ar8Vqci/PxZlyEd+HdjkvxAejX11atWrVq1Xh9lPfdT+GP5D3buU6fls/ThjRdvWrVqkD6+fLXnfnriPfhe571f63Nnwh5ff8ty/4vfgz5nlrcy/RD2nyUh0n7ZL4flumjTr78HN+bYQHHo4rN0PM9g/nn4sV4OV6N1+JcnI83I+33n3+dtz1xge/w8Bn8HZ64yDwux20w1vH9FxpowziGeTTwZTyILceyDG/HXtyPkx/Hd4Jo4SbMHMdnC3wQN6HBNfQ2DL6Xq6EhsSxz4kNOrNvE91bnOc7HlfLdnCfNYZaZ7ANq/qVMX4r9MOn3SyGfAVqZZO13ynyU+AVsX5mWba+neQ/z0qbrnHjVqlWrVk3ev6b8HmzweSgtL+S4n3b9aX/+S9tvsv/9Ni6BzL+fWPkgLsdn8MfYi6/hW7ge+508ur9i2UHcgWX8BA/gYTwKkzFfg0Vn7B9PXMUJ2IwtOA2ybV6CX8bZeB3O9dle57MsyhvxVrzTJ/97WbYLv4+P4JPY7aS7ivgr+HMt3z6mv48DuAsruAcP4ueyP3PuKulKxHM4Do/HJjwdz8LznTTiJUyLM51lZxO/zjkXrmMJF2npw7zLJ91Olr0PH/JZ9zGWfRYtfAF/gj/Dt7Af38cB3IkOfoT78SB+DoPz8hJmoco8luknYSOehmfiebIer9DSKb/Cstfg9c6684jfiLf6pBXvZPm7camz/gPEH8bHcQW+gKvxdWf9t4m/G1CWuJl1t3rW/4D5Q7g3IN9DLP9n/H8U+CxSwSKOxwachFPxTERts/9Mmhfj5Xg1Xotf0/JtZ/oCvAXvwLtxaYxyrbEJSfdR1n0aV07Y5z1tupr5r+Pb+G5Ivptj9nlQt1Nu2n4wpr4N4hBtSMI/DNkX9Z3dKH5G3Y8gw7UAVW6e6QoW8Tg8GU/FM7Q0SXou5b4YL/eU/2rmxevwa9imrX8T0xf9B/cbYy7/t8a0vZO0izbKPdhBvujc4/37pLsMlw/gDx8D/f8j2qhciT2Qa3uTql+/L9/rWtohcduJ/w/x3+B2Z/6HxIcd9/m0+YiTTjzKtMm1SW+aNSxbxHF4Ek7EKXgO5vAinIFX4TU4ASrPWifP6zGDNzh5LsBb8A68B0vYgYuxE2/G+/BhfHxEV+BzTnwVvoxrffo5rdq09caQ9t7Cutvx9wP26W7S3/sYGIeHaKOfR5y2Z7h+XsY8xt2W9dRRxWatricyvSWk7tNYV8OZOBvnoO6kf1OMNl9EmrdDvU4vZrqBJuT1fxnxH0J+j/Rp5zuFLzjlXkP8DdzFe/R1xH/hU5/83kW+g5D4VuIfONOHiO91ph8i/hdnWveos8zkO4s1WMB6SJulrU9mWqWdY1qWqfkTmT/FWab3TU0/h3Uvgur7GU7aVxG/Bqr9r9fq+O/O9BuJL3Sm9bLfzrLf1vI+FqR9P964XOJsh7TbMQnvp69B606Ygval6Q9CxmYSPjUF7wfeNn1uwDGRfSjtPozii/T3qxrv+m+yLMh3pmD7jSrt+0nS9D22X+ohZ5Qwr1nvma9iszO9xYlPU+szOaOWhYkc8iigiBLKqEArT8pQ7GUnGGdOhN0XqVP6czbOseITjPpE2PVLv6X+LWlv+ikJJf7UfreeaTvOGUvW8hLbh4/JjNgO4outcSsZDSxZ207ikrGFZ180c3DS1528Vv6sLLfzX3aQ6QM4YqedZ4uc6WtzwPJB0tGuwPWyfDPtVKoeapk3jTd90HJh19+fX4/tttixmh80VvmjyhmkHjU+cfLb/fNfH1ZnbxsE96E3fuH9DKp/2HiQ/kfHQet6+0B0Pn3euyxunqA0cdsdt31+acQOn/bIMp2s/4SW33/auy8MFie3n/i3M2pMHstxkKD9KmhM4tfn9/48iFHzj0b26UnW14rEpboY5Dgux3c7lmUlZ53Eir7cPa3yuUl5Or0Oif3b219OzdGrK7jOQSxV9ySvhrqHLGv4LBctR9zlYdo+vGmi2t9x4qA8apkRsFzPo4+FzBtXETv6pgcf6wbvGw1eByqW/aLBdu3N26FhLZd0Ni7jW2m8QfLKfmGvs9Mo9vperOpoEo9KQth6vT6vZgKiyvGr192eoDa6t09Q3CJuDREHt2mLpw7/trZxoxMPQ/Kmqz6SthYPR8ZhGuIlo837gag7rHnjy4602zfOeNi8abd79FhCh+lJUKHDO0+HY4O/eurkuNXhmmGvvUuO9faC7Xu4Q9XDu+z0q/zT6en9+JVnlQWZ3kW8G/uwgswXWY7TsR27sNuxDyvIfAn0Z6PE3GV8OvF2Z1rVJdOSNypkuC41KZF102YxQKhmGn3kbKSa2aLhOptFtreaXrIxXqF2fcmo7sY+xtfKK+VLvdJOmefzTYrk/C5u2nrnS7wa9nIsQIPpFtqoMV+X5c6xgnPTKvuQ73joy7fvyVQztSxM5JBHAUWUUEYF2jZQnDY19qY+htPFGZuQfdLev332XbVtMrJPQC2XtO7tpuobYPvpbXReO0zXaO8wJNR4LdWkjN177TgNjEeN8bBiv2lFn/em0+eDYmu72UGvP/39bTT1qcX7WGw+x6Z4IdPg9QMTOeRRQBEllFGB0aCO1LEPBmI/tWLeN2xL4PN+l1xfsoOVlmOpaFHuWNAWF+rvW+a3PCCdCi36MiwJbdo2doyvokK7+54Z/71tHGEc7yFxyh1LX4LOcWIw5BjsPab6Tat5ZYVzyQznPBtFSP6AtnV4v+q5FjtS4tS/b68zL21RvO30a7dmRcpQ87x3O+eg6nzUnXeQ9sl2ss7TMx3ep2EihzwKKKKEMiogD58VeQ8ZdlyMrKDe7LU2CdayECoEzQ8qKq9ar4egNt2w11nm9Mci/dN0y9D6rM8fcsqICnpevzFxtdFVd8bI1rIwkUMeBRRRQhkVaPn5LJhdv2xkm3fgKA7iCBbAuiUnjaRlH9rU62eVem12e6uk8eMN3uVB+aJE5fXWFTRtzcv2tZZfq7H7199+9/LuOMj29aQLC0HtDQmZKtsXJnLIo4AiSiijAm3b6HXIfPzrCjXS2+ztW6OMKN50cfPFKStsfVDabl/YvvayazWqfz3+/XbSa9tXL3uY0Gtjr14C787Wn4kc8iigiBLKqIA8fH6U12VkHf19VPXViev0S9jzHHNCqBA0P6iovN66QtvE9rWXSX9UvyTu6bW312d9vu55/foFVXb/8qB2uurO1Nm6MJFDHgUUUUIZFZBnSfIfrGebB3AEy7gDRxHZThUa1N1w2iWxH3d69/I4adW0d5lfuqB6/JbH4Q0Nto1N+m1P+6+3l+vzDW37+5WtlxEzZBpsb5jIIY8CiiihjAqWd2WbHayA8vnM6YvPmnI89gkt+tuiXT0yvyOUnS94flCj5ldl9Poky6Qfit4/exvo673zrYjXcyt7tdHadLXvOPSnVet7dcn2bbF9YSKHPAooooQyKohoxzzlNCmnSTlNynFNs57vMKm7Tb1t+m2bd5YFkxA2P6hB8gelVaHN+7W9TPqi96vHLqO3zp5X61kesX31fMFpvG2V+nrbt832hYkc8iigiBLKqMBVxjChQ502Pvs5be5QVhhvmjh5xoLtYLHm7fbbVJ9sdvt6673zvTL63+PcdV570Uq2+XAn29xKfJj4LphM30bsSdurW7Znh+0JEznkUUARJZRRwTJldbCCg5R5AEewjDtw1K6H705Dto0VTPoprGmWJ0EPSZWplz1Iujjt0MNhn9esGiML20qx1qlYT+PDP2QMzqRhIoc8CiiihDIq8GnLYN+/SqjS13Tx+c41rXnp1Ta/8ef7/+Ay+f5M8p9PXp2r/PlMlXGGiRzyKKCIEsqoQNJa/EKN+oSa1pfpgpaPIqpOf3yWck1rLr3axnj3lvdeC8FtsL9fqF1JXp1ThhO4gmd9SpS/HPIooIgSyqggsL66hc8YXfMjUPm18s7nc49w1dGVqdN+mMghjwKKKKGMCg7UzebPsLDdbD4T/wW/gY/gKzggMet7derxpRJzN7TJnd/dmM95FjUG/iREpRmVN9T3X23UD4PtXDevcWIPWa+zltMfNf0UB/udtU3UvG8bfMoPYI9H/PTjYLfBd39y73cB69z5+/dj+X2brre8PzQYv+nBZ1cLn3ld/JZh/157HfuIpS//jkyD1ydM5JBHAUWUUEYFpOU7UV9x2+pdr7dVTy+8ZfgJKsuvrjjUOOptDqibfc9p3wDjp5ch+fmcj5bJfcxTQIKKvUFf3jK593pC5LusFsdJfdlNjHua2inrTAEJfsv8lvvlGzb/qPWPu3/DlDvu7WTVyXlBF+/ZEbIds2kihzwKKKKEMipYXjGbR7HhkNncim3YiStwPZbRYf0huN5LRu8Xn8VjCAw53sumQbc9vM/5cUI1dxp2TBnuhczx+S6Bsmo8RaBmxZNQxWbX7lBn+bRw7t0Qi/Vcex2OQYx8waHB+kH55+OcRfwo+rszPbTImwyuxwurfjVO0aFN3mRwvRiDhg55B+XNZ8/z3j1E/Uae/KmizRautXWn/cj6MHqasHIcd7OfWNPsJ11cc3HN8726tPHE3vUWg2/iYSKHPAooooQyKggabfI3yd8kf5P8TfI3yd8kf5P8TfI3yR/8vW6Vdgm1j6vpap7jgLOuh2tyXdbvNDJV2g8TOeRRQBEllFFBSP28L08NrkmmUG9Y8M+jtsGE2njBVYHtHNcxP26o0a602PVz/bSLe3lc+pf3t19P683vOOMqo8Z7Ru2C/vfjWt597lnjdQruwLTu8pEruDnIXwFFlFBGBUadfiRBhbB1cUKD9GkaV3sCQqbBdoKJHPIooIgSyqjYadzv4Q22uzBS1qJvY8M+32Kfb/EasPX2/xb7uWiTLn3cD0DberE/CW3OE9zpw/O403k56xmnMCq0L9iTabMvwUQOeRRQRAllVBC4v46Yn/bKNgvSClynQvc3lDq5l92Pvp7f5EvoMF5u3B/ANpyY73IvglWntx2qLSr2cpbffV1o+d7t1WF7wUQOeRRQRAllVEBersUE4hpHHOxrHV6vVhwkRjmuUGD/tXDsLNC/VEjdqh16e7TlP74OfAborrfyZgzusoWJHPIooIgSyqggsO7qtPgev6ehv1X6ZpNpRc2rdWA8RFSoFvhcoalRV7o43wrFeVgoLR1jpoea1T8XfiVj3Ykt37LnrDM09g/+iiihjAo85XTbm6mTHyZyyKOAIkooowKjTvrJ4Ck5vvjOE3Ge8RIWJv0dlbdOgz6Eigj6cUs+Z9d5XlbkscuznH+PYOcLwL8ccZF83mXddVZ5ap5yu23zP2dN7zl3bn7Ph5J9J87z6ZJmP+vLLV6awfvdHjLfpJ79N+5xdr0u/M4FfddfBe57kWU83y40X1J4Dl29Tr0W+xzcWs5z57ptk+eA8Jwfe2wn9RxNxU7n/5w13ZkR/POpEJSvt3489U9L+73P8PPG4+9/VP+i0n4iQvL53e3y9lfyyPMSZZ3EyqD5+/P5j0v/dg/LH2/79fL7bYe47bdDaQC9UmValKzndtlkukfOZeT56hfjMuvIL89n759Xz2FX6d34F1+4pVufm/1seD2fmta+m7Tq4dnuruX29DkOPa08d1/aJt+7essJI/lUmXHz2GPaz96CMWTkKZxybHNCnufWF1jGv8vm+xuD728Mvr8hjd0+xe7fZp6awTp5/r16Pv5A+SUMcxx2B/mtaLh5bVqe/x8nT3yjhe7xWp0/e4/j+rm1Wsa1JBfvMj29OtarZb7n86MEdV+p/D8Ce1rFsqw3L+8rMq/IvHtZyZp3l2XvL3o+pXc/q/0/Gtx12s+Y7c3bz0b35u/VL+t77fJ+TlHtUnn0duv7taL3T1F9scuRcx/iv+W1cSfuwq28dg7hNqZ/hP+HXMZo3k58LPEdrHsYx5WN5vOQldfeZqPN3d9t7vJo51FAESWUUcHy04z2DPEstm0y2p2NRrtOvEIcO3+V/PDmF9uZPkSszumKTrrzcJjlGflfGL3xcwf5HxL9etu0t23V2LrvZXYvC5r2E7Xeb98ahbv90k89HsZw7fLbX4PZ7ettG+86fZnf+rDlQcu8+0NQef77TnAdYWUH9Snu+IT1LWx5nPLjjk3Y/KiSLD/umI06dqO2Kx1Rr1917qTi4d4bZhxR71P+easIrnuyhn//TKbuSW//SfUhet/x24f0ef/9axBjD32fXVBECWVUsMy51gzxLNZiDvNYwCLW4RgclXOyhMvzPRdKgXzOS3oMrPPCQdvi3UeS7uug+2hS9Q3bDj39KP3yb0//+8Cg6bxpR+1v3O2Q3Plz/3vjjCPofTKs31GfK4KPy+6ygtrufW+OMuw4+21jv23gng4/rkQZpr1Jlaf3I06+Ycc3rKyw/SXqfSYoTZy8Qe8nYft1VLl6u/3S6sv06bjbMcnxH+c+GDSOg7YnbAzC0vTzfr6IFcc95ss1K1OuayEPv2vFy1zripvOt59pbV87r9+5tBqryX2O7P1fZf84qTY1Ckup8hvn/j6OGk/y83+adfvtq6O/pgY9ziVbbhJjEv+zctD7sN/xczxUGPf2ildPq8B9a1NCQqvAcxVSIiH6fx6H/a9iPb1fvrB7puy8w/7fweRiwX7hy5OW7ya7nGV+oSXPzeg50OK8oDs/wed3hD/bw36WiP89pb3lbe5hTVNYaHMfbTvGPaaB+bk/fRLPfwgLUfnHvV79z8a0eO9p6cX997v0T0eR+3i80978aj7qnMuvfLn3I+69Meq+oqA2Sj2D3J+jjBbu55x1EiZZV1Q7pmF8kgqDX19zh2M4+5thP+qR9rWId2TuL7S7361Fx6qOqHSnadNWviz1mMghjwKKKKGMirTjwto1xoXcO3wh9xFfWLvKuOn871js8qS9XlZ7lv+x0D6KDT+lDKdf3X6q88aZIsumkAoXNug7ZrjH0VKkHxbpy2nGycTTyB7nFtOK/zHxLLbJpEhI6llk2usvO8P1IeSQR+zX46T7Pur7R9IGDaPukzfxbKq0ELz7SQFFlFBGBcuzA+w/A5JrnvKd6IaK0dyKbdiJK3A9JM3jaMNxWI/j8Xg8AU/Ek/BkbFhrNKvEG7EJT8EJst+nOb4JjdGJ9OOpOAmbsZW+Pp34l3AyTsEzcCq24Jl4FraRbuT6Ty6mx359pduGqPG5n8+E0yBumFQ9QeEs3vOS1xpTucNx93dpasQJddo/Xlyl8sVvbdEgTbr4HaPVDmWk8jIN/oMXTOSQRwFFlFBGBd08SYc21wXt320PGnO9S66J8HuJHn4fHvdaiqTlXHv4+oeNpU447WgxplMg2yq2TeSQRwFFlFBGBRkYrZNos2Df8xMd5Hdn4yLXl6LYaUf/XWxSv7ON83vsoO8TossP7/OOhPsX9D1H2PcfUe23g195kw72eKnvY9T4ubV5Pdl4fXen8ROe26TP+6VJHM94skg9QqaXXDzhIPdlHMARuT8Dd+Co/fs/SSvkN3N9+bqhQ73p4nlDmshQ4hk8Fo5tqVD1x3QPz4QpyfcAUf2i76X5jMF/54SJHPIooAh+PFsro4Lg7Sn/0zoJgf+TWf6fs6Lm1bo9mSrth4kc8iigiBLKqMCoMpbjxbMWvJZ6rGeeMuY10iaHZwDFxjOD7ol+XpIearQ3qWt7g14HVKFO23t4fgz9Ts2N/G8aqw1Cb5dqm77cmWfM64zjoOzQytTZv2EihzwKKKKEMiro23aqnOD/DcLnBN91LgP8P5D+/BIajFv66K8v/neJxX8+TuivJ05bus9pzTTYvjCRQx4FFFFCGRVo9bFNddHbMELYfsA9eF0yr/7XS+//1bToU6o281lDxYL3Wtc6td4vn56XeNyhVz//A4ZtJ9rMx8f5GfuPTaaFlKHK4XOjheVyHhAzRN1vMer6YepW+aPWR382So79Gcn7vIr+dPIElF6eiBD0/zImZLD9b9zUPq3v39593bVvZ9q8f8JEDnnwTTfPi+X9E2VUEDj8YececUKbPEkZZ9nDtqFTujNV95Q6qRrguwXutwhdz70Tfcu4T2Ms36dwr0liZXHviCueNL9xG/p7n1HLCT8+DBY65PHyDXzWNXZfY8excM967LQaVVfQcn190HSEamI4Fo8giZBcXwan7qUcvZzR+jLuMHib+J/Qmd71xyVjz0jc9/J5qfvugq8jRj5DNID6/seuR+7JE+c44t5D2Guft71uqlzRWy6hP61+v2FQPUJ+Qy1p9d9Tq/LWu+qI2t7pv9ZUsJ+9dwzt7lnvma9iszO9xYlPU+szxxi1LEzkkEcBRZRQRgVaeVKGYi97Nt9tTILdF6lT+nM2zrHiZxv1ibDrl35L/RLbYztv/VWhpueNLVzbj0N+NRI37TipX7Pcwjl3WvQQlSbJ9XqwXz9Ctq/sY0vdZRLmmWfresiyQe511J+JqX6f54Qy7RnEMHnSKlsvb9Syhx2vpPKPa7z7QuBvQeL+Zv0oNmS5zxHbsBNX4HosoyO/ayeugi/fmnU00EJb1mOFNBnijTgd27ELu7FP1uOQ/I6eeBNegvNwCT6HG2Q9PF2I/N3nwYbRPoAsCth2Cc+CxHacB1m2vMte3iGWdSvEsj5o3SFIXlkn5Sqmh8rvtYG8UqZOyq86bfPS2yNp6U9THMIR8C7A9ezBZMjH2LjzDvc7XHfolZNWGPfviPup59VLqPI6nDQ91JhP2yiBsZzk+1J//bQ/Rdl6uVnA8vZyc9t55eD/QxrU5sboli8pt6PSdCSNX2ixfiyexndaHn6hTdo02HVzLwfTafKG6Dz8P/ly28TySrl9FB3E2u+sUOG+tFRxjXGMqhXeY1NUS4kTMvw3rSy4K4L/tyX/AVX+u1aF/7dV4f9tVWplyF/wexPbKEn95dcnyhsajFWaokKLNGkaJLQqce6nDg9t6pwWabY3qfEad+hQhx99fVi6pOh1eNvnml4zJhLWzGeNNZz7ruHcdw3nuGs4x13DeewaPj+v4fPxGv73CWnHh//zsGYpW6UNyCGPApY30hYYNdKlJSJka7QbOeQdBSyfTtvRwai7q1GnHUnRy/PrT532Y3k77UcHRoO0Y5BtUM8u6kEHJvM5uBrUWMMVXtJPgl9oUX+bdWnqjJknvHtlTfNAh+3grM8ybSKHPAooooQyKlgmz1FsOLSmuRXbsBNXQJXbYb3BfBU11NFAC210sEKaDPFGnI7t2IXd2CfrcYg0WeJNeAnOwyX4HG6Q9ThMGpP4KXgpzseluBL7ZT1+SLvvw6NYQ/on4JfwArwS5+LN0mZjhjGa4bOfIkGf9gZZfqGz/mSJJb/GShMyPy4qSJtuctroDffvzRozHA9mOB7McC1khmPCDMeEGY4JMxwTZvjtykzEe9oM51RRQkKVtk5YtjrT3LaJflVpW41lE5atMc6nM84w6iwLx/W/yDQjYh+p9+8f2foMxwfaup22ogPSc598gDihQX3TwN0m7gsP0CLtOKgxbvH6Qw55LO9mrNHBCvhPUxwXEuITsm3qRw55LO+jfnSwAqNDviSEhQ7jrBswZDv0ATnksbxCH9DBoGX1h1nanrYxhuosv/2cEsO1n2toUyIkZKuzfM6Z5XPOLMee2WaHeAVGje2bqlP4rZsmImRqs1yvm+V63SzX62a5XjfL9bpZrtfNcr1ulut1s1ytmw28XpetZvjsl+GzX4bPfhnGJNMsooQyKljemOGzYKa5YVOmuRXbsBNX4Hoso8N6g7iKGupooIW2rMcByjqIW3EIVgPq9HnCsvXZpokc8ihgefssx9TZ5obz2BeID7DMSh8VGqRJxFv4XZJgm3epebXOlm3Q3l20Fx2Qn2OjR1BoUde4xAntWX7/MMu9gVbMcXDipO4Y/pHfszOOQfqO2+xTyCGPAooooYwKlvexzbDhhtnmVmzDTlyB67GMDutXkGnzugZl8rsQXtegTH4XwusalMnvQoJf1/G2BX3s0FfbteDcYOKkXkW1RW8TpJ03S1s5H7E0tGnbIEHyd8Na9ttRBYeMsZavotfy+/S1/D59Lb9PX8vv09fy+/S1/D59Lb9PX8vv09cGb8fqM/j9tUJd6ZI2eF0bsBw/3WuRcagyDjCRQx4FFFFCGRWQjzsjXaReqaP7m9PQUCN9Yv56LzGfSS2h27kb6vTbxm+nyZMuaYOi2hWGdD/l99595fB50oW0jE0vX/f1l6mznWEihzwKKKKEMirQynWXT8gaJtdATK6BmFwDMbkfxOR+EJP7QUzuBzG5H8TkuojJdRGT+0FM7gcxuR/E5H4Qk/tBTO4HYT06rF9BrO2mQoP2JGH4svhtchfH+y5tGduowfjbyzne+7LPHVuUGUSt90sXlTfKYPmD37/brE8P5wGMeY/M+2BbtO33OW/ItHk9wEQOeRRQRAllVBDY/w7l2zgOOu+BHdoWppfXf35QUXm9dQWlqbc5hjNW9jK7P3rf9D7a5fjPd9j/9T4Fj53/McO/H566ON4GcZUVsT4yzNH+1NHvLtofykn3APu7vuxvZN5bLq9rt4wxx/nQHOdDc5wPzXE+NMf50BznQ3OcD81xPjTH+dCc83qQPCo+VerhXCB1nIt0cY7jS63T0+rpmWb8qoxZr1zOdWTMwkOmyvjBRA55FFBECWVUEFhAjTqmB8/06eJ6h6bXXj2Nno5pxrDGGNYYu/HxttndvjrL0sU5WxfnYqH0dMSMnz3NuVdX5D7o2h/r7I8wkUMeBRRRQhkVBBZQzbPfDyjJ0KC/04PzObZLL1bTPh7gHJB9X/KFbZ8G2wcmcsijgCJKKKOCRMdUDy3aNym9OrlfuOtah75MLfcsk2OaZ/xajB9M5JBHAUWUUEYFy7vn+J5ojv/rxGuoh2cQ0q50cd7axblqJNIxDm32rbY6/mqhM3dmynjOQHoyHfYHmMghjwKKKKGMCpZX2B+w4dAc92TMcU/GHPdkzHFPxlzzeixj4NdSR/bx+QgqRKUbCed7XRwLdd361TI9LR7kNWaVwb6lyppgqFJnlXbFI2nHiToYj/56OT/0bSfHvzAythGhRrk1yvLHOZVFXybpp0FQm8M4fWFcaoxPj5Snz9vSCHXakraw0GB9lLjpRsf5ENsziN2OoPXkZT+wy+H6mEfMkGnMcz41z/nUPOdT85xPzXM+Nc/51DznU/OcT81zPmWl4Z7Kee6pnG+SpkmaJmmapGmSpkkavsOb5zu8+eaGS+abW7ENO3EFrscyOqx3NaBFW22c8ySgVy7nP0Ow83IuFZpOX9+bjhPatDGIvj4q7Wg4L/Lhbqc9r69zpb+F8ymJ2QctTrlR+1ubfQkmcsijgCJKKKOCwAI61ONHXxeWLjlcX/Ow6+WamTMOvXWyjJhxUu0LGp8O4wMTOeRRQBEllFFB1DgPHxZoX2IYBwtjY+F9SQSHuUuyzYt2ZZsbMIeHG9nmA9jK9Kk4zPSy4y7cAZPlR4lvw0EccByBlGc0svw+PNR6j6j00YYJjSznPIzbNAgIZnWhnUMeBRRRQhmViHVBy7OIKtcvjZqPm09Pl30KMYLW6/M6Vb4i9ai6dH798fZBrdP7otLcikM4dmNv+g4cxO1OLA5oabduWmhvQ9BYWBuwyuvPa5AQcz8ZW6hR57Sw29OIFBbqlDMtJhEm8f9xwkKDfqaFkGkscC69wPn2AufbC5xvL3C+vcD59gLn2wucby9wvr3Qf3xv8DoVI48/7UhCt7wDnPt6DdDONmWl6pmcwwahH/24BurC871d7DQxQ6bN/gATOeRRQBEllFGBpF3et8D9dAvNQ/gRfox7cC/GNpbj3majhs4C11BTxXXU9GQ6C80sTOSQRwFFlFBGBcsrC80Z4lmsxRzmsYBFrMMxnrIon3sRNb5hkW04LfraxmcPax2fPaZFWLDaq+N/gQ3oZJwF9b+pJx1OZrzTNMn2DTU+nJ9Mw/9cHzaMWpb3/1VHhbMY5zR5Q51l08IvJFXOoOX10vN7Ut676rdiUY4Z8vlHN+kg52LjkET9E3rmX4PjDupttonDtb79nW4al75t5xb2vGz7mYLO8wVDnrU9tmcaeupLZ9sPHoZ4FuZ4MGZdY+6zFjI8GzHu8xNniGexFnPgzaa5gEWswzEYoglJ7icD7zdJPTvSrxxZJnFEE+R3spMgv2cdh3G0R8K465+W8fPrjwRVrwreab95ffmg/VFjHjX2g2ybJLZPUHlB/Y7T96g0g/YxidfPINvRuz+Msz//Hl5P42hnnHFPivzvkEmMVVg9j+V+jrNfg9TT3W847+J3LPwfFHDOwO9Y+D8o4NyD37EY/I6Fp6pi2tMZDT5/povz5amRVNvi9HmQ8VHTfKflMUrwa3vQ8rhGDa2n8n1YgKj1cQ1aV1DacYQW14bS5mrPs+hrEK6bB3FCprXI7ycW+f3EIr+fWOT3E4v8fmKR308s8vuJRX4/scjvJxat7+t8xmH0z9FtykkV46TJtBkPmMghjwKKKKGMCgL6st7oUGbanJDtLPLd1yLffS3yPdoi36Mt8j3aIt+jLfI92iLfoy3yndjbuJcvQKywjuPuVODYn4b/xDj5Oci9/uv6vq/KGOs47q/juL+O4/46jvvrOO6v47i/juP+Oo776zjur/PZv9ZxLBGjh8fi/xk6TBrTie9GPuCakLcfdHfpIPEBHLHn16t8Uq+UN8jYjfB/kpbijLmMo4yhjJmUK+2+Xb/Glfb/LtTrU9N62wZpT1h/vGV7g9+6oPzDtD9OeX75B9k2cfMkNbbDbm+/cY6qZ5z1DxKq/K9iMXxwX/OeGev19DjX2Cd+DT/B+pMqY7i89rYbqf5MifdmZGEihzwKKKKEMiqSjvdt4Ro9+d+QSVBtSro87z6RVPky9vp0HMP3ZRxhMq/3mWKv/8OEuGMbJk75w4Zh6kwy2HUN/r4RPWajj/vw22u8ZSc9VkFlT7r+OO3ym+8520f6+0Ga+6I+XtPQhlH2nST6kNhxYZzHnDGXH3e844xb2OvRnSZuGGacgvOH92m0+ocXHJI8NxguDN/2wcYv7fpHrSduGLze8bz/9perh0H2tTj74rj6kHTZo+4fUa/HUV+ro77u7y/sGJu06h8kDJMn6fanGUZseyWZvqdxX74K4feYj9uSsSdVo4Z7Sp1UBIR/Aw==";

  // src/packages/unicode-properties/index.js
  function decodeBase642(base64) {
    if (typeof Buffer !== "undefined") {
      return new Uint8Array(Buffer.from(base64, "base64"));
    }
    const binary = atob(base64);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) {
      bytes[i] = binary.charCodeAt(i);
    }
    return bytes;
  }
  var trie = new unicode_trie_default(decodeBase642(data_trie_default));
  var log2 = Math.log2 || ((n) => Math.log(n) / Math.LN2);
  var bits2 = (n) => log2(n) + 1 | 0;
  var CATEGORY_BITS = bits2(data_default.categories.length - 1);
  var COMBINING_BITS = bits2(data_default.combiningClasses.length - 1);
  var SCRIPT_BITS = bits2(data_default.scripts.length - 1);
  var EAW_BITS = bits2(data_default.eaw.length - 1);
  var NUMBER_BITS = 10;
  var CATEGORY_SHIFT = COMBINING_BITS + SCRIPT_BITS + EAW_BITS + NUMBER_BITS;
  var COMBINING_SHIFT = SCRIPT_BITS + EAW_BITS + NUMBER_BITS;
  var SCRIPT_SHIFT = EAW_BITS + NUMBER_BITS;
  var CATEGORY_MASK = (1 << CATEGORY_BITS) - 1;
  var COMBINING_MASK = (1 << COMBINING_BITS) - 1;
  var SCRIPT_MASK = (1 << SCRIPT_BITS) - 1;
  var EAW_MASK = (1 << EAW_BITS) - 1;
  var NUMBER_MASK = (1 << NUMBER_BITS) - 1;
  function getCategory(codePoint) {
    const val = trie.get(codePoint);
    return data_default.categories[val >> CATEGORY_SHIFT & CATEGORY_MASK];
  }
  function getCombiningClass(codePoint) {
    const val = trie.get(codePoint);
    return data_default.combiningClasses[val >> COMBINING_SHIFT & COMBINING_MASK];
  }
  function getScript(codePoint) {
    const val = trie.get(codePoint);
    return data_default.scripts[val >> SCRIPT_SHIFT & SCRIPT_MASK];
  }
  function isDigit(codePoint) {
    return getCategory(codePoint) === "Nd";
  }
  function isMark(codePoint) {
    const category = getCategory(codePoint);
    return category === "Mn" || category === "Me" || category === "Mc";
  }

  // src/layout/UnicodeLayoutEngine.js
  var UnicodeLayoutEngine = class {
    /**
     * @param {LayoutFont} font
     */
    constructor(font) {
      this.font = font;
    }
    /**
     * @param {Array<LayoutGlyph | GlyphInfoLike & { cbox?: import('../../types/fontkit').BBoxLike }>} glyphs
     * @param {GlyphPositionLike[]} positions
     * @returns {GlyphPositionLike[]}
     */
    positionGlyphs(glyphs, positions) {
      let clusterStart = 0;
      let clusterEnd = 0;
      for (let index = 0; index < glyphs.length; index++) {
        let glyph2 = glyphs[index];
        if (glyph2.isMark) {
          clusterEnd = index;
        } else {
          if (clusterStart !== clusterEnd) {
            this.positionCluster(glyphs, positions, clusterStart, clusterEnd);
          }
          clusterStart = clusterEnd = index;
        }
      }
      if (clusterStart !== clusterEnd) {
        this.positionCluster(glyphs, positions, clusterStart, clusterEnd);
      }
      return positions;
    }
    /**
     * @param {Array<LayoutGlyph | (GlyphInfoLike & { cbox?: import('../../types/fontkit').BBoxLike, advanceWidth?: number })>} glyphs
     * @param {GlyphPositionLike[]} positions
     * @param {number} clusterStart
     * @param {number} clusterEnd
     * @returns {void}
     */
    positionCluster(glyphs, positions, clusterStart, clusterEnd) {
      let base = (
        /** @type {LayoutGlyph} */
        glyphs[clusterStart]
      );
      let baseBox = (
        /** @type {import('../../types/fontkit').BBoxLike} */
        base.cbox.copy()
      );
      if (base.codePoints.length > 1) {
        baseBox.minX += (base.codePoints.length - 1) * baseBox.width / base.codePoints.length;
      }
      let xOffset = -positions[clusterStart].xAdvance;
      let yOffset = 0;
      let yGap = this.font.unitsPerEm / 16;
      for (let index = clusterStart + 1; index <= clusterEnd; index++) {
        let mark = (
          /** @type {LayoutGlyph} */
          glyphs[index]
        );
        let markBox = (
          /** @type {import('../../types/fontkit').BBoxLike} */
          mark.cbox
        );
        let position = positions[index];
        let combiningClass = this.getCombiningClass(mark.codePoints[0]);
        if (combiningClass !== "Not_Reordered") {
          position.xOffset = position.yOffset = 0;
          switch (combiningClass) {
            case "Double_Above":
            case "Double_Below":
              position.xOffset += baseBox.minX - markBox.width / 2 - markBox.minX;
              break;
            case "Attached_Below_Left":
            case "Below_Left":
            case "Above_Left":
              position.xOffset += baseBox.minX - markBox.minX;
              break;
            case "Attached_Above_Right":
            case "Below_Right":
            case "Above_Right":
              position.xOffset += baseBox.maxX - markBox.width - markBox.minX;
              break;
            default:
              position.xOffset += baseBox.minX + (baseBox.width - markBox.width) / 2 - markBox.minX;
          }
          switch (combiningClass) {
            case "Double_Below":
            case "Below_Left":
            case "Below":
            case "Below_Right":
            case "Attached_Below_Left":
            case "Attached_Below":
              if (combiningClass === "Attached_Below_Left" || combiningClass === "Attached_Below") {
                baseBox.minY += yGap;
              }
              position.yOffset = -baseBox.minY - markBox.maxY;
              baseBox.minY += markBox.height;
              break;
            case "Double_Above":
            case "Above_Left":
            case "Above":
            case "Above_Right":
            case "Attached_Above":
            case "Attached_Above_Right":
              if (combiningClass === "Attached_Above" || combiningClass === "Attached_Above_Right") {
                baseBox.maxY += yGap;
              }
              position.yOffset = baseBox.maxY - markBox.minY;
              baseBox.maxY += markBox.height;
              break;
          }
          position.xAdvance = position.yAdvance = 0;
          position.xOffset += xOffset;
          position.yOffset += yOffset;
        } else {
          xOffset -= position.xAdvance;
          yOffset -= position.yAdvance;
        }
      }
      return;
    }
    /**
     * @param {number} codePoint
     * @returns {string}
     */
    getCombiningClass(codePoint) {
      let combiningClass = getCombiningClass(codePoint);
      if ((codePoint & ~255) === 3584) {
        if (combiningClass === "Not_Reordered") {
          switch (codePoint) {
            case 3633:
            case 3636:
            case 3637:
            case 3638:
            case 3639:
            case 3655:
            case 3660:
            case 3661:
            case 3662:
              return "Above_Right";
            case 3761:
            case 3764:
            case 3765:
            case 3766:
            case 3767:
            case 3771:
            case 3788:
            case 3789:
              return "Above";
            case 3772:
              return "Below";
          }
        } else if (codePoint === 3642) {
          return "Below_Right";
        }
      }
      switch (combiningClass) {
        // Hebrew
        case "CCC10":
        // sheva
        case "CCC11":
        // hataf segol
        case "CCC12":
        // hataf patah
        case "CCC13":
        // hataf qamats
        case "CCC14":
        // hiriq
        case "CCC15":
        // tsere
        case "CCC16":
        // segol
        case "CCC17":
        // patah
        case "CCC18":
        // qamats
        case "CCC20":
        // qubuts
        case "CCC22":
          return "Below";
        case "CCC23":
          return "Attached_Above";
        case "CCC24":
          return "Above_Right";
        case "CCC25":
        // sin dot
        case "CCC19":
          return "Above_Left";
        case "CCC26":
          return "Above";
        case "CCC21":
          break;
        // Arabic and Syriac
        case "CCC27":
        // fathatan
        case "CCC28":
        // dammatan
        case "CCC30":
        // fatha
        case "CCC31":
        // damma
        case "CCC33":
        // shadda
        case "CCC34":
        // sukun
        case "CCC35":
        // superscript alef
        case "CCC36":
          return "Above";
        case "CCC29":
        // kasratan
        case "CCC32":
          return "Below";
        // Thai
        case "CCC103":
          return "Below_Right";
        case "CCC107":
          return "Above_Right";
        // Lao
        case "CCC118":
          return "Below";
        case "CCC122":
          return "Above";
        // Tibetan
        case "CCC129":
        // sign aa
        case "CCC132":
          return "Below";
        case "CCC130":
          return "Above";
      }
      return combiningClass;
    }
  };

  // src/glyph/BBox.js
  var BBox = class _BBox {
    /**
     * @param {number} [minX]
     * @param {number} [minY]
     * @param {number} [maxX]
     * @param {number} [maxY]
     */
    constructor(minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity) {
      this.minX = minX;
      this.minY = minY;
      this.maxX = maxX;
      this.maxY = maxY;
    }
    /**
     * The width of the bounding box
     * @type {number}
     */
    get width() {
      return this.maxX - this.minX;
    }
    /**
     * The height of the bounding box
     * @type {number}
     */
    get height() {
      return this.maxY - this.minY;
    }
    /**
     * @param {number} x
     * @param {number} y
     * @returns {void}
     */
    addPoint(x, y) {
      if (Math.abs(x) !== Infinity) {
        if (x < this.minX) {
          this.minX = x;
        }
        if (x > this.maxX) {
          this.maxX = x;
        }
      }
      if (Math.abs(y) !== Infinity) {
        if (y < this.minY) {
          this.minY = y;
        }
        if (y > this.maxY) {
          this.maxY = y;
        }
      }
    }
    /**
     * @returns {BBox}
     */
    copy() {
      return new _BBox(this.minX, this.minY, this.maxX, this.maxY);
    }
  };

  // src/layout/Script.js
  var UNICODE_SCRIPTS = {
    Caucasian_Albanian: "aghb",
    Arabic: "arab",
    Imperial_Aramaic: "armi",
    Armenian: "armn",
    Avestan: "avst",
    Balinese: "bali",
    Bamum: "bamu",
    Bassa_Vah: "bass",
    Batak: "batk",
    Bengali: ["bng2", "beng"],
    Bopomofo: "bopo",
    Brahmi: "brah",
    Braille: "brai",
    Buginese: "bugi",
    Buhid: "buhd",
    Chakma: "cakm",
    Canadian_Aboriginal: "cans",
    Carian: "cari",
    Cham: "cham",
    Cherokee: "cher",
    Coptic: "copt",
    Cypriot: "cprt",
    Cyrillic: "cyrl",
    Devanagari: ["dev2", "deva"],
    Deseret: "dsrt",
    Duployan: "dupl",
    Egyptian_Hieroglyphs: "egyp",
    Elbasan: "elba",
    Ethiopic: "ethi",
    Georgian: "geor",
    Glagolitic: "glag",
    Gothic: "goth",
    Grantha: "gran",
    Greek: "grek",
    Gujarati: ["gjr2", "gujr"],
    Gurmukhi: ["gur2", "guru"],
    Hangul: "hang",
    Han: "hani",
    Hanunoo: "hano",
    Hebrew: "hebr",
    Hiragana: "hira",
    Pahawh_Hmong: "hmng",
    Katakana_Or_Hiragana: "hrkt",
    Old_Italic: "ital",
    Javanese: "java",
    Kayah_Li: "kali",
    Katakana: "kana",
    Kharoshthi: "khar",
    Khmer: "khmr",
    Khojki: "khoj",
    Kannada: ["knd2", "knda"],
    Kaithi: "kthi",
    Tai_Tham: "lana",
    Lao: "lao ",
    Latin: "latn",
    Lepcha: "lepc",
    Limbu: "limb",
    Linear_A: "lina",
    Linear_B: "linb",
    Lisu: "lisu",
    Lycian: "lyci",
    Lydian: "lydi",
    Mahajani: "mahj",
    Mandaic: "mand",
    Manichaean: "mani",
    Mende_Kikakui: "mend",
    Meroitic_Cursive: "merc",
    Meroitic_Hieroglyphs: "mero",
    Malayalam: ["mlm2", "mlym"],
    Modi: "modi",
    Mongolian: "mong",
    Mro: "mroo",
    Meetei_Mayek: "mtei",
    Myanmar: ["mym2", "mymr"],
    Old_North_Arabian: "narb",
    Nabataean: "nbat",
    Nko: "nko ",
    Ogham: "ogam",
    Ol_Chiki: "olck",
    Old_Turkic: "orkh",
    Oriya: ["ory2", "orya"],
    Osmanya: "osma",
    Palmyrene: "palm",
    Pau_Cin_Hau: "pauc",
    Old_Permic: "perm",
    Phags_Pa: "phag",
    Inscriptional_Pahlavi: "phli",
    Psalter_Pahlavi: "phlp",
    Phoenician: "phnx",
    Miao: "plrd",
    Inscriptional_Parthian: "prti",
    Rejang: "rjng",
    Runic: "runr",
    Samaritan: "samr",
    Old_South_Arabian: "sarb",
    Saurashtra: "saur",
    Shavian: "shaw",
    Sharada: "shrd",
    Siddham: "sidd",
    Khudawadi: "sind",
    Sinhala: "sinh",
    Sora_Sompeng: "sora",
    Sundanese: "sund",
    Syloti_Nagri: "sylo",
    Syriac: "syrc",
    Tagbanwa: "tagb",
    Takri: "takr",
    Tai_Le: "tale",
    New_Tai_Lue: "talu",
    Tamil: ["tml2", "taml"],
    Tai_Viet: "tavt",
    Telugu: ["tel2", "telu"],
    Tifinagh: "tfng",
    Tagalog: "tglg",
    Thaana: "thaa",
    Thai: "thai",
    Tibetan: "tibt",
    Tirhuta: "tirh",
    Ugaritic: "ugar",
    Vai: "vai ",
    Warang_Citi: "wara",
    Old_Persian: "xpeo",
    Cuneiform: "xsux",
    Yi: "yi  ",
    Inherited: "zinh",
    Common: "zyyy",
    Unknown: "zzzz"
  };
  var OPENTYPE_SCRIPTS = {};
  for (let script in UNICODE_SCRIPTS) {
    let tag = UNICODE_SCRIPTS[script];
    if (Array.isArray(tag)) {
      for (let t of tag) {
        OPENTYPE_SCRIPTS[t] = script;
      }
    } else {
      OPENTYPE_SCRIPTS[tag] = script;
    }
  }
  function fromOpenType(tag) {
    return OPENTYPE_SCRIPTS[tag];
  }
  function forString(string) {
    let len = string.length;
    let idx = 0;
    while (idx < len) {
      let code = string.charCodeAt(idx++);
      if (55296 <= code && code <= 56319 && idx < len) {
        let next = string.charCodeAt(idx);
        if (56320 <= next && next <= 57343) {
          idx++;
          code = ((code & 1023) << 10) + (next & 1023) + 65536;
        }
      }
      let script = getScript(code);
      if (script !== "Common" && script !== "Inherited" && script !== "Unknown") {
        return UNICODE_SCRIPTS[script];
      }
    }
    return UNICODE_SCRIPTS.Unknown;
  }
  function forCodePoints(codePoints) {
    for (let i = 0; i < codePoints.length; i++) {
      let codePoint = codePoints[i];
      let script = getScript(codePoint);
      if (script !== "Common" && script !== "Inherited" && script !== "Unknown") {
        return UNICODE_SCRIPTS[script];
      }
    }
    return UNICODE_SCRIPTS.Unknown;
  }
  var RTL = {
    arab: true,
    // Arabic
    hebr: true,
    // Hebrew
    syrc: true,
    // Syriac
    thaa: true,
    // Thaana
    cprt: true,
    // Cypriot Syllabary
    khar: true,
    // Kharosthi
    phnx: true,
    // Phoenician
    "nko ": true,
    // N'Ko
    lydi: true,
    // Lydian
    avst: true,
    // Avestan
    armi: true,
    // Imperial Aramaic
    phli: true,
    // Inscriptional Pahlavi
    prti: true,
    // Inscriptional Parthian
    sarb: true,
    // Old South Arabian
    orkh: true,
    // Old Turkic, Orkhon Runic
    samr: true,
    // Samaritan
    mand: true,
    // Mandaic, Mandaean
    merc: true,
    // Meroitic Cursive
    mero: true,
    // Meroitic Hieroglyphs
    // Unicode 7.0 (not listed on http://www.microsoft.com/typography/otspec/scripttags.htm)
    mani: true,
    // Manichaean
    mend: true,
    // Mende Kikakui
    nbat: true,
    // Nabataean
    narb: true,
    // Old North Arabian
    palm: true,
    // Palmyrene
    phlp: true
    // Psalter Pahlavi
  };
  function direction(script) {
    let tag = Array.isArray(script) ? script[0] : script;
    if (tag && RTL[tag]) {
      return "rtl";
    }
    return "ltr";
  }

  // src/layout/GlyphRun.js
  var GlyphRun = class {
    /**
     * @param {import('../glyph/Glyph').default[]} glyphs
     * @param {import('../../types/fontkit').FeatureInput | null | undefined} features
     * @param {import('../../types/fontkit').ScriptTag | string[] | null | undefined} script
     * @param {import('../../types/fontkit').LanguageTag | null | undefined} language
     * @param {import('../../types/fontkit').TextDirection | null | undefined} direction
     */
    constructor(glyphs, features2, script, language, direction2) {
      this.glyphs = glyphs;
      this.positions = null;
      this.script = script;
      this.language = language || null;
      this.direction = direction2 || direction(script);
      this.features = {};
      if (Array.isArray(features2)) {
        for (let tag of features2) {
          this.features[tag] = true;
        }
      } else if (typeof features2 === "object" && features2 !== null) {
        this.features = features2;
      }
    }
    /**
     * The total advance width of the run.
     * @type {number}
     */
    get advanceWidth() {
      let width = 0;
      if (!this.positions) {
        return width;
      }
      for (let position of this.positions) {
        width += position.xAdvance;
      }
      return width;
    }
    /**
    * The total advance height of the run.
    * @type {number}
    */
    get advanceHeight() {
      let height = 0;
      if (!this.positions) {
        return height;
      }
      for (let position of this.positions) {
        height += position.yAdvance;
      }
      return height;
    }
    /**
    * The bounding box containing all glyphs in the run.
    * @type {BBox}
    */
    get bbox() {
      let bbox = new BBox();
      if (!this.positions) {
        return bbox;
      }
      let x = 0;
      let y = 0;
      for (let index = 0; index < this.glyphs.length; index++) {
        let glyph2 = this.glyphs[index];
        let p = this.positions[index];
        let b = glyph2.bbox;
        bbox.addPoint(b.minX + x + p.xOffset, b.minY + y + p.yOffset);
        bbox.addPoint(b.maxX + x + p.xOffset, b.maxY + y + p.yOffset);
        x += p.xAdvance;
        y += p.yAdvance;
      }
      return bbox;
    }
  };

  // src/layout/GlyphPosition.js
  var GlyphPosition = class {
    /**
     * @param {number} [xAdvance]
     * @param {number} [yAdvance]
     * @param {number} [xOffset]
     * @param {number} [yOffset]
     */
    constructor(xAdvance = 0, yAdvance = 0, xOffset = 0, yOffset = 0) {
      this.xAdvance = xAdvance;
      this.yAdvance = yAdvance;
      this.xOffset = xOffset;
      this.yOffset = yOffset;
    }
  };

  // src/aat/AATFeatureMap.js
  var features = {
    allTypographicFeatures: {
      code: 0,
      exclusive: false,
      allTypeFeatures: 0
    },
    ligatures: {
      code: 1,
      exclusive: false,
      requiredLigatures: 0,
      commonLigatures: 2,
      rareLigatures: 4,
      // logos: 6
      rebusPictures: 8,
      diphthongLigatures: 10,
      squaredLigatures: 12,
      abbrevSquaredLigatures: 14,
      symbolLigatures: 16,
      contextualLigatures: 18,
      historicalLigatures: 20
    },
    cursiveConnection: {
      code: 2,
      exclusive: true,
      unconnected: 0,
      partiallyConnected: 1,
      cursive: 2
    },
    letterCase: {
      code: 3,
      exclusive: true
    },
    // upperAndLowerCase: 0          # deprecated
    // allCaps: 1                    # deprecated
    // allLowerCase: 2               # deprecated
    // smallCaps: 3                  # deprecated
    // initialCaps: 4                # deprecated
    // initialCapsAndSmallCaps: 5    # deprecated
    verticalSubstitution: {
      code: 4,
      exclusive: false,
      substituteVerticalForms: 0
    },
    linguisticRearrangement: {
      code: 5,
      exclusive: false,
      linguisticRearrangement: 0
    },
    numberSpacing: {
      code: 6,
      exclusive: true,
      monospacedNumbers: 0,
      proportionalNumbers: 1,
      thirdWidthNumbers: 2,
      quarterWidthNumbers: 3
    },
    smartSwash: {
      code: 8,
      exclusive: false,
      wordInitialSwashes: 0,
      wordFinalSwashes: 2,
      // lineInitialSwashes: 4
      // lineFinalSwashes: 6
      nonFinalSwashes: 8
    },
    diacritics: {
      code: 9,
      exclusive: true,
      showDiacritics: 0,
      hideDiacritics: 1,
      decomposeDiacritics: 2
    },
    verticalPosition: {
      code: 10,
      exclusive: true,
      normalPosition: 0,
      superiors: 1,
      inferiors: 2,
      ordinals: 3,
      scientificInferiors: 4
    },
    fractions: {
      code: 11,
      exclusive: true,
      noFractions: 0,
      verticalFractions: 1,
      diagonalFractions: 2
    },
    overlappingCharacters: {
      code: 13,
      exclusive: false,
      preventOverlap: 0
    },
    typographicExtras: {
      code: 14,
      exclusive: false,
      // hyphensToEmDash: 0
      // hyphenToEnDash: 2
      slashedZero: 4
    },
    // formInterrobang: 6
    // smartQuotes: 8
    // periodsToEllipsis: 10
    mathematicalExtras: {
      code: 15,
      exclusive: false,
      // hyphenToMinus: 0
      // asteristoMultiply: 2
      // slashToDivide: 4
      // inequalityLigatures: 6
      // exponents: 8
      mathematicalGreek: 10
    },
    ornamentSets: {
      code: 16,
      exclusive: true,
      noOrnaments: 0,
      dingbats: 1,
      piCharacters: 2,
      fleurons: 3,
      decorativeBorders: 4,
      internationalSymbols: 5,
      mathSymbols: 6
    },
    characterAlternatives: {
      code: 17,
      exclusive: true,
      noAlternates: 0
    },
    // user defined options
    designComplexity: {
      code: 18,
      exclusive: true,
      designLevel1: 0,
      designLevel2: 1,
      designLevel3: 2,
      designLevel4: 3,
      designLevel5: 4
    },
    styleOptions: {
      code: 19,
      exclusive: true,
      noStyleOptions: 0,
      displayText: 1,
      engravedText: 2,
      illuminatedCaps: 3,
      titlingCaps: 4,
      tallCaps: 5
    },
    characterShape: {
      code: 20,
      exclusive: true,
      traditionalCharacters: 0,
      simplifiedCharacters: 1,
      JIS1978Characters: 2,
      JIS1983Characters: 3,
      JIS1990Characters: 4,
      traditionalAltOne: 5,
      traditionalAltTwo: 6,
      traditionalAltThree: 7,
      traditionalAltFour: 8,
      traditionalAltFive: 9,
      expertCharacters: 10,
      JIS2004Characters: 11,
      hojoCharacters: 12,
      NLCCharacters: 13,
      traditionalNamesCharacters: 14
    },
    numberCase: {
      code: 21,
      exclusive: true,
      lowerCaseNumbers: 0,
      upperCaseNumbers: 1
    },
    textSpacing: {
      code: 22,
      exclusive: true,
      proportionalText: 0,
      monospacedText: 1,
      halfWidthText: 2,
      thirdWidthText: 3,
      quarterWidthText: 4,
      altProportionalText: 5,
      altHalfWidthText: 6
    },
    transliteration: {
      code: 23,
      exclusive: true,
      noTransliteration: 0
    },
    // hanjaToHangul: 1
    // hiraganaToKatakana: 2
    // katakanaToHiragana: 3
    // kanaToRomanization: 4
    // romanizationToHiragana: 5
    // romanizationToKatakana: 6
    // hanjaToHangulAltOne: 7
    // hanjaToHangulAltTwo: 8
    // hanjaToHangulAltThree: 9
    annotation: {
      code: 24,
      exclusive: true,
      noAnnotation: 0,
      boxAnnotation: 1,
      roundedBoxAnnotation: 2,
      circleAnnotation: 3,
      invertedCircleAnnotation: 4,
      parenthesisAnnotation: 5,
      periodAnnotation: 6,
      romanNumeralAnnotation: 7,
      diamondAnnotation: 8,
      invertedBoxAnnotation: 9,
      invertedRoundedBoxAnnotation: 10
    },
    kanaSpacing: {
      code: 25,
      exclusive: true,
      fullWidthKana: 0,
      proportionalKana: 1
    },
    ideographicSpacing: {
      code: 26,
      exclusive: true,
      fullWidthIdeographs: 0,
      proportionalIdeographs: 1,
      halfWidthIdeographs: 2
    },
    unicodeDecomposition: {
      code: 27,
      exclusive: false,
      canonicalComposition: 0,
      compatibilityComposition: 2,
      transcodingComposition: 4
    },
    rubyKana: {
      code: 28,
      exclusive: false,
      // noRubyKana: 0     # deprecated - use rubyKanaOff instead
      // rubyKana: 1     # deprecated - use rubyKanaOn instead
      rubyKana: 2
    },
    CJKSymbolAlternatives: {
      code: 29,
      exclusive: true,
      noCJKSymbolAlternatives: 0,
      CJKSymbolAltOne: 1,
      CJKSymbolAltTwo: 2,
      CJKSymbolAltThree: 3,
      CJKSymbolAltFour: 4,
      CJKSymbolAltFive: 5
    },
    ideographicAlternatives: {
      code: 30,
      exclusive: true,
      noIdeographicAlternatives: 0,
      ideographicAltOne: 1,
      ideographicAltTwo: 2,
      ideographicAltThree: 3,
      ideographicAltFour: 4,
      ideographicAltFive: 5
    },
    CJKVerticalRomanPlacement: {
      code: 31,
      exclusive: true,
      CJKVerticalRomanCentered: 0,
      CJKVerticalRomanHBaseline: 1
    },
    italicCJKRoman: {
      code: 32,
      exclusive: false,
      // noCJKItalicRoman: 0     # deprecated - use CJKItalicRomanOff instead
      // CJKItalicRoman: 1     # deprecated - use CJKItalicRomanOn instead
      CJKItalicRoman: 2
    },
    caseSensitiveLayout: {
      code: 33,
      exclusive: false,
      caseSensitiveLayout: 0,
      caseSensitiveSpacing: 2
    },
    alternateKana: {
      code: 34,
      exclusive: false,
      alternateHorizKana: 0,
      alternateVertKana: 2
    },
    stylisticAlternatives: {
      code: 35,
      exclusive: false,
      noStylisticAlternates: 0,
      stylisticAltOne: 2,
      stylisticAltTwo: 4,
      stylisticAltThree: 6,
      stylisticAltFour: 8,
      stylisticAltFive: 10,
      stylisticAltSix: 12,
      stylisticAltSeven: 14,
      stylisticAltEight: 16,
      stylisticAltNine: 18,
      stylisticAltTen: 20,
      stylisticAltEleven: 22,
      stylisticAltTwelve: 24,
      stylisticAltThirteen: 26,
      stylisticAltFourteen: 28,
      stylisticAltFifteen: 30,
      stylisticAltSixteen: 32,
      stylisticAltSeventeen: 34,
      stylisticAltEighteen: 36,
      stylisticAltNineteen: 38,
      stylisticAltTwenty: 40
    },
    contextualAlternates: {
      code: 36,
      exclusive: false,
      contextualAlternates: 0,
      swashAlternates: 2,
      contextualSwashAlternates: 4
    },
    lowerCase: {
      code: 37,
      exclusive: true,
      defaultLowerCase: 0,
      lowerCaseSmallCaps: 1,
      lowerCasePetiteCaps: 2
    },
    upperCase: {
      code: 38,
      exclusive: true,
      defaultUpperCase: 0,
      upperCaseSmallCaps: 1,
      upperCasePetiteCaps: 2
    },
    languageTag: {
      // indices into ltag table
      code: 39,
      exclusive: true
    },
    CJKRomanSpacing: {
      code: 103,
      exclusive: true,
      halfWidthCJKRoman: 0,
      proportionalCJKRoman: 1,
      defaultCJKRoman: 2,
      fullWidthCJKRoman: 3
    }
  };
  var feature = (name, selector) => {
    let f = features[name];
    return [
      f.code,
      /** @type {number} */
      f[selector]
    ];
  };
  var OTMapping = {
    rlig: feature("ligatures", "requiredLigatures"),
    clig: feature("ligatures", "contextualLigatures"),
    dlig: feature("ligatures", "rareLigatures"),
    hlig: feature("ligatures", "historicalLigatures"),
    liga: feature("ligatures", "commonLigatures"),
    hist: feature("ligatures", "historicalLigatures"),
    // ??
    smcp: feature("lowerCase", "lowerCaseSmallCaps"),
    pcap: feature("lowerCase", "lowerCasePetiteCaps"),
    frac: feature("fractions", "diagonalFractions"),
    dnom: feature("fractions", "diagonalFractions"),
    // ??
    numr: feature("fractions", "diagonalFractions"),
    // ??
    afrc: feature("fractions", "verticalFractions"),
    // aalt
    // abvf, abvm, abvs, akhn, blwf, blwm, blws, cfar, cjct, cpsp, falt, isol, jalt, ljmo, mset?
    // ltra, ltrm, nukt, pref, pres, pstf, psts, rand, rkrf, rphf, rtla, rtlm, size, tjmo, tnum?
    // unic, vatu, vhal, vjmo, vpal, vrt2
    // dist -> trak table?
    // kern, vkrn -> kern table
    // lfbd + opbd + rtbd -> opbd table?
    // mark, mkmk -> acnt table?
    // locl -> languageTag + ltag table
    case: feature("caseSensitiveLayout", "caseSensitiveLayout"),
    // also caseSensitiveSpacing
    ccmp: feature("unicodeDecomposition", "canonicalComposition"),
    // compatibilityComposition?
    cpct: feature("CJKVerticalRomanPlacement", "CJKVerticalRomanCentered"),
    // guess..., probably not given below
    valt: feature("CJKVerticalRomanPlacement", "CJKVerticalRomanCentered"),
    swsh: feature("contextualAlternates", "swashAlternates"),
    cswh: feature("contextualAlternates", "contextualSwashAlternates"),
    curs: feature("cursiveConnection", "cursive"),
    // ??
    c2pc: feature("upperCase", "upperCasePetiteCaps"),
    c2sc: feature("upperCase", "upperCaseSmallCaps"),
    init: feature("smartSwash", "wordInitialSwashes"),
    // ??
    fin2: feature("smartSwash", "wordFinalSwashes"),
    // ??
    medi: feature("smartSwash", "nonFinalSwashes"),
    // ??
    med2: feature("smartSwash", "nonFinalSwashes"),
    // ??
    fin3: feature("smartSwash", "wordFinalSwashes"),
    // ??
    fina: feature("smartSwash", "wordFinalSwashes"),
    // ??
    pkna: feature("kanaSpacing", "proportionalKana"),
    half: feature("textSpacing", "halfWidthText"),
    // also HalfWidthCJKRoman, HalfWidthIdeographs?
    halt: feature("textSpacing", "altHalfWidthText"),
    hkna: feature("alternateKana", "alternateHorizKana"),
    vkna: feature("alternateKana", "alternateVertKana"),
    // hngl: feature 'transliteration', 'hanjaToHangulSelector' # deprecated
    ital: feature("italicCJKRoman", "CJKItalicRoman"),
    lnum: feature("numberCase", "upperCaseNumbers"),
    onum: feature("numberCase", "lowerCaseNumbers"),
    mgrk: feature("mathematicalExtras", "mathematicalGreek"),
    // nalt: not enough info. what type of annotation?
    // ornm: ditto, which ornament style?
    calt: feature("contextualAlternates", "contextualAlternates"),
    // or more?
    vrt2: feature("verticalSubstitution", "substituteVerticalForms"),
    // oh... below?
    vert: feature("verticalSubstitution", "substituteVerticalForms"),
    tnum: feature("numberSpacing", "monospacedNumbers"),
    pnum: feature("numberSpacing", "proportionalNumbers"),
    sups: feature("verticalPosition", "superiors"),
    subs: feature("verticalPosition", "inferiors"),
    ordn: feature("verticalPosition", "ordinals"),
    pwid: feature("textSpacing", "proportionalText"),
    hwid: feature("textSpacing", "halfWidthText"),
    qwid: feature("textSpacing", "quarterWidthText"),
    // also QuarterWidthNumbers?
    twid: feature("textSpacing", "thirdWidthText"),
    // also ThirdWidthNumbers?
    fwid: feature("textSpacing", "proportionalText"),
    // ??
    palt: feature("textSpacing", "altProportionalText"),
    trad: feature("characterShape", "traditionalCharacters"),
    smpl: feature("characterShape", "simplifiedCharacters"),
    jp78: feature("characterShape", "JIS1978Characters"),
    jp83: feature("characterShape", "JIS1983Characters"),
    jp90: feature("characterShape", "JIS1990Characters"),
    jp04: feature("characterShape", "JIS2004Characters"),
    expt: feature("characterShape", "expertCharacters"),
    hojo: feature("characterShape", "hojoCharacters"),
    nlck: feature("characterShape", "NLCCharacters"),
    tnam: feature("characterShape", "traditionalNamesCharacters"),
    ruby: feature("rubyKana", "rubyKana"),
    titl: feature("styleOptions", "titlingCaps"),
    zero: feature("typographicExtras", "slashedZero"),
    ss01: feature("stylisticAlternatives", "stylisticAltOne"),
    ss02: feature("stylisticAlternatives", "stylisticAltTwo"),
    ss03: feature("stylisticAlternatives", "stylisticAltThree"),
    ss04: feature("stylisticAlternatives", "stylisticAltFour"),
    ss05: feature("stylisticAlternatives", "stylisticAltFive"),
    ss06: feature("stylisticAlternatives", "stylisticAltSix"),
    ss07: feature("stylisticAlternatives", "stylisticAltSeven"),
    ss08: feature("stylisticAlternatives", "stylisticAltEight"),
    ss09: feature("stylisticAlternatives", "stylisticAltNine"),
    ss10: feature("stylisticAlternatives", "stylisticAltTen"),
    ss11: feature("stylisticAlternatives", "stylisticAltEleven"),
    ss12: feature("stylisticAlternatives", "stylisticAltTwelve"),
    ss13: feature("stylisticAlternatives", "stylisticAltThirteen"),
    ss14: feature("stylisticAlternatives", "stylisticAltFourteen"),
    ss15: feature("stylisticAlternatives", "stylisticAltFifteen"),
    ss16: feature("stylisticAlternatives", "stylisticAltSixteen"),
    ss17: feature("stylisticAlternatives", "stylisticAltSeventeen"),
    ss18: feature("stylisticAlternatives", "stylisticAltEighteen"),
    ss19: feature("stylisticAlternatives", "stylisticAltNineteen"),
    ss20: feature("stylisticAlternatives", "stylisticAltTwenty")
  };
  for (let i = 1; i <= 99; i++) {
    OTMapping[`cv${`00${i}`.slice(-2)}`] = [features.characterAlternatives.code, i];
  }
  var AATMapping = {};
  for (let ot in OTMapping) {
    let aat = OTMapping[ot];
    if (AATMapping[aat[0]] == null) {
      AATMapping[aat[0]] = {};
    }
    AATMapping[aat[0]][aat[1]] = ot;
  }
  function mapOTToAAT(features2) {
    let res = {};
    for (let k in features2) {
      let r;
      if (r = OTMapping[k]) {
        if (res[r[0]] == null) {
          res[r[0]] = {};
        }
        res[r[0]][r[1]] = features2[k];
      }
    }
    return res;
  }
  function isFeatureName(value) {
    return typeof value === "string" && Number.isNaN(Number(value));
  }
  function mapFeatureStrings(f) {
    let [type, setting] = f;
    let typeCode;
    if (isFeatureName(type)) {
      typeCode = features[type] && /** @type {number} */
      features[type].code;
    } else {
      typeCode = Number(type);
    }
    let settingCode;
    if (isFeatureName(setting)) {
      let feat = isFeatureName(type) ? features[type] : void 0;
      settingCode = feat ? (
        /** @type {number} */
        feat[setting]
      ) : void 0;
    } else {
      settingCode = Number(setting);
    }
    return [typeCode, settingCode];
  }
  function mapAATToOT(features2) {
    let res = {};
    if (Array.isArray(features2)) {
      for (let k = 0; k < features2.length; k++) {
        let r;
        let f = mapFeatureStrings(features2[k]);
        if (f[0] != null && f[1] != null && (r = AATMapping[f[0]] && AATMapping[f[0]][f[1]])) {
          res[r] = true;
        }
      }
    } else if (typeof features2 === "object") {
      for (let type in features2) {
        let feature2 = features2[type];
        for (let setting in feature2) {
          let r;
          let f = mapFeatureStrings([type, setting]);
          if (feature2[setting] && f[0] != null && f[1] != null && (r = AATMapping[f[0]] && AATMapping[f[0]][f[1]])) {
            res[r] = true;
          }
        }
      }
    }
    return Object.keys(res);
  }

  // src/aat/AATLookupTable.js
  var AATLookupTable = class {
    /**
     * @param {AATLookupTableData} table
     */
    constructor(table) {
      this.table = table;
    }
    /**
     * @param {number} glyph
     * @returns {number | null | undefined}
     */
    lookup(glyph2) {
      switch (this.table.version) {
        case 0:
          return (
            /** @type {AATNumberArray} */
            this.table.values.getItem(glyph2)
          );
        case 2:
        // segment format
        case 4: {
          let min = 0;
          let max2 = this.table.binarySearchHeader.nUnits - 1;
          while (min <= max2) {
            let mid = min + max2 >> 1;
            let seg = this.table.segments[mid];
            if (seg.firstGlyph === 65535) {
              return null;
            }
            if (glyph2 < seg.firstGlyph) {
              max2 = mid - 1;
            } else if (glyph2 > seg.lastGlyph) {
              min = mid + 1;
            } else {
              if (this.table.version === 2) {
                return seg.value;
              } else {
                return seg.values[glyph2 - seg.firstGlyph];
              }
            }
          }
          return null;
        }
        case 6: {
          let min = 0;
          let max2 = this.table.binarySearchHeader.nUnits - 1;
          while (min <= max2) {
            let mid = min + max2 >> 1;
            let seg = this.table.segments[mid];
            if (seg.glyph === 65535) {
              return null;
            }
            if (glyph2 < seg.glyph) {
              max2 = mid - 1;
            } else if (glyph2 > seg.glyph) {
              min = mid + 1;
            } else {
              return seg.value;
            }
          }
          return null;
        }
        case 8:
          return (
            /** @type {number[]} */
            this.table.values[glyph2 - this.table.firstGlyph]
          );
        default:
          throw new Error(`Unknown lookup table format: ${this.table.version}`);
      }
    }
    /**
     * @param {number} classValue
     * @returns {number[]}
     */
    glyphsForValue(classValue) {
      let res = [];
      switch (this.table.version) {
        case 2:
        // segment format
        case 4: {
          for (let segment of this.table.segments) {
            if (this.table.version === 2 && segment.value === classValue) {
              res.push(...range(segment.firstGlyph, segment.lastGlyph + 1));
            } else {
              for (let index = 0; index < segment.values.length; index++) {
                if (segment.values[index] === classValue) {
                  res.push(segment.firstGlyph + index);
                }
              }
            }
          }
          break;
        }
        case 6: {
          for (let segment of this.table.segments) {
            if (segment.value === classValue) {
              res.push(segment.glyph);
            }
          }
          break;
        }
        case 8: {
          let values = (
            /** @type {number[]} */
            this.table.values
          );
          for (let i = 0; i < values.length; i++) {
            if (values[i] === classValue) {
              res.push(this.table.firstGlyph + i);
            }
          }
          break;
        }
        default:
          throw new Error(`Unknown lookup table format: ${this.table.version}`);
      }
      return res;
    }
  };
  defineCached(AATLookupTable.prototype, ["glyphsForValue"]);

  // src/aat/AATStateMachine.js
  var START_OF_TEXT_STATE = 0;
  var END_OF_TEXT_CLASS = 0;
  var OUT_OF_BOUNDS_CLASS = 1;
  var DELETED_GLYPH_CLASS = 2;
  var DONT_ADVANCE = 16384;
  var AATStateMachine = class {
    /**
     * @param {AATStateTable} stateTable
     */
    constructor(stateTable) {
      this.stateTable = stateTable;
      this.lookupTable = new AATLookupTable(stateTable.classTable);
    }
    /**
     * @param {LayoutGlyph[]} glyphs
     * @param {boolean} reverse
     * @param {AATProcessEntry} processEntry
     * @returns {LayoutGlyph[]}
     */
    process(glyphs, reverse, processEntry) {
      let currentState = START_OF_TEXT_STATE;
      let index = reverse ? glyphs.length - 1 : 0;
      let dir = reverse ? -1 : 1;
      while (dir === 1 && index <= glyphs.length || dir === -1 && index >= -1) {
        let glyph2 = null;
        let classCode;
        let shouldAdvance = true;
        if (index === glyphs.length || index === -1) {
          classCode = END_OF_TEXT_CLASS;
        } else {
          glyph2 = glyphs[index];
          if (glyph2.id === 65535) {
            classCode = DELETED_GLYPH_CLASS;
          } else {
            classCode = this.lookupTable.lookup(glyph2.id);
            if (classCode == null) {
              classCode = OUT_OF_BOUNDS_CLASS;
            }
          }
        }
        let row = this.stateTable.stateArray.getItem(currentState);
        let entryIndex = row[classCode];
        let entry = this.stateTable.entryTable.getItem(entryIndex);
        if (classCode !== END_OF_TEXT_CLASS && classCode !== DELETED_GLYPH_CLASS) {
          processEntry(glyph2, entry, index);
          shouldAdvance = !(entry.flags & DONT_ADVANCE);
        }
        currentState = entry.newState;
        if (shouldAdvance) {
          index += dir;
        }
      }
      return glyphs;
    }
    /**
     * Performs a depth-first traversal of the glyph strings
     * represented by the state machine.
     * @param {AATTraverseOpts} opts
     * @param {number} [state]
     * @param {Set<number>} [visited]
     */
    traverse(opts, state = 0, visited = /* @__PURE__ */ new Set()) {
      if (visited.has(state)) {
        return;
      }
      visited.add(state);
      let { nClasses, stateArray, entryTable } = this.stateTable;
      let row = stateArray.getItem(state);
      for (let classCode = 4; classCode < nClasses; classCode++) {
        let entryIndex = row[classCode];
        let entry = entryTable.getItem(entryIndex);
        for (let glyph2 of this.lookupTable.glyphsForValue(classCode)) {
          if (opts.enter) {
            opts.enter(glyph2, entry);
          }
          if (entry.newState !== 0) {
            this.traverse(opts, entry.newState, visited);
          }
          if (opts.exit) {
            opts.exit(glyph2, entry);
          }
        }
      }
    }
  };

  // src/aat/AATMorxProcessor.js
  var MARK_FIRST = 32768;
  var MARK_LAST = 8192;
  var VERB = 15;
  var SET_MARK = 32768;
  var SET_COMPONENT = 32768;
  var PERFORM_ACTION = 8192;
  var LAST_MASK = 2147483648;
  var STORE_MASK = 1073741824;
  var OFFSET_MASK = 1073741823;
  var REVERSE_DIRECTION = 4194304;
  var CURRENT_INSERT_BEFORE = 2048;
  var MARKED_INSERT_BEFORE = 1024;
  var CURRENT_INSERT_COUNT = 992;
  var MARKED_INSERT_COUNT = 31;
  var AATMorxProcessor = class {
    /**
     * @param {LayoutFont} font
     */
    constructor(font) {
      this.processIndicRearragement = this.processIndicRearragement.bind(this);
      this.processContextualSubstitution = this.processContextualSubstitution.bind(this);
      this.processLigature = this.processLigature.bind(this);
      this.processNoncontextualSubstitutions = this.processNoncontextualSubstitutions.bind(this);
      this.processGlyphInsertion = this.processGlyphInsertion.bind(this);
      this.font = font;
      this.morx = /** @type {MorxTable} */
      font.morx;
      this.inputCache = null;
      this.subtable = void 0;
      this.glyphs = [];
      this.ligatureStack = [];
      this.markedGlyph = null;
      this.firstGlyph = null;
      this.lastGlyph = null;
      this.markedIndex = null;
    }
    /**
     * Processes an array of glyphs and applies the specified features.
     * Features should be in the form of {featureType:{featureSetting:boolean}}
     * @param {LayoutGlyph[]} glyphs
     * @param {AATFeatureSettings | Record<number, Record<number, FeatureValue>>} [features]
     * @returns {LayoutGlyph[]}
     */
    process(glyphs, features2 = {}) {
      for (let chain of this.morx.chains) {
        let flags = chain.defaultFlags;
        for (let feature2 of chain.features) {
          let f;
          if (f = features2[feature2.featureType]) {
            if (f[feature2.featureSetting]) {
              flags &= feature2.disableFlags;
              flags |= feature2.enableFlags;
            } else if (f[feature2.featureSetting] === false) {
              flags |= ~feature2.disableFlags;
              flags &= ~feature2.enableFlags;
            }
          }
        }
        for (let subtable of chain.subtables) {
          if (subtable.subFeatureFlags & flags) {
            this.processSubtable(subtable, glyphs);
          }
        }
      }
      let index = glyphs.length - 1;
      while (index >= 0) {
        if (glyphs[index].id === 65535) {
          glyphs.splice(index, 1);
        }
        index--;
      }
      return glyphs;
    }
    /**
     * @param {MorxSubtable} subtable
     * @param {LayoutGlyph[]} glyphs
     * @returns {LayoutGlyph[] | void}
     */
    processSubtable(subtable, glyphs) {
      this.subtable = subtable;
      this.glyphs = glyphs;
      if (this.subtable.type === 4) {
        this.processNoncontextualSubstitutions(this.subtable, this.glyphs);
        return;
      }
      this.ligatureStack = [];
      this.markedGlyph = null;
      this.firstGlyph = null;
      this.lastGlyph = null;
      this.markedIndex = null;
      let stateMachine3 = this.getStateMachine(subtable);
      let process = this.getProcessor();
      let reverse = !!(this.subtable.coverage & REVERSE_DIRECTION);
      return stateMachine3.process(this.glyphs, reverse, process);
    }
    /**
     * @param {MorxSubtable} subtable
     * @returns {AATStateMachine}
     */
    getStateMachine(subtable) {
      return new AATStateMachine(
        /** @type {import('../../types/fontkit').AATStateTable} */
        subtable.table.stateTable
      );
    }
    /**
     * @returns {(glyph: LayoutGlyph | null, entry: AATStateEntry, index: number) => void}
     */
    getProcessor() {
      switch (
        /** @type {MorxSubtable} */
        this.subtable.type
      ) {
        case 0:
          return this.processIndicRearragement;
        case 1:
          return this.processContextualSubstitution;
        case 2:
          return this.processLigature;
        case 5:
          return this.processGlyphInsertion;
        default:
          throw new Error(`Invalid morx subtable type: ${/** @type {MorxSubtable} */
          this.subtable.type}`);
      }
    }
    /**
     * @param {LayoutGlyph | null} glyph
     * @param {AATStateEntry} entry
     * @param {number} index
     */
    processIndicRearragement(glyph2, entry, index) {
      if (entry.flags & MARK_FIRST) {
        this.firstGlyph = index;
      }
      if (entry.flags & MARK_LAST) {
        this.lastGlyph = index;
      }
      reorderGlyphs(this.glyphs, entry.flags & VERB, this.firstGlyph, this.lastGlyph);
    }
    /**
     * @param {LayoutGlyph | null} glyph
     * @param {AATStateEntry} entry
     * @param {number} index
     */
    processContextualSubstitution(glyph2, entry, index) {
      let subtable = (
        /** @type {MorxSubtable} */
        this.subtable
      );
      let subsitutions = subtable.table.substitutionTable.items;
      if (entry.markIndex !== 65535) {
        let lookup = subsitutions.getItem(
          /** @type {number} */
          entry.markIndex
        );
        let lookupTable = new AATLookupTable(lookup);
        glyph2 = this.glyphs[
          /** @type {number} */
          this.markedGlyph
        ];
        let gid = lookupTable.lookup(glyph2.id);
        if (gid) {
          let substituted = this.font.getGlyph(gid, glyph2.codePoints);
          if (substituted) {
            this.glyphs[
              /** @type {number} */
              this.markedGlyph
            ] = substituted;
          }
        }
      }
      if (entry.currentIndex !== 65535) {
        let lookup = subsitutions.getItem(
          /** @type {number} */
          entry.currentIndex
        );
        let lookupTable = new AATLookupTable(lookup);
        glyph2 = this.glyphs[index];
        let gid = lookupTable.lookup(glyph2.id);
        if (gid) {
          let substituted = this.font.getGlyph(gid, glyph2.codePoints);
          if (substituted) {
            this.glyphs[index] = substituted;
          }
        }
      }
      if (entry.flags & SET_MARK) {
        this.markedGlyph = index;
      }
    }
    /**
     * @param {LayoutGlyph | null} glyph
     * @param {AATStateEntry} entry
     * @param {number} index
     */
    processLigature(glyph2, entry, index) {
      if (entry.flags & SET_COMPONENT) {
        this.ligatureStack.push(index);
      }
      if (entry.flags & PERFORM_ACTION) {
        let subtable = (
          /** @type {MorxSubtable} */
          this.subtable
        );
        let actions = subtable.table.ligatureActions;
        let components = subtable.table.components;
        let ligatureList = subtable.table.ligatureList;
        let actionIndex = (
          /** @type {number} */
          entry.action
        );
        let last = false;
        let ligatureIndex = 0;
        let codePoints = [];
        let ligatureGlyphs = [];
        while (!last) {
          let componentGlyph = this.ligatureStack.pop();
          codePoints.unshift(...this.glyphs[
            /** @type {number} */
            componentGlyph
          ].codePoints);
          let action = actions.getItem(actionIndex++);
          last = !!(action & LAST_MASK);
          let store2 = !!(action & STORE_MASK);
          let offset = (action & OFFSET_MASK) << 2 >> 2;
          offset += this.glyphs[
            /** @type {number} */
            componentGlyph
          ].id;
          let component = components.getItem(offset);
          ligatureIndex += component;
          if (last || store2) {
            let ligatureEntry = ligatureList.getItem(ligatureIndex);
            let ligature = this.font.getGlyph(ligatureEntry, codePoints);
            if (ligature) {
              this.glyphs[
                /** @type {number} */
                componentGlyph
              ] = ligature;
            }
            ligatureGlyphs.push(
              /** @type {number} */
              componentGlyph
            );
            ligatureIndex = 0;
            codePoints = [];
          } else {
            let deleted = this.font.getGlyph(65535);
            if (deleted) {
              this.glyphs[
                /** @type {number} */
                componentGlyph
              ] = deleted;
            }
          }
        }
        this.ligatureStack.push(...ligatureGlyphs);
      }
    }
    /**
     * @param {MorxSubtable} subtable
     * @param {LayoutGlyph[]} glyphs
     * @param {number} [index]
     */
    processNoncontextualSubstitutions(subtable, glyphs, index) {
      let lookupTable = new AATLookupTable(
        /** @type {import('../../types/fontkit').AATLookupTableData} */
        subtable.table.lookupTable
      );
      for (index = 0; index < glyphs.length; index++) {
        let glyph2 = glyphs[index];
        if (glyph2.id !== 65535) {
          let gid = lookupTable.lookup(glyph2.id);
          if (gid) {
            let substituted = this.font.getGlyph(gid, glyph2.codePoints);
            if (substituted) {
              glyphs[index] = substituted;
            }
          }
        }
      }
    }
    /**
     * @param {number} glyphIndex
     * @param {number} insertionActionIndex
     * @param {number} count
     * @param {boolean} isBefore
     */
    _insertGlyphs(glyphIndex, insertionActionIndex, count, isBefore) {
      let insertions = [];
      let subtable = (
        /** @type {MorxSubtable} */
        this.subtable
      );
      while (count--) {
        let gid = subtable.table.insertionActions.getItem(insertionActionIndex++);
        let inserted = this.font.getGlyph(gid);
        if (inserted) {
          insertions.push(inserted);
        }
      }
      if (!isBefore) {
        glyphIndex++;
      }
      this.glyphs.splice(glyphIndex, 0, ...insertions);
    }
    /**
     * @param {LayoutGlyph | null} glyph
     * @param {AATStateEntry} entry
     * @param {number} index
     */
    processGlyphInsertion(glyph2, entry, index) {
      if (entry.flags & SET_MARK) {
        this.markedIndex = index;
      }
      if (entry.markedInsertIndex !== 65535) {
        let count = (entry.flags & MARKED_INSERT_COUNT) >>> 5;
        let isBefore = !!(entry.flags & MARKED_INSERT_BEFORE);
        this._insertGlyphs(
          /** @type {number} */
          this.markedIndex,
          /** @type {number} */
          entry.markedInsertIndex,
          count,
          isBefore
        );
      }
      if (entry.currentInsertIndex !== 65535) {
        let count = (entry.flags & CURRENT_INSERT_COUNT) >>> 5;
        let isBefore = !!(entry.flags & CURRENT_INSERT_BEFORE);
        this._insertGlyphs(
          index,
          /** @type {number} */
          entry.currentInsertIndex,
          count,
          isBefore
        );
      }
    }
    /**
     * @returns {Array<[number, number]>}
     */
    getSupportedFeatures() {
      let features2 = [];
      for (let chain of this.morx.chains) {
        for (let feature2 of chain.features) {
          features2.push([feature2.featureType, feature2.featureSetting]);
        }
      }
      return features2;
    }
    /**
     * @param {number} gid
     * @returns {number[][]}
     */
    generateInputs(gid) {
      if (!this.inputCache) {
        this.generateInputCache();
      }
      return (
        /** @type {Record<number, number[][]>} */
        this.inputCache[gid] || []
      );
    }
    generateInputCache() {
      this.inputCache = {};
      for (let chain of this.morx.chains) {
        let flags = chain.defaultFlags;
        for (let subtable of chain.subtables) {
          if (subtable.subFeatureFlags & flags) {
            this.generateInputsForSubtable(subtable);
          }
        }
      }
    }
    /**
     * @param {MorxSubtable} subtable
     */
    generateInputsForSubtable(subtable) {
      if (subtable.type !== 2) {
        return;
      }
      let reverse = !!(subtable.coverage & REVERSE_DIRECTION);
      if (reverse) {
        throw new Error("Reverse subtable, not supported.");
      }
      this.subtable = subtable;
      this.ligatureStack = [];
      let stateMachine3 = this.getStateMachine(subtable);
      let process = this.getProcessor();
      let input = [];
      let stack = [];
      this.glyphs = [];
      stateMachine3.traverse({
        enter: (glyph2, entry) => {
          let glyphs = this.glyphs;
          stack.push({
            glyphs: glyphs.slice(),
            ligatureStack: this.ligatureStack.slice()
          });
          let g = this.font.getGlyph(glyph2);
          if (!g) {
            return;
          }
          input.push(g);
          glyphs.push(g);
          process(glyphs[glyphs.length - 1], entry, glyphs.length - 1);
          let count = 0;
          let found = 0;
          for (let i = 0; i < glyphs.length && count <= 1; i++) {
            if (glyphs[i].id !== 65535) {
              count++;
              found = glyphs[i].id;
            }
          }
          if (count === 1) {
            let result = input.map((g2) => g2.id);
            let cacheMap2 = (
              /** @type {Record<number, number[][]>} */
              this.inputCache
            );
            let cache = cacheMap2[found];
            if (cache) {
              cache.push(result);
            } else {
              cacheMap2[found] = [result];
            }
          }
        },
        exit: () => {
          ({ glyphs: this.glyphs, ligatureStack: this.ligatureStack } = /** @type {{ glyphs: LayoutGlyph[], ligatureStack: number[] }} */
          stack.pop());
          input.pop();
        }
      });
    }
  };
  defineCached(AATMorxProcessor.prototype, ["getStateMachine"]);
  function swap2(glyphs, rangeA, rangeB, reverseA = false, reverseB = false) {
    let end = glyphs.splice(rangeB[0] - (rangeB[1] - 1), rangeB[1]);
    if (reverseB) {
      end.reverse();
    }
    let start = glyphs.splice(rangeA[0], rangeA[1], ...end);
    if (reverseA) {
      start.reverse();
    }
    glyphs.splice(rangeB[0] - (rangeA[1] - 1), 0, ...start);
    return glyphs;
  }
  function reorderGlyphs(glyphs, verb, firstGlyph, lastGlyph) {
    let first = (
      /** @type {number} */
      firstGlyph
    );
    let last = (
      /** @type {number} */
      lastGlyph
    );
    switch (verb) {
      case 0:
        return glyphs;
      case 1:
        return swap2(glyphs, [first, 1], [last, 0]);
      case 2:
        return swap2(glyphs, [first, 0], [last, 1]);
      case 3:
        return swap2(glyphs, [first, 1], [last, 1]);
      case 4:
        return swap2(glyphs, [first, 2], [last, 0]);
      case 5:
        return swap2(glyphs, [first, 2], [last, 0], true, false);
      case 6:
        return swap2(glyphs, [first, 0], [last, 2]);
      case 7:
        return swap2(glyphs, [first, 0], [last, 2], false, true);
      case 8:
        return swap2(glyphs, [first, 1], [last, 2]);
      case 9:
        return swap2(glyphs, [first, 1], [last, 2], false, true);
      case 10:
        return swap2(glyphs, [first, 2], [last, 1]);
      case 11:
        return swap2(glyphs, [first, 2], [last, 1], true, false);
      case 12:
        return swap2(glyphs, [first, 2], [last, 2]);
      case 13:
        return swap2(glyphs, [first, 2], [last, 2], true, false);
      case 14:
        return swap2(glyphs, [first, 2], [last, 2], false, true);
      case 15:
        return swap2(glyphs, [first, 2], [last, 2], true, true);
      default:
        throw new Error(`Unknown verb: ${verb}`);
    }
  }

  // src/aat/AATLayoutEngine.js
  var AATLayoutEngine = class {
    /**
     * @param {LayoutFont} font
     */
    constructor(font) {
      this.font = font;
      this.morxProcessor = new AATMorxProcessor(font);
      this.fallbackPosition = false;
    }
    /**
     * @param {GlyphRunLike} glyphRun
     */
    substitute(glyphRun) {
      if (glyphRun.direction === "rtl") {
        glyphRun.glyphs.reverse();
      }
      this.morxProcessor.process(
        /** @type {import('../../types/fontkit').LayoutGlyph[]} */
        glyphRun.glyphs,
        mapOTToAAT(glyphRun.features)
      );
    }
    /**
     * @param {ScriptTag | string[] | null | undefined} [_script]
     * @param {LanguageTag | null | undefined} [_language]
     * @returns {string[]}
     */
    getAvailableFeatures(_script, _language) {
      return mapAATToOT(this.morxProcessor.getSupportedFeatures());
    }
    /**
     * @param {number} gid
     * @returns {Set<string>}
     */
    stringsForGlyph(gid) {
      let glyphStrings = this.morxProcessor.generateInputs(gid);
      let result = /* @__PURE__ */ new Set();
      for (let glyphs of glyphStrings) {
        this._addStrings(glyphs, 0, result, "");
      }
      return result;
    }
    /**
     * @param {number[]} glyphs
     * @param {number} index
     * @param {Set<string>} strings
     * @param {string} string
     */
    _addStrings(glyphs, index, strings, string) {
      let codePoints = this.font._cmapProcessor.codePointsForGlyph(glyphs[index]);
      for (let codePoint of codePoints) {
        let s = string + String.fromCodePoint(codePoint);
        if (index < glyphs.length - 1) {
          this._addStrings(glyphs, index + 1, strings, s);
        } else {
          strings.add(s);
        }
      }
    }
  };

  // src/opentype/ShapingPlan.js
  var ShapingPlan = class {
    /**
     * @param {LayoutFont} font
     * @param {ScriptTag | string[] | null | undefined} script
     * @param {TextDirection} direction
     */
    constructor(font, script, direction2) {
      this.font = font;
      this.script = script;
      this.direction = direction2;
      this.stages = [];
      this.globalFeatures = {};
      this.allFeatures = {};
      this.userFeatures = null;
      this.bufferScript = void 0;
    }
    /**
     * Adds the given features to the last stage.
     * Already-planned tags are not duplicated, but a global add still promotes them.
     * @param {string[]} features
     * @param {boolean} global
     */
    _addFeatures(features2, global) {
      let stageIndex = this.stages.length - 1;
      let stage = this.stages[stageIndex];
      if (!Array.isArray(stage)) {
        return;
      }
      for (let feature2 of features2) {
        if (this.allFeatures[feature2] == null) {
          stage.push(feature2);
          this.allFeatures[feature2] = stageIndex;
        }
        if (global) {
          this.globalFeatures[feature2] = true;
        }
      }
    }
    /**
     * Add features to the last stage
     * @param {string | string[] | FeatureStagesArg} arg
     * @param {boolean} [global]
     */
    add(arg, global = true) {
      if (this.stages.length === 0) {
        this.stages.push([]);
      }
      if (typeof arg === "string") {
        arg = [arg];
      }
      if (Array.isArray(arg)) {
        this._addFeatures(arg, global);
      } else if (typeof arg === "object" && arg !== null) {
        this._addFeatures(arg.global || [], true);
        this._addFeatures(arg.local || [], false);
      } else {
        throw new Error("Unsupported argument to ShapingPlan#add");
      }
    }
    /**
     * Add a new stage
     * @param {string | string[] | FeatureStagesArg | ShapingStageFn} arg
     * @param {boolean} [global]
     */
    addStage(arg, global) {
      if (typeof arg === "function") {
        this.stages.push(arg, []);
      } else {
        this.stages.push([]);
        this.add(arg, global);
      }
    }
    /**
     * @param {FeatureInput | null | undefined} features
     */
    setFeatureOverrides(features2) {
      if (Array.isArray(features2)) {
        this.add(features2);
      } else if (typeof features2 === "object" && features2 !== null) {
        this.userFeatures = features2;
        for (let tag in features2) {
          if (features2[tag]) {
            this.add(tag);
          } else if (this.allFeatures[tag] != null) {
            let stage = this.stages[this.allFeatures[tag]];
            if (Array.isArray(stage)) {
              stage.splice(stage.indexOf(tag), 1);
            }
            delete this.allFeatures[tag];
            delete this.globalFeatures[tag];
          }
        }
      }
    }
    /**
     * Assigns the global features to the given glyphs
     * @param {GlyphInfoLike[]} glyphs
     */
    assignGlobalFeatures(glyphs) {
      for (let glyph2 of glyphs) {
        for (let feature2 in this.globalFeatures) {
          glyph2.features[feature2] = true;
        }
      }
    }
    /**
     * Executes the planned stages using the given OTProcessor
     * @param {OTProcessor} processor
     * @param {GlyphInfoLike[]} glyphs
     * @param {GlyphPositionLike[] | null | undefined} [positions]
     */
    process(processor, glyphs, positions) {
      processor.userFeatures = this.userFeatures;
      for (let stage of this.stages) {
        if (typeof stage === "function") {
          if (!positions) {
            stage(this.font, glyphs, this);
          }
        } else if (stage.length > 0) {
          processor.applyFeatures(stage, glyphs, positions);
        }
      }
    }
  };

  // src/opentype/GlyphIterator.js
  var GlyphIterator = class {
    /**
     * @param {GlyphInfoLike[]} glyphs
     * @param {GlyphIteratorOptions} [options]
     */
    constructor(glyphs, options) {
      this.glyphs = glyphs;
      this.reset(options);
    }
    /**
     * @param {GlyphIteratorOptions} [options]
     * @param {number} [index]
     * @param {MarkFilteringSet | null} [markFilteringSet]
     */
    reset(options = {}, index = 0, markFilteringSet = null) {
      this.options = options;
      this.flags = options.flags || {};
      this.markAttachmentType = options.markAttachmentType || 0;
      this.markFilteringSet = markFilteringSet;
      this.index = index;
    }
    /**
     * @returns {GlyphInfoLike | null}
     */
    get cur() {
      return this.glyphs[this.index] || null;
    }
    /**
     * @param {GlyphInfoLike} glyph
     * @returns {boolean}
     */
    shouldIgnore(glyph2) {
      if (glyph2.isMark) {
        if (this.flags.ignoreMarks) {
          return true;
        }
        if (this.flags.useMarkFilteringSet) {
          return !this.markFilteringSet?.has(glyph2.id);
        }
        if (this.markAttachmentType) {
          return glyph2.markAttachmentType !== this.markAttachmentType;
        }
      }
      return !!(this.flags.ignoreBaseGlyphs && glyph2.isBase) || !!(this.flags.ignoreLigatures && glyph2.isLigature);
    }
    /**
     * @param {number} dir
     * @returns {GlyphInfoLike | null}
     */
    move(dir) {
      this.index += dir;
      while (0 <= this.index && this.index < this.glyphs.length && this.shouldIgnore(this.glyphs[this.index])) {
        this.index += dir;
      }
      if (0 > this.index || this.index >= this.glyphs.length) {
        return null;
      }
      return this.glyphs[this.index];
    }
    /**
     * @returns {GlyphInfoLike | null}
     */
    next() {
      return this.move(1);
    }
    /**
     * @returns {GlyphInfoLike | null}
     */
    prev() {
      return this.move(-1);
    }
    /**
     * @param {number} [count]
     * @returns {GlyphInfoLike | undefined}
     */
    peek(count = 1) {
      let idx = this.index;
      let res = this.increment(count);
      this.index = idx;
      return res;
    }
    /**
     * @param {number} [count]
     * @returns {number}
     */
    peekIndex(count = 1) {
      let idx = this.index;
      this.increment(count);
      let res = this.index;
      this.index = idx;
      return res;
    }
    /**
     * @param {number} [count]
     * @returns {GlyphInfoLike | undefined}
     */
    increment(count = 1) {
      let dir = count < 0 ? -1 : 1;
      count = Math.abs(count);
      while (count--) {
        this.move(dir);
      }
      return this.glyphs[this.index];
    }
  };

  // src/opentype/OTProcessor.js
  var DEFAULT_SCRIPTS = ["DFLT", "dflt", "latn"];
  var OTProcessor = class {
    /**
     * @param {LayoutFont} font
     * @param {OTLayoutTable} table
     */
    constructor(font, table) {
      this.font = font;
      this.table = table;
      this.script = null;
      this.scriptTag = null;
      this.language = null;
      this.languageTag = null;
      this.direction = void 0;
      this.features = {};
      this.lookups = {};
      this.userFeatures = null;
      let coords = font._variationProcessor?.normalizedCoords ?? (font.fvar ? new Array(font.fvar.axis.length).fill(0) : null);
      this.variationsIndex = coords ? this.findVariationsIndex(coords) : -1;
      this.selectScript();
      this.glyphs = [];
      this.positions = [];
      this.ligatureID = 1;
      this.currentFeature = null;
      this.glyphIterator = void 0;
      this._markFilteringCache = void 0;
    }
    /**
     * @param {ScriptTag | string[] | null | undefined} script
     * @returns {OTScriptRecord | null}
     */
    findScript(script) {
      if (this.table.scriptList == null) {
        return null;
      }
      let scripts;
      if (!Array.isArray(script)) {
        scripts = script == null ? [] : [script];
      } else {
        scripts = script;
      }
      for (let s of scripts) {
        for (let entry of this.table.scriptList) {
          if (entry.tag === s) {
            return entry;
          }
        }
      }
      return null;
    }
    /**
     * @param {ScriptTag | string[] | null | undefined} [script]
     * @param {LanguageTag | null | undefined} [language]
     * @param {TextDirection | null | undefined} [direction]
     * @returns {string | null}
     */
    selectScript(script, language, direction2) {
      let changed = false;
      let entry;
      if (!this.script || script !== this.scriptTag) {
        entry = this.findScript(script);
        if (!entry) {
          entry = this.findScript(DEFAULT_SCRIPTS);
        }
        if (!entry) {
          return this.scriptTag;
        }
        this.scriptTag = entry.tag;
        this.script = entry.script;
        this.language = null;
        this.languageTag = null;
        changed = true;
      }
      if (!direction2 || direction2 !== this.direction) {
        this.direction = direction2 || direction(script);
      }
      if (language && language.length < 4) {
        language += " ".repeat(4 - language.length);
      }
      if (!language || language !== this.languageTag) {
        this.language = null;
        if (this.script) {
          for (let lang of this.script.langSysRecords) {
            if (lang.tag === language) {
              this.language = lang.langSys;
              this.languageTag = lang.tag;
              break;
            }
          }
          if (!this.language) {
            this.language = this.script.defaultLangSys;
            this.languageTag = null;
          }
        }
        changed = true;
      }
      if (changed) {
        this.features = {};
        if (this.language) {
          for (let featureIndex of this.language.featureIndexes) {
            let record = this.table.featureList[featureIndex];
            let substituteFeature = this.substituteFeatureForVariations(featureIndex);
            this.features[record.tag] = substituteFeature || record.feature;
          }
        }
      }
      return this.scriptTag;
    }
    /**
     * @param {string[]} [userFeatures]
     * @param {number[] | null | undefined} [exclude]
     * @returns {FeatureLookup[]}
     */
    lookupsForFeatures(userFeatures = [], exclude) {
      let lookups = [];
      for (let tag of userFeatures) {
        let feature2 = this.features[tag];
        if (!feature2) {
          continue;
        }
        for (let lookupIndex of feature2.lookupListIndexes) {
          if (exclude && exclude.indexOf(lookupIndex) !== -1) {
            continue;
          }
          lookups.push({
            feature: tag,
            index: lookupIndex,
            lookup: this.table.lookupList.get(lookupIndex)
          });
        }
      }
      lookups.sort((a, b) => a.index - b.index);
      return lookups;
    }
    /**
     * @param {number} featureIndex
     * @returns {OTFeature | null}
     */
    substituteFeatureForVariations(featureIndex) {
      if (this.variationsIndex === -1) {
        return null;
      }
      let variations = this.table.featureVariations;
      if (!variations) {
        return null;
      }
      let record = variations.featureVariationRecords[this.variationsIndex];
      let substitutions = record.featureTableSubstitution.substitutions;
      for (let substitution of substitutions) {
        if (substitution.featureIndex === featureIndex) {
          return substitution.alternateFeatureTable;
        }
      }
      return null;
    }
    /**
     * @param {number[]} coords
     * @returns {number}
     */
    findVariationsIndex(coords) {
      let variations = this.table.featureVariations;
      if (!variations) {
        return -1;
      }
      let records = variations.featureVariationRecords;
      for (let i = 0; i < records.length; i++) {
        let conditions = records[i].conditionSet.conditionTable;
        if (this.variationConditionsMatch(conditions, coords)) {
          return i;
        }
      }
      return -1;
    }
    /**
     * @param {FeatureVariationCondition[]} conditions
     * @param {number[]} coords
     * @returns {boolean}
     */
    variationConditionsMatch(conditions, coords) {
      return conditions.every(
        /** @param {FeatureVariationCondition} condition */
        (condition) => {
          let coord = condition.axisIndex < coords.length ? coords[condition.axisIndex] : 0;
          return condition.filterRangeMinValue <= coord && coord <= condition.filterRangeMaxValue;
        }
      );
    }
    /**
     * @param {string[]} userFeatures
     * @param {GlyphInfoLike[]} glyphs
     * @param {GlyphPositionLike[] | null | undefined} [advances]
     */
    applyFeatures(userFeatures, glyphs, advances) {
      let lookups = this.lookupsForFeatures(userFeatures);
      this.applyLookups(lookups, glyphs, advances);
    }
    /**
     * @param {FeatureLookup[]} lookups
     * @param {GlyphInfoLike[]} glyphs
     * @param {GlyphPositionLike[] | null | undefined} [positions]
     */
    applyLookups(lookups, glyphs, positions) {
      this.glyphs = glyphs;
      this.positions = positions;
      this.glyphIterator = new GlyphIterator(glyphs);
      for (let { feature: feature2, lookup } of lookups) {
        this.currentFeature = feature2;
        let direction2 = this.lookupDirection(lookup);
        this.glyphIterator.reset(
          lookup.flags,
          direction2 < 0 ? glyphs.length - 1 : 0,
          this.getMarkFilteringSet(lookup)
        );
        while (this.glyphIterator.index >= 0 && this.glyphIterator.index < glyphs.length) {
          let cur = this.glyphIterator.cur;
          if (cur && feature2 in cur.features) {
            for (let table of lookup.subTables) {
              if (this.applyLookup(lookup.lookupType, table)) {
                break;
              }
            }
          }
          this.glyphIterator.move(direction2);
        }
      }
    }
    /**
     * Subclasses may reverse iteration for specific lookup types (e.g. GSUB Type 8).
     * @param {OTLookup} _lookup
     * @returns {number}
     */
    lookupDirection(_lookup) {
      return 1;
    }
    /**
     * @param {number} _lookup
     * @param {StructValue} _table
     * @returns {boolean}
     */
    applyLookup(_lookup, _table) {
      throw new Error("applyLookup must be implemented by subclasses");
    }
    /**
     * @param {LookupRecord[]} lookupRecords
     * @returns {boolean}
     */
    applyLookupList(lookupRecords) {
      let glyphIterator = this.glyphIterator;
      if (!glyphIterator) {
        return false;
      }
      let options = glyphIterator.options;
      let markFilteringSet = glyphIterator.markFilteringSet;
      let glyphIndex = glyphIterator.index;
      for (let lookupRecord of lookupRecords) {
        glyphIterator.reset(options, glyphIndex, markFilteringSet);
        glyphIterator.increment(lookupRecord.sequenceIndex);
        let lookup = this.table.lookupList.get(lookupRecord.lookupListIndex);
        glyphIterator.reset(lookup.flags, glyphIterator.index, this.getMarkFilteringSet(lookup));
        for (let table of lookup.subTables) {
          if (this.applyLookup(lookup.lookupType, table)) {
            break;
          }
        }
      }
      glyphIterator.reset(options, glyphIndex, markFilteringSet);
      return true;
    }
    /**
     * @param {OTLookup} lookup
     * @returns {MarkFilteringSet | null}
     */
    getMarkFilteringSet(lookup) {
      if (!lookup.flags.flags?.useMarkFilteringSet) {
        return null;
      }
      let coverage = this.font.GDEF?.markGlyphSetsDef?.coverage?.[lookup.markFilteringSet ?? -1];
      if (!coverage) {
        return null;
      }
      let cache = this._markFilteringCache ?? (this._markFilteringCache = /* @__PURE__ */ new Map());
      let filter = cache.get(coverage);
      if (!filter) {
        filter = { has: (
          /** @param {number} id */
          (id) => this.coverageIndex(coverage, id) >= 0
        ) };
        cache.set(coverage, filter);
      }
      return filter;
    }
    /**
     * @param {CoverageTable} coverage
     * @param {number | null | undefined} [glyph]
     * @returns {number}
     */
    coverageIndex(coverage, glyph2) {
      if (glyph2 == null) {
        let cur = this.glyphIterator?.cur;
        if (!cur) {
          return -1;
        }
        glyph2 = cur.id;
      }
      switch (coverage.version) {
        case 1:
          return coverage.glyphs ? coverage.glyphs.indexOf(glyph2) : -1;
        case 2:
          if (coverage.rangeRecords) {
            for (let range2 of coverage.rangeRecords) {
              if (range2.start <= glyph2 && glyph2 <= range2.end) {
                return range2.startCoverageIndex + glyph2 - range2.start;
              }
            }
          }
          break;
      }
      return -1;
    }
    /**
     * @template T
     * @param {number} sequenceIndex
     * @param {T[]} sequence
     * @param {(component: T, glyph: GlyphInfoLike) => boolean} fn
     * @param {number[] | null | undefined} [matched]
     * @returns {boolean | number[]}
     */
    match(sequenceIndex, sequence, fn, matched) {
      let glyphIterator = this.glyphIterator;
      if (!glyphIterator) {
        return false;
      }
      let pos = glyphIterator.index;
      let glyph2 = glyphIterator.increment(sequenceIndex);
      let idx = 0;
      while (idx < sequence.length && glyph2 && fn(sequence[idx], glyph2)) {
        if (matched) {
          matched.push(glyphIterator.index);
        }
        idx++;
        glyph2 = glyphIterator.next();
      }
      glyphIterator.index = pos;
      if (idx < sequence.length) {
        return false;
      }
      return matched || true;
    }
    /**
     * @param {number} sequenceIndex
     * @param {number[]} sequence
     * @returns {boolean | number[]}
     */
    sequenceMatches(sequenceIndex, sequence) {
      return this.match(
        sequenceIndex,
        sequence,
        /** @param {number} component @param {GlyphInfoLike} glyph */
        (component, glyph2) => component === glyph2.id
      );
    }
    /**
     * @param {number} sequenceIndex
     * @param {number[]} sequence
     * @returns {false | number[]}
     */
    sequenceMatchIndices(sequenceIndex, sequence) {
      let result = this.match(
        sequenceIndex,
        sequence,
        /** @param {number} component @param {GlyphInfoLike} glyph */
        (component, glyph2) => {
          if (!(this.currentFeature && this.currentFeature in glyph2.features)) {
            return false;
          }
          return component === glyph2.id;
        },
        []
      );
      return result === false ? false : (
        /** @type {number[]} */
        result
      );
    }
    /**
     * @param {number} sequenceIndex
     * @param {CoverageTable[]} sequence
     * @returns {boolean | number[]}
     */
    coverageSequenceMatches(sequenceIndex, sequence) {
      return this.match(
        sequenceIndex,
        sequence,
        /** @param {CoverageTable} coverage @param {GlyphInfoLike} glyph */
        (coverage, glyph2) => this.coverageIndex(coverage, glyph2.id) >= 0
      );
    }
    /**
     * @param {number} glyph
     * @param {ClassDefTable | null | undefined} classDef
     * @returns {number}
     */
    getClassID(glyph2, classDef) {
      if (!classDef) {
        return 0;
      }
      switch (classDef.version) {
        case 1: {
          let i = glyph2 - (classDef.startGlyph ?? 0);
          if (classDef.classValueArray && i >= 0 && i < classDef.classValueArray.length) {
            return classDef.classValueArray[i];
          }
          break;
        }
        case 2:
          if (classDef.classRangeRecord) {
            for (let range2 of classDef.classRangeRecord) {
              if (range2.start <= glyph2 && glyph2 <= range2.end) {
                return range2.class;
              }
            }
          }
          break;
      }
      return 0;
    }
    /**
     * @param {number} sequenceIndex
     * @param {number[]} sequence
     * @param {ClassDefTable | null | undefined} classDef
     * @returns {boolean | number[]}
     */
    classSequenceMatches(sequenceIndex, sequence, classDef) {
      return this.match(
        sequenceIndex,
        sequence,
        /** @param {number} classID @param {GlyphInfoLike} glyph */
        (classID, glyph2) => classID === this.getClassID(glyph2.id, classDef)
      );
    }
    /**
     * @param {ContextSubtable | StructValue} table
     * @returns {boolean}
     */
    applyContext(table) {
      let ctx = (
        /** @type {ContextSubtable} */
        table
      );
      let index;
      let set;
      switch (ctx.version) {
        case 1:
          index = this.coverageIndex(ctx.coverage);
          if (index === -1) {
            return false;
          }
          set = ctx.ruleSets?.[index];
          if (!set) {
            return false;
          }
          for (let rule of set) {
            if (this.sequenceMatches(1, rule.input)) {
              return this.applyLookupList(rule.lookupRecords);
            }
          }
          break;
        case 2: {
          if (this.coverageIndex(ctx.coverage) === -1) {
            return false;
          }
          let cur = this.glyphIterator?.cur;
          if (!cur || !ctx.classDef) {
            return false;
          }
          index = this.getClassID(cur.id, ctx.classDef);
          set = ctx.classSet?.[index];
          if (!set) {
            return false;
          }
          for (let rule of set) {
            if (this.classSequenceMatches(1, rule.classes ?? [], ctx.classDef)) {
              return this.applyLookupList(rule.lookupRecords);
            }
          }
          break;
        }
        case 3:
          if (ctx.coverages && ctx.lookupRecords && this.coverageSequenceMatches(0, ctx.coverages)) {
            return this.applyLookupList(ctx.lookupRecords);
          }
          break;
      }
      return false;
    }
    /**
     * @param {ChainContextSubtable | StructValue} table
     * @returns {boolean}
     */
    applyChainingContext(table) {
      let ctx = (
        /** @type {ChainContextSubtable} */
        table
      );
      let index;
      switch (ctx.version) {
        case 1: {
          index = this.coverageIndex(ctx.coverage);
          if (index === -1) {
            return false;
          }
          let set = ctx.chainRuleSets?.[index];
          if (!set) {
            return false;
          }
          for (let rule of set) {
            if (this.sequenceMatches(-rule.backtrack.length, [...rule.backtrack].reverse()) && this.sequenceMatches(1, rule.input) && this.sequenceMatches(1 + rule.input.length, rule.lookahead)) {
              return this.applyLookupList(rule.lookupRecords);
            }
          }
          break;
        }
        case 2: {
          if (this.coverageIndex(ctx.coverage) === -1) {
            return false;
          }
          let cur = this.glyphIterator?.cur;
          if (!cur || !ctx.inputClassDef) {
            return false;
          }
          index = this.getClassID(cur.id, ctx.inputClassDef);
          let rules = ctx.chainClassSet?.[index];
          if (!rules) {
            return false;
          }
          for (let rule of rules) {
            if (this.classSequenceMatches(-rule.backtrack.length, [...rule.backtrack].reverse(), ctx.backtrackClassDef) && this.classSequenceMatches(1, rule.input, ctx.inputClassDef) && this.classSequenceMatches(1 + rule.input.length, rule.lookahead, ctx.lookaheadClassDef)) {
              return this.applyLookupList(rule.lookupRecords);
            }
          }
          break;
        }
        case 3:
          if (ctx.backtrackCoverage && ctx.inputCoverage && ctx.lookaheadCoverage && ctx.lookupRecords && this.coverageSequenceMatches(-(ctx.backtrackGlyphCount ?? ctx.backtrackCoverage.length), [...ctx.backtrackCoverage].reverse()) && this.coverageSequenceMatches(0, ctx.inputCoverage) && this.coverageSequenceMatches(ctx.inputGlyphCount ?? ctx.inputCoverage.length, ctx.lookaheadCoverage)) {
            return this.applyLookupList(ctx.lookupRecords);
          }
          break;
      }
      return false;
    }
  };

  // src/opentype/GlyphInfo.js
  var GlyphInfo = class _GlyphInfo {
    /**
     * @param {LayoutFont} font
     * @param {number} id
     * @param {number[]} [codePoints]
     * @param {FeatureInput | null | undefined} [features]
     */
    constructor(font, id, codePoints = [], features2) {
      this._font = font;
      this.codePoints = codePoints;
      this._id = 0;
      this.features = {};
      if (Array.isArray(features2)) {
        for (let i = 0; i < features2.length; i++) {
          let feature2 = features2[i];
          this.features[feature2] = true;
        }
      } else if (typeof features2 === "object" && features2 !== null) {
        Object.assign(this.features, features2);
      }
      this.ligatureID = null;
      this.ligatureComponent = null;
      this.isLigated = false;
      this.cursiveAttachment = null;
      this.markAttachment = null;
      this.shaperInfo = null;
      this.substituted = false;
      this.isMultiplied = false;
      this.isBase = false;
      this.isLigature = false;
      this.isMark = false;
      this.markAttachmentType = 0;
      this.id = id;
      this.substituted = false;
    }
    /**
     * @returns {number}
     */
    get id() {
      return this._id;
    }
    /**
     * @param {number} id
     */
    set id(id) {
      this._id = id;
      this.substituted = true;
      let GDEF = this._font.GDEF;
      if (GDEF && GDEF.glyphClassDef) {
        let classID = OTProcessor.prototype.getClassID(
          id,
          /** @type {ClassDefTable} */
          GDEF.glyphClassDef
        );
        this.isBase = classID === 1;
        this.isLigature = classID === 2;
        this.isMark = classID === 3;
        this.markAttachmentType = GDEF.markAttachClassDef ? OTProcessor.prototype.getClassID(
          id,
          /** @type {ClassDefTable} */
          GDEF.markAttachClassDef
        ) : 0;
      } else {
        this.isMark = this.codePoints.length > 0 && this.codePoints.every(isMark);
        this.isBase = !this.isMark;
        this.isLigature = this.codePoints.length > 1;
        this.markAttachmentType = 0;
      }
    }
    /**
     * @returns {GlyphInfo}
     */
    copy() {
      return new _GlyphInfo(this._font, this.id, this.codePoints, this.features);
    }
  };

  // src/opentype/shapers/DefaultShaper.js
  var VARIATION_FEATURES = ["rvrn"];
  var COMMON_FEATURES = ["ccmp", "locl", "rlig", "mark", "mkmk"];
  var FRACTIONAL_FEATURES = ["frac", "numr", "dnom"];
  var HORIZONTAL_FEATURES = ["calt", "clig", "liga", "rclt", "curs", "kern"];
  var DIRECTIONAL_FEATURES = {
    ltr: ["ltra", "ltrm"],
    rtl: ["rtla", "rtlm"]
  };
  var DefaultShaper = class {
    /**
     * @param {ShapingPlanLike} plan
     * @param {GlyphInfoLike[]} glyphs
     * @param {FeatureInput | null | undefined} features
     */
    static plan(plan, glyphs, features2) {
      this.planPreprocessing(plan);
      this.planFeatures(plan);
      this.planPostprocessing(plan, features2);
      plan.assignGlobalFeatures(glyphs);
      this.assignFeatures(plan, glyphs);
    }
    /**
     * @param {ShapingPlanLike} plan
     */
    static planPreprocessing(plan) {
      plan.add({
        global: [...VARIATION_FEATURES, ...DIRECTIONAL_FEATURES[plan.direction]],
        local: FRACTIONAL_FEATURES
      });
    }
    /**
     * @param {ShapingPlanLike} _plan
     */
    static planFeatures(_plan) {
    }
    /**
     * @param {ShapingPlanLike} plan
     * @param {FeatureInput | null | undefined} userFeatures
     */
    static planPostprocessing(plan, userFeatures) {
      plan.add([...COMMON_FEATURES, ...HORIZONTAL_FEATURES]);
      plan.setFeatureOverrides(userFeatures);
    }
    /**
     * @param {ShapingPlanLike} plan
     * @param {GlyphInfoLike[]} glyphs
     */
    static assignFeatures(plan, glyphs) {
      composeGlyphs(plan.font, glyphs);
      for (let i = 0; i < glyphs.length; i++) {
        let glyph2 = glyphs[i];
        if (glyph2.codePoints[0] === 8260) {
          let start = i;
          let end = i + 1;
          while (start > 0 && isDigit(glyphs[start - 1].codePoints[0])) {
            glyphs[start - 1].features.numr = true;
            glyphs[start - 1].features.frac = true;
            start--;
          }
          while (end < glyphs.length && isDigit(glyphs[end].codePoints[0])) {
            glyphs[end].features.dnom = true;
            glyphs[end].features.frac = true;
            end++;
          }
          glyph2.features.frac = true;
          i = end - 1;
        }
      }
    }
  };
  DefaultShaper.zeroMarkWidths = "AFTER_GPOS";
  function composeGlyphs(font, glyphs) {
    let singleMark = (g) => g.codePoints.length === 1 && isMark(g.codePoints[0]);
    for (let i = 0; i < glyphs.length; ) {
      let base = glyphs[i];
      if (base.codePoints.length !== 1 || isMark(base.codePoints[0])) {
        i++;
        continue;
      }
      let end = i + 1;
      while (end < glyphs.length && singleMark(glyphs[end])) end++;
      if (end === i + 1) {
        i++;
        continue;
      }
      let input = glyphs.slice(i, end).map(
        /** @param {GlyphInfoLike} g */
        (g) => g.codePoints[0]
      );
      let composed = Array.from(String.fromCodePoint(...input).normalize("NFC")).flatMap((char) => {
        let cp = char.codePointAt(0);
        if (cp == null) {
          return (
            /** @type {number[]} */
            []
          );
        }
        return font.hasGlyphForCodePoint(cp) ? [cp] : Array.from(char.normalize("NFD"), (c) => (
          /** @type {number} */
          c.codePointAt(0)
        ));
      });
      if (composed.length === input.length) {
        i = end;
        continue;
      }
      let replacement = [];
      for (let cp of composed) {
        let g = font.glyphForCodePoint(cp);
        if (g) {
          replacement.push(new GlyphInfo(
            font,
            g.id,
            [cp],
            /** @type {FeatureMap} */
            base.features
          ));
        }
      }
      glyphs.splice(i, end - i, ...replacement);
      i += replacement.length;
    }
  }

  // src/opentype/shapers/data.trie
  var data_default2 = "APABAAAAAAAAOAAA7ZotSARBFMfHj/PbpMFiMxoNBuMJIlgEi+A1k8EkJpM2k2DQaDQaLSYxCoIYjUajWAT/gzMyDm/uZndnd727/4Mfuzuf771587HLrg4qtQG2wA6wz91yPQBH4BicgjNwCa7ANbgBt+AOPDj1HsGLeda8gjdz/26uH04+6U2+wIWhMaTUNJgBdetVFXOwdd7Yu9BHdhNCCCGEEEIIIaT/0N9/Fvn9gxBCCCGEkFI5H/9htiSewdSEUk1wAu7BJ9B5y5NKrSmlWmP4ZwDo+yp4Ql9l+XMJ7zArwntME2nrQnqITZTdzlBeooX6u4E29pC+X7D9bsH+X3DYo/Y2Bwd+oVD6WfQMkHDzpftUMmzaxVLzB53uX32kOllx6/0ncXVybfR9FWNfCvL4tgpc3WLtkOLK5lt/t5MU88DtL0Zcm920IjIKGkL7I4Z24x8bE7acbs+vp9NSSNb4TBXXnXwj5XfqN1bqnndFYy9UP+Qbaf5miT9pbwvppcv47dh1118rUkueGHZ1k2LMb1fyny91n4ztGFjxdUylX93zRDp76XVZU+U8LjqfY8cxddtlnYPLklRjhtfYXHqG1hK7hrjnS+sL3VfMmVCX63RGc/uzfcXqmmLNlfZnSb92e3lRPUJ+TBF3oTGoGmtX1ZLnjOqTdRxSx2hRSbl+SXtFSPSeVbZ8Aw==";

  // src/opentype/shapers/ArabicShaper.js
  var trie2 = new unicode_trie_default(decodeBase64(data_default2));
  var FEATURES = ["isol", "fina", "fin2", "fin3", "medi", "med2", "init"];
  var ShapingClasses = {
    Non_Joining: 0,
    Left_Joining: 1,
    Right_Joining: 2,
    Dual_Joining: 3,
    Join_Causing: 3,
    ALAPH: 4,
    "DALATH RISH": 5,
    Transparent: 6
  };
  var ISOL = "isol";
  var FINA = "fina";
  var FIN2 = "fin2";
  var FIN3 = "fin3";
  var MEDI = "medi";
  var MED2 = "med2";
  var INIT = "init";
  var NONE = null;
  var STATE_TABLE = [
    //   Non_Joining,        Left_Joining,       Right_Joining,     Dual_Joining,           ALAPH,            DALATH RISH
    // State 0: prev was U,  not willing to join.
    [[NONE, NONE, 0], [NONE, ISOL, 2], [NONE, ISOL, 1], [NONE, ISOL, 2], [NONE, ISOL, 1], [NONE, ISOL, 6]],
    // State 1: prev was R or ISOL/ALAPH,  not willing to join.
    [[NONE, NONE, 0], [NONE, ISOL, 2], [NONE, ISOL, 1], [NONE, ISOL, 2], [NONE, FIN2, 5], [NONE, ISOL, 6]],
    // State 2: prev was D/L in ISOL form,  willing to join.
    [[NONE, NONE, 0], [NONE, ISOL, 2], [INIT, FINA, 1], [INIT, FINA, 3], [INIT, FINA, 4], [INIT, FINA, 6]],
    // State 3: prev was D in FINA form,  willing to join.
    [[NONE, NONE, 0], [NONE, ISOL, 2], [MEDI, FINA, 1], [MEDI, FINA, 3], [MEDI, FINA, 4], [MEDI, FINA, 6]],
    // State 4: prev was FINA ALAPH,  not willing to join.
    [[NONE, NONE, 0], [NONE, ISOL, 2], [MED2, ISOL, 1], [MED2, ISOL, 2], [MED2, FIN2, 5], [MED2, ISOL, 6]],
    // State 5: prev was FIN2/FIN3 ALAPH,  not willing to join.
    [[NONE, NONE, 0], [NONE, ISOL, 2], [ISOL, ISOL, 1], [ISOL, ISOL, 2], [ISOL, FIN2, 5], [ISOL, ISOL, 6]],
    // State 6: prev was DALATH/RISH,  not willing to join.
    [[NONE, NONE, 0], [NONE, ISOL, 2], [NONE, ISOL, 1], [NONE, ISOL, 2], [NONE, FIN3, 5], [NONE, ISOL, 6]]
  ];
  var ArabicShaper = class extends DefaultShaper {
    /**
     * @param {ShapingPlanLike} plan
     */
    static planFeatures(plan) {
      plan.add(["ccmp", "locl"]);
      for (let i = 0; i < FEATURES.length; i++) {
        let feature2 = FEATURES[i];
        plan.addStage(feature2, false);
      }
      plan.addStage("mset");
    }
    /**
     * @param {ShapingPlanLike} plan
     * @param {GlyphInfoLike[]} glyphs
     */
    static assignFeatures(plan, glyphs) {
      super.assignFeatures(plan, glyphs);
      let prev = -1;
      let state = 0;
      let actions = [];
      for (let i = 0; i < glyphs.length; i++) {
        let curAction, prevAction;
        let glyph2 = glyphs[i];
        let type = getShapingClass(glyph2.codePoints[0]);
        if (type === ShapingClasses.Transparent) {
          actions[i] = NONE;
          continue;
        }
        [prevAction, curAction, state] = STATE_TABLE[state][type];
        if (prevAction !== NONE && prev !== -1) {
          actions[prev] = prevAction;
        }
        actions[i] = curAction;
        prev = i;
      }
      for (let index = 0; index < glyphs.length; index++) {
        let feature2;
        let glyph2 = glyphs[index];
        if (feature2 = actions[index]) {
          glyph2.features[feature2] = true;
        }
      }
    }
  };
  function getShapingClass(codePoint) {
    let res = trie2.get(codePoint);
    if (res) {
      return res - 1;
    }
    let category = getCategory(codePoint);
    if (category === "Mn" || category === "Me" || category === "Cf") {
      return ShapingClasses.Transparent;
    }
    return ShapingClasses.Non_Joining;
  }

  // src/opentype/shapers/HangulShaper.js
  var HangulShaper = class extends DefaultShaper {
    /**
     * @param {ShapingPlanLike} plan
     */
    static planFeatures(plan) {
      plan.add(["ljmo", "vjmo", "tjmo"], false);
    }
    /**
     * @param {ShapingPlanLike} plan
     * @param {GlyphInfoLike[]} glyphs
     */
    static assignFeatures(plan, glyphs) {
      let state = 0;
      let i = 0;
      while (i < glyphs.length) {
        let action;
        let glyph2 = glyphs[i];
        let code = glyph2.codePoints[0];
        let type = getType(code);
        [action, state] = STATE_TABLE2[state][type];
        switch (action) {
          case DECOMPOSE:
            if (!plan.font.hasGlyphForCodePoint(code)) {
              i = decompose(glyphs, i, plan.font);
            }
            break;
          case COMPOSE:
            i = compose(glyphs, i, plan.font);
            break;
          case TONE_MARK:
            reorderToneMark(glyphs, i, plan.font);
            break;
          case INVALID:
            i = insertDottedCircle(glyphs, i, plan.font);
            break;
        }
        i++;
      }
    }
  };
  HangulShaper.zeroMarkWidths = "NONE";
  var HANGUL_BASE = 44032;
  var HANGUL_END = 55204;
  var HANGUL_COUNT = HANGUL_END - HANGUL_BASE + 1;
  var L_BASE = 4352;
  var V_BASE = 4449;
  var T_BASE = 4519;
  var L_COUNT = 19;
  var V_COUNT = 21;
  var T_COUNT = 28;
  var L_END = L_BASE + L_COUNT - 1;
  var V_END = V_BASE + V_COUNT - 1;
  var T_END = T_BASE + T_COUNT - 1;
  var DOTTED_CIRCLE = 9676;
  var isL = (code) => 4352 <= code && code <= 4447 || 43360 <= code && code <= 43388;
  var isV = (code) => 4448 <= code && code <= 4519 || 55216 <= code && code <= 55238;
  var isT = (code) => 4520 <= code && code <= 4607 || 55243 <= code && code <= 55291;
  var isTone = (code) => 12334 <= code && code <= 12335;
  var isLVT = (code) => HANGUL_BASE <= code && code <= HANGUL_END;
  var isLV = (code) => code - HANGUL_BASE < HANGUL_COUNT && (code - HANGUL_BASE) % T_COUNT === 0;
  var isCombiningL = (code) => L_BASE <= code && code <= L_END;
  var isCombiningV = (code) => V_BASE <= code && code <= V_END;
  var isCombiningT = (code) => T_BASE + 1 <= code && code <= T_END;
  var X = 0;
  var L = 1;
  var V = 2;
  var T = 3;
  var LV = 4;
  var LVT = 5;
  var M = 6;
  function getType(code) {
    if (isL(code)) {
      return L;
    }
    if (isV(code)) {
      return V;
    }
    if (isT(code)) {
      return T;
    }
    if (isLV(code)) {
      return LV;
    }
    if (isLVT(code)) {
      return LVT;
    }
    if (isTone(code)) {
      return M;
    }
    return X;
  }
  var NO_ACTION = 0;
  var DECOMPOSE = 1;
  var COMPOSE = 2;
  var TONE_MARK = 4;
  var INVALID = 5;
  var STATE_TABLE2 = [
    //       X                 L                 V                T                  LV                LVT               M
    // State 0: start state
    [[NO_ACTION, 0], [NO_ACTION, 1], [NO_ACTION, 0], [NO_ACTION, 0], [DECOMPOSE, 2], [DECOMPOSE, 3], [INVALID, 0]],
    // State 1: <L>
    [[NO_ACTION, 0], [NO_ACTION, 1], [COMPOSE, 2], [NO_ACTION, 0], [DECOMPOSE, 2], [DECOMPOSE, 3], [INVALID, 0]],
    // State 2: <L,V> or <LV>
    [[NO_ACTION, 0], [NO_ACTION, 1], [NO_ACTION, 0], [COMPOSE, 3], [DECOMPOSE, 2], [DECOMPOSE, 3], [TONE_MARK, 0]],
    // State 3: <L,V,T> or <LVT>
    [[NO_ACTION, 0], [NO_ACTION, 1], [NO_ACTION, 0], [NO_ACTION, 0], [DECOMPOSE, 2], [DECOMPOSE, 3], [TONE_MARK, 0]]
  ];
  function getGlyph(font, code, features2) {
    let g = font.glyphForCodePoint(code);
    return new GlyphInfo(font, g ? g.id : 0, [code], features2);
  }
  function decompose(glyphs, i, font) {
    let glyph2 = glyphs[i];
    let code = glyph2.codePoints[0];
    let s = code - HANGUL_BASE;
    let t = T_BASE + s % T_COUNT;
    s = s / T_COUNT | 0;
    let l = L_BASE + s / V_COUNT | 0;
    let v = V_BASE + s % V_COUNT;
    if (!font.hasGlyphForCodePoint(l) || !font.hasGlyphForCodePoint(v) || t !== T_BASE && !font.hasGlyphForCodePoint(t)) {
      return i;
    }
    let ljmo = getGlyph(font, l, glyph2.features);
    ljmo.features.ljmo = true;
    let vjmo = getGlyph(font, v, glyph2.features);
    vjmo.features.vjmo = true;
    let insert = [ljmo, vjmo];
    if (t > T_BASE) {
      let tjmo = getGlyph(font, t, glyph2.features);
      tjmo.features.tjmo = true;
      insert.push(tjmo);
    }
    glyphs.splice(i, 1, ...insert);
    return i + insert.length - 1;
  }
  function compose(glyphs, i, font) {
    let glyph2 = glyphs[i];
    let code = glyphs[i].codePoints[0];
    let type = getType(code);
    let prev = glyphs[i - 1].codePoints[0];
    let prevType = getType(prev);
    let lv;
    let ljmo;
    let vjmo;
    let tjmo;
    if (prevType === LV && type === T) {
      lv = prev;
      tjmo = glyph2;
    } else {
      if (type === V) {
        ljmo = glyphs[i - 1];
        vjmo = glyph2;
      } else {
        ljmo = glyphs[i - 2];
        vjmo = glyphs[i - 1];
        tjmo = glyph2;
      }
      let l = ljmo.codePoints[0];
      let v = vjmo.codePoints[0];
      if (isCombiningL(l) && isCombiningV(v)) {
        lv = HANGUL_BASE + ((l - L_BASE) * V_COUNT + (v - V_BASE)) * T_COUNT;
      }
    }
    let t = tjmo && tjmo.codePoints[0] || T_BASE;
    if (lv != null && (t === T_BASE || isCombiningT(t))) {
      let s = lv + (t - T_BASE);
      if (font.hasGlyphForCodePoint(s)) {
        let del = prevType === V ? 3 : 2;
        glyphs.splice(i - del + 1, del, getGlyph(font, s, glyph2.features));
        return i - del + 1;
      }
    }
    if (ljmo) {
      ljmo.features.ljmo = true;
    }
    if (vjmo) {
      vjmo.features.vjmo = true;
    }
    if (tjmo) {
      tjmo.features.tjmo = true;
    }
    if (prevType === LV) {
      decompose(glyphs, i - 1, font);
      return i + 1;
    }
    return i;
  }
  function getLength(code) {
    switch (getType(code)) {
      case LV:
      case LVT:
        return 1;
      case V:
        return 2;
      case T:
        return 3;
      default:
        return 1;
    }
  }
  function reorderToneMark(glyphs, i, font) {
    let glyph2 = glyphs[i];
    let code = glyphs[i].codePoints[0];
    let toneGlyph = font.glyphForCodePoint(code);
    if (!toneGlyph || toneGlyph.advanceWidth === 0) {
      return;
    }
    let prev = glyphs[i - 1].codePoints[0];
    let len = getLength(prev);
    glyphs.splice(i, 1);
    glyphs.splice(i - len, 0, glyph2);
  }
  function insertDottedCircle(glyphs, i, font) {
    let glyph2 = glyphs[i];
    let code = glyphs[i].codePoints[0];
    if (font.hasGlyphForCodePoint(DOTTED_CIRCLE)) {
      let dottedCircle = getGlyph(font, DOTTED_CIRCLE, glyph2.features);
      let toneGlyph = font.glyphForCodePoint(code);
      let idx = !toneGlyph || toneGlyph.advanceWidth === 0 ? i : i + 1;
      glyphs.splice(idx, 0, dottedCircle);
      i++;
    }
    return i;
  }

  // src/opentype/shapers/HebrewShaper.js
  var HebrewShaper = class extends DefaultShaper {
    /**
     * @param {ShapingPlanLike} plan
     * @param {GlyphInfoLike[]} glyphs
     */
    static assignFeatures(plan, glyphs) {
      super.assignFeatures(plan, glyphs);
      if (!hasGposMark(plan.font)) {
        composeHebrew(glyphs, plan.font);
      }
      reorderMarksHebrew(glyphs);
    }
  };
  var DAGESH_FORMS = [
    64304,
    64305,
    64306,
    64307,
    64308,
    64309,
    64310,
    0,
    64312,
    64313,
    64314,
    64315,
    64316,
    0,
    64318,
    0,
    64320,
    64321,
    0,
    64323,
    64324,
    0,
    64326,
    64327,
    64328,
    64329,
    64330
  ];
  function composeHebrewPair(a, b) {
    switch (b) {
      case 1460:
        return a === 1497 ? 64285 : null;
      case 1463:
        return a === 1522 ? 64287 : a === 1488 ? 64302 : null;
      case 1464:
        return a === 1488 ? 64303 : null;
      case 1465:
        return a === 1493 ? 64331 : null;
      case 1468:
        if (a >= 1488 && a <= 1514) return DAGESH_FORMS[a - 1488] || null;
        if (a === 64298) return 64300;
        if (a === 64299) return 64301;
        return null;
      case 1471:
        return a === 1489 ? 64332 : a === 1499 ? 64333 : a === 1508 ? 64334 : null;
      case 1473:
        return a === 1513 ? 64298 : a === 64329 ? 64300 : null;
      case 1474:
        return a === 1513 ? 64299 : a === 64329 ? 64301 : null;
      default:
        return null;
    }
  }
  function composeHebrew(glyphs, font) {
    for (let i = 0; i + 1 < glyphs.length; ) {
      let composed = glyphs[i].codePoints[0];
      let consumed = 1;
      while (i + consumed < glyphs.length) {
        let ab = composeHebrewPair(composed, glyphs[i + consumed].codePoints[0]);
        if (ab == null || !font.hasGlyphForCodePoint(ab)) break;
        composed = ab;
        consumed++;
      }
      if (consumed > 1) {
        let composedGlyph = font.glyphForCodePoint(composed);
        if (!composedGlyph) {
          i++;
          continue;
        }
        let cps = [];
        for (let j = 0; j < consumed; j++) cps.push(...glyphs[i + j].codePoints);
        glyphs[i] = new GlyphInfo(font, composedGlyph.id, cps, glyphs[i].features);
        glyphs.splice(i + 1, consumed - 1);
      }
      i++;
    }
  }
  function reorderMarksHebrew(glyphs) {
    for (let i = 2; i < glyphs.length; i++) {
      let c0 = getCombiningClass(glyphs[i - 2].codePoints[0]);
      let c1 = getCombiningClass(glyphs[i - 1].codePoints[0]);
      let c2 = getCombiningClass(glyphs[i].codePoints[0]);
      if ((c0 === "CCC17" || c0 === "CCC18") && (c1 === "CCC10" || c1 === "CCC14") && (c2 === "CCC22" || c2 === "Below")) {
        [glyphs[i - 1], glyphs[i]] = [glyphs[i], glyphs[i - 1]];
        break;
      }
    }
  }
  function hasGposMark(font) {
    let hebr = font.GPOS?.scriptList?.find(
      /** @param {OTScriptRecord} e */
      (e) => e.tag === "hebr"
    )?.script;
    if (!hebr) return false;
    let langs = [hebr.defaultLangSys, ...(hebr.langSysRecords || []).map(
      /** @param {OTLangSysRecord} l */
      (l) => l.langSys
    )].filter(
      /** @returns {value is OTLangSys} */
      (value) => value != null
    );
    return langs.some(
      /** @param {OTLangSys} ls */
      (ls) => (ls.featureIndexes || []).some(
        /** @param {number} i */
        (i) => font.GPOS?.featureList[i]?.tag === "mark"
      )
    );
  }

  // src/opentype/shapers/IndicShaper.js
  var import_dfa = __toESM(require_dfa(), 1);

  // src/opentype/shapers/indic.json
  var indic_default = { stateTable: [[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 2, 3, 4, 5, 6, 7, 8, 9, 0, 10, 11, 11, 12, 13, 14, 15, 16, 17], [0, 0, 0, 18, 19, 20, 21, 22, 23, 0, 24, 0, 0, 25, 26, 0, 0, 27, 0], [0, 0, 0, 28, 29, 30, 31, 32, 33, 0, 34, 0, 0, 35, 36, 0, 0, 37, 0], [0, 0, 0, 38, 5, 7, 7, 8, 9, 0, 10, 0, 0, 0, 13, 0, 0, 16, 0], [0, 39, 0, 0, 0, 40, 41, 0, 9, 0, 10, 0, 0, 0, 42, 0, 39, 0, 0], [0, 0, 0, 0, 43, 44, 44, 8, 9, 0, 0, 0, 0, 12, 43, 0, 0, 0, 0], [0, 0, 0, 0, 43, 44, 44, 8, 9, 0, 0, 0, 0, 0, 43, 0, 0, 0, 0], [0, 0, 0, 45, 46, 47, 48, 49, 9, 0, 10, 0, 0, 0, 42, 0, 0, 0, 0], [0, 0, 0, 0, 0, 50, 0, 0, 51, 0, 10, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 52, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 53, 54, 55, 56, 57, 58, 0, 59, 0, 0, 60, 61, 0, 0, 62, 0], [0, 0, 0, 4, 5, 7, 7, 8, 9, 0, 10, 0, 0, 0, 13, 0, 0, 16, 0], [0, 63, 64, 0, 0, 40, 41, 0, 9, 0, 10, 0, 0, 0, 42, 0, 63, 0, 0], [0, 2, 3, 4, 5, 6, 7, 8, 9, 0, 10, 11, 11, 12, 13, 0, 2, 16, 0], [0, 0, 0, 18, 65, 20, 21, 22, 23, 0, 24, 0, 0, 25, 26, 0, 0, 27, 0], [0, 0, 0, 0, 66, 67, 67, 8, 9, 0, 10, 0, 0, 0, 68, 0, 0, 0, 0], [0, 0, 0, 69, 0, 70, 70, 0, 71, 0, 72, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 73, 19, 74, 74, 22, 23, 0, 24, 0, 0, 0, 26, 0, 0, 27, 0], [0, 75, 0, 0, 0, 76, 77, 0, 23, 0, 24, 0, 0, 0, 78, 0, 75, 0, 0], [0, 0, 0, 0, 79, 80, 80, 22, 23, 0, 0, 0, 0, 25, 79, 0, 0, 0, 0], [0, 0, 0, 18, 19, 20, 74, 22, 23, 0, 24, 0, 0, 25, 26, 0, 0, 27, 0], [0, 0, 0, 81, 82, 83, 84, 85, 23, 0, 24, 0, 0, 0, 78, 0, 0, 0, 0], [0, 0, 0, 0, 0, 86, 0, 0, 87, 0, 24, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 88, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 18, 19, 74, 74, 22, 23, 0, 24, 0, 0, 0, 26, 0, 0, 27, 0], [0, 89, 90, 0, 0, 76, 77, 0, 23, 0, 24, 0, 0, 0, 78, 0, 89, 0, 0], [0, 0, 0, 0, 91, 92, 92, 22, 23, 0, 24, 0, 0, 0, 93, 0, 0, 0, 0], [0, 0, 0, 94, 29, 95, 31, 32, 33, 0, 34, 0, 0, 0, 36, 0, 0, 37, 0], [0, 96, 0, 0, 0, 97, 98, 0, 33, 0, 34, 0, 0, 0, 99, 0, 96, 0, 0], [0, 0, 0, 0, 100, 101, 101, 32, 33, 0, 0, 0, 0, 35, 100, 0, 0, 0, 0], [0, 0, 0, 0, 100, 101, 101, 32, 33, 0, 0, 0, 0, 0, 100, 0, 0, 0, 0], [0, 0, 0, 102, 103, 104, 105, 106, 33, 0, 34, 0, 0, 0, 99, 0, 0, 0, 0], [0, 0, 0, 0, 0, 107, 0, 0, 108, 0, 34, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 109, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 28, 29, 95, 31, 32, 33, 0, 34, 0, 0, 0, 36, 0, 0, 37, 0], [0, 110, 111, 0, 0, 97, 98, 0, 33, 0, 34, 0, 0, 0, 99, 0, 110, 0, 0], [0, 0, 0, 0, 112, 113, 113, 32, 33, 0, 34, 0, 0, 0, 114, 0, 0, 0, 0], [0, 0, 0, 0, 5, 7, 7, 8, 9, 0, 10, 0, 0, 0, 13, 0, 0, 16, 0], [0, 0, 0, 115, 116, 117, 118, 8, 9, 0, 10, 0, 0, 119, 120, 0, 0, 16, 0], [0, 0, 0, 0, 0, 121, 121, 0, 9, 0, 10, 0, 0, 0, 42, 0, 0, 0, 0], [0, 39, 0, 122, 0, 123, 123, 8, 9, 0, 10, 0, 0, 0, 42, 0, 39, 0, 0], [0, 124, 64, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 124, 0, 0], [0, 39, 0, 0, 0, 121, 125, 0, 9, 0, 10, 0, 0, 0, 42, 0, 39, 0, 0], [0, 0, 0, 0, 0, 126, 126, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 46, 47, 48, 49, 9, 0, 10, 0, 0, 0, 42, 0, 0, 0, 0], [0, 0, 0, 0, 0, 47, 47, 49, 9, 0, 10, 0, 0, 0, 42, 0, 0, 0, 0], [0, 0, 0, 0, 0, 127, 127, 49, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 128, 127, 127, 49, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 129, 130, 131, 132, 133, 9, 0, 10, 0, 0, 0, 42, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 10, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 50, 0, 0, 0, 0, 10, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 134, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 135, 54, 56, 56, 57, 58, 0, 59, 0, 0, 0, 61, 0, 0, 62, 0], [0, 136, 0, 0, 0, 137, 138, 0, 58, 0, 59, 0, 0, 0, 139, 0, 136, 0, 0], [0, 0, 0, 0, 140, 141, 141, 57, 58, 0, 0, 0, 0, 60, 140, 0, 0, 0, 0], [0, 0, 0, 0, 140, 141, 141, 57, 58, 0, 0, 0, 0, 0, 140, 0, 0, 0, 0], [0, 0, 0, 142, 143, 144, 145, 146, 58, 0, 59, 0, 0, 0, 139, 0, 0, 0, 0], [0, 0, 0, 0, 0, 147, 0, 0, 148, 0, 59, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 149, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 53, 54, 56, 56, 57, 58, 0, 59, 0, 0, 0, 61, 0, 0, 62, 0], [0, 150, 151, 0, 0, 137, 138, 0, 58, 0, 59, 0, 0, 0, 139, 0, 150, 0, 0], [0, 0, 0, 0, 152, 153, 153, 57, 58, 0, 59, 0, 0, 0, 154, 0, 0, 0, 0], [0, 0, 0, 155, 116, 156, 157, 8, 9, 0, 10, 0, 0, 158, 120, 0, 0, 16, 0], [0, 0, 0, 0, 0, 121, 121, 0, 9, 0, 10, 0, 0, 0, 0, 0, 0, 0, 0], [0, 75, 3, 4, 5, 159, 160, 8, 161, 0, 162, 0, 11, 12, 163, 0, 75, 16, 0], [0, 0, 0, 0, 0, 40, 164, 0, 9, 0, 10, 0, 0, 0, 42, 0, 0, 0, 0], [0, 0, 0, 0, 165, 44, 44, 8, 9, 0, 0, 0, 0, 0, 165, 0, 0, 0, 0], [0, 124, 64, 0, 0, 40, 164, 0, 9, 0, 10, 0, 0, 0, 42, 0, 124, 0, 0], [0, 0, 0, 0, 0, 70, 70, 0, 71, 0, 72, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 71, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 166, 0, 0, 167, 0, 72, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 168, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 19, 74, 74, 22, 23, 0, 24, 0, 0, 0, 26, 0, 0, 27, 0], [0, 0, 0, 0, 79, 80, 80, 22, 23, 0, 0, 0, 0, 0, 79, 0, 0, 0, 0], [0, 0, 0, 169, 170, 171, 172, 22, 23, 0, 24, 0, 0, 173, 174, 0, 0, 27, 0], [0, 0, 0, 0, 0, 175, 175, 0, 23, 0, 24, 0, 0, 0, 78, 0, 0, 0, 0], [0, 75, 0, 176, 0, 177, 177, 22, 23, 0, 24, 0, 0, 0, 78, 0, 75, 0, 0], [0, 178, 90, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 178, 0, 0], [0, 75, 0, 0, 0, 175, 179, 0, 23, 0, 24, 0, 0, 0, 78, 0, 75, 0, 0], [0, 0, 0, 0, 0, 180, 180, 22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 82, 83, 84, 85, 23, 0, 24, 0, 0, 0, 78, 0, 0, 0, 0], [0, 0, 0, 0, 0, 83, 83, 85, 23, 0, 24, 0, 0, 0, 78, 0, 0, 0, 0], [0, 0, 0, 0, 0, 181, 181, 85, 23, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 182, 181, 181, 85, 23, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 183, 184, 185, 186, 187, 23, 0, 24, 0, 0, 0, 78, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 24, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 86, 0, 0, 0, 0, 24, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 188, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 189, 170, 190, 191, 22, 23, 0, 24, 0, 0, 192, 174, 0, 0, 27, 0], [0, 0, 0, 0, 0, 175, 175, 0, 23, 0, 24, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 76, 193, 0, 23, 0, 24, 0, 0, 0, 78, 0, 0, 0, 0], [0, 0, 0, 0, 194, 80, 80, 22, 23, 0, 0, 0, 0, 0, 194, 0, 0, 0, 0], [0, 178, 90, 0, 0, 76, 193, 0, 23, 0, 24, 0, 0, 0, 78, 0, 178, 0, 0], [0, 0, 0, 0, 29, 95, 31, 32, 33, 0, 34, 0, 0, 0, 36, 0, 0, 37, 0], [0, 0, 0, 0, 100, 101, 101, 32, 33, 0, 0, 0, 0, 0, 100, 0, 0, 0, 0], [0, 0, 0, 195, 196, 197, 198, 32, 33, 0, 34, 0, 0, 199, 200, 0, 0, 37, 0], [0, 0, 0, 0, 0, 201, 201, 0, 33, 0, 34, 0, 0, 0, 99, 0, 0, 0, 0], [0, 96, 0, 202, 0, 203, 203, 32, 33, 0, 34, 0, 0, 0, 99, 0, 96, 0, 0], [0, 204, 111, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 204, 0, 0], [0, 96, 0, 0, 0, 201, 205, 0, 33, 0, 34, 0, 0, 0, 99, 0, 96, 0, 0], [0, 0, 0, 0, 0, 206, 206, 32, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 103, 104, 105, 106, 33, 0, 34, 0, 0, 0, 99, 0, 0, 0, 0], [0, 0, 0, 0, 0, 104, 104, 106, 33, 0, 34, 0, 0, 0, 99, 0, 0, 0, 0], [0, 0, 0, 0, 0, 207, 207, 106, 33, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 208, 207, 207, 106, 33, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 209, 210, 211, 212, 213, 33, 0, 34, 0, 0, 0, 99, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 34, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 107, 0, 0, 0, 0, 34, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 214, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 215, 196, 216, 217, 32, 33, 0, 34, 0, 0, 218, 200, 0, 0, 37, 0], [0, 0, 0, 0, 0, 201, 201, 0, 33, 0, 34, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 97, 219, 0, 33, 0, 34, 0, 0, 0, 99, 0, 0, 0, 0], [0, 0, 0, 0, 220, 101, 101, 32, 33, 0, 0, 0, 0, 0, 220, 0, 0, 0, 0], [0, 204, 111, 0, 0, 97, 219, 0, 33, 0, 34, 0, 0, 0, 99, 0, 204, 0, 0], [0, 0, 0, 221, 116, 222, 222, 8, 9, 0, 10, 0, 0, 0, 120, 0, 0, 16, 0], [0, 223, 0, 0, 0, 40, 224, 0, 9, 0, 10, 0, 0, 0, 42, 0, 223, 0, 0], [0, 0, 0, 0, 225, 44, 44, 8, 9, 0, 0, 0, 0, 119, 225, 0, 0, 0, 0], [0, 0, 0, 115, 116, 117, 222, 8, 9, 0, 10, 0, 0, 119, 120, 0, 0, 16, 0], [0, 0, 0, 115, 116, 222, 222, 8, 9, 0, 10, 0, 0, 0, 120, 0, 0, 16, 0], [0, 226, 64, 0, 0, 40, 224, 0, 9, 0, 10, 0, 0, 0, 42, 0, 226, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 39, 0, 0, 0, 121, 121, 0, 9, 0, 10, 0, 0, 0, 42, 0, 39, 0, 0], [0, 0, 0, 0, 0, 44, 44, 8, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 227, 0, 228, 229, 0, 9, 0, 10, 0, 0, 230, 0, 0, 0, 0, 0], [0, 39, 0, 122, 0, 121, 121, 0, 9, 0, 10, 0, 0, 0, 42, 0, 39, 0, 0], [0, 0, 0, 0, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 231, 231, 49, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 232, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 130, 131, 132, 133, 9, 0, 10, 0, 0, 0, 42, 0, 0, 0, 0], [0, 0, 0, 0, 0, 131, 131, 133, 9, 0, 10, 0, 0, 0, 42, 0, 0, 0, 0], [0, 0, 0, 0, 0, 233, 233, 133, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 234, 233, 233, 133, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 235, 236, 237, 238, 239, 9, 0, 10, 0, 0, 0, 42, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 54, 56, 56, 57, 58, 0, 59, 0, 0, 0, 61, 0, 0, 62, 0], [0, 0, 0, 240, 241, 242, 243, 57, 58, 0, 59, 0, 0, 244, 245, 0, 0, 62, 0], [0, 0, 0, 0, 0, 246, 246, 0, 58, 0, 59, 0, 0, 0, 139, 0, 0, 0, 0], [0, 136, 0, 247, 0, 248, 248, 57, 58, 0, 59, 0, 0, 0, 139, 0, 136, 0, 0], [0, 249, 151, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 249, 0, 0], [0, 136, 0, 0, 0, 246, 250, 0, 58, 0, 59, 0, 0, 0, 139, 0, 136, 0, 0], [0, 0, 0, 0, 0, 251, 251, 57, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 143, 144, 145, 146, 58, 0, 59, 0, 0, 0, 139, 0, 0, 0, 0], [0, 0, 0, 0, 0, 144, 144, 146, 58, 0, 59, 0, 0, 0, 139, 0, 0, 0, 0], [0, 0, 0, 0, 0, 252, 252, 146, 58, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 253, 252, 252, 146, 58, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 254, 255, 256, 257, 258, 58, 0, 59, 0, 0, 0, 139, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 59, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 147, 0, 0, 0, 0, 59, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 259, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 260, 241, 261, 262, 57, 58, 0, 59, 0, 0, 263, 245, 0, 0, 62, 0], [0, 0, 0, 0, 0, 246, 246, 0, 58, 0, 59, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 137, 264, 0, 58, 0, 59, 0, 0, 0, 139, 0, 0, 0, 0], [0, 0, 0, 0, 265, 141, 141, 57, 58, 0, 0, 0, 0, 0, 265, 0, 0, 0, 0], [0, 249, 151, 0, 0, 137, 264, 0, 58, 0, 59, 0, 0, 0, 139, 0, 249, 0, 0], [0, 0, 0, 221, 116, 222, 222, 8, 9, 0, 10, 0, 0, 0, 120, 0, 0, 16, 0], [0, 0, 0, 0, 225, 44, 44, 8, 9, 0, 0, 0, 0, 158, 225, 0, 0, 0, 0], [0, 0, 0, 155, 116, 156, 222, 8, 9, 0, 10, 0, 0, 158, 120, 0, 0, 16, 0], [0, 0, 0, 155, 116, 222, 222, 8, 9, 0, 10, 0, 0, 0, 120, 0, 0, 16, 0], [0, 0, 0, 0, 43, 266, 266, 8, 161, 0, 24, 0, 0, 12, 267, 0, 0, 0, 0], [0, 75, 0, 176, 43, 268, 268, 269, 161, 0, 24, 0, 0, 0, 267, 0, 75, 0, 0], [0, 0, 0, 0, 0, 270, 0, 0, 271, 0, 162, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 272, 0, 0, 0, 0, 0, 0, 0, 0], [0, 273, 274, 0, 0, 40, 41, 0, 9, 0, 10, 0, 0, 0, 42, 0, 273, 0, 0], [0, 0, 0, 40, 0, 123, 123, 8, 9, 0, 10, 0, 0, 0, 42, 0, 0, 0, 0], [0, 0, 0, 0, 0, 121, 275, 0, 9, 0, 10, 0, 0, 0, 42, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 72, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 166, 0, 0, 0, 0, 72, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 276, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 277, 170, 278, 278, 22, 23, 0, 24, 0, 0, 0, 174, 0, 0, 27, 0], [0, 279, 0, 0, 0, 76, 280, 0, 23, 0, 24, 0, 0, 0, 78, 0, 279, 0, 0], [0, 0, 0, 0, 281, 80, 80, 22, 23, 0, 0, 0, 0, 173, 281, 0, 0, 0, 0], [0, 0, 0, 169, 170, 171, 278, 22, 23, 0, 24, 0, 0, 173, 174, 0, 0, 27, 0], [0, 0, 0, 169, 170, 278, 278, 22, 23, 0, 24, 0, 0, 0, 174, 0, 0, 27, 0], [0, 282, 90, 0, 0, 76, 280, 0, 23, 0, 24, 0, 0, 0, 78, 0, 282, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 23, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 75, 0, 0, 0, 175, 175, 0, 23, 0, 24, 0, 0, 0, 78, 0, 75, 0, 0], [0, 0, 0, 0, 0, 80, 80, 22, 23, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 283, 0, 284, 285, 0, 23, 0, 24, 0, 0, 286, 0, 0, 0, 0, 0], [0, 75, 0, 176, 0, 175, 175, 0, 23, 0, 24, 0, 0, 0, 78, 0, 75, 0, 0], [0, 0, 0, 0, 0, 0, 0, 22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 287, 287, 85, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 288, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 184, 185, 186, 187, 23, 0, 24, 0, 0, 0, 78, 0, 0, 0, 0], [0, 0, 0, 0, 0, 185, 185, 187, 23, 0, 24, 0, 0, 0, 78, 0, 0, 0, 0], [0, 0, 0, 0, 0, 289, 289, 187, 23, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 290, 289, 289, 187, 23, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 291, 292, 293, 294, 295, 23, 0, 24, 0, 0, 0, 78, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 277, 170, 278, 278, 22, 23, 0, 24, 0, 0, 0, 174, 0, 0, 27, 0], [0, 0, 0, 0, 281, 80, 80, 22, 23, 0, 0, 0, 0, 192, 281, 0, 0, 0, 0], [0, 0, 0, 189, 170, 190, 278, 22, 23, 0, 24, 0, 0, 192, 174, 0, 0, 27, 0], [0, 0, 0, 189, 170, 278, 278, 22, 23, 0, 24, 0, 0, 0, 174, 0, 0, 27, 0], [0, 0, 0, 76, 0, 177, 177, 22, 23, 0, 24, 0, 0, 0, 78, 0, 0, 0, 0], [0, 0, 0, 0, 0, 175, 296, 0, 23, 0, 24, 0, 0, 0, 78, 0, 0, 0, 0], [0, 0, 0, 297, 196, 298, 298, 32, 33, 0, 34, 0, 0, 0, 200, 0, 0, 37, 0], [0, 299, 0, 0, 0, 97, 300, 0, 33, 0, 34, 0, 0, 0, 99, 0, 299, 0, 0], [0, 0, 0, 0, 301, 101, 101, 32, 33, 0, 0, 0, 0, 199, 301, 0, 0, 0, 0], [0, 0, 0, 195, 196, 197, 298, 32, 33, 0, 34, 0, 0, 199, 200, 0, 0, 37, 0], [0, 0, 0, 195, 196, 298, 298, 32, 33, 0, 34, 0, 0, 0, 200, 0, 0, 37, 0], [0, 302, 111, 0, 0, 97, 300, 0, 33, 0, 34, 0, 0, 0, 99, 0, 302, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 33, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 96, 0, 0, 0, 201, 201, 0, 33, 0, 34, 0, 0, 0, 99, 0, 96, 0, 0], [0, 0, 0, 0, 0, 101, 101, 32, 33, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 303, 0, 304, 305, 0, 33, 0, 34, 0, 0, 306, 0, 0, 0, 0, 0], [0, 96, 0, 202, 0, 201, 201, 0, 33, 0, 34, 0, 0, 0, 99, 0, 96, 0, 0], [0, 0, 0, 0, 0, 0, 0, 32, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 307, 307, 106, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 308, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 210, 211, 212, 213, 33, 0, 34, 0, 0, 0, 99, 0, 0, 0, 0], [0, 0, 0, 0, 0, 211, 211, 213, 33, 0, 34, 0, 0, 0, 99, 0, 0, 0, 0], [0, 0, 0, 0, 0, 309, 309, 213, 33, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 310, 309, 309, 213, 33, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 311, 312, 313, 314, 315, 33, 0, 34, 0, 0, 0, 99, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 297, 196, 298, 298, 32, 33, 0, 34, 0, 0, 0, 200, 0, 0, 37, 0], [0, 0, 0, 0, 301, 101, 101, 32, 33, 0, 0, 0, 0, 218, 301, 0, 0, 0, 0], [0, 0, 0, 215, 196, 216, 298, 32, 33, 0, 34, 0, 0, 218, 200, 0, 0, 37, 0], [0, 0, 0, 215, 196, 298, 298, 32, 33, 0, 34, 0, 0, 0, 200, 0, 0, 37, 0], [0, 0, 0, 97, 0, 203, 203, 32, 33, 0, 34, 0, 0, 0, 99, 0, 0, 0, 0], [0, 0, 0, 0, 0, 201, 316, 0, 33, 0, 34, 0, 0, 0, 99, 0, 0, 0, 0], [0, 0, 0, 0, 116, 222, 222, 8, 9, 0, 10, 0, 0, 0, 120, 0, 0, 16, 0], [0, 0, 0, 0, 225, 44, 44, 8, 9, 0, 0, 0, 0, 0, 225, 0, 0, 0, 0], [0, 0, 0, 317, 318, 319, 320, 8, 9, 0, 10, 0, 0, 321, 322, 0, 0, 16, 0], [0, 223, 0, 323, 0, 123, 123, 8, 9, 0, 10, 0, 0, 0, 42, 0, 223, 0, 0], [0, 223, 0, 0, 0, 121, 324, 0, 9, 0, 10, 0, 0, 0, 42, 0, 223, 0, 0], [0, 0, 0, 325, 318, 326, 327, 8, 9, 0, 10, 0, 0, 328, 322, 0, 0, 16, 0], [0, 0, 0, 64, 0, 121, 121, 0, 9, 0, 10, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 9, 0, 0, 0, 0, 230, 0, 0, 0, 0, 0], [0, 0, 0, 227, 0, 228, 121, 0, 9, 0, 10, 0, 0, 230, 0, 0, 0, 0, 0], [0, 0, 0, 227, 0, 121, 121, 0, 9, 0, 10, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 49, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 46, 0, 0], [0, 0, 0, 0, 0, 329, 329, 133, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 330, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 236, 237, 238, 239, 9, 0, 10, 0, 0, 0, 42, 0, 0, 0, 0], [0, 0, 0, 0, 0, 237, 237, 239, 9, 0, 10, 0, 0, 0, 42, 0, 0, 0, 0], [0, 0, 0, 0, 0, 331, 331, 239, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 332, 331, 331, 239, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 333, 40, 121, 334, 0, 9, 0, 10, 0, 0, 0, 42, 0, 0, 0, 0], [0, 0, 0, 335, 241, 336, 336, 57, 58, 0, 59, 0, 0, 0, 245, 0, 0, 62, 0], [0, 337, 0, 0, 0, 137, 338, 0, 58, 0, 59, 0, 0, 0, 139, 0, 337, 0, 0], [0, 0, 0, 0, 339, 141, 141, 57, 58, 0, 0, 0, 0, 244, 339, 0, 0, 0, 0], [0, 0, 0, 240, 241, 242, 336, 57, 58, 0, 59, 0, 0, 244, 245, 0, 0, 62, 0], [0, 0, 0, 240, 241, 336, 336, 57, 58, 0, 59, 0, 0, 0, 245, 0, 0, 62, 0], [0, 340, 151, 0, 0, 137, 338, 0, 58, 0, 59, 0, 0, 0, 139, 0, 340, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 58, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 136, 0, 0, 0, 246, 246, 0, 58, 0, 59, 0, 0, 0, 139, 0, 136, 0, 0], [0, 0, 0, 0, 0, 141, 141, 57, 58, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 341, 0, 342, 343, 0, 58, 0, 59, 0, 0, 344, 0, 0, 0, 0, 0], [0, 136, 0, 247, 0, 246, 246, 0, 58, 0, 59, 0, 0, 0, 139, 0, 136, 0, 0], [0, 0, 0, 0, 0, 0, 0, 57, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 345, 345, 146, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 346, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 255, 256, 257, 258, 58, 0, 59, 0, 0, 0, 139, 0, 0, 0, 0], [0, 0, 0, 0, 0, 256, 256, 258, 58, 0, 59, 0, 0, 0, 139, 0, 0, 0, 0], [0, 0, 0, 0, 0, 347, 347, 258, 58, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 348, 347, 347, 258, 58, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 349, 350, 351, 352, 353, 58, 0, 59, 0, 0, 0, 139, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 335, 241, 336, 336, 57, 58, 0, 59, 0, 0, 0, 245, 0, 0, 62, 0], [0, 0, 0, 0, 339, 141, 141, 57, 58, 0, 0, 0, 0, 263, 339, 0, 0, 0, 0], [0, 0, 0, 260, 241, 261, 336, 57, 58, 0, 59, 0, 0, 263, 245, 0, 0, 62, 0], [0, 0, 0, 260, 241, 336, 336, 57, 58, 0, 59, 0, 0, 0, 245, 0, 0, 62, 0], [0, 0, 0, 137, 0, 248, 248, 57, 58, 0, 59, 0, 0, 0, 139, 0, 0, 0, 0], [0, 0, 0, 0, 0, 246, 354, 0, 58, 0, 59, 0, 0, 0, 139, 0, 0, 0, 0], [0, 0, 0, 0, 0, 126, 126, 8, 23, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 355, 90, 0, 0, 121, 125, 0, 9, 0, 10, 0, 0, 0, 42, 0, 355, 0, 0], [0, 0, 0, 0, 0, 356, 356, 269, 23, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 357, 358, 359, 360, 361, 161, 0, 162, 0, 0, 0, 362, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 162, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 270, 0, 0, 0, 0, 162, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 363, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 364, 116, 365, 366, 8, 161, 0, 162, 0, 0, 367, 120, 0, 0, 16, 0], [0, 0, 0, 0, 0, 368, 368, 0, 161, 0, 162, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 40, 0, 121, 121, 0, 9, 0, 10, 0, 0, 0, 42, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 170, 278, 278, 22, 23, 0, 24, 0, 0, 0, 174, 0, 0, 27, 0], [0, 0, 0, 0, 281, 80, 80, 22, 23, 0, 0, 0, 0, 0, 281, 0, 0, 0, 0], [0, 0, 0, 369, 370, 371, 372, 22, 23, 0, 24, 0, 0, 373, 374, 0, 0, 27, 0], [0, 279, 0, 375, 0, 177, 177, 22, 23, 0, 24, 0, 0, 0, 78, 0, 279, 0, 0], [0, 279, 0, 0, 0, 175, 376, 0, 23, 0, 24, 0, 0, 0, 78, 0, 279, 0, 0], [0, 0, 0, 377, 370, 378, 379, 22, 23, 0, 24, 0, 0, 380, 374, 0, 0, 27, 0], [0, 0, 0, 90, 0, 175, 175, 0, 23, 0, 24, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 23, 0, 0, 0, 0, 286, 0, 0, 0, 0, 0], [0, 0, 0, 283, 0, 284, 175, 0, 23, 0, 24, 0, 0, 286, 0, 0, 0, 0, 0], [0, 0, 0, 283, 0, 175, 175, 0, 23, 0, 24, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 85, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 82, 0, 0], [0, 0, 0, 0, 0, 381, 381, 187, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 382, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 292, 293, 294, 295, 23, 0, 24, 0, 0, 0, 78, 0, 0, 0, 0], [0, 0, 0, 0, 0, 293, 293, 295, 23, 0, 24, 0, 0, 0, 78, 0, 0, 0, 0], [0, 0, 0, 0, 0, 383, 383, 295, 23, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 384, 383, 383, 295, 23, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 385, 76, 175, 386, 0, 23, 0, 24, 0, 0, 0, 78, 0, 0, 0, 0], [0, 0, 0, 76, 0, 175, 175, 0, 23, 0, 24, 0, 0, 0, 78, 0, 0, 0, 0], [0, 0, 0, 0, 196, 298, 298, 32, 33, 0, 34, 0, 0, 0, 200, 0, 0, 37, 0], [0, 0, 0, 0, 301, 101, 101, 32, 33, 0, 0, 0, 0, 0, 301, 0, 0, 0, 0], [0, 0, 0, 387, 388, 389, 390, 32, 33, 0, 34, 0, 0, 391, 392, 0, 0, 37, 0], [0, 299, 0, 393, 0, 203, 203, 32, 33, 0, 34, 0, 0, 0, 99, 0, 299, 0, 0], [0, 299, 0, 0, 0, 201, 394, 0, 33, 0, 34, 0, 0, 0, 99, 0, 299, 0, 0], [0, 0, 0, 395, 388, 396, 397, 32, 33, 0, 34, 0, 0, 398, 392, 0, 0, 37, 0], [0, 0, 0, 111, 0, 201, 201, 0, 33, 0, 34, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 33, 0, 0, 0, 0, 306, 0, 0, 0, 0, 0], [0, 0, 0, 303, 0, 304, 201, 0, 33, 0, 34, 0, 0, 306, 0, 0, 0, 0, 0], [0, 0, 0, 303, 0, 201, 201, 0, 33, 0, 34, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 106, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 103, 0, 0], [0, 0, 0, 0, 0, 399, 399, 213, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 400, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 312, 313, 314, 315, 33, 0, 34, 0, 0, 0, 99, 0, 0, 0, 0], [0, 0, 0, 0, 0, 313, 313, 315, 33, 0, 34, 0, 0, 0, 99, 0, 0, 0, 0], [0, 0, 0, 0, 0, 401, 401, 315, 33, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 402, 401, 401, 315, 33, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 403, 97, 201, 404, 0, 33, 0, 34, 0, 0, 0, 99, 0, 0, 0, 0], [0, 0, 0, 97, 0, 201, 201, 0, 33, 0, 34, 0, 0, 0, 99, 0, 0, 0, 0], [0, 0, 0, 405, 318, 406, 406, 8, 9, 0, 10, 0, 0, 0, 322, 0, 0, 16, 0], [0, 407, 0, 0, 0, 40, 408, 0, 9, 0, 10, 0, 0, 0, 42, 0, 407, 0, 0], [0, 0, 0, 0, 409, 44, 44, 8, 9, 0, 0, 0, 0, 321, 409, 0, 0, 0, 0], [0, 0, 0, 317, 318, 319, 406, 8, 9, 0, 10, 0, 0, 321, 322, 0, 0, 16, 0], [0, 0, 0, 317, 318, 406, 406, 8, 9, 0, 10, 0, 0, 0, 322, 0, 0, 16, 0], [0, 410, 64, 0, 0, 40, 408, 0, 9, 0, 10, 0, 0, 0, 42, 0, 410, 0, 0], [0, 223, 0, 0, 0, 121, 121, 0, 9, 0, 10, 0, 0, 0, 42, 0, 223, 0, 0], [0, 223, 0, 323, 0, 121, 121, 0, 9, 0, 10, 0, 0, 0, 42, 0, 223, 0, 0], [0, 0, 0, 405, 318, 406, 406, 8, 9, 0, 10, 0, 0, 0, 322, 0, 0, 16, 0], [0, 0, 0, 0, 409, 44, 44, 8, 9, 0, 0, 0, 0, 328, 409, 0, 0, 0, 0], [0, 0, 0, 325, 318, 326, 406, 8, 9, 0, 10, 0, 0, 328, 322, 0, 0, 16, 0], [0, 0, 0, 325, 318, 406, 406, 8, 9, 0, 10, 0, 0, 0, 322, 0, 0, 16, 0], [0, 0, 0, 0, 0, 0, 0, 133, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 130, 0, 0], [0, 0, 0, 0, 0, 411, 411, 239, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 412, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 40, 121, 334, 0, 9, 0, 10, 0, 0, 0, 42, 0, 0, 0, 0], [0, 0, 0, 0, 413, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 241, 336, 336, 57, 58, 0, 59, 0, 0, 0, 245, 0, 0, 62, 0], [0, 0, 0, 0, 339, 141, 141, 57, 58, 0, 0, 0, 0, 0, 339, 0, 0, 0, 0], [0, 0, 0, 414, 415, 416, 417, 57, 58, 0, 59, 0, 0, 418, 419, 0, 0, 62, 0], [0, 337, 0, 420, 0, 248, 248, 57, 58, 0, 59, 0, 0, 0, 139, 0, 337, 0, 0], [0, 337, 0, 0, 0, 246, 421, 0, 58, 0, 59, 0, 0, 0, 139, 0, 337, 0, 0], [0, 0, 0, 422, 415, 423, 424, 57, 58, 0, 59, 0, 0, 425, 419, 0, 0, 62, 0], [0, 0, 0, 151, 0, 246, 246, 0, 58, 0, 59, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 58, 0, 0, 0, 0, 344, 0, 0, 0, 0, 0], [0, 0, 0, 341, 0, 342, 246, 0, 58, 0, 59, 0, 0, 344, 0, 0, 0, 0, 0], [0, 0, 0, 341, 0, 246, 246, 0, 58, 0, 59, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 146, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 143, 0, 0], [0, 0, 0, 0, 0, 426, 426, 258, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 427, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 350, 351, 352, 353, 58, 0, 59, 0, 0, 0, 139, 0, 0, 0, 0], [0, 0, 0, 0, 0, 351, 351, 353, 58, 0, 59, 0, 0, 0, 139, 0, 0, 0, 0], [0, 0, 0, 0, 0, 428, 428, 353, 58, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 429, 428, 428, 353, 58, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 430, 137, 246, 431, 0, 58, 0, 59, 0, 0, 0, 139, 0, 0, 0, 0], [0, 0, 0, 137, 0, 246, 246, 0, 58, 0, 59, 0, 0, 0, 139, 0, 0, 0, 0], [0, 0, 0, 432, 116, 433, 434, 8, 161, 0, 162, 0, 0, 435, 120, 0, 0, 16, 0], [0, 0, 0, 0, 0, 180, 180, 269, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 358, 359, 360, 361, 161, 0, 162, 0, 0, 0, 362, 0, 0, 0, 0], [0, 0, 0, 0, 0, 359, 359, 361, 161, 0, 162, 0, 0, 0, 362, 0, 0, 0, 0], [0, 0, 0, 0, 0, 436, 436, 361, 161, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 437, 436, 436, 361, 161, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 438, 439, 440, 441, 442, 161, 0, 162, 0, 0, 0, 362, 0, 0, 0, 0], [0, 443, 274, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 443, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 444, 116, 445, 445, 8, 161, 0, 162, 0, 0, 0, 120, 0, 0, 16, 0], [0, 0, 0, 0, 225, 44, 44, 8, 161, 0, 0, 0, 0, 367, 225, 0, 0, 0, 0], [0, 0, 0, 364, 116, 365, 445, 8, 161, 0, 162, 0, 0, 367, 120, 0, 0, 16, 0], [0, 0, 0, 364, 116, 445, 445, 8, 161, 0, 162, 0, 0, 0, 120, 0, 0, 16, 0], [0, 0, 0, 0, 0, 0, 0, 0, 161, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 446, 370, 447, 447, 22, 23, 0, 24, 0, 0, 0, 374, 0, 0, 27, 0], [0, 448, 0, 0, 0, 76, 449, 0, 23, 0, 24, 0, 0, 0, 78, 0, 448, 0, 0], [0, 0, 0, 0, 450, 80, 80, 22, 23, 0, 0, 0, 0, 373, 450, 0, 0, 0, 0], [0, 0, 0, 369, 370, 371, 447, 22, 23, 0, 24, 0, 0, 373, 374, 0, 0, 27, 0], [0, 0, 0, 369, 370, 447, 447, 22, 23, 0, 24, 0, 0, 0, 374, 0, 0, 27, 0], [0, 451, 90, 0, 0, 76, 449, 0, 23, 0, 24, 0, 0, 0, 78, 0, 451, 0, 0], [0, 279, 0, 0, 0, 175, 175, 0, 23, 0, 24, 0, 0, 0, 78, 0, 279, 0, 0], [0, 279, 0, 375, 0, 175, 175, 0, 23, 0, 24, 0, 0, 0, 78, 0, 279, 0, 0], [0, 0, 0, 446, 370, 447, 447, 22, 23, 0, 24, 0, 0, 0, 374, 0, 0, 27, 0], [0, 0, 0, 0, 450, 80, 80, 22, 23, 0, 0, 0, 0, 380, 450, 0, 0, 0, 0], [0, 0, 0, 377, 370, 378, 447, 22, 23, 0, 24, 0, 0, 380, 374, 0, 0, 27, 0], [0, 0, 0, 377, 370, 447, 447, 22, 23, 0, 24, 0, 0, 0, 374, 0, 0, 27, 0], [0, 0, 0, 0, 0, 0, 0, 187, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 184, 0, 0], [0, 0, 0, 0, 0, 452, 452, 295, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 453, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 76, 175, 386, 0, 23, 0, 24, 0, 0, 0, 78, 0, 0, 0, 0], [0, 0, 0, 0, 454, 0, 0, 0, 23, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 455, 388, 456, 456, 32, 33, 0, 34, 0, 0, 0, 392, 0, 0, 37, 0], [0, 457, 0, 0, 0, 97, 458, 0, 33, 0, 34, 0, 0, 0, 99, 0, 457, 0, 0], [0, 0, 0, 0, 459, 101, 101, 32, 33, 0, 0, 0, 0, 391, 459, 0, 0, 0, 0], [0, 0, 0, 387, 388, 389, 456, 32, 33, 0, 34, 0, 0, 391, 392, 0, 0, 37, 0], [0, 0, 0, 387, 388, 456, 456, 32, 33, 0, 34, 0, 0, 0, 392, 0, 0, 37, 0], [0, 460, 111, 0, 0, 97, 458, 0, 33, 0, 34, 0, 0, 0, 99, 0, 460, 0, 0], [0, 299, 0, 0, 0, 201, 201, 0, 33, 0, 34, 0, 0, 0, 99, 0, 299, 0, 0], [0, 299, 0, 393, 0, 201, 201, 0, 33, 0, 34, 0, 0, 0, 99, 0, 299, 0, 0], [0, 0, 0, 455, 388, 456, 456, 32, 33, 0, 34, 0, 0, 0, 392, 0, 0, 37, 0], [0, 0, 0, 0, 459, 101, 101, 32, 33, 0, 0, 0, 0, 398, 459, 0, 0, 0, 0], [0, 0, 0, 395, 388, 396, 456, 32, 33, 0, 34, 0, 0, 398, 392, 0, 0, 37, 0], [0, 0, 0, 395, 388, 456, 456, 32, 33, 0, 34, 0, 0, 0, 392, 0, 0, 37, 0], [0, 0, 0, 0, 0, 0, 0, 213, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 210, 0, 0], [0, 0, 0, 0, 0, 461, 461, 315, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 462, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 97, 201, 404, 0, 33, 0, 34, 0, 0, 0, 99, 0, 0, 0, 0], [0, 0, 0, 0, 463, 0, 0, 0, 33, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 318, 406, 406, 8, 9, 0, 10, 0, 0, 0, 322, 0, 0, 16, 0], [0, 0, 0, 0, 409, 44, 44, 8, 9, 0, 0, 0, 0, 0, 409, 0, 0, 0, 0], [0, 0, 0, 464, 465, 466, 467, 8, 9, 0, 10, 0, 0, 468, 469, 0, 0, 16, 0], [0, 407, 0, 470, 0, 123, 123, 8, 9, 0, 10, 0, 0, 0, 42, 0, 407, 0, 0], [0, 407, 0, 0, 0, 121, 471, 0, 9, 0, 10, 0, 0, 0, 42, 0, 407, 0, 0], [0, 0, 0, 472, 465, 473, 474, 8, 9, 0, 10, 0, 0, 475, 469, 0, 0, 16, 0], [0, 0, 0, 0, 0, 0, 0, 239, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 236, 0, 0], [0, 0, 0, 0, 0, 0, 476, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 477, 415, 478, 478, 57, 58, 0, 59, 0, 0, 0, 419, 0, 0, 62, 0], [0, 479, 0, 0, 0, 137, 480, 0, 58, 0, 59, 0, 0, 0, 139, 0, 479, 0, 0], [0, 0, 0, 0, 481, 141, 141, 57, 58, 0, 0, 0, 0, 418, 481, 0, 0, 0, 0], [0, 0, 0, 414, 415, 416, 478, 57, 58, 0, 59, 0, 0, 418, 419, 0, 0, 62, 0], [0, 0, 0, 414, 415, 478, 478, 57, 58, 0, 59, 0, 0, 0, 419, 0, 0, 62, 0], [0, 482, 151, 0, 0, 137, 480, 0, 58, 0, 59, 0, 0, 0, 139, 0, 482, 0, 0], [0, 337, 0, 0, 0, 246, 246, 0, 58, 0, 59, 0, 0, 0, 139, 0, 337, 0, 0], [0, 337, 0, 420, 0, 246, 246, 0, 58, 0, 59, 0, 0, 0, 139, 0, 337, 0, 0], [0, 0, 0, 477, 415, 478, 478, 57, 58, 0, 59, 0, 0, 0, 419, 0, 0, 62, 0], [0, 0, 0, 0, 481, 141, 141, 57, 58, 0, 0, 0, 0, 425, 481, 0, 0, 0, 0], [0, 0, 0, 422, 415, 423, 478, 57, 58, 0, 59, 0, 0, 425, 419, 0, 0, 62, 0], [0, 0, 0, 422, 415, 478, 478, 57, 58, 0, 59, 0, 0, 0, 419, 0, 0, 62, 0], [0, 0, 0, 0, 0, 0, 0, 258, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 255, 0, 0], [0, 0, 0, 0, 0, 483, 483, 353, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 484, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 137, 246, 431, 0, 58, 0, 59, 0, 0, 0, 139, 0, 0, 0, 0], [0, 0, 0, 0, 485, 0, 0, 0, 58, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 444, 116, 445, 445, 8, 161, 0, 162, 0, 0, 0, 120, 0, 0, 16, 0], [0, 0, 0, 0, 225, 44, 44, 8, 161, 0, 0, 0, 0, 435, 225, 0, 0, 0, 0], [0, 0, 0, 432, 116, 433, 445, 8, 161, 0, 162, 0, 0, 435, 120, 0, 0, 16, 0], [0, 0, 0, 432, 116, 445, 445, 8, 161, 0, 162, 0, 0, 0, 120, 0, 0, 16, 0], [0, 0, 0, 0, 0, 486, 486, 361, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 487, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 439, 440, 441, 442, 161, 0, 162, 0, 0, 0, 362, 0, 0, 0, 0], [0, 0, 0, 0, 0, 440, 440, 442, 161, 0, 162, 0, 0, 0, 362, 0, 0, 0, 0], [0, 0, 0, 0, 0, 488, 488, 442, 161, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 489, 488, 488, 442, 161, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 490, 491, 492, 493, 494, 161, 0, 162, 0, 0, 0, 362, 0, 0, 0, 0], [0, 0, 0, 495, 0, 496, 497, 0, 161, 0, 162, 0, 0, 498, 0, 0, 0, 0, 0], [0, 0, 0, 0, 116, 445, 445, 8, 161, 0, 162, 0, 0, 0, 120, 0, 0, 16, 0], [0, 0, 0, 0, 225, 44, 44, 8, 161, 0, 0, 0, 0, 0, 225, 0, 0, 0, 0], [0, 0, 0, 0, 370, 447, 447, 22, 23, 0, 24, 0, 0, 0, 374, 0, 0, 27, 0], [0, 0, 0, 0, 450, 80, 80, 22, 23, 0, 0, 0, 0, 0, 450, 0, 0, 0, 0], [0, 0, 0, 499, 500, 501, 502, 22, 23, 0, 24, 0, 0, 503, 504, 0, 0, 27, 0], [0, 448, 0, 505, 0, 177, 177, 22, 23, 0, 24, 0, 0, 0, 78, 0, 448, 0, 0], [0, 448, 0, 0, 0, 175, 506, 0, 23, 0, 24, 0, 0, 0, 78, 0, 448, 0, 0], [0, 0, 0, 507, 500, 508, 509, 22, 23, 0, 24, 0, 0, 510, 504, 0, 0, 27, 0], [0, 0, 0, 0, 0, 0, 0, 295, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 292, 0, 0], [0, 0, 0, 0, 0, 0, 511, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 388, 456, 456, 32, 33, 0, 34, 0, 0, 0, 392, 0, 0, 37, 0], [0, 0, 0, 0, 459, 101, 101, 32, 33, 0, 0, 0, 0, 0, 459, 0, 0, 0, 0], [0, 0, 0, 512, 513, 514, 515, 32, 33, 0, 34, 0, 0, 516, 517, 0, 0, 37, 0], [0, 457, 0, 518, 0, 203, 203, 32, 33, 0, 34, 0, 0, 0, 99, 0, 457, 0, 0], [0, 457, 0, 0, 0, 201, 519, 0, 33, 0, 34, 0, 0, 0, 99, 0, 457, 0, 0], [0, 0, 0, 520, 513, 521, 522, 32, 33, 0, 34, 0, 0, 523, 517, 0, 0, 37, 0], [0, 0, 0, 0, 0, 0, 0, 315, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 312, 0, 0], [0, 0, 0, 0, 0, 0, 524, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 525, 465, 526, 526, 8, 9, 0, 10, 0, 0, 0, 469, 0, 0, 16, 0], [0, 527, 0, 0, 0, 40, 528, 0, 9, 0, 10, 0, 0, 0, 42, 0, 527, 0, 0], [0, 0, 0, 0, 529, 44, 44, 8, 9, 0, 0, 0, 0, 468, 529, 0, 0, 0, 0], [0, 0, 0, 464, 465, 466, 526, 8, 9, 0, 10, 0, 0, 468, 469, 0, 0, 16, 0], [0, 0, 0, 464, 465, 526, 526, 8, 9, 0, 10, 0, 0, 0, 469, 0, 0, 16, 0], [0, 530, 64, 0, 0, 40, 528, 0, 9, 0, 10, 0, 0, 0, 42, 0, 530, 0, 0], [0, 407, 0, 0, 0, 121, 121, 0, 9, 0, 10, 0, 0, 0, 42, 0, 407, 0, 0], [0, 407, 0, 470, 0, 121, 121, 0, 9, 0, 10, 0, 0, 0, 42, 0, 407, 0, 0], [0, 0, 0, 525, 465, 526, 526, 8, 9, 0, 10, 0, 0, 0, 469, 0, 0, 16, 0], [0, 0, 0, 0, 529, 44, 44, 8, 9, 0, 0, 0, 0, 475, 529, 0, 0, 0, 0], [0, 0, 0, 472, 465, 473, 526, 8, 9, 0, 10, 0, 0, 475, 469, 0, 0, 16, 0], [0, 0, 0, 472, 465, 526, 526, 8, 9, 0, 10, 0, 0, 0, 469, 0, 0, 16, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 40, 0, 0], [0, 0, 0, 0, 415, 478, 478, 57, 58, 0, 59, 0, 0, 0, 419, 0, 0, 62, 0], [0, 0, 0, 0, 481, 141, 141, 57, 58, 0, 0, 0, 0, 0, 481, 0, 0, 0, 0], [0, 0, 0, 531, 532, 533, 534, 57, 58, 0, 59, 0, 0, 535, 536, 0, 0, 62, 0], [0, 479, 0, 537, 0, 248, 248, 57, 58, 0, 59, 0, 0, 0, 139, 0, 479, 0, 0], [0, 479, 0, 0, 0, 246, 538, 0, 58, 0, 59, 0, 0, 0, 139, 0, 479, 0, 0], [0, 0, 0, 539, 532, 540, 541, 57, 58, 0, 59, 0, 0, 542, 536, 0, 0, 62, 0], [0, 0, 0, 0, 0, 0, 0, 353, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 350, 0, 0], [0, 0, 0, 0, 0, 0, 543, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 361, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 358, 0, 0], [0, 0, 0, 0, 0, 544, 544, 442, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 545, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 491, 492, 493, 494, 161, 0, 162, 0, 0, 0, 362, 0, 0, 0, 0], [0, 0, 0, 0, 0, 492, 492, 494, 161, 0, 162, 0, 0, 0, 362, 0, 0, 0, 0], [0, 0, 0, 0, 0, 546, 546, 494, 161, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 547, 546, 546, 494, 161, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 548, 549, 368, 550, 0, 161, 0, 162, 0, 0, 0, 362, 0, 0, 0, 0], [0, 0, 0, 274, 0, 368, 368, 0, 161, 0, 162, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 161, 0, 0, 0, 0, 498, 0, 0, 0, 0, 0], [0, 0, 0, 495, 0, 496, 368, 0, 161, 0, 162, 0, 0, 498, 0, 0, 0, 0, 0], [0, 0, 0, 495, 0, 368, 368, 0, 161, 0, 162, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 551, 500, 552, 552, 22, 23, 0, 24, 0, 0, 0, 504, 0, 0, 27, 0], [0, 553, 0, 0, 0, 76, 554, 0, 23, 0, 24, 0, 0, 0, 78, 0, 553, 0, 0], [0, 0, 0, 0, 555, 80, 80, 22, 23, 0, 0, 0, 0, 503, 555, 0, 0, 0, 0], [0, 0, 0, 499, 500, 501, 552, 22, 23, 0, 24, 0, 0, 503, 504, 0, 0, 27, 0], [0, 0, 0, 499, 500, 552, 552, 22, 23, 0, 24, 0, 0, 0, 504, 0, 0, 27, 0], [0, 556, 90, 0, 0, 76, 554, 0, 23, 0, 24, 0, 0, 0, 78, 0, 556, 0, 0], [0, 448, 0, 0, 0, 175, 175, 0, 23, 0, 24, 0, 0, 0, 78, 0, 448, 0, 0], [0, 448, 0, 505, 0, 175, 175, 0, 23, 0, 24, 0, 0, 0, 78, 0, 448, 0, 0], [0, 0, 0, 551, 500, 552, 552, 22, 23, 0, 24, 0, 0, 0, 504, 0, 0, 27, 0], [0, 0, 0, 0, 555, 80, 80, 22, 23, 0, 0, 0, 0, 510, 555, 0, 0, 0, 0], [0, 0, 0, 507, 500, 508, 552, 22, 23, 0, 24, 0, 0, 510, 504, 0, 0, 27, 0], [0, 0, 0, 507, 500, 552, 552, 22, 23, 0, 24, 0, 0, 0, 504, 0, 0, 27, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 76, 0, 0], [0, 0, 0, 557, 513, 558, 558, 32, 33, 0, 34, 0, 0, 0, 517, 0, 0, 37, 0], [0, 559, 0, 0, 0, 97, 560, 0, 33, 0, 34, 0, 0, 0, 99, 0, 559, 0, 0], [0, 0, 0, 0, 561, 101, 101, 32, 33, 0, 0, 0, 0, 516, 561, 0, 0, 0, 0], [0, 0, 0, 512, 513, 514, 558, 32, 33, 0, 34, 0, 0, 516, 517, 0, 0, 37, 0], [0, 0, 0, 512, 513, 558, 558, 32, 33, 0, 34, 0, 0, 0, 517, 0, 0, 37, 0], [0, 562, 111, 0, 0, 97, 560, 0, 33, 0, 34, 0, 0, 0, 99, 0, 562, 0, 0], [0, 457, 0, 0, 0, 201, 201, 0, 33, 0, 34, 0, 0, 0, 99, 0, 457, 0, 0], [0, 457, 0, 518, 0, 201, 201, 0, 33, 0, 34, 0, 0, 0, 99, 0, 457, 0, 0], [0, 0, 0, 557, 513, 558, 558, 32, 33, 0, 34, 0, 0, 0, 517, 0, 0, 37, 0], [0, 0, 0, 0, 561, 101, 101, 32, 33, 0, 0, 0, 0, 523, 561, 0, 0, 0, 0], [0, 0, 0, 520, 513, 521, 558, 32, 33, 0, 34, 0, 0, 523, 517, 0, 0, 37, 0], [0, 0, 0, 520, 513, 558, 558, 32, 33, 0, 34, 0, 0, 0, 517, 0, 0, 37, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 97, 0, 0], [0, 0, 0, 0, 465, 526, 526, 8, 9, 0, 10, 0, 0, 0, 469, 0, 0, 16, 0], [0, 0, 0, 0, 529, 44, 44, 8, 9, 0, 0, 0, 0, 0, 529, 0, 0, 0, 0], [0, 0, 0, 563, 66, 564, 565, 8, 9, 0, 10, 0, 0, 566, 68, 0, 0, 16, 0], [0, 527, 0, 567, 0, 123, 123, 8, 9, 0, 10, 0, 0, 0, 42, 0, 527, 0, 0], [0, 527, 0, 0, 0, 121, 568, 0, 9, 0, 10, 0, 0, 0, 42, 0, 527, 0, 0], [0, 0, 0, 569, 66, 570, 571, 8, 9, 0, 10, 0, 0, 572, 68, 0, 0, 16, 0], [0, 0, 0, 573, 532, 574, 574, 57, 58, 0, 59, 0, 0, 0, 536, 0, 0, 62, 0], [0, 575, 0, 0, 0, 137, 576, 0, 58, 0, 59, 0, 0, 0, 139, 0, 575, 0, 0], [0, 0, 0, 0, 577, 141, 141, 57, 58, 0, 0, 0, 0, 535, 577, 0, 0, 0, 0], [0, 0, 0, 531, 532, 533, 574, 57, 58, 0, 59, 0, 0, 535, 536, 0, 0, 62, 0], [0, 0, 0, 531, 532, 574, 574, 57, 58, 0, 59, 0, 0, 0, 536, 0, 0, 62, 0], [0, 578, 151, 0, 0, 137, 576, 0, 58, 0, 59, 0, 0, 0, 139, 0, 578, 0, 0], [0, 479, 0, 0, 0, 246, 246, 0, 58, 0, 59, 0, 0, 0, 139, 0, 479, 0, 0], [0, 479, 0, 537, 0, 246, 246, 0, 58, 0, 59, 0, 0, 0, 139, 0, 479, 0, 0], [0, 0, 0, 573, 532, 574, 574, 57, 58, 0, 59, 0, 0, 0, 536, 0, 0, 62, 0], [0, 0, 0, 0, 577, 141, 141, 57, 58, 0, 0, 0, 0, 542, 577, 0, 0, 0, 0], [0, 0, 0, 539, 532, 540, 574, 57, 58, 0, 59, 0, 0, 542, 536, 0, 0, 62, 0], [0, 0, 0, 539, 532, 574, 574, 57, 58, 0, 59, 0, 0, 0, 536, 0, 0, 62, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 137, 0, 0], [0, 0, 0, 0, 0, 0, 0, 442, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 439, 0, 0], [0, 0, 0, 0, 0, 579, 579, 494, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 580, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 549, 368, 550, 0, 161, 0, 162, 0, 0, 0, 362, 0, 0, 0, 0], [0, 0, 0, 0, 0, 368, 368, 0, 161, 0, 162, 0, 0, 0, 362, 0, 0, 0, 0], [0, 0, 0, 0, 581, 0, 0, 0, 161, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 500, 552, 552, 22, 23, 0, 24, 0, 0, 0, 504, 0, 0, 27, 0], [0, 0, 0, 0, 555, 80, 80, 22, 23, 0, 0, 0, 0, 0, 555, 0, 0, 0, 0], [0, 0, 0, 582, 91, 583, 584, 22, 23, 0, 24, 0, 0, 585, 93, 0, 0, 27, 0], [0, 553, 0, 586, 0, 177, 177, 22, 23, 0, 24, 0, 0, 0, 78, 0, 553, 0, 0], [0, 553, 0, 0, 0, 175, 587, 0, 23, 0, 24, 0, 0, 0, 78, 0, 553, 0, 0], [0, 0, 0, 588, 91, 589, 590, 22, 23, 0, 24, 0, 0, 591, 93, 0, 0, 27, 0], [0, 0, 0, 0, 513, 558, 558, 32, 33, 0, 34, 0, 0, 0, 517, 0, 0, 37, 0], [0, 0, 0, 0, 561, 101, 101, 32, 33, 0, 0, 0, 0, 0, 561, 0, 0, 0, 0], [0, 0, 0, 592, 112, 593, 594, 32, 33, 0, 34, 0, 0, 595, 114, 0, 0, 37, 0], [0, 559, 0, 596, 0, 203, 203, 32, 33, 0, 34, 0, 0, 0, 99, 0, 559, 0, 0], [0, 559, 0, 0, 0, 201, 597, 0, 33, 0, 34, 0, 0, 0, 99, 0, 559, 0, 0], [0, 0, 0, 598, 112, 599, 600, 32, 33, 0, 34, 0, 0, 601, 114, 0, 0, 37, 0], [0, 0, 0, 602, 66, 67, 67, 8, 9, 0, 10, 0, 0, 0, 68, 0, 0, 16, 0], [0, 0, 0, 0, 165, 44, 44, 8, 9, 0, 0, 0, 0, 566, 165, 0, 0, 0, 0], [0, 0, 0, 563, 66, 564, 67, 8, 9, 0, 10, 0, 0, 566, 68, 0, 0, 16, 0], [0, 0, 0, 563, 66, 67, 67, 8, 9, 0, 10, 0, 0, 0, 68, 0, 0, 16, 0], [0, 527, 0, 0, 0, 121, 121, 0, 9, 0, 10, 0, 0, 0, 42, 0, 527, 0, 0], [0, 527, 0, 567, 0, 121, 121, 0, 9, 0, 10, 0, 0, 0, 42, 0, 527, 0, 0], [0, 0, 0, 602, 66, 67, 67, 8, 9, 0, 10, 0, 0, 0, 68, 0, 0, 16, 0], [0, 0, 0, 0, 165, 44, 44, 8, 9, 0, 0, 0, 0, 572, 165, 0, 0, 0, 0], [0, 0, 0, 569, 66, 570, 67, 8, 9, 0, 10, 0, 0, 572, 68, 0, 0, 16, 0], [0, 0, 0, 569, 66, 67, 67, 8, 9, 0, 10, 0, 0, 0, 68, 0, 0, 16, 0], [0, 0, 0, 0, 532, 574, 574, 57, 58, 0, 59, 0, 0, 0, 536, 0, 0, 62, 0], [0, 0, 0, 0, 577, 141, 141, 57, 58, 0, 0, 0, 0, 0, 577, 0, 0, 0, 0], [0, 0, 0, 603, 152, 604, 605, 57, 58, 0, 59, 0, 0, 606, 154, 0, 0, 62, 0], [0, 575, 0, 607, 0, 248, 248, 57, 58, 0, 59, 0, 0, 0, 139, 0, 575, 0, 0], [0, 575, 0, 0, 0, 246, 608, 0, 58, 0, 59, 0, 0, 0, 139, 0, 575, 0, 0], [0, 0, 0, 609, 152, 610, 611, 57, 58, 0, 59, 0, 0, 612, 154, 0, 0, 62, 0], [0, 0, 0, 0, 0, 0, 0, 494, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 491, 0, 0], [0, 0, 0, 0, 0, 0, 613, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 614, 91, 92, 92, 22, 23, 0, 24, 0, 0, 0, 93, 0, 0, 27, 0], [0, 0, 0, 0, 194, 80, 80, 22, 23, 0, 0, 0, 0, 585, 194, 0, 0, 0, 0], [0, 0, 0, 582, 91, 583, 92, 22, 23, 0, 24, 0, 0, 585, 93, 0, 0, 27, 0], [0, 0, 0, 582, 91, 92, 92, 22, 23, 0, 24, 0, 0, 0, 93, 0, 0, 27, 0], [0, 553, 0, 0, 0, 175, 175, 0, 23, 0, 24, 0, 0, 0, 78, 0, 553, 0, 0], [0, 553, 0, 586, 0, 175, 175, 0, 23, 0, 24, 0, 0, 0, 78, 0, 553, 0, 0], [0, 0, 0, 614, 91, 92, 92, 22, 23, 0, 24, 0, 0, 0, 93, 0, 0, 27, 0], [0, 0, 0, 0, 194, 80, 80, 22, 23, 0, 0, 0, 0, 591, 194, 0, 0, 0, 0], [0, 0, 0, 588, 91, 589, 92, 22, 23, 0, 24, 0, 0, 591, 93, 0, 0, 27, 0], [0, 0, 0, 588, 91, 92, 92, 22, 23, 0, 24, 0, 0, 0, 93, 0, 0, 27, 0], [0, 0, 0, 615, 112, 113, 113, 32, 33, 0, 34, 0, 0, 0, 114, 0, 0, 37, 0], [0, 0, 0, 0, 220, 101, 101, 32, 33, 0, 0, 0, 0, 595, 220, 0, 0, 0, 0], [0, 0, 0, 592, 112, 593, 113, 32, 33, 0, 34, 0, 0, 595, 114, 0, 0, 37, 0], [0, 0, 0, 592, 112, 113, 113, 32, 33, 0, 34, 0, 0, 0, 114, 0, 0, 37, 0], [0, 559, 0, 0, 0, 201, 201, 0, 33, 0, 34, 0, 0, 0, 99, 0, 559, 0, 0], [0, 559, 0, 596, 0, 201, 201, 0, 33, 0, 34, 0, 0, 0, 99, 0, 559, 0, 0], [0, 0, 0, 615, 112, 113, 113, 32, 33, 0, 34, 0, 0, 0, 114, 0, 0, 37, 0], [0, 0, 0, 0, 220, 101, 101, 32, 33, 0, 0, 0, 0, 601, 220, 0, 0, 0, 0], [0, 0, 0, 598, 112, 599, 113, 32, 33, 0, 34, 0, 0, 601, 114, 0, 0, 37, 0], [0, 0, 0, 598, 112, 113, 113, 32, 33, 0, 34, 0, 0, 0, 114, 0, 0, 37, 0], [0, 0, 0, 0, 66, 67, 67, 8, 9, 0, 10, 0, 0, 0, 68, 0, 0, 16, 0], [0, 0, 0, 616, 152, 153, 153, 57, 58, 0, 59, 0, 0, 0, 154, 0, 0, 62, 0], [0, 0, 0, 0, 265, 141, 141, 57, 58, 0, 0, 0, 0, 606, 265, 0, 0, 0, 0], [0, 0, 0, 603, 152, 604, 153, 57, 58, 0, 59, 0, 0, 606, 154, 0, 0, 62, 0], [0, 0, 0, 603, 152, 153, 153, 57, 58, 0, 59, 0, 0, 0, 154, 0, 0, 62, 0], [0, 575, 0, 0, 0, 246, 246, 0, 58, 0, 59, 0, 0, 0, 139, 0, 575, 0, 0], [0, 575, 0, 607, 0, 246, 246, 0, 58, 0, 59, 0, 0, 0, 139, 0, 575, 0, 0], [0, 0, 0, 616, 152, 153, 153, 57, 58, 0, 59, 0, 0, 0, 154, 0, 0, 62, 0], [0, 0, 0, 0, 265, 141, 141, 57, 58, 0, 0, 0, 0, 612, 265, 0, 0, 0, 0], [0, 0, 0, 609, 152, 610, 153, 57, 58, 0, 59, 0, 0, 612, 154, 0, 0, 62, 0], [0, 0, 0, 609, 152, 153, 153, 57, 58, 0, 59, 0, 0, 0, 154, 0, 0, 62, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 549, 0, 0], [0, 0, 0, 0, 91, 92, 92, 22, 23, 0, 24, 0, 0, 0, 93, 0, 0, 27, 0], [0, 0, 0, 0, 112, 113, 113, 32, 33, 0, 34, 0, 0, 0, 114, 0, 0, 37, 0], [0, 0, 0, 0, 152, 153, 153, 57, 58, 0, 59, 0, 0, 0, 154, 0, 0, 62, 0]], accepting: [false, true, true, true, true, true, false, false, true, true, true, true, true, true, true, true, true, true, true, true, false, true, true, true, true, true, true, true, true, true, false, true, true, true, true, true, true, true, true, true, true, true, false, true, false, true, true, false, false, true, true, true, true, true, true, false, false, true, true, true, true, true, true, true, true, true, true, false, true, true, false, true, true, true, false, true, true, true, false, true, false, true, true, false, false, true, true, true, true, true, true, true, false, true, true, false, true, true, true, false, true, false, true, true, false, false, true, true, true, true, true, true, true, false, true, true, true, false, true, true, true, false, true, false, true, true, false, false, false, true, true, false, false, true, true, true, true, true, true, false, true, false, true, true, false, false, true, true, true, true, true, true, true, false, true, true, false, true, true, true, true, true, true, true, true, true, true, true, true, true, true, false, true, true, true, false, true, false, true, true, false, false, false, true, true, false, false, true, true, true, false, true, true, true, true, true, true, false, true, true, true, false, true, false, true, true, false, false, false, true, true, false, false, true, true, true, false, true, true, true, true, true, false, true, true, true, true, true, false, true, true, false, false, false, false, true, true, false, false, true, true, true, false, true, true, true, false, true, false, true, true, false, false, false, true, true, false, false, true, true, true, false, true, true, true, true, false, true, false, true, true, true, true, true, true, true, true, true, false, true, true, true, true, true, false, true, true, false, false, false, false, true, true, false, false, true, true, true, false, true, true, true, true, true, false, true, true, false, false, false, false, true, true, false, false, true, true, true, true, false, true, true, true, true, true, true, false, true, true, false, false, false, false, true, false, true, false, true, true, true, true, true, false, true, true, false, false, false, false, true, true, false, false, true, true, true, false, true, true, false, false, true, false, true, true, false, true, true, false, true, true, false, true, true, true, true, true, true, false, true, true, false, false, false, false, true, false, true, true, false, true, true, true, true, true, true, false, true, true, false, false, false, false, true, false, true, false, true, true, true, true, false, false, false, true, true, false, true, true, true, true, true, true, false, true, true, false, false, false, false, true, false, true, false, true, true, false, false, true, true, false, false, true, true, true, false, true, false, true, true, true, true, false, false, false, true, false, true, true, true, true, false, false, false, true, true, false, true, true, true, true, true, true, false, true, true, false, true, false, true, true, true, true, false, false, false, false, false, false, false, true, true, false, false, true, true, false, true, true, true, true, false, true, true, true, true, true, true, false, true, true, false, true, true, false, true, true, true, true, true, true, false, true, true, false, true, false, true, true, true, true, true, true, false, true, true, true, true, true, true, false, true, true, false, false, false, false, false, true, true, false, true, false, true, true, true, true, true, false, true, true, true, true, true, false, true, true, true, true, true, false, true, true, true, false, true, true, true, true, false, false, false, true, false, true, true, true, true, true, false, true, true, true, false, true, true, true, true, true, false, true, true, true, true, false, true, true, true, true, true, false, true, true, false, true, true, true], tags: [[], ["broken_cluster"], ["consonant_syllable"], ["vowel_syllable"], ["broken_cluster"], ["broken_cluster"], [], [], ["broken_cluster"], ["broken_cluster"], ["broken_cluster"], ["standalone_cluster"], ["broken_cluster"], ["broken_cluster"], ["broken_cluster"], ["consonant_syllable"], ["broken_cluster"], ["symbol_cluster"], ["consonant_syllable"], ["consonant_syllable"], [], ["consonant_syllable"], ["consonant_syllable"], ["consonant_syllable"], ["consonant_syllable"], ["consonant_syllable"], ["consonant_syllable"], ["consonant_syllable"], ["vowel_syllable"], ["vowel_syllable"], [], ["vowel_syllable"], ["vowel_syllable"], ["vowel_syllable"], ["vowel_syllable"], ["vowel_syllable"], ["vowel_syllable"], ["vowel_syllable"], ["broken_cluster"], ["broken_cluster"], ["broken_cluster"], ["broken_cluster"], [], ["broken_cluster"], [], ["broken_cluster"], ["broken_cluster"], [], [], ["broken_cluster"], ["broken_cluster"], ["broken_cluster"], ["broken_cluster"], ["standalone_cluster"], ["standalone_cluster"], [], [], ["standalone_cluster"], ["standalone_cluster"], ["standalone_cluster"], ["standalone_cluster"], ["standalone_cluster"], ["standalone_cluster"], ["broken_cluster"], ["broken_cluster"], ["consonant_syllable", "broken_cluster"], ["broken_cluster"], [], ["broken_cluster"], ["symbol_cluster"], [], ["symbol_cluster"], ["symbol_cluster"], ["consonant_syllable"], [], ["consonant_syllable"], ["consonant_syllable"], ["consonant_syllable"], [], ["consonant_syllable"], [], ["consonant_syllable"], ["consonant_syllable"], [], [], ["consonant_syllable"], ["consonant_syllable"], ["consonant_syllable"], ["consonant_syllable"], ["consonant_syllable"], ["consonant_syllable"], ["consonant_syllable"], [], ["consonant_syllable"], ["vowel_syllable"], [], ["vowel_syllable"], ["vowel_syllable"], ["vowel_syllable"], [], ["vowel_syllable"], [], ["vowel_syllable"], ["vowel_syllable"], [], [], ["vowel_syllable"], ["vowel_syllable"], ["vowel_syllable"], ["vowel_syllable"], ["vowel_syllable"], ["vowel_syllable"], ["vowel_syllable"], [], ["vowel_syllable"], ["broken_cluster"], ["broken_cluster"], [], ["broken_cluster"], ["broken_cluster"], ["broken_cluster"], [], ["broken_cluster"], [], ["broken_cluster"], ["broken_cluster"], [], [], [], ["broken_cluster"], ["broken_cluster"], [], [], ["broken_cluster"], ["broken_cluster"], ["standalone_cluster"], ["standalone_cluster"], ["standalone_cluster"], ["standalone_cluster"], [], ["standalone_cluster"], [], ["standalone_cluster"], ["standalone_cluster"], [], [], ["standalone_cluster"], ["standalone_cluster"], ["standalone_cluster"], ["standalone_cluster"], ["standalone_cluster"], ["standalone_cluster"], ["standalone_cluster"], [], ["standalone_cluster"], ["broken_cluster"], [], ["broken_cluster"], ["broken_cluster"], ["consonant_syllable"], ["consonant_syllable"], ["consonant_syllable", "broken_cluster"], ["consonant_syllable", "broken_cluster"], ["broken_cluster"], ["broken_cluster"], ["broken_cluster"], ["symbol_cluster"], ["symbol_cluster"], ["symbol_cluster"], ["consonant_syllable"], ["consonant_syllable"], [], ["consonant_syllable"], ["consonant_syllable"], ["consonant_syllable"], [], ["consonant_syllable"], [], ["consonant_syllable"], ["consonant_syllable"], [], [], [], ["consonant_syllable"], ["consonant_syllable"], [], [], ["consonant_syllable"], ["consonant_syllable"], ["consonant_syllable"], [], ["consonant_syllable"], ["consonant_syllable"], ["consonant_syllable"], ["consonant_syllable"], ["vowel_syllable"], ["vowel_syllable"], [], ["vowel_syllable"], ["vowel_syllable"], ["vowel_syllable"], [], ["vowel_syllable"], [], ["vowel_syllable"], ["vowel_syllable"], [], [], [], ["vowel_syllable"], ["vowel_syllable"], [], [], ["vowel_syllable"], ["vowel_syllable"], ["vowel_syllable"], [], ["vowel_syllable"], ["vowel_syllable"], ["vowel_syllable"], ["vowel_syllable"], ["broken_cluster"], [], ["broken_cluster"], ["broken_cluster"], ["broken_cluster"], ["broken_cluster"], ["broken_cluster"], [], ["broken_cluster"], ["broken_cluster"], [], [], [], [], ["broken_cluster"], ["broken_cluster"], [], [], ["broken_cluster"], ["standalone_cluster"], ["standalone_cluster"], [], ["standalone_cluster"], ["standalone_cluster"], ["standalone_cluster"], [], ["standalone_cluster"], [], ["standalone_cluster"], ["standalone_cluster"], [], [], [], ["standalone_cluster"], ["standalone_cluster"], [], [], ["standalone_cluster"], ["standalone_cluster"], ["standalone_cluster"], [], ["standalone_cluster"], ["standalone_cluster"], ["standalone_cluster"], ["standalone_cluster"], [], ["broken_cluster"], [], ["consonant_syllable", "broken_cluster"], ["consonant_syllable", "broken_cluster"], ["consonant_syllable", "broken_cluster"], ["consonant_syllable", "broken_cluster"], ["consonant_syllable", "broken_cluster"], ["consonant_syllable", "broken_cluster"], ["broken_cluster"], ["symbol_cluster"], ["consonant_syllable"], [], ["consonant_syllable"], ["consonant_syllable"], ["consonant_syllable"], ["consonant_syllable"], ["consonant_syllable"], [], ["consonant_syllable"], ["consonant_syllable"], [], [], [], [], ["consonant_syllable"], ["consonant_syllable"], [], [], ["consonant_syllable"], ["consonant_syllable"], ["vowel_syllable"], [], ["vowel_syllable"], ["vowel_syllable"], ["vowel_syllable"], ["vowel_syllable"], ["vowel_syllable"], [], ["vowel_syllable"], ["vowel_syllable"], [], [], [], [], ["vowel_syllable"], ["vowel_syllable"], [], [], ["vowel_syllable"], ["vowel_syllable"], ["broken_cluster"], ["broken_cluster"], [], ["broken_cluster"], ["broken_cluster"], ["broken_cluster"], ["broken_cluster"], ["broken_cluster"], ["broken_cluster"], [], ["broken_cluster"], ["broken_cluster"], [], [], [], [], ["broken_cluster"], [], ["standalone_cluster"], [], ["standalone_cluster"], ["standalone_cluster"], ["standalone_cluster"], ["standalone_cluster"], ["standalone_cluster"], [], ["standalone_cluster"], ["standalone_cluster"], [], [], [], [], ["standalone_cluster"], ["standalone_cluster"], [], [], ["standalone_cluster"], ["standalone_cluster"], ["consonant_syllable", "broken_cluster"], [], ["consonant_syllable", "broken_cluster"], ["consonant_syllable", "broken_cluster"], [], [], ["consonant_syllable", "broken_cluster"], [], ["consonant_syllable", "broken_cluster"], ["consonant_syllable", "broken_cluster"], [], ["consonant_syllable", "broken_cluster"], ["consonant_syllable", "broken_cluster"], [], ["consonant_syllable"], ["consonant_syllable"], [], ["consonant_syllable"], ["consonant_syllable"], ["consonant_syllable"], ["consonant_syllable"], ["consonant_syllable"], ["consonant_syllable"], [], ["consonant_syllable"], ["consonant_syllable"], [], [], [], [], ["consonant_syllable"], [], ["vowel_syllable"], ["vowel_syllable"], [], ["vowel_syllable"], ["vowel_syllable"], ["vowel_syllable"], ["vowel_syllable"], ["vowel_syllable"], ["vowel_syllable"], [], ["vowel_syllable"], ["vowel_syllable"], [], [], [], [], ["vowel_syllable"], [], ["broken_cluster"], [], ["broken_cluster"], ["broken_cluster"], ["broken_cluster"], ["broken_cluster"], [], [], [], ["standalone_cluster"], ["standalone_cluster"], [], ["standalone_cluster"], ["standalone_cluster"], ["standalone_cluster"], ["standalone_cluster"], ["standalone_cluster"], ["standalone_cluster"], [], ["standalone_cluster"], ["standalone_cluster"], [], [], [], [], ["standalone_cluster"], [], ["consonant_syllable", "broken_cluster"], [], ["consonant_syllable", "broken_cluster"], ["consonant_syllable", "broken_cluster"], [], [], ["consonant_syllable", "broken_cluster"], ["consonant_syllable", "broken_cluster"], [], [], ["consonant_syllable", "broken_cluster"], ["consonant_syllable", "broken_cluster"], ["consonant_syllable", "broken_cluster"], [], ["consonant_syllable"], [], ["consonant_syllable"], ["consonant_syllable"], ["consonant_syllable"], ["consonant_syllable"], [], [], [], ["vowel_syllable"], [], ["vowel_syllable"], ["vowel_syllable"], ["vowel_syllable"], ["vowel_syllable"], [], [], [], ["broken_cluster"], ["broken_cluster"], [], ["broken_cluster"], ["broken_cluster"], ["broken_cluster"], ["broken_cluster"], ["broken_cluster"], ["broken_cluster"], [], ["broken_cluster"], ["broken_cluster"], [], ["standalone_cluster"], [], ["standalone_cluster"], ["standalone_cluster"], ["standalone_cluster"], ["standalone_cluster"], [], [], [], [], [], [], [], ["consonant_syllable", "broken_cluster"], ["consonant_syllable", "broken_cluster"], [], [], ["consonant_syllable", "broken_cluster"], ["consonant_syllable", "broken_cluster"], [], ["consonant_syllable", "broken_cluster"], ["consonant_syllable", "broken_cluster"], ["consonant_syllable"], ["consonant_syllable"], [], ["consonant_syllable"], ["consonant_syllable"], ["consonant_syllable"], ["consonant_syllable"], ["consonant_syllable"], ["consonant_syllable"], [], ["consonant_syllable"], ["consonant_syllable"], [], ["vowel_syllable"], ["vowel_syllable"], [], ["vowel_syllable"], ["vowel_syllable"], ["vowel_syllable"], ["vowel_syllable"], ["vowel_syllable"], ["vowel_syllable"], [], ["vowel_syllable"], ["vowel_syllable"], [], ["broken_cluster"], [], ["broken_cluster"], ["broken_cluster"], ["broken_cluster"], ["broken_cluster"], ["standalone_cluster"], ["standalone_cluster"], [], ["standalone_cluster"], ["standalone_cluster"], ["standalone_cluster"], ["standalone_cluster"], ["standalone_cluster"], ["standalone_cluster"], [], ["standalone_cluster"], ["standalone_cluster"], [], [], [], [], [], ["consonant_syllable", "broken_cluster"], ["consonant_syllable", "broken_cluster"], [], ["consonant_syllable"], [], ["consonant_syllable"], ["consonant_syllable"], ["consonant_syllable"], ["consonant_syllable"], ["vowel_syllable"], [], ["vowel_syllable"], ["vowel_syllable"], ["vowel_syllable"], ["vowel_syllable"], ["broken_cluster"], [], ["broken_cluster"], ["broken_cluster"], ["broken_cluster"], ["broken_cluster"], ["broken_cluster"], [], ["broken_cluster"], ["broken_cluster"], ["standalone_cluster"], [], ["standalone_cluster"], ["standalone_cluster"], ["standalone_cluster"], ["standalone_cluster"], [], [], [], ["consonant_syllable"], [], ["consonant_syllable"], ["consonant_syllable"], ["consonant_syllable"], ["consonant_syllable"], ["consonant_syllable"], [], ["consonant_syllable"], ["consonant_syllable"], ["vowel_syllable"], [], ["vowel_syllable"], ["vowel_syllable"], ["vowel_syllable"], ["vowel_syllable"], ["vowel_syllable"], [], ["vowel_syllable"], ["vowel_syllable"], ["broken_cluster"], ["standalone_cluster"], [], ["standalone_cluster"], ["standalone_cluster"], ["standalone_cluster"], ["standalone_cluster"], ["standalone_cluster"], [], ["standalone_cluster"], ["standalone_cluster"], [], ["consonant_syllable"], ["vowel_syllable"], ["standalone_cluster"]] };

  // src/opentype/shapers/use.json
  var use_default = { categories: ["O", "IND", "S", "GB", "B", "FM", "CGJ", "VMAbv", "VMPst", "VAbv", "VPst", "CMBlw", "VPre", "VBlw", "H", "VMBlw", "CMAbv", "MBlw", "CS", "R", "SUB", "MPst", "MPre", "FAbv", "FPst", "FBlw", "null", "SMAbv", "SMBlw", "VMPre", "ZWNJ", "ZWJ", "WJ", "M", "VS", "N", "HN", "MAbv"], decompositions: { "2507": [2503, 2494], "2508": [2503, 2519], "2888": [2887, 2902], "2891": [2887, 2878], "2892": [2887, 2903], "3018": [3014, 3006], "3019": [3015, 3006], "3020": [3014, 3031], "3144": [3142, 3158], "3264": [3263, 3285], "3271": [3270, 3285], "3272": [3270, 3286], "3274": [3270, 3266], "3275": [3270, 3266, 3285], "3402": [3398, 3390], "3403": [3399, 3390], "3404": [3398, 3415], "3546": [3545, 3530], "3548": [3545, 3535], "3549": [3545, 3535, 3530], "3550": [3545, 3551], "3635": [3661, 3634], "3763": [3789, 3762], "3955": [3953, 3954], "3957": [3953, 3956], "3958": [4018, 3968], "3959": [4018, 3953, 3968], "3960": [4019, 3968], "3961": [4019, 3953, 3968], "3969": [3953, 3968], "6971": [6970, 6965], "6973": [6972, 6965], "6976": [6974, 6965], "6977": [6975, 6965], "6979": [6978, 6965], "69934": [69937, 69927], "69935": [69938, 69927], "70475": [70471, 70462], "70476": [70471, 70487], "70843": [70841, 70842], "70844": [70841, 70832], "70846": [70841, 70845], "71098": [71096, 71087], "71099": [71097, 71087] }, stateTable: [[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [2, 2, 3, 4, 4, 5, 0, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 0, 17, 18, 11, 19, 20, 21, 22, 0, 0, 0, 23, 0, 0, 2, 0, 0, 24, 0, 25], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 26, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 27, 28, 0, 0, 0, 0, 0, 27, 0, 0, 0], [0, 0, 0, 0, 0, 29, 0, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 0, 0, 41, 35, 42, 43, 44, 45, 0, 0, 0, 46, 0, 0, 0, 0, 39, 0, 0, 47], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 5, 0, 6, 7, 0, 0, 0, 0, 0, 0, 14, 0, 0, 0, 0, 0, 0, 0, 20, 21, 22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 5, 0, 0, 7, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, 21, 22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 5, 0, 6, 7, 8, 9, 0, 0, 12, 0, 14, 0, 0, 0, 0, 0, 0, 0, 20, 21, 22, 0, 0, 0, 23, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 5, 0, 6, 7, 0, 9, 0, 0, 0, 0, 14, 0, 0, 0, 0, 0, 0, 0, 20, 21, 22, 0, 0, 0, 23, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 5, 0, 6, 7, 8, 9, 10, 11, 12, 13, 14, 0, 16, 0, 0, 18, 11, 19, 20, 21, 22, 0, 0, 0, 23, 0, 0, 0, 0, 0, 0, 0, 25], [0, 0, 0, 0, 0, 5, 0, 6, 7, 8, 9, 0, 11, 12, 0, 14, 0, 0, 0, 0, 0, 0, 0, 20, 21, 22, 0, 0, 0, 23, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 5, 0, 6, 7, 0, 9, 0, 0, 12, 0, 14, 0, 0, 0, 0, 0, 0, 0, 20, 21, 22, 0, 0, 0, 23, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 18, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 5, 0, 0, 7, 0, 0, 0, 0, 0, 0, 14, 0, 0, 0, 0, 0, 0, 0, 20, 21, 22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 5, 0, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 0, 0, 18, 11, 19, 20, 21, 22, 0, 0, 0, 23, 0, 0, 0, 0, 0, 0, 0, 25], [0, 0, 0, 0, 0, 5, 0, 6, 7, 8, 9, 0, 11, 12, 0, 14, 0, 0, 0, 0, 0, 11, 0, 20, 21, 22, 0, 0, 0, 23, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 4, 4, 5, 0, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 0, 0, 18, 11, 19, 20, 21, 22, 0, 0, 0, 23, 0, 0, 0, 0, 0, 0, 0, 25], [0, 0, 0, 0, 0, 5, 0, 6, 7, 8, 9, 48, 11, 12, 13, 14, 48, 16, 0, 0, 18, 11, 19, 20, 21, 22, 0, 0, 0, 23, 0, 0, 0, 0, 49, 0, 0, 25], [0, 0, 0, 0, 0, 5, 0, 6, 7, 8, 9, 0, 11, 12, 0, 14, 0, 16, 0, 0, 0, 11, 0, 20, 21, 22, 0, 0, 0, 23, 0, 0, 0, 0, 0, 0, 0, 25], [0, 0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, 21, 22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 21, 22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 5, 0, 6, 7, 0, 0, 0, 0, 0, 0, 14, 0, 0, 0, 0, 0, 0, 0, 20, 21, 22, 0, 0, 0, 23, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 50, 0, 51, 0], [0, 0, 0, 0, 0, 5, 0, 6, 7, 8, 9, 0, 11, 12, 0, 14, 0, 16, 0, 0, 0, 11, 0, 20, 21, 22, 0, 0, 0, 23, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 27, 28, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 28, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 29, 0, 30, 31, 0, 0, 0, 0, 0, 0, 38, 0, 0, 0, 0, 0, 0, 0, 43, 44, 45, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 29, 0, 0, 31, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 43, 44, 45, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 29, 0, 30, 31, 32, 33, 0, 0, 36, 0, 38, 0, 0, 0, 0, 0, 0, 0, 43, 44, 45, 0, 0, 0, 46, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 29, 0, 30, 31, 0, 33, 0, 0, 0, 0, 38, 0, 0, 0, 0, 0, 0, 0, 43, 44, 45, 0, 0, 0, 46, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 29, 0, 30, 31, 32, 33, 34, 35, 36, 37, 38, 0, 40, 0, 0, 41, 35, 42, 43, 44, 45, 0, 0, 0, 46, 0, 0, 0, 0, 0, 0, 0, 47], [0, 0, 0, 0, 0, 29, 0, 30, 31, 32, 33, 0, 35, 36, 0, 38, 0, 0, 0, 0, 0, 0, 0, 43, 44, 45, 0, 0, 0, 46, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 29, 0, 30, 31, 0, 33, 0, 0, 36, 0, 38, 0, 0, 0, 0, 0, 0, 0, 43, 44, 45, 0, 0, 0, 46, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 41, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 29, 0, 0, 31, 0, 0, 0, 0, 0, 0, 38, 0, 0, 0, 0, 0, 0, 0, 43, 44, 45, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 29, 0, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 0, 0, 41, 35, 42, 43, 44, 45, 0, 0, 0, 46, 0, 0, 0, 0, 0, 0, 0, 47], [0, 0, 0, 0, 0, 29, 0, 30, 31, 32, 33, 0, 35, 36, 0, 38, 0, 0, 0, 0, 0, 35, 0, 43, 44, 45, 0, 0, 0, 46, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 29, 0, 30, 31, 32, 33, 52, 35, 36, 37, 38, 52, 40, 0, 0, 41, 35, 42, 43, 44, 45, 0, 0, 0, 46, 0, 0, 0, 0, 53, 0, 0, 47], [0, 0, 0, 0, 0, 29, 0, 30, 31, 32, 33, 0, 35, 36, 0, 38, 0, 40, 0, 0, 0, 35, 0, 43, 44, 45, 0, 0, 0, 46, 0, 0, 0, 0, 0, 0, 0, 47], [0, 0, 0, 0, 0, 29, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 43, 44, 45, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 29, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 44, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 29, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 44, 45, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 29, 0, 30, 31, 0, 0, 0, 0, 0, 0, 38, 0, 0, 0, 0, 0, 0, 0, 43, 44, 45, 0, 0, 0, 46, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 29, 0, 30, 31, 32, 33, 0, 35, 36, 0, 38, 0, 40, 0, 0, 0, 35, 0, 43, 44, 45, 0, 0, 0, 46, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 5, 0, 6, 7, 8, 9, 48, 11, 12, 13, 14, 0, 16, 0, 0, 18, 11, 19, 20, 21, 22, 0, 0, 0, 23, 0, 0, 0, 0, 0, 0, 0, 25], [0, 0, 0, 0, 0, 5, 0, 6, 7, 8, 9, 48, 11, 12, 13, 14, 48, 16, 0, 0, 18, 11, 19, 20, 21, 22, 0, 0, 0, 23, 0, 0, 0, 0, 0, 0, 0, 25], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 51, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 54, 0, 0], [0, 0, 0, 0, 0, 29, 0, 30, 31, 32, 33, 52, 35, 36, 37, 38, 0, 40, 0, 0, 41, 35, 42, 43, 44, 45, 0, 0, 0, 46, 0, 0, 0, 0, 0, 0, 0, 47], [0, 0, 0, 0, 0, 29, 0, 30, 31, 32, 33, 52, 35, 36, 37, 38, 52, 40, 0, 0, 41, 35, 42, 43, 44, 45, 0, 0, 0, 46, 0, 0, 0, 0, 0, 0, 0, 47], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 50, 0, 51, 0]], accepting: [false, true, true, true, true, true, true, true, true, true, true, true, true, false, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true], tags: [[], ["broken_cluster"], ["independent_cluster"], ["symbol_cluster"], ["standard_cluster"], ["broken_cluster"], ["broken_cluster"], ["broken_cluster"], ["broken_cluster"], ["broken_cluster"], ["broken_cluster"], ["broken_cluster"], ["broken_cluster"], [], ["broken_cluster"], ["broken_cluster"], ["broken_cluster"], ["broken_cluster"], ["broken_cluster"], ["broken_cluster"], ["broken_cluster"], ["broken_cluster"], ["broken_cluster"], ["broken_cluster"], ["numeral_cluster"], ["broken_cluster"], ["independent_cluster"], ["symbol_cluster"], ["symbol_cluster"], ["standard_cluster"], ["standard_cluster"], ["standard_cluster"], ["standard_cluster"], ["standard_cluster"], ["standard_cluster"], ["standard_cluster"], ["standard_cluster"], ["virama_terminated_cluster"], ["standard_cluster"], ["standard_cluster"], ["standard_cluster"], ["standard_cluster"], ["standard_cluster"], ["standard_cluster"], ["standard_cluster"], ["standard_cluster"], ["standard_cluster"], ["standard_cluster"], ["broken_cluster"], ["broken_cluster"], ["numeral_cluster"], ["number_joiner_terminated_cluster"], ["standard_cluster"], ["standard_cluster"], ["numeral_cluster"]] };

  // src/opentype/shapers/indic-data.js
  var CATEGORIES = {
    X: 1 << 0,
    C: 1 << 1,
    V: 1 << 2,
    N: 1 << 3,
    H: 1 << 4,
    ZWNJ: 1 << 5,
    ZWJ: 1 << 6,
    M: 1 << 7,
    SM: 1 << 8,
    VD: 1 << 9,
    A: 1 << 10,
    Placeholder: 1 << 11,
    Dotted_Circle: 1 << 12,
    RS: 1 << 13,
    // Register Shifter, used in Khmer OT spec.
    Coeng: 1 << 14,
    // Khmer-style Virama.
    Repha: 1 << 15,
    // Atomically-encoded logical or visual repha.
    Ra: 1 << 16,
    CM: 1 << 17,
    // Consonant-Medial.
    Symbol: 1 << 18
    // Avagraha, etc that take marks (SM,A,VD).
  };
  var POSITIONS = {
    Start: 1 << 0,
    Ra_To_Become_Reph: 1 << 1,
    Pre_M: 1 << 2,
    Pre_C: 1 << 3,
    Base_C: 1 << 4,
    After_Main: 1 << 5,
    Above_C: 1 << 6,
    Before_Sub: 1 << 7,
    Below_C: 1 << 8,
    After_Sub: 1 << 9,
    Before_Post: 1 << 10,
    Post_C: 1 << 11,
    After_Post: 1 << 12,
    Final_C: 1 << 13,
    SMVD: 1 << 14,
    End: 1 << 15
  };
  var CONSONANT_FLAGS = CATEGORIES.C | CATEGORIES.Ra | CATEGORIES.CM | CATEGORIES.V | CATEGORIES.Placeholder | CATEGORIES.Dotted_Circle;
  var JOINER_FLAGS = CATEGORIES.ZWJ | CATEGORIES.ZWNJ;
  var HALANT_OR_COENG_FLAGS = CATEGORIES.H | CATEGORIES.Coeng;
  var INDIC_CONFIGS = {
    Default: {
      hasOldSpec: false,
      virama: 0,
      basePos: "Last",
      rephPos: POSITIONS.Before_Post,
      rephMode: "Implicit",
      blwfMode: "Pre_And_Post"
    },
    Devanagari: {
      hasOldSpec: true,
      virama: 2381,
      basePos: "Last",
      rephPos: POSITIONS.Before_Post,
      rephMode: "Implicit",
      blwfMode: "Pre_And_Post"
    },
    Bengali: {
      hasOldSpec: true,
      virama: 2509,
      basePos: "Last",
      rephPos: POSITIONS.After_Sub,
      rephMode: "Implicit",
      blwfMode: "Pre_And_Post"
    },
    Gurmukhi: {
      hasOldSpec: true,
      virama: 2637,
      basePos: "Last",
      rephPos: POSITIONS.Before_Sub,
      rephMode: "Implicit",
      blwfMode: "Pre_And_Post"
    },
    Gujarati: {
      hasOldSpec: true,
      virama: 2765,
      basePos: "Last",
      rephPos: POSITIONS.Before_Post,
      rephMode: "Implicit",
      blwfMode: "Pre_And_Post"
    },
    Oriya: {
      hasOldSpec: true,
      virama: 2893,
      basePos: "Last",
      rephPos: POSITIONS.After_Main,
      rephMode: "Implicit",
      blwfMode: "Pre_And_Post"
    },
    Tamil: {
      hasOldSpec: true,
      virama: 3021,
      basePos: "Last",
      rephPos: POSITIONS.After_Post,
      rephMode: "Implicit",
      blwfMode: "Pre_And_Post"
    },
    Telugu: {
      hasOldSpec: true,
      virama: 3149,
      basePos: "Last",
      rephPos: POSITIONS.After_Post,
      rephMode: "Explicit",
      blwfMode: "Post_Only"
    },
    Kannada: {
      hasOldSpec: true,
      virama: 3277,
      basePos: "Last",
      rephPos: POSITIONS.After_Post,
      rephMode: "Implicit",
      blwfMode: "Post_Only"
    },
    Malayalam: {
      hasOldSpec: true,
      virama: 3405,
      basePos: "Last",
      rephPos: POSITIONS.After_Main,
      rephMode: "Log_Repha",
      blwfMode: "Pre_And_Post"
    },
    // Handled by UniversalShaper
    // Sinhala: {
    //   hasOldSpec: false,
    //   virama: 0x0DCA,
    //   basePos: 'Last_Sinhala',
    //   rephPos: POSITIONS.After_Main,
    //   rephMode: 'Explicit',
    //   blwfMode: 'Pre_And_Post'
    // },
    Khmer: {
      hasOldSpec: false,
      virama: 6098,
      basePos: "First",
      rephPos: POSITIONS.Ra_To_Become_Reph,
      rephMode: "Vis_Repha",
      blwfMode: "Pre_And_Post"
    }
  };
  var INDIC_DECOMPOSITIONS = {
    // Khmer
    6078: [6081, 6078],
    6079: [6081, 6079],
    6080: [6081, 6080],
    6084: [6081, 6084],
    6085: [6081, 6085]
  };

  // src/opentype/shapers/indic.trie
  var indic_default2 = "AAARAAAAAABg2AAA7Z1/7FZVHccfFBADRVOXzkxLnWtSTHMRSCLGbNCWUVtCZRHFJJtpNZLBSAwrQks0ybbQPxL/AusPsFpIg1gGaQ4qnbQyox80p9HKSZZG78/lfJ4+3/Ocn/ecc+/zxPPZXjv3x7nnx+fzOefcc+55vt+zR3c6F4DJYAq4ClwNPgQ+Dt4M3pohXAiuA58ByyKeWw5WgdVgLfgGuA9sAJvAFvCw4/mbwM3gx+Bn4BHwOHgSPA2o/n8GfwUvghngP2DsmCP3TkR4KngtOA9MAheDaeAKMAe8B8wDC8Bi8CnwOfB58CVwO7gbrAcbwCawBWwFO8FusBfsA78HB8BBcAgcBmPGdjongNPAWeA8MAlcAqaDmWA2oLLPRTgPLFDnixHeCJaCFeBWcBv4urr/LYT3g41gM9gKqN47VRjKbhV/L8Kfgn3q/AkV3gV+h+PHxDMHIvMIgfLg44M4PgQOg+OO63QmgteAs8EFYDKYQuciPoUz1LWfg3fi+CpwNfgIIH1di/AGFecmde1mhF8GdwDyJ9ItcQ/O14MNYCPYDLaqZ3aq8FGEv1Tp7UNY6Qrhn0TZTDzvuS91/ALiPqqufQ+8jPPR4zqdCYDjnoLjM9X5u8C54h5zoeFaKhcjTWp7Mc9MK1CO0lyGMs8ylPtZcKch/hwVl9viXJzPBx9VyLiXKn/7hLg+zVEW8u1Pi7hfUyH1szLeUsSh/leWdZl67gsITeVmXPeGDBlSD2q7bZdhyJAhQ4YMGTJkyOBBc8a2y6DzBzXX/UrE/H665fpUxzN3Iv27wXqwAWwCW8DDYAfYBfaAp8Az4ACgtaWDCP8B/g2OPb7TGQ9OBmeA1wNaz3kjwovAVDATLFJ1oTVLzn82rs8Fbet7yJAhQ44maN1yPvret+GY1+nbom1dDBkyJA9XindW+s5J7XsB+pnF4EbtXW+pdu6DvsdROEPl8XawEmnw99TVOL5DS3Mdzvm7joS+y9yLew/0wfvnyycdYfrJ0BH4AY59rEa8XZa4z+H6Oa/GN3CwFuwB8v5vcH/cKZ3O6WAeWPmqTmc76IzvdC4HKymkayrcr0LJGyZ0Ot8cdYSFOP420OPsx7VjTvjf+RU4vgXsAKNOxLwA3AI4nVzsUGm+hHDqxCPHs1TILMM5lemHKhwyZMiQIc3zr5b74NzjTwzTMB63nX/b87+2uRU8iPfAh4A+H6V9Pttwfbt4T3wEx48Deh+l/WR6erz/7kk1v6bjpylt7Dej9PartJ415EdQmn/HvRfF87xu+op6Jnb+THumaM8EvTPrz49BGxgHTgL8bnw6juneOQgvAJPVOec3hc7Ve/gMHF8J3q2er66p8P3q2ocR0r6vRQg/CT6rpUcsV9foeLJKe5V6fo2I74LKbtIP6Y/nIxLSy11I+x5wH7gfbATfBd8H28BPwGPgV+DXYD84AA6CQ+AwGI13ZE5zAo5PBWeCc8GF4CIwFcwU8ZhtKMNsXJ+r7s1HeA1YZIjL8a/HvSXqPp2vwPEXwVfBj3C+DuG96v4DCB+0pEVQ/Ie0+2yTawz+VuWJ+DvAbrAXPAF+C2jt/48InwP0PO0n9dnsBcR9CYzCfGEsGA9OBnz/DByfBc4HbwJvAVw3H5eKdEx+8Q7cb3q+p/vhiDmuozyXBdS3Dm3Pf4n3OezUFLnqQnt528qf2hv1gR8U+qRx6mPCr67F8fWA98uW0iONdabrS1RZlosykm+37YNt4vpOmwMaT9tuX6n+z2P7KvjNmsh+ux++c8TUfy3qtw6U6vNj9c/7bW+33Kd3Nz5eb+jL5T58eucyvRfwffptBoX0u6YNSGuTsvVmhN8BWyNs/3zA72suL/A7iu0o464+GNNC2YOyPuUoL9XpGdyX40qoT8m5Q79is+NfVH35/G8N2PSfyr9fEXnRNwzTXJOhNjIG6+ongNPAWeB8QPcmqdBXf/m7Jmqva8AleJbaPu9JIviY5hr07HTEmQWoj52D0NT+S45tvn7rvSiTvCb7IuqHaO8U153mmRTSfPEDQm+0RsDPLFTpXYfwNi0/SvsGXF8SoPN+oi37lIbGmv/n+kmov7Dd4989Hq38ouX8ab1w0Nu4a/wZBFZo40CMfkrNlQfJ/oMM+e7rRo+qwOemgYPWl+VxCG2XuV852qVt/WfzTfX3LAairH0Mi+++Lx7HlWHucratq0GrR4jN+glTeQep/K462aTNstQtc1vl73efaFMnTftOqLRd7kG1f4602tC/LHds/iWkVB0HpS4nYg1UMvqYDGDvYDawBzEk3vF41yfGHYt64DcNdHyMuhbLOKwH8LOVjrDuX6F0JON6y6Z0wvFZ77Hz9Nq6RhrSviQ++7HYzmNtWD3rsC/fl2JKg4TtO0HZl0Ldfix0n2ChuATZV8/PJBRXl546afbtxgu0L/t3THulUOYVat+eumjXS9tXj6sfk5B9WfdsX8ZkH3ld2lcKtV2X2OrjfCbQvt1+VaVdtWX8xipmDIhtv2xT63lD9tXTIDG1Xx32bW5TbGOTfVPHUtaJ7kux/bPPv7pjCBgLHTAkxw1I/+yKyyLtOyagf6Y4LLb2axJO26TrEeVM7J+r9uron0OF++3Q/lm/ro/5rjrr10zx9GvW64HvX7rItmzqv3ls5vFZtv+xge1bT9MlJb6LmER/n676/pS+ukB7Dk2jWye0Z/r70DqyTcnr+rm0p0nkc7YydO2odCKfibGvS+rMl5zv5n1gX1tcFu6vQ+wrz/k4xL7yOZt0y5rBvhNhFKKO6PbtsVUD9nUS2H4J1juPxzZIfP1xpVOL3RiKS3FsSJ3IvEv0z662I+0cYt9QbHrJQVCahrm0L00WUxu2rY/wPQ55rcS03mKT2P5arp/ESm5b1IXn7aHoQs/LdsqwXiiUcwuiav9qzapqFxnmNbpPusaYUu0gJO1YfVfreZibEywmfcv3Ul3f2DLc7Vfq+LmpDiWhohLWfjR0HSvCr6S/Ukh60/MlldD0ONQfSqJLnTVluXZM4zH5CWHMU/lgCFX9I+KXgNuDC7n2bZpH1fFdk7Tdx1cEvi/YfMU0jpLvVO/qNOfA3y6SfVUXyjtmXUP083Ktw1SHnn7S5bM4pzjjUV6C4/CzfF0i0/LmFQLKoevSlC9BeqVnqnIE6o+fle8lPl+1+ay8nqNPN6UTkr4sS53nU/MvXb866TaBlNJ51L1fqr661Jk3m/p913t07vxNyPxD6l0q/1jJoX+S2vk3NUaHrKNkWBNg27vWX3TkXKO7BqPG/uoYv1Uh+LopDXpHqEKVvw1eG+rqP3EdNbUPaKr/zpF/7vITlX6bagOGdhwzR5bzZBa+Xn33cMwZXGscJn0GzzFz6qTG2l/seNejvxo2k2KbT8i1It/eKJfd+L3XWv6ItQCjnQv6t6nuWfK3+QXfN+ixmvub5tFqbheLbV2Q2mHPGpWYt0gdVLavYbs69reJ/PbCY17t8beAD+m689lDvz5e7T0Lbc+x67UxkA/S2h+vRZmIHQeD7VZyLDOMMyZbUFsbsXZCBOqb3puMeVr6hlC/8Y2PuvS8P1h04fJJV38v1y15b55rrKvT/mV5U9+ffONtybRJ5D4vii/Pg4FvjcBwjfVF9+Qxo+s4V/1j9FS1MY8e696X8Vyh65kU+5dIOzS/0DxqlQX/T38iOn4+zzHW1ClHt94Bc1gj9BxTUl+irDls79ur7JOUsucovyvtEhJbptH4Ozg562j128KUyidVxy5J9YumdFq3DG3fz62LujpySdP+WNo/UvXTT/4bk0cJ34iVkPLK79dy/kn73fS5UjVnbWD9acQc1KPDVNsXnWe78M336Zptzmyawyr7xPpctt+1FlyriFnno9/GyP1lNkmZj9vms0noc1qFq93GrEc27s8GaH2E6dajcP/hWscJWT/SfSZo7dWml8w6d62ZybWsEd8naK+6xad8/WdKe3HZm/v5oHon+DtJ4/1XhJ/q64+m7x8+SdmjWD0fad+efilRNz1pWNZV6B59Z6M2oO+Py20b27dB/Trv0+WwtLje50LqaqqTKU3eU5n63pnrvktq217qLbQ/8LQp33hEdeI9knXbX6juU96d6xIroWmULrc+5tmuy/u24ybLmipt5Jta3ybsnfJ8SH3b8BebLn16LXHfp59QPYVKXX8q6W+paYeUP/b5EL2V8sUc+dVJw1TnNiW3TlPzb6rMpWyfq6yhkppeCb3EpB8jOdqKrxwu25byH1sd2/DfGPvk9OOUPFJ13oS+Q/TTVr5N5u/Lk+a99Lel5P47CuXfqZLC8brfGUxrco7zUrDQWg2vSffUnfY/JszFQ21W9/lU/wiRQW5XJesTo7NYSbVZ3bRz5ZGafwkb1K1rajoj/hYWIhJ994014htad63b8x1Jl+DvNgl9rU+qfekRf3euhN5D/u4yfcOW30hT26iM3+/tzmmfBvw/5FuQdT1f/TaJpO7vUmS+IdJkP6H7ZIhk+dvpBe0b+zfQ6fu5a18Gwb8F6fqFtFdNv5A6z9WX1ulTc9mqSqvA+ER+Rjbi/Rk2PfI+clf5uYymstYtf53nXW2t7TYUA/9Oyjv+ad9ER9Q30afr/v1KGa9H95ltL+/b4pLwvJX/n4MNFvn32Uhkn8bi8jWbTeS+KNaJnrdr79sI+3ju+6SE39YZJ3gfIsN28r0Xxfg324rHHO7v2hxnQ3Rluz9CX+odWNeZ1/6J/UOpurPo9011zjlH7vEvzeZ6+ZqaP5p0QPXn96W6c52S+2dyzMW85Y8cT0PHVOrj+e+4ldRfk/VPpZtnwJ4tX7uO1Z9r/ldqbDL1Mz3lj3wXKvF+GaJvV93kmCHfd5oQ2af6KO3fpjGmuxZp2itsmXd2rwfsAY2pv0kH1nErcj/ziLqi3CPmfpb3sDYk5L2sdHsLHbtJfO9sqbrNvZ5Rt1+NGTNi99n79gzb3hFT/UmfwzbtR1J0f+JjOV/ie1X7hRFZfzn8J1Z/Rt0V0p9NhyZ9SZ1xP+fUT64yQoe23w64JNc8po7kyDO1LCXyjylPXf3mGiNT7Z3qD7l1ncNvc6VVqnxNpR8iqWnFlqcfbZ+jvL74TYupTC6b1dFZyLO5bR5bvhgbhZY59L6UUjpKkRL2SpUmfCk2L5euckuqzkvoJDXtGH2lppn6XA7J4aOperTVTbdnrM5s1/S0TWWwXTOFpjxd5Q9Jz/S8r36h9XfppK5uc/lGSD4l84+RHOmklr9E/XPotglblM431b6p5UmtR1vtIjX/ED+PzccXt0S5fXm79FVHctgzp/1T5b8=";

  // src/opentype/shapers/IndicShaper.js
  var useDataTyped = (
    /** @type {UseDataPartial} */
    use_default
  );
  var { decompositions } = useDataTyped;
  var trie3 = new unicode_trie_default(decodeBase64(indic_default2));
  var stateMachine = new import_dfa.default(
    /** @type {StateMachineDefinition} */
    indic_default
  );
  var IndicShaper = class extends DefaultShaper {
    /**
     * @param {ShapingPlanLike} plan
     */
    static planFeatures(plan) {
      plan.addStage(setupSyllables);
      plan.addStage(["locl", "ccmp"]);
      plan.addStage(initialReordering);
      plan.addStage("nukt");
      plan.addStage("akhn");
      plan.addStage("rphf", false);
      plan.addStage("rkrf");
      plan.addStage("pref", false);
      plan.addStage("blwf", false);
      plan.addStage("abvf", false);
      plan.addStage("half", false);
      plan.addStage("pstf", false);
      plan.addStage("vatu");
      plan.addStage("cjct");
      plan.addStage("cfar", false);
      plan.addStage(finalReordering);
      plan.addStage({
        local: ["init"],
        global: ["pres", "abvs", "blws", "psts", "haln", "dist", "abvm", "blwm", "calt", "clig"]
      });
      let scriptTag = Array.isArray(plan.script) ? plan.script[0] : plan.script;
      plan.unicodeScript = scriptTag != null ? fromOpenType(scriptTag) : void 0;
      let configs = INDIC_CONFIGS;
      plan.indicConfig = plan.unicodeScript && configs[plan.unicodeScript] || configs.Default;
      let scriptKey = Array.isArray(plan.script) ? plan.script[plan.script.length - 1] : plan.script;
      plan.isOldSpec = !!(plan.indicConfig.hasOldSpec && scriptKey != null && scriptKey[scriptKey.length - 1] !== "2");
    }
    /**
     * @param {ShapingPlanLike} plan
     * @param {GlyphInfoLike[]} glyphs
     */
    static assignFeatures(plan, glyphs) {
      for (let i = glyphs.length - 1; i >= 0; i--) {
        let codepoint = glyphs[i].codePoints[0];
        let d = (
          /** @type {Record<number, number[]>} */
          INDIC_DECOMPOSITIONS[codepoint] || decompositions[String(codepoint)]
        );
        if (d) {
          let decomposed = [];
          for (let c of d) {
            let g = plan.font.glyphForCodePoint(c);
            if (g) {
              decomposed.push(new GlyphInfo(plan.font, g.id, [c], glyphs[i].features));
            }
          }
          glyphs.splice(i, 1, ...decomposed);
        }
      }
    }
  };
  IndicShaper.zeroMarkWidths = "NONE";
  function indicCategory(glyph2) {
    return trie3.get(glyph2.codePoints[0]) >> 8;
  }
  function indicPosition(glyph2) {
    return 1 << (trie3.get(glyph2.codePoints[0]) & 255);
  }
  var IndicInfo = class {
    /**
     * @param {number} category
     * @param {number} position
     * @param {string} syllableType
     * @param {number} syllable
     */
    constructor(category, position, syllableType, syllable) {
      this.category = category;
      this.position = position;
      this.syllableType = syllableType;
      this.syllable = syllable;
    }
  };
  function isIndicShaperInfo(info) {
    return info != null && typeof info.category === "number";
  }
  function indicInfo(glyph2) {
    let info = glyph2.shaperInfo;
    if (!isIndicShaperInfo(info)) {
      throw new Error("Expected Indic shaperInfo");
    }
    return info;
  }
  function setupSyllables(font, glyphs) {
    let syllable = 0;
    let last = 0;
    for (let [start, end, tags] of stateMachine.match(glyphs.map(indicCategory))) {
      if (start > last) {
        ++syllable;
        for (let i = last; i < start; i++) {
          glyphs[i].shaperInfo = new IndicInfo(CATEGORIES.X, POSITIONS.End, "non_indic_cluster", syllable);
        }
      }
      ++syllable;
      for (let i = start; i <= end; i++) {
        glyphs[i].shaperInfo = new IndicInfo(
          1 << indicCategory(glyphs[i]),
          indicPosition(glyphs[i]),
          tags[0],
          syllable
        );
      }
      last = end + 1;
    }
    if (last < glyphs.length) {
      ++syllable;
      for (let i = last; i < glyphs.length; i++) {
        glyphs[i].shaperInfo = new IndicInfo(CATEGORIES.X, POSITIONS.End, "non_indic_cluster", syllable);
      }
    }
  }
  function isConsonant(glyph2) {
    return indicInfo(glyph2).category & CONSONANT_FLAGS;
  }
  function isJoiner(glyph2) {
    return indicInfo(glyph2).category & JOINER_FLAGS;
  }
  function isHalantOrCoeng(glyph2) {
    return indicInfo(glyph2).category & HALANT_OR_COENG_FLAGS;
  }
  function wouldSubstitute(glyphs, feature2) {
    for (let glyph2 of glyphs) {
      glyph2.features = { [feature2]: true };
    }
    let engine = glyphs[0]._font._layoutEngine.engine;
    if (!engine?.GSUBProcessor) {
      return false;
    }
    engine.GSUBProcessor.applyFeatures([feature2], glyphs);
    return glyphs.length === 1;
  }
  function consonantPosition(font, consonant, virama) {
    let glyphs = [virama, consonant, virama];
    if (wouldSubstitute(glyphs.slice(0, 2), "blwf") || wouldSubstitute(glyphs.slice(1, 3), "blwf")) {
      return POSITIONS.Below_C;
    } else if (wouldSubstitute(glyphs.slice(0, 2), "pstf") || wouldSubstitute(glyphs.slice(1, 3), "pstf")) {
      return POSITIONS.Post_C;
    } else if (wouldSubstitute(glyphs.slice(0, 2), "pref") || wouldSubstitute(glyphs.slice(1, 3), "pref")) {
      return POSITIONS.Post_C;
    }
    return POSITIONS.Base_C;
  }
  function initialReordering(font, glyphsArg, plan) {
    const glyphs = (
      /** @type {IndicGlyphInfo[]} */
      glyphsArg
    );
    let indicConfig = (
      /** @type {IndicConfig} */
      plan.indicConfig
    );
    let engine = font._layoutEngine.engine;
    let features2 = engine?.GSUBProcessor ? engine.GSUBProcessor.features : {};
    let dottedCircleGlyph = font.glyphForCodePoint(9676);
    let dottedCircle = dottedCircleGlyph ? dottedCircleGlyph.id : 0;
    let viramaGlyph = font.glyphForCodePoint(indicConfig.virama);
    let virama = viramaGlyph ? viramaGlyph.id : 0;
    if (virama) {
      let info = new GlyphInfo(font, virama, [indicConfig.virama]);
      for (let i = 0; i < glyphs.length; i++) {
        if (glyphs[i].shaperInfo.position === POSITIONS.Base_C) {
          glyphs[i].shaperInfo.position = consonantPosition(font, glyphs[i].copy(), info);
        }
      }
    }
    for (let start = 0, end = nextSyllable(glyphs, 0); start < glyphs.length; start = end, end = nextSyllable(glyphs, start)) {
      let { syllableType } = glyphs[start].shaperInfo;
      if (syllableType === "symbol_cluster" || syllableType === "non_indic_cluster") {
        continue;
      }
      if (syllableType === "broken_cluster" && dottedCircle) {
        let g = (
          /** @type {IndicGlyphInfo} */
          new GlyphInfo(font, dottedCircle, [9676])
        );
        g.shaperInfo = new IndicInfo(
          1 << indicCategory(g),
          indicPosition(g),
          glyphs[start].shaperInfo.syllableType,
          glyphs[start].shaperInfo.syllable
        );
        let i = start;
        while (i < end && glyphs[i].shaperInfo.category === CATEGORIES.Repha) {
          i++;
        }
        glyphs.splice(i, 0, g);
        end++;
      }
      let base = end;
      let limit = start;
      let hasReph = false;
      if (indicConfig.rephPos !== POSITIONS.Ra_To_Become_Reph && features2.rphf && start + 3 <= end && (indicConfig.rephMode === "Implicit" && !isJoiner(glyphs[start + 2]) || indicConfig.rephMode === "Explicit" && glyphs[start + 2].shaperInfo.category === CATEGORIES.ZWJ)) {
        let g = [glyphs[start].copy(), glyphs[start + 1].copy(), glyphs[start + 2].copy()];
        if (wouldSubstitute(g.slice(0, 2), "rphf") || indicConfig.rephMode === "Explicit" && wouldSubstitute(g, "rphf")) {
          limit += 2;
          while (limit < end && isJoiner(glyphs[limit])) {
            limit++;
          }
          base = start;
          hasReph = true;
        }
      } else if (indicConfig.rephMode === "Log_Repha" && glyphs[start].shaperInfo.category === CATEGORIES.Repha) {
        limit++;
        while (limit < end && isJoiner(glyphs[limit])) {
          limit++;
        }
        base = start;
        hasReph = true;
      }
      switch (indicConfig.basePos) {
        case "Last": {
          let i = end;
          let seenBelow = false;
          do {
            let info = glyphs[--i].shaperInfo;
            if (isConsonant(glyphs[i])) {
              if (info.position !== POSITIONS.Below_C && (info.position !== POSITIONS.Post_C || seenBelow)) {
                base = i;
                break;
              }
              if (info.position === POSITIONS.Below_C) {
                seenBelow = true;
              }
              base = i;
            } else if (start < i && info.category === CATEGORIES.ZWJ && glyphs[i - 1].shaperInfo.category === CATEGORIES.H) {
              break;
            }
          } while (i > limit);
          break;
        }
        case "First": {
          base = start;
          for (let i = base + 1; i < end; i++) {
            if (isConsonant(glyphs[i])) {
              glyphs[i].shaperInfo.position = POSITIONS.Below_C;
            }
          }
        }
      }
      if (hasReph && base === start && limit - base <= 2) {
        hasReph = false;
      }
      for (let i = start; i < base; i++) {
        let info = glyphs[i].shaperInfo;
        info.position = Math.min(POSITIONS.Pre_C, info.position);
      }
      if (base < end) {
        glyphs[base].shaperInfo.position = POSITIONS.Base_C;
      }
      for (let i = base + 1; i < end; i++) {
        if (glyphs[i].shaperInfo.category === CATEGORIES.M) {
          for (let j = i + 1; j < end; j++) {
            if (isConsonant(glyphs[j])) {
              glyphs[j].shaperInfo.position = POSITIONS.Final_C;
              break;
            }
          }
          break;
        }
      }
      if (hasReph) {
        glyphs[start].shaperInfo.position = POSITIONS.Ra_To_Become_Reph;
      }
      if (plan.isOldSpec) {
        let disallowDoubleHalants = plan.unicodeScript !== "Malayalam";
        for (let i = base + 1; i < end; i++) {
          if (glyphs[i].shaperInfo.category === CATEGORIES.H) {
            let j;
            for (j = end - 1; j > i; j--) {
              if (isConsonant(glyphs[j]) || disallowDoubleHalants && glyphs[j].shaperInfo.category === CATEGORIES.H) {
                break;
              }
            }
            if (glyphs[j].shaperInfo.category !== CATEGORIES.H && j > i) {
              let t = glyphs[i];
              glyphs.splice(i, 0, ...glyphs.splice(i + 1, j - i));
              glyphs[j] = t;
            }
            break;
          }
        }
      }
      let lastPos = POSITIONS.Start;
      for (let i = start; i < end; i++) {
        let info = glyphs[i].shaperInfo;
        if (info.category & (JOINER_FLAGS | CATEGORIES.N | CATEGORIES.RS | CATEGORIES.CM | HALANT_OR_COENG_FLAGS & info.category)) {
          info.position = lastPos;
          if (info.category === CATEGORIES.H && info.position === POSITIONS.Pre_M) {
            for (let j = i; j > start; j--) {
              if (glyphs[j - 1].shaperInfo.position !== POSITIONS.Pre_M) {
                info.position = glyphs[j - 1].shaperInfo.position;
                break;
              }
            }
          }
        } else if (info.position !== POSITIONS.SMVD) {
          lastPos = info.position;
        }
      }
      let last = base;
      for (let i = base + 1; i < end; i++) {
        if (isConsonant(glyphs[i])) {
          for (let j = last + 1; j < i; j++) {
            if (glyphs[j].shaperInfo.position < POSITIONS.SMVD) {
              glyphs[j].shaperInfo.position = glyphs[i].shaperInfo.position;
            }
          }
          last = i;
        } else if (glyphs[i].shaperInfo.category === CATEGORIES.M) {
          last = i;
        }
      }
      let arr = glyphs.slice(start, end);
      arr.sort((a, b) => a.shaperInfo.position - b.shaperInfo.position);
      glyphs.splice(start, arr.length, ...arr);
      for (let i = start; i < end; i++) {
        if (glyphs[i].shaperInfo.position === POSITIONS.Base_C) {
          base = i;
          break;
        }
      }
      for (let i = start; i < end && glyphs[i].shaperInfo.position === POSITIONS.Ra_To_Become_Reph; i++) {
        glyphs[i].features.rphf = true;
      }
      let blwf = !plan.isOldSpec && indicConfig.blwfMode === "Pre_And_Post";
      for (let i = start; i < base; i++) {
        glyphs[i].features.half = true;
        if (blwf) {
          glyphs[i].features.blwf = true;
        }
      }
      for (let i = base + 1; i < end; i++) {
        glyphs[i].features.abvf = true;
        glyphs[i].features.pstf = true;
        glyphs[i].features.blwf = true;
      }
      if (plan.isOldSpec && plan.unicodeScript === "Devanagari") {
        for (let i = start; i + 1 < base; i++) {
          if (glyphs[i].shaperInfo.category === CATEGORIES.Ra && glyphs[i + 1].shaperInfo.category === CATEGORIES.H && (i + 1 === base || glyphs[i + 2].shaperInfo.category === CATEGORIES.ZWJ)) {
            glyphs[i].features.blwf = true;
            glyphs[i + 1].features.blwf = true;
          }
        }
      }
      let prefLen = 2;
      if (features2.pref && base + prefLen < end) {
        for (let i = base + 1; i + prefLen - 1 < end; i++) {
          let g = [glyphs[i].copy(), glyphs[i + 1].copy()];
          if (wouldSubstitute(g, "pref")) {
            for (let j = 0; j < prefLen; j++) {
              glyphs[i++].features.pref = true;
            }
            if (features2.cfar) {
              for (; i < end; i++) {
                glyphs[i].features.cfar = true;
              }
            }
            break;
          }
        }
      }
      for (let i = start + 1; i < end; i++) {
        if (isJoiner(glyphs[i])) {
          let nonJoiner = glyphs[i].shaperInfo.category === CATEGORIES.ZWNJ;
          let j = i;
          do {
            j--;
            if (nonJoiner) {
              delete glyphs[j].features.half;
            }
          } while (j > start && !isConsonant(glyphs[j]));
        }
      }
    }
  }
  function finalReordering(font, glyphsArg, plan) {
    const glyphs = (
      /** @type {IndicGlyphInfo[]} */
      glyphsArg
    );
    let indicConfig = (
      /** @type {IndicConfig} */
      plan.indicConfig
    );
    let engine = font._layoutEngine.engine;
    let features2 = engine?.GSUBProcessor ? engine.GSUBProcessor.features : {};
    for (let start = 0, end = nextSyllable(glyphs, 0); start < glyphs.length; start = end, end = nextSyllable(glyphs, start)) {
      let tryPref = !!features2.pref;
      let base = start;
      for (; base < end; base++) {
        if (glyphs[base].shaperInfo.position >= POSITIONS.Base_C) {
          if (tryPref && base + 1 < end) {
            for (let i = base + 1; i < end; i++) {
              if (glyphs[i].features.pref) {
                if (!(glyphs[i].substituted && glyphs[i].isLigated && !glyphs[i].isMultiplied)) {
                  base = i;
                  while (base < end && isHalantOrCoeng(glyphs[base])) {
                    base++;
                  }
                  glyphs[base].shaperInfo.position = POSITIONS.Base_C;
                  tryPref = false;
                }
                break;
              }
            }
          }
          if (plan.unicodeScript === "Malayalam") {
            for (let i = base + 1; i < end; i++) {
              while (i < end && isJoiner(glyphs[i])) {
                i++;
              }
              if (i === end || !isHalantOrCoeng(glyphs[i])) {
                break;
              }
              i++;
              while (i < end && isJoiner(glyphs[i])) {
                i++;
              }
              if (i < end && isConsonant(glyphs[i]) && glyphs[i].shaperInfo.position === POSITIONS.Below_C) {
                base = i;
                glyphs[base].shaperInfo.position = POSITIONS.Base_C;
              }
            }
          }
          if (start < base && glyphs[base].shaperInfo.position > POSITIONS.Base_C) {
            base--;
          }
          break;
        }
      }
      if (base === end && start < base && glyphs[base - 1].shaperInfo.category === CATEGORIES.ZWJ) {
        base--;
      }
      if (base < end) {
        while (start < base && glyphs[base].shaperInfo.category & (CATEGORIES.N | HALANT_OR_COENG_FLAGS)) {
          base--;
        }
      }
      if (start + 1 < end && start < base) {
        let newPos = base === end ? base - 2 : base - 1;
        if (plan.unicodeScript !== "Malayalam" && plan.unicodeScript !== "Tamil") {
          while (newPos > start && !(glyphs[newPos].shaperInfo.category & (CATEGORIES.M | HALANT_OR_COENG_FLAGS))) {
            newPos--;
          }
          if (isHalantOrCoeng(glyphs[newPos]) && glyphs[newPos].shaperInfo.position !== POSITIONS.Pre_M) {
            if (newPos + 1 < end && isJoiner(glyphs[newPos + 1])) {
              newPos++;
            }
          } else {
            newPos = start;
          }
        }
        if (start < newPos && glyphs[newPos].shaperInfo.position !== POSITIONS.Pre_M) {
          for (let i = newPos; i > start; i--) {
            if (glyphs[i - 1].shaperInfo.position === POSITIONS.Pre_M) {
              let oldPos = i - 1;
              if (oldPos < base && base <= newPos) {
                base--;
              }
              let tmp = glyphs[oldPos];
              glyphs.splice(oldPos, 0, ...glyphs.splice(oldPos + 1, newPos - oldPos));
              glyphs[newPos] = tmp;
              newPos--;
            }
          }
        }
      }
      if (start + 1 < end && glyphs[start].shaperInfo.position === POSITIONS.Ra_To_Become_Reph && glyphs[start].shaperInfo.category === CATEGORIES.Repha !== (glyphs[start].isLigated && !glyphs[start].isMultiplied)) {
        let newRephPos = end - 1;
        let rephPos = indicConfig.rephPos;
        let found = false;
        if (rephPos !== POSITIONS.After_Post) {
          newRephPos = start + 1;
          while (newRephPos < base && !isHalantOrCoeng(glyphs[newRephPos])) {
            newRephPos++;
          }
          if (newRephPos < base && isHalantOrCoeng(glyphs[newRephPos])) {
            if (newRephPos + 1 < base && isJoiner(glyphs[newRephPos + 1])) {
              newRephPos++;
            }
            found = true;
          }
          if (!found && rephPos === POSITIONS.After_Main) {
            newRephPos = base;
            while (newRephPos + 1 < end && glyphs[newRephPos + 1].shaperInfo.position <= POSITIONS.After_Main) {
              newRephPos++;
            }
            found = newRephPos < end;
          }
          if (!found && rephPos === POSITIONS.After_Sub) {
            newRephPos = base;
            while (newRephPos + 1 < end && !(glyphs[newRephPos + 1].shaperInfo.position & (POSITIONS.Post_C | POSITIONS.After_Post | POSITIONS.SMVD))) {
              newRephPos++;
            }
            found = newRephPos < end;
          }
        }
        if (!found) {
          newRephPos = start + 1;
          while (newRephPos < base && !isHalantOrCoeng(glyphs[newRephPos])) {
            newRephPos++;
          }
          if (newRephPos < base && isHalantOrCoeng(glyphs[newRephPos])) {
            if (newRephPos + 1 < base && isJoiner(glyphs[newRephPos + 1])) {
              newRephPos++;
            }
            found = true;
          }
        }
        if (!found) {
          newRephPos = end - 1;
          while (newRephPos > start && glyphs[newRephPos].shaperInfo.position === POSITIONS.SMVD) {
            newRephPos--;
          }
          if (isHalantOrCoeng(glyphs[newRephPos])) {
            for (let i = base + 1; i < newRephPos; i++) {
              if (glyphs[i].shaperInfo.category === CATEGORIES.M) {
                newRephPos--;
              }
            }
          }
        }
        let reph = glyphs[start];
        glyphs.splice(start, 0, ...glyphs.splice(start + 1, newRephPos - start));
        glyphs[newRephPos] = reph;
        if (start < base && base <= newRephPos) {
          base--;
        }
      }
      if (tryPref && base + 1 < end) {
        for (let i = base + 1; i < end; i++) {
          if (glyphs[i].features.pref) {
            if (glyphs[i].isLigated && !glyphs[i].isMultiplied) {
              let newPos = base;
              if (plan.unicodeScript !== "Malayalam" && plan.unicodeScript !== "Tamil") {
                while (newPos > start && !(glyphs[newPos - 1].shaperInfo.category & (CATEGORIES.M | HALANT_OR_COENG_FLAGS))) {
                  newPos--;
                }
                if (newPos > start && glyphs[newPos - 1].shaperInfo.category === CATEGORIES.M) {
                  let oldPos2 = i;
                  for (let j = base + 1; j < oldPos2; j++) {
                    if (glyphs[j].shaperInfo.category === CATEGORIES.M) {
                      newPos--;
                      break;
                    }
                  }
                }
              }
              if (newPos > start && isHalantOrCoeng(glyphs[newPos - 1])) {
                if (newPos < end && isJoiner(glyphs[newPos])) {
                  newPos++;
                }
              }
              let oldPos = i;
              let tmp = glyphs[oldPos];
              glyphs.splice(newPos + 1, 0, ...glyphs.splice(newPos, oldPos - newPos));
              glyphs[newPos] = tmp;
              if (newPos <= base && base < oldPos) {
                base++;
              }
            }
            break;
          }
        }
      }
      if (glyphs[start].shaperInfo.position === POSITIONS.Pre_M && (!start || !/Cf|Mn/.test(getCategory(glyphs[start - 1].codePoints[0])))) {
        glyphs[start].features.init = true;
      }
    }
  }
  function nextSyllable(glyphs, start) {
    if (start >= glyphs.length) return start;
    let syllable = glyphs[start].shaperInfo.syllable;
    while (++start < glyphs.length && glyphs[start].shaperInfo.syllable === syllable) ;
    return start;
  }

  // src/opentype/shapers/ThaiShaper.js
  var ThaiShaper = class extends DefaultShaper {
    /**
     * @param {ShapingPlanLike} plan
     * @param {GlyphInfoLike[]} glyphs
     */
    static assignFeatures(plan, glyphs) {
      super.assignFeatures(plan, glyphs);
      preprocessThai(glyphs, plan.font);
      if (isThaiBufferScript(plan.bufferScript || plan.script) && !hasThaiGsub(plan.font)) {
        applyThaiPuaShaping(glyphs, plan.font);
      }
    }
  };
  function isSaraAm(u) {
    return (u & ~128) === 3635;
  }
  function nikhahitFromSaraAm(u) {
    return u - 3635 + 3661;
  }
  function saraAaFromSaraAm(u) {
    return u - 1;
  }
  function isAboveBaseMark(u) {
    const c = u & ~128;
    return c === 3633 || c >= 3636 && c <= 3639 || c >= 3655 && c <= 3662 || c === 3643;
  }
  function preprocessThai(glyphs, font) {
    let i = 0;
    while (i < glyphs.length) {
      const u = glyphs[i].codePoints[0];
      if (!isSaraAm(u)) {
        i++;
        continue;
      }
      const features2 = glyphs[i].features;
      const nikhahit = makeGlyph(font, nikhahitFromSaraAm(u), features2);
      const saraAa = makeGlyph(font, saraAaFromSaraAm(u), features2);
      glyphs.splice(i, 1, nikhahit, saraAa);
      let nikhahitIndex = i;
      let target = nikhahitIndex;
      while (target > 0 && isAboveBaseMark(glyphs[target - 1].codePoints[0])) {
        target--;
      }
      if (target !== nikhahitIndex) {
        const moved = glyphs.splice(nikhahitIndex, 1)[0];
        glyphs.splice(target, 0, moved);
      }
      i += 2;
    }
  }
  function makeGlyph(font, codePoint, features2) {
    const g = font.glyphForCodePoint(codePoint);
    return new GlyphInfo(font, g ? g.id : 0, [codePoint], features2);
  }
  var NOP = 0;
  var SD = 1;
  var SL = 2;
  var SDL = 3;
  var RD = 4;
  var NC = 0;
  var AC = 1;
  var RC = 2;
  var DC = 3;
  var NOT_CONSONANT = 4;
  var AV = 0;
  var BV = 1;
  var T2 = 2;
  var NOT_MARK = 3;
  function getConsonantType(u) {
    if (u === 3611 || u === 3613 || u === 3615) return AC;
    if (u === 3597 || u === 3600) return RC;
    if (u === 3598 || u === 3599) return DC;
    if (u >= 3585 && u <= 3630) return NC;
    return NOT_CONSONANT;
  }
  function getMarkType(u) {
    if (u === 3633 || u >= 3636 && u <= 3639 || u === 3655 || u >= 3661 && u <= 3662) {
      return AV;
    }
    if (u >= 3640 && u <= 3642) return BV;
    if (u >= 3656 && u <= 3660) return T2;
    return NOT_MARK;
  }
  var T0 = 0;
  var T1 = 1;
  var T22 = 2;
  var T3 = 3;
  var ABOVE_START_STATE = [T0, T1, T0, T0, T3];
  var ABOVE_STATE_MACHINE = [
    // AV          BV          T
    [[NOP, T3], [NOP, T0], [SD, T3]],
    // T0
    [[SL, T22], [NOP, T1], [SDL, T22]],
    // T1
    [[NOP, T3], [NOP, T22], [SL, T3]],
    // T2
    [[NOP, T3], [NOP, T3], [NOP, T3]]
    // T3
  ];
  var B0 = 0;
  var B1 = 1;
  var B2 = 2;
  var BELOW_START_STATE = [B0, B0, B1, B2, B2];
  var BELOW_STATE_MACHINE = [
    // AV          BV          T
    [[NOP, B0], [NOP, B2], [NOP, B0]],
    // B0
    [[NOP, B1], [RD, B2], [NOP, B1]],
    // B1
    [[NOP, B2], [SD, B2], [NOP, B2]]
    // B2
  ];
  var PUA_MAPPINGS = {
    [SD]: [
      [3656, 63242, 63627],
      // MAI EK
      [3657, 63243, 63630],
      // MAI THO
      [3658, 63244, 63633],
      // MAI TRI
      [3659, 63245, 63636],
      // MAI CHATTAWA
      [3660, 63246, 63639],
      // THANTHAKHAT
      [3640, 63256, 63643],
      // SARA U
      [3641, 63257, 63644],
      // SARA UU
      [3642, 63258, 63645]
      // PHINTHU
    ],
    [SDL]: [
      [3656, 63237, 63628],
      [3657, 63238, 63631],
      [3658, 63239, 63634],
      [3659, 63240, 63637],
      [3660, 63241, 63640]
    ],
    [SL]: [
      [3656, 63251, 63626],
      [3657, 63252, 63629],
      [3658, 63253, 63632],
      [3659, 63254, 63635],
      [3660, 63255, 63638],
      [3633, 63248, 63620],
      // MAI HAN-AKAT
      [3636, 63233, 63621],
      // SARA I
      [3637, 63234, 63622],
      // SARA II
      [3638, 63235, 63623],
      // SARA UE
      [3639, 63236, 63624],
      // SARA UEE
      [3655, 63250, 63625],
      // MAITAIKHU
      [3661, 63249, 63641]
      // NIKHAHIT
    ],
    [RD]: [
      [3597, 63247, 63642],
      // YO YING
      [3600, 63232, 63646]
      // THO THAN
    ]
  };
  function thaiPuaShape(u, action, font) {
    if (action === NOP) return u;
    const mappings = PUA_MAPPINGS[action];
    if (!mappings) return u;
    for (const [orig, winPua, macPua] of mappings) {
      if (orig !== u) continue;
      if (font.hasGlyphForCodePoint(winPua)) return winPua;
      if (font.hasGlyphForCodePoint(macPua)) return macPua;
      break;
    }
    return u;
  }
  function replaceGlyphCodePoint(glyphs, index, newCp, font) {
    const prev = glyphs[index];
    if (prev.codePoints[0] === newCp) return;
    const g = font.glyphForCodePoint(newCp);
    if (!g) return;
    glyphs[index] = new GlyphInfo(font, g.id, [newCp], prev.features);
  }
  function applyThaiPuaShaping(glyphs, font) {
    let aboveState = ABOVE_START_STATE[NOT_CONSONANT];
    let belowState = BELOW_START_STATE[NOT_CONSONANT];
    let baseIndex = 0;
    for (let i = 0; i < glyphs.length; i++) {
      const u = glyphs[i].codePoints[0];
      const mt = getMarkType(u);
      if (mt === NOT_MARK) {
        const ct = getConsonantType(u);
        aboveState = ABOVE_START_STATE[ct];
        belowState = BELOW_START_STATE[ct];
        baseIndex = i;
        continue;
      }
      const [aboveAction, aboveNext] = ABOVE_STATE_MACHINE[aboveState][mt];
      const [belowAction, belowNext] = BELOW_STATE_MACHINE[belowState][mt];
      aboveState = aboveNext;
      belowState = belowNext;
      const action = aboveAction !== NOP ? aboveAction : belowAction;
      if (action === NOP) continue;
      if (action === RD) {
        replaceGlyphCodePoint(glyphs, baseIndex, thaiPuaShape(glyphs[baseIndex].codePoints[0], action, font), font);
      } else {
        replaceGlyphCodePoint(glyphs, i, thaiPuaShape(u, action, font), font);
      }
    }
  }
  function hasThaiGsub(font) {
    const gsub = font.GSUB;
    if (!gsub || !gsub.scriptList) return false;
    return gsub.scriptList.some(
      /** @param {OTScriptRecord} entry */
      (entry) => entry.tag === "thai" || entry.tag === "tha2"
    );
  }
  function isThaiBufferScript(script) {
    if (Array.isArray(script)) return script.includes("thai");
    return script === "thai";
  }

  // src/opentype/shapers/UniversalShaper.js
  var import_dfa2 = __toESM(require_dfa(), 1);

  // src/opentype/shapers/use.trie
  var use_default2 = "AAACAAAAAAAQugAA7Zx76J9VHce/upquzctSN3VuTrfF5sxLDcIcoahQrEE1Rq390dbFRoUNKxqVOKRwaSNZiItIF1FrjHVFK8KVfzhZWjCL0kqrReKyTElkGUTvzzyf+enD51yfc57n93PfD7w4z+U85/Y5n/Oc2/PMmTIaLQBLwevBVWAFWAXWumuXV3DXgQ1gI9gU8LcZbDGu3wK2ge1gB/gW+C64B+x17BP+fw4eBr8DB43wHgdPAMr/0y5tdEz3yWWeB4fB6BWj0YngVDALzAOvAReBZWA5uBq8FbwDvBu8F3wIbASbwGawBdwGtoO7wE6wB9wN7gX3gwfBr8DvwV/Ak+AZcBiMXjkanQBOAbPBuWAhuBBQ2pfBvRxc5c5XwF0F1oJ1YAP4KPiku38j3M+BreB28FXAef+GOK7BHoT3vcphSn6kwt6L833gl+A34HFA+X0CPA2eB/+NpGfq1NHoZDALzAH0/AK4S8Cl4DJ37Uq4bwFvB2sAlS2xHsfvBx8BHwefAZ91z9zq3C/B/Qr4vIj36zjfTXEG0vb9yP0Ufoww7gP7wQHwqMsX3XsM7l/BP8Bz7toLcI8/AXUQnARi4Z8BP3MBhTkf7mJwMVgGLnFxLcfxhS6sNzm/xDXiWLIS11eDNer+eo9/5oMubs4fEfIv/ZVCYXwAcV4HrgebVBpDz25W5XuR4WcL/NwGtgOqbztE+KQfX7524t4ecDe416NHy/7vd34pjIdw/GvwB3DQxUXHf3PHdK91+Y4Zcywytp8xY8aMGTNmzJgxLwcucWNGmhOQ8yE+/inGrv9S49gvJDz/Hzwz5cQX52Gmwz0NzAJzwSJ3/bVwlwHyvxzuFeDN4G3u/rvgrgMb3PlGuJvAZveMBfnbErg/ZsyYMWPawvP0QzF0/seMGdOG1vb9RfQf7wC0LnQn3G8a/clv4xqt7dPxPer+XsN/3/x9xovMOAlr5+AhHMfYDH8/U35HJ790vBjH68AO8Ag47O4tPgV9dMD+NuF4B8rgT2D+NDwDdpCL8zsxBiH3QXcumf4q+DvuJVbgXPu5Fdd2i+tP4Xjp9NHow2A3eAosRRqGfv8MTcxe9qHs9rt6egDuI05fNE58Em4oPIs9ziWbybXPZwris9oE6/nnEPYLwh75HqWX8MV3POrnNDATcN7I35k4PwfQ+fnOJS5wx6nln9NPCuXvdYjXuvdGXF8OrgYrwCrwTvCYu/8eHF8LrgPXu/ufAjeBW8A2cIcI+y4c7wS7wQ/AT8B9YD84YKSBxuGP4vqf3T3aT3MIx88aftn/v3HvONgzn0/D8UxwFqDz8+DS3hK6vwTHlzq/vvAuU/dj5X4l/F8DVoLVYA1Y7+LeAJdsJlVvG+H/E+AGcBO4GWwV6bkdx18GXwO7wHdE3mL8MJDvh5HGn+L+EO8cX1k/EEnPRGora5bBEPH/QtQNOj/gyv63cP8o9NCyHA8G7E7Hv6vnejkRSc3DsZL/Q66e9hV/aB8V7eci91l638A9DHeEPuZUQOcznEucjmMrb3x/iZtHb2n/JcT2kqXsNZuNvJM7D+4idzx0vcqtf7H7Fxj6jYX7gNG3nWiktju0btRXWi4WZU3nNxSkn+/F4qQ6/AZhx7S/cznOrwBk/7x2dmTvrPM33aVvJdzVgPbdroX7PqOOhGyH9u12tb9Q20XjYnlN7l09hLp5Lc457x9z7qfh7nL7XomF4pkbnZ+b4W41wt6Ga9sz7WRozp6CyYYJIJQK5nh1Lv2wi6QfvU+fMKSgw5Px9ikTo8THwsJ1ieqdhnVFx1r4GrsYwh6BJaVuta4LlLfJJGhKJ62k6PJYsn3LZo4lke8w6302pOh0yDZvsovVZ5istldaZ6y+VIl+dflNpjLsy+5Sw84p+9p2KHXva5divNzFN+6wyrCLlJY/pwlDzaNgGJs8/qkNlqxGbkrwyDkd07I5uVhK/z/Ir4T8SLCcfvRZziOW0o8KPcNhpaaP/ZeME0lKy4X63KwbIiUsFt95LrFn+b4UX5pS9MtC9wl9TvpNaUNY/1a6dBp13LllFLNnvs91Qo7tpP2F4g7lpQ/9xo5JSL8kln61sP3qc9KvFGm7lqTUx9gzPkgvpwKyQx7/zgQ577BU/YZ0MoR+S+2XdSrbaBLZPteSrvbLfdlYHPI9SfWBIZks7XOufvndWtI+x0TbPosvnaX65Ta3q5COY+9yKx++Mg/l2aobsWuh66l1SArbquxfSWFds/7leap9W+9nn5Tkw5qDjc1NSFsm6DzX/rrYco3nrboQ6i+T6LZansf0yf3pUH2UaelizyGJvZO5LZA6TunLD6lfn18W3V630K9l/1p0Wrvo99WOEpF9rZz3cW37K4H1wfrUyDKNtb+nAauNk+P/FJ22tFcWPVdizZvk6LMkbbV1mRqmtJ3YM1Ism5V1hesS64xd7rdbhOpDbplyOkrm+oawvZBu2Cb1e1TOI1njW37f+MKm5+W4gscW5NK9rvsRdHnKutalzpaUYUrYueVN5zQWj9mPFF3efC30fChM67pe8y+Fn7f6rL4+bW39UZg0VyVdHvdakqrjlmiRc8a+OWQN9yHkOcFzwKH8np4BSY7/FpDExkqse984KlTfrX0wsbZqImC9Swl6V1r1heYpqc7Qu5munQFmAWqjuJ1KRe9L4+NYWn3rGpwGTgf55T6VDkOOf7UfQue9pGwpHdwX4XCseAkqV3pGpyMEP8v6G2I/glXHh14bjdl5jXKSe91qSosyKn2/6GuyfWgdv4WMP6eMasefKzXKn6TP+GNpI5HvDavv6huDMdz/oHC470Hv4NmA+l+8P5TgORw61jai38Osq9z8t5JQG9hHu0jv1dp1IKdMZd3Q/Q1G99WknOmgdyQfa85y4cg1Zxbd1ufub6htN13rXmm8tdoDOU/VNX1SUt/brWlZB9gOeC5KtlMt6yX30cm+qH0lzvaMk6id1etivnZe2rXVxlvzPwzbq7RZOi6t1yxdn4/1W1v3aWUZkZ763rNG715rTKjnFSxd83u6RXsUm0dKYQ44x7k+cscOQ+lJIm3YamPYlkk37K91vdFz9exy+5Oy5kaide3Lu26D5HwBx2kx10FtD+/tCrUFJe1LSruTKl3H1rJ9If/Ur7JgP9Z1nrPwocW6xuml8Hg9lPcjEEN8i2X1H2MyD5wrznkfnSZVP3o+LFe/OfMvKddzw9bvypznSOYn5DFHSnQqv08sfb5U5FpNiVhz1ta1nPBSnovNnVtuaJyWk8/SfNScL81JT6hPEdNZSL++52rgq1+14wn1tVIkN7xW6e3qp2V5DhFviS5TZOg89J3fmAypi5z4W9bdnHRQP2uo+qP7iF3Lr0b59yGxuPoo/770XFLetXVTsvbgGxfkjjOs8YC+XpKHkrFFqCxyxze56fdJn+1OH/W97/KwROqnNG2l+apZFqnp4XzWiNsXTt/1IFX6sp+ueR0qDV11MhHahprtrQ431y/P4+p9Yda6R8q3VV2Qc9w8x15a9qnP1c5D7vvU2q/XJ7Tn0fp2xQfVi5Q5Pc5/yfqCFN96ay6+eHx9J8smJNYeZLlmkJv/FPS6pV7LlOtAtI8k53tNzvuQa7UaXoPz7enldVraC0D1+DzA/5oo7feW1teQvnlfROvySo3D2v8g18D5mt4PnSIyHqpDsbRwXS0tf63H2mUo5zPk+4Tu8fpeTTvhNkfqxvre0HqO2zl2+5SS8qe6Jusef3+m35u8Rz9FZPjWN/Fy3x7FQ2G3+k6yhej+zPkdSZ1jCEnKnETofZvaX0rxx2PHFv1rKx0yLqvMrHmjnDisPnuXeaeuouuf7mOHxto14ms1diqRiTJ/0GUMa+mvy1i4rzz7pPUcSUsdt67TrcNPKQ96d+pvsEPfgrA/3qsV66/lvMO79hNJaIxC++z0XjuS2N7RlL5E7Tn71vbZcm1hsqSh7zhz8inHLLxPsQ970WMY335s3/fesXG9lgUd6WMcsBAM/S9X67+Aes8zlT21b1a/3ZpjGwqrXlnffvM9/u6bJDUOa74hde93TjwpaJ30HX/on5IhO6Zn6X9HBIkuU967zroqnZ+zxpi1y4DjSpWacXZZY5HrLPq/CKQj/l+mr73lNYCUNFr+upZFzvMh+6hdF3KgMgy1vwzZgq9/3LWOlv5/TfrrWpap9Sjkl4T74bKe+/6vR9Llf6gkOf/f0nGH1qqkxO7HpEW9zWn39boh1zXWkxSrncmpQ7K9z/n2smteuY8hv9XifwJwfrkPpdMak6723SrvLNZ/EHSeU8awpeg0d/0vvM9uc+q6zD9d7zIW7Kr/kjKtKTllLf/hFXsnantqUf9zYaG1Ulo3XRRZv5Zrr0zX9Es98jplLZv3/XNN2nlu+vvQU0o7pm2Y+0M8XuG8yf5CH0Jxp/wHz/qHWG3onUrx6P4IlRON5eQ/ywjfN598PaWfFcq/1S7rNPM4U0P/WMmB80ljIj0XJe0utZ3ooz0K/fdAzr1rm5Z2rduUIeYbpOSUc07YXf7FGLrPbb3c05jTj0+tRy3rlK+9kcLvLvkek/VJzufw/65T9hSV1JGU5/sqO6sfaf3nncTqP9YqnxjUJut/baTY+pBrqDX6qq36vy3XfoZax+I+ZUhv7GcIaTmOSRW9VyV3D0Zf+xP62KOSEn5feZ6I+z0sseIYyp5q5TulPHPKno9bz11Y+agdRtcwJ6JddA2jpn22svWa5dY1LSFpHW+XtIXS15f0Wb9K4q+V/tLnW5SfL56u5ZxTp2qlOyf+FmFrydGdJaX1wCf/Aw==";

  // src/opentype/shapers/UniversalShaper.js
  var useDataTyped2 = (
    /** @type {UseData} */
    use_default
  );
  var { categories, decompositions: decompositions2 } = useDataTyped2;
  var trie4 = new unicode_trie_default(decodeBase64(use_default2));
  var stateMachine2 = new import_dfa2.default(useDataTyped2);
  var UniversalShaper = class extends DefaultShaper {
    /**
     * @param {ShapingPlanLike} plan
     */
    static planFeatures(plan) {
      plan.addStage(setupSyllables2);
      plan.addStage(["locl", "ccmp", "nukt", "akhn"]);
      plan.addStage(clearSubstitutionFlags);
      plan.addStage(["rphf"], false);
      plan.addStage(recordRphf);
      plan.addStage(clearSubstitutionFlags);
      plan.addStage(["pref"]);
      plan.addStage(recordPref);
      plan.addStage(["rkrf", "abvf", "blwf", "half", "pstf", "vatu", "cjct"]);
      plan.addStage(reorder);
      plan.addStage(["abvs", "blws", "pres", "psts", "dist", "abvm", "blwm"]);
    }
    /**
     * @param {ShapingPlanLike} plan
     * @param {GlyphInfoLike[]} glyphs
     */
    static assignFeatures(plan, glyphs) {
      for (let i = glyphs.length - 1; i >= 0; i--) {
        let codepoint = glyphs[i].codePoints[0];
        let decomp = decompositions2[String(codepoint)] || decompositions2[
          /** @type {keyof typeof decompositions} */
          /** @type {unknown} */
          codepoint
        ];
        if (decomp) {
          let decomposed = [];
          for (let c of decomp) {
            let g = plan.font.glyphForCodePoint(c);
            if (g) {
              decomposed.push(new GlyphInfo(plan.font, g.id, [c], glyphs[i].features));
            }
          }
          glyphs.splice(i, 1, ...decomposed);
        }
      }
    }
  };
  UniversalShaper.zeroMarkWidths = "BEFORE_GPOS";
  function useCategory(glyph2) {
    return trie4.get(glyph2.codePoints[0]);
  }
  var USEInfo = class {
    /**
     * @param {string} category
     * @param {string} syllableType
     * @param {number} syllable
     */
    constructor(category, syllableType, syllable) {
      this.category = category;
      this.syllableType = syllableType;
      this.syllable = syllable;
    }
  };
  function isUSEShaperInfo(info) {
    return info != null && typeof info.category === "string";
  }
  function useInfo(glyph2) {
    let info = glyph2.shaperInfo;
    if (!isUSEShaperInfo(info)) {
      throw new Error("Expected USE shaperInfo");
    }
    return info;
  }
  function setupSyllables2(font, glyphs) {
    let syllable = 0;
    for (let [start, end, tags] of stateMachine2.match(glyphs.map(useCategory))) {
      ++syllable;
      for (let i = start; i <= end; i++) {
        glyphs[i].shaperInfo = new USEInfo(categories[useCategory(glyphs[i])], tags[0], syllable);
      }
      let limit = useInfo(glyphs[start]).category === "R" ? 1 : Math.min(3, end - start);
      for (let i = start; i < start + limit; i++) {
        glyphs[i].features.rphf = true;
      }
    }
  }
  function clearSubstitutionFlags(font, glyphs) {
    for (let glyph2 of glyphs) {
      glyph2.substituted = false;
    }
  }
  function recordRphf(font, glyphs) {
    for (let glyph2 of glyphs) {
      if (glyph2.substituted && glyph2.features.rphf) {
        useInfo(glyph2).category = "R";
      }
    }
  }
  function recordPref(font, glyphs) {
    for (let glyph2 of glyphs) {
      if (glyph2.substituted) {
        useInfo(glyph2).category = "VPre";
      }
    }
  }
  function reorder(font, glyphs) {
    let dottedCircleGlyph = font.glyphForCodePoint(9676);
    let dottedCircle = dottedCircleGlyph ? dottedCircleGlyph.id : 0;
    for (let start = 0, end = nextSyllable2(glyphs, 0); start < glyphs.length; start = end, end = nextSyllable2(glyphs, start)) {
      let i, j;
      let info = useInfo(glyphs[start]);
      let type = info.syllableType;
      if (type !== "virama_terminated_cluster" && type !== "standard_cluster" && type !== "broken_cluster") {
        continue;
      }
      if (type === "broken_cluster" && dottedCircle) {
        let g = new GlyphInfo(font, dottedCircle, [9676]);
        g.shaperInfo = info;
        for (i = start; i < end && useInfo(glyphs[i]).category === "R"; i++) ;
        glyphs.splice(i + 1, 0, g);
        end++;
      }
      if (info.category === "R" && end - start > 1) {
        for (i = start + 1; i < end; i++) {
          info = useInfo(glyphs[i]);
          if (isBase(info) || isHalant(glyphs[i])) {
            if (isHalant(glyphs[i])) {
              i--;
            }
            glyphs.splice(start, 0, ...glyphs.splice(start + 1, i - start), glyphs[i]);
            break;
          }
        }
      }
      for (i = start, j = end; i < end; i++) {
        info = useInfo(glyphs[i]);
        if (isBase(info) || isHalant(glyphs[i])) {
          j = isHalant(glyphs[i]) ? i + 1 : i;
        } else if ((info.category === "VPre" || info.category === "VMPre") && j < i) {
          glyphs.splice(j, 1, glyphs[i], ...glyphs.splice(j, i - j));
        }
      }
    }
  }
  function nextSyllable2(glyphs, start) {
    if (start >= glyphs.length) return start;
    let syllable = useInfo(glyphs[start]).syllable;
    while (++start < glyphs.length && useInfo(glyphs[start]).syllable === syllable) ;
    return start;
  }
  function isHalant(glyph2) {
    return useInfo(glyph2).category === "H" && !glyph2.isLigated;
  }
  function isBase(info) {
    return info.category === "B" || info.category === "GB";
  }

  // src/opentype/shapers/index.js
  var SHAPERS = {
    arab: ArabicShaper,
    // Arabic
    mong: ArabicShaper,
    // Mongolian
    syrc: ArabicShaper,
    // Syriac
    "nko ": ArabicShaper,
    // N'Ko
    phag: ArabicShaper,
    // Phags Pa
    mand: ArabicShaper,
    // Mandaic
    mani: ArabicShaper,
    // Manichaean
    phlp: ArabicShaper,
    // Psalter Pahlavi
    hang: HangulShaper,
    // Hangul
    hebr: HebrewShaper,
    // Hebrew
    bng2: IndicShaper,
    // Bengali
    beng: IndicShaper,
    // Bengali
    dev2: IndicShaper,
    // Devanagari
    deva: IndicShaper,
    // Devanagari
    gjr2: IndicShaper,
    // Gujarati
    gujr: IndicShaper,
    // Gujarati
    guru: IndicShaper,
    // Gurmukhi
    gur2: IndicShaper,
    // Gurmukhi
    knda: IndicShaper,
    // Kannada
    knd2: IndicShaper,
    // Kannada
    mlm2: IndicShaper,
    // Malayalam
    mlym: IndicShaper,
    // Malayalam
    ory2: IndicShaper,
    // Oriya
    orya: IndicShaper,
    // Oriya
    taml: IndicShaper,
    // Tamil
    tml2: IndicShaper,
    // Tamil
    telu: IndicShaper,
    // Telugu
    tel2: IndicShaper,
    // Telugu
    khmr: IndicShaper,
    // Khmer
    thai: ThaiShaper,
    // Thai
    "lao ": ThaiShaper,
    // Lao (4-char OT tag with trailing space)
    bali: UniversalShaper,
    // Balinese
    batk: UniversalShaper,
    // Batak
    brah: UniversalShaper,
    // Brahmi
    bugi: UniversalShaper,
    // Buginese
    buhd: UniversalShaper,
    // Buhid
    cakm: UniversalShaper,
    // Chakma
    cham: UniversalShaper,
    // Cham
    dupl: UniversalShaper,
    // Duployan
    egyp: UniversalShaper,
    // Egyptian Hieroglyphs
    gran: UniversalShaper,
    // Grantha
    hano: UniversalShaper,
    // Hanunoo
    java: UniversalShaper,
    // Javanese
    kthi: UniversalShaper,
    // Kaithi
    kali: UniversalShaper,
    // Kayah Li
    khar: UniversalShaper,
    // Kharoshthi
    khoj: UniversalShaper,
    // Khojki
    sind: UniversalShaper,
    // Khudawadi
    lepc: UniversalShaper,
    // Lepcha
    limb: UniversalShaper,
    // Limbu
    mahj: UniversalShaper,
    // Mahajani
    // mand: UniversalShaper, // Mandaic
    // mani: UniversalShaper, // Manichaean
    mtei: UniversalShaper,
    // Meitei Mayek
    modi: UniversalShaper,
    // Modi
    // mong: UniversalShaper, // Mongolian
    // 'nko ': UniversalShaper, // N’Ko
    hmng: UniversalShaper,
    // Pahawh Hmong
    // phag: UniversalShaper, // Phags-pa
    // phlp: UniversalShaper, // Psalter Pahlavi
    rjng: UniversalShaper,
    // Rejang
    saur: UniversalShaper,
    // Saurashtra
    shrd: UniversalShaper,
    // Sharada
    sidd: UniversalShaper,
    // Siddham
    sinh: IndicShaper,
    // Sinhala
    sund: UniversalShaper,
    // Sundanese
    sylo: UniversalShaper,
    // Syloti Nagri
    tglg: UniversalShaper,
    // Tagalog
    tagb: UniversalShaper,
    // Tagbanwa
    tale: UniversalShaper,
    // Tai Le
    lana: UniversalShaper,
    // Tai Tham
    tavt: UniversalShaper,
    // Tai Viet
    takr: UniversalShaper,
    // Takri
    tibt: UniversalShaper,
    // Tibetan
    tfng: UniversalShaper,
    // Tifinagh
    tirh: UniversalShaper,
    // Tirhuta
    latn: DefaultShaper,
    // Latin
    DFLT: DefaultShaper
    // Default
  };
  function choose(script) {
    let scripts;
    if (!Array.isArray(script)) {
      scripts = [script];
    } else {
      scripts = script;
    }
    for (let s of scripts) {
      if (s == null) continue;
      let shaper = SHAPERS[s];
      if (shaper) {
        return shaper;
      }
    }
    return DefaultShaper;
  }

  // src/opentype/GSUBProcessor.js
  var GSUBProcessor = class extends OTProcessor {
    /**
     * @param {OTLookup} lookup
     * @returns {number}
     */
    lookupDirection(lookup) {
      let first = lookup.subTables[0];
      let type = lookup.lookupType === 7 ? first && typeof first === "object" && "lookupType" in first ? (
        /** @type {number} */
        /** @type {{ lookupType?: number }} */
        first.lookupType
      ) : void 0 : lookup.lookupType;
      return type === 8 ? -1 : 1;
    }
    /**
     * @param {number} lookupType
     * @param {StructValue} table
     * @returns {boolean}
     */
    applyLookup(lookupType, table) {
      let t = (
        /** @type {GSUBSubtable} */
        table
      );
      let glyphIterator = this.glyphIterator;
      if (!glyphIterator) {
        return false;
      }
      switch (lookupType) {
        case 1: {
          if (!t.coverage) return false;
          let index = this.coverageIndex(t.coverage);
          if (index === -1) {
            return false;
          }
          let glyph2 = glyphIterator.cur;
          if (!glyph2) return false;
          switch (t.version) {
            case 1:
              glyph2.id = glyph2.id + (t.deltaGlyphID ?? 0) & 65535;
              break;
            case 2:
              if (t.substitute) glyph2.id = t.substitute.get(index);
              break;
          }
          return true;
        }
        case 2: {
          if (!t.coverage || !t.sequences) return false;
          let index = this.coverageIndex(t.coverage);
          if (index !== -1) {
            let sequence = t.sequences.get(index);
            if (sequence.length === 0) {
              this.glyphs.splice(glyphIterator.index, 1);
              return true;
            }
            let curGlyph = glyphIterator.cur;
            if (!curGlyph) return false;
            curGlyph.id = sequence[0];
            curGlyph.ligatureComponent = 0;
            let features2 = curGlyph.features;
            let replacement = sequence.slice(1).map(
              /** @param {number} gid @param {number} i */
              (gid, i) => {
                let glyph2 = new GlyphInfo(this.font, gid, void 0, features2);
                glyph2.shaperInfo = curGlyph.shaperInfo;
                glyph2.isLigated = curGlyph.isLigated;
                glyph2.ligatureComponent = i + 1;
                glyph2.substituted = true;
                glyph2.isMultiplied = true;
                return glyph2;
              }
            );
            this.glyphs.splice(glyphIterator.index + 1, 0, ...replacement);
            return true;
          }
          return false;
        }
        case 3: {
          if (!t.coverage || !t.alternateSet) return false;
          let index = this.coverageIndex(t.coverage);
          if (index === -1) return false;
          let alternates = t.alternateSet.get(index);
          let cur = glyphIterator.cur;
          if (!cur) return false;
          let alt = this.currentFeature && this.userFeatures ? this.userFeatures[this.currentFeature] : void 0;
          let i = typeof alt === "number" && Number.isInteger(alt) && alt > 0 ? alt - 1 : 0;
          cur.id = alternates[i < alternates.length ? i : 0];
          return true;
        }
        case 4: {
          if (!t.coverage || !t.ligatureSets) return false;
          let index = this.coverageIndex(t.coverage);
          if (index === -1) return false;
          for (let ligature of t.ligatureSets.get(index)) {
            let matched = this.sequenceMatchIndices(1, ligature.components);
            if (!matched) continue;
            let curGlyph = glyphIterator.cur;
            if (!curGlyph) continue;
            let characters = curGlyph.codePoints.slice();
            for (let matchIdx of matched) {
              characters.push(...this.glyphs[matchIdx].codePoints);
            }
            let ligatureGlyph = new GlyphInfo(this.font, ligature.glyph, characters, curGlyph.features);
            ligatureGlyph.shaperInfo = curGlyph.shaperInfo;
            ligatureGlyph.isLigated = true;
            ligatureGlyph.substituted = true;
            let isMarkLigature = curGlyph.isMark;
            for (let i = 0; i < matched.length && isMarkLigature; i++) {
              isMarkLigature = this.glyphs[matched[i]].isMark;
            }
            ligatureGlyph.ligatureID = isMarkLigature ? null : this.ligatureID++;
            let lastLigID = curGlyph.ligatureID;
            let lastNumComps = curGlyph.codePoints.length;
            let curComps = lastNumComps;
            let idx = glyphIterator.index + 1;
            for (let matchIndex of matched) {
              if (isMarkLigature) {
                idx = matchIndex;
              } else {
                while (idx < matchIndex) {
                  let ligatureComponent = curComps - lastNumComps + Math.min(this.glyphs[idx].ligatureComponent || 1, lastNumComps);
                  this.glyphs[idx].ligatureID = ligatureGlyph.ligatureID;
                  this.glyphs[idx].ligatureComponent = ligatureComponent;
                  idx++;
                }
              }
              lastLigID = this.glyphs[idx].ligatureID;
              lastNumComps = this.glyphs[idx].codePoints.length;
              curComps += lastNumComps;
              idx++;
            }
            if (lastLigID && !isMarkLigature) {
              for (let i = idx; i < this.glyphs.length; i++) {
                if (this.glyphs[i].ligatureID === lastLigID) {
                  let ligatureComponent = curComps - lastNumComps + Math.min(this.glyphs[i].ligatureComponent || 1, lastNumComps);
                  this.glyphs[i].ligatureComponent = ligatureComponent;
                } else {
                  break;
                }
              }
            }
            for (let i = matched.length - 1; i >= 0; i--) {
              this.glyphs.splice(matched[i], 1);
            }
            this.glyphs[glyphIterator.index] = ligatureGlyph;
            return true;
          }
          return false;
        }
        case 5:
          return this.applyContext(table);
        case 6:
          return this.applyChainingContext(table);
        case 7: {
          let ext = (
            /** @type {ExtensionSubtable} */
            table
          );
          return this.applyLookup(ext.lookupType, ext.extension);
        }
        case 8: {
          if (!t.coverage || !t.substitute || !t.backtrackCoverage || !t.lookaheadCoverage) return false;
          let index = this.coverageIndex(t.coverage);
          if (index === -1) return false;
          if (!this.coverageSequenceMatches(-(t.backtrackGlyphCount ?? t.backtrackCoverage.length), [...t.backtrackCoverage].reverse()) || !this.coverageSequenceMatches(1, t.lookaheadCoverage)) {
            return false;
          }
          let cur = glyphIterator.cur;
          if (!cur) return false;
          cur.id = t.substitute.get(index);
          return true;
        }
        default:
          throw new Error(`GSUB lookupType ${lookupType} is not supported`);
      }
    }
  };

  // src/opentype/GPOSProcessor.js
  var GPOSProcessor = class extends OTProcessor {
    /**
     * @param {number} sequenceIndex
     * @param {PositionValue} value
     */
    applyPositionValue(sequenceIndex, value) {
      let glyphIterator = this.glyphIterator;
      if (!glyphIterator || !this.positions) {
        return;
      }
      let position = this.positions[glyphIterator.peekIndex(sequenceIndex)];
      if (!position) {
        return;
      }
      if (value.xAdvance != null) position.xAdvance += value.xAdvance;
      if (value.yAdvance != null) position.yAdvance += value.yAdvance;
      if (value.xPlacement != null) position.xOffset += value.xPlacement;
      if (value.yPlacement != null) position.yOffset += value.yPlacement;
      let variationProcessor = this.font._variationProcessor;
      let variationStore = this.font.GDEF && this.font.GDEF.itemVariationStore;
      if (variationProcessor && variationStore) {
        if (value.xPlaDevice) {
          position.xOffset += variationProcessor.getDelta(variationStore, value.xPlaDevice.a, value.xPlaDevice.b);
        }
        if (value.yPlaDevice) {
          position.yOffset += variationProcessor.getDelta(variationStore, value.yPlaDevice.a, value.yPlaDevice.b);
        }
        if (value.xAdvDevice) {
          position.xAdvance += variationProcessor.getDelta(variationStore, value.xAdvDevice.a, value.xAdvDevice.b);
        }
        if (value.yAdvDevice) {
          position.yAdvance += variationProcessor.getDelta(variationStore, value.yAdvDevice.a, value.yAdvDevice.b);
        }
      }
    }
    /**
     * @param {number} lookupType
     * @param {StructValue} table
     * @returns {boolean}
     */
    applyLookup(lookupType, table) {
      let t = (
        /** @type {GPOSSubtable} */
        table
      );
      let glyphIterator = this.glyphIterator;
      if (!glyphIterator) {
        return false;
      }
      switch (lookupType) {
        case 1: {
          if (!t.coverage) return false;
          let index = this.coverageIndex(t.coverage);
          if (index === -1) return false;
          switch (t.version) {
            case 1:
              if (t.value) this.applyPositionValue(0, t.value);
              break;
            case 2:
              if (t.values) this.applyPositionValue(0, t.values.get(index));
              break;
          }
          return true;
        }
        case 2: {
          let nextGlyph = glyphIterator.peek();
          if (!nextGlyph) return false;
          if (!t.coverage) return false;
          let index = this.coverageIndex(t.coverage);
          if (index === -1) return false;
          switch (t.version) {
            case 1: {
              if (!t.pairSets) return false;
              let set = t.pairSets.get(index);
              for (let pair of set) {
                if (pair.secondGlyph === nextGlyph.id) {
                  this.applyPositionValue(0, pair.value1);
                  this.applyPositionValue(1, pair.value2);
                  return true;
                }
              }
              return false;
            }
            case 2: {
              let cur = glyphIterator.cur;
              if (!cur || !t.classDef1 || !t.classDef2 || !t.classRecords) return false;
              let class1 = this.getClassID(cur.id, t.classDef1);
              let class2 = this.getClassID(nextGlyph.id, t.classDef2);
              if (class1 === -1 || class2 === -1) return false;
              let pair = t.classRecords.get(class1).get(class2);
              this.applyPositionValue(0, pair.value1);
              this.applyPositionValue(1, pair.value2);
              return true;
            }
          }
          return false;
        }
        case 3: {
          if (!t.coverage || !t.entryExitRecords || !this.positions) return false;
          let nextIndex = glyphIterator.peekIndex();
          let nextGlyph = this.glyphs[nextIndex];
          if (!nextGlyph) return false;
          let curRecord = t.entryExitRecords[this.coverageIndex(t.coverage)];
          if (!curRecord || !curRecord.exitAnchor) return false;
          let nextRecord = t.entryExitRecords[this.coverageIndex(t.coverage, nextGlyph.id)];
          if (!nextRecord || !nextRecord.entryAnchor) return false;
          let entry = this.getAnchor(nextRecord.entryAnchor);
          let exit = this.getAnchor(curRecord.exitAnchor);
          let cur = this.positions[glyphIterator.index];
          let next = this.positions[nextIndex];
          if (!cur || !next) return false;
          let d;
          switch (this.direction) {
            case "ltr":
              cur.xAdvance = exit.x + cur.xOffset;
              d = entry.x + next.xOffset;
              next.xAdvance -= d;
              next.xOffset -= d;
              break;
            case "rtl":
              d = exit.x + cur.xOffset;
              cur.xAdvance -= d;
              cur.xOffset -= d;
              next.xAdvance = entry.x + next.xOffset;
              break;
          }
          let curGlyph = glyphIterator.cur;
          if (!curGlyph) return false;
          if (glyphIterator.flags.rightToLeft) {
            curGlyph.cursiveAttachment = nextIndex;
            cur.yOffset = entry.y - exit.y;
          } else {
            nextGlyph.cursiveAttachment = glyphIterator.index;
            cur.yOffset = exit.y - entry.y;
          }
          return true;
        }
        case 4: {
          if (!t.markCoverage || !t.baseCoverage || !t.markArray || !t.baseArray) return false;
          let markIndex = this.coverageIndex(t.markCoverage);
          if (markIndex === -1) return false;
          let baseGlyphIndex = glyphIterator.index;
          while (--baseGlyphIndex >= 0 && (this.glyphs[baseGlyphIndex].isMark || (this.glyphs[baseGlyphIndex].ligatureComponent ?? 0) > 0)) ;
          if (baseGlyphIndex < 0) return false;
          let baseIndex = this.coverageIndex(t.baseCoverage, this.glyphs[baseGlyphIndex].id);
          if (baseIndex === -1) return false;
          let markRecord = t.markArray[markIndex];
          let baseAnchor = t.baseArray[baseIndex][markRecord.class];
          return this.applyAnchor(markRecord, baseAnchor, baseGlyphIndex);
        }
        case 5: {
          if (!t.markCoverage || !t.ligatureCoverage || !t.markArray || !t.ligatureArray) return false;
          let markIndex = this.coverageIndex(t.markCoverage);
          if (markIndex === -1) return false;
          let baseGlyphIndex = glyphIterator.index;
          while (--baseGlyphIndex >= 0 && this.glyphs[baseGlyphIndex].isMark) ;
          if (baseGlyphIndex < 0) return false;
          let ligIndex = this.coverageIndex(t.ligatureCoverage, this.glyphs[baseGlyphIndex].id);
          if (ligIndex === -1) return false;
          let ligAttach = t.ligatureArray[ligIndex];
          let markGlyph = glyphIterator.cur;
          let ligGlyph = this.glyphs[baseGlyphIndex];
          if (!markGlyph) return false;
          let compIndex = ligGlyph.ligatureID && ligGlyph.ligatureID === markGlyph.ligatureID && (markGlyph.ligatureComponent ?? 0) > 0 ? Math.min(markGlyph.ligatureComponent ?? 0, ligGlyph.codePoints.length) - 1 : ligGlyph.codePoints.length - 1;
          let markRecord = t.markArray[markIndex];
          let baseAnchor = ligAttach[compIndex][markRecord.class];
          return this.applyAnchor(markRecord, baseAnchor, baseGlyphIndex);
        }
        case 6: {
          if (!t.mark1Coverage || !t.mark2Coverage || !t.mark1Array || !t.mark2Array) return false;
          let mark1Index = this.coverageIndex(t.mark1Coverage);
          if (mark1Index === -1) return false;
          let prevIndex = glyphIterator.peekIndex(-1);
          let prev = this.glyphs[prevIndex];
          if (!prev || !prev.isMark) return false;
          let cur = glyphIterator.cur;
          if (!cur) return false;
          let good = false;
          if (cur.ligatureID === prev.ligatureID) {
            if (!cur.ligatureID) {
              good = true;
            } else if (cur.ligatureComponent === prev.ligatureComponent) {
              good = true;
            }
          } else {
            if (cur.ligatureID && !cur.ligatureComponent || prev.ligatureID && !prev.ligatureComponent) {
              good = true;
            }
          }
          if (!good) return false;
          let mark2Index = this.coverageIndex(t.mark2Coverage, prev.id);
          if (mark2Index === -1) return false;
          let markRecord = t.mark1Array[mark1Index];
          let baseAnchor = t.mark2Array[mark2Index][markRecord.class];
          return this.applyAnchor(markRecord, baseAnchor, prevIndex);
        }
        case 7:
          return this.applyContext(table);
        case 8:
          return this.applyChainingContext(table);
        case 9: {
          let ext = (
            /** @type {ExtensionSubtable} */
            table
          );
          return this.applyLookup(ext.lookupType, ext.extension);
        }
        default:
          throw new Error(`Unsupported GPOS table: ${lookupType}`);
      }
    }
    /**
     * @param {MarkRecord} markRecord
     * @param {AnchorPoint | null | undefined} baseAnchor
     * @param {number} baseGlyphIndex
     * @returns {boolean}
     */
    applyAnchor(markRecord, baseAnchor, baseGlyphIndex) {
      if (!baseAnchor || !markRecord.markAnchor) return false;
      let glyphIterator = this.glyphIterator;
      if (!glyphIterator || !this.positions) return false;
      let baseCoords = this.getAnchor(baseAnchor);
      let markCoords = this.getAnchor(markRecord.markAnchor);
      let markPos = this.positions[glyphIterator.index];
      if (!markPos) return false;
      markPos.xOffset = baseCoords.x - markCoords.x;
      markPos.yOffset = baseCoords.y - markCoords.y;
      let cur = glyphIterator.cur;
      if (!cur) return false;
      cur.markAttachment = baseGlyphIndex;
      return true;
    }
    /**
     * @param {AnchorPoint} anchor
     * @returns {{ x: number, y: number }}
     */
    getAnchor(anchor) {
      let x = anchor.xCoordinate;
      let y = anchor.yCoordinate;
      let variationProcessor = this.font._variationProcessor;
      let variationStore = this.font.GDEF && this.font.GDEF.itemVariationStore;
      if (variationProcessor && variationStore) {
        if (anchor.xDeviceTable) {
          x += variationProcessor.getDelta(variationStore, anchor.xDeviceTable.a, anchor.xDeviceTable.b);
        }
        if (anchor.yDeviceTable) {
          y += variationProcessor.getDelta(variationStore, anchor.yDeviceTable.a, anchor.yDeviceTable.b);
        }
      }
      return { x, y };
    }
    /**
     * @param {string[]} userFeatures
     * @param {GlyphInfoLike[]} glyphs
     * @param {GlyphPositionLike[] | null | undefined} [advances]
     */
    applyFeatures(userFeatures, glyphs, advances) {
      super.applyFeatures(userFeatures, glyphs, advances);
      for (let i = 0; i < this.glyphs.length; i++) {
        this.fixCursiveAttachment(i);
      }
      this.fixMarkAttachment();
    }
    /**
     * @param {number} i
     */
    fixCursiveAttachment(i) {
      let glyph2 = this.glyphs[i];
      if (glyph2.cursiveAttachment != null && this.positions) {
        let j = glyph2.cursiveAttachment;
        glyph2.cursiveAttachment = null;
        this.fixCursiveAttachment(j);
        this.positions[i].yOffset += this.positions[j].yOffset;
      }
    }
    fixMarkAttachment() {
      if (!this.positions) {
        return;
      }
      for (let i = 0; i < this.glyphs.length; i++) {
        let glyph2 = this.glyphs[i];
        if (glyph2.markAttachment != null) {
          let j = glyph2.markAttachment;
          this.positions[i].xOffset += this.positions[j].xOffset;
          this.positions[i].yOffset += this.positions[j].yOffset;
          if (this.direction === "ltr") {
            for (let k = j; k < i; k++) {
              this.positions[i].xOffset -= this.positions[k].xAdvance;
              this.positions[i].yOffset -= this.positions[k].yAdvance;
            }
          } else {
            for (let k = j + 1; k < i + 1; k++) {
              this.positions[i].xOffset += this.positions[k].xAdvance;
              this.positions[i].yOffset += this.positions[k].yAdvance;
            }
          }
        }
      }
    }
  };

  // src/opentype/OTLayoutEngine.js
  var OTLayoutEngine = class {
    /**
     * @param {LayoutFont} font
     */
    constructor(font) {
      this.font = font;
      this.glyphInfos = null;
      this.plan = null;
      this.GSUBProcessor = null;
      this.GPOSProcessor = null;
      this.fallbackPosition = true;
      this.shaper = null;
      if (font.GSUB) {
        this.GSUBProcessor = new GSUBProcessor(font, font.GSUB);
      }
      if (font.GPOS) {
        this.GPOSProcessor = new GPOSProcessor(font, font.GPOS);
      }
    }
    /**
     * @param {GlyphRunLike} glyphRun
     */
    setup(glyphRun) {
      this.glyphInfos = /** @type {LayoutGlyph[]} */
      glyphRun.glyphs.map(
        /** @param {LayoutGlyph} glyph */
        (glyph2) => new GlyphInfo(this.font, glyph2.id, [...glyph2.codePoints])
      );
      let script = null;
      if (this.GPOSProcessor) {
        script = this.GPOSProcessor.selectScript(glyphRun.script, glyphRun.language, glyphRun.direction);
      }
      if (this.GSUBProcessor) {
        script = this.GSUBProcessor.selectScript(glyphRun.script, glyphRun.language, glyphRun.direction);
      }
      this.shaper = /** @type {ShaperLike} */
      choose(glyphRun.script || script);
      this.plan = new ShapingPlan(this.font, script || glyphRun.script, glyphRun.direction);
      this.plan.bufferScript = glyphRun.script;
      this.shaper.plan(this.plan, this.glyphInfos, glyphRun.features);
      let features2 = {};
      for (let key in this.plan.allFeatures) {
        features2[key] = true;
      }
      glyphRun.features = Object.assign(features2, glyphRun.features);
    }
    /**
     * @param {GlyphRunLike} glyphRun
     */
    substitute(glyphRun) {
      if (this.GSUBProcessor && this.plan && this.glyphInfos) {
        this.plan.process(this.GSUBProcessor, this.glyphInfos);
        let glyphs = [];
        for (let glyphInfo of this.glyphInfos) {
          let g = this.font.getGlyph(glyphInfo.id, glyphInfo.codePoints);
          if (g) {
            glyphs.push(g);
          }
        }
        glyphRun.glyphs = glyphs;
      }
    }
    /**
     * @param {GlyphRunLike} glyphRun
     * @returns {FeatureMap | Record<string, import('../../types/fontkit').OTFeature> | null | undefined | false}
     */
    position(glyphRun) {
      if (this.shaper && this.shaper.zeroMarkWidths === "BEFORE_GPOS" && glyphRun.positions) {
        this.zeroMarkAdvances(glyphRun.positions);
      }
      if (this.GPOSProcessor && this.plan && this.glyphInfos && glyphRun.positions) {
        this.plan.process(this.GPOSProcessor, this.glyphInfos, glyphRun.positions);
      }
      if (this.shaper && this.shaper.zeroMarkWidths === "AFTER_GPOS" && glyphRun.positions) {
        this.zeroMarkAdvances(glyphRun.positions);
      }
      if (glyphRun.direction === "rtl") {
        glyphRun.glyphs.reverse();
        if (glyphRun.positions) {
          glyphRun.positions.reverse();
        }
      }
      return this.GPOSProcessor && this.GPOSProcessor.features;
    }
    /**
     * @param {GlyphPositionLike[]} positions
     */
    zeroMarkAdvances(positions) {
      if (!this.glyphInfos) {
        return;
      }
      for (let i = 0; i < this.glyphInfos.length; i++) {
        if (this.glyphInfos[i].isMark) {
          positions[i].xAdvance = 0;
          positions[i].yAdvance = 0;
        }
      }
    }
    cleanup() {
      this.glyphInfos = null;
      this.plan = null;
      this.shaper = null;
    }
    /**
     * @param {ScriptTag | string[] | null | undefined} script
     * @param {LanguageTag | null | undefined} language
     * @returns {string[]}
     */
    getAvailableFeatures(script, language) {
      let features2 = [];
      if (this.GSUBProcessor) {
        this.GSUBProcessor.selectScript(script, language);
        features2.push(...Object.keys(this.GSUBProcessor.features));
      }
      if (this.GPOSProcessor) {
        this.GPOSProcessor.selectScript(script, language);
        features2.push(...Object.keys(this.GPOSProcessor.features));
      }
      return features2;
    }
  };

  // src/layout/LayoutEngine.js
  var LayoutEngine = class {
    /**
     * @param {LayoutFont} font
     */
    constructor(font) {
      this.font = font;
      this.unicodeLayoutEngine = null;
      this.kernProcessor = null;
      this.engine = void 0;
      if (this.font.morx) {
        this.engine = /** @type {AdvancedLayoutEngine} */
        new AATLayoutEngine(this.font);
      } else if (this.font.GSUB || this.font.GPOS) {
        this.engine = /** @type {AdvancedLayoutEngine} */
        new OTLayoutEngine(this.font);
      }
    }
    /**
     * @param {string | LayoutGlyph[]} string
     * @param {FeatureInput | ScriptTag | string[] | null | undefined} [features]
     * @param {ScriptTag | string[] | LanguageTag | null | undefined} [script]
     * @param {LanguageTag | TextDirection | null | undefined} [language]
     * @param {TextDirection | null | undefined} [direction]
     * @returns {GlyphRunInstance}
     */
    layout(string, features2, script, language, direction2) {
      if (typeof features2 === "string") {
        direction2 = /** @type {TextDirection | null | undefined} */
        language;
        language = /** @type {LanguageTag | null | undefined} */
        script;
        script = features2;
        features2 = [];
      }
      let glyphs;
      if (typeof string === "string") {
        if (script == null) {
          script = forString(string);
        }
        glyphs = this.font.glyphsForString(string);
      } else {
        if (script == null) {
          let codePoints = [];
          for (let glyph2 of string) {
            codePoints.push(...glyph2.codePoints);
          }
          script = forCodePoints(codePoints);
        }
        glyphs = string;
      }
      let glyphRun = new GlyphRun(
        /** @type {import('../glyph/Glyph').default[]} */
        glyphs,
        /** @type {FeatureInput | null | undefined} */
        features2,
        script,
        /** @type {LanguageTag | null | undefined} */
        language,
        /** @type {TextDirection | null | undefined} */
        direction2
      );
      if (glyphs.length === 0) {
        glyphRun.positions = [];
        return glyphRun;
      }
      if (this.engine && this.engine.setup) {
        this.engine.setup(
          /** @type {GlyphRunLike} */
          glyphRun
        );
      }
      this.substitute(glyphRun);
      this.position(glyphRun);
      if (glyphRun.positions) {
        this.hideDefaultIgnorables(
          /** @type {LayoutGlyph[]} */
          glyphRun.glyphs,
          glyphRun.positions
        );
      }
      if (this.engine && this.engine.cleanup) {
        this.engine.cleanup();
      }
      return glyphRun;
    }
    /**
     * @param {GlyphRunInstance} glyphRun
     */
    substitute(glyphRun) {
      if (this.engine && this.engine.substitute) {
        this.engine.substitute(
          /** @type {GlyphRunLike} */
          glyphRun
        );
      }
    }
    /**
     * @param {GlyphRunInstance} glyphRun
     */
    position(glyphRun) {
      glyphRun.positions = /** @type {LayoutGlyph[]} */
      glyphRun.glyphs.map(
        /** @param {LayoutGlyph} glyph */
        (glyph2) => new GlyphPosition(glyph2.advanceWidth)
      );
      let positioned = null;
      if (this.engine && this.engine.position) {
        positioned = this.engine.position(
          /** @type {GlyphRunLike} */
          glyphRun
        );
      }
      if (!positioned && (!this.engine || this.engine.fallbackPosition)) {
        if (!this.unicodeLayoutEngine) {
          this.unicodeLayoutEngine = new UnicodeLayoutEngine(this.font);
        }
        this.unicodeLayoutEngine.positionGlyphs(
          /** @type {LayoutGlyph[]} */
          glyphRun.glyphs,
          /** @type {GlyphPositionLike[]} */
          glyphRun.positions
        );
      }
      if ((!positioned || !positioned.kern) && glyphRun.features.kern !== false && this.font.kern) {
        if (!this.kernProcessor) {
          this.kernProcessor = new KernProcessor(this.font);
        }
        this.kernProcessor.process(
          /** @type {LayoutGlyph[]} */
          glyphRun.glyphs,
          /** @type {GlyphPositionLike[]} */
          glyphRun.positions
        );
        glyphRun.features.kern = true;
      }
    }
    /**
     * @param {LayoutGlyph[]} glyphs
     * @param {GlyphPositionLike[]} positions
     */
    hideDefaultIgnorables(glyphs, positions) {
      let space = this.font.glyphForCodePoint(32);
      if (!space) {
        return;
      }
      for (let i = 0; i < glyphs.length; i++) {
        if (this.isDefaultIgnorable(glyphs[i].codePoints[0])) {
          glyphs[i] = space;
          positions[i].xAdvance = 0;
          positions[i].yAdvance = 0;
        }
      }
    }
    /**
     * @param {number} ch
     * @returns {boolean}
     */
    isDefaultIgnorable(ch) {
      let plane = ch >> 16;
      if (plane === 0) {
        switch (ch >> 8) {
          case 0:
            return ch === 173;
          case 3:
            return ch === 847;
          case 6:
            return ch === 1564;
          case 23:
            return 6068 <= ch && ch <= 6069;
          case 24:
            return 6155 <= ch && ch <= 6158;
          case 32:
            return 8203 <= ch && ch <= 8207 || 8234 <= ch && ch <= 8238 || 8288 <= ch && ch <= 8303;
          case 254:
            return 65024 <= ch && ch <= 65039 || ch === 65279;
          case 255:
            return 65520 <= ch && ch <= 65528;
          default:
            return false;
        }
      } else {
        switch (plane) {
          case 1:
            return 113824 <= ch && ch <= 113827 || 119155 <= ch && ch <= 119162;
          case 14:
            return 917504 <= ch && ch <= 921599;
          default:
            return false;
        }
      }
    }
    /**
     * @param {ScriptTag | string[] | null | undefined} [script]
     * @param {LanguageTag | null | undefined} [language]
     * @returns {string[]}
     */
    getAvailableFeatures(script, language) {
      let features2 = [];
      if (this.engine) {
        features2.push(...this.engine.getAvailableFeatures(script, language));
      }
      if (this.font.kern && features2.indexOf("kern") === -1) {
        features2.push("kern");
      }
      return features2;
    }
    /**
     * @param {number} gid
     * @returns {string[]}
     */
    stringsForGlyph(gid) {
      let result = /* @__PURE__ */ new Set();
      let codePoints = this.font._cmapProcessor.codePointsForGlyph(gid);
      for (let codePoint of codePoints) {
        result.add(String.fromCodePoint(codePoint));
      }
      if (this.engine && this.engine.stringsForGlyph) {
        for (let string of this.engine.stringsForGlyph(gid)) {
          result.add(string);
        }
      }
      return Array.from(result);
    }
  };

  // src/glyph/Path.js
  var SVG_COMMANDS = {
    moveTo: "M",
    lineTo: "L",
    quadraticCurveTo: "Q",
    bezierCurveTo: "C",
    closePath: "Z"
  };
  var Path = class _Path {
    constructor() {
      this.commands = [];
      this._bbox = null;
      this._cbox = null;
    }
    /**
     * @param {PathCommand['command']} command
     * @param {...number} args
     * @returns {this}
     */
    _addCommand(command, ...args) {
      this._bbox = this._cbox = null;
      this.commands.push({
        command,
        args
      });
      return this;
    }
    /**
     * @param {number} x
     * @param {number} y
     * @returns {this}
     */
    moveTo(x, y) {
      return this._addCommand("moveTo", x, y);
    }
    /**
     * @param {number} x
     * @param {number} y
     * @returns {this}
     */
    lineTo(x, y) {
      return this._addCommand("lineTo", x, y);
    }
    /**
     * @param {number} cpx
     * @param {number} cpy
     * @param {number} x
     * @param {number} y
     * @returns {this}
     */
    quadraticCurveTo(cpx, cpy, x, y) {
      return this._addCommand("quadraticCurveTo", cpx, cpy, x, y);
    }
    /**
     * @param {number} cp1x
     * @param {number} cp1y
     * @param {number} cp2x
     * @param {number} cp2y
     * @param {number} x
     * @param {number} y
     * @returns {this}
     */
    bezierCurveTo(cp1x, cp1y, cp2x, cp2y, x, y) {
      return this._addCommand("bezierCurveTo", cp1x, cp1y, cp2x, cp2y, x, y);
    }
    /**
     * @returns {this}
     */
    closePath() {
      return this._addCommand("closePath");
    }
    /**
     * Compiles the path to a JavaScript function that can be applied with
     * a graphics context in order to render the path.
     * @return {(ctx: PathRenderingContext) => void}
     */
    toFunction() {
      return (ctx) => {
        this.commands.forEach((c) => {
          const fn = ctx[c.command];
          if (typeof fn === "function") {
            Reflect.apply(fn, ctx, c.args);
          }
        });
      };
    }
    /**
     * Converts the path to an SVG path data string
     * @return {string}
     */
    toSVG() {
      let cmds = this.commands.map((c) => {
        let args = c.args.map(
          /** @param {number} arg */
          (arg) => Math.round(arg * 100) / 100
        );
        return `${SVG_COMMANDS[c.command]}${args.join(" ")}`;
      });
      return cmds.join("");
    }
    /**
     * Gets the "control box" of a path.
     * This is like the bounding box, but it includes all points including
     * control points of bezier segments and is much faster to compute than
     * the real bounding box.
     * @type {BBox}
     */
    get cbox() {
      if (!this._cbox) {
        if (this.commands.length === 0) {
          this._cbox = Object.freeze(new BBox(0, 0, 0, 0));
        } else {
          let cbox = new BBox();
          for (let command of this.commands) {
            for (let i = 0; i < command.args.length; i += 2) {
              cbox.addPoint(command.args[i], command.args[i + 1]);
            }
          }
          this._cbox = Object.freeze(cbox);
        }
      }
      return this._cbox;
    }
    /**
     * Gets the exact bounding box of the path by evaluating curve segments.
     * Slower to compute than the control box, but more accurate.
     * @type {BBox}
     */
    get bbox() {
      if (this._bbox) {
        return this._bbox;
      }
      if (this.commands.length === 0) {
        return this._bbox = Object.freeze(new BBox(0, 0, 0, 0));
      }
      let bbox = new BBox();
      let cx = 0, cy = 0;
      for (let c of this.commands) {
        switch (c.command) {
          case "moveTo":
          case "lineTo": {
            let [x, y] = c.args;
            bbox.addPoint(x, y);
            cx = x;
            cy = y;
            break;
          }
          case "quadraticCurveTo":
          case "bezierCurveTo": {
            let cp1x, cp1y, cp2x, cp2y, p3x, p3y;
            if (c.command === "quadraticCurveTo") {
              let [qp1x, qp1y, qp3x, qp3y] = c.args;
              p3x = qp3x;
              p3y = qp3y;
              cp1x = cx + 2 / 3 * (qp1x - cx);
              cp1y = cy + 2 / 3 * (qp1y - cy);
              cp2x = p3x + 2 / 3 * (qp1x - p3x);
              cp2y = p3y + 2 / 3 * (qp1y - p3y);
            } else {
              [cp1x, cp1y, cp2x, cp2y, p3x, p3y] = c.args;
            }
            bbox.addPoint(p3x, p3y);
            let p0 = [cx, cy];
            let p1 = [cp1x, cp1y];
            let p2 = [cp2x, cp2y];
            let p3 = [p3x, p3y];
            let f = (t, i) => Math.pow(1 - t, 3) * p0[i] + 3 * Math.pow(1 - t, 2) * t * p1[i] + 3 * (1 - t) * Math.pow(t, 2) * p2[i] + Math.pow(t, 3) * p3[i];
            for (let i = 0; i <= 1; i++) {
              let b = 6 * p0[i] - 12 * p1[i] + 6 * p2[i];
              let a = -3 * p0[i] + 9 * p1[i] - 9 * p2[i] + 3 * p3[i];
              let coeff = 3 * p1[i] - 3 * p0[i];
              if (a === 0) {
                if (b === 0) {
                  continue;
                }
                let t = -coeff / b;
                if (0 < t && t < 1) {
                  if (i === 0) {
                    bbox.addPoint(f(t, i), bbox.maxY);
                  } else if (i === 1) {
                    bbox.addPoint(bbox.maxX, f(t, i));
                  }
                }
                continue;
              }
              let b2ac = Math.pow(b, 2) - 4 * coeff * a;
              if (b2ac < 0) {
                continue;
              }
              let t1 = (-b + Math.sqrt(b2ac)) / (2 * a);
              if (0 < t1 && t1 < 1) {
                if (i === 0) {
                  bbox.addPoint(f(t1, i), bbox.maxY);
                } else if (i === 1) {
                  bbox.addPoint(bbox.maxX, f(t1, i));
                }
              }
              let t2 = (-b - Math.sqrt(b2ac)) / (2 * a);
              if (0 < t2 && t2 < 1) {
                if (i === 0) {
                  bbox.addPoint(f(t2, i), bbox.maxY);
                } else if (i === 1) {
                  bbox.addPoint(bbox.maxX, f(t2, i));
                }
              }
            }
            cx = p3x;
            cy = p3y;
            break;
          }
        }
      }
      return this._bbox = Object.freeze(bbox);
    }
    /**
     * Applies a mapping function to each point in the path.
     * @param {(x: number, y: number) => [number, number]} fn
     * @return {Path}
     */
    mapPoints(fn) {
      let path = new _Path();
      for (let c of this.commands) {
        let args = [];
        for (let i = 0; i < c.args.length; i += 2) {
          let [x, y] = fn(c.args[i], c.args[i + 1]);
          args.push(x, y);
        }
        path._addCommand(c.command, ...args);
      }
      return path;
    }
    /**
     * Transforms the path by the given matrix.
     * @param {number} m0
     * @param {number} m1
     * @param {number} m2
     * @param {number} m3
     * @param {number} m4
     * @param {number} m5
     * @returns {Path}
     */
    transform(m0, m1, m2, m3, m4, m5) {
      return this.mapPoints((x, y) => {
        const tx = m0 * x + m2 * y + m4;
        const ty = m1 * x + m3 * y + m5;
        return [tx, ty];
      });
    }
    /**
     * Translates the path by the given offset.
     * @param {number} x
     * @param {number} y
     * @returns {Path}
     */
    translate(x, y) {
      return this.transform(1, 0, 0, 1, x, y);
    }
    /**
     * Rotates the path by the given angle (in radians).
     * @param {number} angle
     * @returns {Path}
     */
    rotate(angle) {
      let cos = Math.cos(angle);
      let sin = Math.sin(angle);
      return this.transform(cos, sin, -sin, cos, 0, 0);
    }
    /**
     * Scales the path.
     * @param {number} scaleX
     * @param {number} [scaleY]
     * @returns {Path}
     */
    scale(scaleX, scaleY = scaleX) {
      return this.transform(scaleX, 0, 0, scaleY, 0, 0);
    }
  };

  // src/glyph/StandardNames.js
  var StandardNames_default = [
    ".notdef",
    ".null",
    "nonmarkingreturn",
    "space",
    "exclam",
    "quotedbl",
    "numbersign",
    "dollar",
    "percent",
    "ampersand",
    "quotesingle",
    "parenleft",
    "parenright",
    "asterisk",
    "plus",
    "comma",
    "hyphen",
    "period",
    "slash",
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "colon",
    "semicolon",
    "less",
    "equal",
    "greater",
    "question",
    "at",
    "A",
    "B",
    "C",
    "D",
    "E",
    "F",
    "G",
    "H",
    "I",
    "J",
    "K",
    "L",
    "M",
    "N",
    "O",
    "P",
    "Q",
    "R",
    "S",
    "T",
    "U",
    "V",
    "W",
    "X",
    "Y",
    "Z",
    "bracketleft",
    "backslash",
    "bracketright",
    "asciicircum",
    "underscore",
    "grave",
    "a",
    "b",
    "c",
    "d",
    "e",
    "f",
    "g",
    "h",
    "i",
    "j",
    "k",
    "l",
    "m",
    "n",
    "o",
    "p",
    "q",
    "r",
    "s",
    "t",
    "u",
    "v",
    "w",
    "x",
    "y",
    "z",
    "braceleft",
    "bar",
    "braceright",
    "asciitilde",
    "Adieresis",
    "Aring",
    "Ccedilla",
    "Eacute",
    "Ntilde",
    "Odieresis",
    "Udieresis",
    "aacute",
    "agrave",
    "acircumflex",
    "adieresis",
    "atilde",
    "aring",
    "ccedilla",
    "eacute",
    "egrave",
    "ecircumflex",
    "edieresis",
    "iacute",
    "igrave",
    "icircumflex",
    "idieresis",
    "ntilde",
    "oacute",
    "ograve",
    "ocircumflex",
    "odieresis",
    "otilde",
    "uacute",
    "ugrave",
    "ucircumflex",
    "udieresis",
    "dagger",
    "degree",
    "cent",
    "sterling",
    "section",
    "bullet",
    "paragraph",
    "germandbls",
    "registered",
    "copyright",
    "trademark",
    "acute",
    "dieresis",
    "notequal",
    "AE",
    "Oslash",
    "infinity",
    "plusminus",
    "lessequal",
    "greaterequal",
    "yen",
    "mu",
    "partialdiff",
    "summation",
    "product",
    "pi",
    "integral",
    "ordfeminine",
    "ordmasculine",
    "Omega",
    "ae",
    "oslash",
    "questiondown",
    "exclamdown",
    "logicalnot",
    "radical",
    "florin",
    "approxequal",
    "Delta",
    "guillemotleft",
    "guillemotright",
    "ellipsis",
    "nonbreakingspace",
    "Agrave",
    "Atilde",
    "Otilde",
    "OE",
    "oe",
    "endash",
    "emdash",
    "quotedblleft",
    "quotedblright",
    "quoteleft",
    "quoteright",
    "divide",
    "lozenge",
    "ydieresis",
    "Ydieresis",
    "fraction",
    "currency",
    "guilsinglleft",
    "guilsinglright",
    "fi",
    "fl",
    "daggerdbl",
    "periodcentered",
    "quotesinglbase",
    "quotedblbase",
    "perthousand",
    "Acircumflex",
    "Ecircumflex",
    "Aacute",
    "Edieresis",
    "Egrave",
    "Iacute",
    "Icircumflex",
    "Idieresis",
    "Igrave",
    "Oacute",
    "Ocircumflex",
    "apple",
    "Ograve",
    "Uacute",
    "Ucircumflex",
    "Ugrave",
    "dotlessi",
    "circumflex",
    "tilde",
    "macron",
    "breve",
    "dotaccent",
    "ring",
    "cedilla",
    "hungarumlaut",
    "ogonek",
    "caron",
    "Lslash",
    "lslash",
    "Scaron",
    "scaron",
    "Zcaron",
    "zcaron",
    "brokenbar",
    "Eth",
    "eth",
    "Yacute",
    "yacute",
    "Thorn",
    "thorn",
    "minus",
    "multiply",
    "onesuperior",
    "twosuperior",
    "threesuperior",
    "onehalf",
    "onequarter",
    "threequarters",
    "franc",
    "Gbreve",
    "gbreve",
    "Idotaccent",
    "Scedilla",
    "scedilla",
    "Cacute",
    "cacute",
    "Ccaron",
    "ccaron",
    "dcroat"
  ];

  // src/glyph/Glyph.js
  var Glyph = class {
    /**
     * @param {number} id
     * @param {number[]} codePoints
     * @param {FontLike} font
     */
    constructor(id, codePoints, font) {
      this.id = id;
      this.codePoints = codePoints;
      this._font = font;
      this._metrics = void 0;
      this.isMark = this.codePoints.length > 0 && this.codePoints.every(isMark);
      this.isLigature = this.codePoints.length > 1;
    }
    /**
     * @returns {Path}
     */
    _getPath() {
      return new Path();
    }
    /**
     * @returns {BBox}
     */
    _getCBox() {
      return this.path.cbox;
    }
    /**
     * @returns {BBox}
     */
    _getBBox() {
      return this.path.bbox;
    }
    /**
     * @param {MetricsTable} table
     * @returns {{ advance: number, bearing: number }}
     */
    _getTableMetrics(table) {
      if (this.id < table.metrics.length) {
        let metric2 = table.metrics.get(this.id);
        return {
          advance: metric2 ? metric2.advance : 0,
          bearing: metric2 ? metric2.bearing : 0
        };
      }
      let metric = table.metrics.get(table.metrics.length - 1);
      let res = {
        advance: metric ? metric.advance : 0,
        bearing: table.bearings.get(this.id - table.metrics.length) || 0
      };
      return res;
    }
    /**
     * @param {BBox} [cbox]
     * @returns {GlyphMetrics}
     */
    _getMetrics(cbox) {
      if (this._metrics) {
        return this._metrics;
      }
      if (cbox == null) {
        ({ cbox } = this);
      }
      let { advance: advanceWidth, bearing: leftBearing } = this._getTableMetrics(this._font.hmtx);
      let advanceHeight, topBearing;
      if (this._font.vmtx) {
        ({ advance: advanceHeight, bearing: topBearing } = this._getTableMetrics(this._font.vmtx));
      } else {
        advanceHeight = Math.abs(this._font.ascent - this._font.descent);
        topBearing = this._font.ascent - cbox.maxY;
      }
      if (this._font._variationProcessor && this._font.HVAR) {
        advanceWidth += this._font._variationProcessor.getAdvanceAdjustment(this.id, this._font.HVAR);
      }
      let { width, height } = cbox;
      return this._metrics = {
        width,
        height,
        advanceWidth,
        advanceHeight,
        leftBearing,
        topBearing,
        rightBearing: advanceWidth - leftBearing - width,
        bottomBearing: advanceHeight - topBearing - height
      };
    }
    /**
     * The glyph’s control box.
     * This is often the same as the bounding box, but is faster to compute.
     * Because of the way bezier curves are defined, some of the control points
     * can be outside of the bounding box. Where `bbox` takes this into account,
     * `cbox` does not. Thus, cbox is less accurate, but faster to compute.
     * See [here](http://www.freetype.org/freetype2/docs/glyphs/glyphs-6.html#section-2)
     * for a more detailed description.
     *
     * @type {BBox}
     */
    get cbox() {
      return this._getCBox();
    }
    /**
     * The glyph’s bounding box, i.e. the rectangle that encloses the
     * glyph outline as tightly as possible.
     * @type {BBox}
     */
    get bbox() {
      return this._getBBox();
    }
    /**
     * A vector Path object representing the glyph outline.
     * @type {Path}
     */
    get path() {
      return this._getPath();
    }
    /**
     * Returns a path scaled to the given font size.
     * @param {number} size
     * @return {Path}
     */
    getScaledPath(size) {
      let scale = 1 / this._font.unitsPerEm * size;
      return this.path.scale(scale);
    }
    /**
     * The glyph's width.
     * @type {number}
     */
    get width() {
      return this._getMetrics().width;
    }
    /**
     * The glyph's height.
     * @type {number}
     */
    get height() {
      return this._getMetrics().height;
    }
    /**
     * The glyph's advance width.
     * @type {number}
     */
    get advanceWidth() {
      return this._getMetrics().advanceWidth;
    }
    /**
     * The glyph's advance height.
     * @type {number}
     */
    get advanceHeight() {
      return this._getMetrics().advanceHeight;
    }
    /**
     * The glyph's left side bearing.
     * @type {number}
     */
    get leftBearing() {
      return this._getMetrics().leftBearing;
    }
    /**
     * The glyph's top side bearing.
     * @type {number}
     */
    get topBearing() {
      return this._getMetrics().topBearing;
    }
    /**
     * The glyph's right side bearing.
     * @type {number}
     */
    get rightBearing() {
      return this._getMetrics().rightBearing;
    }
    /**
     * The glyph's bottom side bearing.
     * @type {number}
     */
    get bottomBearing() {
      return this._getMetrics().bottomBearing;
    }
    /**
     * @returns {null}
     */
    get ligatureCaretPositions() {
      return null;
    }
    /**
     * @returns {string | null | undefined}
     */
    _getName() {
      let { post } = this._font;
      if (!post) {
        return null;
      }
      switch (post.version) {
        case 1:
          return StandardNames_default[this.id];
        case 2: {
          let id = post.glyphNameIndex?.[this.id];
          if (id == null) {
            return null;
          }
          if (id < StandardNames_default.length) {
            return StandardNames_default[id];
          }
          return post.names?.[id - StandardNames_default.length];
        }
        case 2.5: {
          let offset = post.offsets?.[this.id];
          if (offset == null) {
            return null;
          }
          return StandardNames_default[this.id + offset];
        }
        case 4: {
          let mapped = post.map?.[this.id];
          if (mapped == null) {
            return null;
          }
          return String.fromCharCode(mapped);
        }
      }
      return null;
    }
    /**
     * The glyph's name
     * @type {string | null | undefined}
     */
    get name() {
      return this._getName();
    }
    /**
     * Renders the glyph to the given graphics context, at the specified font size.
     * @param {PathRenderingContext} ctx
     * @param {number} size
     * @returns {void}
     */
    render(ctx, size) {
      ctx.save();
      let scale = 1 / this._font.head.unitsPerEm * size;
      ctx.scale(scale, scale);
      let fn = this.path.toFunction();
      fn(ctx);
      ctx.fill();
      ctx.restore();
    }
  };
  defineCached(Glyph.prototype, [
    "cbox",
    "bbox",
    "path",
    "width",
    "height",
    "advanceWidth",
    "advanceHeight",
    "leftBearing",
    "topBearing",
    "rightBearing",
    "bottomBearing",
    "name"
  ]);

  // src/glyph/TTFGlyph.js
  var GlyfHeader = new Struct({
    numberOfContours: int16,
    // if negative, this is a composite glyph
    xMin: int16,
    yMin: int16,
    xMax: int16,
    yMax: int16
  });
  var ON_CURVE = 1 << 0;
  var X_SHORT_VECTOR = 1 << 1;
  var Y_SHORT_VECTOR = 1 << 2;
  var REPEAT = 1 << 3;
  var SAME_X = 1 << 4;
  var SAME_Y = 1 << 5;
  var ARG_1_AND_2_ARE_WORDS = 1 << 0;
  var _ARGS_ARE_XY_VALUES = 1 << 1;
  var _ROUND_XY_TO_GRID = 1 << 2;
  var WE_HAVE_A_SCALE = 1 << 3;
  var MORE_COMPONENTS = 1 << 5;
  var WE_HAVE_AN_X_AND_Y_SCALE = 1 << 6;
  var WE_HAVE_A_TWO_BY_TWO = 1 << 7;
  var WE_HAVE_INSTRUCTIONS = 1 << 8;
  var _USE_MY_METRICS = 1 << 9;
  var _OVERLAP_COMPOUND = 1 << 10;
  var _SCALED_COMPONENT_OFFSET = 1 << 11;
  var _UNSCALED_COMPONENT_OFFSET = 1 << 12;
  function decodeGlyfHeader(raw) {
    let numberOfContours = raw.numberOfContours;
    let xMin = raw.xMin;
    let yMin = raw.yMin;
    let xMax = raw.xMax;
    let yMax = raw.yMax;
    if (typeof numberOfContours !== "number" || typeof xMin !== "number" || typeof yMin !== "number" || typeof xMax !== "number" || typeof yMax !== "number") {
      throw new Error("Invalid glyf header");
    }
    return { numberOfContours, xMin, yMin, xMax, yMax };
  }
  function asNumberArray(values) {
    let out = [];
    for (let i = 0; i < values.length; i++) {
      let v = values[i];
      if (typeof v !== "number") {
        throw new Error("Expected number array from glyf decode");
      }
      out.push(v);
    }
    return out;
  }
  var Point = class _Point {
    /**
     * @param {boolean} onCurve
     * @param {boolean} endContour
     * @param {number} [x]
     * @param {number} [y]
     */
    constructor(onCurve, endContour, x = 0, y = 0) {
      this.onCurve = onCurve;
      this.endContour = endContour;
      this.x = x;
      this.y = y;
    }
    /**
     * @returns {Point}
     */
    copy() {
      return new _Point(this.onCurve, this.endContour, this.x, this.y);
    }
  };
  var Component = class {
    /**
     * @param {number} glyphID
     * @param {number} dx
     * @param {number} dy
     */
    constructor(glyphID, dx, dy) {
      this.glyphID = glyphID;
      this.dx = dx;
      this.dy = dy;
      this.pos = 0;
      this.scaleX = 1;
      this.scaleY = 1;
      this.scale01 = 0;
      this.scale10 = 0;
    }
  };
  var TTFGlyph = class extends Glyph {
    constructor() {
      super(...arguments);
      this.type = "TTF";
    }
    /**
     * Parses just the glyph header and returns the bounding box
     * @param {boolean} [internal]
     * @returns {BBox}
     */
    _getCBox(internal) {
      if (this._font._variationProcessor && !internal) {
        return this.path.cbox;
      }
      let loca2 = this._font.loca;
      if (!loca2) {
        return Object.freeze(new BBox(0, 0, 0, 0));
      }
      let glyfPos = loca2.offsets[this.id];
      if (glyfPos === loca2.offsets[this.id + 1]) {
        return Object.freeze(new BBox(0, 0, 0, 0));
      }
      let stream = this._font._getTableStream("glyf");
      if (!stream) {
        return Object.freeze(new BBox(0, 0, 0, 0));
      }
      stream.pos += glyfPos;
      let glyph2 = decodeGlyfHeader(GlyfHeader.decode(stream));
      return Object.freeze(new BBox(glyph2.xMin, glyph2.yMin, glyph2.xMax, glyph2.yMax));
    }
    /**
     * Parses a single glyph coordinate
     * @param {DecodeStream} stream
     * @param {number} prev
     * @param {number} short
     * @param {number} same
     * @returns {number}
     */
    _parseGlyphCoord(stream, prev, short, same) {
      let val;
      if (short) {
        val = stream.readUInt8();
        if (!same) {
          val = -val;
        }
        val += prev;
      } else {
        if (same) {
          val = prev;
        } else {
          val = prev + stream.readInt16BE();
        }
      }
      return val;
    }
    /**
     * Decodes the glyph data into points for simple glyphs,
     * or components for composite glyphs
     * @returns {DecodedGlyf | null}
     */
    _decode() {
      let loca2 = this._font.loca;
      if (!loca2) {
        return null;
      }
      let glyfPos = loca2.offsets[this.id];
      let nextPos = loca2.offsets[this.id + 1];
      if (glyfPos === nextPos) {
        return null;
      }
      let stream = this._font._getTableStream("glyf");
      if (!stream) {
        return null;
      }
      stream.pos += glyfPos;
      let startPos = stream.pos;
      let glyph2 = decodeGlyfHeader(GlyfHeader.decode(stream));
      if (glyph2.numberOfContours > 0) {
        this._decodeSimple(glyph2, stream);
      } else if (glyph2.numberOfContours < 0) {
        this._decodeComposite(glyph2, stream, startPos);
      }
      return glyph2;
    }
    /**
     * @param {DecodedGlyf} glyph
     * @param {DecodeStream} stream
     * @returns {void}
     */
    _decodeSimple(glyph2, stream) {
      glyph2.points = [];
      let endPtsOfContours = asNumberArray(new ArrayT(uint16, glyph2.numberOfContours).decode(stream));
      glyph2.instructions = asNumberArray(new ArrayT(uint8, uint16).decode(stream));
      let flags = [];
      let numCoords = endPtsOfContours[endPtsOfContours.length - 1] + 1;
      while (flags.length < numCoords) {
        let flag = stream.readUInt8();
        flags.push(flag);
        if (flag & REPEAT) {
          let count = stream.readUInt8();
          for (let j = 0; j < count; j++) {
            flags.push(flag);
          }
        }
      }
      for (let i = 0; i < flags.length; i++) {
        let flag = flags[i];
        let point = new Point(!!(flag & ON_CURVE), endPtsOfContours.indexOf(i) >= 0, 0, 0);
        glyph2.points.push(point);
      }
      let px = 0;
      for (let i = 0; i < flags.length; i++) {
        let flag = flags[i];
        let point = glyph2.points[i];
        point.x = px = this._parseGlyphCoord(stream, px, flag & X_SHORT_VECTOR, flag & SAME_X);
      }
      let py = 0;
      for (let i = 0; i < flags.length; i++) {
        let flag = flags[i];
        let point = glyph2.points[i];
        point.y = py = this._parseGlyphCoord(stream, py, flag & Y_SHORT_VECTOR, flag & SAME_Y);
      }
      if (this._font._variationProcessor) {
        let points = glyph2.points.slice();
        points.push(...this._getPhantomPoints(glyph2));
        this._font._variationProcessor.transformPoints(this.id, points);
        glyph2.phantomPoints = points.slice(-4);
      }
      return;
    }
    /**
     * @param {DecodedGlyf} glyph
     * @param {DecodeStream} stream
     * @param {number} [offset]
     * @returns {boolean}
     */
    _decodeComposite(glyph2, stream, offset = 0) {
      glyph2.components = [];
      let haveInstructions = false;
      let flags = MORE_COMPONENTS;
      while (flags & MORE_COMPONENTS) {
        flags = stream.readUInt16BE();
        let gPos = stream.pos - offset;
        let glyphID = stream.readUInt16BE();
        if (!haveInstructions) {
          haveInstructions = (flags & WE_HAVE_INSTRUCTIONS) !== 0;
        }
        let dx, dy;
        if (flags & ARG_1_AND_2_ARE_WORDS) {
          dx = stream.readInt16BE();
          dy = stream.readInt16BE();
        } else {
          dx = stream.readInt8();
          dy = stream.readInt8();
        }
        let component = new Component(glyphID, dx, dy);
        component.pos = gPos;
        if (flags & WE_HAVE_A_SCALE) {
          component.scaleX = component.scaleY = (stream.readUInt8() << 24 | stream.readUInt8() << 16) / 1073741824;
        } else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) {
          component.scaleX = (stream.readUInt8() << 24 | stream.readUInt8() << 16) / 1073741824;
          component.scaleY = (stream.readUInt8() << 24 | stream.readUInt8() << 16) / 1073741824;
        } else if (flags & WE_HAVE_A_TWO_BY_TWO) {
          component.scaleX = (stream.readUInt8() << 24 | stream.readUInt8() << 16) / 1073741824;
          component.scale01 = (stream.readUInt8() << 24 | stream.readUInt8() << 16) / 1073741824;
          component.scale10 = (stream.readUInt8() << 24 | stream.readUInt8() << 16) / 1073741824;
          component.scaleY = (stream.readUInt8() << 24 | stream.readUInt8() << 16) / 1073741824;
        }
        glyph2.components.push(component);
      }
      if (this._font._variationProcessor) {
        let points = [];
        for (let j = 0; j < glyph2.components.length; j++) {
          let component = glyph2.components[j];
          points.push(new Point(true, true, component.dx, component.dy));
        }
        points.push(...this._getPhantomPoints(glyph2));
        this._font._variationProcessor.transformPoints(this.id, points);
        glyph2.phantomPoints = points.splice(-4, 4);
        for (let i = 0; i < points.length; i++) {
          let point = points[i];
          glyph2.components[i].dx = point.x;
          glyph2.components[i].dy = point.y;
        }
      }
      return haveInstructions;
    }
    /**
     * @param {DecodedGlyf} glyph
     * @returns {Point[]}
     */
    _getPhantomPoints(glyph2) {
      let cbox = this._getCBox(true);
      if (this._metrics == null) {
        this._metrics = Glyph.prototype._getMetrics.call(this, cbox);
      }
      let { advanceWidth, advanceHeight, leftBearing, topBearing } = this._metrics;
      return [
        new Point(false, true, glyph2.xMin - leftBearing, 0),
        new Point(false, true, glyph2.xMin - leftBearing + advanceWidth, 0),
        new Point(false, true, 0, glyph2.yMax + topBearing),
        new Point(false, true, 0, glyph2.yMax + topBearing + advanceHeight)
      ];
    }
    /**
     * Decodes font data, resolves composite glyphs, and returns an array of contours
     * @returns {Point[][]}
     */
    _getContours() {
      let glyph2 = this._decode();
      if (!glyph2) {
        return [];
      }
      let points = [];
      if (glyph2.numberOfContours < 0) {
        let components = glyph2.components || [];
        for (let component of components) {
          let componentGlyph = this._font._getBaseGlyph(component.glyphID);
          if (!componentGlyph || typeof componentGlyph._getContours !== "function") {
            continue;
          }
          let contours2 = componentGlyph._getContours();
          for (let i = 0; i < contours2.length; i++) {
            let contour = contours2[i];
            for (let j = 0; j < contour.length; j++) {
              let point = contour[j];
              let x = point.x * component.scaleX + point.y * component.scale01 + component.dx;
              let y = point.y * component.scaleY + point.x * component.scale10 + component.dy;
              points.push(new Point(point.onCurve, point.endContour, x, y));
            }
          }
        }
      } else {
        points = glyph2.points || [];
      }
      if (glyph2.phantomPoints && !this._font.directory.tables.HVAR) {
        let m = this._metrics;
        if (m) {
          m.advanceWidth = glyph2.phantomPoints[1].x - glyph2.phantomPoints[0].x;
          m.advanceHeight = glyph2.phantomPoints[3].y - glyph2.phantomPoints[2].y;
          m.leftBearing = glyph2.xMin - glyph2.phantomPoints[0].x;
          m.topBearing = glyph2.phantomPoints[2].y - glyph2.yMax;
          m.rightBearing = m.advanceWidth - m.leftBearing - m.width;
          m.bottomBearing = m.advanceHeight - m.topBearing - m.height;
        }
      }
      let contours = [];
      let cur = [];
      for (let k = 0; k < points.length; k++) {
        let point = points[k];
        cur.push(point);
        if (point.endContour) {
          contours.push(cur);
          cur = [];
        }
      }
      return contours;
    }
    /**
     * @returns {GlyphMetrics}
     */
    _getMetrics() {
      if (this._metrics) {
        return this._metrics;
      }
      let cbox = this._getCBox(true);
      super._getMetrics(cbox);
      if (this._font._variationProcessor && !this._font.HVAR) {
        this.path;
      }
      let metrics = this._metrics;
      if (!metrics) {
        throw new Error("Failed to compute glyph metrics");
      }
      return metrics;
    }
    /**
     * Converts contours to a Path object that can be rendered
     * @returns {Path}
     */
    _getPath() {
      let contours = this._getContours();
      let path = new Path();
      for (let i = 0; i < contours.length; i++) {
        let contour = contours[i];
        let firstPt = contour[0];
        let lastPt = contour[contour.length - 1];
        let start = 0;
        let curvePt = null;
        if (firstPt.onCurve) {
          curvePt = null;
          start = 1;
        } else {
          if (lastPt.onCurve) {
            firstPt = lastPt;
          } else {
            firstPt = new Point(false, false, (firstPt.x + lastPt.x) / 2, (firstPt.y + lastPt.y) / 2);
          }
          curvePt = firstPt;
        }
        path.moveTo(firstPt.x, firstPt.y);
        for (let j = start; j < contour.length; j++) {
          let pt = contour[j];
          let prevPt = j === 0 ? firstPt : contour[j - 1];
          if (prevPt.onCurve && pt.onCurve) {
            path.lineTo(pt.x, pt.y);
          } else if (prevPt.onCurve && !pt.onCurve) {
            curvePt = pt;
          } else if (!prevPt.onCurve && !pt.onCurve) {
            let midX = (prevPt.x + pt.x) / 2;
            let midY = (prevPt.y + pt.y) / 2;
            path.quadraticCurveTo(prevPt.x, prevPt.y, midX, midY);
            curvePt = pt;
          } else if (!prevPt.onCurve && pt.onCurve) {
            if (!curvePt) {
              throw new Error("Unknown TTF path state");
            }
            path.quadraticCurveTo(curvePt.x, curvePt.y, pt.x, pt.y);
            curvePt = null;
          } else {
            throw new Error("Unknown TTF path state");
          }
        }
        if (curvePt) {
          path.quadraticCurveTo(curvePt.x, curvePt.y, firstPt.x, firstPt.y);
        }
        path.closePath();
      }
      return path;
    }
  };

  // src/glyph/CFFGlyph.js
  function isCFFCharString(value) {
    if (typeof value !== "object" || value === null) {
      return false;
    }
    let offset = Reflect.get(value, "offset");
    let length = Reflect.get(value, "length");
    return typeof offset === "number" && typeof length === "number";
  }
  var CFFGlyph = class extends Glyph {
    constructor() {
      super(...arguments);
      this.type = "CFF";
    }
    /**
     * @returns {string | null | undefined}
     */
    _getName() {
      if (this._font.CFF2) {
        return super._getName();
      }
      let cff = this._font["CFF "];
      if (!cff || typeof cff.getGlyphName !== "function") {
        return null;
      }
      return cff.getGlyphName(this.id);
    }
    /**
     * @param {{ length: number }} s
     * @returns {number}
     */
    bias(s) {
      if (s.length < 1240) {
        return 107;
      } else if (s.length < 33900) {
        return 1131;
      } else {
        return 32768;
      }
    }
    /**
     * @returns {Path}
     */
    _getPath() {
      let cff = this._font.CFF2 || this._font["CFF "];
      if (!cff) {
        return new Path();
      }
      let cffFont = cff;
      let { stream } = cffFont;
      let rawStr = cffFont.topDict.CharStrings[this.id];
      if (!isCFFCharString(rawStr)) {
        return new Path();
      }
      let str = rawStr;
      let end = str.offset + str.length;
      stream.pos = str.offset;
      let path = new Path();
      let stack = [];
      let trans = [];
      let width = null;
      let nStems = 0;
      let x = 0, y = 0;
      let usedGsubrs;
      let usedSubrs;
      let open = false;
      this._usedGsubrs = usedGsubrs = {};
      this._usedSubrs = usedSubrs = {};
      let gsubrs = cffFont.globalSubrIndex || [];
      let gsubrsBias = this.bias(gsubrs);
      let fetchedPrivate = cffFont.privateDictForGlyph(this.id);
      let privateDict = fetchedPrivate ? fetchedPrivate : {};
      let subrs = [];
      if (Array.isArray(privateDict.Subrs)) {
        for (let entry of privateDict.Subrs) {
          if (isCFFCharString(entry)) {
            subrs.push(entry);
          }
        }
      }
      let subrsBias = this.bias(subrs);
      let nominalWidthX = typeof privateDict.nominalWidthX === "number" ? privateDict.nominalWidthX : 0;
      let vstore = cffFont.topDict.vstore && cffFont.topDict.vstore.itemVariationStore || void 0;
      let vsindex = typeof privateDict.vsindex === "number" ? privateDict.vsindex : 0;
      let variationProcessor = this._font._variationProcessor;
      let font = this._font;
      function shiftStack() {
        let v = stack.shift();
        if (v === void 0) {
          throw new Error("CFF stack underflow");
        }
        return v;
      }
      function popStack() {
        let v = stack.pop();
        if (v === void 0) {
          throw new Error("CFF stack underflow");
        }
        return v;
      }
      function checkWidth() {
        if (width == null) {
          width = shiftStack() + nominalWidthX;
        }
      }
      function parseStems() {
        if (stack.length % 2 !== 0) {
          checkWidth();
        }
        nStems += stack.length >> 1;
        return stack.length = 0;
      }
      function moveTo(mx, my) {
        if (open) {
          path.closePath();
        }
        path.moveTo(mx, my);
        open = true;
      }
      function glyphForName(name) {
        if (name) {
          for (let i = 0; i < font.numGlyphs; i++) {
            if (typeof cffFont.getGlyphName === "function" && cffFont.getGlyphName(i) === name) {
              let g = font.getGlyph(i);
              if (!g) {
                throw new Error(`CFF glyph ${i} (name "${name}") is missing; font may be corrupt or incomplete`);
              }
              return g;
            }
          }
        }
        let fallback = font.getGlyph(0);
        if (!fallback) {
          throw new Error("CFF glyph 0 (.notdef) is missing; font may be corrupt or incomplete");
        }
        return fallback;
      }
      let parse = function() {
        while (stream.pos < end) {
          let op = stream.readUInt8();
          if (op < 32) {
            let index;
            let subr;
            let phase;
            let c1x, c1y, c2x, c2y, c3x, c3y;
            let c4x, c4y, c5x, c5y, c6x, c6y;
            let pts;
            switch (op) {
              case 1:
              // hstem
              case 3:
              // vstem
              case 18:
              // hstemhm
              case 23:
                parseStems();
                break;
              case 4:
                if (stack.length > 1) {
                  checkWidth();
                }
                y += shiftStack();
                moveTo(x, y);
                break;
              case 5:
                while (stack.length >= 2) {
                  x += shiftStack();
                  y += shiftStack();
                  path.lineTo(x, y);
                }
                break;
              case 6:
              // hlineto
              case 7:
                phase = op === 6;
                while (stack.length >= 1) {
                  if (phase) {
                    x += shiftStack();
                  } else {
                    y += shiftStack();
                  }
                  path.lineTo(x, y);
                  phase = !phase;
                }
                break;
              case 8:
                while (stack.length > 0) {
                  c1x = x + shiftStack();
                  c1y = y + shiftStack();
                  c2x = c1x + shiftStack();
                  c2y = c1y + shiftStack();
                  x = c2x + shiftStack();
                  y = c2y + shiftStack();
                  path.bezierCurveTo(c1x, c1y, c2x, c2y, x, y);
                }
                break;
              case 10:
                index = popStack() + subrsBias;
                subr = subrs[index];
                if (subr) {
                  usedSubrs[index] = true;
                  let p = stream.pos;
                  let e = end;
                  stream.pos = subr.offset;
                  end = subr.offset + subr.length;
                  parse();
                  stream.pos = p;
                  end = e;
                }
                break;
              case 11:
                if ((cffFont.version ?? 0) >= 2) {
                  break;
                }
                return;
              case 14:
                if ((cffFont.version ?? 0) >= 2) {
                  break;
                }
                if (stack.length >= 4) {
                  if (stack.length > 4) {
                    checkWidth();
                  }
                  let a = glyphForName(StandardEncoding[popStack()]);
                  let b = glyphForName(StandardEncoding[popStack()]);
                  let ady = popStack();
                  let adx = popStack();
                  let pos = stream.pos;
                  path.commands = b.path.commands.concat(a.path.translate(adx, ady).commands);
                  stream.pos = pos;
                  open = false;
                } else if (stack.length > 0) {
                  checkWidth();
                }
                if (open) {
                  path.closePath();
                  open = false;
                }
                break;
              case 15: {
                if ((cffFont.version ?? 0) < 2) {
                  throw new Error("vsindex operator not supported in CFF v1");
                }
                vsindex = popStack();
                break;
              }
              case 16: {
                if ((cffFont.version ?? 0) < 2) {
                  throw new Error("blend operator not supported in CFF v1");
                }
                if (!variationProcessor) {
                  throw new Error("blend operator in non-variation font");
                }
                if (!vstore) {
                  throw new Error("blend operator without variation store");
                }
                let blendVector = variationProcessor.getBlendVector(vstore, vsindex);
                let numBlends = popStack();
                let numOperands = numBlends * blendVector.length;
                let delta = stack.length - numOperands;
                let base = delta - numBlends;
                for (let i = 0; i < numBlends; i++) {
                  let sum = stack[base + i];
                  for (let j = 0; j < blendVector.length; j++) {
                    sum += blendVector[j] * stack[delta++];
                  }
                  stack[base + i] = sum;
                }
                while (numOperands--) {
                  stack.pop();
                }
                break;
              }
              case 19:
              // hintmask
              case 20:
                parseStems();
                stream.pos += nStems + 7 >> 3;
                break;
              case 21:
                if (stack.length > 2) {
                  checkWidth();
                }
                x += shiftStack();
                y += shiftStack();
                moveTo(x, y);
                break;
              case 22:
                if (stack.length > 1) {
                  checkWidth();
                }
                x += shiftStack();
                moveTo(x, y);
                break;
              case 24:
                while (stack.length >= 8) {
                  c1x = x + shiftStack();
                  c1y = y + shiftStack();
                  c2x = c1x + shiftStack();
                  c2y = c1y + shiftStack();
                  x = c2x + shiftStack();
                  y = c2y + shiftStack();
                  path.bezierCurveTo(c1x, c1y, c2x, c2y, x, y);
                }
                x += shiftStack();
                y += shiftStack();
                path.lineTo(x, y);
                break;
              case 25:
                while (stack.length >= 8) {
                  x += shiftStack();
                  y += shiftStack();
                  path.lineTo(x, y);
                }
                c1x = x + shiftStack();
                c1y = y + shiftStack();
                c2x = c1x + shiftStack();
                c2y = c1y + shiftStack();
                x = c2x + shiftStack();
                y = c2y + shiftStack();
                path.bezierCurveTo(c1x, c1y, c2x, c2y, x, y);
                break;
              case 26:
                if (stack.length % 2) {
                  x += shiftStack();
                }
                while (stack.length >= 4) {
                  c1x = x;
                  c1y = y + shiftStack();
                  c2x = c1x + shiftStack();
                  c2y = c1y + shiftStack();
                  x = c2x;
                  y = c2y + shiftStack();
                  path.bezierCurveTo(c1x, c1y, c2x, c2y, x, y);
                }
                break;
              case 27:
                if (stack.length % 2) {
                  y += shiftStack();
                }
                while (stack.length >= 4) {
                  c1x = x + shiftStack();
                  c1y = y;
                  c2x = c1x + shiftStack();
                  c2y = c1y + shiftStack();
                  x = c2x + shiftStack();
                  y = c2y;
                  path.bezierCurveTo(c1x, c1y, c2x, c2y, x, y);
                }
                break;
              case 28:
                stack.push(stream.readInt16BE());
                break;
              case 29:
                index = popStack() + gsubrsBias;
                {
                  let candidate = Array.isArray(gsubrs) ? gsubrs[index] : gsubrs[index];
                  if (isCFFCharString(candidate)) {
                    subr = candidate;
                    usedGsubrs[index] = true;
                    let p = stream.pos;
                    let e = end;
                    stream.pos = subr.offset;
                    end = subr.offset + subr.length;
                    parse();
                    stream.pos = p;
                    end = e;
                  }
                }
                break;
              case 30:
              // vhcurveto
              case 31:
                phase = op === 31;
                while (stack.length >= 4) {
                  if (phase) {
                    c1x = x + shiftStack();
                    c1y = y;
                    c2x = c1x + shiftStack();
                    c2y = c1y + shiftStack();
                    y = c2y + shiftStack();
                    x = c2x + (stack.length === 1 ? shiftStack() : 0);
                  } else {
                    c1x = x;
                    c1y = y + shiftStack();
                    c2x = c1x + shiftStack();
                    c2y = c1y + shiftStack();
                    x = c2x + shiftStack();
                    y = c2y + (stack.length === 1 ? shiftStack() : 0);
                  }
                  path.bezierCurveTo(c1x, c1y, c2x, c2y, x, y);
                  phase = !phase;
                }
                break;
              case 12: {
                op = stream.readUInt8();
                let a, b, val, idx;
                switch (op) {
                  case 3:
                    a = popStack();
                    b = popStack();
                    stack.push(a && b ? 1 : 0);
                    break;
                  case 4:
                    a = popStack();
                    b = popStack();
                    stack.push(a || b ? 1 : 0);
                    break;
                  case 5:
                    a = popStack();
                    stack.push(a ? 0 : 1);
                    break;
                  case 9:
                    a = popStack();
                    stack.push(Math.abs(a));
                    break;
                  case 10:
                    a = popStack();
                    b = popStack();
                    stack.push(a + b);
                    break;
                  case 11:
                    a = popStack();
                    b = popStack();
                    stack.push(a - b);
                    break;
                  case 12:
                    a = popStack();
                    b = popStack();
                    stack.push(a / b);
                    break;
                  case 14:
                    a = popStack();
                    stack.push(-a);
                    break;
                  case 15:
                    a = popStack();
                    b = popStack();
                    stack.push(a === b ? 1 : 0);
                    break;
                  case 18:
                    popStack();
                    break;
                  case 20:
                    val = popStack();
                    idx = popStack();
                    trans[idx] = val;
                    break;
                  case 21:
                    idx = popStack();
                    stack.push(trans[idx] || 0);
                    break;
                  case 22: {
                    let s1 = popStack();
                    let s2 = popStack();
                    let v1 = popStack();
                    let v2 = popStack();
                    stack.push(v1 <= v2 ? s1 : s2);
                    break;
                  }
                  case 23:
                    stack.push(Math.random());
                    break;
                  case 24:
                    a = popStack();
                    b = popStack();
                    stack.push(a * b);
                    break;
                  case 26:
                    a = popStack();
                    stack.push(Math.sqrt(a));
                    break;
                  case 27:
                    a = popStack();
                    stack.push(a, a);
                    break;
                  case 28:
                    a = popStack();
                    b = popStack();
                    stack.push(b, a);
                    break;
                  case 29:
                    idx = popStack();
                    if (idx < 0) {
                      idx = 0;
                    } else if (idx > stack.length - 1) {
                      idx = stack.length - 1;
                    }
                    stack.push(stack[idx]);
                    break;
                  case 30: {
                    let n = popStack();
                    let j = popStack();
                    if (j >= 0) {
                      while (j > 0) {
                        let t = stack[n - 1];
                        for (let i = n - 2; i >= 0; i--) {
                          stack[i + 1] = stack[i];
                        }
                        stack[0] = t;
                        j--;
                      }
                    } else {
                      while (j < 0) {
                        let t = stack[0];
                        for (let i = 0; i <= n; i++) {
                          stack[i] = stack[i + 1];
                        }
                        stack[n - 1] = t;
                        j++;
                      }
                    }
                    break;
                  }
                  case 34:
                    c1x = x + shiftStack();
                    c1y = y;
                    c2x = c1x + shiftStack();
                    c2y = c1y + shiftStack();
                    c3x = c2x + shiftStack();
                    c3y = c2y;
                    c4x = c3x + shiftStack();
                    c4y = c3y;
                    c5x = c4x + shiftStack();
                    c5y = c4y;
                    c6x = c5x + shiftStack();
                    c6y = c5y;
                    x = c6x;
                    y = c6y;
                    path.bezierCurveTo(c1x, c1y, c2x, c2y, c3x, c3y);
                    path.bezierCurveTo(c4x, c4y, c5x, c5y, c6x, c6y);
                    break;
                  case 35:
                    pts = [];
                    for (let i = 0; i <= 5; i++) {
                      x += shiftStack();
                      y += shiftStack();
                      pts.push(x, y);
                    }
                    path.bezierCurveTo(pts[0], pts[1], pts[2], pts[3], pts[4], pts[5]);
                    path.bezierCurveTo(pts[6], pts[7], pts[8], pts[9], pts[10], pts[11]);
                    shiftStack();
                    break;
                  case 36:
                    c1x = x + shiftStack();
                    c1y = y + shiftStack();
                    c2x = c1x + shiftStack();
                    c2y = c1y + shiftStack();
                    c3x = c2x + shiftStack();
                    c3y = c2y;
                    c4x = c3x + shiftStack();
                    c4y = c3y;
                    c5x = c4x + shiftStack();
                    c5y = c4y + shiftStack();
                    c6x = c5x + shiftStack();
                    c6y = c5y;
                    x = c6x;
                    y = c6y;
                    path.bezierCurveTo(c1x, c1y, c2x, c2y, c3x, c3y);
                    path.bezierCurveTo(c4x, c4y, c5x, c5y, c6x, c6y);
                    break;
                  case 37: {
                    let startx = x;
                    let starty = y;
                    pts = [];
                    for (let i = 0; i <= 4; i++) {
                      x += shiftStack();
                      y += shiftStack();
                      pts.push(x, y);
                    }
                    if (Math.abs(x - startx) > Math.abs(y - starty)) {
                      x += shiftStack();
                      y = starty;
                    } else {
                      x = startx;
                      y += shiftStack();
                    }
                    pts.push(x, y);
                    path.bezierCurveTo(pts[0], pts[1], pts[2], pts[3], pts[4], pts[5]);
                    path.bezierCurveTo(pts[6], pts[7], pts[8], pts[9], pts[10], pts[11]);
                    break;
                  }
                  default:
                    throw new Error(`Unknown op: 12 ${op}`);
                }
                break;
              }
              default:
                throw new Error(`Unknown op: ${op}`);
            }
          } else if (op < 247) {
            stack.push(op - 139);
          } else if (op < 251) {
            let b1 = stream.readUInt8();
            stack.push((op - 247) * 256 + b1 + 108);
          } else if (op < 255) {
            let b1 = stream.readUInt8();
            stack.push(-(op - 251) * 256 - b1 - 108);
          } else {
            stack.push(stream.readInt32BE() / 65536);
          }
        }
      };
      parse();
      if (open) {
        path.closePath();
      }
      return path;
    }
  };

  // src/glyph/SBIXGlyph.js
  var SBIXImageStruct = new Struct({
    originX: uint16,
    originY: uint16,
    type: new StringT(4),
    data: new BufferT((t) => {
      let parent = t.parent;
      let buflen = parent && typeof parent.buflen === "number" ? parent.buflen : 0;
      let offset = typeof t._currentOffset === "number" ? t._currentOffset : 0;
      return buflen - offset;
    })
  });
  function asSBIXImage(raw) {
    let originX = raw.originX;
    let originY = raw.originY;
    let type = raw.type;
    let data = raw.data;
    if (typeof originX !== "number" || typeof originY !== "number" || typeof type !== "string" || !ArrayBuffer.isView(data)) {
      throw new Error("Invalid SBIX image");
    }
    return {
      originX,
      originY,
      type,
      data
    };
  }
  var SBIXGlyph = class extends TTFGlyph {
    constructor() {
      super(...arguments);
      this.type = "SBIX";
    }
    /**
     * Returns an object representing a glyph image at the given point size.
     * The object has a data property with a Buffer containing the actual image data,
     * along with the image type, and origin.
     *
     * @param {number} size
     * @return {SBIXImageData | null}
     */
    getImageForSize(size) {
      let sbix = this._font.sbix;
      if (!sbix || sbix.imageTables.length === 0) {
        return null;
      }
      let table = sbix.imageTables[0];
      for (let i = 0; i < sbix.imageTables.length; i++) {
        table = sbix.imageTables[i];
        if (table.ppem >= size) {
          break;
        }
      }
      let offsets = table.imageOffsets;
      let start = offsets[this.id];
      let end = offsets[this.id + 1];
      if (start === end) {
        return null;
      }
      this._font.stream.pos = start;
      return asSBIXImage(SBIXImageStruct.decode(this._font.stream, { buflen: end - start }));
    }
    /**
     * @param {PathRenderingContext} ctx
     * @param {number} size
     * @returns {void}
     */
    render(ctx, size) {
      let img = this.getImageForSize(size);
      if (img != null) {
        let scale = size / this._font.unitsPerEm;
        if (typeof ctx.image === "function") {
          ctx.image(img.data, { height: size, x: img.originX, y: (this.bbox.minY - img.originY) * scale });
        }
      }
      let sbix = this._font.sbix;
      if (sbix && sbix.flags.renderOutlines) {
        super.render(ctx, size);
      }
    }
  };

  // src/glyph/COLRGlyph.js
  var COLRLayer = class {
    /**
     * @param {GlyphLike | null | undefined} glyph
     * @param {CPALColor} color
     */
    constructor(glyph2, color) {
      this.glyph = glyph2;
      this.color = color;
    }
  };
  var COLRGlyph = class extends Glyph {
    constructor() {
      super(...arguments);
      this.type = "COLR";
    }
    /**
     * @returns {BBox}
     */
    _getBBox() {
      let layers = this.layers;
      if (!layers) {
        let g = this._font._getBaseGlyph(this.id);
        return g ? new BBox(g.bbox.minX, g.bbox.minY, g.bbox.maxX, g.bbox.maxY) : new BBox(0, 0, 0, 0);
      }
      let bbox = new BBox();
      for (let i = 0; i < layers.length; i++) {
        let layer = layers[i];
        if (!layer.glyph) {
          continue;
        }
        let b = layer.glyph.bbox;
        bbox.addPoint(b.minX, b.minY);
        bbox.addPoint(b.maxX, b.maxY);
      }
      return bbox;
    }
    /**
     * Returns an array of objects containing the glyph and color for
     * each layer in the composite color glyph.
     * @type {COLRLayer[] | null}
     */
    get layers() {
      let cpal = this._font.CPAL;
      let colr = this._font.COLR;
      if (!colr || !colr.baseGlyphRecord) {
        return null;
      }
      let low = 0;
      let high = colr.baseGlyphRecord.length - 1;
      let baseLayer;
      while (low <= high) {
        let mid = low + high >> 1;
        let rec = colr.baseGlyphRecord[mid];
        if (this.id < rec.gid) {
          high = mid - 1;
        } else if (this.id > rec.gid) {
          low = mid + 1;
        } else {
          baseLayer = rec;
          break;
        }
      }
      if (baseLayer == null) {
        let g = this._font._getBaseGlyph(this.id);
        let color = {
          red: 0,
          green: 0,
          blue: 0,
          alpha: 255
        };
        return [new COLRLayer(g, color)];
      }
      let layers = [];
      for (let i = baseLayer.firstLayerIndex; i < baseLayer.firstLayerIndex + baseLayer.numLayers; i++) {
        let rec = colr.layerRecords[i];
        if (!cpal || !rec) {
          continue;
        }
        let color = cpal.colorRecords[rec.paletteIndex];
        if (!color) {
          continue;
        }
        let g = this._font._getBaseGlyph(rec.gid);
        layers.push(new COLRLayer(g, color));
      }
      return layers;
    }
    /**
     * @param {PathRenderingContext} ctx
     * @param {number} size
     * @returns {void}
     */
    render(ctx, size) {
      let layers = this.layers;
      if (!layers) {
        return;
      }
      for (let { glyph: glyph2, color } of layers) {
        if (!glyph2) {
          continue;
        }
        if (typeof ctx.fillColor === "function") {
          ctx.fillColor([color.red, color.green, color.blue], color.alpha / 255 * 100);
        }
        glyph2.render(ctx, size);
      }
      return;
    }
  };

  // src/glyph/CBDTGlyph.js
  var CBDTGlyph = class extends Glyph {
    constructor() {
      super(...arguments);
      this.type = "CBDT";
    }
  };

  // src/glyph/GlyphVariationProcessor.js
  var TUPLES_SHARE_POINT_NUMBERS = 32768;
  var TUPLE_COUNT_MASK = 4095;
  var EMBEDDED_TUPLE_COORD = 32768;
  var INTERMEDIATE_TUPLE = 16384;
  var PRIVATE_POINT_NUMBERS = 8192;
  var TUPLE_INDEX_MASK = 4095;
  var POINTS_ARE_WORDS = 128;
  var POINT_RUN_COUNT_MASK = 127;
  var DELTAS_ARE_ZERO = 128;
  var DELTAS_ARE_WORDS = 64;
  var DELTA_RUN_COUNT_MASK = 63;
  var GlyphVariationProcessor = class {
    /**
     * @param {FontLike} font
     * @param {number[]} coords
     */
    constructor(font, coords) {
      this.font = font;
      this.normalizedCoords = this.normalizeCoords(coords);
      this.blendVectors = /* @__PURE__ */ new Map();
    }
    /**
     * @param {number[]} coords
     * @returns {number[]}
     */
    normalizeCoords(coords) {
      let normalized = [];
      let fvar = this.font.fvar;
      if (!fvar) {
        return normalized;
      }
      for (let i = 0; i < fvar.axis.length; i++) {
        let axis = fvar.axis[i];
        if (coords[i] < axis.defaultValue) {
          normalized.push((coords[i] - axis.defaultValue + Number.EPSILON) / (axis.defaultValue - axis.minValue + Number.EPSILON));
        } else {
          normalized.push((coords[i] - axis.defaultValue + Number.EPSILON) / (axis.maxValue - axis.defaultValue + Number.EPSILON));
        }
      }
      if (this.font.avar) {
        for (let i = 0; i < this.font.avar.segment.length; i++) {
          let segment = this.font.avar.segment[i];
          for (let j = 0; j < segment.correspondence.length; j++) {
            let pair = segment.correspondence[j];
            if (j >= 1 && normalized[i] < pair.fromCoord) {
              let prev = segment.correspondence[j - 1];
              normalized[i] = ((normalized[i] - prev.fromCoord) * (pair.toCoord - prev.toCoord) + Number.EPSILON) / (pair.fromCoord - prev.fromCoord + Number.EPSILON) + prev.toCoord;
              break;
            }
          }
        }
      }
      return normalized;
    }
    /**
     * @param {number} gid
     * @param {GlyphPoint[]} glyphPoints
     * @returns {void}
     */
    transformPoints(gid, glyphPoints) {
      if (!this.font.fvar || !this.font.gvar) {
        return;
      }
      let { gvar: gvar2 } = this.font;
      if (gid >= gvar2.glyphCount) {
        return;
      }
      let offset = gvar2.offsets[gid];
      if (offset === gvar2.offsets[gid + 1]) {
        return;
      }
      let { stream } = this.font;
      stream.pos = offset;
      if (stream.pos >= stream.length) {
        return;
      }
      let tupleCount = stream.readUInt16BE();
      let offsetToData = offset + stream.readUInt16BE();
      let sharedPoints = new Uint16Array(0);
      if (tupleCount & TUPLES_SHARE_POINT_NUMBERS) {
        let here = stream.pos;
        stream.pos = offsetToData;
        sharedPoints = this.decodePoints();
        offsetToData = stream.pos;
        stream.pos = here;
      }
      let origPoints = glyphPoints.map((pt) => pt.copy());
      tupleCount &= TUPLE_COUNT_MASK;
      for (let i = 0; i < tupleCount; i++) {
        let tupleDataSize = stream.readUInt16BE();
        let tupleIndex = stream.readUInt16BE();
        let tupleCoords;
        if (tupleIndex & EMBEDDED_TUPLE_COORD) {
          tupleCoords = [];
          for (let a = 0; a < gvar2.axisCount; a++) {
            tupleCoords.push(stream.readInt16BE() / 16384);
          }
        } else {
          if ((tupleIndex & TUPLE_INDEX_MASK) >= gvar2.globalCoordCount) {
            throw new Error("Invalid gvar table");
          }
          tupleCoords = gvar2.globalCoords[tupleIndex & TUPLE_INDEX_MASK];
        }
        let startCoords;
        let endCoords;
        if (tupleIndex & INTERMEDIATE_TUPLE) {
          startCoords = [];
          for (let a = 0; a < gvar2.axisCount; a++) {
            startCoords.push(stream.readInt16BE() / 16384);
          }
          endCoords = [];
          for (let a = 0; a < gvar2.axisCount; a++) {
            endCoords.push(stream.readInt16BE() / 16384);
          }
        }
        let factor = this.tupleFactor(tupleIndex, tupleCoords, startCoords, endCoords);
        if (factor === 0) {
          offsetToData += tupleDataSize;
          continue;
        }
        let here = stream.pos;
        stream.pos = offsetToData;
        let points;
        if (tupleIndex & PRIVATE_POINT_NUMBERS) {
          points = this.decodePoints();
        } else {
          points = sharedPoints;
        }
        let nPoints = points.length === 0 ? glyphPoints.length : points.length;
        let xDeltas = this.decodeDeltas(nPoints);
        let yDeltas = this.decodeDeltas(nPoints);
        if (points.length === 0) {
          for (let pi = 0; pi < glyphPoints.length; pi++) {
            let point = glyphPoints[pi];
            point.x += Math.round(xDeltas[pi] * factor);
            point.y += Math.round(yDeltas[pi] * factor);
          }
        } else {
          let outPoints = origPoints.map((pt) => pt.copy());
          let hasDelta = glyphPoints.map(() => false);
          for (let pi = 0; pi < points.length; pi++) {
            let idx = points[pi];
            if (idx < glyphPoints.length) {
              let point = outPoints[idx];
              hasDelta[idx] = true;
              point.x += xDeltas[pi] * factor;
              point.y += yDeltas[pi] * factor;
            }
          }
          this.interpolateMissingDeltas(outPoints, origPoints, hasDelta);
          for (let pi = 0; pi < glyphPoints.length; pi++) {
            let deltaX = outPoints[pi].x - origPoints[pi].x;
            let deltaY = outPoints[pi].y - origPoints[pi].y;
            glyphPoints[pi].x = Math.round(glyphPoints[pi].x + deltaX);
            glyphPoints[pi].y = Math.round(glyphPoints[pi].y + deltaY);
          }
        }
        offsetToData += tupleDataSize;
        stream.pos = here;
      }
    }
    /**
     * @returns {Uint16Array}
     */
    decodePoints() {
      let stream = this.font.stream;
      let count = stream.readUInt8();
      if (count & POINTS_ARE_WORDS) {
        count = (count & POINT_RUN_COUNT_MASK) << 8 | stream.readUInt8();
      }
      let points = new Uint16Array(count);
      let i = 0;
      let point = 0;
      while (i < count) {
        let run = stream.readUInt8();
        let runCount = (run & POINT_RUN_COUNT_MASK) + 1;
        let fn = run & POINTS_ARE_WORDS ? stream.readUInt16BE : stream.readUInt8;
        for (let j = 0; j < runCount && i < count; j++) {
          point += fn.call(stream);
          points[i++] = point;
        }
      }
      return points;
    }
    /**
     * @param {number} count
     * @returns {Int16Array}
     */
    decodeDeltas(count) {
      let stream = this.font.stream;
      let i = 0;
      let deltas = new Int16Array(count);
      while (i < count) {
        let run = stream.readUInt8();
        let runCount = (run & DELTA_RUN_COUNT_MASK) + 1;
        if (run & DELTAS_ARE_ZERO) {
          i += runCount;
        } else {
          let fn = run & DELTAS_ARE_WORDS ? stream.readInt16BE : stream.readInt8;
          for (let j = 0; j < runCount && i < count; j++) {
            deltas[i++] = fn.call(stream);
          }
        }
      }
      return deltas;
    }
    /**
     * @param {number} tupleIndex
     * @param {number[]} tupleCoords
     * @param {number[] | undefined} startCoords
     * @param {number[] | undefined} endCoords
     * @returns {number}
     */
    tupleFactor(tupleIndex, tupleCoords, startCoords, endCoords) {
      let normalized = this.normalizedCoords;
      let { gvar: gvar2 } = this.font;
      if (!gvar2) {
        return 0;
      }
      let factor = 1;
      for (let i = 0; i < gvar2.axisCount; i++) {
        if (tupleCoords[i] === 0) {
          continue;
        }
        if (normalized[i] === 0) {
          return 0;
        }
        if ((tupleIndex & INTERMEDIATE_TUPLE) === 0) {
          if (normalized[i] < Math.min(0, tupleCoords[i]) || normalized[i] > Math.max(0, tupleCoords[i])) {
            return 0;
          }
          factor = (factor * normalized[i] + Number.EPSILON) / (tupleCoords[i] + Number.EPSILON);
        } else {
          if (!startCoords || !endCoords) {
            return 0;
          }
          if (normalized[i] < startCoords[i] || normalized[i] > endCoords[i]) {
            return 0;
          } else if (normalized[i] < tupleCoords[i]) {
            factor = factor * (normalized[i] - startCoords[i] + Number.EPSILON) / (tupleCoords[i] - startCoords[i] + Number.EPSILON);
          } else {
            factor = factor * (endCoords[i] - normalized[i] + Number.EPSILON) / (endCoords[i] - tupleCoords[i] + Number.EPSILON);
          }
        }
      }
      return factor;
    }
    /**
     * Interpolates points without delta values.
     * Needed for the Ø and Q glyphs in Skia.
     * Algorithm from Freetype.
     * @param {GlyphPoint[]} points
     * @param {GlyphPoint[]} inPoints
     * @param {boolean[]} hasDelta
     * @returns {void}
     */
    interpolateMissingDeltas(points, inPoints, hasDelta) {
      if (points.length === 0) {
        return;
      }
      let point = 0;
      while (point < points.length) {
        let firstPoint = point;
        let endPoint = point;
        let pt = points[endPoint];
        while (!pt.endContour) {
          pt = points[++endPoint];
        }
        while (point <= endPoint && !hasDelta[point]) {
          point++;
        }
        if (point > endPoint) {
          continue;
        }
        let firstDelta = point;
        let curDelta = point;
        point++;
        while (point <= endPoint) {
          if (hasDelta[point]) {
            this.deltaInterpolate(curDelta + 1, point - 1, curDelta, point, inPoints, points);
            curDelta = point;
          }
          point++;
        }
        if (curDelta === firstDelta) {
          this.deltaShift(firstPoint, endPoint, curDelta, inPoints, points);
        } else {
          this.deltaInterpolate(curDelta + 1, endPoint, curDelta, firstDelta, inPoints, points);
          if (firstDelta > 0) {
            this.deltaInterpolate(firstPoint, firstDelta - 1, curDelta, firstDelta, inPoints, points);
          }
        }
        point = endPoint + 1;
      }
    }
    /**
     * @param {number} p1
     * @param {number} p2
     * @param {number} ref1
     * @param {number} ref2
     * @param {GlyphPoint[]} inPoints
     * @param {GlyphPoint[]} outPoints
     * @returns {void}
     */
    deltaInterpolate(p1, p2, ref1, ref2, inPoints, outPoints) {
      if (p1 > p2) {
        return;
      }
      let iterable = ["x", "y"];
      for (let i = 0; i < iterable.length; i++) {
        let k = iterable[i];
        let r1 = ref1;
        let r2 = ref2;
        if (inPoints[r1][k] > inPoints[r2][k]) {
          let p = r1;
          r1 = r2;
          r2 = p;
        }
        let in1 = inPoints[r1][k];
        let in2 = inPoints[r2][k];
        let out1 = outPoints[r1][k];
        let out2 = outPoints[r2][k];
        if (in1 !== in2 || out1 === out2) {
          let scale = in1 === in2 ? 0 : (out2 - out1) / (in2 - in1);
          for (let p = p1; p <= p2; p++) {
            let out = inPoints[p][k];
            if (out <= in1) {
              out += out1 - in1;
            } else if (out >= in2) {
              out += out2 - in2;
            } else {
              out = out1 + (out - in1) * scale;
            }
            outPoints[p][k] = out;
          }
        }
      }
    }
    /**
     * @param {number} p1
     * @param {number} p2
     * @param {number} ref
     * @param {GlyphPoint[]} inPoints
     * @param {GlyphPoint[]} outPoints
     * @returns {void}
     */
    deltaShift(p1, p2, ref, inPoints, outPoints) {
      let deltaX = outPoints[ref].x - inPoints[ref].x;
      let deltaY = outPoints[ref].y - inPoints[ref].y;
      if (deltaX === 0 && deltaY === 0) {
        return;
      }
      for (let p = p1; p <= p2; p++) {
        if (p !== ref) {
          outPoints[p].x += deltaX;
          outPoints[p].y += deltaY;
        }
      }
    }
    /**
     * @param {number} gid
     * @param {HVARTable} table
     * @returns {number}
     */
    getAdvanceAdjustment(gid, table) {
      let outerIndex, innerIndex;
      if (table.advanceWidthMapping) {
        let idx = gid;
        if (idx >= table.advanceWidthMapping.mapCount) {
          idx = table.advanceWidthMapping.mapCount - 1;
        }
        ({ outerIndex, innerIndex } = table.advanceWidthMapping.mapData[idx]);
      } else {
        outerIndex = 0;
        innerIndex = gid;
      }
      return this.getDelta(table.itemVariationStore, outerIndex, innerIndex);
    }
    /**
     * See pseudo code from `Font Variations Overview'
     * in the OpenType specification.
     * @param {ItemVariationStore} itemStore
     * @param {number} outerIndex
     * @param {number} innerIndex
     * @returns {number}
     */
    getDelta(itemStore, outerIndex, innerIndex) {
      if (outerIndex >= itemStore.itemVariationData.length) {
        return 0;
      }
      let varData = itemStore.itemVariationData[outerIndex];
      if (innerIndex >= varData.deltaSets.length) {
        return 0;
      }
      let deltaSet = varData.deltaSets[innerIndex];
      let blendVector = this.getBlendVector(itemStore, outerIndex);
      let netAdjustment = 0;
      for (let master = 0; master < varData.regionIndexCount; master++) {
        netAdjustment += deltaSet.deltas[master] * blendVector[master];
      }
      return netAdjustment;
    }
    /**
     * @param {ItemVariationStore} itemStore
     * @param {number} outerIndex
     * @returns {number[]}
     */
    getBlendVector(itemStore, outerIndex) {
      let varData = itemStore.itemVariationData[outerIndex];
      let cached = this.blendVectors.get(varData);
      if (cached) {
        return cached;
      }
      let normalizedCoords = this.normalizedCoords;
      let blendVector = [];
      for (let master = 0; master < varData.regionIndexCount; master++) {
        let scalar = 1;
        let regionIndex = varData.regionIndexes[master];
        let axes = itemStore.variationRegionList.variationRegions[regionIndex];
        for (let j = 0; j < axes.length; j++) {
          let axis = axes[j];
          let axisScalar;
          if (axis.startCoord > axis.peakCoord || axis.peakCoord > axis.endCoord) {
            axisScalar = 1;
          } else if (axis.startCoord < 0 && axis.endCoord > 0 && axis.peakCoord !== 0) {
            axisScalar = 1;
          } else if (axis.peakCoord === 0) {
            axisScalar = 1;
          } else if (normalizedCoords[j] < axis.startCoord || normalizedCoords[j] > axis.endCoord) {
            axisScalar = 0;
          } else {
            if (normalizedCoords[j] === axis.peakCoord) {
              axisScalar = 1;
            } else if (normalizedCoords[j] < axis.peakCoord) {
              axisScalar = (normalizedCoords[j] - axis.startCoord + Number.EPSILON) / (axis.peakCoord - axis.startCoord + Number.EPSILON);
            } else {
              axisScalar = (axis.endCoord - normalizedCoords[j] + Number.EPSILON) / (axis.endCoord - axis.peakCoord + Number.EPSILON);
            }
          }
          scalar *= axisScalar;
        }
        blendVector[master] = scalar;
      }
      this.blendVectors.set(varData, blendVector);
      return blendVector;
    }
  };

  // src/subset/Subset.js
  var MANAGED_TTF_TABLES = [
    "head",
    "hhea",
    "loca",
    "maxp",
    "cvt ",
    "prep",
    "glyf",
    "hmtx",
    "fpgm"
  ];
  var Subset = class {
    /**
     * @param {SubsetFont} font
     */
    constructor(font) {
      this.font = font;
      this.glyphs = [];
      this.mapping = {};
      this.includedTables = [];
      this.includeGlyph(0);
    }
    /**
     * @param {number | SubsetGlyph} glyph
     * @returns {number}
     */
    includeGlyph(glyph2) {
      if (typeof glyph2 === "object") {
        glyph2 = glyph2.id;
      }
      if (this.mapping[glyph2] == null) {
        this.glyphs.push(glyph2);
        this.mapping[glyph2] = this.glyphs.length - 1;
      }
      return this.mapping[glyph2];
    }
    // Copy an OT table into the TTF subset (tag is a 4-byte string, e.g. 'OS/2').
    // Only honored by TTFSubset.encode; CFFSubset overrides this to throw.
    /**
     * @param {string} [tag]
     * @returns {this}
     */
    includeTable(tag) {
      if (typeof tag !== "string" || tag.length !== 4) {
        throw new Error(
          `Invalid OpenType table tag ${JSON.stringify(tag)}: tags must be 4 characters (pad with spaces if needed, e.g. "cvt ").`
        );
      }
      if (MANAGED_TTF_TABLES.includes(tag)) {
        throw new Error(
          `Table "${tag}" is already managed by the TrueType subsetter and cannot be included explicitly.`
        );
      }
      if (!this.font.directory.tables[tag]) {
        throw new Error(`Table "${tag}" is not present in this font.`);
      }
      let encoders = (
        /** @type {Record<string, TableCodec | undefined>} */
        /** @type {unknown} */
        tables_default
      );
      if (!encoders[tag]) {
        throw new Error(`Table "${tag}" cannot be encoded (no encoder registered in fontkit).`);
      }
      if (!this.includedTables.includes(tag)) {
        this.includedTables.push(tag);
      }
      return this;
    }
  };

  // src/glyph/TTFGlyphEncoder.js
  var ON_CURVE2 = 1 << 0;
  var X_SHORT_VECTOR2 = 1 << 1;
  var Y_SHORT_VECTOR2 = 1 << 2;
  var REPEAT2 = 1 << 3;
  var SAME_X2 = 1 << 4;
  var SAME_Y2 = 1 << 5;
  var Point2 = class {
    /**
     * @param {number} val
     * @returns {number}
     */
    static size(val) {
      return val >= 0 && val <= 255 ? 1 : 2;
    }
    /**
     * @param {EncodeStream} stream
     * @param {number} value
     * @returns {void}
     */
    static encode(stream, value) {
      if (value >= 0 && value <= 255) {
        stream.writeUInt8(value);
      } else {
        stream.writeInt16BE(value);
      }
    }
  };
  var Glyf = new Struct({
    numberOfContours: int16,
    // if negative, this is a composite glyph
    xMin: int16,
    yMin: int16,
    xMax: int16,
    yMax: int16,
    endPtsOfContours: new ArrayT(uint16, "numberOfContours"),
    instructions: new ArrayT(uint8, uint16),
    flags: new ArrayT(uint8, 0),
    xPoints: new ArrayT(Point2, 0),
    yPoints: new ArrayT(Point2, 0)
  });
  var TTFGlyphEncoder = class {
    /**
     * @param {Path} path
     * @param {number[]} [instructions]
     * @returns {import('restructure').BinaryBuffer}
     */
    encodeSimple(path, instructions = []) {
      let endPtsOfContours = [];
      let xPoints = [];
      let yPoints = [];
      let flags = [];
      let same = 0;
      let lastX = 0, lastY = 0, lastFlag = 0;
      let pointCount = 0;
      for (let i = 0; i < path.commands.length; i++) {
        let c = path.commands[i];
        for (let j = 0; j < c.args.length; j += 2) {
          let x = c.args[j];
          let y = c.args[j + 1];
          let flag = 0;
          if (c.command === "quadraticCurveTo" && j === 2) {
            let next = path.commands[i + 1];
            if (next && next.command === "quadraticCurveTo") {
              let midX = (lastX + next.args[0]) / 2;
              let midY = (lastY + next.args[1]) / 2;
              if (x === midX && y === midY) {
                continue;
              }
            }
          }
          if (!(c.command === "quadraticCurveTo" && j === 0)) {
            flag |= ON_CURVE2;
          }
          flag = this._encodePoint(x, lastX, xPoints, flag, X_SHORT_VECTOR2, SAME_X2);
          flag = this._encodePoint(y, lastY, yPoints, flag, Y_SHORT_VECTOR2, SAME_Y2);
          if (flag === lastFlag && same < 255) {
            flags[flags.length - 1] |= REPEAT2;
            same++;
          } else {
            if (same > 0) {
              flags.push(same);
              same = 0;
            }
            flags.push(flag);
            lastFlag = flag;
          }
          lastX = x;
          lastY = y;
          pointCount++;
        }
        if (c.command === "closePath") {
          endPtsOfContours.push(pointCount - 1);
        }
      }
      if (path.commands.length > 1 && path.commands[path.commands.length - 1].command !== "closePath") {
        endPtsOfContours.push(pointCount - 1);
      }
      let bbox = path.bbox;
      let glyf = {
        numberOfContours: endPtsOfContours.length,
        xMin: bbox.minX,
        yMin: bbox.minY,
        xMax: bbox.maxX,
        yMax: bbox.maxY,
        endPtsOfContours,
        instructions,
        flags,
        xPoints,
        yPoints
      };
      let size = Glyf.size(glyf);
      let tail = 4 - size % 4;
      let stream = new EncodeStream(size + tail);
      Glyf.encode(stream, glyf);
      if (tail !== 0) {
        stream.fill(0, tail);
      }
      return stream.buffer;
    }
    /**
     * @param {number} value
     * @param {number} last
     * @param {number[]} points
     * @param {number} flag
     * @param {number} shortFlag
     * @param {number} sameFlag
     * @returns {number}
     */
    _encodePoint(value, last, points, flag, shortFlag, sameFlag) {
      let diff = value - last;
      if (value === last) {
        flag |= sameFlag;
      } else {
        if (-255 <= diff && diff <= 255) {
          flag |= shortFlag;
          if (diff < 0) {
            diff = -diff;
          } else {
            flag |= sameFlag;
          }
        }
        points.push(diff);
      }
      return flag;
    }
  };

  // src/subset/TTFSubset.js
  var TTFSubset = class extends Subset {
    /**
     * @param {SubsetFont} font
     */
    constructor(font) {
      super(font);
      /** @type {Uint8Array[] | null} */
      this.glyf = null;
      /** @type {number} */
      this.offset = 0;
      /** @type {{ offsets: number[], version: number } | null} */
      this.loca = null;
      /** @type {{ metrics: HmtxMetric[], bearings: number[] } | null} */
      this.hmtx = null;
      this.glyphEncoder = new TTFGlyphEncoder();
    }
    /**
     * @param {number} gid
     * @returns {number}
     */
    _addGlyph(gid) {
      let glyph2 = this.font.getGlyph(gid);
      if (!glyph2 || !glyph2._decode) {
        throw new Error(`Cannot decode glyph ${gid}`);
      }
      let glyf = glyph2._decode();
      if (!this.font.loca) {
        throw new Error("Font missing loca table");
      }
      let curOffset = this.font.loca.offsets[gid];
      let nextOffset = this.font.loca.offsets[gid + 1];
      let stream = this.font._getTableStream("glyf");
      if (!stream) {
        throw new Error("Font missing glyf table");
      }
      stream.pos += curOffset;
      let raw = stream.readBuffer(nextOffset - curOffset);
      let buffer = raw instanceof Uint8Array ? raw : Uint8Array.from(
        /** @type {Iterable<number>} */
        /** @type {unknown} */
        raw
      );
      if (glyf && glyf.numberOfContours < 0) {
        buffer = new Uint8Array(buffer);
        let ab = buffer.buffer instanceof ArrayBuffer ? buffer.buffer : new Uint8Array(buffer).buffer;
        let view = new DataView(ab, buffer.byteOffset, buffer.byteLength);
        for (let component of glyf.components || []) {
          gid = this.includeGlyph(component.glyphID);
          view.setUint16(component.pos, gid);
        }
      } else if (glyf && this.font._variationProcessor) {
        let encoded = this.glyphEncoder.encodeSimple(
          /** @type {import('../glyph/Path').default} */
          /** @type {unknown} */
          glyph2.path,
          glyf.instructions
        );
        buffer = encoded instanceof Uint8Array ? encoded : Uint8Array.from(
          /** @type {Iterable<number>} */
          /** @type {unknown} */
          encoded
        );
      }
      if (!this.glyf || !this.loca || !this.hmtx) {
        throw new Error("TTFSubset.encode must initialize glyf/loca/hmtx before _addGlyph");
      }
      this.glyf.push(buffer);
      this.loca.offsets.push(this.offset);
      this.hmtx.metrics.push({
        advance: glyph2.advanceWidth,
        bearing: glyph2._getMetrics().leftBearing
      });
      this.offset += buffer.byteLength;
      return this.glyf.length - 1;
    }
    /**
     * @returns {BinaryBuffer}
     */
    encode() {
      this.glyf = [];
      this.offset = 0;
      this.loca = {
        offsets: (
          /** @type {number[]} */
          []
        ),
        version: this.font.loca ? this.font.loca.version ?? 0 : 0
      };
      this.hmtx = {
        metrics: (
          /** @type {HmtxMetric[]} */
          []
        ),
        bearings: (
          /** @type {number[]} */
          []
        )
      };
      let i = 0;
      while (i < this.glyphs.length) {
        this._addGlyph(this.glyphs[i++]);
      }
      let maxp = cloneDeep(this.font.maxp);
      if (maxp && typeof maxp === "object") {
        maxp.numGlyphs = this.glyf.length;
      }
      let loca2 = this.loca;
      loca2.offsets.push(this.offset);
      let head = cloneDeep(this.font.head);
      if (head && typeof head === "object") {
        head.indexToLocFormat = loca2.version;
      }
      let hhea = cloneDeep(this.font.hhea);
      if (hhea && typeof hhea === "object") {
        hhea.numberOfMetrics = this.hmtx.metrics.length;
      }
      let t = {
        head,
        hhea,
        loca: this.loca,
        maxp,
        "cvt ": this.font["cvt "],
        prep: this.font.prep,
        glyf: this.glyf,
        hmtx: this.hmtx,
        fpgm: this.font.fpgm
      };
      let fontTables = (
        /** @type {Record<string, unknown>} */
        /** @type {unknown} */
        this.font
      );
      for (const tag of this.includedTables) {
        t[tag] = cloneDeep(fontTables[tag]);
      }
      return directory_default.toBuffer({ tables: t });
    }
  };

  // src/subset/CFFSubset.js
  var CFFSubset = class extends Subset {
    /**
     * @param {SubsetFont} font
     */
    constructor(font) {
      super(font);
      /** @type {BinaryBuffer[] | null} */
      this.charstrings = null;
      /** @type {BinaryBuffer[] | null} */
      this.gsubrs = null;
      /** @type {string[] | null} */
      this.strings = null;
      let cff = this.font["CFF "];
      if (!cff) {
        throw new Error("Not a CFF Font");
      }
      this.cff = cff;
    }
    /**
     * @param {string} [_tag]
     * @returns {never}
     */
    includeTable(_tag) {
      throw new Error("includeTable is only supported for TrueType (glyf) subsets, not CFF.");
    }
    /**
     * @returns {void}
     */
    subsetCharstrings() {
      this.charstrings = [];
      let gsubrs = {};
      for (let gid of this.glyphs) {
        if (!this.cff.getCharString) {
          throw new Error("CFF font missing getCharString()");
        }
        this.charstrings.push(this.cff.getCharString(gid));
        let glyph2 = this.font.getGlyph(gid);
        if (!glyph2) {
          continue;
        }
        void glyph2.path;
        if (glyph2._usedGsubrs) {
          for (let subr in glyph2._usedGsubrs) {
            gsubrs[subr] = true;
          }
        }
      }
      this.gsubrs = this.subsetSubrs(
        /** @type {Array<{ offset: number, length: number }>} */
        this.cff.globalSubrIndex || [],
        gsubrs
      );
    }
    /**
     * @param {Array<{ offset: number, length: number }>} subrs
     * @param {Record<string | number, boolean>} used
     * @returns {BinaryBuffer[]}
     */
    subsetSubrs(subrs, used) {
      let res = [];
      for (let i = 0; i < subrs.length; i++) {
        let subr = subrs[i];
        if (used[i]) {
          this.cff.stream.pos = subr.offset;
          res.push(this.cff.stream.readBuffer(subr.length));
        } else {
          res.push(new Uint8Array([11]));
        }
      }
      return res;
    }
    /**
     * @param {CFFTopDict} topDict
     * @returns {void}
     */
    subsetFontdict(topDict) {
      topDict.FDArray = [];
      topDict.FDSelect = {
        version: 0,
        fds: []
      };
      let used_fds = {};
      let used_subrs = [];
      let fd_select = {};
      for (let gid of this.glyphs) {
        if (!this.cff.fdForGlyph) {
          continue;
        }
        let fd2 = this.cff.fdForGlyph(gid);
        if (fd2 == null) {
          continue;
        }
        if (!used_fds[fd2]) {
          let src = this.cff.topDict.FDArray && this.cff.topDict.FDArray[fd2];
          topDict.FDArray.push(Object.assign({}, src));
          used_subrs.push({});
          fd_select[fd2] = topDict.FDArray.length - 1;
        }
        used_fds[fd2] = true;
        if (topDict.FDSelect.fds) {
          topDict.FDSelect.fds.push(fd_select[fd2]);
        }
        let glyph2 = this.font.getGlyph(gid);
        if (!glyph2) {
          continue;
        }
        void glyph2.path;
        if (glyph2._usedSubrs) {
          for (let subr in glyph2._usedSubrs) {
            used_subrs[fd_select[fd2]][subr] = true;
          }
        }
      }
      for (let i = 0; i < topDict.FDArray.length; i++) {
        let dict = topDict.FDArray[i];
        delete dict.FontName;
        if (dict.Private && dict.Private.Subrs) {
          dict.Private = Object.assign({}, dict.Private);
          dict.Private.Subrs = this.subsetSubrs(
            /** @type {Array<{ offset: number, length: number }>} */
            dict.Private.Subrs,
            used_subrs[i]
          );
        }
      }
      return;
    }
    /**
     * @param {CFFTopDict} topDict
     * @returns {StructValue}
     */
    createCIDFontdict(topDict) {
      let used_subrs = {};
      for (let gid of this.glyphs) {
        let glyph2 = this.font.getGlyph(gid);
        if (!glyph2) {
          continue;
        }
        void glyph2.path;
        if (glyph2._usedSubrs) {
          for (let subr in glyph2._usedSubrs) {
            used_subrs[subr] = true;
          }
        }
      }
      let privateDict = Object.assign({}, this.cff.topDict.Private);
      if (this.cff.topDict.Private && this.cff.topDict.Private.Subrs) {
        privateDict.Subrs = this.subsetSubrs(
          /** @type {Array<{ offset: number, length: number }>} */
          this.cff.topDict.Private.Subrs,
          used_subrs
        );
      }
      topDict.FDArray = [{ Private: privateDict }];
      let charstrings = this.charstrings || [];
      return topDict.FDSelect = {
        version: 3,
        nRanges: 1,
        ranges: [{ first: 0, fd: 0 }],
        sentinel: charstrings.length
      };
    }
    /**
     * @param {string | null | undefined} string
     * @returns {number | null}
     */
    addString(string) {
      if (!string) {
        return null;
      }
      if (!this.strings) {
        this.strings = [];
      }
      this.strings.push(string);
      return CFFStandardStrings_default.length + this.strings.length - 1;
    }
    /**
     * @returns {import('restructure').BinaryBuffer}
     */
    encode() {
      this.subsetCharstrings();
      let charstrings = this.charstrings || [];
      let charset = {
        version: charstrings.length > 255 ? 2 : 1,
        ranges: charstrings.length > 1 ? [{ first: 1, nLeft: charstrings.length - 2 }] : []
      };
      let topDict = (
        /** @type {CFFTopDict} */
        Object.assign({}, this.cff.topDict)
      );
      topDict.Private = null;
      topDict.charset = charset;
      topDict.Encoding = null;
      topDict.CharStrings = charstrings;
      for (let key of ["version", "Notice", "Copyright", "FullName", "FamilyName", "Weight", "PostScript", "BaseFontName", "FontName"]) {
        let sid = (
          /** @type {number | null | undefined} */
          topDict[key]
        );
        topDict[key] = this.cff.string ? this.addString(this.cff.string(sid)) : null;
      }
      topDict.ROS = [this.addString("Adobe"), this.addString("Identity"), 0];
      topDict.CIDCount = charstrings.length;
      if (this.cff.isCIDFont) {
        this.subsetFontdict(topDict);
      } else {
        this.createCIDFontdict(topDict);
      }
      let top = {
        version: 1,
        hdrSize: this.cff.hdrSize,
        offSize: 4,
        header: this.cff.header,
        nameIndex: [this.cff.postscriptName],
        topDictIndex: [topDict],
        stringIndex: this.strings,
        globalSubrIndex: this.gsubrs
      };
      return CFFTop_default.toBuffer(top);
    }
  };

  // src/TTFFont.js
  var TTFFont = class {
    /**
     * @param {DecodeStream} stream
     * @param {number[] | null} [variationCoords]
     */
    constructor(stream, variationCoords = null) {
      /** @type {string} */
      this.type = "TTF";
      /** @type {DecodeStream} */
      this.stream = new DecodeStream(new Uint8Array(0));
      /** @type {FontDirectory} */
      this.directory = /** @type {FontDirectory} */
      { tables: {} };
      /** @type {string | null} */
      this.defaultLanguage = null;
      /** @type {number[] | null} */
      this.variationCoords = null;
      /** @type {number} */
      this._directoryPos = 0;
      /** @type {Record<string, unknown>} */
      this._tables = {};
      /** @type {Record<number, Glyph | undefined>} */
      this._glyphs = {};
      /** @type {HeadTable} */
      this.head = /** @type {HeadTable} */
      { unitsPerEm: 0, xMin: 0, yMin: 0, xMax: 0, yMax: 0 };
      /** @type {MetricsTable} */
      this.hmtx = /** @type {MetricsTable} */
      {
        metrics: { length: 0, get() {
          return void 0;
        } },
        bearings: { length: 0, get() {
          return void 0;
        } }
      };
      /** @type {MaxpTable} */
      this.maxp = { numGlyphs: 0 };
      /** @type {PostTable} */
      this.post = { version: 0, italicAngle: 0, underlinePosition: 0, underlineThickness: 0 };
      this.defaultLanguage = null;
      this.stream = stream;
      this.variationCoords = variationCoords;
      this._directoryPos = this.stream.pos;
      this._tables = {};
      this._glyphs = {};
      this._metrics = void 0;
      this.directory = /** @type {FontDirectory} */
      { tables: {} };
      this._decodeDirectory();
      this._installTableGetters();
    }
    /**
     * @param {ArrayBufferView} buffer
     * @returns {boolean}
     */
    static probe(buffer) {
      let bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
      let format = asciiDecoder.decode(bytes.subarray(0, 4));
      return format === "true" || format === "OTTO" || format === String.fromCharCode(0, 1, 0, 0);
    }
    /**
     * @param {DecodeStream} stream
     * @returns {void}
     */
    _setStream(stream) {
      this.stream = stream;
    }
    /** @returns {void} */
    _installTableGetters() {
      let tableMap = this.directory.tables;
      for (let tag in tableMap) {
        let table = tableMap[tag];
        let codec = tables_default[tag];
        if (codec && table && table.length > 0) {
          Object.defineProperty(this, tag, {
            get: this._getTable.bind(this, table),
            configurable: true
          });
        }
      }
    }
    /**
     * @param {string | null} [lang]
     * @returns {void}
     */
    setDefaultLanguage(lang = null) {
      this.defaultLanguage = lang;
    }
    /**
     * @param {TableEntry} table
     * @returns {unknown}
     */
    _getTable(table) {
      if (!(table.tag in this._tables)) {
        try {
          this._tables[table.tag] = this._decodeTable(table);
        } catch (e) {
          if (logErrors) {
            console.error(`Error decoding table ${table.tag}`);
            let err2 = (
              /** @type {{ stack?: string }} */
              e
            );
            console.error(err2.stack);
          }
        }
      }
      return this._tables[table.tag];
    }
    /**
     * @param {string} tag
     * @returns {DecodeStream | null}
     */
    _getTableStream(tag) {
      let table = this.directory.tables[tag];
      if (table) {
        this.stream.pos = table.offset;
        return this.stream;
      }
      return null;
    }
    /** @returns {void} */
    _decodeDirectory() {
      this.directory = /** @type {FontDirectory} */
      /** @type {unknown} */
      directory_default.decode(this.stream, { _startOffset: 0 });
    }
    /**
     * @param {TableEntry} table
     * @returns {unknown}
     */
    _decodeTable(table) {
      let pos = this.stream.pos;
      let stream = this._getTableStream(table.tag);
      let codec = (
        /** @type {TableCodec | undefined} */
        tables_default[table.tag]
      );
      if (!stream || !codec || !codec.decode) {
        this.stream.pos = pos;
        return void 0;
      }
      let result = codec.decode(stream, this, table.length);
      this.stream.pos = pos;
      return result;
    }
    /**
     * @returns {FontMetrics}
     */
    _getMetrics() {
      if (this._metrics) {
        return this._metrics;
      }
      let os2 = this["OS/2"];
      let hasTypo = !!(os2 && os2.version > 0);
      let ascent;
      let descent;
      let lineGap;
      if (hasTypo && os2 && os2.fsSelection.useTypoMetrics) {
        ascent = /** @type {number} */
        os2.typoAscender;
        descent = /** @type {number} */
        os2.typoDescender;
        lineGap = /** @type {number} */
        os2.typoLineGap;
      } else {
        let hhea = this.hhea;
        if (!hhea) {
          throw new Error("Missing hhea table");
        }
        ({ ascent, descent, lineGap } = hhea);
        if (!(ascent || descent) && hasTypo && os2) {
          if (os2.typoAscender || os2.typoDescender) {
            ascent = /** @type {number} */
            os2.typoAscender;
            descent = /** @type {number} */
            os2.typoDescender;
            lineGap = /** @type {number} */
            os2.typoLineGap;
          } else {
            ascent = /** @type {number} */
            os2.winAscent;
            descent = -/** @type {number} */
            os2.winDescent;
            lineGap = 0;
          }
        }
      }
      return this._metrics = {
        ascent,
        descent,
        lineGap,
        lineHeight: ascent - descent + lineGap
      };
    }
    /**
     * Gets a string from the font's `name` table
     * `lang` is a BCP-47 language code.
     * @param {string} key
     * @param {string | null} [lang]
     * @returns {NameString | null}
     */
    getName(key, lang = this.defaultLanguage || defaultLanguage) {
      let record = this.name && this.name.records[key];
      if (record && typeof record === "object") {
        let locales = (
          /** @type {import('../types/fontkit').NameLocaleMap} */
          record
        );
        return (lang ? locales[lang] : void 0) || (this.defaultLanguage ? locales[this.defaultLanguage] : void 0) || locales[defaultLanguage] || locales["en"] || locales[Object.keys(locales)[0]] || null;
      }
      return null;
    }
    /**
     * The unique PostScript name for this font, e.g. "Helvetica-Bold"
     * @type {NameString | null}
     */
    get postscriptName() {
      return this.getName("postscriptName");
    }
    /**
     * The font's full name, e.g. "Helvetica Bold"
     * @type {NameString | null}
     */
    get fullName() {
      return this.getName("fullName");
    }
    /**
     * The font's family name, e.g. "Helvetica"
     * @type {NameString | null}
     */
    get familyName() {
      return this.getName("fontFamily");
    }
    /**
     * The font's sub-family, e.g. "Bold".
     * @type {NameString | null}
     */
    get subfamilyName() {
      return this.getName("fontSubfamily");
    }
    /**
     * The font's copyright information
     * @type {NameString | null}
     */
    get copyright() {
      return this.getName("copyright");
    }
    /**
     * The font's version number
     * @type {NameString | null}
     */
    get version() {
      return this.getName("version");
    }
    /**
     * The font’s [ascender](https://en.wikipedia.org/wiki/Ascender_(typography))
     * @type {number}
     */
    get ascent() {
      return this._getMetrics().ascent;
    }
    /**
     * The font’s [descender](https://en.wikipedia.org/wiki/Descender)
     * @type {number}
     */
    get descent() {
      return this._getMetrics().descent;
    }
    /**
     * The amount of space that should be included between lines
     * @type {number}
     */
    get lineGap() {
      return this._getMetrics().lineGap;
    }
    /**
     * The offset from the normal underline position that should be used
     * @type {number}
     */
    get underlinePosition() {
      return this.post.underlinePosition;
    }
    /**
     * The weight of the underline that should be used
     * @type {number}
     */
    get underlineThickness() {
      return this.post.underlineThickness;
    }
    /**
     * If this is an italic font, the angle the cursor should be drawn at to match the font design
     * @type {number}
     */
    get italicAngle() {
      return this.post.italicAngle;
    }
    /**
     * The vertical space between adjacent lines (their baselines) of text.
     * See [here](https://en.wikipedia.org/wiki/Leading) for more details.
     * @type {number}
     */
    get lineHeight() {
      return this._getMetrics().lineHeight;
    }
    /**
     * The height of capital letters above the baseline.
     * See [here](https://en.wikipedia.org/wiki/Cap_height) for more details.
     * @type {number}
     */
    get capHeight() {
      let os2 = this["OS/2"];
      return os2 && os2.capHeight != null ? os2.capHeight : this.ascent;
    }
    /**
     * The height of lower case letters in the font.
     * See [here](https://en.wikipedia.org/wiki/X-height) for more details.
     * @type {number}
     */
    get xHeight() {
      let os2 = this["OS/2"];
      return os2 && os2.xHeight != null ? os2.xHeight : 0;
    }
    /**
     * The number of glyphs in the font.
     * @type {number}
     */
    get numGlyphs() {
      return this.maxp.numGlyphs;
    }
    /**
     * The size of the font’s internal coordinate grid
     * @type {number}
     */
    get unitsPerEm() {
      return this.head.unitsPerEm;
    }
    /**
     * The font’s bounding box, i.e. the box that encloses all glyphs in the font.
     * @type {BBox}
     */
    get bbox() {
      return Object.freeze(new BBox(this.head.xMin, this.head.yMin, this.head.xMax, this.head.yMax));
    }
    /**
     * @type {CmapProcessor}
     */
    get _cmapProcessor() {
      return new CmapProcessor(
        /** @type {CmapTable} */
        this.cmap
      );
    }
    /**
     * An array of all of the unicode code points supported by the font.
     * @type {number[]}
     */
    get characterSet() {
      return this._cmapProcessor.getCharacterSet();
    }
    /**
     * Returns whether there is glyph in the font for the given unicode code point.
     *
     * @param {number} codePoint
     * @return {boolean}
     */
    hasGlyphForCodePoint(codePoint) {
      return !!this._cmapProcessor.lookup(codePoint);
    }
    /**
     * Maps a single unicode code point to a Glyph object.
     * Does not perform any advanced substitutions (there is no context to do so).
     *
     * @param {number} codePoint
     * @return {Glyph | null}
     */
    glyphForCodePoint(codePoint) {
      return this.getGlyph(this._cmapProcessor.lookup(codePoint), [codePoint]);
    }
    /**
     * Returns an array of Glyph objects for the given string.
     * This is only a one-to-one mapping from characters to glyphs.
     * For most uses, you should use font.layout (described below), which
     * provides a much more advanced mapping supporting AAT and OpenType shaping.
     *
     * @param {string} string
     * @return {Glyph[]}
     */
    glyphsForString(string) {
      let glyphs = [];
      let len = string.length;
      let idx = 0;
      let last = -1;
      let state = -1;
      while (idx <= len) {
        let code = 0;
        let nextState = 0;
        if (idx < len) {
          code = string.charCodeAt(idx++);
          if (55296 <= code && code <= 56319 && idx < len) {
            let next = string.charCodeAt(idx);
            if (56320 <= next && next <= 57343) {
              idx++;
              code = ((code & 1023) << 10) + (next & 1023) + 65536;
            }
          }
          nextState = 65024 <= code && code <= 65039 || 917760 <= code && code <= 917999 ? 1 : 0;
        } else {
          idx++;
        }
        if (state === 0 && nextState === 1) {
          let g = this.getGlyph(this._cmapProcessor.lookup(last, code), [last, code]);
          if (g) {
            glyphs.push(g);
          }
        } else if (state === 0 && nextState === 0) {
          let g = this.glyphForCodePoint(last);
          if (g) {
            glyphs.push(g);
          }
        }
        last = code;
        state = nextState;
      }
      return glyphs;
    }
    /**
     * @type {LayoutEngine}
     */
    get _layoutEngine() {
      return new LayoutEngine(this);
    }
    /**
     * Returns a GlyphRun object, which includes an array of Glyphs and GlyphPositions for the given string.
     *
     * @param {string} string
     * @param {FeatureInput} [userFeatures]
     * @param {ScriptTag} [script]
     * @param {LanguageTag} [language]
     * @param {TextDirection} [direction]
     * @return {GlyphRun}
     */
    layout(string, userFeatures, script, language, direction2) {
      return this._layoutEngine.layout(string, userFeatures, script, language, direction2);
    }
    /**
     * Returns an array of strings that map to the given glyph id.
     * @param {number} gid - glyph id
     * @returns {string[]}
     */
    stringsForGlyph(gid) {
      return this._layoutEngine.stringsForGlyph(gid);
    }
    /**
     * An array of all [OpenType feature tags](https://www.microsoft.com/typography/otspec/featuretags.htm)
     * (or mapped AAT tags) supported by the font.
     * The features parameter is an array of OpenType feature tags to be applied in addition to the default set.
     * If this is an AAT font, the OpenType feature tags are mapped to AAT features.
     *
     * @type {string[]}
     */
    get availableFeatures() {
      return this._layoutEngine.getAvailableFeatures();
    }
    /**
     * @param {ScriptTag} [script]
     * @param {LanguageTag} [language]
     * @returns {string[]}
     */
    getAvailableFeatures(script, language) {
      return this._layoutEngine.getAvailableFeatures(script, language);
    }
    /**
     * @param {number} glyph
     * @param {number[]} [characters]
     * @returns {Glyph | null | undefined}
     */
    _getBaseGlyph(glyph2, characters = []) {
      let cached = this._glyphs[glyph2];
      if (cached && typeof /** @type {{ _getContours?: unknown }} */
      cached._getContours === "function") {
        return cached;
      }
      let outline = null;
      if (this.directory.tables.glyf) {
        outline = new TTFGlyph(glyph2, characters, this);
      } else if (this.directory.tables["CFF "] || this.directory.tables.CFF2) {
        outline = new CFFGlyph(glyph2, characters, this);
      }
      if (outline && !cached) {
        this._glyphs[glyph2] = outline;
      }
      return outline;
    }
    /**
     * Returns a glyph object for the given glyph id.
     * You can pass the array of code points this glyph represents for
     * your use later, and it will be stored in the glyph object.
     *
     * @param {number} glyph
     * @param {number[]} [characters]
     * @return {Glyph | null}
     */
    getGlyph(glyph2, characters = []) {
      if (!this._glyphs[glyph2]) {
        if (this.directory.tables.sbix) {
          this._glyphs[glyph2] = new SBIXGlyph(glyph2, characters, this);
        } else if (this.directory.tables.COLR && this.directory.tables.CPAL) {
          this._glyphs[glyph2] = new COLRGlyph(glyph2, characters, this);
        } else if (this.directory.tables.CBLC || this.directory.tables.EBLC) {
          this._glyphs[glyph2] = new CBDTGlyph(glyph2, characters, this);
        } else {
          this._getBaseGlyph(glyph2, characters);
        }
      }
      return this._glyphs[glyph2] || null;
    }
    /**
     * Returns a Subset for this font.
     * @return {Subset}
     */
    createSubset() {
      if (this.directory.tables["CFF "]) {
        return new CFFSubset(this);
      }
      return new TTFSubset(this);
    }
    /**
     * Returns an object describing the available variation axes
     * that this font supports. Keys are setting tags, and values
     * contain the axis name, range, and default value.
     *
     * @type {Record<string, VariationAxisInfo>}
     */
    get variationAxes() {
      let res = {};
      if (!this.fvar) {
        return res;
      }
      for (let axis of this.fvar.axis) {
        res[axis.axisTag.trim()] = {
          name: axis.name && axis.name.en,
          min: axis.minValue,
          default: axis.defaultValue,
          max: axis.maxValue
        };
      }
      return res;
    }
    /**
     * Returns an object describing the named variation instances
     * that the font designer has specified. Keys are variation names
     * and values are the variation settings for this instance.
     *
     * @type {Record<string, Record<string, number>>}
     */
    get namedVariations() {
      let res = {};
      if (!this.fvar) {
        return res;
      }
      for (let instance of this.fvar.instance) {
        let settings = {};
        for (let i = 0; i < this.fvar.axis.length; i++) {
          let axis = this.fvar.axis[i];
          settings[axis.axisTag.trim()] = instance.coord[i];
        }
        let key = instance.name && instance.name.en;
        if (typeof key === "string") {
          res[key] = settings;
        }
      }
      return res;
    }
    /**
     * Returns a new font with the given variation settings applied.
     * Settings can either be an instance name, or an object containing
     * variation tags as specified by the `variationAxes` property.
     *
     * @param {string | Record<string, number>} settings
     * @return {TTFFont}
     */
    getVariation(settings) {
      if (!(this.directory.tables.fvar && (this.directory.tables.gvar && this.directory.tables.glyf || this.directory.tables.CFF2))) {
        throw new Error("Variations require a font with the fvar, gvar and glyf, or CFF2 tables.");
      }
      let resolved;
      if (typeof settings === "string") {
        resolved = this.namedVariations[settings];
      } else {
        resolved = settings;
      }
      if (typeof resolved !== "object" || resolved == null) {
        throw new Error("Variation settings must be either a variation name or settings object.");
      }
      let fvar = (
        /** @type {FvarTable} */
        this.fvar
      );
      let coords = fvar.axis.map((axis) => {
        let axisTag = axis.axisTag.trim();
        if (axisTag in resolved) {
          return Math.max(axis.minValue, Math.min(axis.maxValue, resolved[axisTag]));
        } else {
          return axis.defaultValue;
        }
      });
      let maybeDecompress = (
        /** @type {{ _decompress?: () => void }} */
        this._decompress
      );
      if (typeof maybeDecompress === "function") {
        maybeDecompress.call(this);
      }
      let font = Object.create(Object.getPrototypeOf(this));
      Object.assign(font, this);
      font.variationCoords = coords;
      font._glyphs = {};
      font._installTableGetters();
      return font;
    }
    /**
     * @type {GlyphVariationProcessor | null}
     */
    get _variationProcessor() {
      if (!this.fvar) {
        return null;
      }
      let variationCoords = this.variationCoords;
      if (!variationCoords && !this.CFF2) {
        return null;
      }
      if (!variationCoords) {
        variationCoords = this.fvar.axis.map((axis) => axis.defaultValue);
      }
      return new GlyphVariationProcessor(this, variationCoords);
    }
    // Standardized format plugin API
    /**
     * @param {string | Uint8Array | Record<string, number>} name
     * @returns {TTFFont}
     */
    getFont(name) {
      return this.getVariation(
        /** @type {string | Record<string, number>} */
        name
      );
    }
  };
  defineCached(TTFFont.prototype, [
    "bbox",
    "_cmapProcessor",
    "characterSet",
    "_layoutEngine",
    "variationAxes",
    "namedVariations",
    "_variationProcessor"
  ]);

  // src/tables/WOFFDirectory.js
  var WOFFDirectoryEntry = new Struct({
    tag: new StringT(4),
    offset: new Pointer(uint32, "void", { type: "global" }),
    compLength: uint32,
    length: uint32,
    origChecksum: uint32
  });
  var WOFFDirectory = new Struct({
    tag: new StringT(4),
    // should be 'wOFF'
    flavor: uint32,
    length: uint32,
    numTables: uint16,
    reserved: new Reserved(uint16),
    totalSfntSize: uint32,
    majorVersion: uint16,
    minorVersion: uint16,
    metaOffset: uint32,
    metaLength: uint32,
    metaOrigLength: uint32,
    privOffset: uint32,
    privLength: uint32,
    tables: new ArrayT(WOFFDirectoryEntry, "numTables")
  });
  WOFFDirectory.process = function() {
    let self = (
      /** @type {WOFFDirectoryValue} */
      this
    );
    let tables2 = {};
    for (
      let table of
      /** @type {TableEntry[]} */
      self.tables
    ) {
      tables2[table.tag] = table;
    }
    self.tables = tables2;
  };
  var WOFFDirectory_default = WOFFDirectory;

  // src/WOFFFont.js
  var WOFFFont = class extends TTFFont {
    constructor() {
      super(...arguments);
      /** @type {string} */
      this.type = "WOFF";
    }
    /**
     * @param {ArrayBufferView} buffer
     * @returns {boolean}
     */
    static probe(buffer) {
      let bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
      return asciiDecoder.decode(bytes.subarray(0, 4)) === "wOFF";
    }
    /** @returns {void} */
    _decodeDirectory() {
      this.directory = /** @type {FontDirectory} */
      /** @type {unknown} */
      WOFFDirectory_default.decode(this.stream, { _startOffset: 0 });
    }
    /**
     * @param {TableEntry} table
     * @returns {unknown}
     */
    _decodeTable(table) {
      this._decompress();
      return super._decodeTable(table);
    }
    // Inflate all tables into one stream so internal offsets (e.g. gvar) stay
    // valid against this.stream — same reason WOFF2Font decompresses up front.
    /** @returns {void} */
    _decompress() {
      if (this._decompressed) {
        return;
      }
      let totalSize = 0;
      let layout = [];
      let tableMap = this.directory.tables;
      for (let tag in tableMap) {
        let entry = tableMap[tag];
        if (!entry) {
          continue;
        }
        layout.push({ entry, newOffset: totalSize });
        totalSize = totalSize + entry.length + 3 & ~3;
      }
      let buffer = new Uint8Array(totalSize);
      for (let { entry, newOffset } of layout) {
        this.stream.pos = entry.offset;
        let data;
        let compLength = entry.compLength != null ? entry.compLength : entry.length;
        if (compLength < entry.length) {
          let compressed = this.stream.readBuffer(compLength);
          let compressedBytes = compressed instanceof Uint8Array ? compressed : new Uint8Array(compressed.buffer, compressed.byteOffset, compressed.byteLength);
          data = unzlibSync(compressedBytes, {
            out: new Uint8Array(entry.length)
          });
        } else {
          data = this.stream.readBuffer(entry.length);
        }
        buffer.set(data instanceof Uint8Array ? data : new Uint8Array(data.buffer, data.byteOffset, data.byteLength), newOffset);
        entry.offset = newOffset;
      }
      this._setStream(new DecodeStream(buffer));
      this._decompressed = true;
    }
  };

  // src/WOFF2Font.js
  var import_decompress = __toESM(require_decompress(), 1);

  // src/glyph/WOFF2Glyph.js
  var WOFF2Glyph = class extends TTFGlyph {
    constructor() {
      super(...arguments);
      this.type = "WOFF2";
    }
    /**
     * @returns {DecodedGlyf | null}
     */
    _decode() {
      let cached = this._font._transformedGlyphs?.[this.id];
      if (!cached) {
        return null;
      }
      if (!this._font._variationProcessor) {
        return (
          /** @type {DecodedGlyf} */
          cached
        );
      }
      let glyph2 = {
        numberOfContours: cached.numberOfContours,
        xMin: 0,
        yMin: 0,
        xMax: 0,
        yMax: 0
      };
      if (cached.points) {
        glyph2.points = cached.points.map((p) => {
          if (typeof p.copy === "function") {
            return p.copy();
          }
          return new Point(p.onCurve, p.endContour, p.x, p.y);
        });
        let points = glyph2.points.concat(this._getPhantomPoints(glyph2));
        this._font._variationProcessor.transformPoints(this.id, points);
        glyph2.phantomPoints = points.slice(-4);
      }
      if (cached.components) {
        glyph2.components = cached.components.map((c) => {
          let clone = Object.assign(Object.create(Object.getPrototypeOf(c)), c);
          return clone;
        });
        let points = [];
        for (let component of glyph2.components) {
          points.push(new Point(true, true, component.dx, component.dy));
        }
        points.push(...this._getPhantomPoints(glyph2));
        this._font._variationProcessor.transformPoints(this.id, points);
        glyph2.phantomPoints = points.splice(-4, 4);
        for (let i = 0; i < points.length; i++) {
          glyph2.components[i].dx = points[i].x;
          glyph2.components[i].dy = points[i].y;
        }
      }
      return glyph2;
    }
    /**
     * @param {boolean} [internal]
     * @returns {BBox}
     */
    _getCBox(internal) {
      if (internal) {
        return new BBox(0, 0, 0, 0);
      }
      return this.path.bbox;
    }
  };

  // src/tables/WOFF2Directory.js
  var Base128 = {
    /**
     * @param {DecodeStream} stream
     * @returns {number}
     */
    decode(stream) {
      let result = 0;
      let iterable = [0, 1, 2, 3, 4];
      for (let j = 0; j < iterable.length; j++) {
        let code = stream.readUInt8();
        if (result & 3758096384) {
          throw new Error("Overflow");
        }
        result = result << 7 | code & 127;
        if ((code & 128) === 0) {
          return result;
        }
      }
      throw new Error("Bad base 128 number");
    }
  };
  var knownTags = [
    "cmap",
    "head",
    "hhea",
    "hmtx",
    "maxp",
    "name",
    "OS/2",
    "post",
    "cvt ",
    "fpgm",
    "glyf",
    "loca",
    "prep",
    "CFF ",
    "VORG",
    "EBDT",
    "EBLC",
    "gasp",
    "hdmx",
    "kern",
    "LTSH",
    "PCLT",
    "VDMX",
    "vhea",
    "vmtx",
    "BASE",
    "GDEF",
    "GPOS",
    "GSUB",
    "EBSC",
    "JSTF",
    "MATH",
    "CBDT",
    "CBLC",
    "COLR",
    "CPAL",
    "SVG ",
    "sbix",
    "acnt",
    "avar",
    "bdat",
    "bloc",
    "bsln",
    "cvar",
    "fdsc",
    "feat",
    "fmtx",
    "fvar",
    "gvar",
    "hsty",
    "just",
    "lcar",
    "mort",
    "morx",
    "opbd",
    "prop",
    "trak",
    "Zapf",
    "Silf",
    "Glat",
    "Gloc",
    "Feat",
    "Sill"
  ];
  var WOFF2DirectoryEntry = new Struct({
    flags: uint8,
    customTag: new Optional(
      new StringT(4),
      /** @param {StructValue} t @returns {boolean} */
      (t) => (
        /** @type {number} */
        (t.flags & 63) === 63
      )
    ),
    /**
     * @param {StructValue} t
     * @returns {string}
     */
    tag: (t) => {
      let flags = (
        /** @type {number} */
        t.flags
      );
      return (
        /** @type {string} */
        t.customTag || knownTags[flags & 63]
      );
    },
    length: Base128,
    /**
     * @param {StructValue} t
     * @returns {number}
     */
    transformVersion: (t) => (
      /** @type {number} */
      t.flags >>> 6 & 3
    ),
    /**
     * @param {StructValue} t
     * @returns {boolean}
     */
    transformed: (t) => t.tag === "glyf" || t.tag === "loca" ? t.transformVersion === 0 : t.transformVersion !== 0,
    transformLength: new Optional(
      Base128,
      /** @param {StructValue} t @returns {boolean} */
      (t) => !!t.transformed
    )
  });
  var WOFF2Directory = new Struct({
    tag: new StringT(4),
    // should be 'wOF2'
    flavor: uint32,
    length: uint32,
    numTables: uint16,
    reserved: new Reserved(uint16),
    totalSfntSize: uint32,
    totalCompressedSize: uint32,
    majorVersion: uint16,
    minorVersion: uint16,
    metaOffset: uint32,
    metaLength: uint32,
    metaOrigLength: uint32,
    privOffset: uint32,
    privLength: uint32,
    tables: new ArrayT(WOFF2DirectoryEntry, "numTables")
  });
  WOFF2Directory.process = function() {
    let self = (
      /** @type {WOFF2DirectoryValue} */
      this
    );
    let tables2 = {};
    let list = (
      /** @type {TableEntry[]} */
      self.tables
    );
    for (let i = 0; i < list.length; i++) {
      let table = list[i];
      tables2[table.tag] = table;
    }
    self.tables = tables2;
  };
  var WOFF2Directory_default = WOFF2Directory;

  // src/WOFF2Font.js
  var WOFF2Font = class extends TTFFont {
    constructor() {
      super(...arguments);
      /** @type {string} */
      this.type = "WOFF2";
    }
    /**
     * @param {ArrayBufferView} buffer
     * @returns {boolean}
     */
    static probe(buffer) {
      let bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
      return asciiDecoder.decode(bytes.subarray(0, 4)) === "wOF2";
    }
    /** @returns {void} */
    _decodeDirectory() {
      this.directory = /** @type {FontDirectory} */
      /** @type {unknown} */
      WOFF2Directory_default.decode(this.stream);
      this._dataPos = this.stream.pos;
    }
    /** @returns {void} */
    _decompress() {
      if (!this._decompressed) {
        let dataPos = this._dataPos;
        if (dataPos == null) {
          throw new Error("Missing WOFF2 data offset; directory was not decoded");
        }
        this.stream.pos = dataPos;
        let totalCompressedSize = this.directory.totalCompressedSize;
        if (totalCompressedSize == null) {
          throw new Error("Missing totalCompressedSize in WOFF2 directory");
        }
        let buffer = this.stream.readBuffer(totalCompressedSize);
        let decompressedSize = 0;
        let tableMap = this.directory.tables;
        for (let tag in tableMap) {
          let entry = tableMap[tag];
          if (!entry) {
            continue;
          }
          entry.offset = decompressedSize;
          decompressedSize += entry.transformLength != null ? entry.transformLength : entry.length;
        }
        let decompressed = (0, import_decompress.default)(
          buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength),
          decompressedSize
        );
        if (!decompressed) {
          throw new Error("Error decoding compressed data in WOFF2");
        }
        this._setStream(new DecodeStream(decompressed));
        this._decompressed = true;
      }
    }
    /**
     * @param {TableEntry} table
     * @returns {unknown}
     */
    _decodeTable(table) {
      this._decompress();
      return super._decodeTable(table);
    }
    // Override this method to get a glyph and return our
    // custom subclass if there is a glyf table.
    /**
     * @param {number} glyph
     * @param {number[]} [characters]
     * @returns {Glyph | null | undefined}
     */
    _getBaseGlyph(glyph2, characters = []) {
      let cached = this._glyphs[glyph2];
      if (cached && typeof /** @type {{ _getContours?: unknown }} */
      cached._getContours === "function") {
        return cached;
      }
      let glyfEntry = this.directory.tables.glyf;
      if (glyfEntry && glyfEntry.transformed) {
        if (!this._transformedGlyphs) {
          this._transformGlyfTable();
        }
        let outline = new WOFF2Glyph(glyph2, characters, this);
        if (!cached) {
          this._glyphs[glyph2] = outline;
        }
        return outline;
      }
      return super._getBaseGlyph(glyph2, characters);
    }
    /** @returns {void} */
    _transformGlyfTable() {
      this._decompress();
      let glyfEntry = this.directory.tables.glyf;
      if (!glyfEntry) {
        this._transformedGlyphs = [];
        return;
      }
      this.stream.pos = glyfEntry.offset;
      let table = (
        /** @type {GlyfTableDecoded} */
        GlyfTable.decode(this.stream)
      );
      let glyphs = [];
      for (let index = 0; index < table.numGlyphs; index++) {
        let glyph2 = { numberOfContours: 0 };
        let nContours = table.nContours.readInt16BE();
        glyph2.numberOfContours = nContours;
        if (nContours > 0) {
          let nPoints = [];
          let totalPoints = 0;
          for (let i = 0; i < nContours; i++) {
            let r = read255UInt16(table.nPoints);
            totalPoints += r;
            nPoints.push(totalPoints);
          }
          glyph2.points = decodeTriplet(table.flags, table.glyphs, totalPoints);
          for (let i = 0; i < nContours; i++) {
            let pts = glyph2.points;
            if (pts) {
              pts[nPoints[i] - 1].endContour = true;
            }
          }
          read255UInt16(table.glyphs);
        } else if (nContours < 0) {
          let haveInstructions = TTFGlyph.prototype._decodeComposite.call(
            /** @type {TTFGlyph} */
            /** @type {unknown} */
            { _font: this },
            /** @type {DecodedGlyf} */
            glyph2,
            table.composites
          );
          if (haveInstructions) {
            read255UInt16(table.glyphs);
          }
        }
        glyphs.push(glyph2);
      }
      this._transformedGlyphs = glyphs;
    }
  };
  var Substream = class {
    /**
     * @param {number | string} length
     */
    constructor(length) {
      this.length = length;
      this._buf = new BufferT(length);
    }
    /**
     * @param {DecodeStream} stream
     * @param {StructValue} parent
     * @returns {DecodeStream}
     */
    decode(stream, parent) {
      return new DecodeStream(this._buf.decode(stream, parent));
    }
  };
  var GlyfTable = new Struct({
    version: uint32,
    numGlyphs: uint16,
    indexFormat: uint16,
    nContourStreamSize: uint32,
    nPointsStreamSize: uint32,
    flagStreamSize: uint32,
    glyphStreamSize: uint32,
    compositeStreamSize: uint32,
    bboxStreamSize: uint32,
    instructionStreamSize: uint32,
    nContours: new Substream("nContourStreamSize"),
    nPoints: new Substream("nPointsStreamSize"),
    flags: new Substream("flagStreamSize"),
    glyphs: new Substream("glyphStreamSize"),
    composites: new Substream("compositeStreamSize"),
    bboxes: new Substream("bboxStreamSize"),
    instructions: new Substream("instructionStreamSize")
  });
  var WORD_CODE = 253;
  var ONE_MORE_BYTE_CODE2 = 254;
  var ONE_MORE_BYTE_CODE1 = 255;
  var LOWEST_U_CODE = 253;
  function read255UInt16(stream) {
    let code = stream.readUInt8();
    if (code === WORD_CODE) {
      return stream.readUInt16BE();
    }
    if (code === ONE_MORE_BYTE_CODE1) {
      return stream.readUInt8() + LOWEST_U_CODE;
    }
    if (code === ONE_MORE_BYTE_CODE2) {
      return stream.readUInt8() + LOWEST_U_CODE * 2;
    }
    return code;
  }
  function withSign(flag, baseval) {
    return flag & 1 ? baseval : -baseval;
  }
  function decodeTriplet(flags, glyphs, nPoints) {
    let y;
    let x = y = 0;
    let res = [];
    for (let i = 0; i < nPoints; i++) {
      let dx = 0;
      let dy = 0;
      let flag = flags.readUInt8();
      let onCurve = !(flag >> 7);
      flag &= 127;
      if (flag < 10) {
        dx = 0;
        dy = withSign(flag, ((flag & 14) << 7) + glyphs.readUInt8());
      } else if (flag < 20) {
        dx = withSign(flag, ((flag - 10 & 14) << 7) + glyphs.readUInt8());
        dy = 0;
      } else if (flag < 84) {
        let b0 = flag - 20;
        let b1 = glyphs.readUInt8();
        dx = withSign(flag, 1 + (b0 & 48) + (b1 >> 4));
        dy = withSign(flag >> 1, 1 + ((b0 & 12) << 2) + (b1 & 15));
      } else if (flag < 120) {
        let b0 = flag - 84;
        dx = withSign(flag, 1 + (b0 / 12 << 8) + glyphs.readUInt8());
        dy = withSign(flag >> 1, 1 + (b0 % 12 >> 2 << 8) + glyphs.readUInt8());
      } else if (flag < 124) {
        let b1 = glyphs.readUInt8();
        let b2 = glyphs.readUInt8();
        dx = withSign(flag, (b1 << 4) + (b2 >> 4));
        dy = withSign(flag >> 1, ((b2 & 15) << 8) + glyphs.readUInt8());
      } else {
        dx = withSign(flag, glyphs.readUInt16BE());
        dy = withSign(flag >> 1, glyphs.readUInt16BE());
      }
      x += dx;
      y += dy;
      res.push(new Point(onCurve, false, x, y));
    }
    return res;
  }

  // src/TrueTypeCollection.js
  function postscriptNamesEqual(a, b) {
    if (a === b) {
      return true;
    }
    if (a instanceof Uint8Array && b instanceof Uint8Array) {
      return a.length === b.length && a.every((v, i) => b[i] === v);
    }
    return false;
  }
  var TTCHeader = new VersionedStruct(uint32, {
    65536: {
      numFonts: uint32,
      offsets: new ArrayT(uint32, "numFonts")
    },
    131072: {
      numFonts: uint32,
      offsets: new ArrayT(uint32, "numFonts"),
      dsigTag: uint32,
      dsigLength: uint32,
      dsigOffset: uint32
    }
  });
  var TrueTypeCollection = class {
    /**
     * @param {DecodeStream} stream
     */
    constructor(stream) {
      /** @type {string} */
      this.type = "TTC";
      this.stream = stream;
      if (stream.readString(4) !== "ttcf") {
        throw new Error("Not a TrueType collection");
      }
      this.header = /** @type {TTCHeaderValue} */
      /** @type {unknown} */
      TTCHeader.decode(stream);
    }
    /**
     * @param {ArrayBufferView} buffer
     * @returns {boolean}
     */
    static probe(buffer) {
      let bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
      return asciiDecoder.decode(bytes.subarray(0, 4)) === "ttcf";
    }
    /**
     * @param {string | Uint8Array} name
     * @returns {TTFFont | null}
     */
    getFont(name) {
      for (let offset of this.header.offsets) {
        let stream = new DecodeStream(this.stream.buffer);
        stream.pos = offset;
        let font = new TTFFont(stream);
        if (postscriptNamesEqual(font.postscriptName, name)) {
          return font;
        }
      }
      return null;
    }
    /**
     * @type {TTFFont[]}
     */
    get fonts() {
      let fonts = [];
      for (let offset of this.header.offsets) {
        let stream = new DecodeStream(this.stream.buffer);
        stream.pos = offset;
        fonts.push(new TTFFont(stream));
      }
      return fonts;
    }
  };

  // src/DFont.js
  function postscriptNamesEqual2(a, b) {
    if (a === b) {
      return true;
    }
    if (a instanceof Uint8Array && b instanceof Uint8Array) {
      return a.length === b.length && a.every((v, i) => b[i] === v);
    }
    return false;
  }
  var DFontName = new StringT(uint8);
  var Ref = new Struct({
    id: uint16,
    nameOffset: int16,
    attr: uint8,
    dataOffset: uint24,
    handle: uint32
  });
  var Type = new Struct({
    name: new StringT(4),
    maxTypeIndex: uint16,
    refList: new Pointer(
      uint16,
      new ArrayT(Ref, (t) => (
        /** @type {DFontType} */
        t.maxTypeIndex + 1
      )),
      { type: "parent" }
    )
  });
  var TypeList = new Struct({
    length: uint16,
    types: new ArrayT(Type, (t) => (
      /** @type {DFontTypeList} */
      t.length + 1
    ))
  });
  var DFontMap = new Struct({
    reserved: new Reserved(uint8, 24),
    typeList: new Pointer(uint16, TypeList),
    nameListOffset: new Pointer(uint16, "void")
  });
  var DFontHeader = new Struct({
    dataOffset: uint32,
    map: new Pointer(uint32, DFontMap),
    dataLength: uint32,
    mapLength: uint32
  });
  var DFont = class {
    /**
     * @param {DecodeStream} stream
     */
    constructor(stream) {
      /** @type {string} */
      this.type = "DFont";
      this.stream = stream;
      this.header = /** @type {DFontHeaderValue} */
      /** @type {unknown} */
      DFontHeader.decode(this.stream);
      for (let type of this.header.map.typeList.types) {
        for (let ref of type.refList) {
          if (ref.nameOffset >= 0) {
            this.stream.pos = ref.nameOffset + this.header.map.nameListOffset;
            ref.name = DFontName.decode(this.stream);
          } else {
            ref.name = null;
          }
        }
        if (type.name === "sfnt") {
          this.sfnt = type;
        }
      }
    }
    /**
     * @param {BinaryBuffer | Uint8Array} buffer
     * @returns {boolean}
     */
    static probe(buffer) {
      let stream = new DecodeStream(buffer);
      try {
        var header = (
          /** @type {DFontHeaderValue} */
          /** @type {unknown} */
          DFontHeader.decode(stream)
        );
      } catch (e) {
        return false;
      }
      for (let type of header.map.typeList.types) {
        if (type.name === "sfnt") {
          return true;
        }
      }
      return false;
    }
    /**
     * @param {string | Uint8Array} name
     * @returns {TTFFont | null}
     */
    getFont(name) {
      if (!this.sfnt) {
        return null;
      }
      for (let ref of this.sfnt.refList) {
        let pos = this.header.dataOffset + ref.dataOffset + 4;
        let buf = this.stream.buffer;
        let bytes = buf instanceof Uint8Array ? buf : new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
        let stream = new DecodeStream(bytes.subarray(pos));
        let font = new TTFFont(stream);
        if (postscriptNamesEqual2(font.postscriptName, name)) {
          return font;
        }
      }
      return null;
    }
    /**
     * @type {TTFFont[]}
     */
    get fonts() {
      let fonts = [];
      if (!this.sfnt) {
        return fonts;
      }
      for (let ref of this.sfnt.refList) {
        let pos = this.header.dataOffset + ref.dataOffset + 4;
        let buf = this.stream.buffer;
        let bytes = buf instanceof Uint8Array ? buf : new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
        let stream = new DecodeStream(bytes.subarray(pos));
        fonts.push(new TTFFont(stream));
      }
      return fonts;
    }
  };

  // src/index.js
  registerFormat(TTFFont);
  registerFormat(WOFFFont);
  registerFormat(WOFF2Font);
  registerFormat(TrueTypeCollection);
  registerFormat(DFont);
  var src_default = base_default;
  return __toCommonJS(src_exports);
})();
fontkit = fontkit.default ?? fontkit;
if (typeof module === "object" && module.exports) {
  module.exports = fontkit;
}
if (typeof define === "function" && define.amd) {
  define(function () { return fontkit; });
}
//# sourceMappingURL=fontkit.umd.js.map