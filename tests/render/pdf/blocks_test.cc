// The body's blocks (render/pdf/blocks.cc) as a reader of the PDF gets them: headings as bookmarks and
// H2/H3 elements, paragraphs and list items in reading order, long words kept inside the margins.
#include <catch2/catch.hpp>

#include <regex>

#include "render/pdf/fonts.h"
#include "render/pdf/pdf_read_back.h"
#include "render/pdf/style.h"

using tk::model::Kind;
namespace rb = tk::test::pdf;

namespace {

const char* kGuide = R"(---
title: Blocks Guide
---
## First steps

Opening paragraph of the guide.

- Alpha item
- Beta item

### Details

1. One numbered
2. Two numbered

> A quoted line.

## Second part

Supercalifragilisticexpialidociousprogrammaticallyunbreakablewordthatgoesonandonandonwithoutanyspacesatalluntilitpassesthemargin end.

```
code line
```
)";

rb::SiteFixture guide_site() {
  return rb::SiteFixture({{"stages/01-start.md", "---\ntitle: Start\nactivities: [Meet]\n---\nBegin.\n"},
                          {"pages/blocks.md", kGuide}});
}

}  // namespace

TEST_CASE("pdf blocks: headings become bookmarks (H3 under its H2) and H2/H3 elements", "[pdf]") {
  rb::SiteFixture f = guide_site();
  REQUIRE_FALSE(f.diags.has_errors());
  const tk::model::Page& page = f.page(Kind::Page, "blocks");
  rb::PdfFile pdf(rb::draw(rb::body_layout(page)));
  nlohmann::json j = pdf.json();
  REQUIRE(j.is_object());
  const auto& outlines = j.at("outlines");
  REQUIRE(outlines.size() == 2);
  CHECK(outlines[0]["title"] == "First steps");
  CHECK(outlines[1]["title"] == "Second part");
  REQUIRE(outlines[0]["kids"].size() == 1);
  CHECK(outlines[0]["kids"][0]["title"] == "Details");
  CHECK(outlines[1]["kids"].empty());
  CHECK(rb::struct_elems(j, "/H2").size() == 2);
  CHECK(rb::struct_elems(j, "/H3").size() == 1);
  CHECK(rb::struct_elems(j, "/BlockQuote").size() + rb::struct_elems(j, "/Code").size() >= 1);
  // No bookmarks when the caller asks for none (outline level 0).
  rb::PdfFile plain(rb::draw(rb::body_layout(page, nullptr, 0)));
  CHECK(plain.json().at("outlines").empty());
}

TEST_CASE("pdf blocks: paragraphs, list items and their markers keep their text in reading order", "[pdf]") {
  rb::SiteFixture f = guide_site();
  rb::PdfFile pdf(rb::draw(rb::body_layout(f.page(Kind::Page, "blocks"))));
  const std::string text = pdf.text("-raw");
  std::vector<std::string> order{"First steps", "Opening paragraph of the guide.", "Alpha item", "Beta item",
                                 "Details",     "1.",                              "One numbered",
                                 "2.",          "Two numbered",                    "A quoted line.",
                                 "Second part", "code line"};
  INFO(text);
  CHECK(rb::missing_in_order(text, order) == "");
  nlohmann::json j = pdf.json();
  CHECK(rb::struct_elems(j, "/L").size() == 2);
  CHECK(rb::struct_elems(j, "/LI").size() == 4);
  CHECK(rb::struct_elems(j, "/Lbl").size() == 4);
}

TEST_CASE("pdf blocks: a word longer than the line is broken inside the margins", "[pdf]") {
  rb::SiteFixture f = guide_site();
  tk::pdf::DocLayout layout = rb::body_layout(f.page(Kind::Page, "blocks"));
  const double right = tk::pdf::style::kMarginX + tk::pdf::style::kBodyW;
  for (const auto& u : layout.units)
    for (const auto& it : u.items)
      if (it.kind == tk::pdf::ItemKind::Text) {
        INFO(it.text);
        CHECK(it.x + tk::pdf::text_width(it.face, it.text, it.size) <= right + 0.01);
      }
  // pdftotext's word boxes: every word ends left of the right margin, and the long word takes two lines.
  rb::PdfFile pdf(rb::draw(layout));
  const std::string boxes = pdf.text("-bbox");
  std::regex word("<word xMin=\"([0-9.]+)\" yMin=\"[0-9.]+\" xMax=\"([0-9.]+)\" yMax=\"[0-9.]+\">([^<]*)</word>");
  std::size_t words = 0, long_pieces = 0;
  for (auto it = std::sregex_iterator(boxes.begin(), boxes.end(), word); it != std::sregex_iterator(); ++it) {
    ++words;
    INFO((*it)[3]);
    CHECK(std::stod((*it)[2]) <= right + 0.5);
    CHECK(std::stod((*it)[1]) >= tk::pdf::style::kMarginX - 0.5);
    if ((*it)[3].str().find("Supercali") == 0 || (*it)[3].str().find("margin") != std::string::npos) ++long_pieces;
  }
  CHECK(words > 20);
  CHECK(long_pieces == 2);  // the word's start on one line, its end ("...passesthemargin") on the next
}
