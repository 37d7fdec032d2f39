// A .docx template read back part by part: well-formed XML, content controls, styles, lists, tables,
// links, properties, page setup and determinism.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <set>

#include "render/docx/docx_writer.h"
#include "render/docx/styles.h"
#include "render/docx/fixture.h"
#include "render/docx/test_support.h"
#include "render/zip/archive.h"
#include "support/test_support.h"

using namespace tk::test::docx;

namespace {

struct Fixture {
  tk::model::Site site = fixture_site();
  const tk::model::Page& form = *site.find(tk::model::Kind::Tool, "sample-form");
  std::string docx = tk::docx::write_form(site, form, "");
  std::map<std::string, std::string> part = parts(docx);
  Element document = parse(part.at("word/document.xml"));
};

std::set<std::string> style_ids(const Element& styles, const std::string& type) {
  std::set<std::string> out;
  for (const Element* s : styles.all("w:style"))
    if (s->get("w:type") == type) out.insert(s->get("w:styleId"));
  return out;
}

}  // namespace

TEST_CASE("docx: a template has the OOXML parts in a fixed order, each well-formed", "[docx]") {
  Fixture f;
  CHECK(part_names(f.docx) == std::vector<std::string>{
                                  "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
                                  "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml",
                                  "word/numbering.xml", "word/settings.xml", "word/header1.xml", "word/footer1.xml",
                                  "word/glossary/document.xml"});
  for (const auto& [path, bytes] : f.part) {
    INFO(path);
    CHECK_NOTHROW(parse(bytes));
  }
  // Every part is declared in [Content_Types].xml.
  Element types = parse(f.part.at("[Content_Types].xml"));
  std::set<std::string> overridden;
  for (const Element* o : types.all("Override")) overridden.insert(o->get("PartName"));
  for (const auto& [path, bytes] : f.part)
    if (path.find(".rels") == std::string::npos && path != "[Content_Types].xml") CHECK(overridden.count("/" + path));
  CHECK(f.document.get("mc:Ignorable") == "w14");
}

TEST_CASE("docx: the checker finds XML that is not well-formed", "[docx]") {
  CHECK_THROWS(parse("<a><b></a></b>"));
  CHECK_THROWS(parse("<a x=\"1\" x=\"2\"/>"));
  CHECK_THROWS(parse("<a>&nbsp;</a>"));
  CHECK_THROWS(parse("<w:a/>"));  // undeclared prefix
  CHECK_THROWS(parse("<a/><b/>"));
  CHECK_NOTHROW(parse("<?xml version=\"1.0\"?>\n<w:a xmlns:w=\"u\"><w:b w:c=\"&amp;&#x41;\">t</w:b></w:a>"));
}

TEST_CASE("docx: every field is a content control tagged with its name and labelled", "[docx]") {
  Fixture f;
  auto cs = controls(f.document);
  REQUIRE(cs.size() == f.form.fields.size());
  std::set<std::string> ids;
  for (std::size_t i = 0; i < cs.size(); ++i) {
    INFO(f.form.fields[i].name);
    CHECK(cs[i].tag == f.form.fields[i].name);  // in reading order
    CHECK(cs[i].alias == f.form.fields[i].label);
    CHECK_FALSE(cs[i].id.empty());
    ids.insert(cs[i].id);
    if (cs[i].type != "checkbox") {
      CHECK(cs[i].placeholder);
      CHECK(cs[i].content_style == "PlaceholderText");
      CHECK_FALSE(cs[i].content.empty());
    }
  }
  CHECK(ids.size() == cs.size());

  auto by_tag = [&](const std::string& tag) {
    for (const auto& c : cs)
      if (c.tag == tag) return c;
    FAIL("no control " << tag);
    return Control{};
  };
  CHECK(by_tag("district").type == "text");
  CHECK(by_tag("district").content == "Enter district");
  CHECK(by_tag("reference_number").type == "text");
  CHECK(by_tag("lead_name").type == "multiline");
  CHECK(by_tag("lead_name").content == "Enter name");  // says what its column asks for
  CHECK(by_tag("shared_goals").type == "multiline");
  CHECK(by_tag("shared_goals").content == "List two goals.");  // the help text
  CHECK(by_tag("start_date").type == "date");
  CHECK(by_tag("director_signature").type == "text");
  auto agree = by_tag("agree_to_terms"), share = by_tag("share_data"), approved = by_tag("approved");
  CHECK(agree.type == "checkbox");
  CHECK_FALSE(agree.checked);
  CHECK(agree.content == "\xE2\x98\x90");  // ☐
  CHECK(share.checked);
  CHECK(share.content == "\xE2\x98\x92");  // ☒
  CHECK(approved.type == "checkbox");

  const Element* date = by_tag("start_date").sdt->child("w:sdtPr")->child("w:date");
  REQUIRE(date);
  CHECK(date->child("w:dateFormat")->get("w:val") == "M/d/yyyy");
  CHECK(date->child("w:lid")->get("w:val") == "en-US");
  const Element* box = by_tag("share_data").sdt->child("w:sdtPr")->child("w14:checkbox");
  CHECK(box->child("w14:checkedState")->get("w14:val") == "2612");
  CHECK(box->child("w14:uncheckedState")->get("w14:val") == "2610");
}

