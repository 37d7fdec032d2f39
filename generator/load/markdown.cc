// cmark-gfm parse and conversion of its tree into doc::Node (positions, tables, task items, fields).
#include "load/markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>
#include <dlfcn.h>

#include <map>
#include <mutex>
#include <set>

#include "core/text.h"
#include "load/field_block.h"

// cmark-gfm keeps the inline parser's special characters ('~' for strikethrough, ':' and 'w' for autolinks)
// in one table for the whole process. cmark_parser_finish adds the attached extensions' characters before
// it parses inlines and REMOVES them after (libcmark-gfm 0.29.0.gfm.6: blocks.c, process_inlines, called
// through the exported cmark_manage_extensions_special_characters), so a page finishing on one worker thread
// turned '~' off for a page being parsed on another: `~~struck~~` came out literally (issue 21). A parser
// that is never freed does not help (freeing never touches the table); a lock around every parse would run
// the inline parsing (two thirds of cmark's time) on one core at a time.
//
// Instead toolkitgen defines that function itself: the library calls it through its PLT, so this
// definition is the one it runs, and it does nothing. The characters are put in the table once, by the
// library's own function, before any page is parsed, and never taken out; every parser attaches the same
// extensions, so the table is then what each parse would have set. If the definition is not the one the
// library calls (a build that binds cmark-gfm's symbols inside the library), parses take a lock instead.
extern "C" void cmark_manage_extensions_special_characters(cmark_parser*, int) {}

namespace tk::load {
namespace {

constexpr int kMaxDepth = 48;

struct Converter {
  const MarkdownInput& in;
  Diagnostics& diags;
  std::vector<model::Field> fields;
  std::map<std::size_t, int> explicit_names;  ///< field index -> line of its `name:`
  bool depth_reported = false;
  bool html_reported = false;

  int line_of(cmark_node* n) const { return in.first_line + cmark_node_get_start_line(n) - 1; }
  int col_of(cmark_node* n) const { return cmark_node_get_start_column(n); }

  int add_field(model::Field f) {
    fields.push_back(std::move(f));
    return static_cast<int>(fields.size()) - 1;
  }

  // The number of children of a cmark node.
  static std::size_t count(cmark_node* n) {
    std::size_t k = 0;
    for (cmark_node* c = cmark_node_first_child(n); c; c = cmark_node_next(c)) ++k;
    return k;
  }

  // Converts n's children into out.children. A site keeps millions of nodes: vectors are sized
  // exactly where the count is known, not grown by doubling.
  void children(cmark_node* n, doc::Node& out, int depth) {
    if (out.children.empty()) out.children.reserve(count(n));
    for (cmark_node* c = cmark_node_first_child(n); c; c = cmark_node_next(c)) convert(c, out, depth + 1);
  }

