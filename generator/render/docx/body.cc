// The body of a page as WordprocessingML: a visitor of doc/walk.h, one switch over node kinds on
// entering and one on leaving.
#include "render/docx/body.h"

#include <algorithm>

#include "core/text.h"
#include "doc/walk.h"
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

// The events of doc::walk turned into WordprocessingML. Blocks append to the body; inline nodes append
// runs to the paragraph (or cell) being collected, in the character formatting of the nodes around them.
std::string take(std::string& s) {
  std::string out;
  out.swap(s);
  return out;
}

class BodyWriter : public doc::Visitor {
 public:
  BodyWriter(PackageState& doc, const model::Page& page, const BodyOptions& opt, std::string& out)
      : doc_(doc), page_(page), opt_(opt), out_(out) {}

  bool enter(const doc::Step& at) override {
    const Node& n = at.node;
    switch (n.kind) {
      case Kind::Document: break;
      case Kind::Paragraph: open_runs(lead_of_item(at) ? take(lead_) : std::string()); break;
      case Kind::Heading: open_heading(n); break;
      case Kind::List: lists_.push_back(n.ordered ? doc_.new_ordered_list(at.lists, n.start) : PackageState::kBulletNum); break;
      case Kind::Item: open_item(at); break;
      case Kind::BlockQuote: ++quote_; break;
      case Kind::CodeBlock: code_block(n, at.lists); break;
      case Kind::ThematicBreak: out_ += ooxml::para(ooxml::pstyle("HorizontalLine"), ""); break;
      case Kind::Table: return open_table(n, at.lists);
      case Kind::TableRow:
        out_ += "<w:tr>";
        out_ += n.header ? "<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" : "<w:trPr><w:cantSplit/></w:trPr>";
        break;
      case Kind::TableCell: return open_cell(at);
      case Kind::FieldBlock: {
        const model::Field& f = field(n);
        out_ += block_control(doc_, f, tag(f));
        break;
      }
      case Kind::Text: add(ooxml::run(rpr(fmt()), n.text)); break;
      case Kind::Code: {
        Fmt f = fmt();
        f.code = true;
        add(ooxml::run(rpr(f), n.text));
        break;
      }
      case Kind::Emph: push_fmt(&Fmt::italic); break;
      case Kind::Strong: push_fmt(&Fmt::bold); break;
      case Kind::Strike: push_fmt(&Fmt::strike); break;
      case Kind::SoftBreak: add(ooxml::run(rpr(fmt()), " ")); break;
      case Kind::LineBreak: add("<w:r><w:br/></w:r>"); break;
      case Kind::Link:
        if (!fmt().link) add(open_hyperlink(n));
        push_fmt(&Fmt::link);
        break;
      case Kind::Image:
        image(n);
        return false;  // the alt text is written as the image's text
      case Kind::FieldInline: {
        const model::Field& f = field(n);
        add(run_control(doc_, f, tag(f), f.checked));
        break;
      }
    }
    return true;
  }

  void exit(const doc::Step& at) override {
    const Node& n = at.node;
    switch (n.kind) {
      case Kind::Document: break;
      case Kind::Paragraph: {
        std::string ppr = lead_of_item(at) ? take(lead_ppr_) : para_ppr(at.lists);
        out_ += ooxml::para(ppr, close_runs());
        break;
      }
      case Kind::Heading: close_heading(n); break;
      case Kind::List: lists_.pop_back(); break;
      case Kind::Item: break;
      case Kind::BlockQuote: --quote_; break;
      case Kind::CodeBlock:
      case Kind::ThematicBreak: break;
      case Kind::Table:
        if (table_.cols > 0) out_ += "</w:tbl>";  // a table without columns wrote nothing
        break;
      case Kind::TableRow:
        for (std::size_t c = n.children.size(); c < table_.cols; ++c)
          out_ += cell_start() + ooxml::para(cell_ppr(n.header, c), "") + "</w:tc>";
        out_ += "</w:tr>";
        break;
      case Kind::TableCell: {
        std::string ppr = cell_ppr(at.parent->node.header, at.index);
        out_ += ooxml::para(ppr, close_runs()) + "</w:tc>";
        break;
      }
      case Kind::FieldBlock:
      case Kind::Text:
      case Kind::Code: break;
      case Kind::Emph:
      case Kind::Strong:
      case Kind::Strike: fmts_.pop_back(); break;
      case Kind::Link:
        fmts_.pop_back();
        if (!fmt().link) add("</w:hyperlink>");
        break;
      case Kind::Image:
      case Kind::SoftBreak:
      case Kind::LineBreak:
      case Kind::FieldInline: break;
    }
  }

