// The OOXML building blocks (render/docx/ooxml.cc) read back as XML: escaping, runs, paragraphs, fields,
// the room after tables and the page break.
#include <catch2/catch.hpp>

#include "render/docx/ooxml.h"
#include "render/docx/test_support.h"

using namespace tk::test::docx;
namespace ooxml = tk::docx::ooxml;

TEST_CASE("docx ooxml: esc escapes markup and quotes, drops what XML 1.0 forbids, keeps every letter", "[docx]") {
  CHECK(ooxml::esc("a < b & c > \"d\"") == "a &lt; b &amp; c &gt; &quot;d&quot;");
  CHECK(ooxml::esc("it's") == "it's");  // an apostrophe needs no escape in text or a double-quoted value
  // C0 controls other than tab, newline and carriage return are not allowed in XML 1.0: gone.
  CHECK(ooxml::esc(std::string("a\x01" "b\x0B" "c\x1F" "d\0e", 9)) == "abcde");
  CHECK(ooxml::esc("tab\tnl\ncr\r") == "tab\tnl\ncr\r");
  const std::string names = "Łukasz Dąbrowski, Nguyễn Thị Ánh, Zażółć gęślą jaźń";
  CHECK(ooxml::esc(names) == names);
  // As an attribute value it reads back as it was written.
  Element e = parse("<a v=\"" + ooxml::esc("\"<&>\" " + names) + "\">" + ooxml::esc("<&>") + "</a>");
  CHECK(e.get("v") == "\"<&>\" " + names);
  CHECK(e.text == "<&>");
}

TEST_CASE("docx ooxml: a run keeps its text, turns tabs into w:tab and newlines into w:br", "[docx]") {
  CHECK(ooxml::run("", "x") == "<w:r><w:t xml:space=\"preserve\">x</w:t></w:r>");
  CHECK(ooxml::run("<w:b/>", "") == "<w:r><w:rPr><w:b/></w:rPr></w:r>");
  Element r = parse_fragment(ooxml::run("<w:i/>", " lead\tA & <B>\r\nNguyễn Thị Ánh "));
  const Element* run = r.child("w:r");
  REQUIRE(run);
  std::vector<std::string> kinds;
  for (const auto& c : run->children) kinds.push_back(c.name);
  CHECK(kinds == std::vector<std::string>{"w:rPr", "w:t", "w:tab", "w:t", "w:br", "w:t"});
  CHECK(run->child("w:rPr")->child("w:i"));
  auto ts = run->all("w:t");
  REQUIRE(ts.size() == 3);
  CHECK(ts[0]->text == " lead");  // spaces at either end kept (xml:space="preserve")
  CHECK(ts[1]->text == "A & <B>");  // the \r is dropped
  CHECK(ts[2]->text == "Nguyễn Thị Ánh ");
  for (const Element* t : ts) CHECK(t->get("xml:space") == "preserve");
}

TEST_CASE("docx ooxml: para, pstyle and rstyle", "[docx]") {
  CHECK(ooxml::para("", "") == "<w:p></w:p>");
  CHECK(ooxml::para(ooxml::pstyle("Heading1"), ooxml::run("", "T")) ==
        "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t xml:space=\"preserve\">T</w:t></w:r></w:p>");
  CHECK(ooxml::rstyle("Hyperlink") == "<w:rStyle w:val=\"Hyperlink\"/>");
  CHECK(ooxml::pstyle("a\"b") == "<w:pStyle w:val=\"a&quot;b\"/>");
  CHECK(ooxml::page_break() == "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>");
  CHECK(parse_fragment(ooxml::page_break()).all("w:br")[0]->get("w:type") == "page");
}

