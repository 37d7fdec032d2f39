// The document tree: deep copies with their rare attributes, and plain text (the walk: tests/doc/walk_test.cc).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "doc/ast.h"

using tk::doc::Kind;
using tk::doc::Node;

namespace {

Node leaf(Kind k, const std::string& text = "") {
  Node n;
  n.kind = k;
  n.text = text;
  return n;
}

Node with(Kind k, std::vector<Node> children) {
  Node n;
  n.kind = k;
  n.children = std::move(children);
  return n;
}

}  // namespace

TEST_CASE("a node without rare attributes reads them as empty and makes them on first write", "[doc]") {
  Node n = leaf(Kind::Link);
  CHECK(n.url().empty());
  CHECK(n.title().empty());
  CHECK(n.id().empty());
  CHECK(n.info().empty());
  CHECK(n.aligns().empty());
  n.extra().url = "/tools/x/";
  n.extra().aligns = {'l', 'r'};
  CHECK(n.url() == "/tools/x/");
  CHECK(n.aligns() == std::vector<char>{'l', 'r'});
  CHECK(n.title().empty());
}

TEST_CASE("copies are deep: children and rare attributes are the copy's own", "[doc]") {
  Node link = leaf(Kind::Link);
  link.extra().url = "https://example.org/";
  link.line = 7;
  link.col = 3;
  link.children = {leaf(Kind::Text, "site")};
  Node doc = with(Kind::Document, {with(Kind::Paragraph, {link})});

  Node copy(doc);
  Node assigned;
  assigned = doc;
  for (Node* c : {&copy, &assigned}) {
    Node& a = c->children.at(0).children.at(0);
    CHECK(a.url() == "https://example.org/");
    CHECK(a.line == 7);
    CHECK(a.col == 3);
    a.extra().url = "changed";
    a.children.at(0).text = "changed";
  }
  const Node& original = doc.children[0].children[0];
  CHECK(original.url() == "https://example.org/");
  CHECK(original.children[0].text == "site");

  Node& self = doc;
  doc = self;  // self-assignment keeps the node
  CHECK(doc.children[0].children[0].url() == "https://example.org/");

  Node moved(std::move(copy));
  CHECK(moved.children[0].children[0].url() == "changed");
}

TEST_CASE("plain text joins text and code and turns breaks into spaces", "[doc]") {
  Node p = with(Kind::Paragraph, {leaf(Kind::Text, "Sign"), leaf(Kind::SoftBreak), with(Kind::Emph, {leaf(Kind::Text, "here")}),
                                  leaf(Kind::LineBreak), leaf(Kind::Code, "x_1")});
  CHECK(tk::doc::plain_text(p) == "Sign here x_1");
  CHECK(tk::doc::plain_text(leaf(Kind::Text, "alone")) == "alone");
  CHECK(tk::doc::plain_text(with(Kind::Document, {})).empty());
}

TEST_CASE("is_block holds for block kinds up to field blocks and for no inline kind", "[doc]") {
  for (Kind k : {Kind::Document, Kind::Paragraph, Kind::Heading, Kind::List, Kind::Item, Kind::BlockQuote,
                 Kind::CodeBlock, Kind::ThematicBreak, Kind::Table, Kind::TableRow, Kind::TableCell, Kind::FieldBlock})
    CHECK(leaf(k).is_block());
  for (Kind k : {Kind::Text, Kind::Code, Kind::Emph, Kind::Strong, Kind::Strike, Kind::Link, Kind::Image,
                 Kind::SoftBreak, Kind::LineBreak, Kind::FieldInline})
    CHECK_FALSE(leaf(k).is_block());
}
