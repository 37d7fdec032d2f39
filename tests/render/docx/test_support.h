// Test support for the .docx writer: a tiny well-formedness-checking XML parser, a fixture site that
// uses every node kind and field type, and helpers that read a .docx back.
#pragma once
#include <cctype>
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "model/site.h"
#include "render/zip/archive.h"

namespace tk::test::docx {

// ---------------------------------------------------------------------------------------------------
// XML: a strict little parser (elements, attributes, entities, comments, CDATA, namespace prefixes).

struct Element {
  std::string name;
  std::vector<std::pair<std::string, std::string>> attrs;
  std::vector<Element> children;
  std::string text;  ///< character data directly inside, entities decoded

  bool has(const std::string& a) const {
    for (const auto& kv : attrs)
      if (kv.first == a) return true;
    return false;
  }
  std::string get(const std::string& a) const {
    for (const auto& kv : attrs)
      if (kv.first == a) return kv.second;
    return "";
  }
  const Element* child(const std::string& n) const {
    for (const auto& c : children)
      if (c.name == n) return &c;
    return nullptr;
  }
  /// Every descendant named n, in document order.
  std::vector<const Element*> all(const std::string& n) const {
    std::vector<const Element*> out;
    collect(n, out);
    return out;
  }
  /// The text of every descendant w:t (or, for other vocabularies, all character data).
  std::string all_text() const {
    std::string out = text;
    for (const auto& c : children) out += c.all_text();
    return out;
  }

 private:
  void collect(const std::string& n, std::vector<const Element*>& out) const {
    for (const auto& c : children) {
      if (c.name == n) out.push_back(&c);
      c.collect(n, out);
    }
  }
};

class XmlParser {
 public:
  explicit XmlParser(const std::string& s) : s_(s) {}

  Element document() {
    if (s_.compare(0, 5, "<?xml") == 0) skip_past("?>");
    misc();
    if (i_ >= s_.size() || s_[i_] != '<') fail("no root element");
    std::vector<std::set<std::string>> scopes{{"xml"}};
    Element root = element(scopes);
    misc();
    if (i_ != s_.size()) fail("content after the root element");
    return root;
  }

