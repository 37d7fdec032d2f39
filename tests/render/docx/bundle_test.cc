// The whole toolkit as one .docx: stages in order, each template once, unique tags, TOC field.
#include <catch2/catch.hpp>

#include <map>
#include <set>

#include "render/docx/docx_writer.h"
#include "render/docx/fixture.h"
#include "render/docx/test_support.h"
#include "render/docx/styles.h"

using namespace tk::test::docx;

namespace {

struct Bundle {
  tk::model::Site site = fixture_site();
  std::string docx = tk::docx::write_bundle(site, "");
  std::map<std::string, std::string> part = parts(docx);
  Element document = parse(part.at("word/document.xml"));

  /// (style, text) of every heading paragraph, in order.
  std::vector<std::string> headings() const {
    std::vector<std::string> out;
    for (const Element* p : document.all("w:p"))
      if (pstyle(*p).rfind("Heading", 0) == 0) out.push_back(pstyle(*p) + ":" + text_of(*p));
    return out;
  }
};

}  // namespace

TEST_CASE("docx bundle: every part is well-formed and the first page has no header", "[docx][bundle]") {
  Bundle b;
  for (const auto& [path, bytes] : b.part) {
    INFO(path);
    CHECK_NOTHROW(parse(bytes));
  }
  const Element& sect = b.document.child("w:body")->children.back();
  REQUIRE(sect.name == "w:sectPr");
  CHECK(sect.child("w:titlePg"));
  CHECK(sect.all("w:headerReference").size() == 2);
  CHECK(parse(b.part.at("word/settings.xml")).child("w:updateFields"));
  CHECK(parse(b.part.at("docProps/core.xml")).child("dc:title")->text == "Fixture Toolkit");
}

TEST_CASE("docx bundle: stages in order, each with its templates, a template on two stages once", "[docx][bundle]") {
  Bundle b;
  CHECK(b.headings() == std::vector<std::string>{
                            "Heading1:Getting Started", "Heading2:About this stage", "Heading2:Key activities",
                            "Heading2:Sample Form", "Heading3:Parties", "Heading4:Lists", "Heading5:Table",
                            "Heading1:Finishing", "Heading2:Key activities", "Heading2:Other Tool",
                            "Heading3:Part two", "Heading1:Other templates", "Heading2:Sample Job",
                            "Heading3:Part two"});
  // Stages and templates start on a new page.
  int breaks = 0;
  for (const Element* p : b.document.all("w:p"))
    if (const Element* ppr = p->child("w:pPr"))
      if (ppr->child("w:pageBreakBefore")) ++breaks;
  CHECK(breaks == 6);
  // The second stage points to the form placed under the first, inside the document.
  std::map<std::string, std::string> bookmarks;
  for (const Element* s : b.document.all("w:bookmarkStart")) bookmarks[s->get("w:name")] = s->get("w:id");
  bool see = false;
  for (const Element* p : b.document.all("w:p"))
    if (text_of(*p).rfind("Sample Form: see ", 0) == 0) {
      see = true;
      auto links = p->all("w:hyperlink");
      REQUIRE(links.size() == 1);
      CHECK(bookmarks.count(links[0]->get("w:anchor")));
      CHECK(text_of(*links[0]) == "Sample Form under Getting Started");
    }
  CHECK(see);
  // Key activities are a bullet list.
  std::string all;
  for (const Element* p : b.document.all("w:p")) all += pstyle(*p) + ":" + text_of(*p) + "\n";
  CHECK(all.find("ListBullet:Meet the partners.\nListBullet:Write a plan.\n") != std::string::npos);
}

TEST_CASE("docx bundle: every content control is kept with a unique tag <slug>.<field>", "[docx][bundle]") {
  Bundle b;
  std::multiset<std::string> tags;
  std::set<std::string> ids;
  for (const auto& c : controls(b.document)) {
    tags.insert(c.tag);
    ids.insert(c.id);
  }
  std::multiset<std::string> expected;
  for (const auto& f : b.site.find(tk::model::Kind::Tool, "sample-form")->fields)
    expected.insert("tool-sample-form." + f.name);  // its slug is also a job's: the kind tells them apart
  expected.insert("other.district");
  expected.insert("job-sample-form.district");
  CHECK(tags == expected);
  CHECK(ids.size() == tags.size());
  // Bookmark ids and control ids never collide.
  for (const Element* s : b.document.all("w:bookmarkStart")) CHECK_FALSE(ids.count(s->get("w:id")));
}

TEST_CASE("docx bundle: a TOC field lists the stages and templates, and links stay inside", "[docx][bundle]") {
  Bundle b;
  std::string instr;
  for (const Element* i : b.document.all("w:instrText")) instr += i->text;
  CHECK(instr == " TOC \\o \"1-2\" \\h \\z \\u ");
  std::vector<std::string> toc;
  for (const Element* p : b.document.all("w:p"))
    if (pstyle(*p) == "TOC1" || pstyle(*p) == "TOC2") toc.push_back(text_of(*p));
  CHECK(toc == std::vector<std::string>{"Getting Started", "About this stage", "Key activities", "Sample Form",
                                        "Finishing", "Key activities", "Other Tool", "Other templates",
                                        "Sample Job"});
  // fldChar begin / separate / end balance.
  int begin = 0, end = 0;
  for (const Element* f : b.document.all("w:fldChar")) {
    if (f->get("w:fldCharType") == "begin") ++begin;
    if (f->get("w:fldCharType") == "end") ++end;
  }
  CHECK(begin == 1);
  CHECK(end == 1);
  // The stage's link to the sample form points at its heading in the bundle; others stay external.
  std::set<std::string> names;
  for (const Element* s : b.document.all("w:bookmarkStart")) names.insert(s->get("w:name"));
  int internal = 0;
  for (const Element* h : b.document.all("w:hyperlink"))
    if (text_of(*h) == "sample form") {
      ++internal;
      CHECK(names.count(h->get("w:anchor")));
    }
  CHECK(internal == 1);
  CHECK(b.part.at("word/_rels/document.xml.rels").find("https://example.com/a?b=1&amp;c=2") != std::string::npos);
}

TEST_CASE("docx bundle: the same site gives the same bytes", "[docx][bundle]") {
  Bundle b;
  CHECK(tk::docx::write_bundle(b.site, "") == b.docx);
}
