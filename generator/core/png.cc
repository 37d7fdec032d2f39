// PNG integrity (see png.h).
#include "core/png.h"

#include <zlib.h>

#include <cstdint>
#include <mutex>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace tk::png {

bool has_signature(const std::string& b) { return b.size() >= 8 && b.compare(0, 8, "\x89PNG\r\n\x1a\n", 8) == 0; }

namespace {

unsigned long be32(const std::string& b, std::size_t i) {
  unsigned long v = 0;
  for (int k = 0; k < 4; ++k) v = v << 8 | static_cast<unsigned char>(b[i + std::size_t(k)]);
  return v;
}

// Bytes of one row of `w` pixels of `bits` bits each, with its filter byte.
std::size_t row_bytes(unsigned long w, unsigned bits) { return 1 + std::size_t((w * bits + 7) / 8); }

// Bits per pixel of a PNG colour type and bit depth (0: not a valid combination).
unsigned pixel_bits(unsigned color, unsigned depth) {
  static const unsigned channels[7] = {1, 0, 3, 1, 2, 0, 4};
  return color < 7 && channels[color] ? channels[color] * depth : 0;
}

}  // namespace

bool whole(const std::string& b) {
  if (b.size() < 33 || !has_signature(b)) return false;
  unsigned long w = 0, h = 0;
  unsigned bits = 0;
  bool interlaced = false, ended = false;
  std::string data;
  for (std::size_t i = 8; !ended;) {
    if (i + 12 > b.size()) return false;
    unsigned long len = be32(b, i);
    if (len > b.size() - i - 12) return false;
    const std::string type = b.substr(i + 4, 4);
    unsigned long crc = crc32(0, reinterpret_cast<const Bytef*>(b.data() + i + 4), uInt(len + 4));
    if (crc != be32(b, i + 8 + len)) return false;
    if (i == 8) {
      if (type != "IHDR" || len != 13) return false;
      w = be32(b, 16);
      h = be32(b, 20);
      bits = pixel_bits(static_cast<unsigned char>(b[25]), static_cast<unsigned char>(b[24]));
      interlaced = b[28] != 0;
      if (!bits || w == 0 || h == 0 || w > 20000 || h > 20000) return false;
    }
    if (type == "IDAT") data.append(b, i + 8, len);
    ended = type == "IEND";
    i += 12 + len;
  }
  // The image data inflates to exactly its rows (each pass's, when interlaced), each row's filter 0-4.
  std::size_t want = 0;
  std::vector<std::size_t> rows;  // the size of each row in order
  static const unsigned pass[7][4] = {{0, 0, 8, 8}, {4, 0, 8, 8}, {0, 4, 4, 8}, {2, 0, 4, 4},
                                      {0, 2, 2, 4}, {1, 0, 2, 2}, {0, 1, 1, 2}};
  for (int p = 0; p < (interlaced ? 7 : 1); ++p) {
    unsigned x0 = interlaced ? pass[p][0] : 0, y0 = interlaced ? pass[p][1] : 0;
    unsigned dx = interlaced ? pass[p][2] : 1, dy = interlaced ? pass[p][3] : 1;
    unsigned long pw = w > x0 ? (w - x0 + dx - 1) / dx : 0, ph = h > y0 ? (h - y0 + dy - 1) / dy : 0;
    if (pw == 0) continue;
    for (unsigned long y = 0; y < ph; ++y) rows.push_back(row_bytes(pw, bits)), want += rows.back();
  }
  // (Data past the last row is allowed, as libpng allows it.)
  std::string pixels(want + 1, '\0');
  uLongf got = uLongf(pixels.size());
  int z = uncompress(reinterpret_cast<Bytef*>(&pixels[0]), &got, reinterpret_cast<const Bytef*>(data.data()),
                     uLong(data.size()));
  if (!(z == Z_OK && got == want) && !(z == Z_BUF_ERROR && got == want + 1)) return false;
  std::size_t at = 0;
  for (std::size_t r : rows) {
    if (static_cast<unsigned char>(pixels[at]) > 4) return false;
    at += r;
  }
  return true;
}

bool whole_cached(const std::string& b) {
  static std::mutex mu;
  static std::unordered_map<std::uint64_t, bool> kept;  // the bytes' hash and size -> whole
  const std::uint64_t key = std::hash<std::string_view>{}(b) ^ (std::uint64_t(b.size()) * 0x9E3779B97F4A7C15ull);
  {
    std::lock_guard<std::mutex> lock(mu);
    auto it = kept.find(key);
    if (it != kept.end()) return it->second;
  }
  const bool ok = whole(b);
  std::lock_guard<std::mutex> lock(mu);
  if (kept.size() >= 4096) kept.clear();
  kept.emplace(key, ok);
  return ok;
}

}  // namespace tk::png
