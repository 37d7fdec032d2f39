// Small OOXML building blocks: escaping, runs, paragraphs and fields.
#include "render/docx/ooxml.h"

#include <algorithm>

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

namespace {

constexpr const char* kAfterTable = "160";  // twips: 8 pt under a table

bool starts(const std::string& s, std::size_t at, std::string_view what) { return s.compare(at, what.size(), what) == 0; }

/// The paragraph styles whose own space before is at least kAfterTable (in themes/default/reference.docx).
bool spaced_style(std::string_view id) {
  return id.substr(0, 7) == "Heading" || id == "TOCHeading" || id == "SignatureLine" || id == "Title";
}

}  // namespace

std::string space_after_tables(const std::string& body) {
  static const std::string end = "</w:tbl>";
  std::string out;
  out.reserve(body.size() + 256);
  std::size_t from = 0;
  for (std::size_t at; (at = body.find(end, from)) != std::string::npos;) {
    std::size_t next = at + end.size();
    out.append(body, from, next - from);
    from = next;
    if (starts(body, next, "<w:tbl>")) {
      out += para(pstyle("TableSeparator"), "");
    } else if (starts(body, next, "<w:p>")) {
      std::size_t inner = next + 5;
      std::string spacing = std::string("<w:spacing w:before=\"") + kAfterTable + "\"/>";
      if (!starts(body, inner, "<w:pPr>")) {
        out += "<w:p><w:pPr>" + spacing + "</w:pPr>";
        from = inner;
        continue;
      }
      std::size_t ppr_end = body.find("</w:pPr>", inner);
      if (ppr_end == std::string::npos) continue;
      std::string_view ppr(body.data() + inner, ppr_end - inner);
      static constexpr std::string_view kStyle = "<w:pStyle w:val=\"";
      std::size_t st = ppr.find(kStyle);
      std::string_view style = st == std::string_view::npos ? std::string_view() : ppr.substr(st + kStyle.size());
      style = style.substr(0, style.find('"'));
      if (spaced_style(style) || ppr.find("<w:spacing ") != std::string_view::npos) continue;
      // w:spacing goes after pStyle, keepNext, numPr, pBdr, tabs and before ind, contextualSpacing, jc (CT_PPrBase).
      std::size_t put = ppr.size();
      for (std::string_view later : {"<w:ind ", "<w:contextualSpacing", "<w:jc ", "<w:outlineLvl ", "<w:rPr>"})
        put = std::min(put, ppr.find(later));
      out.append(body, from, inner + put - from);
      out += spacing;
      from = inner + put;
    }
  }
  out.append(body, from, std::string::npos);
  return out;
}

std::string page_break() { return "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"; }

}  // namespace tk::docx::ooxml
