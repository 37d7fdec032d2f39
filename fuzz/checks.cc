// Invariant checks for the fuzz harnesses: diagnostics positions, fields, heading ids, HTML bodies.
#include "checks.h"

#include <algorithm>
#include <map>
#include <set>

namespace tk::fuzz {
namespace {

bool is_name_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; }

std::string trimmed(std::string_view s) {
  std::size_t b = s.find_first_not_of(" \t\r\n\f\v");
  if (b == std::string_view::npos) return "";
  std::size_t e = s.find_last_not_of(" \t\r\n\f\v");
  return std::string(s.substr(b, e - b + 1));
}

struct FieldRefs {
  const std::vector<model::Field>& fields;
  std::vector<int> refs;
  Problem problem;

  void visit(const doc::Node& n) {
    if (!problem.empty()) return;
    if (n.field != -1) {
      if (n.field < 0 || static_cast<std::size_t>(n.field) >= fields.size()) {
        problem = "node at line " + std::to_string(n.line) + " refers to field " + std::to_string(n.field) +
                  " of " + std::to_string(fields.size());
        return;
      }
      ++refs[static_cast<std::size_t>(n.field)];
      const model::Field& f = fields[static_cast<std::size_t>(n.field)];
      using T = model::FieldType;
      bool ok = true;
      switch (n.kind) {
        case doc::Kind::Item: ok = f.type == T::Checkbox; break;
        case doc::Kind::TableCell: ok = f.type == T::Multiline && f.in_table && n.children.empty(); break;
        case doc::Kind::FieldInline: ok = f.type == T::Text && f.width >= 3; break;
        case doc::Kind::FieldBlock: ok = f.width == 0; break;
        default: ok = false;
      }
      if (!ok)
        problem = "field '" + f.name + "' (" + model::field_type_name(f.type) + ") on a node of kind " +
                  std::to_string(static_cast<int>(n.kind)) + " at line " + std::to_string(n.line);
    }
    for (const auto& c : n.children) visit(c);
  }
};

void collect_heading_ids(const doc::Node& n, std::vector<const doc::Node*>& out) {
  if (n.kind == doc::Kind::Heading) out.push_back(&n);
  for (const auto& c : n.children) collect_heading_ids(c, out);
}

// ---- HTML ----

const std::set<std::string>& known_tags() {
  static const std::set<std::string> t = {"p",  "h2",    "h3",    "h4",    "h5",    "h6",     "ul",     "ol",
                                          "li", "blockquote", "pre", "code", "hr",  "div",    "table",  "thead",
                                          "tbody", "tr", "th",    "td",    "em",    "strong", "del",    "a",
                                          "img", "br",  "input", "textarea", "label", "span", "fieldset", "legend"};
  return t;
}
bool is_void(const std::string& t) { return t == "hr" || t == "img" || t == "br" || t == "input"; }
bool is_control(const std::string& t) { return t == "input" || t == "textarea"; }

std::string unescape(const std::string& v) {
  static const std::pair<const char*, char> ents[] = {{"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'},
                                                       {"&quot;", '"'}, {"&#39;", '\''}};
  std::string out;
  for (std::size_t i = 0; i < v.size();) {
    bool hit = false;
    for (const auto& e : ents) {
      std::size_t n = std::char_traits<char>::length(e.first);
      if (v.compare(i, n, e.first) == 0) {
        out += e.second;
        i += n;
        hit = true;
        break;
      }
    }
    if (!hit) out += v[i++];
  }
  return out;
}

// The scheme a browser would see (it drops tabs and newlines and leading controls/spaces), lower-case.
std::string browser_scheme(const std::string& url) {
  std::string u;
  for (char c : url)
    if (c != '\t' && c != '\n' && c != '\r') u += c;
  std::size_t b = 0;
  while (b < u.size() && static_cast<unsigned char>(u[b]) <= 0x20) ++b;
  u = u.substr(b);
  std::size_t colon = u.find(':');
  if (colon == std::string::npos) return "";
  std::size_t stop = u.find_first_of("/?#");
  if (stop != std::string::npos && stop < colon) return "";
  std::string s = u.substr(0, colon);
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

struct Tag {
  std::string name;
  bool closing = false;
  std::map<std::string, std::string> attrs;
};

// Parses the tag starting at html[i] == '<'; advances i past '>'. Returns a problem or "".
Problem parse_tag(const std::string& html, std::size_t& i, Tag& tag) {
  std::size_t at = i++;
  auto where = [&] { return " at byte " + std::to_string(at) + ": " + html.substr(at, 60); };
  if (i < html.size() && html[i] == '/') {
    tag.closing = true;
    ++i;
  }
  while (i < html.size() && ((html[i] >= 'a' && html[i] <= 'z') || (html[i] >= '0' && html[i] <= '9'))) tag.name += html[i++];
  if (!known_tags().count(tag.name)) return "unknown or malformed tag" + where();
  while (i < html.size()) {
    if (html[i] == '>') {
      ++i;
      return "";
    }
    if (html[i] != ' ' || tag.closing) return "malformed tag" + where();
    ++i;
    std::string name;
    while (i < html.size() && ((html[i] >= 'a' && html[i] <= 'z') || html[i] == '-')) name += html[i++];
    if (name.empty()) return "malformed attribute" + where();
    std::string value;
    if (i < html.size() && html[i] == '=') {
      if (++i >= html.size() || html[i] != '"') return "unquoted attribute" + where();
      std::size_t end = html.find('"', i + 1);
      if (end == std::string::npos) return "unterminated attribute" + where();
      value = html.substr(i + 1, end - i - 1);
      if (value.find_first_of("<>") != std::string::npos) return "raw < or > in an attribute" + where();
      i = end + 1;
    }
    if (tag.attrs.count(name)) return "attribute '" + name + "' twice" + where();
    tag.attrs[name] = unescape(value);
  }
  return "unterminated tag" + where();
}

}  // namespace

Problem check_diagnostics(const Diagnostics& diags, const std::string& path, std::string_view file) {
  // Lines as editors (and cmark, and YAML) count them: LF, CRLF and a lone CR each end a line.
  long lines = 1;
  for (std::size_t k = 0; k < file.size(); ++k)
    if (file[k] == '\n' || (file[k] == '\r' && (k + 1 == file.size() || file[k + 1] != '\n'))) ++lines;
  for (const auto& d : diags.all()) {
    if (d.path != path) return "diagnostic names path '" + d.path + "', not '" + path + "': " + d.format();
    if (d.line < 0 || d.col < 0) return "negative position: " + d.format();
    if (d.line > lines + 1)
      return "line past the end of the file (" + std::to_string(lines) + " lines): " + d.format();
    if (d.message.empty()) return "empty message: " + d.format();
  }
  return "";
}

Problem check_fields(const doc::Node& root, const std::vector<model::Field>& fields) {
  std::set<std::string> names;
  for (const auto& f : fields) {
    if (f.name.empty()) return "a field has an empty name (label '" + f.label + "')";
    for (char c : f.name)
      if (!is_name_char(c)) return "field name '" + f.name + "' has a character outside [a-z0-9_]";
    if (!names.insert(f.name).second) return "field name '" + f.name + "' is not unique";
    if (trimmed(f.label).empty()) return "field '" + f.name + "' has an empty label";
    if (f.lines < 1 || f.lines > 40) return "field '" + f.name + "' has lines=" + std::to_string(f.lines);
    if (f.type != model::FieldType::Multiline && f.lines != 1)
      return "non-multiline field '" + f.name + "' has lines=" + std::to_string(f.lines);
    if (f.width < 0) return "field '" + f.name + "' has a negative width";
  }
  FieldRefs refs{fields, std::vector<int>(fields.size(), 0), ""};
  refs.visit(root);
  if (!refs.problem.empty()) return refs.problem;
  for (std::size_t i = 0; i < fields.size(); ++i)
    if (refs.refs[i] != 1)
      return "field '" + fields[i].name + "' is referenced by " + std::to_string(refs.refs[i]) + " nodes";
  return "";
}

Problem check_heading_ids(const doc::Node& root) {
  std::vector<const doc::Node*> hs;
  collect_heading_ids(root, hs);
  std::set<std::string> seen;
  for (const doc::Node* h : hs) {
    if (h->id().empty()) return "heading at line " + std::to_string(h->line) + " has no id";
    if (!seen.insert(h->id()).second) return "heading id '" + h->id() + "' is not unique";
  }
  return "";
}

Problem check_body_html(const std::string& html, bool safe_urls) {
  std::vector<std::string> open;
  std::set<std::string> ids;
  std::vector<std::pair<std::string, std::string>> refs;  // (attribute, id) that must exist
  std::vector<std::string> needs_label;                    // controls named only by a <label for>
  std::size_t i = 0;
  while (i < html.size()) {
    std::size_t lt = html.find('<', i);
    std::size_t text_end = lt == std::string::npos ? html.size() : lt;
    std::size_t gt = html.find('>', i);
    if (gt != std::string::npos && gt < text_end) return "raw '>' in text at byte " + std::to_string(gt);
    if (lt == std::string::npos) break;
    i = lt;
    Tag tag;
    Problem p = parse_tag(html, i, tag);
    if (!p.empty()) return p;
    if (tag.closing) {
      if (open.empty() || open.back() != tag.name)
        return "</" + tag.name + "> closes <" + (open.empty() ? std::string("nothing") : open.back()) + ">";
      open.pop_back();
      continue;
    }
    bool in_a = std::find(open.begin(), open.end(), "a") != open.end();
    bool in_label = std::find(open.begin(), open.end(), "label") != open.end();
    auto context = [&] { return ": ..." + html.substr(lt > 80 ? lt - 80 : 0, 160) + "..."; };
    if (in_a && (tag.name == "a" || is_control(tag.name))) return "<" + tag.name + "> inside a link" + context();
    if (in_label && (tag.name == "label" || is_control(tag.name)))
      return "<" + tag.name + "> inside a <label> (a label may hold only the control it labels)" + context();
    for (const auto& [name, value] : tag.attrs) {
      if (name == "id") {
        if (value.empty()) return "empty id on <" + tag.name + ">";
        if (!ids.insert(value).second) return "duplicate id '" + value + "'";
      } else if (name == "for" || name == "aria-describedby") {
        refs.emplace_back(name, value);
      } else if (safe_urls && (name == "href" || name == "src")) {
        std::string s = browser_scheme(value);
        if (!s.empty() && s != "http" && s != "https" && s != "mailto" && s != "tel")
          return "unsafe URL in " + name + ": '" + value + "'";
      }
    }
    if (is_control(tag.name) && !tag.attrs.count("aria-label")) {
      if (!tag.attrs.count("id")) return "a form control with neither an id nor an aria-label";
      needs_label.push_back(tag.attrs["id"]);
    }
    if (!is_void(tag.name)) open.push_back(tag.name);
  }
  if (!open.empty()) return "<" + open.back() + "> is never closed";
  std::set<std::string> labelled;
  for (const auto& [attr, id] : refs) {
    if (!ids.count(id)) return attr + "=\"" + id + "\" names no element";
    if (attr == "for") labelled.insert(id);
  }
  for (const auto& id : needs_label)
    if (!labelled.count(id)) return "form control '" + id + "' has no label";
  return "";
}

}  // namespace tk::fuzz
