// Document tree helpers: deep copies and plain text.
#include "doc/ast.h"

#include "doc/walk.h"

namespace tk::doc {

Node::Node(const Node& o)
    : kind(o.kind), level(o.level), ordered(o.ordered), tight(o.tight), header(o.header), checked(o.checked),
      start(o.start), field(o.field), line(o.line), col(o.col), text(o.text), children(o.children),
      x_(o.x_ ? std::make_unique<NodeExtra>(*o.x_) : nullptr) {}

Node& Node::operator=(const Node& o) {
  if (this != &o) {
    Node copy(o);
    *this = std::move(copy);
  }
  return *this;
}

const std::string& Node::empty_string() {
  static const std::string empty;
  return empty;
}

const std::vector<char>& Node::aligns() const {
  static const std::vector<char> none;
  return x_ ? x_->aligns : none;
}

NodeExtra& Node::extra() {
  if (!x_) x_ = std::make_unique<NodeExtra>();
  return *x_;
}

namespace {

// Text and code as written, a line break as a space; every other kind only holds them.
struct PlainText : Visitor {
  std::string out;
  bool enter(const Step& at) override {
    const Node& n = at.node;
    switch (n.kind) {
      case Kind::Text:
      case Kind::Code: out += n.text; break;
      case Kind::SoftBreak:
      case Kind::LineBreak: out += ' '; break;
      case Kind::Document:
      case Kind::Paragraph:
      case Kind::Heading:
      case Kind::List:
      case Kind::Item:
      case Kind::BlockQuote:
      case Kind::CodeBlock:  // a code block's literal is not inline content
      case Kind::ThematicBreak:
      case Kind::Table:
      case Kind::TableRow:
      case Kind::TableCell:
      case Kind::FieldBlock:
      case Kind::Emph:
      case Kind::Strong:
      case Kind::Strike:
      case Kind::Link:
      case Kind::Image:
      case Kind::FieldInline: break;
    }
    return true;
  }
};

}  // namespace

std::string plain_text(const Node& n) {
  PlainText v;
  walk(n, v);
  return std::move(v.out);
}

}  // namespace tk::doc
