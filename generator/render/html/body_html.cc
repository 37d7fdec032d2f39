// The HTML body writer: a visitor of doc/walk.h, one switch over node kinds on entering and one on
// leaving, as cmark's html.c does.
#include "render/html/body_html.h"

#include <algorithm>

#include "core/text.h"
#include "doc/walk.h"

namespace tk::html {
namespace {

using doc::Kind;
using text::html_escape;

// The events of doc::walk turned into HTML: what each kind opens on the way in and closes on the way out.
class Writer : public doc::Visitor {
 public:
  Writer(const model::Page* page, const LinkMapper& link) : page_(page), link_(link) {}

  bool enter(const doc::Step& at) override {
    const doc::Node& n = at.node;
    switch (n.kind) {
      case Kind::Document: break;
      case Kind::Paragraph:
        if (!label_paragraph(at) && !at.in_tight_item()) out_ += "<p>";
        break;
      case Kind::Heading: out_ += "<" + heading_tag(n) + " id=\"" + html_escape(n.id()) + "\">"; break;
      case Kind::List: open_list(n); break;
      case Kind::Item: open_item(n); break;
      case Kind::BlockQuote: out_ += "<blockquote>\n"; break;
      case Kind::CodeBlock: code_block(n); break;
      case Kind::ThematicBreak: out_ += "<hr>\n"; break;
      case Kind::Table: open_table(n); break;
      case Kind::TableRow: open_row(n); break;
      case Kind::TableCell: return open_cell(at);
      case Kind::FieldBlock: {
        const model::Field& f = field(n);
        out_ += "<div class=\"field field-" + std::string(model::field_type_name(f.type)) + "\">" + render_control(f) + "</div>\n";
        break;
      }
      case Kind::Text: out_ += html_escape(n.text); break;
      case Kind::Code: out_ += "<code>" + html_escape(n.text) + "</code>"; break;
      case Kind::Emph: out_ += "<em>"; break;
      case Kind::Strong: out_ += "<strong>"; break;
      case Kind::Strike: out_ += "<del>"; break;
      case Kind::Link: open_link(n); break;
      case Kind::Image:
        image(n);
        return false;  // the alt text is the image's, not the page's
      case Kind::SoftBreak: out_ += "\n"; break;
      case Kind::LineBreak: out_ += "<br>\n"; break;
      case Kind::FieldInline:
        close_label_before(at);
        out_ += render_control(field(n));
        break;
    }
    return true;
  }

  void exit(const doc::Step& at) override {
    const doc::Node& n = at.node;
    switch (n.kind) {
      case Kind::Document: break;
      case Kind::Paragraph:
        if (label_paragraph(at)) close_label();
        else if (!at.in_tight_item()) out_ += "</p>\n";
        break;
      case Kind::Heading: out_ += "</" + heading_tag(n) + ">\n"; break;
      case Kind::List: out_ += n.ordered ? "</ol>\n" : "</ul>\n"; break;
      case Kind::Item:
        if (n.field >= 0 && !has_paragraph(n)) out_ += "</label>";
        out_ += "</li>\n";
        break;
      case Kind::BlockQuote: out_ += "</blockquote>\n"; break;
      case Kind::CodeBlock:
      case Kind::ThematicBreak:
      case Kind::FieldBlock: break;
      case Kind::Table:
        if (body_open_) out_ += "</tbody>\n";
        out_ += "</table>\n</div>\n";
        break;
      case Kind::TableRow:
        out_ += "</tr>\n";
        if (n.header) out_ += "</thead>\n";
        break;
      case Kind::TableCell: out_ += at.parent && at.parent->node.header ? "</th>" : "</td>"; break;
      case Kind::Text:
      case Kind::Code: break;
      case Kind::Emph: out_ += "</em>"; break;
      case Kind::Strong: out_ += "</strong>"; break;
      case Kind::Strike: out_ += "</del>"; break;
      case Kind::Link: close_link(n); break;
      case Kind::Image:
      case Kind::SoftBreak:
      case Kind::LineBreak:
      case Kind::FieldInline: break;
    }
  }

  std::string take() { return std::move(out_); }

 private:
  const model::Field& field(const doc::Node& n) const {  // the walk checked the index
    return page_->fields[static_cast<std::size_t>(n.field)];
  }

  static std::string heading_tag(const doc::Node& n) { return "h" + std::to_string(n.level < 2 ? 2 : n.level); }