TEST_CASE("docx ooxml: a complex field is begin, instruction, separate, its result, end", "[docx]") {
  Element f = parse_fragment(ooxml::field(" TOC \\o \"1-2\" \\h ", ooxml::run("", "Right-click to update")));
  std::vector<std::string> seq;
  for (const Element* r : f.all("w:r")) {
    if (const Element* c = r->child("w:fldChar")) seq.push_back(c->get("w:fldCharType"));
    else if (const Element* i = r->child("w:instrText")) seq.push_back("instr:" + i->text);
    else seq.push_back("result:" + text_of(*r));
  }
  CHECK(seq == std::vector<std::string>{"begin", "instr: TOC \\o \"1-2\" \\h ", "separate",
                                        "result:Right-click to update", "end"});
  CHECK(f.all("w:instrText")[0]->get("xml:space") == "preserve");
}

TEST_CASE("docx: two tables that would touch get a separator, w:spacing goes where the schema wants it", "[docx]") {
  using tk::docx::ooxml::space_after_tables;
  CHECK(space_after_tables("<w:tbl>A</w:tbl><w:tbl>B</w:tbl>") ==
        "<w:tbl>A</w:tbl><w:p><w:pPr><w:pStyle w:val=\"TableSeparator\"/></w:pPr></w:p><w:tbl>B</w:tbl>");
  CHECK(space_after_tables("<w:tbl>A</w:tbl><w:p><w:r/></w:p>") ==
        "<w:tbl>A</w:tbl><w:p><w:pPr><w:spacing w:before=\"160\"/></w:pPr><w:r/></w:p>");
  CHECK(space_after_tables("<w:tbl>A</w:tbl><w:p><w:pPr><w:pStyle w:val=\"ListBullet\"/><w:numPr/><w:ind w:left=\"1\"/>"
                           "</w:pPr></w:p>") ==
        "<w:tbl>A</w:tbl><w:p><w:pPr><w:pStyle w:val=\"ListBullet\"/><w:numPr/><w:spacing w:before=\"160\"/>"
        "<w:ind w:left=\"1\"/></w:pPr></w:p>");
  const std::string heading = "<w:tbl>A</w:tbl><w:p><w:pPr><w:pStyle w:val=\"Heading2\"/></w:pPr></w:p>";
  CHECK(space_after_tables(heading) == heading);  // its style has more room before already
  CHECK(space_after_tables("<w:p/>x") == "<w:p/>x");
}

TEST_CASE("docx ooxml: the room after tables leaves paragraphs that have their own and text alone", "[docx]") {
  using tk::docx::ooxml::space_after_tables;
  for (const char* kept : {"<w:tbl>A</w:tbl><w:p><w:pPr><w:spacing w:before=\"400\"/></w:pPr></w:p>",
                           "<w:tbl>A</w:tbl><w:p><w:pPr><w:pStyle w:val=\"SignatureLine\"/></w:pPr></w:p>",
                           "<w:tbl>A</w:tbl><w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr></w:p>",
                           "<w:tbl>A</w:tbl>", "no table at all"})
    CHECK(space_after_tables(kept) == kept);
  // w:spacing before w:jc and w:rPr (CT_PPrBase order), after the style.
  CHECK(space_after_tables("<w:tbl>A</w:tbl><w:p><w:pPr><w:pStyle w:val=\"Quote\"/><w:jc w:val=\"center\"/><w:rPr/>"
                           "</w:pPr></w:p>") ==
        "<w:tbl>A</w:tbl><w:p><w:pPr><w:pStyle w:val=\"Quote\"/><w:spacing w:before=\"160\"/><w:jc w:val=\"center\"/>"
        "<w:rPr/></w:pPr></w:p>");
  // Three tables in a row: a separator between each pair, and the result is well-formed.
  std::string three = space_after_tables("<w:tbl></w:tbl><w:tbl></w:tbl><w:tbl></w:tbl><w:p></w:p>");
  Element e = parse_fragment(three);
  std::vector<std::string> order;
  for (const auto& c : e.children) order.push_back(c.name == "w:p" ? "p:" + pstyle(c) : c.name);
  CHECK(order == std::vector<std::string>{"w:tbl", "p:TableSeparator", "w:tbl", "p:TableSeparator", "w:tbl", "p:"});
  CHECK(e.children.back().child("w:pPr")->child("w:spacing")->get("w:before") == "160");
}
