// Small OOXML building blocks shared by the .docx parts: namespaces, escaping, runs and paragraphs.
#pragma once
#include <string>
#include <string_view>

namespace tk::docx::ooxml {

/// The XML declaration every part starts with.
inline constexpr const char* kDecl = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
/// WordprocessingML main namespace.
inline constexpr const char* kW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
/// Office relationships namespace (r:id).
inline constexpr const char* kR = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/// Word 2010 namespace (w14:checkbox).
inline constexpr const char* kW14 = "http://schemas.microsoft.com/office/word/2010/wordml";
/// Markup compatibility namespace (mc:Ignorable).
inline constexpr const char* kMc = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/// XML-escapes text or an attribute value (drops characters XML 1.0 forbids).
std::string esc(std::string_view s);

/// One run: `rpr` is the inner XML of w:rPr (may be empty); tabs become w:tab and newlines w:br.
std::string run(const std::string& rpr, std::string_view text);

/// One paragraph: `ppr` is the inner XML of w:pPr (may be empty), `content` its runs.
std::string para(const std::string& ppr, const std::string& content);

/// `<w:pStyle w:val="id"/>`
std::string pstyle(std::string_view style_id);
/// `<w:rStyle w:val="id"/>`
std::string rstyle(std::string_view style_id);

/// The runs of a complex field (` PAGE `, ` TOC ... `) whose current result is `result` runs.
std::string field(std::string_view instr, const std::string& result);

/// Room after every table, kept in paragraph properties rather than in empty paragraphs: the paragraph
/// right after a table gets `w:spacing w:before` (unless its style already has as much: headings, field
/// labels, signature lines); two tables that would touch get a Table Separator paragraph between them
/// (Word joins adjacent tables into one). `body` is the inner XML of w:body.
std::string space_after_tables(const std::string& body);

/// A paragraph holding only a page break.
std::string page_break();

}  // namespace tk::docx::ooxml
