// The fonts (render/pdf/fonts.cc): the folder they load from, the error that names a missing or damaged
// file, the body faces' coverage of Polish and Vietnamese as pdftotext reads it back, the field font.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <set>

#include "render/pdf/fonts.h"
#include "render/pdf/pdf_read_back.h"
#include "render/pdf/style.h"

using tk::pdf::Face;
namespace rb = tk::test::pdf;

namespace {

// The unit tests' edge, as cli/main.cc is the program's: TOOLKITGEN_FONT_DIR names the fonts' folder
// for this binary too, before any test loads a face.
const bool kFontDirFromEnvironment = [] {
  if (const char* dir = std::getenv("TOOLKITGEN_FONT_DIR")) tk::pdf::set_font_dir(dir);
  return true;
}();

const char* kPolish = "Zażółć gęślą jaźń: ąęłńśźż ĄĘŁŃŚŹŻ";
const char* kVietnamese = "Tiếng Việt: ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđơư";

}  // namespace

TEST_CASE("pdf fonts: the folder is Debian's unless set, and a missing or damaged file is an error naming it", "[pdf]") {
  REQUIRE(kFontDirFromEnvironment);
  const std::string before = tk::pdf::font_dir();
  tk::pdf::set_font_dir("");
  CHECK(tk::pdf::font_dir() == "/usr/share/fonts/truetype/dejavu");
  tk::pdf::set_font_dir("/opt/fonts");
  CHECK(tk::pdf::font_dir() == "/opt/fonts");
  tk::pdf::set_font_dir(before == "/usr/share/fonts/truetype/dejavu" ? "" : before);
  CHECK(tk::pdf::font_dir() == before);

  tk::test::TempDir dir;
  CHECK_THROWS_WITH(tk::pdf::load_face(Face::Bold, dir.path()),
                    "cannot open font " + dir.path() + "/DejaVuSans-Bold.ttf (install fonts-dejavu-core and fonts-dejavu-extra)");
  dir.write("DejaVuSansMono.ttf", "this is not a font");
  CHECK_THROWS_WITH(tk::pdf::load_face(Face::Mono, dir.path() + "/"),
                    Catch::StartsWith(dir.path() + "/DejaVuSansMono.ttf: not a TrueType"));
  // The real folder gives each face its own font.
  auto regular = tk::pdf::load_face(Face::Regular, before), bold = tk::pdf::load_face(Face::Bold, before);
  CHECK(regular->postscript_name() == "DejaVuSans");
  CHECK(bold->postscript_name() == "DejaVuSans-Bold");
  CHECK(&tk::pdf::face_font(Face::Italic) == &tk::pdf::face_font(Face::Italic));  // parsed once
}

TEST_CASE("pdf fonts: every text face has the Polish and Vietnamese letters, and a reader extracts them", "[pdf]") {
  tk::pdf::FontUse use;
  for (Face f : {Face::Regular, Face::Bold, Face::Italic, Face::BoldItalic}) {
    INFO(int(f));
    for (const char* s : {kPolish, kVietnamese}) {
      std::string hex = use.encode(f, s);
      for (std::size_t i = 0; i < hex.size(); i += 4) CHECK(hex.substr(i, 4) != "0000");  // no glyph is .notdef
    }
    auto e = use.embedding(f);
    std::set<std::uint32_t> cps(e.unicode.begin(), e.unicode.end());
    CHECK_FALSE(cps.count('?'));  // no letter became '?'
    for (std::uint32_t cp : {0x105u, 0x142u, 0x17Cu, 0x1EA1u, 0x1EF9u, 0x111u, 0x1A1u, 0x1B0u}) CHECK(cps.count(cp));
    CHECK(e.base_font.size() > 7);
    CHECK(e.base_font[6] == '+');
  }
  // Drawn in a PDF and read back by pdftotext, through the subsets' ToUnicode maps.
  rb::SiteFixture f({{"pages/languages.md", std::string("---\ntitle: Languages\n---\n") + kPolish + "\n\n*" + kVietnamese +
                                                "*\n\n**" + kPolish + "**\n\n`" + kPolish + "`\n"}});
  REQUIRE_FALSE(f.diags.has_errors());
  const std::string text = rb::PdfFile(rb::draw(rb::body_layout(f.page(tk::model::Kind::Page, "languages")))).text("-raw");
  INFO(text);
  CHECK(rb::count(text, kPolish) == 3);
  CHECK(text.find(kVietnamese) != std::string::npos);
  CHECK(text.find('?') == std::string::npos);
}

TEST_CASE("pdf fonts: code (DejaVu Sans Mono) has Polish, and draws the Vietnamese letters it lacks as '?'", "[pdf]") {
  tk::pdf::FontUse use;
  use.encode(Face::Mono, kPolish);
  auto polish = use.embedding(Face::Mono);
  CHECK(std::count(polish.unicode.begin(), polish.unicode.end(), std::uint32_t('?')) == 0);
  use.encode(Face::Mono, kVietnamese);
  auto vietnamese = use.embedding(Face::Mono);
  // DejaVu Sans Mono 2.37 lacks some of the precomposed letters (U+1EA3 a with hook above among them).
  CHECK(std::count(vietnamese.unicode.begin(), vietnamese.unicode.end(), std::uint32_t('?')) == 1);
  CHECK(tk::pdf::face_font(Face::Mono).glyph(0x1EA3) == 0);
  CHECK(tk::pdf::face_font(Face::Regular).glyph(0x1EA3) != 0);
}

TEST_CASE("pdf fonts: the field font keeps WinAnsi and adds Latin Extended-A letters in its free codes", "[pdf]") {
  const auto& codes = tk::pdf::field_font_codes();
  std::set<std::uint32_t> seen;
  for (std::uint32_t c = 0; c < 256; ++c) {
    INFO(c);
    if (std::uint32_t w = tk::pdf::field_font_winansi(c)) CHECK(codes[c] == w);  // every WinAnsi code kept
    if (codes[c]) CHECK(seen.insert(codes[c]).second);                          // one code per letter
  }
  for (std::uint32_t cp : {0x141u, 0x142u, 0x105u, 0x17Cu, 0x10Du, 0x159u, 0x16Fu, 0x151u, 0x171u, 0x11Fu}) {
    INFO(cp);
    CHECK(seen.count(cp));
  }
  CHECK(tk::pdf::field_font_differences().size() == 37);  // every code WinAnsi leaves undefined, 1-255
  CHECK(tk::pdf::field_font_differences()[6].second == "Lslash");
  CHECK(tk::pdf::field_font_winansi(0x80) == 0x20AC);
  CHECK(tk::pdf::field_font_winansi(0x81) == 0);
}

TEST_CASE("pdf fonts: the field font has every Latin and Vietnamese letter, its CIDs in code point order", "[pdf]") {
  const auto& e = tk::pdf::field_font();
  std::set<std::uint32_t> cps(e.unicode.begin(), e.unicode.end());
  for (const char* s : {kPolish, kVietnamese})
    for (std::size_t i = 0; i < std::strlen(s);) {
      std::uint32_t cp = tk::pdf::next_code_point(s, &i);
      INFO(cp);
      CHECK(cps.count(cp));
    }
  CHECK(cps.count(0x20AC));  // the euro sign
  CHECK(std::is_sorted(e.unicode.begin() + 1, e.unicode.end()));
  CHECK(e.widths.size() == e.unicode.size());
  CHECK(e.base_font.find("+DejaVuSans") == 6);
}
