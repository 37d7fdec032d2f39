// The walk over the document tree: the order of events, the tree's grammar and the field check.
#include "doc/walk.h"

namespace tk::doc {

Holds holds(Kind k) {
  switch (k) {
    case Kind::Document:
    case Kind::Item:
    case Kind::BlockQuote: return Holds::Blocks;
    case Kind::List: return Holds::Items;
    case Kind::Table: return Holds::Rows;
    case Kind::TableRow: return Holds::Cells;
    case Kind::Paragraph:
    case Kind::Heading:
    case Kind::TableCell:
    case Kind::Emph:
    case Kind::Strong:
    case Kind::Strike:
    case Kind::Link:
    case Kind::Image: return Holds::Inlines;
    case Kind::CodeBlock:
    case Kind::ThematicBreak:
    case Kind::FieldBlock:
    case Kind::Text:
    case Kind::Code:
    case Kind::SoftBreak:
    case Kind::LineBreak:
    case Kind::FieldInline: return Holds::Nothing;
  }
  return Holds::Nothing;  // not reached: the switch names every kind
}

FieldUse field_use(Kind k) {
  switch (k) {
    case Kind::FieldBlock:
    case Kind::FieldInline: return FieldUse::Always;
    case Kind::Item:
    case Kind::TableCell: return FieldUse::Optional;
    case Kind::Document:
    case Kind::Paragraph:
    case Kind::Heading:
    case Kind::List:
    case Kind::BlockQuote:
    case Kind::CodeBlock:
    case Kind::ThematicBreak:
    case Kind::Table:
    case Kind::TableRow:
    case Kind::Text:
    case Kind::Code:
    case Kind::Emph:
    case Kind::Strong:
    case Kind::Strike:
    case Kind::Link:
    case Kind::Image:
    case Kind::SoftBreak:
    case Kind::LineBreak: return FieldUse::Never;
  }
  return FieldUse::Never;  // not reached
}

namespace {

/// Where a node of a kind may stand: which Holds of its parent takes it.
Holds stands_in(Kind k) {
  switch (k) {
    case Kind::Item: return Holds::Items;
    case Kind::TableRow: return Holds::Rows;
    case Kind::TableCell: return Holds::Cells;
    case Kind::Paragraph:
    case Kind::Heading:
    case Kind::List:
    case Kind::BlockQuote:
    case Kind::CodeBlock:
    case Kind::ThematicBreak:
    case Kind::Table:
    case Kind::FieldBlock: return Holds::Blocks;
    case Kind::Text:
    case Kind::Code:
    case Kind::Emph:
    case Kind::Strong:
    case Kind::Strike:
    case Kind::Link:
    case Kind::Image:
    case Kind::SoftBreak:
    case Kind::LineBreak:
    case Kind::FieldInline: return Holds::Inlines;
    case Kind::Document: return Holds::Nothing;  // only where a walk starts
  }
  return Holds::Nothing;  // not reached
}

struct Walk {
  Visitor& v;
  bool check_fields;
  std::size_t field_count;
  const std::string& source;

  [[noreturn]] void fail(const Node& n, const std::string& what) const {
    throw TreeError((source.empty() ? std::string("document") : source) + ":" + std::to_string(n.line) + ":" +
                    std::to_string(n.col) + ": internal error: " + what);
  }

  void check_field(const Node& n) const {
    FieldUse use = field_use(n.kind);
    if (use == FieldUse::Never || (use == FieldUse::Optional && n.field < 0)) return;
    if (n.field < 0 || static_cast<std::size_t>(n.field) >= field_count)
      fail(n, std::string("a ") + kind_name(n.kind) + " names field #" + std::to_string(n.field) + ", and the page has " +
                  std::to_string(field_count) + " fields");
  }

