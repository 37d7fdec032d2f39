// The body of a page as WordprocessingML: one recursive pass over the document tree.
#include "render/docx/body.h"

#include <algorithm>
#include <stdexcept>

#include "core/text.h"
#include "render/docx/controls.h"
#include "render/docx/ooxml.h"

namespace tk::docx {

namespace {

using doc::Kind;
using doc::Node;

/// Character formatting in effect for a run.
struct Fmt {
  bool bold = false, italic = false, strike = false, code = false, link = false;
};

std::string rpr(const Fmt& f) {
  std::string out;
  if (f.link) out += ooxml::rstyle("Hyperlink");
  else if (f.code) out += ooxml::rstyle("VerbatimChar");
  if (f.bold) out += "<w:b/><w:bCs/>";
  if (f.italic) out += "<w:i/><w:iCs/>";
  if (f.strike) out += "<w:strike/>";
  return out;
}

std::string ind(int left, int hanging = 0) {
  std::string out = "<w:ind w:left=\"" + std::to_string(left) + "\"";
  if (hanging) out += " w:hanging=\"" + std::to_string(hanging) + "\"";
  return out + "/>";
}

class BodyWriter {
 public:
  BodyWriter(Document& doc, const model::Page& page, const BodyOptions& opt, std::string& out)
      : doc_(doc), page_(page), opt_(opt), out_(out) {}

  void blocks(const Node& parent) {
    for (const auto& c : parent.children) block(c);
  }

 private:
  void block(const Node& n) {
    switch (n.kind) {
      case Kind::Document: blocks(n); break;
      case Kind::Paragraph: out_ += ooxml::para(para_ppr(), inlines(n, Fmt{})); break;
      case Kind::Heading: heading(n); break;
      case Kind::List: list(n, list_depth_); break;
      case Kind::Item: item(n, list_depth_, Document::kBulletNum, false); break;
      case Kind::BlockQuote:
        ++quote_;
        blocks(n);
        --quote_;
        break;
      case Kind::CodeBlock: {
        std::string text = n.text;
        while (!text.empty() && text.back() == '\n') text.pop_back();
        out_ += ooxml::para(ooxml::pstyle("SourceCode") + cont_ind(),
                            ooxml::run(ooxml::rstyle("VerbatimChar"), text));
        break;
      }
      case Kind::ThematicBreak: out_ += ooxml::para(ooxml::pstyle("HorizontalLine"), ""); break;
      case Kind::Table: table(n); break;
      case Kind::TableRow:
      case Kind::TableCell: break;  // only inside a table
      case Kind::FieldBlock: {
        const model::Field& f = field(n.field);
        out_ += block_control(doc_, f, tag(f));
        break;
      }
      default:  // inline content where a block belongs: wrap it in a paragraph
        out_ += ooxml::para(para_ppr(), inline_node(n, Fmt{}));
    }
  }

  void heading(const Node& n) {
    int level = std::clamp(n.level + opt_.heading_shift, 1, 6);
    std::string bookmark;
    if (opt_.toc && level <= opt_.toc_levels) {
      bookmark = "_Toc" + std::to_string(doc_.next_id());
      opt_.toc->push_back({level, doc::plain_text(n), bookmark});
    }
    out_ += heading_para(doc_, level, inlines(n, Fmt{}), bookmark);
  }

  void list(const Node& n, int depth) {
    int num_id = n.ordered ? doc_.new_ordered_list(depth, n.start) : Document::kBulletNum;
    for (const auto& it : n.children)
      if (it.kind == Kind::Item) item(it, depth, num_id, n.ordered);
      else block(it);
  }

