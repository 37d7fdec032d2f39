// Picture headers: PNG's IHDR and JPEG's start-of-frame marker give the size (hand-written: two
// fixed headers are all that is needed, and libharu itself decodes the pictures when drawing). A PNG's
// integrity is core/png.cc's.
#include "render/pdf/images.h"

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

}  // namespace

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
