// A page body as WordprocessingML (render/docx/body.cc), node kind by node kind, read back as XML:
// the paragraphs, styles, lists, tables, links and content controls a Word user sees.
#include <catch2/catch.hpp>

#include <map>
#include <memory>

#include "doc/walk.h"
#include "render/docx/body.h"
#include "render/docx/fixture.h"
#include "render/docx/styles.h"
#include "render/docx/test_support.h"

using namespace tk::test::docx;
using namespace tk::test::docx::fx;
using FT = tk::model::FieldType;

namespace {

tk::model::Page page_of(std::vector<Node> blocks, std::vector<tk::model::Field> fields = {}) {
  tk::model::Page p;
  p.kind = tk::model::Kind::Tool;
  p.slug = "t";
  p.source_path = "tools/t.md";
  p.fields = std::move(fields);
  p.body = node(Kind::Document, std::move(blocks));
  return p;
}

struct Body {
  tk::docx::PackageState doc{"https://example.org/toolkit/"};
  std::vector<tk::docx::TocEntry> toc;
  std::string xml;
  Element root;
};

/// write_body of `page` into a fresh package, parsed (it must be well-formed). With `toc`, the TOC
/// entries go to the result's toc.
std::unique_ptr<Body> write(const tk::model::Page& page, tk::docx::BodyOptions opt = {}, bool toc = false) {
  auto b = std::make_unique<Body>();
  if (toc) opt.toc = &b->toc;
  tk::docx::write_body(b->doc, page, opt, b->xml);
  b->root = parse_fragment(b->xml);
  return b;
}

/// The w:ind w:left of a paragraph, or "".
std::string indent(const Element& p) {
  const Element* ppr = p.child("w:pPr");
  const Element* ind = ppr ? ppr->child("w:ind") : nullptr;
  return ind ? ind->get("w:left") : "";
}

/// "numId:ilvl" of a list paragraph, or "".
std::string num_of(const Element& p) {
  const Element* ppr = p.child("w:pPr");
  const Element* n = ppr ? ppr->child("w:numPr") : nullptr;
  return n ? n->child("w:numId")->get("w:val") + ":" + n->child("w:ilvl")->get("w:val") : "";
}

}  // namespace

TEST_CASE("docx body: headings take Heading styles one level up, within 1..6, and outline levels from the styles", "[docx]") {
  auto b = write(page_of({heading(2, "Parties"), heading(3, "Roles"), heading(6, "Deep"), heading(1, "Top")}));
  std::vector<std::string> got;
  for (const auto& p : b->root.children) got.push_back(pstyle(p) + ":" + text_of(p));
  CHECK(got == std::vector<std::string>{"Heading1:Parties", "Heading2:Roles", "Heading5:Deep", "Heading1:Top"});
  tk::docx::BodyOptions nested;
  nested.heading_shift = 2;  // a page placed under a chapter of the bundle
  auto deeper = write(page_of({heading(2, "Parties"), heading(6, "Deep")}), nested);
  CHECK(pstyle(deeper->root.children[0]) == "Heading4");
  CHECK(pstyle(deeper->root.children[1]) == "Heading6");
  // The navigation pane and the TOC read the outline level from the style: Heading N is level N-1.
  Element styles = parse(tk::docx::styles_for("", "en-US"));
  std::map<std::string, std::string> outline;
  for (const Element* s : styles.all("w:style"))
    for (const Element* o : s->all("w:outlineLvl")) outline[s->get("w:styleId")] = o->get("w:val");
  for (int level = 1; level <= 6; ++level) CHECK(outline["Heading" + std::to_string(level)] == std::to_string(level - 1));
}

TEST_CASE("docx body: headings up to the TOC's depth get a bookmark and an entry", "[docx]") {
  tk::docx::BodyOptions opt;
  opt.toc_levels = 2;
  auto b = write(page_of({heading(2, "Parties & <roles>"), heading(3, "Who"), heading(4, "Too deep")}), opt, true);
  REQUIRE(b->toc.size() == 2);
  CHECK(b->toc[0].level == 1);
  CHECK(b->toc[0].text == "Parties & <roles>");
  CHECK(b->toc[1].level == 2);
  CHECK(b->toc[1].text == "Who");
  auto marks = b->root.all("w:bookmarkStart");
  REQUIRE(marks.size() == 2);
  for (std::size_t i = 0; i < 2; ++i) {
    CHECK(marks[i]->get("w:name") == b->toc[i].bookmark);
    CHECK(b->toc[i].bookmark.rfind("_Toc", 0) == 0);  // as Word names TOC bookmarks
  }
  CHECK(b->toc[0].bookmark != b->toc[1].bookmark);
  auto ends = b->root.all("w:bookmarkEnd");
  REQUIRE(ends.size() == 2);
  CHECK(ends[0]->get("w:id") == marks[0]->get("w:id"));
  CHECK(b->root.children[2].all("w:bookmarkStart").empty());
}

