// Site validation and link resolution, with did-you-mean hints. No I/O.
#include "model/validate.h"

#include <algorithm>
#include <map>
#include <set>

#include "core/doc_chars.h"
#include "core/files.h"
#include "core/parallel.h"
#include "core/png.h"
#include "core/text.h"
#include "doc/walk.h"
#include "serve/http.h"

namespace tk::model {
namespace {

struct Ctx {
  Site& site;
  std::string dir;
  Diagnostics& diags;
  std::map<std::string, const Page*> by_url;          // "/tools/x/" -> page
  std::map<std::string, const Page*> by_source;       // "tools/01-x.md" -> page
  std::map<std::string, std::set<std::string>> ids;   // url -> anchors
  std::set<std::string> files;                        // other site paths that exist ("/assets/...", downloads)
  std::vector<std::string> all_urls;

  std::string path(const Page& p) const { return dir + "/" + p.source_path; }
};

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// The first heading whose text gives `id` (its own id was made unique against the layout's ids).
const doc::Node* find_heading(const doc::Node& root, const std::string& id) {
  const doc::Node* found = nullptr;
  doc::walk(root, [&](const doc::Step& at) {
    if (found) return false;
    if (at.node.kind == doc::Kind::Heading && text::heading_id(doc::plain_text(at.node)) == id) found = &at.node;
    return !found;
  });
  return found;
}

bool is_email(const std::string& s) {
  std::size_t at = s.find('@');
  return at != std::string::npos && at > 0 && s.find('.', at) != std::string::npos && s.find(' ') == std::string::npos;
}

std::string scheme_of(const std::string& url) {
  std::size_t c = url.find(':');
  if (c == std::string::npos || c == 0) return "";
  for (std::size_t i = 0; i < c; ++i) {
    char ch = url[i];
    if (!(std::isalnum(static_cast<unsigned char>(ch)) || ch == '+' || ch == '-' || ch == '.')) return "";
  }
  return lower(url.substr(0, c));
}

std::string last_segment(const std::string& path) {
  std::size_t e = path.find_last_not_of('/');
  if (e == std::string::npos) return "";
  std::size_t b = path.rfind('/', e);
  return path.substr(b == std::string::npos ? 0 : b + 1, e - (b == std::string::npos ? 0 : b + 1) + 1);
}

// " (did you mean '/b/'?)" when exactly one page has the same last segment ("/pages/b/" -> "/b/").
std::string same_slug_hint(const std::string& p, const std::vector<std::string>& urls) {
  std::string slug = last_segment(p), found;
  if (slug.empty()) return "";
  for (const auto& u : urls)
    if (last_segment(u) == slug) {
      if (!found.empty()) return "";
      found = u;
    }
  return found.empty() ? "" : " (did you mean '" + found + "'?)";
}

// Resolves a site path with an optional fragment; returns "" and reports when it does not exist.
std::string resolve_site_path(const Ctx& ctx, std::string p, const std::string& from_url, const std::string& file,
                              int line, int col) {
  std::string frag;
  std::size_t h = p.find('#');
  if (h != std::string::npos) {
    frag = p.substr(h + 1);
    p = p.substr(0, h);
  }
  std::size_t q = p.find('?');
  if (q != std::string::npos) p = p.substr(0, q);
  if (p.empty()) p = from_url;
  if (p.find("..") != std::string::npos) {
    ctx.diags.error(file, line, col, "link '" + p + "' must not contain '..'");
    return "";
  }
  if (p.back() != '/' && p.rfind('.') <= p.rfind('/') && !ctx.files.count(p)) p += '/';
  if (p == "/index.html") p = "/";
  if (ctx.by_url.count(p) == 0 && ctx.files.count(p) == 0) {
    std::string suggestion = hint(p, ctx.all_urls);
    if (suggestion.empty()) suggestion = same_slug_hint(p, ctx.all_urls);
    ctx.diags.error(file, line, col, "link to a page that does not exist: '" + p + "'" + suggestion);
    return "";
  }
  if (!frag.empty()) {
    auto it = ctx.ids.find(p);
    if (it == ctx.ids.end() || !it->second.count(frag)) {
      std::vector<std::string> known;
      if (it != ctx.ids.end()) known.assign(it->second.begin(), it->second.end());
      ctx.diags.error(file, line, col, "no heading '#" + frag + "' on " + p + hint(frag, known));
      return "";
    }
    return p + "#" + frag;
  }
  return p;
}

// Resolves any link as an editor wrote it. Returns the resolved URL, or "" to drop the link.
std::string resolve_any(const Ctx& ctx, const Page* page, const std::string& raw, const std::string& file, int line, int col,
                        bool image, bool nav) {
  std::string url = text::trim(raw);
  std::string from_url = page ? page->url() : "/";
  if (url.empty()) {
    ctx.diags.error(file, line, col, "empty link target");
    return "";
  }
  std::string sch = scheme_of(url);
  if (!sch.empty()) {
    if (sch == "http" || sch == "https" || sch == "mailto" || sch == "tel") return url;
    if (sch == "javascript" || sch == "data" || sch == "vbscript" || sch == "file") {
      if (nav) ctx.diags.error(file, line, col, "a nav entry cannot link to '" + sch + ":'; use https://, mailto: or a page of this site");
      else ctx.diags.warning(file, line, col, "'" + sch + ":' links are not allowed and were dropped");
      return "";
    }
    ctx.diags.error(file, line, col, "unsupported link scheme '" + sch + ":'; use https://, mailto: or a page of this site");
    return "";
  }
  if (url.rfind("//", 0) == 0) {
    ctx.diags.error(file, line, col, "write the full address with https:// (got '" + url + "')");
    return "";
  }
  if (url[0] == '#' || url[0] == '/') return resolve_site_path(ctx, url, from_url, file, line, col);
  // A file path: from the content root, or relative to the page's file.
  std::string frag;
  std::size_t h = url.find('#');
  if (h != std::string::npos) {
    frag = url.substr(h);
    url = url.substr(0, h);
  }
  std::vector<std::string> candidates;
  if (url.rfind("./", 0) == 0) url = url.substr(2);
  candidates.push_back(url);
  if (page) {
    std::string folder = page->source_path.substr(0, page->source_path.rfind('/') + 1);
    std::string rel = folder + url;
    // Normalize "a/../b".
    std::vector<std::string> parts;
    std::size_t s = 0;
    bool bad = false;
    while (s <= rel.size()) {
      std::size_t e = rel.find('/', s);
      std::string part = rel.substr(s, e == std::string::npos ? std::string::npos : e - s);
      if (part == "..") {
        if (parts.empty()) bad = true;
        else parts.pop_back();
      } else if (!part.empty() && part != ".") parts.push_back(part);
      if (e == std::string::npos) break;
      s = e + 1;
    }
    if (!bad) {
      std::string norm;
      for (const auto& pt : parts) norm += (norm.empty() ? "" : "/") + pt;
      candidates.push_back(norm);
    }
  }
  for (const auto& c : candidates) {
    if (c.find("..") != std::string::npos) continue;
    auto it = ctx.by_source.find(c);
    if (it != ctx.by_source.end()) return resolve_site_path(ctx, it->second->url() + frag, from_url, file, line, col);
    if (ctx.files.count("/" + c)) return "/" + c + frag;
  }
  std::vector<std::string> known;
  for (const auto& kv : ctx.by_source) known.push_back(kv.first);
  for (const auto& a : ctx.site.assets) known.push_back(a);
  ctx.diags.error(file, line, col, std::string(image ? "image" : "link") + " to a file that does not exist: '" + url +
                                       "'" + hint(url, known) + " (write a permalink such as /tools/x/ or a path from the content folder)");
  return "";
}

bool is_image_file(const std::string& path) {
  std::string ext = lower(path.substr(path.rfind('.') == std::string::npos ? path.size() : path.rfind('.')));
  for (const char* e : {".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp"})
    if (ext == e) return true;
  return false;
}

const char* const kImageFiles = "a picture in content/assets/: .png, .jpg, .jpeg, .gif, .svg or .webp";

// A PNG a page shows (site path "/assets/...") must be whole: browsers show a damaged one broken and
// the PDF writer cannot draw it. Read here, so that `check` and the preview say so at the page that
// shows it. A file that is no PNG at all is left to the writers (they show its alt text).
void check_picture(const Ctx& ctx, const std::string& site_path, const std::string& file, int line, int col) {
  if (site_path.find("..") != std::string::npos || !text::ends_with(lower(site_path), ".png") || !ctx.files.count(site_path)) return;
  std::string bytes;
  if (!read_whole_file(ctx.dir + site_path, bytes) || !png::has_signature(bytes) || png::whole_cached(bytes)) return;
  ctx.diags.error(file, line, col, "the picture '" + site_path.substr(1) +
                                       "' is damaged or cut short (its PNG data does not decode): save it again from an image editor");
}

std::string resolve(const Ctx& ctx, const Page* page, const std::string& raw, const std::string& file, int line, int col,
                    bool image, bool nav = false) {
  std::string url = resolve_any(ctx, page, raw, file, line, col, image, nav);
  // A page, a download or the sitemap is no picture: the image would show broken.
  if (image && !url.empty() && scheme_of(url).empty() && (url.rfind("/assets/", 0) != 0 || !is_image_file(url))) {
    ctx.diags.error(file, line, col, "an image must be " + std::string(kImageFiles) + " (got '" + text::trim(raw) + "')");
    return "";
  }
  if (image && !url.empty() && scheme_of(url).empty()) check_picture(ctx, url, file, line, col);
  return url;
}

void resolve_tree(const Ctx& ctx, const Page* page, doc::Node& root, const std::string& file) {
  doc::edit(root, [&](doc::Node& n, const doc::Step&) {
    if (n.kind != doc::Kind::Link && n.kind != doc::Kind::Image) return;
    n.extra().url = resolve(ctx, page, n.url(), file, n.line, n.col, n.kind == doc::Kind::Image);
    if (n.kind == doc::Kind::Image && text::trim(doc::plain_text(n)).empty())
      ctx.diags.warning(file, n.line, n.col, "image has no alt text: write ![what it shows](path)");
  });
}

void check_refs(const Ctx& ctx, const Page& p, const std::vector<std::string>& refs, Kind kind, const char* key) {
  for (const auto& r : refs) {
    if (ctx.site.find(kind, r)) continue;
    std::vector<std::string> known;
    for (const Page* q : ctx.site.of_kind(kind)) known.push_back(q->slug);
    ctx.diags.error(ctx.path(p), p.line_of(key), 0, std::string("'") + key + "' names '" + r + "', which is not a " +
                                             kind_name(kind) + hint(r, known));
  }
}

std::string thousands(std::size_t n) {
  std::string s = std::to_string(n);
  for (int i = static_cast<int>(s.size()) - 3; i > 0; i -= 3) s.insert(static_cast<std::size_t>(i), ",");
  return s;
}

// The values of one file that reach the documents (PDF strings, the .docx's XML, the sitemap): no
// character XML 1.0 forbids (an escape, "\uFFFE" in YAML or "&#xFFFE;" in Markdown, writes one that
// the loader's scan of the file's bytes cannot see), and no longer than a PDF string can be.
struct TextCheck {
  Diagnostics& diags;
  const std::string& file;
  bool chars;  ///< false when the loader already reported this file's characters

