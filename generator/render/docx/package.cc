// The .docx package parts around the body, zipped in a fixed order with fixed timestamps.
#include "render/docx/package.h"

#include "core/text.h"
#include "render/docx/ooxml.h"
#include "render/zip/archive.h"

namespace tk::docx {

namespace {

using ooxml::esc;

const std::string kRelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
const std::string kWml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

std::string rel(const std::string& id, const std::string& type, const std::string& target, bool external = false) {
  return "<Relationship Id=\"" + id + "\" Type=\"" + type + "\" Target=\"" + esc(target) + "\"" +
         (external ? " TargetMode=\"External\"" : "") + "/>";
}

std::string override_type(const std::string& part, const std::string& type) {
  return "<Override PartName=\"" + part + "\" ContentType=\"" + type + "\"/>";
}

std::string content_types(bool title_page, bool glossary) {
  std::string out = ooxml::kDecl;
  out += "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
         "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
         "<Default Extension=\"xml\" ContentType=\"application/xml\"/>";
  out += override_type("/word/document.xml", kWml + "document.main+xml");
  out += override_type("/word/styles.xml", kWml + "styles+xml");
  out += override_type("/word/numbering.xml", kWml + "numbering+xml");
  out += override_type("/word/settings.xml", kWml + "settings+xml");
  out += override_type("/word/header1.xml", kWml + "header+xml");
  out += override_type("/word/footer1.xml", kWml + "footer+xml");
  if (title_page) {
    out += override_type("/word/header2.xml", kWml + "header+xml");
    out += override_type("/word/footer2.xml", kWml + "footer+xml");
  }
  if (glossary) out += override_type("/word/glossary/document.xml", kWml + "document.glossary+xml");
  out += override_type("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
  out += override_type("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml");
  out += "</Types>";
  return out;
}

std::string package_rels() {
  std::string out = ooxml::kDecl;
  out += "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
  out += rel("rId1", kRelNs + "officeDocument", "word/document.xml");
  out += rel("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
             "docProps/core.xml");
  out += rel("rId3", kRelNs + "extended-properties", "docProps/app.xml");
  out += "</Relationships>";
  return out;
}

std::string document_rels(const PackageState& doc, bool title_page) {
  std::string out = ooxml::kDecl;
  out += "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
  out += rel("rId1", kRelNs + "styles", "styles.xml");
  out += rel("rId2", kRelNs + "numbering", "numbering.xml");
  out += rel("rId3", kRelNs + "settings", "settings.xml");
  out += rel("rId4", kRelNs + "header", "header1.xml");
  out += rel("rId5", kRelNs + "footer", "footer1.xml");
  if (title_page) {
    out += rel("rId6", kRelNs + "header", "header2.xml");
    out += rel("rId7", kRelNs + "footer", "footer2.xml");
  }
  if (doc.has_glossary()) out += rel("rId8", kRelNs + "glossaryDocument", "glossary/document.xml");
  for (const auto& [id, url] : doc.hyperlinks()) out += rel(id, kRelNs + "hyperlink", url, true);
  out += "</Relationships>";
  return out;
}

std::string core_props(const PackageInfo& info) {
  std::string when = text::w3cdtf(info.time);
  std::string out = ooxml::kDecl;
  out += "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
         "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
         "xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">";
  out += "<dc:title>" + esc(info.title) + "</dc:title>";
  out += "<dc:creator>" + esc(info.creator) + "</dc:creator>";
  if (!info.description.empty()) out += "<dc:description>" + esc(info.description) + "</dc:description>";
  out += "<cp:lastModifiedBy>" + esc(info.creator) + "</cp:lastModifiedBy>";
  out += "<dc:language>" + esc(info.language) + "</dc:language>";
  out += "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + when + "</dcterms:created>";
  out += "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + when + "</dcterms:modified>";
  out += "</cp:coreProperties>";
  return out;
}

std::string app_props(const PackageInfo& info) {
  std::string out = ooxml::kDecl;
  out += "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" "
         "xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
         "<Application>toolkitgen</Application><DocSecurity>0</DocSecurity>";
  out += "<Company>" + esc(info.creator) + "</Company>";
  out += "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
         "<HyperlinksChanged>false</HyperlinksChanged></Properties>";
  return out;
}

std::string settings(const PackageInfo& info) {
  std::string out = ooxml::kDecl;
  out += "<w:settings xmlns:w=\"" + std::string(ooxml::kW) + "\"><w:zoom w:percent=\"100\"/>";
  out += "<w:defaultTabStop w:val=\"720\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>";
  if (info.update_fields) out += "<w:updateFields w:val=\"true\"/>";
  out += "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" "
         "w:val=\"15\"/></w:compat>";
  out += "<w:themeFontLang w:val=\"" + esc(info.language) + "\"/>";
  out += "<w:decimalSymbol w:val=\".\"/><w:listSeparator w:val=\",\"/></w:settings>";
  return out;
}

std::string hdr_ftr(const char* root, const std::string& paras) {
  return std::string(ooxml::kDecl) + "<w:" + root + " xmlns:w=\"" + ooxml::kW + "\" xmlns:r=\"" + ooxml::kR +
         "\">" + paras + "</w:" + root + ">";
}

std::string header(const PackageInfo& info) {
  return hdr_ftr("hdr", ooxml::para(ooxml::pstyle("Header"), ooxml::run("", info.header)));
}

std::string footer(const PackageInfo& info) {
  std::string runs = ooxml::run("", info.footer + "\t\tPage ");
  runs += ooxml::field(" PAGE ", ooxml::run("", "1"));
  runs += ooxml::run("", " of ");
  runs += ooxml::field(" NUMPAGES ", ooxml::run("", "1"));
  std::string paras = ooxml::para(ooxml::pstyle("Footer"), runs);
  if (!info.footer_note.empty()) paras += ooxml::para(ooxml::pstyle("Footer"), ooxml::run("", info.footer_note));
  return hdr_ftr("ftr", paras);
}

std::string document(const std::string& body, bool title_page) {
  std::string out = ooxml::kDecl;
  out += "<w:document xmlns:w=\"" + std::string(ooxml::kW) + "\" xmlns:r=\"" + ooxml::kR + "\" xmlns:w14=\"" +
         ooxml::kW14 + "\" xmlns:mc=\"" + ooxml::kMc + "\" mc:Ignorable=\"w14\"><w:body>";
  out += ooxml::space_after_tables(body);
  static const std::string tbl_end = "</w:tbl>";
  if (body.size() >= tbl_end.size() && body.compare(body.size() - tbl_end.size(), tbl_end.size(), tbl_end) == 0)
    out += "<w:p/>";  // Word wants a paragraph between a final table and the section properties
  out += "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId4\"/>";
  if (title_page) out += "<w:headerReference w:type=\"first\" r:id=\"rId6\"/>";
  out += "<w:footerReference w:type=\"default\" r:id=\"rId5\"/>";
  if (title_page) out += "<w:footerReference w:type=\"first\" r:id=\"rId7\"/>";
  out += "<w:pgSz w:w=\"12240\" w:h=\"15840\"/>"  // US Letter
         "<w:pgMar w:top=\"1440\" w:right=\"1440\" w:bottom=\"1440\" w:left=\"1440\" w:header=\"720\" "
         "w:footer=\"720\" w:gutter=\"0\"/><w:cols w:space=\"720\"/>";
  if (title_page) out += "<w:titlePg/>";
  out += "<w:docGrid w:linePitch=\"360\"/></w:sectPr></w:body></w:document>";
  return out;
}

}  // namespace

std::vector<std::pair<std::string, std::string>> package_parts(const PackageState& doc, const std::string& body,
                                                               const std::string& styles,
                                                               const PackageInfo& info) {
  std::vector<std::pair<std::string, std::string>> parts;
  std::string glossary = doc.glossary_xml();
  parts.emplace_back("[Content_Types].xml", content_types(info.title_page, !glossary.empty()));
  parts.emplace_back("_rels/.rels", package_rels());
  parts.emplace_back("docProps/core.xml", core_props(info));
  parts.emplace_back("docProps/app.xml", app_props(info));
  parts.emplace_back("word/document.xml", document(body, info.title_page));
  parts.emplace_back("word/_rels/document.xml.rels", document_rels(doc, info.title_page));
  parts.emplace_back("word/styles.xml", styles);
  parts.emplace_back("word/numbering.xml", doc.numbering_xml());
  parts.emplace_back("word/settings.xml", settings(info));
  parts.emplace_back("word/header1.xml", header(info));
  parts.emplace_back("word/footer1.xml", footer(info));
  if (info.title_page) {
    parts.emplace_back("word/header2.xml", hdr_ftr("hdr", ooxml::para(ooxml::pstyle("Header"), "")));
    parts.emplace_back("word/footer2.xml", hdr_ftr("ftr", ooxml::para(ooxml::pstyle("Footer"), "")));
  }
  if (!glossary.empty()) parts.emplace_back("word/glossary/document.xml", glossary);
  return parts;
}

std::string package(const PackageState& doc, const std::string& body, const std::string& styles,
                    const PackageInfo& info) {
  return zip::write(package_parts(doc, body, styles, info), info.time);
}

}  // namespace tk::docx
