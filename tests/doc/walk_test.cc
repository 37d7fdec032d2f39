// Tests of doc::walk (generator/doc/walk.cc): the order of its events over a tree with every node
// kind, what a step knows of its place, the tree's grammar, and the one policy for a field the page
// does not have, the same in every writer.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "doc/build.h"
#include "doc/walk.h"
#include "model/site.h"
#include "render/docx/body.h"
#include "render/html/body_html.h"
#include "render/pdf/blocks.h"
#include "search/plain_text.h"

using tk::doc::Kind;
using tk::doc::Node;
using tk::doc::node;
using tk::doc::text;

namespace {

Node field_node(Kind k, int field, std::vector<Node> children = {}) {
  Node n = node(k, std::move(children));
  n.field = field;
  n.line = 7;
  n.col = 3;
  return n;
}

const char* name(Kind k) { return tk::doc::kind_name(k); }

// Records "+Kind" on entering and "-Kind" on leaving; skips the children of `skip` kinds.
struct Recorder : tk::doc::Visitor {
  std::vector<std::string> events;
  std::vector<Kind> skip;
  bool enter(const tk::doc::Step& at) override {
    events.push_back(std::string("+") + name(at.node.kind));
    for (Kind k : skip)
      if (k == at.node.kind) return false;
    return true;
  }
  void exit(const tk::doc::Step& at) override { events.push_back(std::string("-") + name(at.node.kind)); }
};

// A tree with every node kind; fields 0 (an inline blank), 1 (a checkbox item), 2 (a cell), 3 (a block).
Node every_kind() {
  Node heading = node(Kind::Heading, {text("Title")});
  heading.level = 2;
  Node link = node(Kind::Link, {text("site")});
  link.extra().url = "https://example.org/";
  Node image = node(Kind::Image, {text("alt")});
  image.extra().url = "/a.png";
  Node code = node(Kind::Code);
  code.text = "x";
  Node para = node(Kind::Paragraph,
                   {text("Name: "), field_node(Kind::FieldInline, 0), node(Kind::SoftBreak),
                    node(Kind::Emph, {node(Kind::Strong, {node(Kind::Strike, {code})})}), node(Kind::LineBreak), link,
                    image});
  Node inner = node(Kind::List, {node(Kind::Item, {node(Kind::Paragraph, {text("b")})})});
  Node list = node(Kind::List, {field_node(Kind::Item, 1, {node(Kind::Paragraph, {text("a")}), inner})});
  Node row_h = node(Kind::TableRow, {node(Kind::TableCell, {text("H")})});
  row_h.header = true;
  Node table = node(Kind::Table, {row_h, node(Kind::TableRow, {field_node(Kind::TableCell, 2)})});
  table.extra().aligns = {'r'};
  Node block = node(Kind::CodeBlock);
  block.text = "code\n";
  return node(Kind::Document, {heading, para, list, node(Kind::BlockQuote, {node(Kind::ThematicBreak)}), block, table,
                               field_node(Kind::FieldBlock, 3)});
}

std::string joined(const std::vector<std::string>& v) {
  std::string s;
  for (const auto& e : v) s += (s.empty() ? "" : " ") + e;
  return s;
}

}  // namespace

TEST_CASE("walk: enter and exit events in document order over every node kind", "[doc][walk]") {
  Recorder r;
  tk::doc::walk(every_kind(), r, 4, "tools/x.md");
  CHECK(joined(r.events) ==
        "+Document +Heading +Text -Text -Heading "
        "+Paragraph +Text -Text +FieldInline -FieldInline +SoftBreak -SoftBreak "
        "+Emph +Strong +Strike +Code -Code -Strike -Strong -Emph +LineBreak -LineBreak "
        "+Link +Text -Text -Link +Image +Text -Text -Image -Paragraph "
        "+List +Item +Paragraph +Text -Text -Paragraph +List +Item +Paragraph +Text -Text -Paragraph -Item -List "
        "-Item -List "
        "+BlockQuote +ThematicBreak -ThematicBreak -BlockQuote +CodeBlock -CodeBlock "
        "+Table +TableRow +TableCell +Text -Text -TableCell -TableRow +TableRow +TableCell -TableCell -TableRow -Table "
        "+FieldBlock -FieldBlock -Document");
  // Every kind of the enum is in the tree (a new kind must be added here too).
  for (int k = 0; k <= static_cast<int>(Kind::FieldInline); ++k)
    CHECK(r.events.end() != std::find(r.events.begin(), r.events.end(), std::string("+") + name(Kind(k))));
}

