// PDF line breaking: words, styled runs, over-long words, hard breaks, field boxes, alignment, measures.
#include <catch2/catch.hpp>

#include "render/pdf/layout.h"

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
