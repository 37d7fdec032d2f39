// Tests of the plain-text Visitor that feeds the search index.
#include <catch2/catch.hpp>

#include "doc/build.h"
#include "search/plain_text.h"

using tk::doc::Kind;
using tk::doc::Node;
using tk::doc::node;
using tk::doc::text;
using tk::doc::para;

namespace {
Node heading(int level, const std::string& id, const std::string& s) {
  Node n = node(Kind::Heading, {text(s)});
  n.level = level;
  n.extra().id = id;
  return n;
}
}  // namespace

TEST_CASE("plain text is split into sections at headings", "[search]") {
  Node link = node(Kind::Link, {text("the compact")});
  link.extra().url = "/tools/partnership-compact/";
  Node code = node(Kind::CodeBlock);
  code.text = "let x = 1;\n";
  Node doc = node(Kind::Document, {
      para({text("Intro "), node(Kind::Emph, {text("words")}), node(Kind::SoftBreak), text("here.")}),
      heading(2, "how-it-works", "How it works"),
      para({text("See   "), link, text(".")}),
      code,
      heading(3, "steps", "Steps"),
      node(Kind::List, {node(Kind::Item, {para({text("Watch.")})}), node(Kind::Item, {para({text("Rate.")})})}),
  });
  const auto s = tk::search::plain_sections(doc, {});
  REQUIRE(s.size() == 3);
  CHECK(s[0].id.empty());
  CHECK(s[0].level == 0);
  CHECK(s[0].text == "Intro words here.");
  CHECK(s[1].id == "how-it-works");
  CHECK(s[1].heading == "How it works");
  CHECK(s[1].level == 2);
  CHECK(s[1].text == "See the compact.\nlet x = 1;");
  CHECK(s[2].id == "steps");
  CHECK(s[2].level == 3);
  CHECK(s[2].text == "Watch.\nRate.");
}

TEST_CASE("plain text includes field labels, checkbox labels and table cells", "[search]") {
  std::vector<tk::model::Field> fields(3);
  fields[0].name = "district";
  fields[0].label = "District";
  fields[1].name = "agree";
  fields[1].label = "We agree";
  fields[1].type = tk::model::FieldType::Checkbox;
  fields[2].name = "goals";
  fields[2].label = "Shared goals";
  fields[2].help = "Write two or three goals";
  Node blank = node(Kind::FieldInline);
  blank.field = 0;
  Node box = node(Kind::Item, {para({text("We agree")})});  // as cmark makes it: an item holds blocks
  box.field = 1;
  Node block = node(Kind::FieldBlock);
  block.field = 2;
  Node header = node(Kind::TableRow, {node(Kind::TableCell, {text("Goal")}), node(Kind::TableCell, {text("Target")})});
  header.header = true;
  Node cell = node(Kind::TableCell);
  cell.field = 2;
  Node row = node(Kind::TableRow, {node(Kind::TableCell, {text("Hiring")}), cell});
  Node doc = node(Kind::Document, {
      para({text("District: "), blank}),
      node(Kind::List, {box}),
      block,
      node(Kind::Table, {header, row}),
  });
  const auto s = tk::search::plain_sections(doc, fields);
  REQUIRE(s.size() == 1);
  CHECK(s[0].text == "District:\nWe agree\nShared goals. Write two or three goals\nGoal Target\nHiring");
  CHECK(tk::search::plain_string(doc, fields) == s[0].text);
}