TEST_CASE("walk: enter returning false skips the children, and exit still comes", "[doc][walk]") {
  Recorder r;
  r.skip = {Kind::Paragraph, Kind::Table, Kind::List};
  tk::doc::walk(every_kind(), r, 4, "tools/x.md");
  CHECK(joined(r.events) ==
        "+Document +Heading +Text -Text -Heading +Paragraph -Paragraph +List -List "
        "+BlockQuote +ThematicBreak -ThematicBreak -BlockQuote +CodeBlock -CodeBlock +Table -Table "
        "+FieldBlock -FieldBlock -Document");
}

TEST_CASE("walk: a step knows its place (siblings, lists around it, tight items, a cell's alignment)", "[doc][walk]") {
  struct Places : tk::doc::Visitor {
    std::vector<std::string> seen;
    bool enter(const tk::doc::Step& at) override {
      const Node& n = at.node;
      if (n.kind == Kind::Paragraph)
        seen.push_back("p lists=" + std::to_string(at.lists) + " tight=" + (at.in_tight_item() ? "1" : "0") +
                       " list=" + (at.list() ? "1" : "0"));
      if (n.kind == Kind::TableCell) seen.push_back(std::string("cell align=") + (at.align() ? at.align() : '0'));
      if (n.kind == Kind::Heading) seen.push_back(std::string("h next=") + (at.next() ? name(at.next()->kind) : "-"));
      if (n.kind == Kind::FieldBlock) seen.push_back(std::string("f next=") + (at.next() ? "x" : "-"));
      return true;
    }
  } p;
  tk::doc::walk(every_kind(), p, 4, "tools/x.md");
  CHECK(joined(p.seen) ==
        "h next=Paragraph p lists=0 tight=0 list=0 p lists=1 tight=1 list=1 p lists=2 tight=1 list=1 "
        "cell align=r cell align=r f next=-");
}

TEST_CASE("walk: a node where its kind may not stand is an internal error with its position", "[doc][walk]") {
  Recorder r;
  Node item = node(Kind::Item);
  item.line = 4;
  item.col = 1;
  CHECK_THROWS_WITH(tk::doc::walk(node(Kind::Document, {item}), r),
                    "document:4:1: internal error: a Item inside a Document");
  CHECK_THROWS_AS(tk::doc::walk(node(Kind::Document, {text("loose")}), r), tk::doc::TreeError);
  CHECK(r.events.empty());  // refused before any event of the parent
  CHECK_THROWS_AS(tk::doc::walk(node(Kind::Paragraph, {node(Kind::Paragraph)}), r), tk::doc::TreeError);
  CHECK_THROWS_AS(tk::doc::walk(node(Kind::Paragraph, {node(Kind::Text, {text("x")})}), r), tk::doc::TreeError);
  CHECK_THROWS_AS(tk::doc::walk(node(Kind::Table, {node(Kind::TableCell)}), r), tk::doc::TreeError);
  CHECK_THROWS_AS(tk::doc::walk(node(Kind::Document, {node(Kind::Document)}), r), tk::doc::TreeError);
}

TEST_CASE("walk: a field the page does not have is an internal error with file:line:col", "[doc][walk]") {
  Recorder r;
  const Node body = every_kind();
  CHECK_NOTHROW(tk::doc::walk(body, r, 4, "tools/x.md"));
  CHECK_THROWS_WITH(tk::doc::walk(body, r, 3, "tools/x.md"),
                    "tools/x.md:7:3: internal error: a FieldBlock names field #3, and the page has 3 fields");
  // A blank with no field at all (-1) is as wrong; an item or a cell without one is an ordinary item or cell.
  Node blank = node(Kind::Document, {node(Kind::Paragraph, {field_node(Kind::FieldInline, -1)})});
  CHECK_THROWS_AS(tk::doc::walk(blank, r, 5, "tools/x.md"), tk::doc::TreeError);
  Node plain = node(Kind::Document, {node(Kind::List, {field_node(Kind::Item, -1)})});
  CHECK_NOTHROW(tk::doc::walk(plain, r, 0, "tools/x.md"));
  // A reading that resolves no field (plain text, lint) does not look at them.
  CHECK_NOTHROW(tk::doc::walk(body, r));
  CHECK(tk::doc::plain_text(body.children[1]) == "Name:  x sitealt");
}