  void open_list(const doc::Node& n) {
    bool task = std::any_of(n.children.begin(), n.children.end(), [](const doc::Node& c) { return c.field >= 0; });
    out_ += n.ordered ? "<ol" : "<ul";
    if (n.ordered && n.start != 1) out_ += " start=\"" + std::to_string(n.start) + "\"";
    if (task) out_ += " class=\"checklist\"";
    out_ += ">\n";
  }

  // A task item: the checkbox, then a label that holds its first paragraph up to the first blank.
  void open_item(const doc::Node& item) {
    if (item.field < 0) {
      out_ += "<li>";
      return;
    }
    const model::Field& f = field(item);
    std::string id = "field." + f.name;  // "." never occurs in heading ids
    out_ += "<li class=\"task\"><input type=\"checkbox\" id=\"" + id + "\" name=\"" + html_escape(f.name) + "\"";
    if (f.checked) out_ += " checked";
    out_ += "> <label for=\"" + id + "\">";
    label_open_ = has_paragraph(item);
  }

  static bool has_paragraph(const doc::Node& item) {
    return std::any_of(item.children.begin(), item.children.end(),
                       [](const doc::Node& c) { return c.kind == Kind::Paragraph; });
  }

  // The first paragraph of a task item: its text is the checkbox's label (no <p>).
  static bool label_paragraph(const doc::Step& at) {
    if (!at.parent || at.parent->node.kind != Kind::Item || at.parent->node.field < 0) return false;
    const auto& kids = at.parent->node.children;
    for (std::size_t i = 0; i < at.index; ++i)
      if (kids[i].kind == Kind::Paragraph) return false;
    return true;
  }

  // A blank inside the label paragraph stays outside the label.
  void close_label_before(const doc::Step& at) {
    if (label_open_ && at.parent && label_paragraph(*at.parent)) close_label();
  }

  void close_label() {
    if (!label_open_) return;
    out_ += "</label>";
    label_open_ = false;
  }

  void code_block(const doc::Node& n) {
    out_ += "<pre><code";
    if (!n.info().empty()) {
      std::string lang = n.info().substr(0, n.info().find(' '));
      out_ += " class=\"language-" + html_escape(lang) + "\"";
    }
    out_ += ">" + html_escape(n.text) + "</code></pre>\n";
  }

  static bool external_http(const doc::Node& n) { return n.url()[0] != '/' && n.url().rfind("http", 0) == 0; }

  void open_link(const doc::Node& n) {
    if (n.url().empty()) return;
    bool external = n.url()[0] != '/';
    out_ += "<a href=\"" + html_escape(external ? n.url() : link_(n.url())) + "\"";
    if (!n.title().empty()) out_ += " title=\"" + html_escape(n.title()) + "\"";
    if (external_http(n)) out_ += " class=\"external\"";
    out_ += ">";
  }

  void close_link(const doc::Node& n) {
    if (n.url().empty()) return;
    if (external_http(n)) out_ += "<span class=\"visually-hidden\"> (external link)</span>";
    out_ += "</a>";
  }

  void image(const doc::Node& n) {
    if (n.url().empty()) return;
    out_ += "<img src=\"" + html_escape(n.url()[0] == '/' ? link_(n.url()) : n.url()) + "\" alt=\"" +
            html_escape(doc::plain_text(n)) + "\" loading=\"lazy\">";
  }

  // Whether a table holds a control or a link (then the scrolling box needs no focus of its own).
  static bool has_focusable(const doc::Node& table) {
    struct Find : doc::Visitor {
      bool found = false;
      bool enter(const doc::Step& at) override {
        found = found || at.node.field >= 0 || at.node.kind == Kind::Link;
        return !found;
      }
    } find;
    doc::walk(table, find);
    return find.found;
  }

  void open_table(const doc::Node& t) {
    // A wide table scrolls sideways on small screens: without a control or link inside, the scrolling
    // box itself takes the focus (named by its column headers) so keyboard users can scroll it.
    body_open_ = false;
    if (has_focusable(t)) {
      out_ += "<div class=\"table-wrap\">\n<table>\n";
      return;
    }
    std::string name;
    if (!t.children.empty() && t.children[0].header)
      for (const auto& cell : t.children[0].children) name += (name.empty() ? "" : ", ") + text::trim(doc::plain_text(cell));
    out_ += "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"" +
            html_escape("Table" + (name.empty() ? std::string() : ": " + name)) + "\">\n<table>\n";
  }

  void open_row(const doc::Node& row) {
    if (row.header) {
      out_ += "<thead>\n";
    } else if (!body_open_) {
      out_ += "<tbody>\n";
      body_open_ = true;
    }
    out_ += "<tr>";
  }

