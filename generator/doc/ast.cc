// Document tree helpers: plain text and the Enter/Exit walk.
#include "doc/ast.h"

namespace tk::doc {

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
