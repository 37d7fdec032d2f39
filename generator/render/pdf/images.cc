// Picture headers: PNG's IHDR and JPEG's start-of-frame marker give the size (hand-written: two
// fixed headers are all that is needed, and libharu itself decodes the pictures when drawing), and a
// PNG's integrity walked with zlib before libharu sees it (png_whole).
#include "render/pdf/images.h"

#include <zlib.h>

#include <algorithm>
#include <vector>

#include "core/files.h"

namespace tk::pdf {
namespace {

unsigned be16(const std::string& b, std::size_t i) {
  return unsigned(static_cast<unsigned char>(b[i])) << 8 | static_cast<unsigned char>(b[i + 1]);
}
unsigned long be32(const std::string& b, std::size_t i) { return (unsigned long)be16(b, i) << 16 | be16(b, i + 2); }

bool png_size(const std::string& b, int& w, int& h) {
  static const char sig[] = "\x89PNG\r\n\x1a\n";
  if (b.size() < 33 || b.compare(0, 8, sig, 8) != 0 || b.compare(12, 4, "IHDR") != 0) return false;
  unsigned long pw = be32(b, 16), ph = be32(b, 20);
  if (pw == 0 || ph == 0 || pw > 20000 || ph > 20000) return false;
  w = int(pw);
  h = int(ph);
  return true;
}

bool jpeg_size(const std::string& b, int& w, int& h) {
  if (b.size() < 4 || static_cast<unsigned char>(b[0]) != 0xFF || static_cast<unsigned char>(b[1]) != 0xD8) return false;
  std::size_t i = 2;
  while (i + 4 <= b.size()) {
    if (static_cast<unsigned char>(b[i]) != 0xFF) return false;
    unsigned m = static_cast<unsigned char>(b[i + 1]);
    if (m == 0xFF) {
      ++i;
      continue;
    }
    if (m == 0xD8 || m == 0x01 || (m >= 0xD0 && m <= 0xD7)) {
      i += 2;
      continue;
    }
    unsigned len = be16(b, i + 2);
    if (len < 2) return false;
    // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC): precision, height, width.
    if (m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC) {
      if (i + 9 > b.size()) return false;
      h = int(be16(b, i + 5));
      w = int(be16(b, i + 7));
      return w > 0 && h > 0;
    }
    i += 2 + len;
  }
  return false;
}

// Bytes of one row of `w` pixels of `bits` bits each, with its filter byte.
std::size_t row_bytes(unsigned long w, unsigned bits) { return 1 + std::size_t((w * bits + 7) / 8); }

// Bits per pixel of a PNG colour type and bit depth (0: not a valid combination).
unsigned pixel_bits(unsigned color, unsigned depth) {
  static const unsigned channels[7] = {1, 0, 3, 1, 2, 0, 4};
  return color < 7 && channels[color] ? channels[color] * depth : 0;
}

}  // namespace

bool png_whole(const std::string& b) {
  if (b.size() < 33 || b.compare(0, 8, "\x89PNG\r\n\x1a\n", 8) != 0) return false;
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

FileSource content_files(const std::string& content_dir) {
  return [content_dir](const std::string& site_path) -> std::optional<std::string> {
    if (site_path.rfind("/", 0) != 0 || site_path.find("..") != std::string::npos) return std::nullopt;
    std::string bytes;
    if (!read_whole_file(content_dir + site_path, bytes)) return std::nullopt;
    return bytes;
  };
}

FileSource input_files(const std::map<std::string, std::shared_ptr<const std::string>>& files) {
  return [files](const std::string& site_path) -> std::optional<std::string> {
    auto it = files.find(site_path);
    if (it == files.end() || !it->second) return std::nullopt;
    return *it->second;
  };
}

std::optional<ImageData> read_image(const std::string& path, std::string bytes) {
  ImageData d;
  d.path = path;
  if (png_size(bytes, d.width, d.height)) d.png = true;
  else if (!jpeg_size(bytes, d.width, d.height)) return std::nullopt;
  d.bytes = std::move(bytes);
  return d;
}

void image_box(int w, int h, double max_w, double max_h, double& out_w, double& out_h) {
  double pw = w * 0.75, ph = h * 0.75;  // 96 px to the inch
  double s = std::min({1.0, max_w / pw, max_h / ph});
  out_w = pw * s;
  out_h = ph * s;
}

}  // namespace tk::pdf
