// Document tree helpers: plain text and the Enter/Exit walk.
#include "doc/ast.h"

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

static void append_plain(const Node& n, std::string& out) {
  switch (n.kind) {
    case Kind::Text:
    case Kind::Code: out += n.text; break;
    case Kind::SoftBreak:
    case Kind::LineBreak: out += ' '; break;
    default:
      for (const auto& c : n.children) append_plain(c, out);
  }
}

std::string plain_text(const Node& n) {
  std::string out;
  append_plain(n, out);
  return out;
}

void walk(const Node& root, Visitor& v) {
  if (v.enter(root))
    for (const auto& c : root.children) walk(c, v);
  v.exit(root);
}

}  // namespace tk::doc
