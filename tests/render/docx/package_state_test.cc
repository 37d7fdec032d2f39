// The state of one .docx being written (render/docx/package_state.cc): ids, hyperlink relationships,
// word/numbering.xml and the placeholders' glossary, read back as XML.
#include <catch2/catch.hpp>

#include <set>

#include "render/docx/package_state.h"
#include "render/docx/test_support.h"

using namespace tk::test::docx;
using tk::docx::PackageState;

namespace {

/// numbering.xml's abstract definition of a numId, by level: (numFmt, start, lvlText).
std::map<std::string, std::vector<std::string>> levels_of(const Element& numbering, int num_id) {
  std::string abstract;
  for (const Element* n : numbering.all("w:num"))
    if (n->get("w:numId") == std::to_string(num_id)) abstract = n->child("w:abstractNumId")->get("w:val");
  std::map<std::string, std::vector<std::string>> out;
  for (const Element* a : numbering.all("w:abstractNum"))
    if (a->get("w:abstractNumId") == abstract)
      for (const Element* l : a->all("w:lvl"))
        out[l->get("w:ilvl")] = {l->child("w:numFmt")->get("w:val"), l->child("w:start")->get("w:val"),
                                 l->child("w:lvlText")->get("w:val")};
  return out;
}

}  // namespace

TEST_CASE("docx package state: ids are fresh, site paths become absolute", "[docx]") {
  PackageState doc("https://example.org/toolkit/");
  CHECK(doc.next_id() == 1);
  CHECK(doc.next_id() == 2);
  CHECK(doc.absolute("/tools/compact/#parties") == "https://example.org/toolkit/tools/compact/#parties");
  CHECK(doc.absolute("https://other.example/x") == "https://other.example/x");
  CHECK(doc.absolute("mailto:help@example.org") == "mailto:help@example.org");
}

TEST_CASE("docx package state: one hyperlink relationship per absolute address, in first-use order", "[docx]") {
  PackageState doc("https://example.org/toolkit/");
  CHECK(doc.hyperlinks().empty());
  CHECK(doc.hyperlink("/tools/a/") == "rLink1");
  CHECK(doc.hyperlink("https://example.com/?a=1&b=2") == "rLink2");
  CHECK(doc.hyperlink("https://example.org/toolkit/tools/a/") == "rLink1");  // the same address, written out
  CHECK(doc.hyperlink("/tools/a/") == "rLink1");
  CHECK(doc.hyperlink("/tools/a/#x") == "rLink3");
  CHECK(doc.hyperlinks() == std::vector<std::pair<std::string, std::string>>{
                                {"rLink1", "https://example.org/toolkit/tools/a/"},
                                {"rLink2", "https://example.com/?a=1&b=2"},
                                {"rLink3", "https://example.org/toolkit/tools/a/#x"}});
}