TEST_CASE("docx: table blanks sit in their cells, the signature over a line with its label under it", "[docx]") {
  Fixture f;
  auto tables = f.document.all("w:tbl");
  REQUIRE(tables.size() >= 1);
  std::vector<std::string> in_table;
  for (const auto& c : controls(*tables[0])) in_table.push_back(c.tag);
  CHECK(in_table == std::vector<std::string>{"lead_name", "phone"});
  for (const Element* tc : tables[0]->all("w:tc")) CHECK(tc->child("w:p"));  // every cell has a paragraph

  auto paras = f.document.all("w:p");
  bool found = false;
  for (std::size_t i = 0; i + 1 < paras.size(); ++i) {
    auto cs = controls(*paras[i]);
    if (cs.size() == 1 && cs[0].tag == "director_signature") {
      found = true;
      CHECK(pstyle(*paras[i]) == "SignatureLine");
      CHECK(pstyle(*paras[i + 1]) == "SignatureCaption");
      CHECK(text_of(*paras[i + 1]) == "Director signature");
    }
  }
  CHECK(found);
  Element styles = parse(f.part.at("word/styles.xml"));
  bool line = false;
  for (const Element* s : styles.all("w:style"))
    if (s->get("w:styleId") == "SignatureLine") line = !s->all("w:bottom").empty();
  CHECK(line);
}

TEST_CASE("docx: placeholders are glossary building blocks, as Word writes them", "[docx]") {
  Fixture f;
  Element glossary = parse(f.part.at("word/glossary/document.xml"));
  CHECK(glossary.name == "w:glossaryDocument");
  std::map<std::string, std::string> parts;  // docPart name -> its text
  for (const Element* d : glossary.all("w:docPart")) {
    const Element* pr = d->child("w:docPartPr");
    REQUIRE(pr);
    std::string name = pr->child("w:name")->get("w:val");
    CHECK(name.size() == 32);
    CHECK(pr->child("w:category")->child("w:gallery")->get("w:val") == "placeholder");
    CHECK(pr->child("w:types")->child("w:type")->get("w:val") == "bbPlcHdr");
    CHECK(pr->child("w:guid")->get("w:val").size() == 38);
    CHECK_FALSE(parts.count(name));
    parts[name] = text_of(*d->child("w:docPartBody"));
  }
  int declared = 0;
  for (const auto& c : controls(f.document)) {
    INFO(c.tag);
    const Element* pr = c.sdt->child("w:sdtPr");
    const Element* ph = pr->child("w:placeholder");
    CHECK(c.placeholder == (c.type != "checkbox"));
    CHECK((ph != nullptr) == c.placeholder);
    if (!ph) continue;
    std::string name = ph->child("w:docPart")->get("w:val");
    REQUIRE(parts.count(name));
    CHECK(parts[name] == c.content);  // Word puts this text back when the control is cleared
    ++declared;
  }
  CHECK(declared >= 5);
  CHECK(f.part.at("word/_rels/document.xml.rels").find("relationships/glossaryDocument\" Target=\"glossary/document.xml\"") !=
        std::string::npos);
  CHECK(f.part.at("[Content_Types].xml").find("/word/glossary/document.xml\" ContentType=\"application/vnd."
                                               "openxmlformats-officedocument.wordprocessingml.document.glossary+xml\"") !=
        std::string::npos);
}