 private:
  [[noreturn]] void fail(const std::string& msg) const {
    throw std::runtime_error("XML offset " + std::to_string(i_) + ": " + msg);
  }
  bool at(const char* lit) const { return s_.compare(i_, std::char_traits<char>::length(lit), lit) == 0; }
  void skip_past(const char* lit) {
    std::size_t p = s_.find(lit, i_);
    if (p == std::string::npos) fail(std::string("unterminated, expected ") + lit);
    i_ = p + std::char_traits<char>::length(lit);
  }
  void ws() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r')) ++i_;
  }
  void misc() {
    for (;;) {
      ws();
      if (at("<!--")) skip_past("-->");
      else if (at("<?")) skip_past("?>");
      else return;
    }
  }
  std::string name() {
    std::size_t b = i_;
    auto ok0 = [](char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_' || c == ':'; };
    auto ok = [&](char c) { return ok0(c) || std::isdigit(static_cast<unsigned char>(c)) || c == '-' || c == '.'; };
    if (i_ >= s_.size() || !ok0(s_[i_])) fail("bad name");
    while (i_ < s_.size() && ok(s_[i_])) ++i_;
    return s_.substr(b, i_ - b);
  }
  std::string decode(std::size_t b, std::size_t e) {
    std::string out;
    for (std::size_t k = b; k < e; ++k) {
      char c = s_[k];
      auto u = static_cast<unsigned char>(c);
      if (u < 0x20 && c != '\t' && c != '\n' && c != '\r') { i_ = k; fail("control character"); }
      if (c == '<') { i_ = k; fail("'<' in character data or attribute"); }
      if (c != '&') { out += c; continue; }
      std::size_t semi = s_.find(';', k);
      if (semi == std::string::npos || semi > e) { i_ = k; fail("unterminated entity"); }
      std::string ent = s_.substr(k + 1, semi - k - 1);
      if (ent == "amp") out += '&';
      else if (ent == "lt") out += '<';
      else if (ent == "gt") out += '>';
      else if (ent == "quot") out += '"';
      else if (ent == "apos") out += '\'';
      else if (ent.size() > 1 && ent[0] == '#') {
        unsigned long cp = ent[1] == 'x' ? std::stoul(ent.substr(2), nullptr, 16) : std::stoul(ent.substr(1));
        if (cp < 0x80) out += static_cast<char>(cp);
        else out += "?";  // not needed by these tests
      } else { i_ = k; fail("unknown entity &" + ent + ";"); }
      k = semi;
    }
    return out;
  }
  static std::string prefix(const std::string& qname) {
    std::size_t c = qname.find(':');
    return c == std::string::npos ? "" : qname.substr(0, c);
  }
  Element element(std::vector<std::set<std::string>>& scopes) {
    ++i_;  // '<'
    Element e;
    e.name = name();
    std::set<std::string> declared;
    for (;;) {
      ws();
      if (i_ >= s_.size()) fail("unterminated start tag");
      if (s_[i_] == '/' || s_[i_] == '>') break;
      std::string a = name();
      ws();
      if (i_ >= s_.size() || s_[i_] != '=') fail("attribute without '='");
      ++i_;
      ws();
      if (i_ >= s_.size() || (s_[i_] != '"' && s_[i_] != '\'')) fail("unquoted attribute");
      char q = s_[i_++];
      std::size_t end = s_.find(q, i_);
      if (end == std::string::npos) fail("unterminated attribute value");
      std::string v = decode(i_, end);
      i_ = end + 1;
      if (e.has(a)) fail("duplicate attribute " + a);
      if (a.compare(0, 6, "xmlns:") == 0) declared.insert(a.substr(6));
      e.attrs.emplace_back(a, v);
    }
    scopes.push_back(declared);
    auto check = [&](const std::string& qname) {
      std::string p = prefix(qname);
      if (p.empty() || p == "xmlns") return;
      for (const auto& sc : scopes)
        if (sc.count(p)) return;
      fail("undeclared namespace prefix '" + p + "' in " + qname);
    };
    check(e.name);
    for (const auto& kv : e.attrs) check(kv.first);
    if (at("/>")) {
      i_ += 2;
      scopes.pop_back();
      return e;
    }
    ++i_;  // '>'
    for (;;) {
      if (i_ >= s_.size()) fail("unclosed element " + e.name);
      if (at("</")) {
        i_ += 2;
        std::string n = name();
        if (n != e.name) fail("</" + n + "> closes <" + e.name + ">");
        ws();
        if (i_ >= s_.size() || s_[i_] != '>') fail("bad end tag");
        ++i_;
        break;
      }
      if (at("<!--")) { skip_past("-->"); continue; }
      if (at("<![CDATA[")) {
        std::size_t b = i_ + 9;
        skip_past("]]>");
        e.text += s_.substr(b, i_ - 3 - b);
        continue;
      }
      if (at("<?")) { skip_past("?>"); continue; }
      if (s_[i_] == '<') { e.children.push_back(element(scopes)); continue; }
      std::size_t end = s_.find('<', i_);
      if (end == std::string::npos) end = s_.size();
      e.text += decode(i_, end);
      i_ = end;
    }
    scopes.pop_back();
    return e;
  }

  const std::string& s_;
  std::size_t i_ = 0;
};

/// Parses a whole XML document; throws std::runtime_error when it is not well-formed.
inline Element parse(const std::string& xml) { return XmlParser(xml).document(); }

/// Parses a WordprocessingML fragment (runs, paragraphs, tables, content controls) inside a root <r> that
/// declares the w, r and w14 prefixes; throws std::runtime_error when it is not well-formed.
inline Element parse_fragment(const std::string& xml) {
  return parse("<r xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
               "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
               "xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\">" + xml + "</r>");
}

// ---------------------------------------------------------------------------------------------------
// Reading a .docx back.

/// The parts of a .docx by path.
inline std::map<std::string, std::string> parts(const std::string& docx) {
  std::map<std::string, std::string> out;
  for (auto& [p, b] : zip::read(docx)) out[p] = b;
  return out;
}

/// The part paths in archive order.
inline std::vector<std::string> part_names(const std::string& docx) {
  std::vector<std::string> out;
  for (auto& e : zip::read(docx)) out.push_back(e.first);
  return out;
}

/// One content control as read back from word/document.xml.
struct Control {
  std::string tag, alias, id;
  std::string type;         ///< "text", "multiline", "date", "checkbox", "dropdown", "rich"
  bool placeholder = false; ///< w:showingPlcHdr
  bool checked = false;     ///< w14:checked
  std::string content;      ///< the text shown
  std::string content_style;///< rStyle of the first run
  const Element* sdt = nullptr;
};

inline std::vector<Control> controls(const Element& document) {
  std::vector<Control> out;
  for (const Element* sdt : document.all("w:sdt")) {
    Control c;
    c.sdt = sdt;
    const Element* pr = sdt->child("w:sdtPr");
    if (!pr) continue;
    if (const Element* t = pr->child("w:tag")) c.tag = t->get("w:val");
    if (const Element* a = pr->child("w:alias")) c.alias = a->get("w:val");
    if (const Element* i = pr->child("w:id")) c.id = i->get("w:val");
    c.placeholder = pr->child("w:showingPlcHdr") != nullptr;
    c.type = "rich";
    if (const Element* t = pr->child("w:text")) c.type = t->get("w:multiLine") == "1" ? "multiline" : "text";
    if (pr->child("w:date")) c.type = "date";
    if (pr->child("w:dropDownList")) c.type = "dropdown";
    if (const Element* cb = pr->child("w14:checkbox")) {
      c.type = "checkbox";
      if (const Element* ch = cb->child("w14:checked")) c.checked = ch->get("w14:val") == "1";
    }
    if (const Element* content = sdt->child("w:sdtContent")) {
      for (const Element* t : content->all("w:t")) c.content += t->text;
      auto runs = content->all("w:r");
      if (!runs.empty())
        if (const Element* rpr = runs[0]->child("w:rPr"))
          if (const Element* rs = rpr->child("w:rStyle")) c.content_style = rs->get("w:val");
    }
    out.push_back(c);
  }
  return out;
}

/// The text of a paragraph or any element: every w:t, w:tab as '\t'.
inline std::string text_of(const Element& e) {
  std::string out;
  if (e.name == "w:t") out += e.text;
  if (e.name == "w:tab" && !e.has("w:val")) out += '\t';
  for (const auto& c : e.children) out += text_of(c);
  return out;
}

/// The w:pStyle of a paragraph, or "".
inline std::string pstyle(const Element& p) {
  if (const Element* ppr = p.child("w:pPr"))
    if (const Element* st = ppr->child("w:pStyle")) return st->get("w:val");
  return "";
}

}  // namespace tk::test::docx