  void convert(cmark_node* n, doc::Node& parent, int depth) {
    if (depth > kMaxDepth) {
      if (!depth_reported)
        diags.error(in.path, line_of(n), col_of(n),
                    "Markdown nested more than " + std::to_string(kMaxDepth) + " levels deep; flatten the lists or quotes");
      depth_reported = true;
      return;
    }
    doc::Node d;
    d.line = line_of(n);
    d.col = col_of(n);
    const std::string type = cmark_node_get_type_string(n);
    switch (cmark_node_get_type(n)) {
      case CMARK_NODE_DOCUMENT: d.kind = doc::Kind::Document; break;
      case CMARK_NODE_PARAGRAPH: d.kind = doc::Kind::Paragraph; break;
      case CMARK_NODE_HEADING:
        d.kind = doc::Kind::Heading;
        d.level = cmark_node_get_heading_level(n);
        break;
      case CMARK_NODE_LIST:
        d.kind = doc::Kind::List;
        d.ordered = cmark_node_get_list_type(n) == CMARK_ORDERED_LIST;
        d.start = cmark_node_get_list_start(n);
        d.tight = cmark_node_get_list_tight(n) != 0;
        break;
      case CMARK_NODE_ITEM:
        d.kind = doc::Kind::Item;
        if (type == "tasklist") d.checked = cmark_gfm_extensions_get_tasklist_item_checked(n);
        break;
      case CMARK_NODE_BLOCK_QUOTE: d.kind = doc::Kind::BlockQuote; break;
      case CMARK_NODE_CODE_BLOCK: {
        const char* info = cmark_node_get_fence_info(n);
        const char* lit = cmark_node_get_literal(n);
        if (info && *info) d.extra().info = info;
        d.text = lit ? lit : "";
        if (text::trim(d.info()) == "field" && in.fields) {
          d.kind = doc::Kind::FieldBlock;
          model::Field f;
          int name_line = 0;
          if (!parse_field_block(d.text, in.path, d.line + 1, f, diags, &name_line)) return;
          d.field = add_field(std::move(f));
          if (name_line > 0) explicit_names[static_cast<std::size_t>(d.field)] = name_line;
          d.text.clear();
        } else {
          d.kind = doc::Kind::CodeBlock;
        }
        parent.children.push_back(std::move(d));
        return;
      }
      case CMARK_NODE_HTML_BLOCK:
      case CMARK_NODE_HTML_INLINE:
        if (!html_reported)
          diags.warning(in.path, line_of(n), col_of(n), "raw HTML is not allowed in content and was left out");
        html_reported = true;
        return;
      case CMARK_NODE_THEMATIC_BREAK: d.kind = doc::Kind::ThematicBreak; break;
      case CMARK_NODE_TEXT: {
        const char* lit = cmark_node_get_literal(n);
        d.kind = doc::Kind::Text;
        d.text = lit ? lit : "";
        parent.children.push_back(std::move(d));
        return;
      }
      case CMARK_NODE_CODE: {
        const char* lit = cmark_node_get_literal(n);
        d.kind = doc::Kind::Code;
        d.text = lit ? lit : "";
        parent.children.push_back(std::move(d));
        return;
      }
      case CMARK_NODE_SOFTBREAK: d.kind = doc::Kind::SoftBreak; break;
      case CMARK_NODE_LINEBREAK: d.kind = doc::Kind::LineBreak; break;
      case CMARK_NODE_EMPH: d.kind = doc::Kind::Emph; break;
      case CMARK_NODE_STRONG: d.kind = doc::Kind::Strong; break;
      case CMARK_NODE_LINK:
      case CMARK_NODE_IMAGE: {
        d.kind = cmark_node_get_type(n) == CMARK_NODE_LINK ? doc::Kind::Link : doc::Kind::Image;
        const char* url = cmark_node_get_url(n);
        const char* title = cmark_node_get_title(n);
        d.extra().url = url ? url : "";
        if (title && *title) d.extra().title = title;
        break;
      }
      default:
        if (type == "table") {
          convert_table(n, parent, depth);
          return;
        }
        if (type == "strikethrough") {
          d.kind = doc::Kind::Strike;
          break;
        }
        // Footnotes and other extensions are not enabled; keep the text of anything unexpected.
        children(n, parent, depth);
        return;
    }
    children(n, d, depth);
    if (d.kind == doc::Kind::Paragraph) split_blanks(d, nullptr);
    if (d.kind == doc::Kind::Item && type == "tasklist") make_checkbox(d);
    parent.children.push_back(std::move(d));
  }

  // A task-list item: a checkbox field labelled by the item's first paragraph.
  void make_checkbox(doc::Node& item) {
    if (!in.fields) return;
    std::string label;
    for (const auto& c : item.children)
      if (c.kind == doc::Kind::Paragraph) {
        label = text::trim(doc::plain_text(c));
        break;
      }
    if (label.empty()) {
      diags.error(in.path, item.line, item.col, "a checkbox (- [ ]) needs a label after it");
      return;
    }
    model::Field f;
    f.type = model::FieldType::Checkbox;
    f.label = label;
    f.name = text::field_name(label);
    f.checked = item.checked;
    f.line = item.line;
    item.field = add_field(std::move(f));
  }

  void convert_table(cmark_node* n, doc::Node& parent, int depth) {
    doc::Node t;
    t.kind = doc::Kind::Table;
    t.line = line_of(n);
    t.col = col_of(n);
    uint16_t ncols = cmark_gfm_extensions_get_table_columns(n);
    uint8_t* al = cmark_gfm_extensions_get_table_alignments(n);
    for (uint16_t i = 0; i < ncols; ++i) t.extra().aligns.push_back(al ? static_cast<char>(al[i]) : 0);
    std::vector<std::string> headers;
    int row_no = 0;
    t.children.reserve(count(n));
    for (cmark_node* r = cmark_node_first_child(n); r; r = cmark_node_next(r)) {
      doc::Node row;
      row.kind = doc::Kind::TableRow;
      row.children.reserve(count(r));
      row.line = line_of(r);
      row.header = cmark_gfm_extensions_get_table_row_is_header(r) != 0;
      if (!row.header) ++row_no;
      std::size_t col = 0;
      std::string first_cell;
      for (cmark_node* c = cmark_node_first_child(r); c; c = cmark_node_next(c), ++col) {
        doc::Node cell;
        cell.kind = doc::Kind::TableCell;
        cell.line = line_of(c);
        cell.col = col_of(c);
        children(c, cell, depth + 2);
        std::string txt = text::trim(doc::plain_text(cell));
        const std::string header = col < headers.size() ? headers[col] : std::string();
        if (row.header) {
          headers.push_back(txt);
        } else if (in.fields && cell.children.empty()) {
          model::Field f;
          f.type = model::FieldType::Multiline;
          f.in_table = true;
          f.lines = 2;
          f.line = cell.line;
          if (col > 0 && !first_cell.empty() && !header.empty()) f.label = first_cell + ": " + header;
          else if (!header.empty()) f.label = header + " (row " + std::to_string(row_no) + ")";
          else f.label = "Row " + std::to_string(row_no) + ", column " + std::to_string(col + 1);
          f.name = text::field_name(f.label);
          cell.field = add_field(std::move(f));
        } else {
          split_blanks(cell, &header);
        }
        if (col == 0) first_cell = txt;
        row.children.push_back(std::move(cell));
      }
      t.children.push_back(std::move(row));
    }
    parent.children.push_back(std::move(t));
  }