TEST_CASE("docx package state: numbering.xml has the bullets, the base numbers and each list that restarts", "[docx]") {
  PackageState doc("https://example.org/");
  Element base = parse(doc.numbering_xml());
  CHECK(base.name == "w:numbering");
  CHECK(base.all("w:num").size() == 2);
  auto bullets = levels_of(base, PackageState::kBulletNum);
  REQUIRE(bullets.size() == 9);
  CHECK(bullets["0"] == std::vector<std::string>{"bullet", "1", "\xE2\x80\xA2"});  // •
  CHECK(bullets["1"] == std::vector<std::string>{"bullet", "1", "\xE2\x97\xA6"});  // ◦
  CHECK(bullets["2"] == std::vector<std::string>{"bullet", "1", "\xE2\x96\xAA"});  // ▪
  CHECK(bullets["3"][2] == "\xE2\x80\xA2");
  auto numbers = levels_of(base, PackageState::kNumberNum);
  CHECK(numbers["0"] == std::vector<std::string>{"decimal", "1", "%1."});
  CHECK(numbers["1"] == std::vector<std::string>{"lowerLetter", "1", "%2."});
  CHECK(numbers["2"] == std::vector<std::string>{"lowerRoman", "1", "%3."});
  // Each level indented half an inch more, the marker hanging.
  for (const Element* a : base.all("w:abstractNum"))
    for (const Element* l : a->all("w:lvl")) {
      int ilvl = std::stoi(l->get("w:ilvl"));
      const Element* ind = l->child("w:pPr")->child("w:ind");
      CHECK(ind->get("w:left") == std::to_string(720 * (ilvl + 1)));
      CHECK(ind->get("w:hanging") == "360");
    }

  // New lists: numIds 3, 4, ..., each its own abstract definition, starting where asked on its level.
  CHECK(doc.new_ordered_list(0, 1) == 3);
  CHECK(doc.new_ordered_list(1, 5) == 4);
  CHECK(doc.new_ordered_list(20, 2) == 5);  // a level past Word's nine is the ninth
  CHECK(doc.new_ordered_list(-1, -4) == 6);  // a negative level is the first, a negative start 0
  Element numbering = parse(doc.numbering_xml());
  std::set<std::string> abstracts;
  for (const Element* n : numbering.all("w:num")) abstracts.insert(n->child("w:abstractNumId")->get("w:val"));
  CHECK(abstracts.size() == 6);  // so each list restarts in Word, LibreOffice and pandoc
  CHECK(levels_of(numbering, 3)["0"][1] == "1");
  auto second = levels_of(numbering, 4);
  CHECK(second["1"] == std::vector<std::string>{"lowerLetter", "5", "%2."});
  CHECK(second["0"][1] == "1");
  CHECK(levels_of(numbering, 5)["8"][1] == "2");
  CHECK(levels_of(numbering, 6)["0"][1] == "0");
}

TEST_CASE("docx package state: placeholders are named as Word names building blocks, one per text", "[docx]") {
  PackageState doc("https://example.org/");
  CHECK_FALSE(doc.has_glossary());
  CHECK(doc.glossary_xml().empty());
  const std::string a = doc.placeholder("Enter district");
  const std::string b = doc.placeholder("Enter Nguyễn Thị Ánh's school & <unit>");
  CHECK(a.size() == 32);
  CHECK(a.find_first_not_of("0123456789ABCDEF") == std::string::npos);
  CHECK(a != b);
  CHECK(doc.placeholder("Enter district") == a);  // the same text, the same block
  CHECK(PackageState("https://other.example/").placeholder("Enter district") == a);  // stable across documents
  CHECK(doc.has_glossary());

  Element glossary = parse(doc.glossary_xml());
  CHECK(glossary.name == "w:glossaryDocument");
  auto parts = glossary.all("w:docPart");
  REQUIRE(parts.size() == 2);
  std::vector<std::string> names, texts;
  for (const Element* d : parts) {
    const Element* pr = d->child("w:docPartPr");
    names.push_back(pr->child("w:name")->get("w:val"));
    texts.push_back(text_of(*d->child("w:docPartBody")));
    CHECK(pr->child("w:category")->child("w:name")->get("w:val") == "General");
    CHECK(pr->child("w:category")->child("w:gallery")->get("w:val") == "placeholder");
    CHECK(pr->child("w:types")->child("w:type")->get("w:val") == "bbPlcHdr");
    CHECK(pr->child("w:behaviors")->child("w:behavior")->get("w:val") == "content");
    const std::string guid = pr->child("w:guid")->get("w:val");
    const std::string n = names.back();
    CHECK(guid == "{" + n.substr(0, 8) + "-" + n.substr(8, 4) + "-" + n.substr(12, 4) + "-" + n.substr(16, 4) + "-" +
                      n.substr(20) + "}");
    CHECK(d->child("w:docPartBody")->all("w:rStyle")[0]->get("w:val") == "PlaceholderText");
  }
  CHECK(names == std::vector<std::string>{a, b});  // in first-use order
  CHECK(texts == std::vector<std::string>{"Enter district", "Enter Nguyễn Thị Ánh's school & <unit>"});
}

TEST_CASE("docx package state: many placeholder texts never share a name", "[docx]") {
  PackageState doc("https://example.org/");
  std::set<std::string> names;
  for (int i = 0; i < 2000; ++i) names.insert(doc.placeholder("Enter answer " + std::to_string(i)));
  CHECK(names.size() == 2000);
}