TEST_CASE("walk: every writer treats a field the page does not have the same way", "[doc][walk]") {
  tk::model::Page page;
  page.source_path = "tools/x.md";
  page.body = every_kind();
  page.fields.resize(3);  // field #3 (the block) is missing
  const std::string where = "tools/x.md:7:3: internal error: a FieldBlock names field #3, and the page has 3 fields";

  CHECK_THROWS_WITH(tk::html::render_body(page.body, &page, [](const std::string& s) { return s; }), where);
  // Without a page (a footer, an answer) a field node is as wrong as one the page lacks.
  CHECK_THROWS_AS(tk::html::render_body(page.body, nullptr, [](const std::string& s) { return s; }),
                  tk::doc::TreeError);

  tk::docx::PackageState docx("https://example.org/");
  std::string xml;
  CHECK_THROWS_WITH(tk::docx::write_body(docx, page, tk::docx::BodyOptions{}, xml), where);

  tk::pdf::DocLayout layout;
  tk::pdf::BodyBuilder b(layout, tk::pdf::font_measure(), [](const std::string& u) { return tk::pdf::LinkTarget{u, "", ""}; });
  b.begin_page(page, "", "", 1);
  CHECK_THROWS_WITH(b.blocks(page.body, tk::pdf::body_ctx(0)), where);

  CHECK_THROWS_AS(tk::search::plain_sections(page.body, page.fields), tk::doc::TreeError);

  // With every field there, every writer writes it.
  page.fields.resize(4);
  for (std::size_t i = 0; i < 4; ++i) {
    page.fields[i].name = "f" + std::to_string(i);
    page.fields[i].label = "F" + std::to_string(i);
  }
  page.fields[1].type = tk::model::FieldType::Checkbox;
  page.fields[2].type = tk::model::FieldType::Multiline;
  page.fields[2].in_table = true;
  page.fields[2].lines = 2;
  CHECK(tk::html::render_body(page.body, &page, [](const std::string& s) { return s; }).find("name=\"f3\"") !=
        std::string::npos);
  CHECK_NOTHROW(tk::docx::write_body(docx, page, tk::docx::BodyOptions{}, xml));
  CHECK(xml.find("w:val=\"f3\"") != std::string::npos);
  tk::pdf::DocLayout layout2;
  tk::pdf::BodyBuilder b2(layout2, tk::pdf::font_measure(), [](const std::string& u) { return tk::pdf::LinkTarget{u, "", ""}; });
  b2.begin_page(page, "", "", 1);
  CHECK_NOTHROW(b2.blocks(page.body, tk::pdf::body_ctx(0)));
  CHECK(layout2.fields.size() == 4);
}

TEST_CASE("walk: a reading that only enters sees the same order, skips where told, and checks the grammar", "[doc][walk]") {
  Recorder r;
  r.skip = {Kind::Paragraph, Kind::Table};
  tk::doc::walk(every_kind(), r, 4, "tools/x.md");
  std::vector<std::string> entered;
  for (const auto& e : r.events)
    if (e[0] == '+') entered.push_back(e);
  std::vector<std::string> seen;
  tk::doc::walk(every_kind(), [&](const tk::doc::Step& at) {
    seen.push_back(std::string("+") + name(at.node.kind));
    return at.node.kind != Kind::Paragraph && at.node.kind != Kind::Table;
  });
  CHECK(seen == entered);
  Node bad = node(Kind::Document, {node(Kind::Item)});
  bad.children[0].line = 4;
  CHECK_THROWS_AS(tk::doc::walk(bad, [](const tk::doc::Step&) { return true; }), tk::doc::TreeError);
}

TEST_CASE("walk: edit changes each node's attributes in document order, before its children", "[doc][walk]") {
  Node tree = every_kind();
  int n = 0;
  std::vector<std::string> order;
  tk::doc::edit(tree, [&](Node& x, const tk::doc::Step& at) {
    x.line = ++n;
    if (x.kind == Kind::Link || x.kind == Kind::Image) x.extra().url = "/seen/" + std::to_string(at.index);
    order.push_back(name(x.kind));
  });
  CHECK(tree.line == 1);
  CHECK(tree.children[0].line == 2);              // the heading
  CHECK(tree.children[0].children[0].line == 3);  // its text
  std::vector<std::string> links;
  tk::doc::walk(tree, [&](const tk::doc::Step& at) {
    if (at.node.kind == Kind::Link || at.node.kind == Kind::Image) links.push_back(at.node.url());
    return true;
  });
  CHECK(links == std::vector<std::string>{"/seen/5", "/seen/6"});  // their places in the paragraph
  CHECK(order.size() == static_cast<std::size_t>(n));
}

TEST_CASE("walk: heading_ids lists the ids of the headings that have one, in document order", "[doc][walk]") {
  Node a = tk::doc::heading("A"), b = tk::doc::heading("B", 3), none = tk::doc::heading("C");
  a.extra().id = "a";
  b.extra().id = "b";
  Node quote = node(Kind::BlockQuote, {b});
  Node tree = node(Kind::Document, {a, tk::doc::para({text("x")}), none, quote});
  CHECK(tk::doc::heading_ids(tree) == std::vector<std::string>{"a", "b"});
  CHECK(tk::doc::heading_ids(tk::doc::para({text("x")})).empty());
}