  // A node's children are checked before the node's own events, so a visitor may look at a
  // sibling ahead of the walk (the PDF puts a signature and the date after it on one line).
  void check_children(const Node& n) const {
    const Holds h = holds(n.kind);
    for (const Node& c : n.children) {
      if (stands_in(c.kind) != h || h == Holds::Nothing)
        fail(c, std::string("a ") + kind_name(c.kind) + " inside a " + kind_name(n.kind));
      if (check_fields) check_field(c);
    }
  }

  void start(const Node& root) {
    if (check_fields) check_field(root);
    node(Step{root});
  }

  void node(const Step& at) {
    const Node& n = at.node;
    check_children(n);
    if (!v.enter(at)) {
      v.exit(at);
      return;
    }
    const int lists = at.lists + (n.kind == Kind::List ? 1 : 0);
    for (std::size_t i = 0; i < n.children.size(); ++i) node(Step{n.children[i], &at, i, lists});
    v.exit(at);
  }
};

const std::string kNoSource;

}  // namespace

const char* kind_name(Kind k) {
  switch (k) {
    case Kind::Document: return "Document";
    case Kind::Paragraph: return "Paragraph";
    case Kind::Heading: return "Heading";
    case Kind::List: return "List";
    case Kind::Item: return "Item";
    case Kind::BlockQuote: return "BlockQuote";
    case Kind::CodeBlock: return "CodeBlock";
    case Kind::ThematicBreak: return "ThematicBreak";
    case Kind::Table: return "Table";
    case Kind::TableRow: return "TableRow";
    case Kind::TableCell: return "TableCell";
    case Kind::FieldBlock: return "FieldBlock";
    case Kind::Text: return "Text";
    case Kind::Code: return "Code";
    case Kind::Emph: return "Emph";
    case Kind::Strong: return "Strong";
    case Kind::Strike: return "Strike";
    case Kind::Link: return "Link";
    case Kind::Image: return "Image";
    case Kind::SoftBreak: return "SoftBreak";
    case Kind::LineBreak: return "LineBreak";
    case Kind::FieldInline: return "FieldInline";
  }
  return "?";  // not reached
}

const Node* Step::next() const {
  if (!parent || index + 1 >= parent->node.children.size()) return nullptr;
  return &parent->node.children[index + 1];
}

const Node* Step::list() const {
  for (const Step* s = parent; s; s = s->parent)
    if (s->node.kind == Kind::List) return &s->node;
  return nullptr;
}

bool Step::in_tight_item() const {
  return parent && parent->node.kind == Kind::Item && parent->parent && parent->parent->node.kind == Kind::List &&
         parent->parent->node.tight;
}

char Step::align() const {
  if (node.kind != Kind::TableCell || !parent || !parent->parent) return 0;
  const std::vector<char>& aligns = parent->parent->node.aligns();
  return index < aligns.size() ? aligns[index] : 0;
}

void walk(const Node& root, Visitor& v) {
  Walk w{v, false, 0, kNoSource};
  w.start(root);
}

void walk(const Node& root, Visitor& v, std::size_t field_count, const std::string& source) {
  Walk w{v, true, field_count, source};
  w.start(root);
}

namespace {

struct Entering : Visitor {
  const std::function<bool(const Step&)>& fn;
  explicit Entering(const std::function<bool(const Step&)>& f) : fn(f) {}
  bool enter(const Step& at) override { return fn(at); }
};

}  // namespace

void walk(const Node& root, const std::function<bool(const Step& at)>& enter) {
  Entering v(enter);
  walk(root, v);
}

void edit(Node& root, const std::function<void(Node& n, const Step& at)>& fn) {
  // Every node reached from root is the caller's (non-const): the walk hands it back as such.
  walk(root, [&fn](const Step& at) {
    fn(const_cast<Node&>(at.node), at);
    return true;
  });
}

std::vector<std::string> heading_ids(const Node& root) {
  std::vector<std::string> ids;
  walk(root, [&ids](const Step& at) {
    if (at.node.kind != Kind::Heading) return true;
    if (!at.node.id().empty()) ids.push_back(at.node.id());
    return false;  // its children are inlines
  });
  return ids;
}

}  // namespace tk::doc
