// Plain text of a document tree for the search index: a visitor of doc/walk.h, one switch over node kinds.
#include "search/plain_text.h"

#include "core/text.h"

namespace tk::search {

PlainText::PlainText(const std::vector<model::Field>& fields) : fields_(fields) {
  sections_.emplace_back();
}

namespace {
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
}  // namespace

void PlainText::add(const std::string& s) {
  std::string& t = sections_.back().text;
  for (std::size_t i = 0; i < s.size();) {
    if (is_space(s[i])) {
      if (!t.empty() && t.back() != ' ' && t.back() != '\n') t += ' ';
      ++i;
      continue;
    }
    std::size_t j = i + 1;  // a run of other characters goes in at once
    while (j < s.size() && !is_space(s[j])) ++j;
    t.append(s, i, j - i);
    i = j;
  }
}

void PlainText::end_block() {
  std::string& t = sections_.back().text;
  while (!t.empty() && t.back() == ' ') t.pop_back();
  if (!t.empty() && t.back() != '\n') t += '\n';
}

bool PlainText::enter(const doc::Step& at) {
  using doc::Kind;
  const doc::Node& n = at.node;
  switch (n.kind) {
    case Kind::Document:
    case Kind::Paragraph:
    case Kind::List:
    case Kind::Item:
    case Kind::BlockQuote:
    case Kind::Table:
    case Kind::TableRow:
    case Kind::TableCell:
    case Kind::Emph:
    case Kind::Strong:
    case Kind::Strike:
    case Kind::Link:
    case Kind::Image:
      return true;
    case Kind::Heading: {
      end_block();
      Section s;
      s.id = n.id();
      s.heading = text::trim(doc::plain_text(n));
      s.level = n.level;
      sections_.push_back(std::move(s));
      return false;
    }
    case Kind::CodeBlock:
      end_block();
      add(n.text);
      end_block();
      return false;
    case Kind::ThematicBreak:
      end_block();
      return false;
    case Kind::FieldBlock:
      end_block();
      field_block(fields_[static_cast<std::size_t>(n.field)]);  // the walk checked the index
      end_block();
      return false;
    case Kind::Text:
    case Kind::Code:
      add(n.text);
      return false;
    case Kind::SoftBreak:
    case Kind::LineBreak:
    case Kind::FieldInline:
      add(" ");
      return false;
  }
  return true;
}

void PlainText::field_block(const model::Field& f) {
  add(f.label);
  if (!f.help.empty()) {
    add(". ");
    add(f.help);
  }
}

void PlainText::exit(const doc::Step& at) {
  using doc::Kind;
  switch (at.node.kind) {
    case Kind::Paragraph:
    case Kind::Item:
    case Kind::TableRow: end_block(); break;
    case Kind::TableCell: add(" "); break;
    case Kind::Document:
    case Kind::Heading:
    case Kind::List:
    case Kind::BlockQuote:
    case Kind::CodeBlock:
    case Kind::ThematicBreak:
    case Kind::Table:
    case Kind::FieldBlock:
    case Kind::Text:
    case Kind::Code:
    case Kind::Emph:
    case Kind::Strong:
    case Kind::Strike:
    case Kind::Link:
    case Kind::Image:
    case Kind::SoftBreak:
    case Kind::LineBreak:
    case Kind::FieldInline: break;
  }
}

std::vector<Section> PlainText::take() {
  end_block();
  for (auto& s : sections_)
    while (!s.text.empty() && s.text.back() == '\n') s.text.pop_back();
  return std::move(sections_);
}

std::vector<Section> plain_sections(const doc::Node& body, const std::vector<model::Field>& fields) {
  PlainText v(fields);
  doc::walk(body, v, fields.size(), "");
  return v.take();
}

std::string plain_string(const doc::Node& body, const std::vector<model::Field>& fields) {
  std::string out;
  for (const auto& s : plain_sections(body, fields)) {
    if (!s.heading.empty()) out += (out.empty() ? "" : "\n") + s.heading;
    if (!s.text.empty()) out += (out.empty() ? "" : "\n") + s.text;
  }
  return out;
}

}  // namespace tk::search
