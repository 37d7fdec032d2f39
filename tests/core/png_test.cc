// core/png.cc: a PNG is whole only with every chunk's CRC, IHDR to IEND, and image data that inflates
// to exactly its rows; anything less is caught before libpng (which would abort the process) sees it.
#include <catch2/catch.hpp>

#include "core/files.h"
#include "core/png.h"

namespace {
std::string picture(const std::string& name) {
  std::string bytes;
  REQUIRE(tk::read_whole_file(std::string(TK_FIXTURES) + "/pictures/" + name, bytes));
  return bytes;
}
}  // namespace

TEST_CASE("png: a whole picture, and every way of cutting or flipping it", "[png]") {
  const std::string png = picture("partners.png");
  CHECK(tk::png::has_signature(png));
  CHECK(tk::png::whole(png));
  std::string flipped = png;
  flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 0x10);  // a bit of the image data
  CHECK_FALSE(tk::png::whole(flipped));
  CHECK_FALSE(tk::png::whole(png.substr(0, png.size() - 12)));  // no IEND
  CHECK_FALSE(tk::png::whole(png.substr(0, 40)));
  CHECK_FALSE(tk::png::whole(png.substr(0, 8)));  // the signature alone
  CHECK(tk::png::has_signature(png.substr(0, 8)));
  // Not a PNG at all: no signature.
  const std::string jpg = picture("timeline.jpg");
  CHECK_FALSE(tk::png::has_signature(jpg));
  CHECK_FALSE(tk::png::whole(jpg));
  CHECK_FALSE(tk::png::has_signature("not a picture"));
}

TEST_CASE("png: the kept answer is whole()'s, for each of the bytes asked about", "[png]") {
  const std::string png = picture("partners.png");
  std::string flipped = png;
  flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 0x10);
  for (int round = 0; round < 2; ++round) {  // the second time from what was kept
    CHECK(tk::png::whole_cached(png));
    CHECK_FALSE(tk::png::whole_cached(flipped));
    CHECK_FALSE(tk::png::whole_cached(png.substr(0, 40)));
  }
}
