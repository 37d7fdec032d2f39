// Building small document trees in code: the parts of a document made from front matter or from other
// pages (a tool's "Filled in by", a focus area's case studies, the spotlights list's PDF) rather than
// parsed from Markdown. The nodes are the ones the parser makes, so every writer lays them out as body text.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "doc/ast.h"

namespace tk::doc {

inline Node node(Kind k, std::vector<Node> kids = {}) {
  Node n;
  n.kind = k;
  n.children = std::move(kids);
  return n;
}
inline Node text(const std::string& t) {
  Node n = node(Kind::Text);
  n.text = t;
  return n;
}
inline Node para(std::vector<Node> inl) { return node(Kind::Paragraph, std::move(inl)); }
inline Node heading(std::vector<Node> inl, int level = 2) {
  Node h = node(Kind::Heading, std::move(inl));
  h.level = std::uint8_t(level);
  return h;
}
inline Node heading(const std::string& t, int level = 2) { return heading(std::vector<Node>{text(t)}, level); }
/// A link to a site path ("/tools/x/") or an address; writers resolve it as they resolve a body link.
inline Node link(const std::string& url, const std::string& t) {
  Node l = node(Kind::Link, {text(t)});
  l.extra().url = url;
  return l;
}
/// A bullet list, one paragraph of inline nodes per item.
inline Node bullets(std::vector<std::vector<Node>> items) {
  Node l = node(Kind::List);
  for (auto& i : items) l.children.push_back(node(Kind::Item, {para(std::move(i))}));
  return l;
}
inline Node bullets(const std::vector<std::string>& items) {
  std::vector<std::vector<Node>> inl;
  for (const auto& i : items) inl.push_back({text(i)});
  return bullets(std::move(inl));
}
/// A numbered list of texts (a stage's key activities).
inline Node numbered(const std::vector<std::string>& items) {
  Node l = bullets(items);
  l.ordered = true;
  return l;
}

}  // namespace tk::doc
