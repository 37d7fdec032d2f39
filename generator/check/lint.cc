// The lint rules, each a small function over the validated model.
#include "check/lint.h"

#include <set>

namespace tk::check {
namespace {

std::string file_of(const std::string& content_dir, const std::string& rel) {
  if (content_dir.empty() || content_dir == ".") return rel;
  return content_dir.back() == '/' ? content_dir + rel : content_dir + "/" + rel;
}

void summary_and_title(const model::Page& p, const std::string& file, Diagnostics& diags) {
  if (p.kind != model::Kind::Home && p.summary.empty())
    diags.warning(file, p.line_of("title") > 0 ? p.line_of("title") : 1, 0, "no 'summary': lists, cards, search results and the page's description stay empty; add one or two sentences");
  std::size_t n = char_count(p.title);
  if (n > kMaxTitleChars)
    diags.warning(file, p.line_of("title"), 0, "the title is " + std::to_string(n) + " characters long; keep it to " +
                                                   std::to_string(kMaxTitleChars) + " so it is not cut off in search results and tabs");
}

void empty_sections(const doc::Node& body, const std::string& file, Diagnostics& diags) {
  const auto& blocks = body.children;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const doc::Node& h = blocks[i];
    if (h.kind != doc::Kind::Heading) continue;
    bool last = i + 1 == blocks.size();
    bool next_heading = !last && blocks[i + 1].kind == doc::Kind::Heading && blocks[i + 1].level <= h.level;
    if (last || next_heading)
      diags.warning(file, h.line, h.col, "empty section '" + doc::plain_text(h) + "': " +
                                             (last ? std::string("nothing follows the heading")
                                                   : "the next heading follows it directly") +
                                             "; write something under it or remove it");
  }
}

// Site paths of every link and image in a tree ("/assets/a.png", without #fragment or ?query).
void collect_links(const doc::Node& n, std::set<std::string>& out) {
  if ((n.kind == doc::Kind::Link || n.kind == doc::Kind::Image) && !n.url().empty() && n.url()[0] == '/') {
    std::string u = n.url().substr(0, n.url().find_first_of("#?"));
    out.insert(u);
  }
  for (const auto& c : n.children) collect_links(c, out);
}

void unused_assets(const model::Site& site, const std::string& content_dir, Diagnostics& diags) {
  std::set<std::string> used;
  collect_links(site.config.footer, used);
  for (const auto& n : site.config.nav) used.insert(n.url.substr(0, n.url.find_first_of("#?")));
  for (const auto& p : site.pages) {
    collect_links(p.body, used);
    for (const auto& f : p.faq) collect_links(f.a, used);
    if (!p.image.empty()) used.insert("/" + p.image);
    if (!p.link.empty() && p.link[0] == '/') used.insert(p.link.substr(0, p.link.find_first_of("#?")));
  }
  for (const auto& a : site.assets)
    if (!used.count("/" + a))
      diags.warning(file_of(content_dir, a), 0, 0, "no page links to this file or shows it; link to it or delete it (it is published all the same)");
}

}  // namespace

std::size_t char_count(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

void lint(const model::Site& site, const std::string& content_dir, Diagnostics& diags) {
  for (const auto& p : site.pages) {
    std::string file = file_of(content_dir, p.source_path);
    summary_and_title(p, file, diags);
    empty_sections(p.body, file, diags);
  }
  unused_assets(site, content_dir, diags);
}

}  // namespace tk::check