 private:
  // --- inline runs: collected per paragraph, heading or cell ---
  void open_runs(std::string first = {}) {
    runs_.push_back(std::move(first));
    fmts_.push_back(Fmt{});
  }
  std::string close_runs() {
    std::string r = std::move(runs_.back());
    runs_.pop_back();
    fmts_.pop_back();
    return r;
  }
  void add(const std::string& r) { runs_.back() += r; }
  const Fmt& fmt() const { return fmts_.back(); }
  void push_fmt(bool Fmt::*flag) {
    Fmt f = fmt();
    f.*flag = true;
    fmts_.push_back(f);
  }

  std::string open_hyperlink(const Node& n) {
    std::string out = "<w:hyperlink " + link_target(n.url());
    if (!n.title().empty()) out += " w:tooltip=\"" + ooxml::esc(n.title()) + "\"";
    return out + " w:history=\"1\">";
  }

  // An image is its alt text, linked to the picture (plain text inside a link).
  void image(const Node& n) {
    const std::string text = "Image: " + doc::plain_text(n);
    if (fmt().link) {
      add(ooxml::run(rpr(fmt()), text));
      return;
    }
    std::string out = open_hyperlink(n);
    Fmt f = fmt();
    f.link = true;
    add(out + ooxml::run(rpr(f), text) + "</w:hyperlink>");
  }

  // --- headings ---
  void open_heading(const Node& n) {
    heading_level_ = std::clamp(n.level + opt_.heading_shift, 1, 6);
    heading_bookmark_.clear();
    if (opt_.toc && heading_level_ <= opt_.toc_levels) {
      heading_bookmark_ = "_Toc" + std::to_string(doc_.next_id());
      opt_.toc->push_back({heading_level_, doc::plain_text(n), heading_bookmark_});
    }
    open_runs();
  }
  void close_heading(const Node&) { out_ += heading_para(doc_, heading_level_, close_runs(), heading_bookmark_); }

  // --- list items: the item's first paragraph is the numbered (or ticked) one ---
  static bool lead_of_item(const doc::Step& at) {
    return at.index == 0 && at.parent && at.parent->node.kind == Kind::Item;
  }

  void open_item(const doc::Step& at) {
    const Node& it = at.node;
    const int depth = at.lists - 1;  // the item's list
    std::string ppr, lead;
    if (it.field >= 0) {
      // A task-list checkbox: the control, then its label, indented like a list item.
      const model::Field& f = field(it);
      lead = run_control(doc_, f, tag(f), it.checked || f.checked) + ooxml::run("", " ");
      ppr = ooxml::pstyle("ListParagraph") + ind(720 * (depth + 1), 360);
    } else {
      const bool ordered = at.parent && at.parent->node.ordered;
      ppr = ooxml::pstyle(ordered ? "ListNumber" : "ListBullet") + "<w:numPr><w:ilvl w:val=\"" +
            std::to_string(std::min(depth, 8)) + "\"/><w:numId w:val=\"" + std::to_string(lists_.back()) +
            "\"/></w:numPr>";
    }
    if (!it.children.empty() && it.children[0].kind == Kind::Paragraph) {
      lead_ = std::move(lead);  // taken by the paragraph's runs
      lead_ppr_ = std::move(ppr);
    } else {
      out_ += ooxml::para(ppr, lead);
    }
  }

  // --- code ---
  void code_block(const Node& n, int lists) {
    std::string text = n.text;
    while (!text.empty() && text.back() == '\n') text.pop_back();
    out_ += ooxml::para(ooxml::pstyle("SourceCode") + cont_ind(lists), ooxml::run(ooxml::rstyle("VerbatimChar"), text));
  }

  // --- tables: a grid of equal columns, the header row repeated on every page ---
  bool open_table(const Node& n, int lists) {
    std::size_t cols = n.aligns().size();
    for (const auto& r : n.children) cols = std::max(cols, r.children.size());
    table_ = Table{};
    if (cols == 0) return false;
    table_.cols = cols;
    table_.aligns = n.aligns();
    const int width = 9360 - 720 * lists;
    table_.col_w = width / static_cast<int>(cols);
    out_ += "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/>";
    out_ += "<w:tblW w:w=\"" + std::to_string(table_.col_w * static_cast<int>(cols)) + "\" w:type=\"dxa\"/>";
    if (lists > 0) out_ += "<w:tblInd w:w=\"" + std::to_string(720 * lists) + "\" w:type=\"dxa\"/>";
    out_ += "<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\""
            " w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>";
    for (std::size_t c = 0; c < cols; ++c) out_ += "<w:gridCol w:w=\"" + std::to_string(table_.col_w) + "\"/>";
    out_ += "</w:tblGrid>";
    table_.headers.assign(cols, std::string());  // what each column asks for, for the cells' placeholders
    for (const auto& r : n.children)
      if (r.header)
        for (std::size_t c = 0; c < cols && c < r.children.size(); ++c)
          table_.headers[c] = text::trim(doc::plain_text(r.children[c]));
    return true;
  }