TEST_CASE("docx: no empty paragraph makes room, the paragraph after a table is spaced by its properties", "[docx]") {
  Fixture f;
  const Element* body = f.document.child("w:body");
  REQUIRE(body);
  int after_table = 0;
  for (std::size_t i = 0; i < body->children.size(); ++i) {
    const Element& e = body->children[i];
    if (e.name != "w:p") continue;
    INFO("body element " << i);
    bool last = i + 2 == body->children.size();  // Word wants a paragraph before a final w:sectPr
    CHECK((text_of(e) != "" || !e.all("w:sdt").empty() || !e.all("w:br").empty() || last));
    if (i > 0 && body->children[i - 1].name == "w:tbl" && !last) {
      ++after_table;
      std::string style = pstyle(e);
      const Element* sp = e.child("w:pPr") ? e.child("w:pPr")->child("w:spacing") : nullptr;
      if (style.rfind("Heading", 0) != 0) {
        REQUIRE(sp);
        CHECK(std::stoi(sp->get("w:before")) >= 160);
      }
    }
  }
  CHECK(after_table >= 2);
  CHECK(f.part.at("word/styles.xml").find("TableSpacer") == std::string::npos);
}

TEST_CASE("docx: styles are named and every style the body uses is defined", "[docx]") {
  Fixture f;
  Element styles = parse(f.part.at("word/styles.xml"));
  std::map<std::string, std::string> names;
  for (const Element* s : styles.all("w:style")) names[s->child("w:name")->get("w:val")] = s->get("w:type");
  for (const char* n : {"Normal", "Title", "heading 1", "heading 2", "heading 3", "List Bullet", "List Number",
                        "List Paragraph", "Quote", "Source Code", "Table Grid", "header", "footer"})
    CHECK(names[n] == (std::string(n) == "Table Grid" ? "table" : "paragraph"));
  CHECK(names["Hyperlink"] == "character");
  CHECK(names["Placeholder Text"] == "character");

  auto paragraph = style_ids(styles, "paragraph"), character = style_ids(styles, "character"),
       table = style_ids(styles, "table");
  for (const Element* e : f.document.all("w:pStyle")) CHECK(paragraph.count(e->get("w:val")));
  for (const Element* e : f.document.all("w:rStyle")) CHECK(character.count(e->get("w:val")));
  for (const Element* e : f.document.all("w:tblStyle")) CHECK(table.count(e->get("w:val")));

  // Headings: the title, then "## Parties" as Heading 1, "### Lists" as Heading 2, "#### Table" as Heading 3.
  std::vector<std::string> heads;
  for (const Element* p : f.document.all("w:p"))
    if (pstyle(*p) == "Title" || pstyle(*p).rfind("Heading", 0) == 0) heads.push_back(pstyle(*p) + ":" + text_of(*p));
  CHECK(heads == std::vector<std::string>{"Title:Sample Form", "Heading1:Parties", "Heading2:Lists", "Heading3:Table"});
}

TEST_CASE("docx: lists use numbering.xml, nest by level and restart", "[docx]") {
  Fixture f;
  Element numbering = parse(f.part.at("word/numbering.xml"));
  std::set<std::string> nums;
  for (const Element* n : numbering.all("w:num")) nums.insert(n->get("w:numId"));
  std::vector<std::pair<std::string, std::string>> items;  // text -> numId:ilvl
  for (const Element* p : f.document.all("w:p")) {
    const Element* ppr = p->child("w:pPr");
    const Element* num = ppr ? ppr->child("w:numPr") : nullptr;
    if (!num) continue;
    std::string id = num->child("w:numId")->get("w:val"), lvl = num->child("w:ilvl")->get("w:val");
    CHECK(nums.count(id));
    items.emplace_back(text_of(*p), id + ":" + lvl);
  }
  REQUIRE(items.size() == 7);
  std::map<std::string, std::string> m(items.begin(), items.end());
  CHECK(m["One"] == m["Two"]);
  CHECK(m["One"].substr(m["One"].size() - 2) == ":0");
  CHECK(m["Three"].substr(m["Three"].size() - 2) == ":1");  // nested one level down
  CHECK(m["Three"] == m["Four"]);
  CHECK(m["First"] != m["Again from one"]);  // a new list restarts at its own numbering
  CHECK(m["First"] == m["Second"]);
  // The nested list starts at 3.
  std::string three_num = m["Three"].substr(0, m["Three"].find(':'));
  std::string abstract;
  for (const Element* n : numbering.all("w:num"))
    if (n->get("w:numId") == three_num) abstract = n->child("w:abstractNumId")->get("w:val");
  for (const Element* a : numbering.all("w:abstractNum"))
    if (a->get("w:abstractNumId") == abstract)
      for (const Element* l : a->all("w:lvl"))
        if (l->get("w:ilvl") == "1") CHECK(l->child("w:start")->get("w:val") == "3");
  // A paragraph that continues an item is indented under it, without a number.
  for (const Element* p : f.document.all("w:p"))
    if (text_of(*p) == "More on second") CHECK(pstyle(*p) == "ListContinue");
}