  // Merges adjacent Text nodes, then turns runs of 3+ underscores into FieldInline nodes.
  void split_blanks(doc::Node& container, const std::string* column_header) {
    std::vector<doc::Node> merged;
    merged.reserve(container.children.size());
    for (auto& c : container.children) {
      if (c.kind == doc::Kind::Text && !merged.empty() && merged.back().kind == doc::Kind::Text)
        merged.back().text += c.text;
      else
        merged.push_back(std::move(c));
    }
    container.children.clear();
    if (!in.fields) {
      if (merged.size() < merged.capacity()) merged.shrink_to_fit();
      container.children = std::move(merged);
      return;
    }
    for (auto& c : merged) {
      if (c.kind != doc::Kind::Text || c.text.find("___") == std::string::npos) {
        container.children.push_back(std::move(c));
        continue;
      }
      const std::string& s = c.text;
      std::size_t i = 0, last = 0;
      while ((i = s.find("___", i)) != std::string::npos) {
        std::size_t j = i;
        while (j < s.size() && s[j] == '_') ++j;
        if (i > last) container.children.push_back(text_node(s.substr(last, i - last), c));
        doc::Node f;
        f.kind = doc::Kind::FieldInline;
        f.line = c.line;
        f.col = c.col;
        model::Field fld;
        fld.type = model::FieldType::Text;
        fld.width = static_cast<int>(j - i);
        fld.in_table = column_header != nullptr;
        fld.line = c.line;
        fld.label = label_before(container.children);
        if (fld.label.empty() && column_header) fld.label = *column_header;
        if (fld.label.empty()) {
          diags.error(in.path, c.line, c.col,
                      "a blank (___) needs a label: write what to enter before it on the same line");
        } else {
          fld.name = text::field_name(fld.label);
          f.field = add_field(std::move(fld));
          container.children.push_back(std::move(f));
        }
        i = last = j;
      }
      if (last < s.size()) container.children.push_back(text_node(s.substr(last), c));
    }
    if (container.children.capacity() > container.children.size()) container.children.shrink_to_fit();
  }

  static doc::Node text_node(std::string s, const doc::Node& like) {
    doc::Node t;
    t.kind = doc::Kind::Text;
    t.text = std::move(s);
    t.line = like.line;
    t.col = like.col;
    return t;
  }