  // A cell's tag; an empty cell that is a field holds its control instead of children.
  bool open_cell(const doc::Step& at) {
    const bool header = at.parent && at.parent->node.header;
    out_ += header ? "<th scope=\"col\"" : "<td";
    char a = at.align();
    if (a == 'r') out_ += " class=\"align-right\"";
    else if (a == 'c') out_ += " class=\"align-center\"";
    out_ += ">";
    if (at.node.field < 0) return true;
    out_ += render_control(field(at.node));
    return false;
  }

  const model::Page* page_;
  const LinkMapper& link_;
  std::string out_;
  bool label_open_ = false;  ///< a task item's <label> is open
  bool body_open_ = false;   ///< the current table's <tbody> is open
};

}  // namespace

std::string render_control(const model::Field& f) {
  const std::string id = "field." + f.name;  // "." never occurs in heading ids
  const std::string name = html_escape(f.name);
  const std::string label = html_escape(f.label);
  // A field block's full_label names the control for screen readers where its printed label leans on
  // its section ("Decision" under "Phrase 1"); it starts with or holds the visible label (WCAG 2.5.3).
  const std::string full = f.full_label.empty() ? "" : " aria-label=\"" + html_escape(f.full_label) + "\"";
  std::string help_attr = full;
  if (!f.help.empty()) help_attr += " title=\"" + html_escape(f.help) + "\" aria-describedby=\"" + id + ".help\"";
  std::string help;
  if (!f.help.empty()) help = "<span class=\"field-help\" id=\"" + id + ".help\">" + html_escape(f.help) + "</span>";
  using T = model::FieldType;
  // Inline blanks and table cells carry their label as aria-label: the visible text before them is the label.
  if (f.type == T::Text && (f.width > 0 || f.in_table)) {
    int size = f.width > 0 ? std::min(std::max(f.width, 6), 60) : 20;
    return "<input type=\"text\" class=\"blank\" id=\"" + id + "\" name=\"" + name + "\" aria-label=\"" + label +
           "\" size=\"" + std::to_string(size) + "\"" + help_attr.substr(full.size()) + ">";
  }
  if (f.type == T::Multiline && f.in_table)
    return "<textarea class=\"cell\" id=\"" + id + "\" name=\"" + name + "\" aria-label=\"" + label + "\" rows=\"" +
           std::to_string(f.lines) + "\"" + help_attr.substr(full.size()) + "></textarea>";
  std::string lbl = "<label for=\"" + id + "\">" + label + "</label>";
  switch (f.type) {
    case T::Checkbox:
      return "<input type=\"checkbox\" id=\"" + id + "\" name=\"" + name + "\"" + (f.checked ? " checked" : "") +
             help_attr + "> " + lbl + help;
    case T::Multiline:
      return lbl + help + "<textarea id=\"" + id + "\" name=\"" + name + "\" rows=\"" + std::to_string(f.lines) + "\"" +
             help_attr + "></textarea>";
    case T::Date:
      return "<label for=\"" + id + "\">" + label + " <span class=\"format\">(mm/dd/yyyy)</span></label>" + help +
             "<input type=\"date\" id=\"" + id + "\" name=\"" + name + "\"" + help_attr + ">";
    case T::Signature:
      return lbl + help + "<input type=\"text\" class=\"signature\" id=\"" + id + "\" name=\"" + name +
             "\" autocomplete=\"off\"" + help_attr + ">";
    case T::Choice: {
      // One of N: radio buttons named after the field, grouped and named by the fieldset's legend.
      std::string s = "<fieldset class=\"choice\" id=\"" + id + "\"" + full +
                      (f.help.empty() ? std::string() : " aria-describedby=\"" + id + ".help\"") + "><legend>" + label +
                      "</legend>" + help;
      for (std::size_t i = 0; i < f.options.size(); ++i) {
        const std::string oid = id + "." + std::to_string(i + 1);
        s += "<span class=\"option\"><input type=\"radio\" id=\"" + oid + "\" name=\"" + name + "\" value=\"" +
             html_escape(f.options[i]) + "\"> <label for=\"" + oid + "\">" + html_escape(f.options[i]) + "</label></span>";
      }
      return s + "</fieldset>";
    }
    case T::Text:
      break;
  }
  return lbl + help + "<input type=\"text\" id=\"" + id + "\" name=\"" + name + "\"" + help_attr + ">";
}

std::string render_body(const doc::Node& root, const model::Page* page, const LinkMapper& link) {
  Writer w(page, link);
  doc::walk(root, w, page ? page->fields.size() : 0, page ? page->source_path : std::string());
  return w.take();
}

}  // namespace tk::html