TEST_CASE("docx: tables have a grid style, a repeating header row and column alignment", "[docx]") {
  Fixture f;
  const Element* tbl = f.document.all("w:tbl")[0];
  CHECK(tbl->child("w:tblPr")->child("w:tblStyle")->get("w:val") == "TableGrid");
  auto rows = tbl->all("w:tr");
  REQUIRE(rows.size() == 2);
  CHECK(rows[0]->child("w:trPr")->child("w:tblHeader"));
  CHECK_FALSE(rows[1]->child("w:trPr")->child("w:tblHeader"));
  CHECK(tbl->child("w:tblGrid")->all("w:gridCol").size() == 3);
  auto cells = rows[0]->all("w:tc");
  CHECK(text_of(*cells[0]) == "Role");
  CHECK(pstyle(*cells[0]->child("w:p")) == "TableHeading");
  CHECK(cells[1]->child("w:p")->child("w:pPr")->child("w:jc")->get("w:val") == "center");
  CHECK(cells[2]->child("w:p")->child("w:pPr")->child("w:jc")->get("w:val") == "right");
}

TEST_CASE("docx: links are absolute external hyperlinks with the Hyperlink style", "[docx]") {
  Fixture f;
  Element rels = parse(f.part.at("word/_rels/document.xml.rels"));
  std::map<std::string, const Element*> by_id;
  for (const Element* r : rels.all("Relationship")) by_id[r->get("Id")] = r;
  std::set<std::string> targets;
  for (const Element* h : f.document.all("w:hyperlink")) {
    REQUIRE(by_id.count(h->get("r:id")));
    const Element* r = by_id[h->get("r:id")];
    CHECK(r->get("TargetMode") == "External");
    CHECK(r->get("Type").find("/hyperlink") != std::string::npos);
    targets.insert(r->get("Target"));
    for (const Element* rs : h->all("w:rStyle")) CHECK(rs->get("w:val") == "Hyperlink");
  }
  CHECK(targets == std::set<std::string>{"https://example.org/toolkit/tools/other/#part-two",
                                         "https://example.com/a?b=1&c=2",
                                         "https://example.org/toolkit/assets/img/chart.png"});
  for (const Element* h : f.document.all("w:hyperlink"))
    if (h->get("w:tooltip") == "Outside") CHECK(text_of(*h) == "an outside page");
}

TEST_CASE("docx: inline formatting, quotes, code and special characters survive", "[docx]") {
  Fixture f;
  std::string all;
  for (const Element* p : f.document.all("w:p")) all += text_of(*p) + "\n";
  CHECK(all.find("Quoted & <special> \"chars\"") != std::string::npos);
  CHECK(all.find("x < y") != std::string::npos);
  CHECK(all.find("line 1") != std::string::npos);
  CHECK(all.find("\tline 2") != std::string::npos);
  CHECK(all.find("Image: A chart") != std::string::npos);
  bool bold_italic = false, strike = false;
  for (const Element* r : f.document.all("w:r")) {
    const Element* rpr = r->child("w:rPr");
    if (!rpr) continue;
    if (text_of(*r) == "both") bold_italic = rpr->child("w:b") && rpr->child("w:i");
    if (text_of(*r) == "struck") strike = rpr->child("w:strike") != nullptr;
  }
  CHECK(bold_italic);
  CHECK(strike);
  for (const Element* p : f.document.all("w:p"))
    if (text_of(*p).find("Quoted") == 0) CHECK(pstyle(*p) == "Quote");
}