  std::string cell_ppr(bool header, std::size_t c) const {
    std::string ppr = ooxml::pstyle(header ? "TableHeading" : "TableText");
    char align = c < table_.aligns.size() ? table_.aligns[c] : 0;
    if (align == 'c') ppr += "<w:jc w:val=\"center\"/>";
    else if (align == 'r') ppr += "<w:jc w:val=\"right\"/>";
    return ppr;
  }

  // A cell's runs; an empty cell that is a field holds its control, named after its column.
  std::string cell_start() const {
    return "<w:tc><w:tcPr><w:tcW w:w=\"" + std::to_string(table_.col_w) + "\" w:type=\"dxa\"/></w:tcPr>";
  }

  bool open_cell(const doc::Step& at) {
    out_ += cell_start();
    open_runs();
    if (at.node.field < 0) return true;
    const model::Field& f = field(at.node);
    const std::string& header = table_.headers[at.index];
    bool own = !f.help.empty() || header.empty();
    add(run_control(doc_, f, tag(f), false, own ? "" : "Enter " + lower_first(header)));
    return false;
  }

  /// r:id="..." of an external link, or w:anchor="..." for a page placed in this document.
  std::string link_target(const std::string& url) {
    if (opt_.anchors) {
      auto it = opt_.anchors->find(url.substr(0, url.find('#')));
      if (it != opt_.anchors->end()) return "w:anchor=\"" + ooxml::esc(it->second) + "\"";
    }
    return "r:id=\"" + doc_.hyperlink(url) + "\"";
  }

  // Blocks inside list items are indented to their item (lists = the Lists around the block).
  static std::string cont_ind(int lists) { return lists > 0 ? ind(720 * lists) : std::string(); }

  std::string para_ppr(int lists) const {
    if (quote_ > 0) return ooxml::pstyle("Quote") + cont_ind(lists);
    if (lists > 0) return ooxml::pstyle("ListContinue") + cont_ind(lists);
    return "";
  }

  const model::Field& field(const Node& n) const {  // the walk checked the index
    return page_.fields[static_cast<std::size_t>(n.field)];
  }

  std::string tag(const model::Field& f) const { return opt_.tag_prefix + f.name; }

  struct Table {
    std::size_t cols = 0;
    int col_w = 0;
    std::vector<char> aligns;
    std::vector<std::string> headers;
  };

  PackageState& doc_;
  const model::Page& page_;
  BodyOptions opt_;
  std::string& out_;
  int quote_ = 0;
  std::vector<int> lists_;          ///< numbering id of each open list
  std::vector<std::string> runs_;   ///< the runs of each open paragraph, heading or cell
  std::vector<Fmt> fmts_;           ///< the formatting in effect, innermost last
  std::string lead_, lead_ppr_;     ///< an item's checkbox and paragraph properties, for its first paragraph
  int heading_level_ = 1;
  std::string heading_bookmark_;
  Table table_;
};

}  // namespace

std::string heading_para(PackageState& doc, int level, const std::string& runs, const std::string& bookmark,
                         const std::string& extra_ppr) {
  std::string content = runs;
  if (!bookmark.empty()) {
    std::string id = std::to_string(doc.next_id());
    content = "<w:bookmarkStart w:id=\"" + id + "\" w:name=\"" + ooxml::esc(bookmark) + "\"/>" + content +
              "<w:bookmarkEnd w:id=\"" + id + "\"/>";
  }
  return ooxml::para(ooxml::pstyle("Heading" + std::to_string(std::clamp(level, 1, 6))) + extra_ppr, content);
}

void write_body(PackageState& doc, const model::Page& page, const BodyOptions& opt, std::string& out) {
  BodyWriter w(doc, page, opt, out);
  doc::walk(page.body, w, page.fields.size(), page.source_path);
}

}  // namespace tk::docx
