// The HTML body writer: one switch over node kinds, as cmark's html.c does.
#include "render/html/body_html.h"

#include "core/text.h"

namespace tk::html {
namespace {

using doc::Kind;
using text::html_escape;

struct Writer {
  const model::Page* page;
  const LinkMapper& link;
  std::string out;

  const model::Field* field(const doc::Node& n) const {
    if (!page || n.field < 0 || static_cast<std::size_t>(n.field) >= page->fields.size()) return nullptr;
    return &page->fields[static_cast<std::size_t>(n.field)];
  }

  void children(const doc::Node& n, bool tight = false) {
    for (const auto& c : n.children) node(c, tight);
  }

  void node(const doc::Node& n, bool tight = false) {
    switch (n.kind) {
      case Kind::Document: children(n); break;
      case Kind::Paragraph:
        if (tight) {
          children(n);
        } else {
          out += "<p>";
          children(n);
          out += "</p>\n";
        }
        break;
      case Kind::Heading: {
        std::string h = "h" + std::to_string(n.level < 2 ? 2 : n.level);
        out += "<" + h + " id=\"" + html_escape(n.id()) + "\">";
        children(n);
        out += "</" + h + ">\n";
        break;
      }
      case Kind::List: {
        bool task = false;
        for (const auto& c : n.children) task = task || field(c);
        std::string tag = n.ordered ? "ol" : "ul";
        out += "<" + tag;
        if (n.ordered && n.start != 1) out += " start=\"" + std::to_string(n.start) + "\"";
        if (task) out += " class=\"checklist\"";
        out += ">\n";
        for (const auto& item : n.children) list_item(item, n.tight);
        out += "</" + tag + ">\n";
        break;
      }
      case Kind::Item: list_item(n, true); break;
      case Kind::BlockQuote:
        out += "<blockquote>\n";
        children(n);
        out += "</blockquote>\n";
        break;
      case Kind::CodeBlock:
        out += "<pre><code";
        if (!n.info().empty()) {
          std::string lang = n.info().substr(0, n.info().find(' '));
          out += " class=\"language-" + html_escape(lang) + "\"";
        }
        out += ">" + html_escape(n.text) + "</code></pre>\n";
        break;
      case Kind::ThematicBreak: out += "<hr>\n"; break;
      case Kind::Table: table(n); break;
      case Kind::TableRow:
      case Kind::TableCell: children(n); break;
      case Kind::FieldBlock:
        if (const model::Field* f = field(n)) out += "<div class=\"field field-" + std::string(model::field_type_name(f->type)) + "\">" + render_control(*f) + "</div>\n";
        break;
      case Kind::Text: out += html_escape(n.text); break;
      case Kind::Code: out += "<code>" + html_escape(n.text) + "</code>"; break;
      case Kind::Emph: wrap("em", n); break;
      case Kind::Strong: wrap("strong", n); break;
      case Kind::Strike: wrap("del", n); break;
      case Kind::Link: {
        if (n.url().empty()) {
          children(n);
          break;
        }
        bool external = n.url()[0] != '/';
        out += "<a href=\"" + html_escape(external ? n.url() : link(n.url())) + "\"";
        if (!n.title().empty()) out += " title=\"" + html_escape(n.title()) + "\"";
        if (external && n.url().rfind("http", 0) == 0) out += " class=\"external\"";
        out += ">";
        children(n);
        if (external && n.url().rfind("http", 0) == 0) out += "<span class=\"visually-hidden\"> (external link)</span>";
        out += "</a>";
        break;
      }
      case Kind::Image:
        if (!n.url().empty()) {
          out += "<img src=\"" + html_escape(n.url()[0] == '/' ? link(n.url()) : n.url()) + "\" alt=\"" +
                 html_escape(doc::plain_text(n)) + "\" loading=\"lazy\">";
        }
        break;
      case Kind::SoftBreak: out += "\n"; break;
      case Kind::LineBreak: out += "<br>\n"; break;
      case Kind::FieldInline:
        if (const model::Field* f = field(n)) out += render_control(*f);
        else out += "___";
        break;
    }
  }

  void wrap(const char* tag, const doc::Node& n) {
    out += std::string("<") + tag + ">";
    children(n);
    out += std::string("</") + tag + ">";
  }

  void list_item(const doc::Node& item, bool tight) {
    const model::Field* f = field(item);
    if (!f) {
      out += "<li>";
      for (const auto& c : item.children) node(c, tight);
      out += "</li>\n";
      return;
    }
    std::string id = "field." + f->name;  // "." never occurs in heading ids
    out += "<li class=\"task\"><input type=\"checkbox\" id=\"" + id + "\" name=\"" + html_escape(f->name) + "\"";
    if (f->checked) out += " checked";
    out += "> <label for=\"" + id + "\">";
    bool first = true;
    for (const auto& c : item.children) {
      if (first && c.kind == Kind::Paragraph) {
        // The label holds the text up to the first blank; a blank inside it stays outside the label.
        std::size_t k = 0;
        for (; k < c.children.size() && c.children[k].kind != Kind::FieldInline; ++k) node(c.children[k]);
        out += "</label>";
        for (; k < c.children.size(); ++k) node(c.children[k]);
        first = false;
      } else {
        node(c, tight);
      }
    }
    if (first) out += "</label>";
    out += "</li>\n";
  }

  static bool has_field(const doc::Node& n) {
    if (n.field >= 0 || n.kind == Kind::Link) return true;
    for (const auto& c : n.children)
      if (has_field(c)) return true;
    return false;
  }

  void table(const doc::Node& t) {
    // A wide table scrolls sideways on small screens: without a control or link inside, the scrolling
    // box itself takes the focus (named by its column headers) so keyboard users can scroll it.
    if (has_field(t)) {
      out += "<div class=\"table-wrap\">\n<table>\n";
    } else {
      std::string name;
      if (!t.children.empty() && t.children[0].header)
        for (const auto& cell : t.children[0].children) name += (name.empty() ? "" : ", ") + text::trim(doc::plain_text(cell));
      out += "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"" +
             html_escape("Table" + (name.empty() ? std::string() : ": " + name)) + "\">\n<table>\n";
    }
    bool body_open = false;
    for (const auto& row : t.children) {
      if (row.header) out += "<thead>\n";
      else if (!body_open) {
        out += "<tbody>\n";
        body_open = true;
      }
      out += "<tr>";
      std::size_t col = 0;
      for (const auto& cell : row.children) {
        const char* tag = row.header ? "th" : "td";
        out += std::string("<") + tag;
        if (row.header) out += " scope=\"col\"";
        char a = col < t.aligns().size() ? t.aligns()[col] : 0;
        if (a == 'r') out += " class=\"align-right\"";
        else if (a == 'c') out += " class=\"align-center\"";
        out += ">";
        if (const model::Field* f = field(cell)) out += render_control(*f);
        else children(cell);
        out += std::string("</") + tag + ">";
        ++col;
      }
      out += "</tr>\n";
      if (row.header) out += "</thead>\n";
    }
    if (body_open) out += "</tbody>\n";
    out += "</table>\n</div>\n";
  }
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
  Writer w{page, link, {}};
  w.node(root);
  return std::move(w.out);
}

}  // namespace tk::html
