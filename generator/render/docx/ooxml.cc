// Small OOXML building blocks: escaping, runs, paragraphs and fields.
#include "render/docx/ooxml.h"

#include "core/text.h"

namespace tk::docx::ooxml {

std::string esc(std::string_view s) { return text::xml_escape(s); }

std::string run(const std::string& rpr, std::string_view text) {
  std::string out = "<w:r>";
  if (!rpr.empty()) out += "<w:rPr>" + rpr + "</w:rPr>";
  std::string chunk;
  auto flush = [&] {
    if (chunk.empty()) return;
    out += "<w:t xml:space=\"preserve\">" + esc(chunk) + "</w:t>";
    chunk.clear();
  };
  for (char c : text) {
    if (c == '\t') { flush(); out += "<w:tab/>"; }
    else if (c == '\n') { flush(); out += "<w:br/>"; }
    else if (c != '\r') chunk += c;
  }
  flush();
  out += "</w:r>";
  return out;
}

std::string para(const std::string& ppr, const std::string& content) {
  std::string out = "<w:p>";
  if (!ppr.empty()) out += "<w:pPr>" + ppr + "</w:pPr>";
  out += content;
  out += "</w:p>";
  return out;
}

std::string pstyle(std::string_view style_id) {
  return "<w:pStyle w:val=\"" + esc(style_id) + "\"/>";
}

std::string rstyle(std::string_view style_id) {
  return "<w:rStyle w:val=\"" + esc(style_id) + "\"/>";
}

std::string field(std::string_view instr, const std::string& result) {
  std::string out = "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>";
  out += "<w:r><w:instrText xml:space=\"preserve\">" + esc(instr) + "</w:instrText></w:r>";
  out += "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>";
  out += result;
  out += "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
  return out;
}

std::string page_break() { return "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"; }

}  // namespace tk::docx::ooxml
