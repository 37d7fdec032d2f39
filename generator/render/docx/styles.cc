// word/styles.xml: the named styles every .docx uses (Title, Heading 1-6, lists, Table Grid, fields...).
#include "render/docx/styles.h"

#include <sys/stat.h>

#include <stdexcept>
#include <utility>
#include <vector>

#include "render/docx/ooxml.h"
#include "render/zip/archive.h"

namespace tk::docx {

namespace {

using Style = std::pair<std::string, std::string>;  // styleId, <w:style> element

std::string para_style(const std::string& id, const std::string& name, const std::string& inner,
                       const std::string& based_on = "Normal", const std::string& next = "") {
  std::string out = "<w:style w:type=\"paragraph\" w:styleId=\"" + id + "\"><w:name w:val=\"" + name + "\"/>";
  if (!based_on.empty()) out += "<w:basedOn w:val=\"" + based_on + "\"/>";
  if (!next.empty()) out += "<w:next w:val=\"" + next + "\"/>";
  out += "<w:qFormat/>" + inner + "</w:style>";
  return out;
}

std::string char_style(const std::string& id, const std::string& name, const std::string& rpr) {
  return "<w:style w:type=\"character\" w:styleId=\"" + id + "\"><w:name w:val=\"" + name +
         "\"/><w:basedOn w:val=\"DefaultParagraphFont\"/><w:uiPriority w:val=\"99\"/><w:unhideWhenUsed/>"
         "<w:rPr>" + rpr + "</w:rPr></w:style>";
}

std::string heading(int n) {
  static const int sizes[] = {32, 28, 26, 24, 22, 22};
  static const int before[] = {360, 280, 240, 200, 200, 200};
  std::string ppr = "<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\"" + std::to_string(before[n - 1]) +
                    "\" w:after=\"120\"/><w:outlineLvl w:val=\"" + std::to_string(n - 1) + "\"/></w:pPr>";
  std::string rpr = "<w:rPr><w:b/><w:bCs/>";
  if (n >= 5) rpr += "<w:i/><w:iCs/>";
  rpr += "<w:color w:val=\"1F3864\"/><w:sz w:val=\"" + std::to_string(sizes[n - 1]) + "\"/><w:szCs w:val=\"" +
         std::to_string(sizes[n - 1]) + "\"/></w:rPr>";
  std::string id = "Heading" + std::to_string(n);
  return "<w:style w:type=\"paragraph\" w:styleId=\"" + id + "\"><w:name w:val=\"heading " +
         std::to_string(n) + "\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/>"
         "<w:uiPriority w:val=\"9\"/><w:qFormat/>" + ppr + rpr + "</w:style>";
}

const char* kTabs = "<w:tabs><w:tab w:val=\"center\" w:pos=\"4680\"/><w:tab w:val=\"right\" w:pos=\"9360\"/></w:tabs>";

std::vector<Style> styles() {
  std::vector<Style> s;
  s.emplace_back("Normal",
                 "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>"
                 "<w:qFormat/></w:style>");
  s.emplace_back("DefaultParagraphFont",
                 "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">"
                 "<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/>"
                 "<w:unhideWhenUsed/></w:style>");
  s.emplace_back("TableNormal",
                 "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
                 "<w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w=\"0\" "
                 "w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>"
                 "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>"
                 "</w:style>");
  s.emplace_back("Title", para_style("Title", "Title",
                                     "<w:pPr><w:spacing w:before=\"0\" w:after=\"120\"/><w:outlineLvl w:val=\"9\"/>"
                                     "</w:pPr><w:rPr><w:b/><w:bCs/><w:color w:val=\"1F3864\"/>"
                                     "<w:sz w:val=\"44\"/><w:szCs w:val=\"44\"/></w:rPr>", "Normal", "Normal"));
  s.emplace_back("Subtitle", para_style("Subtitle", "Subtitle",
                                        "<w:pPr><w:spacing w:after=\"240\"/></w:pPr><w:rPr><w:color w:val=\"404040\"/>"
                                        "<w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/></w:rPr>", "Normal", "Normal"));
  for (int n = 1; n <= 6; ++n) s.emplace_back("Heading" + std::to_string(n), heading(n));
  s.emplace_back("ListParagraph", para_style("ListParagraph", "List Paragraph",
                                             "<w:pPr><w:spacing w:after=\"60\"/><w:ind w:left=\"720\"/>"
                                             "<w:contextualSpacing/></w:pPr>"));
  s.emplace_back("ListBullet", para_style("ListBullet", "List Bullet",
                                          "<w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr><w:spacing w:after=\"60\"/>"
                                          "<w:contextualSpacing/></w:pPr>"));
  s.emplace_back("ListNumber", para_style("ListNumber", "List Number",
                                          "<w:pPr><w:numPr><w:numId w:val=\"2\"/></w:numPr><w:spacing w:after=\"60\"/>"
                                          "<w:contextualSpacing/></w:pPr>"));
  s.emplace_back("ListContinue", para_style("ListContinue", "List Continue",
                                            "<w:pPr><w:spacing w:after=\"60\"/><w:ind w:left=\"720\"/></w:pPr>"));
  s.emplace_back("Quote", para_style("Quote", "Quote",
                                     "<w:pPr><w:ind w:left=\"720\" w:right=\"720\"/></w:pPr>"
                                     "<w:rPr><w:i/><w:iCs/><w:color w:val=\"404040\"/></w:rPr>"));
  s.emplace_back("SourceCode", para_style("SourceCode", "Source Code",
                                          "<w:pPr><w:spacing w:after=\"120\" w:line=\"240\" w:lineRule=\"auto\"/>"
                                          "</w:pPr><w:rPr><w:rFonts w:ascii=\"Courier New\" w:hAnsi=\"Courier New\" "
                                          "w:cs=\"Courier New\"/><w:sz w:val=\"20\"/></w:rPr>"));
  s.emplace_back("HorizontalLine", para_style("HorizontalLine", "Horizontal Line",
                                              "<w:pPr><w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"1\" "
                                              "w:color=\"auto\"/></w:pBdr><w:spacing w:after=\"240\"/></w:pPr>"));
  s.emplace_back("VerbatimChar", char_style("VerbatimChar", "Verbatim Char",
                                            "<w:rFonts w:ascii=\"Courier New\" w:hAnsi=\"Courier New\" "
                                            "w:cs=\"Courier New\"/><w:sz w:val=\"20\"/>"));
  s.emplace_back("Hyperlink", char_style("Hyperlink", "Hyperlink", "<w:color w:val=\"0563C1\"/><w:u w:val=\"single\"/>"));
  s.emplace_back("PlaceholderText", char_style("PlaceholderText", "Placeholder Text", "<w:color w:val=\"595959\"/>"));
  s.emplace_back("TableGrid",
                 "<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/>"
                 "<w:basedOn w:val=\"TableNormal\"/><w:uiPriority w:val=\"39\"/><w:pPr><w:spacing w:after=\"0\" "
                 "w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:tblPr><w:tblBorders>"
                 "<w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
                 "<w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
                 "<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
                 "<w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
                 "<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
                 "<w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/></w:tblBorders>"
                 "<w:tblCellMar><w:top w:w=\"57\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>"
                 "<w:bottom w:w=\"57\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>"
                 "<w:tblStylePr w:type=\"firstRow\"><w:rPr><w:b/><w:bCs/></w:rPr><w:tcPr>"
                 "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"D9E2F3\"/></w:tcPr></w:tblStylePr></w:style>");
  s.emplace_back("TableHeading", para_style("TableHeading", "Table Heading",
                                            "<w:pPr><w:keepNext/><w:spacing w:before=\"0\" w:after=\"0\"/></w:pPr>"
                                            "<w:rPr><w:b/><w:bCs/></w:rPr>"));
  s.emplace_back("TableText", para_style("TableText", "Table Text",
                                         "<w:pPr><w:spacing w:before=\"0\" w:after=\"0\"/></w:pPr>"));
  // Only between two tables that would touch (Word joins adjacent tables): the 8 pt gap under a table.
  s.emplace_back("TableSeparator", para_style("TableSeparator", "Table Separator",
                                           "<w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"160\" "
                                           "w:lineRule=\"exact\"/></w:pPr><w:rPr><w:sz w:val=\"8\"/></w:rPr>"));
  s.emplace_back("FieldLabel", para_style("FieldLabel", "Field Label",
                                          "<w:pPr><w:keepNext/><w:spacing w:before=\"120\" w:after=\"60\"/></w:pPr>"
                                          "<w:rPr><w:b/><w:bCs/></w:rPr>"));
  s.emplace_back("SignatureLine", para_style("SignatureLine", "Signature Line",
                                             "<w:pPr><w:keepNext/><w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" "
                                             "w:space=\"1\" w:color=\"auto\"/></w:pBdr><w:spacing w:before=\"480\" "
                                             "w:after=\"0\"/><w:ind w:right=\"4320\"/></w:pPr>"));
  s.emplace_back("SignatureCaption", para_style("SignatureCaption", "Signature Caption",
                                                "<w:pPr><w:spacing w:before=\"40\" w:after=\"240\"/></w:pPr>"
                                                "<w:rPr><w:color w:val=\"404040\"/><w:sz w:val=\"18\"/>"
                                                "<w:szCs w:val=\"18\"/></w:rPr>"));
  s.emplace_back("Header", para_style("Header", "header",
                                      std::string("<w:pPr>") + kTabs + "<w:spacing w:after=\"0\"/></w:pPr>"
                                      "<w:rPr><w:color w:val=\"404040\"/><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/></w:rPr>"));
  s.emplace_back("Footer", para_style("Footer", "footer",
                                      std::string("<w:pPr>") + kTabs + "<w:spacing w:after=\"0\"/></w:pPr>"
                                      "<w:rPr><w:color w:val=\"404040\"/><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/></w:rPr>"));
  s.emplace_back("TOCHeading", para_style("TOCHeading", "TOC Heading", "<w:pPr><w:outlineLvl w:val=\"9\"/></w:pPr>",
                                          "Heading1", "Normal"));
  s.emplace_back("TOC1", para_style("TOC1", "toc 1", "<w:pPr><w:spacing w:after=\"100\"/></w:pPr>", "Normal", "Normal"));
  s.emplace_back("TOC2", para_style("TOC2", "toc 2",
                                    "<w:pPr><w:spacing w:after=\"100\"/><w:ind w:left=\"220\"/></w:pPr>", "Normal",
                                    "Normal"));
  return s;
}

bool file_exists(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

}  // namespace

std::string builtin_styles(const std::string& language) {
  std::string lang = ooxml::esc(language.empty() ? "en-US" : language);
  std::string out = ooxml::kDecl;
  out += "<w:styles xmlns:w=\"" + std::string(ooxml::kW) + "\"><w:docDefaults><w:rPrDefault><w:rPr>"
         "<w:rFonts w:ascii=\"Arial\" w:eastAsia=\"Arial\" w:hAnsi=\"Arial\" w:cs=\"Arial\"/>"
         "<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/><w:lang w:val=\"" + lang + "\" w:eastAsia=\"en-US\" "
         "w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"120\" "
         "w:line=\"264\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>";
  for (const auto& st : styles()) out += st.second;
  out += "</w:styles>";
  return out;
}

std::string merge_styles(const std::string& reference_styles) {
  std::size_t end = reference_styles.rfind("</w:styles>");
  if (end == std::string::npos || reference_styles.find("<w:styles") == std::string::npos)
    throw std::runtime_error("reference.docx: word/styles.xml has no <w:styles> root");
  std::string added;
  for (const auto& [id, xml] : styles()) {
    if (reference_styles.find("w:styleId=\"" + id + "\"") != std::string::npos) continue;
    // A default style of a type the reference already has a default for would make two defaults.
    std::size_t def = xml.find("w:default=\"1\"");
    if (def != std::string::npos) {
      std::size_t t = xml.find("w:type=\"");
      std::string type = xml.substr(t, xml.find('"', t + 8) + 1 - t);
      if (reference_styles.find(type + " w:default=\"1\"") != std::string::npos) continue;
    }
    added += xml;
  }
  return reference_styles.substr(0, end) + added + reference_styles.substr(end);
}

std::string styles_for(const std::string& theme_dir, const std::string& language) {
  std::string ref = theme_dir.empty() ? std::string() : theme_dir + "/reference.docx";
  if (ref.empty() || !file_exists(ref)) return builtin_styles(language);
  for (auto& [path, bytes] : zip::read_file(ref))
    if (path == "word/styles.xml") return merge_styles(bytes);
  throw std::runtime_error(ref + ": no word/styles.xml inside");
}

}  // namespace tk::docx
