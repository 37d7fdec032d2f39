// The .docx package around a body (render/docx/package.cc), opened with libzip and read part by part:
// content types, relationships, properties and dates, settings, header and footer, section properties.
#include <catch2/catch.hpp>

#include <cstdint>
#include <map>

#include "render/docx/ooxml.h"
#include "render/docx/package.h"
#include "render/docx/test_support.h"
#include "render/zip/archive.h"

using namespace tk::test::docx;

namespace {

constexpr std::int64_t kTime = 1793705400;  // 2026-11-03T11:30:00Z

tk::docx::PackageInfo info() {
  tk::docx::PackageInfo i;
  i.title = "Partnership \"Compact\" & <Plan>";
  i.description = "Who does what: Łukasz Dąbrowski, Nguyễn Thị Ánh";
  i.creator = "State Agency & Partners";
  i.language = "pl-PL";
  i.time = kTime;
  i.header = "Student Teaching Partnership Toolkit";
  i.footer = "Compact";
  i.footer_note = "https://example.org/toolkit/tools/compact/";
  return i;
}

const std::string kStyles = std::string(tk::docx::ooxml::kDecl) + "<w:styles xmlns:w=\"" + tk::docx::ooxml::kW + "\"/>";

/// Relationship Id -> (Type's last segment, Target, TargetMode).
std::map<std::string, std::vector<std::string>> rels(const std::string& xml) {
  std::map<std::string, std::vector<std::string>> out;
  const Element root = parse(xml);
  for (const Element* r : root.all("Relationship")) {
    std::string type = r->get("Type");
    out[r->get("Id")] = {type.substr(type.rfind('/') + 1), r->get("Target"), r->get("TargetMode")};
  }
  return out;
}

/// Part name -> content type: the overrides, and the defaults by extension.
std::string content_type(const Element& types, const std::string& part) {
  for (const Element* o : types.all("Override"))
    if (o->get("PartName") == "/" + part) return o->get("ContentType");
  for (const Element* d : types.all("Default"))
    if (part.size() > d->get("Extension").size() &&
        part.compare(part.size() - d->get("Extension").size(), std::string::npos, d->get("Extension")) == 0)
      return "default:" + d->get("ContentType");
  return "";
}

}  // namespace

TEST_CASE("docx package: the parts in a fixed order, each declared with its content type", "[docx]") {
  const std::string wml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
  tk::docx::PackageState plain("https://example.org/toolkit/");
  auto parts = tk::docx::package_parts(plain, "<w:p/>", kStyles, info());
  std::vector<std::string> names;
  for (const auto& [path, bytes] : parts) {
    INFO(path);
    names.push_back(path);
    CHECK_NOTHROW(parse(bytes));
    CHECK(bytes.rfind(tk::docx::ooxml::kDecl, 0) == 0);
  }
  CHECK(names == std::vector<std::string>{"[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
                                          "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml",
                                          "word/numbering.xml", "word/settings.xml", "word/header1.xml",
                                          "word/footer1.xml"});
  CHECK(parts[6].second == kStyles);  // the styles as given
  CHECK(parts[7].second == plain.numbering_xml());
  Element types = parse(parts[0].second);
  CHECK(types.get("xmlns") == "http://schemas.openxmlformats.org/package/2006/content-types");
  CHECK(content_type(types, "word/document.xml") == wml + "document.main+xml");
  CHECK(content_type(types, "word/styles.xml") == wml + "styles+xml");
  CHECK(content_type(types, "word/numbering.xml") == wml + "numbering+xml");
  CHECK(content_type(types, "word/settings.xml") == wml + "settings+xml");
  CHECK(content_type(types, "word/header1.xml") == wml + "header+xml");
  CHECK(content_type(types, "word/footer1.xml") == wml + "footer+xml");
  CHECK(content_type(types, "docProps/core.xml") == "application/vnd.openxmlformats-package.core-properties+xml");
  CHECK(content_type(types, "docProps/app.xml") ==
        "application/vnd.openxmlformats-officedocument.extended-properties+xml");
  CHECK(content_type(types, "_rels/.rels") == "default:application/vnd.openxmlformats-package.relationships+xml");
  CHECK(content_type(types, "word/_rels/document.xml.rels") ==
        "default:application/vnd.openxmlformats-package.relationships+xml");
  CHECK(content_type(types, "word/glossary/document.xml") == "default:application/xml");  // no override: no glossary
  CHECK(content_type(types, "word/header2.xml") == "default:application/xml");

  // With placeholders and a title page: the glossary and the first page's empty header and footer.
  tk::docx::PackageState full("https://example.org/toolkit/");
  full.placeholder("Enter district");
  auto i = info();
  i.title_page = true;
  auto more = tk::docx::package_parts(full, "<w:p/>", kStyles, i);
  names.clear();
  for (const auto& [path, bytes] : more) names.push_back(path);
  CHECK(names == std::vector<std::string>{"[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
                                          "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml",
                                          "word/numbering.xml", "word/settings.xml", "word/header1.xml",
                                          "word/footer1.xml", "word/header2.xml", "word/footer2.xml",
                                          "word/glossary/document.xml"});
  Element types2 = parse(more[0].second);
  for (const auto& [path, bytes] : more) {
    INFO(path);
    CHECK_FALSE(content_type(types2, path).empty());
  }
  CHECK(content_type(types2, "word/glossary/document.xml") == wml + "document.glossary+xml");
  CHECK(more.back().second == full.glossary_xml());
  CHECK(text_of(parse(more[11].second)).empty());
  CHECK(text_of(parse(more[12].second)).empty());
}

