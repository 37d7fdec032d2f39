// Helpers for the search tests: read gzip files back (zlib's inflate, or the real gzip program), a varint reader.
#pragma once
#include <unistd.h>
#include <zlib.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <stdexcept>
#include <string>

namespace tk::test {

/// Decompresses one gzip member with zlib's inflate; returns false unless z is exactly one valid member.
inline bool gunzip(const std::string& z, std::string* out) {
  z_stream s{};
  if (inflateInit2(&s, 15 + 16) != Z_OK) throw std::runtime_error("inflateInit2 failed");
  s.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(z.data()));
  s.avail_in = static_cast<uInt>(z.size());
  out->clear();
  char buf[65536];
  int rc = Z_OK;
  while (rc == Z_OK) {
    s.next_out = reinterpret_cast<Bytef*>(buf);
    s.avail_out = sizeof buf;
    rc = inflate(&s, Z_NO_FLUSH);
    out->append(buf, sizeof buf - s.avail_out);
  }
  const bool ok = rc == Z_STREAM_END && s.avail_in == 0;
  inflateEnd(&s);
  return ok;
}

/// Decompresses with the `gzip -dc` program; returns false when gzip reports an error.
inline bool gunzip_program(const std::string& z, std::string* out) {
  char path[] = "/tmp/tk-gzip-test-XXXXXX";
  const int fd = mkstemp(path);
  if (fd < 0) throw std::runtime_error("mkstemp failed");
  close(fd);
  { std::ofstream(path, std::ios::binary) << z; }
  const std::string cmd = std::string("gzip -dc < ") + path + " 2>/dev/null";
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) throw std::runtime_error("popen failed");
  out->clear();
  char buf[65536];
  std::size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out->append(buf, n);
  const int status = pclose(p);
  std::remove(path);
  return status == 0;
}

/// A .bin file of the index as stored (gunzipped when it starts with the gzip magic).
inline std::string unpack(const std::string& bytes) {
  if (bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0x1f &&
      static_cast<unsigned char>(bytes[1]) == 0x8b) {
    std::string out;
    if (!gunzip(bytes, &out)) throw std::runtime_error("bad gzip");
    return out;
  }
  return bytes;
}

/// Reads LEB128 varints and raw bytes from a string.
struct Reader {
  const std::string& s;
  std::size_t pos = 0;
  std::uint64_t varint() {
    std::uint64_t v = 0;
    for (int shift = 0;; shift += 7) {
      if (pos >= s.size()) throw std::runtime_error("truncated varint");
      const auto b = static_cast<unsigned char>(s[pos++]);
      v |= static_cast<std::uint64_t>(b & 0x7F) << shift;
      if (!(b & 0x80)) return v;
    }
  }
  std::string bytes(std::size_t n) {
    if (pos + n > s.size()) throw std::runtime_error("truncated bytes");
    std::string out = s.substr(pos, n);
    pos += n;
    return out;
  }
  bool done() const { return pos == s.size(); }
};

}  // namespace tk::test