TEST_CASE("docx body: heading_para clamps its level and wraps a bookmark round the runs", "[docx]") {
  tk::docx::PackageState doc("https://example.org/");
  CHECK(tk::docx::heading_para(doc, 0, "", "") == "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr></w:p>");
  CHECK(tk::docx::heading_para(doc, 9, "", "", "<w:keepNext/>") ==
        "<w:p><w:pPr><w:pStyle w:val=\"Heading6\"/><w:keepNext/></w:pPr></w:p>");
  doc.next_id();
  CHECK(tk::docx::heading_para(doc, 2, "<w:r/>", "_Toc\"1") ==
        "<w:p><w:pPr><w:pStyle w:val=\"Heading2\"/></w:pPr><w:bookmarkStart w:id=\"2\" w:name=\"_Toc&quot;1\"/><w:r/>"
        "<w:bookmarkEnd w:id=\"2\"/></w:p>");
}

TEST_CASE("docx body: text keeps every letter, escapes markup and drops control characters", "[docx]") {
  Node code = node(Kind::Code);
  code.text = "a < b && c";
  auto b = write(page_of({para({text("Tom & Jerry's \"<b>\" \x01\x1F" "end"), node(Kind::SoftBreak),
                                text("Łukasz Dąbrowski, Nguyễn Thị Ánh"), node(Kind::LineBreak), code})}));
  REQUIRE(b->root.children.size() == 1);
  const Element& p = b->root.children[0];
  CHECK(text_of(p) == "Tom & Jerry's \"<b>\" end Łukasz Dąbrowski, Nguyễn Thị Ánha < b && c");
  CHECK(p.all("w:br").size() == 1);  // the hard line break
  CHECK(b->xml.find("&lt;b&gt;") != std::string::npos);
  CHECK(b->xml.find('\x01') == std::string::npos);
  auto runs = p.all("w:r");
  CHECK(runs.back()->child("w:rPr")->child("w:rStyle")->get("w:val") == "VerbatimChar");  // inline code
}

TEST_CASE("docx body: emphasis, strong and strike nest as run properties", "[docx]") {
  auto b = write(page_of({para({node(Kind::Emph, {text("i"), node(Kind::Strong, {text("bi")})}), text("plain"),
                                node(Kind::Strike, {text("s")})})}));
  std::map<std::string, std::string> props;  // text -> the properties of its run
  for (const Element* r : b->root.all("w:r")) {
    std::string s;
    if (const Element* rpr = r->child("w:rPr"))
      for (const auto& c : rpr->children) s += c.name + " ";
    props[text_of(*r)] = s;
  }
  CHECK(props["i"] == "w:i w:iCs ");
  CHECK(props["bi"] == "w:b w:bCs w:i w:iCs ");
  CHECK(props["plain"] == "");
  CHECK(props["s"] == "w:strike ");
}

TEST_CASE("docx body: links are hyperlinks, outside by relationship, inside the document by anchor", "[docx]") {
  Node img = node(Kind::Image, {text("A chart")});
  img.extra().url = "/assets/chart.png";
  Node linked_img = img;
  const std::map<std::string, std::string> anchors{{"/tools/here/", "_here"}};
  tk::docx::BodyOptions opt;
  opt.anchors = &anchors;
  auto b = write(page_of({para({link("https://example.com/?a=1&b=2", {text("out")}, "Say \"hi\""), text(" "),
                                link("/tools/other/#x", {text("other")}), text(" "),
                                link("/tools/here/#part", {text("here")}), text(" "), img, text(" "),
                                link("/tools/other/#x", {node(Kind::Emph, {text("again")}), linked_img})})}),
                 opt);
  auto links = b->root.all("w:hyperlink");
  REQUIRE(links.size() == 5);
  CHECK(links[0]->get("r:id") == "rLink1");
  CHECK(links[0]->get("w:tooltip") == "Say \"hi\"");
  CHECK(links[0]->get("w:history") == "1");
  CHECK(links[1]->get("r:id") == "rLink2");
  CHECK(links[2]->get("w:anchor") == "_here");  // a page placed in this document: no relationship
  CHECK_FALSE(links[2]->has("r:id"));
  CHECK(links[3]->get("r:id") == "rLink3");
  CHECK(text_of(*links[3]) == "Image: A chart");  // a picture is its alt text, linked to the picture
  CHECK(links[4]->get("r:id") == "rLink2");  // the same address, the same relationship
  CHECK(text_of(*links[4]) == "againImage: A chart");  // an image inside a link opens no second hyperlink
  CHECK(links[4]->all("w:hyperlink").empty());
  CHECK(b->doc.hyperlinks() == std::vector<std::pair<std::string, std::string>>{
                                   {"rLink1", "https://example.com/?a=1&b=2"},
                                   {"rLink2", "https://example.org/toolkit/tools/other/#x"},
                                   {"rLink3", "https://example.org/toolkit/assets/chart.png"}});
  for (const Element* h : links)
    for (const Element* rs : h->all("w:rStyle")) CHECK(rs->get("w:val") == "Hyperlink");
}