  void operator()(int line, int col, const std::string& what, const std::string& value, bool limited = true,
                  bool scan = true) const {
    std::uint32_t cp = 0;
    if (chars && scan && find_forbidden_char(value, &cp) != std::string::npos)
      diags.error(file, line, col, what + " holds the " + forbidden_char_name(cp) +
                                       " (written as an escape): XML 1.0 forbids it, so Word files and the sitemap could not hold it; remove it");
    std::size_t n = 0;
    if (limited && value.size() > kMaxTextChars && (n = utf8_length(value)) > kMaxTextChars)
      diags.error(file, line, col, what + " is " + thousands(n) + " characters long; the limit is " + thousands(kMaxTextChars) +
                                       " (a PDF cannot store a longer text): shorten it");
  }
};

// The position a node's diagnostics name: its own, else the nearest enclosing node's that has one, else
// (line, col) (the front matter key the tree came from).
std::pair<int, int> position(const doc::Step& at, int line, int col) {
  for (const doc::Step* s = &at; s; s = s->parent)
    if (s->node.line > 0) return {s->node.line, s->node.col};
  return {line, col};
}

void check_table_width(const TextCheck& check, const doc::Node& table, int line, int col) {
  std::size_t columns = 0;
  for (const auto& row : table.children) columns = std::max(columns, row.children.size());
  if (columns > kMaxTableColumns)
    check.diags.warning(check.file, line, col, "this table has " + std::to_string(columns) + " columns; a printed page fits at most " +
                                                   std::to_string(kMaxTableColumns) + " (the PDF's columns become too narrow to read or fill in): split it");
}

void check_body(const TextCheck& check, const doc::Node& root, int root_line, int root_col) {
  doc::walk(root, [&](const doc::Step& at) {
    const doc::Node& n = at.node;
    const auto [line, col] = position(at, root_line, root_col);
    switch (n.kind) {
      case doc::Kind::Text:
      case doc::Kind::Code:
      case doc::Kind::CodeBlock: check(line, col, "this text", n.text, false); break;
      case doc::Kind::Heading: check(line, col, "this heading", doc::plain_text(n), true, false); break;
      case doc::Kind::Link: check(line, col, "this link", n.url()); break;
      case doc::Kind::Image:
        check(line, col, "this image's address", n.url());
        check(line, col, "this image's alt text", doc::plain_text(n), true, false);
        break;
      case doc::Kind::Table: check_table_width(check, n, line, col); break;
      case doc::Kind::Document:
      case doc::Kind::Paragraph:
      case doc::Kind::List:
      case doc::Kind::Item:
      case doc::Kind::BlockQuote:
      case doc::Kind::ThematicBreak:
      case doc::Kind::TableRow:
      case doc::Kind::TableCell:
      case doc::Kind::FieldBlock:
      case doc::Kind::Emph:
      case doc::Kind::Strong:
      case doc::Kind::Strike:
      case doc::Kind::SoftBreak:
      case doc::Kind::LineBreak:
      case doc::Kind::FieldInline: break;  // no text of its own: its children have it
    }
    return true;
  });
}

void check_page_text(const TextCheck& check, const Page& p) {
  check(p.line_of("title"), 0, "'title'", p.title);
  check(p.line_of("summary"), 0, "'summary'", p.summary);
  check(p.line_of("field_says"), 0, "'field_says'", p.field_says);
  check(p.line_of("location"), 0, "'location'", p.location);
  check(p.line_of("image_alt"), 0, "'image_alt'", p.image_alt);
  check(p.line_of("contact"), 0, "'contact'", p.contact);
  check(p.line_of("link"), 0, "'link'", p.link);
  for (const auto& a : p.activities) check(p.line_of("activities"), 0, "an activity", a);
  for (const auto& pt : p.partners) check(p.line_of("partners"), 0, "a partner's name", pt.name);
  for (const auto& f : p.faq) {
    check(p.line_of("faq"), 0, "a question", f.q);
    check_body(check, f.a, p.line_of("faq"), 0);
  }
  for (const auto& f : p.fields) {
    check(f.line, 0, "this field's label", f.label);
    check(f.line, 0, "this field's help", f.help);
    check(f.line, 0, "this field's full_label", f.full_label);
    for (const auto& o : f.options) check(f.line, 0, "an option of this field", o);
    if (f.label.size() <= kMaxTextChars) check(f.line, 0, "this field's name", f.name);  // else made from the label
  }
  check_body(check, p.body, 0, 0);
  if (p.fields.size() > kMaxFieldsPerPage)
    check.diags.error(check.file, p.fields[kMaxFieldsPerPage].line, 0,
                      "this page has " + thousands(p.fields.size()) + " fill-in fields; a page may have at most " +
                          thousands(kMaxFieldsPerPage) + " (PDF viewers cannot fill in more): split the template");
}

// A list key that names the same value twice: reported, and the repeat left out.
void drop_repeats(Diagnostics& diags, const std::string& file, const Page& p, std::vector<std::string>& list, const char* key) {
  std::set<std::string> seen;
  std::vector<std::string> kept;
  for (auto& v : list) {
    if (seen.insert(v).second) kept.push_back(std::move(v));
    else diags.warning(file, p.line_of(key), 0, std::string("'") + key + "' lists '" + v + "' twice; the repeat is left out");
  }
  list = std::move(kept);
}

}  // namespace

std::vector<std::string> layout_anchors(Kind k) {
  switch (k) {
    case Kind::FocusArea: return {"what-the-field-says", "but-what-about", "case-studies"};
    case Kind::Stage: return {"key-activities", "tools-and-resources"};
    case Kind::Home: return {"stages"};
    default: return {};
  }
}

std::vector<std::string> LayoutNames::ids_for(Kind k) const {
  std::vector<std::string> out = layout_anchors(k);
  auto it = ids.find(k);
  if (it != ids.end()) out.insert(out.end(), it->second.begin(), it->second.end());
  return out;
}

std::vector<std::string> reserved_slugs(const std::vector<std::string>& theme_static) {
  std::string preview = serve::kPrefix;  // "/__toolkitgen/"
  // What the site writes at its root itself; the theme's static/ names come with the theme.
  std::vector<std::string> r = {"stages", "tools", "jobs", "spotlights", "focus-areas", "downloads", "search",
                                "assets", "404", "sitemap", "index.html", "404.html",
                                "sitemap.xml", "robots.txt", "feed.xml", preview.substr(1, preview.size() - 2)};
  r.insert(r.end(), theme_static.begin(), theme_static.end());
  std::sort(r.begin(), r.end());
  r.erase(std::unique(r.begin(), r.end()), r.end());
  return r;
}

namespace {

// What a link may name, into ctx: every page's address (a page that shares one with another file is
// reported: the one whose file name gives the slug keeps it, else the first file; each other at its
// 'slug:' line, naming that one), its source file and its headings' ids, every download, bundle and
// asset, the site's own pages. A page with a reserved slug, and a home page with one, are reported.
void map_addresses(Ctx& ctx, const std::vector<std::string>& theme_static) {
  const Site& site = ctx.site;
  Diagnostics& diags = ctx.diags;
  const std::vector<std::string> reserved_list = reserved_slugs(theme_static);
  const std::set<std::string> reserved(reserved_list.begin(), reserved_list.end());
  std::map<std::string, std::vector<const Page*>> same_url;
  for (const auto& p : site.pages) same_url[p.url()].push_back(&p);
  for (auto& [url, group] : same_url) {
    std::stable_sort(group.begin(), group.end(), [](const Page* a, const Page* b) {
      bool sa = a->line_of("slug") != 0, sb = b->line_of("slug") != 0;
      return sa != sb ? !sa : a->source_path < b->source_path;
    });
    ctx.by_url.emplace(url, group.front());
    for (std::size_t i = 1; i < group.size(); ++i)
      diags.error(ctx.path(*group[i]), group[i]->line_of("slug"), 0,
                  "another file already has the slug '" + group[i]->slug + "': " + ctx.path(*group.front()));
  }
  for (const auto& p : site.pages) {
    if (p.kind == Kind::Page && reserved.count(p.slug))
      diags.error(ctx.path(p), p.line_of("slug"), 0, "the slug '" + p.slug +
                                                         "' is reserved for the site's own pages and files; choose another");
    if (p.kind == Kind::Home && p.line_of("slug"))
      diags.error(ctx.path(p), p.line_of("slug"), 0, "the home page has no slug (its address is always /); remove 'slug'");
    ctx.by_source.emplace(p.source_path, &p);
    std::set<std::string>& ids = ctx.ids[p.url()];
    for (std::string& id : doc::heading_ids(p.body)) ids.insert(std::move(id));
    for (const auto& a : layout_anchors(p.kind)) ids.insert(a);
    for (const auto& f : p.formats) ctx.files.insert(p.download_url(f));
  }
  for (const char* section : {"/spotlights/", "/downloads/", "/search/"}) ctx.by_url.emplace(section, nullptr);
  for (const char* ext : {".pdf", ".docx", ".zip"}) ctx.files.insert(site.bundle_stem() + ext);
  ctx.files.insert("/sitemap.xml");
  ctx.files.insert("/404.html");
  for (const auto& a : site.assets) ctx.files.insert("/" + a);
  for (const auto& kv : ctx.by_url) ctx.all_urls.push_back(kv.first);
}

// Focus-area numbers: 1..n, unique.
void check_focus_numbers(const Ctx& ctx) {
  std::map<int, const Page*> numbers;
  auto focus = ctx.site.of_kind(Kind::FocusArea);
  for (const Page* p : focus) {
    if (p->line_of("number") == 0) continue;  // reported by the loader
    if (p->number < 1 || p->number > static_cast<int>(focus.size()))
      ctx.diags.error(ctx.path(*p), p->line_of("number"), 0, "focus area 'number' " + std::to_string(p->number) +
                                                                 " must be between 1 and " + std::to_string(focus.size()));
    else if (!numbers.emplace(p->number, p).second)
      ctx.diags.error(ctx.path(*p), p->line_of("number"), 0, "focus area number " + std::to_string(p->number) +
                                                                 " is also used by " + ctx.path(*numbers[p->number]));
  }
}

// site.yaml: its nav entries' and footer's links resolved, its texts checked, its contact.
void check_site_yaml(Ctx& ctx, const std::string& site_file) {
  SiteConfig& c = ctx.site.config;
  for (auto& nav : c.nav) nav.url = resolve(ctx, nullptr, nav.url, site_file, nav.line, 0, false, true);
  resolve_tree(ctx, nullptr, c.footer, site_file);
  TextCheck check{ctx.diags, site_file, !c.chars_reported};
  for (const auto& [key, value] : {std::pair<const char*, const std::string*>{"title", &c.title}, {"publisher", &c.publisher},
                                   {"description", &c.description}, {"base_url", &c.base_url}, {"contact", &c.contact}}) {
    auto line = c.key_lines.find(key);
    check(line == c.key_lines.end() ? 0 : line->second, 0, std::string("'") + key + "'", *value);
  }
  for (const auto& n : c.nav) {
    check(n.line, 0, "a nav entry's 'title'", n.title);
    check(n.line, 0, "a nav entry's 'url'", n.url);
  }
  check_body(check, c.footer, 0, 0);
  if (!c.contact.empty() && !is_email(c.contact) && scheme_of(c.contact) != "https" && scheme_of(c.contact) != "http")
    ctx.diags.error(site_file, 0, 0, "'contact' must be an email address or an http(s) URL");
}

// A page's 'link': a spotlight's is an outside address; any other an outside one or a path of the site (resolved).
void check_page_link(const Ctx& ctx, Page& p, const std::string& file) {
  if (p.link.empty()) return;
  std::string sch = scheme_of(p.link);
  if (p.kind == Kind::Spotlight && sch != "http" && sch != "https")
    ctx.diags.error(file, p.line_of("link"), 0, "a spotlight's 'link' must be an http or https URL (got '" + p.link + "')");
  else if (sch.empty() && p.link[0] == '/')
    p.link = resolve_site_path(ctx, p.link, p.url(), file, p.line_of("link"), 0);
  else if (sch != "http" && sch != "https")
    ctx.diags.error(file, p.line_of("link"), 0, "'link' must be an http(s) URL or a path of this site such as /spotlights/ (got '" + p.link + "')");
}

// An on-request tool's contact (site.yaml's when it has none); a page's 'image'.
void check_contact_and_image(const Ctx& ctx, Page& p, const std::string& file) {
  if (p.on_request) {
    if (p.contact.empty()) p.contact = ctx.site.config.contact;
    if (p.contact.empty()) ctx.diags.error(file, 0, 0, "an on-request tool needs a 'contact' (email or URL), here or in site.yaml");
    else if (!is_email(p.contact) && scheme_of(p.contact) != "https" && scheme_of(p.contact) != "http")
      ctx.diags.error(file, p.line_of("contact"), 0, "'contact' must be an email address or an http(s) URL (got '" + p.contact + "')");
  }
  if (!p.image.empty()) {
    if (p.image.find("..") != std::string::npos || p.image.rfind("assets/", 0) != 0 || !ctx.files.count("/" + p.image))
      ctx.diags.error(file, p.line_of("image"), 0, "'image' must name a file inside content/assets/ (got '" + p.image + "')" +
                                                     hint(p.image, ctx.site.assets));
    else if (!is_image_file(p.image))
      ctx.diags.error(file, p.line_of("image"), 0, "'image' must be " + std::string(kImageFiles) + " (got '" + p.image + "')");
    else
      check_picture(ctx, "/" + p.image, file, p.line_of("image"), 0);
  }
}

// One page on its own (run in parallel: ctx is only read, a page changes only its own fields and tree).
void check_page(const Ctx& ctx, Page& p) {
  Diagnostics& diags = ctx.diags;
  const std::string file = ctx.path(p);
  drop_repeats(diags, file, p, p.stages, "stages");
  drop_repeats(diags, file, p, p.focus_areas, "focus_areas");
  drop_repeats(diags, file, p, p.audience, "audience");
  drop_repeats(diags, file, p, p.formats, "formats");
  check_page_text(TextCheck{diags, file, !p.chars_reported}, p);
  check_refs(ctx, p, p.stages, Kind::Stage, "stages");
  check_refs(ctx, p, p.focus_areas, Kind::FocusArea, "focus_areas");
  check_page_link(ctx, p, file);
  check_contact_and_image(ctx, p, file);
  for (const auto& id : layout_anchors(p.kind))
    if (const doc::Node* h = find_heading(p.body, id))
      diags.error(file, h->line, h->col, "the heading '" + doc::plain_text(*h) +
                                             "' is added by the page layout; remove it from the body or rename it");
  resolve_tree(ctx, &p, p.body, file);
  for (auto& f : p.faq) resolve_tree(ctx, &p, f.a, file);
}

}  // namespace

void validate(Site& site, const std::string& content_dir, Diagnostics& diags, const std::vector<std::string>& theme_static,
              int jobs) {
  Ctx ctx{site, content_dir, diags, {}, {}, {}, {}, {}};
  map_addresses(ctx, theme_static);
  check_focus_numbers(ctx);
  check_site_yaml(ctx, content_dir + "/site.yaml");
  // Each page on its own: ctx is only read from here on (diagnostics are thread-safe and sorted
  // when printed), and a page changes only its own fields and tree.
  parallel_for(site.pages.size(), jobs, [&](std::size_t i) { check_page(ctx, site.pages[i]); });
}

}  // namespace tk::model
