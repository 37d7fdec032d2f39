// Font faces: process-wide parsed DejaVu fonts, text measurement and per-document glyph subsets.
#include "render/pdf/fonts.h"

#include <fstream>
#include <memory>
#include <mutex>
#include <sstream>
#include <stdexcept>

namespace tk::pdf {
namespace {

const char* const kFiles[kFaceCount] = {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
                                        "DejaVuSans-BoldOblique.ttf", "DejaVuSansMono.ttf"};

// The folder set_font_dir() named ("" = Debian's), guarded: a library may set it from any thread.
std::mutex dir_mutex;
std::string& chosen_dir() {
  static std::string dir;
  return dir;
}

// The glyph for a code point; a character the font lacks is drawn (and extracted) as '?'.
std::uint16_t glyph_or_fallback(const TrueTypeFont& font, std::uint32_t* cp) {
  if (*cp == 0xA0) *cp = ' ';
  std::uint16_t g = font.glyph(*cp);
  if (g == 0 && *cp != '?') {
    *cp = '?';
    g = font.glyph('?');
  }
  return g;
}

std::string subset_tag(const std::vector<std::uint16_t>& gids, int face) {
  std::uint64_t h = 1469598103934665603ull ^ std::uint64_t(face);
  for (auto g : gids) {
    h ^= g;
    h *= 1099511628211ull;
  }
  std::string tag;
  for (int i = 0; i < 6; ++i, h /= 26) tag += char('A' + h % 26);
  return tag;
}

}  // namespace

std::string font_dir() {
  std::lock_guard<std::mutex> lock(dir_mutex);
  return chosen_dir().empty() ? "/usr/share/fonts/truetype/dejavu" : chosen_dir();
}

void set_font_dir(const std::string& dir) {
  std::lock_guard<std::mutex> lock(dir_mutex);
  chosen_dir() = dir;
}

std::unique_ptr<TrueTypeFont> load_face(Face f, std::string dir) {
  if (dir.empty() || dir.back() != '/') dir += '/';
  std::string path = dir + kFiles[int(f)];
  std::ifstream in(path, std::ios::binary);
  if (!in)
    throw std::runtime_error("cannot open font " + path +
                             " (install fonts-dejavu-core and fonts-dejavu-extra)");
  std::ostringstream ss;
  ss << in.rdbuf();
  try {
    return std::make_unique<TrueTypeFont>(ss.str());
  } catch (const std::exception& e) {
    throw std::runtime_error(path + ": " + e.what());
  }
}

Face face_for(bool bold, bool italic, bool code) {
  if (code) return Face::Mono;
  if (bold && italic) return Face::BoldItalic;
  if (bold) return Face::Bold;
  return italic ? Face::Italic : Face::Regular;
}

const TrueTypeFont& face_font(Face f) {
  static std::once_flag once[kFaceCount];
  static std::unique_ptr<TrueTypeFont> fonts[kFaceCount];
  static std::string errors[kFaceCount];
  int i = int(f);
  std::call_once(once[i], [i] {
    try {
      fonts[i] = load_face(Face(i), font_dir());
    } catch (const std::exception& e) {
      errors[i] = e.what();
    }
  });
  if (!fonts[i]) throw std::runtime_error(errors[i]);
  return *fonts[i];
}

double text_width(Face f, std::string_view utf8, double size) {
  const TrueTypeFont& font = face_font(f);
  long units = 0;
  for (std::size_t i = 0; i < utf8.size();) {
    std::uint32_t cp = next_code_point(utf8, &i);
    units += font.advance(glyph_or_fallback(font, &cp));
  }
  return double(units) * size / font.units_per_em();
}

std::string FontUse::encode(Face f, std::string_view utf8) {
  static const char* hex = "0123456789ABCDEF";
  const TrueTypeFont& font = face_font(f);
  Used& u = faces_[int(f)];
  if (u.cid_of.empty()) u.cid_of.assign(std::size_t(font.num_glyphs()), 0);
  std::string out;
  for (std::size_t i = 0; i < utf8.size();) {
    std::uint32_t cp = next_code_point(utf8, &i);
    std::uint16_t g = glyph_or_fallback(font, &cp);
    int cid = 0;
    if (g != 0) {
      cid = u.cid_of[g];
      if (cid == 0) {
        cid = int(u.gids.size());
        u.cid_of[g] = cid;
        u.gids.push_back(g);
        u.unicode.push_back(cp);
      }
    }
    for (int shift = 12; shift >= 0; shift -= 4) out += hex[(cid >> shift) & 0xF];
  }
  return out;
}

const FontUse::Embedding& field_font() {
  static const FontUse::Embedding e = [] {
    static const std::uint32_t kRanges[][2] = {{0x20, 0x7E},     {0xA0, 0x24F},   {0x300, 0x36F},
                                               {0x1E00, 0x1EFF}, {0x2010, 0x2027}, {0x2030, 0x203A},
                                               {0x20AC, 0x20AC}, {0x2122, 0x2122}};
    const TrueTypeFont& font = face_font(Face::Regular);
    FontUse::Embedding f;
    f.font = &font;
    std::vector<std::uint16_t> gids{0};
    f.unicode.push_back(0);
    std::vector<bool> seen(std::size_t(font.num_glyphs()), false);
    for (const auto& r : kRanges)
      for (std::uint32_t cp = r[0]; cp <= r[1]; ++cp) {
        std::uint16_t g = font.glyph(cp);
        if (g == 0 || seen[g]) continue;
        seen[g] = true;
        gids.push_back(g);
        f.unicode.push_back(cp);
      }
    f.program = font.subset(gids, &f.unicode);
    for (auto g : gids) f.widths.push_back(int(font.advance(g) * 1000L / font.units_per_em()));
    f.base_font = subset_tag(gids, kFaceCount) + "+" + font.postscript_name();
    return f;
  }();
  return e;
}

namespace {

// WinAnsi codes 128-159 (0 = undefined).
const std::uint16_t kWinAnsi80[32] = {0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

// Letters outside WinAnsi, most wanted first, with their Adobe Glyph List names.
const std::pair<std::uint32_t, const char*> kExtra[] = {
    {0x0104, "Aogonek"}, {0x0105, "aogonek"}, {0x0106, "Cacute"}, {0x0107, "cacute"}, {0x0118, "Eogonek"},
    {0x0119, "eogonek"}, {0x0141, "Lslash"}, {0x0142, "lslash"}, {0x0143, "Nacute"}, {0x0144, "nacute"},
    {0x015A, "Sacute"}, {0x015B, "sacute"}, {0x0179, "Zacute"}, {0x017A, "zacute"}, {0x017B, "Zdotaccent"},
    {0x017C, "zdotaccent"},  // Polish
    {0x010C, "Ccaron"}, {0x010D, "ccaron"}, {0x010E, "Dcaron"}, {0x010F, "dcaron"}, {0x011A, "Ecaron"},
    {0x011B, "ecaron"}, {0x0147, "Ncaron"}, {0x0148, "ncaron"}, {0x0158, "Rcaron"}, {0x0159, "rcaron"},
    {0x0164, "Tcaron"}, {0x0165, "tcaron"}, {0x016E, "Uring"}, {0x016F, "uring"},  // Czech, Slovak
    {0x0150, "Ohungarumlaut"}, {0x0151, "ohungarumlaut"}, {0x0170, "Uhungarumlaut"},
    {0x0171, "uhungarumlaut"},  // Hungarian
    {0x011F, "gbreve"}, {0x0131, "dotlessi"}, {0x015F, "scedilla"},  // Turkish, lower case
};
// 37 codes are free (1-31, 127, 129, 141, 143, 144, 157): exactly the letters above. Vietnamese needs about
// 110 letters outside WinAnsi, more than a single-byte font can add without giving up WinAnsi.

struct Encoding {
  std::array<std::uint32_t, 256> codes{};
  std::vector<std::pair<std::uint32_t, std::string>> differences;
};

const Encoding& field_encoding() {
  static const Encoding enc = [] {
    Encoding e;
    for (std::uint32_t c = 32; c < 256; ++c) e.codes[c] = field_font_winansi(c);
    std::vector<std::uint32_t> free;
    for (std::uint32_t c = 1; c < 256; ++c)
      if (e.codes[c] == 0) free.push_back(c);
    std::size_t i = 0;
    for (const auto& [cp, name] : kExtra) {
      if (i == free.size()) break;
      e.codes[free[i]] = cp;
      e.differences.emplace_back(free[i], name);
      ++i;
    }
    return e;
  }();
  return enc;
}

}  // namespace

std::uint32_t field_font_winansi(std::uint32_t c) {
  if (c < 32 || c > 255 || c == 0x7F) return 0;
  return c >= 0x80 && c < 0xA0 ? kWinAnsi80[c - 0x80] : c;
}

const std::array<std::uint32_t, 256>& field_font_codes() { return field_encoding().codes; }

const std::vector<std::pair<std::uint32_t, std::string>>& field_font_differences() {
  return field_encoding().differences;
}

FontUse::Embedding FontUse::embedding(Face f) const {
  const TrueTypeFont& font = face_font(f);
  const Used& u = faces_[int(f)];
  Embedding e;
  e.font = &font;
  e.program = font.subset(u.gids);
  e.unicode = u.unicode;
  for (auto g : u.gids) e.widths.push_back(int(font.advance(g) * 1000L / font.units_per_em()));
  e.base_font = subset_tag(u.gids, int(f)) + "+" + font.postscript_name();
  return e;
}

}  // namespace tk::pdf
