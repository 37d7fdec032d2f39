// The TrueType subsetter.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "render/pdf/ttf.h"

using namespace tk::pdf;

namespace {

std::string font_bytes() {
  std::ifstream in("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

TEST_CASE("pdf fonts: a TrueType subset keeps the glyphs asked for, renumbered, without hints", "[pdf]") {
  std::string bytes = font_bytes();
  if (bytes.empty()) {
    WARN("DejaVuSans.ttf is not installed; skipping");
    return;
  }
  TrueTypeFont font(bytes);
  std::uint16_t a = font.glyph('A'), e = font.glyph(0xE9), missing = font.glyph(0xE000);
  REQUIRE(a != 0);
  REQUIRE(e != 0);
  CHECK(missing == 0);
  std::string sub = font.subset({0, a, e});
  CHECK(sub.size() < bytes.size() / 20);
  TrueTypeFont back(sub);  // the subset is a font in its own right (no cmap: glyph ids only)
  CHECK(back.num_glyphs() >= 3);
  CHECK(back.advance(1) == font.advance(a));
  CHECK(back.advance(2) == font.advance(e));
  CHECK(back.units_per_em() == font.units_per_em());
  CHECK_THROWS(TrueTypeFont("not a font at all"));
}