  // The text on the current line before the blank, without a trailing colon.
  static std::string label_before(const std::vector<doc::Node>& inl) {
    std::string label;
    for (std::size_t k = inl.size(); k-- > 0;) {
      const auto& n = inl[k];
      if (n.kind == doc::Kind::SoftBreak || n.kind == doc::Kind::LineBreak || n.kind == doc::Kind::FieldInline) break;
      label = doc::plain_text(n) + label;
    }
    label = text::trim(label);
    while (!label.empty() && (label.back() == ':' || label.back() == ' ')) label.pop_back();
    // Leading list-like punctuation ("(", "-") is not part of a label.
    std::size_t b = 0;
    while (b < label.size() && (label[b] == '(' || label[b] == '-' || label[b] == ',' || label[b] == ';')) ++b;
    return text::trim(label.substr(b));
  }
};

constexpr const char* kExtensions[] = {"table", "strikethrough", "autolink", "tagfilter", "tasklist"};
constexpr const char* kManageChars = "cmark_manage_extensions_special_characters";

struct CmarkSetup {
  bool serialize = false;  ///< true when the library does not call the definition above
  std::mutex finish_mutex;
};

CmarkSetup& cmark_setup() {
  static CmarkSetup* setup = [] {
    auto* s = new CmarkSetup;  // never freed: parses may run until exit
    cmark_gfm_core_extensions_ensure_registered();
    using Manage = void (*)(cmark_parser*, int);
    auto real = reinterpret_cast<Manage>(dlsym(RTLD_NEXT, kManageChars));
    auto bound = reinterpret_cast<Manage>(dlsym(RTLD_DEFAULT, kManageChars));
    Manage ours = &cmark_manage_extensions_special_characters;
    s->serialize = real == nullptr || real == ours || bound != ours;
    if (real && real != ours) {
      cmark_parser* p = cmark_parser_new(CMARK_OPT_DEFAULT);
      for (const char* name : kExtensions)
        if (cmark_syntax_extension* e = cmark_find_syntax_extension(name)) cmark_parser_attach_syntax_extension(p, e);
      real(p, 1);
      cmark_parser_free(p);
    }
    return s;
  }();
  return *setup;
}

}  // namespace

bool markdown_parses_in_parallel() { return !cmark_setup().serialize; }

void assign_heading_ids(doc::Node& root, const std::vector<std::string>& reserved) {
  std::map<std::string, int> seen;
  for (const auto& r : reserved) seen.emplace(r, 0);
  // Pre-order, in document order.
  struct Rec {
    static void go(doc::Node& n, std::map<std::string, int>& seen_ids) {
      if (n.kind == doc::Kind::Heading) {
        std::string base = text::heading_id(doc::plain_text(n));
        if (base.empty()) {
          // No letter or digit to make an id from ("## !!!"): "section.1", "section.2", ... A heading's text
          // never gives a '.', so these never take the id of a heading with words ("## Section" keeps
          // "section", and a link to #section goes to it).
          std::string id;
          do id = "section." + std::to_string(++seen_ids[""]);
          while (seen_ids.count(id));
          seen_ids.emplace(id, 0);
          n.extra().id = id;
          return;
        }
        std::string id = base;
        auto it = seen_ids.find(base);
        if (it != seen_ids.end()) {
          do id = base + "-" + std::to_string(++it->second);
          while (seen_ids.count(id));
        }
        seen_ids.emplace(id, 0);
        n.extra().id = id;
        return;
      }
      for (auto& c : n.children) go(c, seen_ids);
    }
  };
  Rec::go(root, seen);
}

void uniquify_field_names(std::vector<model::Field>& fields, const std::map<std::size_t, int>& explicit_lines,
                          Diagnostics* diags, const std::string& path) {
  std::set<std::string> used;
  std::set<std::size_t> kept;             // fields whose explicit name stands
  std::map<std::string, int> first_line;  // explicit name -> line of its first `name:`
  for (const auto& [i, line] : explicit_lines) {
    const std::string& name = fields[i].name;
    auto [at, inserted] = first_line.emplace(name, line);
    if (inserted) {
      kept.insert(i);
      used.insert(name);
    } else if (diags) {
      // An error; the field is still renamed below, so the page's names stay unique.
      diags->error(path, line, 0,
                   "field name '" + name + "' is already used by the field at line " + std::to_string(at->second) +
                       "; a 'name' must be unique in the page");
    }
  }
  std::map<std::string, int> count;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    model::Field& f = fields[i];
    if (kept.count(i)) continue;
    if (f.name.empty()) f.name = "field";
    std::string base = f.name;
    if (used.count(base)) {
      int& k = count[base];
      if (k < 1) k = 1;
      do f.name = base + "_" + std::to_string(++k);
      while (used.count(f.name));
    }
    used.insert(f.name);
  }
}

MarkdownResult parse_markdown(const MarkdownInput& in, Diagnostics& diags) {
  CmarkSetup& setup = cmark_setup();
  cmark_parser* p = cmark_parser_new(CMARK_OPT_DEFAULT | CMARK_OPT_SMART);
  for (const char* name : kExtensions)
    if (cmark_syntax_extension* e = cmark_find_syntax_extension(name)) cmark_parser_attach_syntax_extension(p, e);
  cmark_parser_feed(p, in.text.data(), in.text.size());
  cmark_node* doc = nullptr;
  if (setup.serialize) {
    std::lock_guard<std::mutex> lock(setup.finish_mutex);
    doc = cmark_parser_finish(p);
  } else {
    doc = cmark_parser_finish(p);
  }

  Converter conv{in, diags, {}, {}, false, false};
  MarkdownResult res;
  res.root.kind = doc::Kind::Document;
  res.root.line = in.first_line;
  res.root.col = 1;
  conv.children(doc, res.root, 0);
  cmark_node_free(doc);
  cmark_parser_free(p);

  assign_heading_ids(res.root, in.reserved_ids);
  res.fields = std::move(conv.fields);
  uniquify_field_names(res.fields, conv.explicit_names, &diags, in.path);
  return res;
}

}  // namespace tk::load
