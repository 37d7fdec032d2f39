// PDF layout helpers: line breaking, pagination, number formatting and the TrueType subsetter.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "render/pdf/content.h"
#include "render/pdf/flow.h"
#include "render/pdf/layout.h"
#include "render/pdf/ttf.h"

using namespace tk::pdf;

namespace {

// Every code point is half the font size wide (a space too).
double fake_width(Face, std::string_view s, double size) {
  double n = 0;
  for (std::size_t i = 0; i < s.size();) {
    next_code_point(s, &i);
    n += 1;
  }
  return n * size / 2;
}

Run text_run(const std::string& t, double size = 10) {
  Run r;
  r.text = t;
  r.size = size;
  return r;
}

// A line's text without the space kept at the end of a wrapped line.
std::string line_text(const Line& l) {
  std::string s;
  for (const Frag& f : l.frags) s += f.text;
  if (!s.empty() && s.back() == ' ') s.pop_back();
  return s;
}

Unit unit(double h, bool keep = false) {
  Unit u;
  u.height = h;
  u.keep_with_next = keep;
  return u;
}

std::string font_bytes() {
  std::ifstream in("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

TEST_CASE("pdf layout: words wrap at spaces and no line is wider than the measure", "[pdf]") {
  // 5 pt per character at size 10: 60 pt holds 12 characters.
  auto lines = break_lines({text_run("one two three four five six seven")}, 60, fake_width);
  REQUIRE(lines.size() == 4);
  CHECK(line_text(lines[0]) == "one two");
  CHECK(line_text(lines[1]) == "three four");
  CHECK(line_text(lines[2]) == "five six");
  CHECK(line_text(lines[3]) == "seven");
  for (const Line& l : lines) CHECK(l.width <= 60);
  CHECK(lines[0].frags.back().text == "one two ");  // the wrap's space stays for text extraction
  CHECK(lines[3].frags.back().text == "seven");
  CHECK(lines[0].ascent > 0);
  CHECK(lines[0].height() == Approx(10 * kLeading));
}

TEST_CASE("pdf layout: styled runs glue into one word and keep their own fragments", "[pdf]") {
  Run a = text_run("bold");
  a.face = Face::Bold;
  auto lines = break_lines({text_run("a "), a, text_run(", tail")}, 1000, fake_width);
  REQUIRE(lines.size() == 1);
  REQUIRE(lines[0].frags.size() == 3);
  CHECK(lines[0].frags[1].text == "bold");
  CHECK(lines[0].frags[1].x == Approx(10));  // after "a "
  CHECK(lines[0].frags[2].text == ", tail");
  // "bold," is one word: it moves to the next line as a whole (10 characters a line).
  auto narrow = break_lines({text_run("aaaaaa "), a, text_run(", tail")}, 50, fake_width);
  REQUIRE(narrow.size() == 2);
  CHECK(line_text(narrow[0]) == "aaaaaa");
  CHECK(line_text(narrow[1]) == "bold, tail");
}

TEST_CASE("pdf layout: an over-long word breaks between characters, UTF-8 intact", "[pdf]") {
  auto lines = break_lines({text_run("ééééééééééé")}, 20, fake_width);  // 11 characters, 4 per line
  REQUIRE(lines.size() == 3);
  CHECK(line_text(lines[0]) == "éééé");
  CHECK(line_text(lines[2]) == "ééé");
}

TEST_CASE("pdf layout: hard breaks, field boxes and alignment", "[pdf]") {
  Run br;
  br.hard_break = true;
  auto lines = break_lines({text_run("first"), br, text_run("second")}, 500, fake_width);
  REQUIRE(lines.size() == 2);
  CHECK(line_text(lines[1]) == "second");

  Run box;
  box.field = 3;
  box.box_w = 400;
  box.box_h = 16;
  lines = break_lines({text_run("Name: "), box}, 100, fake_width);
  REQUIRE(lines.size() == 2);  // the box does not fit after the label
  REQUIRE(lines[1].frags.size() == 1);
  CHECK(lines[1].frags[0].w == Approx(100));  // shrunk to the line
  CHECK(lines[1].height() > 16);

  auto right = break_lines({text_run("ab")}, 100, fake_width, 'r');
  CHECK(right[0].frags[0].x == Approx(90));
  auto centre = break_lines({text_run("ab")}, 100, fake_width, 'c');
  CHECK(centre[0].frags[0].x == Approx(45));
  CHECK(break_lines({}, 100, fake_width).empty());
}

TEST_CASE("pdf layout: measure_runs gives the longest word and the one-line width", "[pdf]") {
  Extent e = measure_runs({text_run("ab abcd a")}, fake_width);
  CHECK(e.min == Approx(20));
  CHECK(e.max == Approx(45));
}

TEST_CASE("pdf flow: units fill pages and space before is dropped at a page top", "[pdf]") {
  std::vector<Unit> units;
  for (int i = 0; i < 5; ++i) {
    units.push_back(unit(40));
    units.back().space_before = 10;
  }
  auto pages = paginate(units, 100);  // 40, then 10 + 40: two units a page
  REQUIRE(pages.size() == 3);
  CHECK(pages[0].size() == 2);
  CHECK(pages[0][0].y == 0);
  CHECK(pages[0][1].y == Approx(50));
  CHECK(pages[1][0].y == 0);
  for (const auto& p : pages)
    for (const auto& pl : p) CHECK(pl.y + units[std::size_t(pl.unit)].height <= 100);
}

TEST_CASE("pdf flow: a heading is kept with what follows", "[pdf]") {
  std::vector<Unit> units{unit(70), unit(20, true), unit(20)};
  auto pages = paginate(units, 100);
  REQUIRE(pages.size() == 2);
  CHECK(pages[0].size() == 1);
  CHECK(pages[1][0].unit == 1);
  CHECK(pages[1][1].unit == 2);
  // A chain that can never fit on one page does not force breaks.
  std::vector<Unit> tall{unit(10), unit(60, true), unit(60)};
  CHECK(paginate(tall, 100)[0].size() == 2);
}

TEST_CASE("pdf flow: a table's header row repeats after a page break", "[pdf]") {
  std::vector<Unit> units{unit(30)};
  Unit header = unit(10, true);
  header.table = 0;
  header.table_header = true;
  units.push_back(header);
  for (int i = 0; i < 6; ++i) {
    Unit row = unit(20);
    row.table = 0;
    units.push_back(row);
  }
  auto pages = paginate(units, 100);
  REQUIRE(pages.size() == 2);
  CHECK(pages[0].back().unit == 4);  // 30 + 10 + 3 * 20
  REQUIRE(pages[1].size() == 4);
  CHECK(pages[1][0].unit == 1);
  CHECK(pages[1][0].repeated);
  CHECK(pages[1][1].unit == 5);
  CHECK(pages[1][1].y == Approx(10));
}

TEST_CASE("pdf flow: forced page breaks and line groups", "[pdf]") {
  std::vector<Unit> units{unit(10), unit(10), unit(10)};
  units[1].page_break_before = true;
  CHECK(paginate(units, 100).size() == 2);
  CHECK(group_lines({10, 10, 10, 10, 10}, 25) == std::vector<std::size_t>{2, 2, 1});
  CHECK(group_lines({40}, 25) == std::vector<std::size_t>{1});
}

TEST_CASE("pdf content: numbers are short, exact and locale-free", "[pdf]") {
  CHECK(num(0) == "0");
  CHECK(num(-0.0001) == "0");
  CHECK(num(12) == "12");
  CHECK(num(1.5) == "1.5");
  CHECK(num(-3.14159) == "-3.142");
  CHECK(num(0.05) == "0.05");
  Civil c = civil_time(1793577600);  // 2026-11-02
  CHECK(c.year == 2026);
  CHECK(c.month == 11);
  CHECK(c.day == 2);
  ContentBuilder cb;
  cb.begin_tag("P", 3);
  cb.text(10, 20, 1, 9.5, "0041", {0, 0, 0});
  cb.end_marked();
  CHECK(cb.ops() == "/P <</MCID 3>> BDC\nBT 0 0 0 rg /F1 9.5 Tf 10 20 Td <0041> Tj ET\nEMC\n");
}

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