TEST_CASE("docx package: relationships name parts that are there, hyperlinks are external", "[docx]") {
  tk::docx::PackageState doc("https://example.org/toolkit/");
  doc.hyperlink("/tools/other/");
  doc.hyperlink("https://example.com/?a=1&b=\"2\"");
  doc.placeholder("Enter name");
  auto i = info();
  i.title_page = true;
  std::map<std::string, std::string> part;
  for (auto& [path, bytes] : tk::docx::package_parts(doc, "<w:p/>", kStyles, i)) part[path] = bytes;

  auto top = rels(part.at("_rels/.rels"));
  CHECK(top.size() == 3);
  CHECK(top["rId1"] == std::vector<std::string>{"officeDocument", "word/document.xml", ""});
  CHECK(top["rId2"] == std::vector<std::string>{"core-properties", "docProps/core.xml", ""});
  CHECK(top["rId3"] == std::vector<std::string>{"extended-properties", "docProps/app.xml", ""});
  for (const auto& [id, r] : top) CHECK(part.count(r[1]));

  auto word = rels(part.at("word/_rels/document.xml.rels"));
  CHECK(word.size() == 10);
  for (const auto& [id, r] : word) {
    INFO(id);
    if (r[0] == "hyperlink") {
      CHECK(r[2] == "External");
    } else {
      CHECK(r[2].empty());
      CHECK(part.count("word/" + r[1]));  // relative to word/
    }
  }
  CHECK(word["rLink1"] == std::vector<std::string>{"hyperlink", "https://example.org/toolkit/tools/other/", "External"});
  CHECK(word["rLink2"] == std::vector<std::string>{"hyperlink", "https://example.com/?a=1&b=\"2\"", "External"});
  CHECK(word["rId8"] == std::vector<std::string>{"glossaryDocument", "glossary/document.xml", ""});
  // The section properties point at the header and footer relationships: default and first page.
  Element document = parse(part.at("word/document.xml"));
  std::map<std::string, std::string> refs;
  for (const char* kind : {"w:headerReference", "w:footerReference"})
    for (const Element* r : document.all(kind)) refs[std::string(kind) + ":" + r->get("w:type")] = word[r->get("r:id")][1];
  CHECK(refs == std::map<std::string, std::string>{{"w:headerReference:default", "header1.xml"},
                                                   {"w:headerReference:first", "header2.xml"},
                                                   {"w:footerReference:default", "footer1.xml"},
                                                   {"w:footerReference:first", "footer2.xml"}});
  CHECK(document.all("w:titlePg").size() == 1);
}

TEST_CASE("docx package: core and app properties carry the title, publisher, language and the date in UTC", "[docx]") {
  tk::docx::PackageState doc("https://example.org/");
  std::map<std::string, std::string> part;
  for (auto& [path, bytes] : tk::docx::package_parts(doc, "<w:p/>", kStyles, info())) part[path] = bytes;
  Element core = parse(part.at("docProps/core.xml"));
  CHECK(core.name == "cp:coreProperties");
  CHECK(core.child("dc:title")->text == "Partnership \"Compact\" & <Plan>");
  CHECK(core.child("dc:description")->text == "Who does what: Łukasz Dąbrowski, Nguyễn Thị Ánh");
  CHECK(core.child("dc:creator")->text == "State Agency & Partners");
  CHECK(core.child("cp:lastModifiedBy")->text == "State Agency & Partners");
  CHECK(core.child("dc:language")->text == "pl-PL");
  CHECK(core.child("dcterms:created")->text == "2026-11-03T11:30:00Z");
  CHECK(core.child("dcterms:created")->get("xsi:type") == "dcterms:W3CDTF");
  CHECK(core.child("dcterms:modified")->text == "2026-11-03T11:30:00Z");
  Element app = parse(part.at("docProps/app.xml"));
  CHECK(app.child("Application")->text == "toolkitgen");
  CHECK(app.child("Company")->text == "State Agency & Partners");
  // No summary: no dc:description at all.
  auto bare = info();
  bare.description.clear();
  bare.time = 0;
  Element core2 = parse(tk::docx::package_parts(doc, "<w:p/>", kStyles, bare)[2].second);
  CHECK(core2.child("dc:description") == nullptr);
  CHECK(core2.child("dcterms:created")->text == "1970-01-01T00:00:00Z");
}