  void item(const Node& it, int depth, int num_id, bool ordered) {
    std::size_t first = 0;
    if (it.field >= 0) {
      // A task-list checkbox: the control, then its label, indented like a list item.
      const model::Field& f = field(it.field);
      std::string content = run_control(doc_, f, tag(f), it.checked || f.checked) + ooxml::run("", " ");
      if (!it.children.empty() && it.children[0].kind == Kind::Paragraph) {
        content += inlines(it.children[0], Fmt{});
        first = 1;
      } else {
        while (first < it.children.size() && !it.children[first].is_block())
          content += inline_node(it.children[first++], Fmt{});
      }
      out_ += ooxml::para(ooxml::pstyle("ListParagraph") + ind(720 * (depth + 1), 360), content);
    } else {
      std::string ppr = ooxml::pstyle(ordered ? "ListNumber" : "ListBullet") + "<w:numPr><w:ilvl w:val=\"" +
                        std::to_string(std::min(depth, 8)) + "\"/><w:numId w:val=\"" +
                        std::to_string(num_id) + "\"/></w:numPr>";
      if (!it.children.empty() && it.children[0].kind == Kind::Paragraph) {
        out_ += ooxml::para(ppr, inlines(it.children[0], Fmt{}));
        first = 1;
      } else {
        out_ += ooxml::para(ppr, "");
      }
    }
    // Further blocks of the item: nested lists one level down, the rest indented under the item.
    int saved_depth = list_depth_, saved_cont = cont_depth_;
    list_depth_ = depth + 1;
    cont_depth_ = depth + 1;
    for (std::size_t i = first; i < it.children.size(); ++i) {
      const Node& c = it.children[i];
      if (c.kind == Kind::List) list(c, depth + 1);
      else block(c);
    }
    list_depth_ = saved_depth;
    cont_depth_ = saved_cont;
  }

  void table(const Node& n) {
    std::size_t cols = n.aligns().size();
    for (const auto& r : n.children) cols = std::max(cols, r.children.size());
    if (cols == 0) return;
    const int width = 9360 - 720 * cont_depth_;
    const int col_w = width / static_cast<int>(cols);
    out_ += "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/>";
    out_ += "<w:tblW w:w=\"" + std::to_string(col_w * static_cast<int>(cols)) + "\" w:type=\"dxa\"/>";
    if (cont_depth_ > 0) out_ += "<w:tblInd w:w=\"" + std::to_string(720 * cont_depth_) + "\" w:type=\"dxa\"/>";
    out_ += "<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\""
            " w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>";
    for (std::size_t c = 0; c < cols; ++c) out_ += "<w:gridCol w:w=\"" + std::to_string(col_w) + "\"/>";
    out_ += "</w:tblGrid>";
    std::vector<std::string> headers(cols);  // what each column asks for, for the cells' placeholders
    for (const auto& r : n.children)
      if (r.kind == Kind::TableRow && r.header)
        for (std::size_t c = 0; c < cols && c < r.children.size(); ++c)
          headers[c] = text::trim(doc::plain_text(r.children[c]));
    for (const auto& r : n.children) {
      if (r.kind != Kind::TableRow) continue;
      out_ += "<w:tr>";
      out_ += r.header ? "<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" : "<w:trPr><w:cantSplit/></w:trPr>";
      for (std::size_t c = 0; c < cols; ++c) {
        out_ += "<w:tc><w:tcPr><w:tcW w:w=\"" + std::to_string(col_w) + "\" w:type=\"dxa\"/></w:tcPr>";
        std::string ppr = ooxml::pstyle(r.header ? "TableHeading" : "TableText");
        char align = c < n.aligns().size() ? n.aligns()[c] : 0;
        if (align == 'c') ppr += "<w:jc w:val=\"center\"/>";
        else if (align == 'r') ppr += "<w:jc w:val=\"right\"/>";
        std::string content;
        if (c < r.children.size()) {
          const Node& cell = r.children[c];
          if (cell.field >= 0) {
            const model::Field& f = field(cell.field);
            bool own = !f.help.empty() || headers[c].empty();
            content = run_control(doc_, f, tag(f), false, own ? "" : "Enter " + lower_first(headers[c]));
          } else {
            content = inlines(cell, Fmt{});
          }
        }
        out_ += ooxml::para(ppr, content) + "</w:tc>";
      }
      out_ += "</w:tr>";
    }
    out_ += "</w:tbl>";
  }