TEST_CASE("docx: properties, US Letter, header and footer with page numbers", "[docx]") {
  Fixture f;
  Element core = parse(f.part.at("docProps/core.xml"));
  CHECK(core.child("dc:title")->text == "Sample Form");
  CHECK(core.child("dc:creator")->text == "Fixture Agency");
  CHECK(core.child("dc:language")->text == "en-US");
  CHECK(core.child("dcterms:created")->text == "2026-11-02T00:00:00Z");
  CHECK(core.child("dcterms:modified")->text == "2026-11-02T00:00:00Z");
  CHECK(parse(f.part.at("docProps/app.xml")).child("Company")->text == "Fixture Agency");

  const Element* sect = f.document.child("w:body")->children.back().name == "w:sectPr"
                            ? &f.document.child("w:body")->children.back() : nullptr;
  REQUIRE(sect);
  CHECK(sect->child("w:pgSz")->get("w:w") == "12240");
  CHECK(sect->child("w:pgSz")->get("w:h") == "15840");
  CHECK(sect->all("w:headerReference").size() == 1);
  CHECK(sect->all("w:footerReference").size() == 1);

  Element footer = parse(f.part.at("word/footer1.xml"));
  std::string instr;
  for (const Element* i : footer.all("w:instrText")) instr += i->text;
  CHECK(instr == " PAGE  NUMPAGES ");
  CHECK(text_of(footer).find("https://example.org/toolkit/tools/sample-form/") != std::string::npos);
  CHECK(text_of(parse(f.part.at("word/header1.xml"))) == "Fixture Toolkit");
}

TEST_CASE("docx: the same page gives the same bytes, whatever the time zone", "[docx]") {
  Fixture f;
  CHECK(tk::docx::write_form(f.site, f.form, "") == f.docx);
  const char* old = std::getenv("TZ");
  std::string saved = old ? old : "";
  setenv("TZ", "America/New_York", 1);
  tzset();
  std::string ny = tk::docx::write_form(f.site, f.form, "");
  if (old) setenv("TZ", saved.c_str(), 1);
  else unsetenv("TZ");
  tzset();
  CHECK(ny == f.docx);
}

TEST_CASE("docx: a field index the page does not have is an error", "[docx]") {
  Fixture f;
  tk::model::Page bad = f.form;
  bad.fields.pop_back();
  CHECK_THROWS_AS(tk::docx::write_form(f.site, bad, ""), std::runtime_error);
}

TEST_CASE("docx: a theme's reference.docx supplies the styles, completed with the default theme's", "[docx]") {
  Fixture f;
  tk::test::TempDir theme;
  std::string ref_styles =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
      "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Georgia\" w:hAnsi=\"Georgia\"/></w:rPr></w:rPrDefault>"
      "</w:docDefaults><w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Standard\"><w:name w:val=\"Normal\"/>"
      "</w:style><w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:rPr>"
      "<w:color w:val=\"C00000\"/></w:rPr></w:style></w:styles>";
  std::string ref = tk::zip::write({{"[Content_Types].xml", "<Types/>"}, {"word/styles.xml", ref_styles}});
  theme.write("reference.docx", ref);

  std::string docx = tk::docx::write_form(f.site, f.form, theme.path());
  std::string styles_xml = parts(docx).at("word/styles.xml");
  Element styles = parse(styles_xml);
  CHECK(styles_xml.find("Georgia") != std::string::npos);
  int heading1 = 0, default_paragraphs = 0;
  for (const Element* s : styles.all("w:style")) {
    if (s->get("w:styleId") == "Heading1") {
      ++heading1;
      CHECK(s->all("w:color")[0]->get("w:val") == "C00000");  // the reference's, not ours
    }
    if (s->get("w:type") == "paragraph" && s->get("w:default") == "1") ++default_paragraphs;
  }
  CHECK(heading1 == 1);
  CHECK(default_paragraphs == 1);  // our Normal is not added beside the reference's default
  auto ids = style_ids(styles, "character");
  CHECK(ids.count("PlaceholderText"));  // missing from the reference: the default theme's is added
  // Without a reference.docx, the default theme's.
  tk::test::TempDir empty;
  CHECK(parts(tk::docx::write_form(f.site, f.form, empty.path())).at("word/styles.xml") ==
        tk::docx::styles_for(std::string(TK_SOURCE_DIR) + "/themes/default", "en-US"));
  // A reference.docx that is not a zip is an error.
  tk::test::TempDir broken;
  broken.write("reference.docx", "not a zip");
  CHECK_THROWS_AS(tk::docx::write_form(f.site, f.form, broken.path()), std::runtime_error);
}