TEST_CASE("docx body: lists use the shared bullets and a restarting numbering per ordered list", "[docx]") {
  auto b = write(page_of({
      list(false, {item({para({text("One")}), list(true, {item({para({text("Three")})})}, 3)}),
                   item({para({text("Two")}), para({text("More on two")})})}),
      list(true, {item({para({text("First")})})}),
  }));
  std::map<std::string, const Element*> by_text;
  for (const auto& p : b->root.children) by_text[text_of(p)] = &p;
  CHECK(pstyle(*by_text["One"]) == "ListBullet");
  CHECK(num_of(*by_text["One"]) == "1:0");
  CHECK(num_of(*by_text["Two"]) == "1:0");
  CHECK(pstyle(*by_text["Three"]) == "ListNumber");
  CHECK(num_of(*by_text["Three"]) == "3:1");  // the nested list: its own numbering, one level down
  CHECK(num_of(*by_text["First"]) == "4:0");  // a new list restarts
  CHECK(pstyle(*by_text["More on two"]) == "ListContinue");
  CHECK(indent(*by_text["More on two"]) == "720");
  CHECK(num_of(*by_text["More on two"]).empty());
  // The nested list starts at 3 on its level.
  Element numbering = parse(b->doc.numbering_xml());
  for (const Element* n : numbering.all("w:num"))
    if (n->get("w:numId") == "3")
      for (const Element* a : numbering.all("w:abstractNum"))
        if (a->get("w:abstractNumId") == n->child("w:abstractNumId")->get("w:val"))
          CHECK(a->all("w:lvl")[1]->child("w:start")->get("w:val") == "3");
}

TEST_CASE("docx body: a task list item is a checkbox control, then its label, indented", "[docx]") {
  Node done = with_field(item({para({text("Share data")})}), 1);
  done.checked = true;
  auto b = write(page_of({list(false, {with_field(item({para({text("Agree & sign")})}), 0), done})},
                         {field("agree", "Agree & sign", FT::Checkbox), field("share", "Share data", FT::Checkbox)}));
  REQUIRE(b->root.children.size() == 2);
  for (const auto& p : b->root.children) {
    CHECK(pstyle(p) == "ListParagraph");
    CHECK(indent(p) == "720");
    CHECK(num_of(p).empty());  // the box is the marker
    CHECK(p.children[1].name == "w:sdt");  // first in the paragraph
  }
  CHECK(text_of(b->root.children[0]) == "\xE2\x98\x90 Agree & sign");
  auto cs = controls(b->root);
  REQUIRE(cs.size() == 2);
  CHECK(cs[0].tag == "agree");
  CHECK(cs[0].alias == "Agree & sign");
  CHECK_FALSE(cs[0].checked);
  CHECK(cs[1].checked);  // "- [x]"
}

TEST_CASE("docx body: a table has a grid, a repeating header row, alignment and controls named after their column", "[docx]") {
  auto cell_field = field("lead_name", "Lead: Name", FT::Multiline);
  cell_field.in_table = true;
  auto helped = field("lead_phone", "Lead: Phone", FT::Text);
  helped.in_table = true;
  helped.help = "Work phone";
  Node table = node(Kind::Table, {row({cell({text("Role")}), cell({text("Name")}), cell({text("Phone")})}, true),
                                  row({cell({text("Lead & <co>")}), with_field(cell({}), 0), with_field(cell({}), 1)}),
                                  row({cell({text("Short row")})})});
  table.extra().aligns = {'l', 'c', 'r'};
  auto b = write(page_of({table}, {cell_field, helped}));
  REQUIRE(b->root.children.size() == 1);
  const Element& tbl = b->root.children[0];
  CHECK(tbl.name == "w:tbl");
  CHECK(tbl.child("w:tblPr")->child("w:tblStyle")->get("w:val") == "TableGrid");
  auto cols = tbl.child("w:tblGrid")->all("w:gridCol");
  REQUIRE(cols.size() == 3);
  for (const Element* c : cols) CHECK(c->get("w:w") == "3120");  // 6.5 inches in three
  auto rows = tbl.all("w:tr");
  REQUIRE(rows.size() == 3);
  CHECK(rows[0]->child("w:trPr")->child("w:tblHeader"));
  CHECK_FALSE(rows[1]->child("w:trPr")->child("w:tblHeader"));
  for (const Element* r : rows) {
    CHECK(r->child("w:trPr")->child("w:cantSplit"));
    CHECK(r->all("w:tc").size() == 3);  // the short row is filled up with empty cells
  }
  auto head = rows[0]->all("w:tc");
  CHECK(pstyle(*head[0]->child("w:p")) == "TableHeading");
  CHECK(head[0]->child("w:p")->child("w:pPr")->child("w:jc") == nullptr);
  CHECK(head[1]->child("w:p")->child("w:pPr")->child("w:jc")->get("w:val") == "center");
  CHECK(head[2]->child("w:p")->child("w:pPr")->child("w:jc")->get("w:val") == "right");
  auto body = rows[1]->all("w:tc");
  CHECK(pstyle(*body[0]->child("w:p")) == "TableText");
  CHECK(text_of(*body[0]) == "Lead & <co>");
  auto cs = controls(tbl);
  REQUIRE(cs.size() == 2);
  CHECK(cs[0].tag == "lead_name");
  CHECK(cs[0].type == "multiline");
  CHECK(cs[0].content == "Enter name");  // what its column asks for
  CHECK(cs[1].content == "Work phone");  // its own help text
  CHECK(pstyle(*rows[2]->all("w:tc")[2]->child("w:p")) == "TableText");
}