TEST_CASE("docx package: settings, header and footer", "[docx]") {
  tk::docx::PackageState doc("https://example.org/");
  auto i = info();
  std::map<std::string, std::string> part;
  for (auto& [path, bytes] : tk::docx::package_parts(doc, "<w:p/>", kStyles, i)) part[path] = bytes;
  Element settings = parse(part.at("word/settings.xml"));
  CHECK(settings.child("w:themeFontLang")->get("w:val") == "pl-PL");
  CHECK(settings.child("w:updateFields") == nullptr);
  CHECK(settings.child("w:compat")->child("w:compatSetting")->get("w:val") == "15");
  i.update_fields = true;  // the bundle's table of contents is updated on open
  Element asks = parse(tk::docx::package_parts(doc, "<w:p/>", kStyles, i)[8].second);
  CHECK(asks.child("w:updateFields")->get("w:val") == "true");

  Element header = parse(part.at("word/header1.xml"));
  CHECK(header.name == "w:hdr");
  CHECK(pstyle(header.children[0]) == "Header");
  CHECK(text_of(header) == "Student Teaching Partnership Toolkit");
  Element footer = parse(part.at("word/footer1.xml"));
  CHECK(footer.name == "w:ftr");
  REQUIRE(footer.children.size() == 2);
  CHECK(text_of(footer.children[0]) == "Compact\t\tPage 1 of 1");
  std::vector<std::string> instr;
  for (const Element* e : footer.all("w:instrText")) instr.push_back(e->text);
  CHECK(instr == std::vector<std::string>{" PAGE ", " NUMPAGES "});
  CHECK(text_of(footer.children[1]) == "https://example.org/toolkit/tools/compact/");
  i.footer_note.clear();
  CHECK(parse(tk::docx::package_parts(doc, "<w:p/>", kStyles, i)[10].second).children.size() == 1);
}

TEST_CASE("docx package: the body, then a paragraph after a final table, then US Letter section properties", "[docx]") {
  tk::docx::PackageState doc("https://example.org/");
  auto document = [&](const std::string& body) {
    return parse(tk::docx::package_parts(doc, body, kStyles, info())[4].second);
  };
  Element d = document("<w:p><w:r><w:t>Hi</w:t></w:r></w:p><w:tbl></w:tbl><w:p></w:p>");
  CHECK(d.name == "w:document");
  CHECK(d.get("mc:Ignorable") == "w14");
  const Element* body = d.child("w:body");
  std::vector<std::string> kinds;
  for (const auto& c : body->children) kinds.push_back(c.name);
  CHECK(kinds == std::vector<std::string>{"w:p", "w:tbl", "w:p", "w:sectPr"});
  CHECK(body->children[2].child("w:pPr")->child("w:spacing")->get("w:before") == "160");  // space_after_tables
  const Element& sect = body->children.back();
  CHECK(sect.child("w:pgSz")->get("w:w") == "12240");
  CHECK(sect.child("w:pgSz")->get("w:h") == "15840");
  for (const char* side : {"w:top", "w:right", "w:bottom", "w:left"}) CHECK(sect.child("w:pgMar")->get(side) == "1440");
  CHECK(sect.child("w:titlePg") == nullptr);
  // A body that ends with a table gets an empty paragraph before w:sectPr, as Word wants.
  Element t = document("<w:tbl></w:tbl>");
  kinds.clear();
  for (const auto& c : t.child("w:body")->children) kinds.push_back(c.name);
  CHECK(kinds == std::vector<std::string>{"w:tbl", "w:p", "w:sectPr"});
}

TEST_CASE("docx package: zipped deterministically, every entry stamped with the document's time", "[docx]") {
  tk::docx::PackageState doc("https://example.org/");
  doc.placeholder("Enter district");
  const auto parts = tk::docx::package_parts(doc, "<w:p/>", kStyles, info());
  const std::string docx = tk::docx::package(doc, "<w:p/>", kStyles, info());
  CHECK(tk::zip::read(docx) == parts);  // libzip reads back every part, in order
  CHECK(tk::docx::package(doc, "<w:p/>", kStyles, info()) == docx);
  // The local header of the first entry ([Content_Types].xml, as Word wants it first): DOS time and date.
  REQUIRE(docx.size() > 30);
  auto u16 = [&](std::size_t at) {
    return static_cast<std::uint16_t>(static_cast<unsigned char>(docx[at]) | (static_cast<unsigned char>(docx[at + 1]) << 8));
  };
  CHECK(docx.compare(0, 4, "PK\x03\x04") == 0);
  CHECK(u16(10) == ((11 << 11) | (30 << 5)));                // 11:30:00
  CHECK(u16(12) == (((2026 - 1980) << 9) | (11 << 5) | 3));  // 2026-11-03
  CHECK(docx.compare(30, u16(26), "[Content_Types].xml") == 0);
  auto later = info();
  later.time += 86400;
  CHECK(tk::docx::package(doc, "<w:p/>", kStyles, later) != docx);
}
