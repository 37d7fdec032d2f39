// Site search client: loads the index toolkitgen writes under search/ on demand and shows ranked results.
// No dependencies. Words are folded, tokenized and stemmed exactly as generator/search/tokenize.cc does.
(function () {
  'use strict';

  // ---------------------------------------------------------------------------------------------
  // Words: folding and tokenizing (mirrors generator/search/tokenize.cc)

  // Base letters of U+00C0..U+017F; '*' = two letters (MULTI), ' ' = separator.
  var LATIN = 'aaaaaa*ceeeeiiiidnooooo ouuuuy**aaaaaa*ceeeeiiiidnooooo ouuuuy*y' +
    'aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii**jjkkkllllllllllnnnnnnnnnoooooo**' +
    'rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs';
  var MULTI = { 0xC6: 'ae', 0xE6: 'ae', 0xDE: 'th', 0xFE: 'th', 0xDF: 'ss', 0x132: 'ij', 0x133: 'ij',
    0x152: 'oe', 0x153: 'oe' };
  var STOP = {};
  ('a an and are as at be but by for if in into is it no not of on or such that the their then there ' +
    'these they this to was will with').split(' ').forEach(function (w) { STOP[w] = true; });
  var MIN_CHARS = 2, MAX_CHARS = 40;

  function isSeparatorRange(cp) {
    return (cp >= 0x2000 && cp <= 0x2BFF) || (cp >= 0x2E00 && cp <= 0x2E7F) ||
      (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xE000 && cp <= 0xF8FF) ||
      (cp >= 0xFE00 && cp <= 0xFE6F) || (cp >= 0xFF00 && cp <= 0xFF0F) ||
      (cp >= 0x1F000 && cp <= 0x1FAFF) || cp === 0xFEFF || (cp >= 0xD800 && cp <= 0xDFFF);
  }

  // The folded form of one code point, or null when it separates words.
  function fold(cp) {
    if ((cp >= 48 && cp <= 57) || (cp >= 97 && cp <= 122)) return String.fromCharCode(cp);
    if (cp >= 65 && cp <= 90) return String.fromCharCode(cp + 32);
    if (cp < 0xC0) return null;
    if (cp < 0x180) {
      var c = LATIN.charAt(cp - 0xC0);
      if (c === ' ') return null;
      return c === '*' ? MULTI[cp] : c;
    }
    return isSeparatorRange(cp) ? null : String.fromCodePoint(cp);
  }

  // Words of a text: [{w: folded word, b: start index, e: end index}] (indexes into text).
  function tokenize(text) {
    var out = [], cur = '', start = -1, end = -1, i = 0, n = text.length;
    while (i < n) {
      var cp = text.codePointAt(i), len = cp > 0xFFFF ? 2 : 1;
      if (start >= 0 && (cp === 39 || cp === 0x2019) && i + 1 < n && fold(text.codePointAt(i + 1)) !== null) {
        cur += "'";
        i += 1;
        continue;
      }
      var f = fold(cp);
      if (f !== null) {
        if (start < 0) start = i;
        cur += f;
        end = i + len;
      } else if (start >= 0) {
        out.push({ w: cur, b: start, e: end });
        cur = '';
        start = -1;
      }
      i += len;
    }
    if (start >= 0) out.push({ w: cur, b: start, e: end });
    return out;
  }

  function chars(w) {
    var n = 0;
    for (var i = 0; i < w.length; i++) if ((w.charCodeAt(i) & 0xFC00) !== 0xDC00) n++;
    return n;
  }

  // ---------------------------------------------------------------------------------------------
  // English (Porter2) stemmer: Snowball's english.sbl as shipped in libstemmer 2.2.

  var EXC1 = { skis: 'ski', skies: 'sky', dying: 'die', lying: 'lie', tying: 'tie', idly: 'idl',
    gently: 'gentl', ugly: 'ugli', early: 'earli', only: 'onli', singly: 'singl', sky: 'sky', news: 'news',
    howe: 'howe', atlas: 'atlas', cosmos: 'cosmos', bias: 'bias', andes: 'andes' };
  var EXC2 = { inning: 1, outing: 1, canning: 1, herring: 1, earring: 1, proceed: 1, exceed: 1, succeed: 1 };
  var STEP2 = [['ization', 'ize'], ['ational', 'ate'], ['fulness', 'ful'], ['ousness', 'ous'],
    ['iveness', 'ive'], ['tional', 'tion'], ['biliti', 'ble'], ['lessli', 'less'], ['entli', 'ent'],
    ['ation', 'ate'], ['alism', 'al'], ['aliti', 'al'], ['ousli', 'ous'], ['iviti', 'ive'], ['fulli', 'ful'],
    ['enci', 'ence'], ['anci', 'ance'], ['abli', 'able'], ['izer', 'ize'], ['ator', 'ate'], ['alli', 'al'],
    ['bli', 'ble'], ['ogi', 'og'], ['li', '']];
  var STEP3 = [['ational', 'ate'], ['tional', 'tion'], ['alize', 'al'], ['icate', 'ic'], ['iciti', 'ic'],
    ['ative', ''], ['ical', 'ic'], ['ness', ''], ['ful', '']];
  var STEP4 = ['ement', 'ance', 'ence', 'able', 'ible', 'ment', 'ent', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize',
    'ion', 'ant', 'al', 'er', 'ic'];
  var DOUBLES = { bb: 1, dd: 1, ff: 1, gg: 1, mm: 1, nn: 1, pp: 1, rr: 1, tt: 1 };

  function isV(c) { return c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u' || c === 'y'; }
  function ends(s, suf) { return s.length >= suf.length && s.slice(s.length - suf.length) === suf; }
  function hasVowel(s, to) { for (var i = 0; i < to; i++) if (isV(s[i])) return true; return false; }
  // A short syllable ends at position c.
  function shortv(s, c) {
    if (c >= 3 && !isV(s[c - 1]) && 'wxY'.indexOf(s[c - 1]) < 0 && isV(s[c - 2]) && !isV(s[c - 3])) return true;
    return c === 2 && !isV(s[1]) && isV(s[0]);
  }
  // Position after the first non-vowel that follows a vowel, from `from`; or s.length.
  function region(s, from) {
    for (var i = from + 1; i < s.length; i++) if (!isV(s[i]) && isV(s[i - 1])) return i + 1;
    return s.length;
  }
  function longest(s, list) {
    for (var i = 0; i < list.length; i++) {
      var suf = typeof list[i] === 'string' ? list[i] : list[i][0];
      if (ends(s, suf)) return list[i];
    }
    return null;
  }

  function stem(word) {
    if (Object.prototype.hasOwnProperty.call(EXC1, word)) return EXC1[word];
    if (chars(word) < 3) return word;
    var s = word.charAt(0) === "'" ? word.slice(1) : word;
    var yFound = false, i;
    // prelude: y at the start or after a vowel is a consonant (Y)
    if (s.charAt(0) === 'y') { s = 'Y' + s.slice(1); yFound = true; }
    for (i = 1; i < s.length; i++) {
      if (s[i] === 'y' && isV(s[i - 1])) { s = s.slice(0, i) + 'Y' + s.slice(i + 1); yFound = true; }
    }
    var special = /^(gener|commun|arsen)/.exec(s);
    var p1 = special ? special[1].length : region(s, 0);
    var p2 = region(s, p1);

    // Step 1a
    if (ends(s, "'s'")) s = s.slice(0, -3);
    else if (ends(s, "'s")) s = s.slice(0, -2);
    else if (ends(s, "'")) s = s.slice(0, -1);
    if (ends(s, 'sses')) s = s.slice(0, -2);
    else if (ends(s, 'ied') || ends(s, 'ies')) s = s.slice(0, -3) + (s.length - 3 > 1 ? 'i' : 'ie');
    else if (ends(s, 'us') || ends(s, 'ss')) { /* unchanged */ }
    else if (ends(s, 's') && s.length >= 2 && hasVowel(s, s.length - 2)) s = s.slice(0, -1);

    if (!EXC2[s]) {
      // Step 1b
      var m = longest(s, ['eedly', 'ingly', 'edly', 'eed', 'ing', 'ed']);
      if (m === 'eed' || m === 'eedly') {
        if (s.length - m.length >= p1) s = s.slice(0, -m.length) + 'ee';
      } else if (m && hasVowel(s, s.length - m.length)) {
        s = s.slice(0, -m.length);
        if (ends(s, 'at') || ends(s, 'bl') || ends(s, 'iz')) s += 'e';
        else if (DOUBLES[s.slice(-2)]) s = s.slice(0, -1);
        else if (s.length === p1 && shortv(s, s.length)) s += 'e';
      }
      // Step 1c
      var last = s.charAt(s.length - 1);
      if ((last === 'y' || last === 'Y') && s.length > 2 && !isV(s[s.length - 2])) s = s.slice(0, -1) + 'i';
      // Step 2
      var r = longest(s, STEP2);
      if (r && s.length - r[0].length >= p1) {
        var pre = s[s.length - r[0].length - 1];
        if (r[0] === 'li') { if ('cdeghkmnrt'.indexOf(pre) >= 0) s = s.slice(0, -2); }
        else if (r[0] === 'ogi') { if (pre === 'l') s = s.slice(0, -3) + 'og'; }
        else s = s.slice(0, -r[0].length) + r[1];
      }
      // Step 3
      r = longest(s, STEP3);
      if (r && s.length - r[0].length >= p1 && (r[0] !== 'ative' || s.length - 5 >= p2)) {
        s = s.slice(0, -r[0].length) + r[1];
      }
      // Step 4
      var t = longest(s, STEP4);
      if (t && s.length - t.length >= p2) {
        if (t !== 'ion') s = s.slice(0, -t.length);
        else if (s.length >= 4 && (s[s.length - 4] === 's' || s[s.length - 4] === 't')) s = s.slice(0, -3);
      }
      // Step 5
      if (ends(s, 'e')) {
        var c = s.length - 1;
        if (c >= p2 || (c >= p1 && !shortv(s, c))) s = s.slice(0, -1);
      } else if (ends(s, 'l') && s.length - 1 >= p2 && s[s.length - 2] === 'l') {
        s = s.slice(0, -1);
      }
    }
    return yFound ? s.replace(/Y/g, 'y') : s;
  }

  // ---------------------------------------------------------------------------------------------
  // Index files (see generator/search/index_format.cc and index_writer.cc): each is a classic script,
  // search/<name>.js, that calls tkSearch("<name>", "<base64>"). Scripts load over http(s) and from disk
  // (file://, where fetch() of local files is refused) alike. Loaded on demand, cached, gunzipped.

  var arrived = {};  // file name -> base64, set by tkSearch as each script runs
  if (typeof window !== 'undefined') {
    window.tkSearch = function (name, b64) { arrived[name] = b64; };
  }

  function fromBase64(b64) {
    var bin = atob(b64), out = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  }

  // Runs search/<script> and resolves with the bytes of the file `name` that it carries.
  function loadScript(url, name) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = url;
      s.async = true;
      s.onload = function () {
        s.remove();
        var b64 = arrived[name];
        delete arrived[name];
        if (typeof b64 !== 'string') reject(new Error(name + ': the script did not carry it'));
        else resolve(fromBase64(b64));
      };
      s.onerror = function () { s.remove(); reject(new Error(name + ': could not be loaded')); };
      document.head.appendChild(s);
    });
  }

  function scriptOf(name) { return name.replace(/\.[a-z]+$/, '.js'); }

  function Index(rootUrl) {
    this.root = rootUrl;
    this.meta = null;
    this.files = new Map();     // path -> Promise of bytes
    this.blocks = new Map();    // path -> Promise of parsed vocabulary block
    this.postings = new Map();  // global term number -> {docs, w}
  }

  function unpack(buf) {
    var b = new Uint8Array(buf);
    if (b.length < 2 || b[0] !== 0x1f || b[1] !== 0x8b) return Promise.resolve(b);
    if (typeof DecompressionStream === 'undefined') return Promise.reject(new Error('no DecompressionStream'));
    var stream = new Blob([b]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Response(stream).arrayBuffer().then(function (out) { return new Uint8Array(out); });
  }

  Index.prototype.fetchBytes = function (path) {
    var self = this;
    if (!this.files.has(path)) {
      var url = new URL('search/' + scriptOf(path) + '?v=' + this.meta.build, this.root);
      this.files.set(path, loadScript(url.href, path).then(unpack)
        .catch(function (e) { self.files.delete(path); throw e; }));
    }
    return this.files.get(path);
  };

  Index.prototype.load = function () {
    var self = this;
    if (!this.ready) {
      // meta.js names the build; asked for afresh each time the page loads, never from a stale cache.
      var url = new URL('search/meta.js?t=' + Date.now(), this.root);
      this.ready = loadScript(url.href, 'meta.json').then(function (b) {
        var m = JSON.parse(utf8.decode(b));
        if (m.v !== 1) throw new Error('unknown index version ' + m.v);
        self.meta = m;
        return m;
      }).catch(function (e) { self.ready = null; throw e; });
    }
    return this.ready;
  };

  function Reader(bytes) { this.b = bytes; this.p = 0; }
  Reader.prototype.varint = function () {
    var v = 0, mul = 1, x;
    do { x = this.b[this.p++]; v += (x & 0x7F) * mul; mul *= 128; } while (x & 0x80);
    return v;
  };
  Reader.prototype.bytes = function (n) { var s = this.b.subarray(this.p, this.p + n); this.p += n; return s; };

  var utf8 = typeof TextDecoder !== 'undefined' ? new TextDecoder() : null;
  function text(bytes) {
    for (var i = 0; i < bytes.length; i++) if (bytes[i] > 127) return utf8.decode(bytes);
    return String.fromCharCode.apply(null, bytes);
  }
  function concat(a, n, b) {
    var out = new Uint8Array(n + b.length);
    out.set(a.subarray(0, n));
    out.set(b, n);
    return out;
  }

  // A vocabulary block: terms with stems, word variants, df and postings (inline or a file number).
  function parseBlock(bytes) {
    var r = new Reader(bytes), count = r.varint(), first = r.varint(), terms = [], prev = new Uint8Array(0);
    for (var i = 0; i < count; i++) {
      var shared = r.varint(), sb = concat(prev, shared, r.bytes(r.varint()));
      var t = { id: first + i, stem: text(sb), words: [], df: 0, inline: null };
      for (var n = r.varint(), k = 0; k < n; k++) {
        var drop = r.varint();
        t.words.push(text(concat(sb, sb.length - drop, r.bytes(r.varint()))));
      }
      var flag = r.varint();
      t.df = Math.floor(flag / 2);
      if (flag & 1) {
        var start = r.p;
        for (k = 0; k < t.df; k++) r.varint();
        r.p += t.df;
        t.inline = bytes.subarray(start, r.p);
      }
      terms.push(t);
      prev = sb;
    }
    return terms;
  }

  function decodePostings(bytes, df) {
    var r = new Reader(bytes), docs = new Uint32Array(df), doc = 0;
    for (var k = 0; k < df; k++) { doc = k === 0 ? r.varint() : doc + r.varint(); docs[k] = doc; }
    return { docs: docs, w: r.bytes(df) };
  }

  function keyOf(w) {
    var cps = Array.from(w);
    return cps.slice(0, 2).join('');
  }
  function cmpCp(a, b) {
    var x = Array.from(a), y = Array.from(b);
    for (var i = 0; i < x.length && i < y.length; i++) {
      var d = x[i].codePointAt(0) - y[i].codePointAt(0);
      if (d) return d;
    }
    return x.length - y.length;
  }

  // The block that holds the terms of key (the last block whose first key is <= key), or -1.
  Index.prototype.blockFor = function (key) {
    var keys = this.meta.blocks, lo = 0, hi = keys.length - 1, found = -1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (cmpCp(keys[mid], key) <= 0) { found = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return found;
  };

  Index.prototype.block = function (n) {
    var self = this;
    if (n < 0) return Promise.resolve([]);
    var path = 'v/' + n + '.bin';
    if (!this.blocks.has(path)) {
      this.blocks.set(path, this.fetchBytes(path).then(parseBlock).catch(function (e) {
        self.blocks.delete(path);
        throw e;
      }));
    }
    return this.blocks.get(path);
  };

  Index.prototype.termsFor = function (keys) {
    var self = this, seen = {};
    var ns = keys.map(function (k) { return self.blockFor(k); }).filter(function (n) {
      if (n < 0 || seen[n]) return false;
      return (seen[n] = true);
    });
    return Promise.all(ns.map(function (n) { return self.block(n); })).then(function (lists) {
      return [].concat.apply([], lists);
    });
  };

  Index.prototype.postingsOf = function (term) {
    var self = this;
    if (this.postings.has(term.id)) return Promise.resolve(this.postings.get(term.id));
    var p = term.inline ? Promise.resolve(term.inline) : this.fetchBytes('p/' + term.id + '.bin');
    return p.then(function (bytes) {
      var d = decodePostings(bytes, term.df);
      self.postings.set(term.id, d);
      return d;
    });
  };

  // Documents allowed by the filters (Uint8Array of 0/1), or null for all.
  Index.prototype.filterMask = function (f) {
    var m = this.meta, n = m.docs, parts = [];
    if (f.kind) {
      var k = m.kinds.filter(function (x) { return x[0] === f.kind; })[0] || [f.kind, '', 0, 0];
      parts.push(Promise.resolve(function (mask) { for (var d = k[2]; d < k[2] + k[3]; d++) mask[d]++; }));
    }
    var self = this;
    [['stage', m.stages], ['focus', m.focus]].forEach(function (x) {
      var v = f[x[0]];
      if (!v) return;
      if (x[1].indexOf(v) < 0) { parts.push(Promise.resolve(function () {})); return; }
      parts.push(self.fetchBytes('f/' + x[0] + '-' + v + '.bin').then(function (bytes) {
        return function (mask) {
          var r = new Reader(bytes), c = r.varint(), d = 0;
          for (var i = 0; i < c; i++) { d = i === 0 ? r.varint() : d + r.varint(); mask[d]++; }
        };
      }));
    });
    if (!parts.length) return Promise.resolve(null);
    return Promise.all(parts).then(function (fills) {
      var mask = new Uint8Array(n);
      fills.forEach(function (fill) { fill(mask); });
      for (var d = 0; d < n; d++) mask[d] = mask[d] === fills.length ? 1 : 0;
      return mask;
    });
  };

  Index.prototype.doc = function (d) {
    return this.fetchBytes('d/' + d + '.bin').then(function (b) { return JSON.parse(utf8.decode(b)); });
  };

  // ---------------------------------------------------------------------------------------------
  // Queries: words -> candidate terms (exact stem, prefix, one typo) -> BM25 scores.

  var PREFIX_PENALTY = 0.7, TYPO_PENALTY = 0.5, MAX_PREFIX = 6, MAX_TYPO = 4, TYPO_MIN_CHARS = 5, MAX_WORDS = 10;

  // Query words: [{w, stem, prefix}]; the last word is a prefix unless the query ends with a separator.
  function parseQuery(q) {
    var toks = tokenize(q), out = [], seen = {};
    var open = toks.length > 0 && toks[toks.length - 1].e === q.length;
    toks.forEach(function (t, i) {
      var n = chars(t.w), last = i === toks.length - 1;
      if (n < MIN_CHARS || n > MAX_CHARS || seen[t.w] || out.length >= MAX_WORDS) return;
      var prefix = last && open;
      if (STOP[t.w] && !prefix) return;
      seen[t.w] = true;
      out.push({ w: t.w, stem: stem(t.w), prefix: prefix });
    });
    return out;
  }

  // True when a and b are one insertion, deletion, substitution or transposition apart.
  function oneEdit(a, b) {
    var la = a.length, lb = b.length, i = 0;
    if (Math.abs(la - lb) > 1 || a === b) return false;
    while (i < la && i < lb && a[i] === b[i]) i++;
    if (la === lb) {
      if (a.slice(i + 1) === b.slice(i + 1)) return true;
      return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
    }
    return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  }

  function byDf(a, b) { return b.t.df - a.t.df || a.t.id - b.t.id; }

  // Candidate terms of one query word: [{t: term, pen}]: the word's stem (or a term listing the word),
  // then, for the last word while it is being typed, terms with a word that starts with it. Only when
  // nothing matches, words one edit away (5+ letters): same first letter, from the blocks of the word's
  // first two letters and of its 1st and 3rd letters (so a swapped or extra 2nd letter is forgiven too).
  Index.prototype.candidates = function (qw) {
    var self = this, w = qw.w;
    return this.termsFor([keyOf(qw.stem), keyOf(w)]).then(function (terms) {
      var exact = [], prefix = [];
      terms.forEach(function (t) {
        if (t.stem === qw.stem || t.words.indexOf(w) >= 0) exact.push({ t: t, pen: 1 });
        else if (qw.prefix && (t.stem.indexOf(w) === 0 || t.words.some(function (x) { return x.indexOf(w) === 0; })))
          prefix.push({ t: t, pen: PREFIX_PENALTY });
      });
      var found = exact.concat(prefix.sort(byDf).slice(0, MAX_PREFIX));
      if (found.length || chars(w) < TYPO_MIN_CHARS) return found;
      var cps = Array.from(w);
      return self.termsFor([cps[0] + cps[1], cps[0] + cps[2]]).then(function (more) {
        var typo = [], ids = {};
        more.forEach(function (t) {
          if (ids[t.id]) return;
          var near = t.words.some(function (x) { return x[0] === w[0] && oneEdit(x, w); }) ||
            (t.stem[0] === w[0] && chars(t.stem) >= TYPO_MIN_CHARS && oneEdit(t.stem, qw.stem));
          if (near) {
            ids[t.id] = true;
            typo.push({ t: t, pen: TYPO_PENALTY });
          }
        });
        return typo.sort(byDf).slice(0, MAX_TYPO);
      });
    });
  };

  function idf(n, df) { return Math.log(1 + (n - df + 0.5) / (df + 0.5)); }

  // Ranks documents for a query: {hits: [{doc, score}], all: bool (every word matched), words, cands}.
  Index.prototype.search = function (q, filters) {
    var self = this, words = parseQuery(q);
    if (!words.length) return Promise.resolve({ hits: [], all: true, words: words, cands: [] });
    return Promise.all([
      Promise.all(words.map(function (qw) { return self.candidates(qw); })),
      this.filterMask(filters || {})
    ]).then(function (res) {
      var cands = res[0], mask = res[1];
      var all = [].concat.apply([], cands);
      return Promise.all(all.map(function (c) { return self.postingsOf(c.t); })).then(function () {
        var t0 = performance.now(), n = self.meta.docs;
        var total = new Float64Array(n), matched = new Uint8Array(n), best = new Float64Array(n);
        cands.forEach(function (list) {
          best.fill(0);
          list.forEach(function (c) {
            var p = self.postings.get(c.t.id), f = idf(n, c.t.df) * c.pen / 64;
            for (var k = 0; k < p.docs.length; k++) {
              var d = p.docs[k], s = p.w[k] * f;
              if (s > best[d]) best[d] = s;
            }
          });
          for (var d = 0; d < n; d++) if (best[d] > 0) { total[d] += best[d]; matched[d]++; }
        });
        var need = words.length, most = 0, count = 0, d;
        for (d = 0; d < n; d++) if (matched[d] && (!mask || mask[d])) most = Math.max(most, matched[d]);
        for (d = 0; d < n; d++) if (most > 0 && matched[d] === most && (!mask || mask[d])) count++;
        // Sort keys: score (descending, to 1e-6) and document number (ascending) in one float, so that
        // the engine's native numeric sort does the work (thousands of hits at 10,000 pages).
        var keys = new Float64Array(count), k = 0, span = Math.pow(2, Math.ceil(Math.log2(n + 1)));
        for (d = 0; d < n; d++) {
          if (most > 0 && matched[d] === most && (!mask || mask[d])) keys[k++] = -Math.round(total[d] * 1e6) * span + d;
        }
        keys.sort();
        var hits = new Array(count);
        for (k = 0; k < count; k++) {
          d = ((keys[k] % span) + span) % span;
          hits[k] = { doc: d, score: total[d] };
        }
        var ms = performance.now() - t0;
        if (performance.measure) {
          try { performance.measure('tk-search', { start: t0, duration: ms, detail: q }); } catch (e) { /* old API */ }
        }
        return { hits: hits, all: most === need, words: words, cands: cands };
      });
    });
  };

  // ---------------------------------------------------------------------------------------------
  // Excerpts: the best part of a page for the query, with the matched words marked.

  // Per query word: a test for text words (same stem as a candidate, or the typed prefix).
  function matcher(res) {
    var tests = res.words.map(function (qw, i) {
      var stems = {};
      res.cands[i].forEach(function (c) { stems[c.t.stem] = true; });
      return { stems: stems, prefix: qw.prefix ? qw.w : null };
    });
    var memo = new Map();
    return function (w) {
      if (memo.has(w)) return memo.get(w);
      var st = stem(w), mask = 0;
      tests.forEach(function (t, i) {
        if (t.stems[st] || (t.prefix && w.indexOf(t.prefix) === 0)) mask |= 1 << i;
      });
      memo.set(w, mask);
      return mask;
    };
  }

  function bits(m) { var n = 0; while (m) { n += m & 1; m >>>= 1; } return n; }

  // Marks matched words: [{text, mark}] segments of the window around the best cluster of matches.
  function excerpt(str, match, size) {
    var toks = tokenize(str), hits = [];
    toks.forEach(function (t, i) { t.m = match(t.w); if (t.m) hits.push(i); });
    var from = 0, bestCover = -1, bestCount = -1;
    hits.forEach(function (h) {
      var start = Math.max(0, h - 6), cover = 0, count = 0;
      for (var i = start; i < Math.min(toks.length, start + size); i++) { cover |= toks[i].m; if (toks[i].m) count++; }
      if (bits(cover) > bestCover || (bits(cover) === bestCover && count > bestCount)) {
        bestCover = bits(cover); bestCount = count; from = start;
      }
    });
    if (!toks.length) return [];
    var to = Math.min(toks.length, from + size) - 1, segs = [], pos = toks[from].b;
    if (from > 0) segs.push({ text: '… ' });
    for (var i = from; i <= to; i++) {
      var t = toks[i];
      if (!t.m) continue;
      if (t.b > pos) segs.push({ text: str.slice(pos, t.b) });
      segs.push({ text: str.slice(t.b, t.e), mark: true });
      pos = t.e;
    }
    var end = to === toks.length - 1 ? str.length : toks[to].e;
    if (end > pos) segs.push({ text: str.slice(pos, end) });
    if (to < toks.length - 1) segs.push({ text: ' …' });
    return segs.map(function (s) { s.text = s.text.replace(/\n+/g, ' · '); return s; });
  }

  // Picks the part of the page to show and link to: {anchor, heading, segs}.
  function bestPart(frag, match, nwords) {
    var full = (1 << nwords) - 1;
    var parts = [{ id: '', h: '', x: frag.s }].concat(frag.x.map(function (p) {
      return { id: p[0], h: p[1], x: p[2], label: p[3] === 1 };
    }));
    var best = null, bestScore = 0;
    // Most query words first, then (up to a point, so that a repetitive table does not win) most matches;
    // ties go to the earliest part (the summary, then the page in order).
    parts.forEach(function (p) {
      var cover = 0, count = 0;
      if (!p.label) tokenize(p.h).forEach(function (t) { var m = match(t.w); cover |= m; if (m) count += 2; });
      tokenize(p.x).forEach(function (t) { var m = match(t.w); cover |= m; if (m) count++; });
      var score = bits(cover) * 100 + Math.min(count, 4);
      if (count && score > bestScore) { best = p; bestScore = score; }
    });
    var titleCover = 0;
    tokenize(frag.t).forEach(function (t) { titleCover |= match(t.w); });
    var part = best || parts[0];
    var text = part.x || (parts[1] && parts[1].x) || '';
    return {
      anchor: titleCover === full || !part.id ? '' : part.id,
      heading: titleCover === full ? '' : part.h,
      segs: excerpt(text, match, 28)
    };
  }

  var SAFE_URL = /^(https?:\/\/|[^:]*$)/i;

  function href(root, frag, anchor) {
    var u = String(frag.u || '');
    if (!SAFE_URL.test(u)) return null;
    // Links inside the site end in index.html, as every link the site writes does: they then work
    // from disk (file://) too, where a folder's address shows a listing, not its page.
    var base = /^https?:\/\//i.test(u) ? u : root + (/(^|\/)$/.test(u) ? u + 'index.html' : u);
    return anchor ? base + '#' + encodeURIComponent(anchor) : base;
  }

  // ---------------------------------------------------------------------------------------------
  // The search page: #search-form, #search-q, filters, #search-status (polite), #search-results.

  var PAGE_SIZE = 10, DEBOUNCE_MS = 200, FILTERS = ['kind', 'stage', 'focus'];

  function el(doc, tag, cls, txt) {
    var e = doc.createElement(tag);
    if (cls) e.className = cls;
    if (txt !== undefined) e.textContent = txt;
    return e;
  }
  function plural(n) { return n === 1 ? '1 result' : n + ' results'; }

  function SearchPage(doc) {
    this.doc = doc;
    this.form = doc.getElementById('search-form');
    this.input = doc.getElementById('search-q');
    this.list = doc.getElementById('search-results');
    this.status = doc.getElementById('search-status');
    this.selects = {};
    var self = this;
    FILTERS.forEach(function (f) { self.selects[f] = doc.getElementById('search-' + f); });
    this.root = doc.body.getAttribute('data-root') || './';
    this.index = new Index(new URL(this.root, doc.location.href));
    this.seq = 0;
    this.timer = 0;
    this.more = el(doc, 'button', 'search-more', 'Show more results');
    this.more.type = 'button';
    this.more.hidden = true;
    this.list.parentNode.insertBefore(this.more, this.list.nextSibling);
  }

  SearchPage.prototype.filters = function () {
    var f = {}, self = this;
    FILTERS.forEach(function (k) { f[k] = self.selects[k] ? self.selects[k].value : ''; });
    return f;
  };

  SearchPage.prototype.say = function (msg) { if (this.status) this.status.textContent = msg; };

  SearchPage.prototype.clear = function () {
    while (this.list.firstChild) this.list.removeChild(this.list.firstChild);
    this.more.hidden = true;
  };

  SearchPage.prototype.syncUrl = function (q, f) {
    var params = new URLSearchParams();
    if (q) params.set('q', q);
    FILTERS.forEach(function (k) { if (f[k]) params.set(k, f[k]); });
    var qs = params.toString(), loc = this.doc.location;
    try { history.replaceState(null, '', loc.pathname + (qs ? '?' + qs : '')); } catch (e) { /* file: URLs */ }
  };

  SearchPage.prototype.run = function () {
    var self = this, q = this.input.value, f = this.filters(), seq = ++this.seq;
    clearTimeout(this.timer);
    this.syncUrl(q, f);
    if (!q.trim()) {
      this.clear();
      this.say('');
      return Promise.resolve();
    }
    return this.index.load().then(function () {
      return self.index.search(q, f);
    }).then(function (res) {
      if (seq !== self.seq) return null;
      self.res = res;
      self.match = matcher(res);
      self.shown = 0;
      return self.render(seq, true).then(function () {
        if (seq !== self.seq) return;
        var n = res.hits.length, filtered = f.kind || f.stage || f.focus ? ' with these filters' : '';
        if (!res.words.length) self.say('Type a longer or less common word to search for.');
        else if (!n) self.say('No results for \u201c' + q.trim() + '\u201d' + filtered + '.');
        else if (res.all) self.say(plural(n) + ' for \u201c' + q.trim() + '\u201d' + filtered + '.');
        else self.say('No page has every word of \u201c' + q.trim() + '\u201d; ' + plural(n) + ' with some of them.');
      });
    }).catch(function (e) {
      if (seq !== self.seq) return;
      self.clear();
      self.say('Search is not available right now. (' + e.message + ')');
    });
  };

  // Shows the next page of results (fresh = replace the list).
  SearchPage.prototype.render = function (seq, fresh) {
    var self = this, hits = this.res.hits.slice(this.shown, this.shown + PAGE_SIZE);
    return Promise.all(hits.map(function (h) { return self.index.doc(h.doc); })).then(function (frags) {
      if (seq !== self.seq) return null;
      if (fresh) self.clear();
      var first = null;
      frags.forEach(function (frag) {
        var li = self.item(frag);
        self.list.appendChild(li);
        first = first || li.querySelector('a');
      });
      self.shown += hits.length;
      self.more.hidden = self.shown >= self.res.hits.length;
      return first;
    });
  };

  SearchPage.prototype.item = function (frag) {
    var doc = this.doc, part = bestPart(frag, this.match, this.res.words.length);
    var kind = this.index.meta.kinds[frag.k];
    var li = el(doc, 'li', 'search-result');
    li.appendChild(el(doc, 'p', 'search-result-kind', kind ? kind[1] : ''));
    var h = el(doc, 'h2', 'search-result-title'), a = el(doc, 'a', '', frag.t), link = href(this.root, frag, part.anchor);
    if (link) a.setAttribute('href', link);
    h.appendChild(a);
    li.appendChild(h);
    if (part.heading) li.appendChild(el(doc, 'p', 'search-result-section', part.heading));
    var p = el(doc, 'p', 'search-result-excerpt');
    part.segs.forEach(function (s) { p.appendChild(s.mark ? el(doc, 'mark', '', s.text) : doc.createTextNode(s.text)); });
    li.appendChild(p);
    return li;
  };

  SearchPage.prototype.links = function () {
    return Array.prototype.slice.call(this.list.querySelectorAll('.search-result-title a'));
  };

  SearchPage.prototype.start = function () {
    var self = this, params = new URLSearchParams(this.doc.location.search);
    this.input.value = params.get('q') || this.input.value || '';
    FILTERS.forEach(function (k) {
      var s = self.selects[k], v = params.get(k);
      if (s && v && Array.prototype.some.call(s.options, function (o) { return o.value === v; })) s.value = v;
    });
    this.input.addEventListener('input', function () {
      clearTimeout(self.timer);
      self.timer = setTimeout(function () { self.run(); }, DEBOUNCE_MS);
    });
    this.input.addEventListener('focus', function () { self.index.load().catch(function () {}); });
    this.input.addEventListener('keydown', function (e) {
      var links = self.links();
      if (e.key === 'ArrowDown' && links.length) { e.preventDefault(); links[0].focus(); }
    });
    FILTERS.forEach(function (k) { if (self.selects[k]) self.selects[k].addEventListener('change', function () { self.run(); }); });
    if (this.form) this.form.addEventListener('submit', function (e) { e.preventDefault(); self.run(); });
    this.list.addEventListener('keydown', function (e) {
      var links = self.links(), i = links.indexOf(self.doc.activeElement);
      if (i < 0) return;
      if (e.key === 'ArrowDown') {
        e.preventDefault();
        if (i + 1 < links.length) links[i + 1].focus(); else if (!self.more.hidden) self.more.focus();
      } else if (e.key === 'ArrowUp') {
        e.preventDefault();
        (i > 0 ? links[i - 1] : self.input).focus();
      } else if (e.key === 'Escape') {
        e.preventDefault();
        self.input.focus();
      }
    });
    this.more.addEventListener('click', function () {
      self.render(self.seq, false).then(function (first) { if (first) first.focus(); });
    });
    if (this.input.value.trim()) this.run();
  };

  var exported = { tokenize: tokenize, stem: stem, fold: fold, chars: chars, STOP: STOP, parseQuery: parseQuery,
    oneEdit: oneEdit, parseBlock: parseBlock, decodePostings: decodePostings, excerpt: excerpt, Index: Index };
  if (typeof module !== 'undefined' && module.exports) module.exports = exported;
  if (typeof document !== 'undefined' && document.getElementById('search-results') && document.getElementById('search-q')) {
    var searchPage = new SearchPage(document);
    // For benchmarks and debugging: the ranked hits of a query, without rendering.
    window.toolkitSearch = {
      search: function (q, f) {
        return searchPage.index.load().then(function () { return searchPage.index.search(q, f || {}); });
      }
    };
    searchPage.start();
  }
})();