TEST_CASE("docx body: blocks inside a list item are indented to it; an empty table writes nothing", "[docx]") {
  Node code_block = node(Kind::CodeBlock);
  code_block.text = "line 1\n\tline 2\n\n";
  Node table = node(Kind::Table, {row({cell({text("A")})}, true)});
  auto b = write(page_of({list(false, {item({para({text("Item")}), code_block, table})}),
                          node(Kind::Table), para({text("after")})}));
  std::vector<std::string> kinds;
  for (const auto& c : b->root.children) kinds.push_back(c.name);
  CHECK(kinds == std::vector<std::string>{"w:p", "w:p", "w:tbl", "w:p"});
  const Element& code = b->root.children[1];
  CHECK(pstyle(code) == "SourceCode");
  CHECK(indent(code) == "720");
  CHECK(text_of(code) == "line 1\tline 2");  // final newlines dropped, the tab a w:tab
  CHECK(code.all("w:br").size() == 1);
  const Element& tbl = b->root.children[2];
  CHECK(tbl.child("w:tblPr")->child("w:tblInd")->get("w:w") == "720");
  CHECK(tbl.child("w:tblPr")->child("w:tblW")->get("w:w") == "8640");
}

TEST_CASE("docx body: quotes, code blocks and rules have their styles", "[docx]") {
  Node code_block = node(Kind::CodeBlock);
  code_block.text = "x < y\n";
  auto b = write(page_of({node(Kind::BlockQuote, {para({text("Quoted & \"said\"")})}), code_block,
                          node(Kind::ThematicBreak), para({text("Plain")})}));
  REQUIRE(b->root.children.size() == 4);
  CHECK(pstyle(b->root.children[0]) == "Quote");
  CHECK(text_of(b->root.children[0]) == "Quoted & \"said\"");
  CHECK(pstyle(b->root.children[1]) == "SourceCode");
  CHECK(b->root.children[1].all("w:rStyle")[0]->get("w:val") == "VerbatimChar");
  CHECK(text_of(b->root.children[1]) == "x < y");
  CHECK(pstyle(b->root.children[2]) == "HorizontalLine");
  CHECK(pstyle(b->root.children[3]).empty());
  CHECK(b->root.children[3].child("w:pPr") == nullptr);
}

TEST_CASE("docx body: fields are content controls whose tags carry the prefix", "[docx]") {
  auto district = field("district", "District", FT::Text);
  district.width = 20;
  tk::docx::BodyOptions opt;
  opt.tag_prefix = "sample-form.";  // the bundle's unique tags
  auto b = write(page_of({para({text("District: "), blank(0)}), with_field(node(Kind::FieldBlock), 1)},
                         {district, field("start_date", "Start date", FT::Date)}),
                 opt);
  REQUIRE(b->root.children.size() == 2);
  CHECK(text_of(b->root.children[0]) == "District: Enter district");
  CHECK(text_of(b->root.children[1]) == "Start date: Enter start date (M/D/YYYY)");
  auto cs = controls(b->root);
  REQUIRE(cs.size() == 2);
  CHECK(cs[0].tag == "sample-form.district");
  CHECK(cs[0].alias == "District");
  CHECK(cs[1].tag == "sample-form.start_date");
  CHECK(cs[1].type == "date");
  CHECK(cs[0].id != cs[1].id);
}

TEST_CASE("docx body: a node that names a field the page does not have is an error", "[docx]") {
  tk::docx::PackageState doc("https://example.org/");
  std::string out;
  CHECK_THROWS_AS(tk::docx::write_body(doc, page_of({para({blank(2)})}, {field("a", "A", FT::Text)}), {}, out),
                  tk::doc::TreeError);
}