  std::string inlines(const Node& parent, const Fmt& fmt) {
    std::string out;
    for (const auto& c : parent.children) out += inline_node(c, fmt);
    return out;
  }

  std::string inline_node(const Node& n, Fmt fmt) {
    switch (n.kind) {
      case Kind::Text: return ooxml::run(rpr(fmt), n.text);
      case Kind::Code: fmt.code = true; return ooxml::run(rpr(fmt), n.text);
      case Kind::Emph: fmt.italic = true; return inlines(n, fmt);
      case Kind::Strong: fmt.bold = true; return inlines(n, fmt);
      case Kind::Strike: fmt.strike = true; return inlines(n, fmt);
      case Kind::SoftBreak: return ooxml::run(rpr(fmt), " ");
      case Kind::LineBreak: return "<w:r><w:br/></w:r>";
      case Kind::Link:
      case Kind::Image: {
        std::string text = n.kind == Kind::Image ? "Image: " + doc::plain_text(n) : std::string();
        if (fmt.link) return text.empty() ? inlines(n, fmt) : ooxml::run(rpr(fmt), text);
        std::string out = "<w:hyperlink " + link_target(n.url());
        if (!n.title().empty()) out += " w:tooltip=\"" + ooxml::esc(n.title()) + "\"";
        out += " w:history=\"1\">";
        fmt.link = true;
        out += text.empty() ? inlines(n, fmt) : ooxml::run(rpr(fmt), text);
        return out + "</w:hyperlink>";
      }
      case Kind::FieldInline: {
        const model::Field& f = field(n.field);
        return run_control(doc_, f, tag(f), f.checked);
      }
      default: return ooxml::run(rpr(fmt), doc::plain_text(n));
    }
  }

  /// r:id="..." of an external link, or w:anchor="..." for a page placed in this document.
  std::string link_target(const std::string& url) {
    if (opt_.anchors) {
      auto it = opt_.anchors->find(url.substr(0, url.find('#')));
      if (it != opt_.anchors->end()) return "w:anchor=\"" + ooxml::esc(it->second) + "\"";
    }
    return "r:id=\"" + doc_.hyperlink(url) + "\"";
  }

  std::string cont_ind() const { return cont_depth_ > 0 ? ind(720 * cont_depth_) : std::string(); }

  std::string para_ppr() const {
    if (quote_ > 0) return ooxml::pstyle("Quote") + cont_ind();
    if (cont_depth_ > 0) return ooxml::pstyle("ListContinue") + cont_ind();
    return "";
  }

  const model::Field& field(int index) const {
    if (index < 0 || static_cast<std::size_t>(index) >= page_.fields.size())
      throw std::runtime_error(page_.source_path + ": field index " + std::to_string(index) + " out of range");
    return page_.fields[static_cast<std::size_t>(index)];
  }

  std::string tag(const model::Field& f) const { return opt_.tag_prefix + f.name; }

  Document& doc_;
  const model::Page& page_;
  BodyOptions opt_;
  std::string& out_;
  int quote_ = 0;
  int list_depth_ = 0;  ///< level of a list met at this point
  int cont_depth_ = 0;  ///< indentation of blocks continuing a list item
};

}  // namespace

std::string heading_para(Document& doc, int level, const std::string& runs, const std::string& bookmark,
                         const std::string& extra_ppr) {
  std::string content = runs;
  if (!bookmark.empty()) {
    std::string id = std::to_string(doc.next_id());
    content = "<w:bookmarkStart w:id=\"" + id + "\" w:name=\"" + ooxml::esc(bookmark) + "\"/>" + content +
              "<w:bookmarkEnd w:id=\"" + id + "\"/>";
  }
  return ooxml::para(ooxml::pstyle("Heading" + std::to_string(std::clamp(level, 1, 6))) + extra_ppr, content);
}

void write_body(Document& doc, const model::Page& page, const BodyOptions& opt, std::string& out) {
  BodyWriter w(doc, page, opt, out);
  w.blocks(page.body);
}

}  // namespace tk::docx
