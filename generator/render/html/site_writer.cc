// Page views (model -> Mustache data) and the loop that writes every page.
#include "render/html/site_writer.h"

#include <kainjow/mustache.hpp>

#include <algorithm>
#include <cctype>
#include <functional>
#include <map>
#include <mutex>
#include <set>

#include "core/parallel.h"
#include "core/text.h"
#include "model/fingerprint.h"
#include "model/outline.h"
#include "model/schema.h"
#include "render/formats.h"
#include "render/index_pages.h"
#include "render/html/body_html.h"

namespace tk::html {
namespace {

using model::Kind;

// What a view renders: strings, booleans, lists and objects (keys sorted), built first and hashed (the
// unit's key), then handed to Mustache only when the key changed. kainjow's own data type cannot be
// walked (its objects do not expose their keys), hence this one.
struct Value;
using object = std::map<std::string, Value>;
using list = std::vector<Value>;
struct Value {
  enum class T { Object, String, List, True, False } t = T::Object;
  std::string s;
  list l;
  object o;
  Value() = default;
  Value(std::string v) : t(T::String), s(std::move(v)) {}
  Value(const char* v) : t(T::String), s(v) {}
  Value(bool v) : t(v ? T::True : T::False) {}
  Value(list v) : t(T::List), l(std::move(v)) {}
  Value(object v) : t(T::Object), o(std::move(v)) {}
  Value& operator[](const std::string& k) { return o[k]; }
  const list& list_value() const { return l; }
  const std::string& string_value() const { return s; }

  void hash(model::Hasher& x) const {
    x.num(static_cast<long long>(t));
    switch (t) {
      case T::String: x.bytes(s); break;
      case T::List:
        x.num(static_cast<long long>(l.size()));
        for (const auto& v : l) v.hash(x);
        break;
      case T::Object: hash(o, x); break;
      default: break;
    }
  }
  static void hash(const object& o, model::Hasher& x) {
    x.num(static_cast<long long>(o.size()));
    for (const auto& [k, v] : o) {
      x.bytes(k);
      v.hash(x);
    }
  }
  static kainjow::mustache::data mustache(const object& o) {
    kainjow::mustache::object m;
    for (const auto& [k, v] : o) m.emplace(k, v.mustache());
    return m;
  }
  kainjow::mustache::data mustache() const {
    switch (t) {
      case T::String: return kainjow::mustache::data(s);
      case T::True: return kainjow::mustache::data(true);
      case T::False: return kainjow::mustache::data(false);
      case T::List: {
        kainjow::mustache::list m;
        for (const auto& v : l) m.push_back(v.mustache());
        return m;
      }
      default: return mustache(o);
    }
  }
};
using data = Value;

// What one view made: pages (a template and its data) and plain files (the sitemap, the feed).
struct Made {
  struct Page {
    std::string path, tmpl;
    object data;
  };
  std::vector<Page> pages;
  std::vector<std::pair<std::string, std::string>> files;
};
using model::Page;

// The file a page's address is written to: "/tools/x/" -> "tools/x/index.html".
std::string page_file(const std::string& url) {
  std::string path = url.substr(1);
  if (path.empty() || path.back() == '/') path += "index.html";
  return path;
}

// A URI component with everything but RFC 3986's unreserved characters percent-encoded (RFC 6068
// mailto: subject and body).
std::string uri_component(const std::string& s) {
  static const char hex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~') out += char(c);
    else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

std::string format_label(const std::string& f) {
  const render::Format* format = render::format(f);
  return format ? format->label : f;
}

// The footer (site.yaml's Markdown) as HTML per folder depth: the same for every page at one depth,
// so rendered once per depth and shared by the views of one run.
struct Footers {
  std::mutex mu;
  std::map<std::string, std::string> html;  // root_for(url) -> HTML
};

// Builds the data of one view; `out` holds the files made before (the download labels read their sizes).
struct View {
  const model::Site& site;
  const Theme& theme;
  const render::Output& out;
  Footers& footers;
  BodyCache* bodies;  // may be null
  Made made;
  View(const model::Site& s, const Theme& t, const render::Output& o, Footers& f, BodyCache* b)
      : site(s), theme(t), out(o), footers(f), bodies(b) {}

  std::string href(const std::string& site_path, const std::string& from) const { return relative_href(site_path, from); }

  std::string contact_href(const std::string& c) const {
    return c.find('@') != std::string::npos && c.rfind("http", 0) != 0 ? "mailto:" + c : c;
  }

  // Download links of a template, labelled from the files written: "PDF, 84 KB" (pages optional).
  data downloads(const Page& p, const std::string& from, bool with_pages) const {
    list l;
    for (const auto& f : p.formats) {
      std::string path = p.download_url(f);
      const render::FileInfo* fi = out.info(path.substr(1));
      if (!fi) continue;
      std::string label = format_label(f);
      if (with_pages && fi->pages > 0) label += ", " + std::to_string(fi->pages) + (fi->pages == 1 ? " page" : " pages");
      label += ", " + text::human_size(fi->bytes);
      object o{{"href", href(path, from)}, {"label", label}, {"format", f}, {"title", p.title}};
      l.push_back(o);
    }
    return l;
  }

  object item(const Page& p, const std::string& from, bool with_pages = false) const {
    object o;
    o["title"] = p.title;
    o["summary"] = p.summary;
    o["is_job"] = p.kind == Kind::Job;
    o["external"] = p.is_external_link();
    if (p.is_external_link()) {
      o["href"] = p.link;
    } else if (!p.link.empty()) {
      o["href"] = href(p.link, from);
    } else {
      o["href"] = href(p.url(), from);
    }
    o["on_request"] = p.on_request;
    o["contact"] = p.contact;
    o["contact_href"] = contact_href(p.contact);
    o["web_only"] = p.link.empty() && !p.on_request && p.formats.empty();
    data dl = downloads(p, from, with_pages);
    o["has_downloads"] = !dl.list_value().empty();
    o["downloads"] = std::move(dl);
    return o;
  }

  std::string body(const doc::Node& n, const Page* p, const std::string& from) const {
    return render_body(n, p, [&](const std::string& sp) { return relative_href(sp, from); });
  }

  // body() of a node the site holds (a page's body, an FAQ answer), through the site's BodyCache if any.
  std::string site_body(const doc::Node& n, const Page* p, const std::string& from) const {
    if (!bodies) return body(n, p, from);
    return bodies->get(n, p, from, [&] { return body(n, p, from); });
  }

  // The footer as HTML for a page at url.
  std::string footer(const std::string& url) {
    std::string root = root_for(url);
    {
      std::lock_guard<std::mutex> lock(footers.mu);
      auto it = footers.html.find(root);
      if (it != footers.html.end()) return it->second;
    }
    std::string html = body(site.config.footer, nullptr, url);
    std::lock_guard<std::mutex> lock(footers.mu);
    return footers.html.emplace(root, std::move(html)).first->second;
  }

  // The site's own data; with base set, links are absolute (the 404 page is served at any depth).
  object site_data(const std::string& url, const std::string& base) {
    object s;
    s["title"] = site.config.title;
    s["publisher"] = site.config.publisher;
    s["language"] = site.config.language;
    s["footer"] = base.empty() ? footer(url)
                               : render_body(site.config.footer, nullptr, [&](const std::string& sp) { return text::site_url(base, sp); });
    list nav;
    for (const auto& n : site.config.nav) {
      bool external = n.url.empty() || n.url[0] != '/';
      bool current = !external && base.empty() && (n.url == url || (n.url != "/" && url.rfind(n.url, 0) == 0));
      std::string h = external ? n.url : base.empty() ? href(n.url, url) : text::site_url(base, n.url);
      nav.push_back(object{{"title", n.title}, {"href", h}, {"current", current}});
    }
    s["nav"] = nav;
    return s;
  }

  // Data every page's layout uses.
  object common(const std::string& url, const std::string& title, const std::string& summary, const char* kind,
                const std::string& updated, const list& crumbs) {
    object o;
    std::string root = root_for(url);
    o["root"] = root;
    o["site"] = site_data(url, "");
    object pg;
    pg["title"] = title;
    pg["summary"] = summary;
    pg["description"] = summary.empty() ? site.config.description : summary;
    pg["canonical"] = text::site_url(site.config.base_url, url);
    pg["kind"] = std::string(kind);
    pg["self_href"] = href(url, url);
    if (!updated.empty()) {
      pg["updated"] = updated;
      pg["updated_long"] = text::long_date(updated);
    }
    o["page"] = pg;
    o["is_home"] = url == "/";
    o["has_breadcrumbs"] = url != "/";
    list bc{object{{"title", "Home"}, {"href", href("/", url)}}};
    for (const auto& c : crumbs) bc.push_back(c);
    o["breadcrumbs"] = bc;
    o["scripts"] = list{};
    // The page actions the theme gives this kind: e-mail (mailto: with the title and the absolute
    // address) and print here; the PDF in emit_page, once the PDF is known to exist.
    object acts;
    const std::string k(kind);
    if (theme.has_action(k, "email"))
      acts["email"] = "mailto:?subject=" + uri_component(title) + "&body=" + uri_component(text::site_url(site.config.base_url, url));
    if (theme.has_action(k, "print")) acts["print"] = true;
    acts["any"] = acts.count("email") > 0 || acts.count("print") > 0;
    o["actions"] = acts;
    return o;
  }

  // The page at url: the layout around `tmpl`, both rendered with d (written by write_unit).
  void emit(const std::string& url, const std::string& tmpl, object& d) { made.pages.push_back(Made::Page{page_file(url), tmpl, std::move(d)}); }

  object crumb(const std::string& title, const std::string& to, const std::string& from) const {
    return object{{"title", title}, {"href", href(to, from)}};
  }

  // "Edit this page": site.yaml's edit_url with {path} replaced by the page's file (relative to the
  // content root), on every page made from a content file; nothing without edit_url.
  void edit_link(object& d, const Page& p) const {
    const std::string& pattern = site.config.edit_url;
    if (pattern.empty() || p.source_path.empty()) return;
    std::string path = text::percent_encode_non_ascii(p.source_path), url;
    for (std::size_t i = 0; i < pattern.size();) {
      if (pattern.compare(i, 6, "{path}") == 0) {
        url += path;
        i += 6;
      } else {
        url += pattern[i++];
      }
    }
    d["page"]["edit_href"] = url;
  }

  // "PDF of this page" with its size ("PDF, 2 pages, 41 KB"), when the theme gives the kind the
  // action and the PDF was written (site.yaml's page_pdfs: false writes none but the templates').
  void pdf_action(object& d, const Page& p, const std::string& kind) const {
    if (!theme.has_action(kind, "pdf")) return;
    std::string path = p.page_pdf_url();
    const render::FileInfo* fi = out.info(path.substr(1));
    if (!fi) return;
    std::string label = "PDF";
    if (fi->pages > 0) label += ", " + std::to_string(fi->pages) + (fi->pages == 1 ? " page" : " pages");
    label += ", " + text::human_size(fi->bytes);
    d["actions"]["pdf"] = object{{"href", href(path, p.url())}, {"label", label}};
    d["actions"]["any"] = true;
  }

  void emit_page(const Page& p, const std::string& tmpl, object& d) {
    edit_link(d, p);
    pdf_action(d, p, d["page"]["kind"].string_value());
    emit(p.url(), tmpl, d);
  }

  list stage_links(const Page& p, const std::string& from) const {
    list l;
    for (std::size_t i = 0; i < p.stages.size(); ++i)
      if (const Page* s = site.find(Kind::Stage, p.stages[i]))
        l.push_back(object{{"title", s->title}, {"href", href(s->url(), from)}, {"last", i + 1 == p.stages.size()}});
    return l;
  }

  void home(const Page& p) {
    object d = common("/", p.title, p.summary, "home", p.updated, list{});
    d["page"]["description"] = site.config.description.empty() ? p.summary : site.config.description;
    d["body"] = site_body(p.body, &p, "/");
    list stages;
    for (const Page* s : site.of_kind(Kind::Stage)) {
      object so{{"title", s->title}, {"href", href(s->url(), "/")}, {"summary", s->summary}};
      list acts;
      for (const auto& a : s->activities) acts.push_back(a);
      so["activities"] = acts;
      list items;
      for (const Page* t : site.stage_items(s->slug)) items.push_back(item(*t, "/"));
      so["items"] = items;
      stages.push_back(so);
    }
    d["stages"] = stages;
    emit_page(p, "home", d);
  }

  void stage(const Page& p, int number, int count) {
    std::string url = p.url();
    object d = common(url, p.title, p.summary, "stage", p.updated, list{});
    d["body"] = site_body(p.body, &p, url);
    d["stage_number"] = std::to_string(number);
    d["stage_count"] = std::to_string(count);
    list acts;
    for (const auto& a : p.activities) acts.push_back(a);
    d["activities"] = acts;
    list items;
    for (const Page* t : site.stage_items(p.slug)) items.push_back(item(*t, url));
    d["items"] = items;
    emit_page(p, "stage", d);
  }

  void tool(const Page& p) {
    std::string url = p.url();
    list crumbs;
    if (!p.stages.empty())
      if (const Page* s = site.find(Kind::Stage, p.stages[0])) crumbs.push_back(crumb(s->title, s->url(), url));
    object d = common(url, p.title, p.summary, model::kind_name(p.kind), p.updated, crumbs);
    d["kind_label"] = std::string(model::kind_label(p.kind));
    d["stage_links"] = stage_links(p, url);
    d["has_stages"] = !p.stages.empty();
    d["body"] = site_body(p.body, &p, url);
    d["is_form"] = !p.fields.empty();
    if (!p.audience.empty()) d["audience"] = p.audience_text();  // kainjow shows a section for "" too
    d["external"] = p.is_external_link();
    d["link"] = p.link;
    d["internal_link"] = !p.link.empty() && !p.is_external_link();
    if (!p.link.empty() && !p.is_external_link()) d["link_href"] = href(p.link, url);
    d["on_request"] = p.on_request;
    d["contact"] = p.contact;
    d["contact_href"] = contact_href(p.contact);
    data dl = downloads(p, url, true);
    d["has_downloads"] = !dl.list_value().empty();
    d["downloads"] = std::move(dl);
    if (!p.fields.empty()) d["scripts"] = list{object{{"src", "js/form.js"}}};
    emit_page(p, "tool", d);
  }

  void spotlights() {
    const Page self = render::spotlights_page(site);
    const std::string url = self.url();
    object d = common(url, self.title, self.summary, "spotlights", "", list{});
    std::set<std::string> locations, types;
    list cards;
    int order = 0;
    for (const Page* s : site.of_kind(Kind::Spotlight)) {
      std::string focus, ptypes, pnames;
      for (const auto& f : s->focus_areas) focus += (focus.empty() ? "" : " ") + f;
      std::set<std::string> tset;
      for (const auto& pr : s->partners) {
        tset.insert(pr.type);
        types.insert(pr.type);
        pnames += (pnames.empty() ? "" : ", ") + pr.name;
      }
      for (const auto& t : tset) ptypes += (ptypes.empty() ? "" : " ") + t;
      if (!s->location.empty()) locations.insert(s->location);
      cards.push_back(object{{"title", s->title}, {"href", href(s->url(), url)}, {"summary", s->summary},
                             {"focus", focus}, {"location", s->location}, {"location_value", text::slugify(s->location)},
                             {"partner_types", ptypes}, {"partner_names", pnames}, {"order", std::to_string(order++)}});
    }
    d["cards"] = cards;
    list fo, lo, po;
    for (const Page* f : site.of_kind(Kind::FocusArea)) fo.push_back(object{{"value", f->slug}, {"label", f->title}});
    for (const auto& l : locations) lo.push_back(object{{"value", text::slugify(l)}, {"label", l}});
    for (const auto& t : types) po.push_back(object{{"value", t}, {"label", partner_type_label(t)}});
    d["focus_options"] = fo;
    d["location_options"] = lo;
    d["partner_options"] = po;
    d["scripts"] = list{object{{"src", "js/filters.js"}}};
    pdf_action(d, self, "spotlights");
    emit(url, "spotlights", d);
  }

  static std::string partner_type_label(const std::string& t) {
    if (t == "district") return "School district";
    if (t == "program") return "Preparation program";
    if (t == "state") return "State agency";
    if (t == "nonprofit") return "Nonprofit";
    return t;
  }

  void spotlight(const Page& p) {
    std::string url = p.url();
    object d = common(url, p.title, p.summary, "spotlight", p.updated, list{crumb("Spotlights", "/spotlights/", url)});
    d["body"] = site_body(p.body, &p, url);
    d["location"] = p.location;
    d["link"] = p.link;
    if (!p.image.empty()) {
      d["image"] = href("/" + p.image, url);
      d["image_alt"] = p.image_alt;
    }
    list partners, focus;
    for (const auto& pr : p.partners) partners.push_back(object{{"name", pr.name}, {"type_label", partner_type_label(pr.type)}});
    for (const auto& f : p.focus_areas)
      if (const Page* fa = site.find(Kind::FocusArea, f)) focus.push_back(object{{"title", fa->title}, {"href", href(fa->url(), url)}});
    d["has_partners"] = !p.partners.empty();
    d["partners"] = partners;
    d["has_focus"] = !focus.empty();
    d["focus_links"] = focus;
    emit_page(p, "spotlight", d);
  }

  void focus_area(const Page& p) {
    std::string url = p.url();
    object d = common(url, p.title, p.summary, "focus-area", p.updated, list{});
    d["number"] = std::to_string(p.number);
    d["field_says"] = p.field_says;
    list sw;
    for (const Page* f : site.of_kind(Kind::FocusArea))
      sw.push_back(object{{"number", std::to_string(f->number)}, {"title", f->title}, {"href", href(f->url(), url)}, {"current", f == &p}});
    d["switcher"] = sw;
    // The focus-area sections (model/schema.h): the body cut at two level-2 headings, so that the layout
    // can place its own sections between the parts.
    doc::Node before, middle, after;
    before.kind = middle.kind = after.kind = doc::Kind::Document;
    doc::Node* cur = &before;
    for (const auto& c : p.body.children) {
      if (c.kind == doc::Kind::Heading && c.level == 2) {
        if (c.id() == model::kFocusAreaActions.id) cur = &middle;
        else if (c.id() == model::kFocusAreaQuestions.id) cur = &after;
      }
      cur->children.push_back(c);
    }
    d["body_before"] = body(before, &p, url);
    d["body_middle"] = body(middle, &p, url);
    d["body_after"] = body(after, &p, url);
    list faq;
    for (const auto& f : p.faq) faq.push_back(object{{"q", f.q}, {"a", site_body(f.a, nullptr, url)}});
    d["has_faq"] = !p.faq.empty();
    d["faq"] = faq;
    list cases;
    for (const Page* s : site.spotlights_for(p.slug))
      cases.push_back(object{{"title", s->title}, {"href", href(s->url(), url)}, {"summary", s->summary}});
    d["has_cases"] = !cases.empty();
    d["cases"] = cases;
    emit_page(p, "focus_area", d);
  }

  void free_page(const Page& p) {
    std::string url = p.url();
    object d = common(url, p.title, p.summary, "page", p.updated, list{});
    d["body"] = site_body(p.body, &p, url);
    emit_page(p, "page", d);
  }

  // Every bundle, then every template where the outline lists it (again under a later stage, with a note
  // saying where it was listed first), the templates on no stage last.
  void downloads_page(const model::Outline& outline) {
    const Page self = render::downloads_page(site, outline);
    const std::string url = self.url();
    object d = common(url, self.title, self.summary, "downloads", "", list{});
    list bundles;
    std::string stem = site.bundle_stem();
    for (const render::Format& f : render::formats()) {
      if (!f.bundle) continue;
      const render::FileInfo* fi = out.info(stem.substr(1) + f.extension);
      if (!fi) continue;
      std::string label = f.label;
      if (fi->pages > 0) label += ", " + std::to_string(fi->pages) + " pages";
      label += ", " + text::human_size(fi->bytes);
      bundles.push_back(object{{"title", std::string(f.bundle_title)}, {"href", href(stem + f.extension, url)}, {"label", label},
                               {"note", std::string(f.bundle_note)}});
    }
    d["has_bundles"] = !bundles.empty();
    d["bundles"] = bundles;
    list stages;
    for (const model::OutlineSection& sec : outline.sections) {
      list items;
      for (const model::OutlineEntry& e : sec.entries) {
        object it = item(*e.page, url, true);
        if (!e.first) it["see_also"] = e.first_under->title;
        items.push_back(it);
      }
      // "other_templates": no stage's slug (slugs have no '_'), so its heading id is the page's own.
      if (!items.empty())
        stages.push_back(object{{"title", sec.title()},
                                {"slug", sec.stage ? sec.stage->slug : std::string("other_templates")}, {"items", items}});
    }
    d["stages"] = stages;
    pdf_action(d, self, "downloads");
    emit(url, "downloads", d);
  }

  void search_page() {
    const std::string url = "/search/";
    object d = common(url, "Search", "Search every page and template of the toolkit.", "search", "", list{});
    list kinds, stages, focus;
    for (Kind k : {Kind::Tool, Kind::Job, Kind::Stage, Kind::Spotlight, Kind::FocusArea, Kind::Page})
      kinds.push_back(object{{"value", std::string(model::kind_name(k))}, {"label", std::string(model::kind_label(k))}});
    for (const Page* s : site.of_kind(Kind::Stage)) stages.push_back(object{{"value", s->slug}, {"label", s->title}});
    for (const Page* f : site.of_kind(Kind::FocusArea)) focus.push_back(object{{"value", f->slug}, {"label", f->title}});
    d["kind_options"] = kinds;
    d["stage_options"] = stages;
    d["focus_options"] = focus;
    d["scripts"] = list{object{{"src", "js/search.js"}}};
    emit(url, "search", d);
  }

  void not_found() {
    // Served at any depth: links are absolute from base_url.
    object d = common("/404.html", "Page not found", "", "404", "", list{});
    std::string base = site.config.base_url;
    d["root"] = base;
    d["has_breadcrumbs"] = false;
    d["site"] = site_data("/404.html", base);
    emit("/404.html", "404", d);
  }

  void sitemap() {
    std::string x = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
    std::vector<std::pair<std::string, std::string>> urls;
    for (const auto& p : site.pages) urls.emplace_back(p.url(), p.updated);
    for (const char* u : {"/spotlights/", "/downloads/", "/search/"}) urls.emplace_back(u, "");
    std::sort(urls.begin(), urls.end());
    for (const auto& [u, updated] : urls) {
      x += "<url><loc>" + text::html_escape(text::site_url(site.config.base_url, u)) + "</loc>";
      if (!updated.empty()) x += "<lastmod>" + updated + "</lastmod>";
      x += "</url>\n";
    }
    x += "</urlset>\n";
    made.files.emplace_back("sitemap.xml", x);
    feed();
    made.files.emplace_back("robots.txt", "User-agent: *\nAllow: /\nSitemap: " + site.config.base_url + "sitemap.xml\n");
  }

  // The pages a feed lists: tools, jobs, spotlights and free pages, newest `updated` first.
  static bool in_feed(const Page& p) {
    return p.kind == Kind::Tool || p.kind == Kind::Job || p.kind == Kind::Spotlight || p.kind == Kind::Page;
  }

  // /feed.xml, Atom 1.0 (RFC 4287): every entry has an id, a title, an updated time and a link, all
  // absolute from base_url. A page without `updated` takes the newest date of the site, so the feed
  // never depends on the clock.
  void feed() {
    const std::string& base = site.config.base_url;
    std::vector<const Page*> entries;
    std::string newest;
    for (const auto& p : site.pages) {
      newest = std::max(newest, p.updated);
      if (in_feed(p)) entries.push_back(&p);
    }
    // No date anywhere: the build time (SOURCE_DATE_EPOCH, else the epoch), as the documents do.
    auto stamp = [&](const std::string& date) {
      return text::w3cdtf(text::document_time(date.empty() ? newest : date, site.config.build_time));
    };
    std::stable_sort(entries.begin(), entries.end(), [](const Page* a, const Page* b) {
      if (a->updated != b->updated) return a->updated > b->updated;
      return a->url() < b->url();
    });
    auto esc = [](const std::string& v) { return text::xml_escape(v); };
    std::string x = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"" +
                    esc(site.config.language) + "\">\n";
    x += "<title>" + esc(site.config.title) + "</title>\n";
    if (!site.config.description.empty()) x += "<subtitle>" + esc(site.config.description) + "</subtitle>\n";
    x += "<link rel=\"self\" type=\"application/atom+xml\" href=\"" + esc(base + "feed.xml") + "\"/>\n";
    x += "<link rel=\"alternate\" type=\"text/html\" href=\"" + esc(base) + "\"/>\n";
    x += "<id>" + esc(base) + "</id>\n<updated>" + stamp("") + "</updated>\n";
    x += "<author><name>" + esc(site.config.publisher) + "</name>";
    if (site.config.contact.find('@') != std::string::npos && site.config.contact.rfind("http", 0) != 0)
      x += "<email>" + esc(site.config.contact) + "</email>";
    x += "</author>\n<generator>toolkitgen</generator>\n";
    for (const Page* p : entries) {
      std::string link = text::site_url(base, p->url());
      x += "<entry>\n<title>" + esc(p->title) + "</title>\n";
      x += "<link rel=\"alternate\" type=\"text/html\" href=\"" + esc(link) + "\"/>\n";
      x += "<id>" + esc(link) + "</id>\n<updated>" + stamp(p->updated) + "</updated>\n";
      x += "<category term=\"" + std::string(model::kind_name(p->kind)) + "\" label=\"" + esc(model::kind_label(p->kind)) + "\"/>\n";
      if (!p->summary.empty()) x += "<summary>" + esc(p->summary) + "</summary>\n";
      x += "</entry>\n";
    }
    x += "</feed>\n";
    made.files.emplace_back("feed.xml", x);
  }
};

}  // namespace

std::string root_for(const std::string& site_path) {
  int depth = 0;
  for (std::size_t i = 1; i < site_path.size(); ++i)
    if (site_path[i] == '/') ++depth;
  if (depth == 0) return "./";
  std::string r;
  for (int i = 0; i < depth; ++i) r += "../";
  return r;
}

std::string relative_href(const std::string& site_path, const std::string& from_path) {
  std::string path = site_path, frag;
  std::size_t h = path.find('#');
  if (h != std::string::npos) {
    frag = path.substr(h);
    path = path.substr(0, h);
  }
  if (path.empty() || path[0] != '/') return site_path;
  if (path.back() == '/') path += "index.html";
  std::string root = root_for(from_path);
  return (root == "./" ? std::string() : root) + path.substr(1) + frag;
}

namespace {

// A unit's state between prepare (the data, built and hashed) and write (Mustache).
struct UnitState {
  Made made;
};

}  // namespace

std::string BodyCache::get(const doc::Node& n, const model::Page* p, const std::string& from, const std::function<std::string()>& make) {
  auto key = std::make_tuple(&n, p, from);
  {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = html_.find(key);
    if (it != html_.end()) return it->second;
  }
  std::string html = make();
  std::lock_guard<std::mutex> lock(mu_);
  return html_.emplace(std::move(key), std::move(html)).first->second;
}

std::vector<PageUnit> page_units(const model::Site& site, const Theme& theme, std::shared_ptr<const model::Outline> outline,
                                 BodyCache* bodies) {
  auto footers = std::make_shared<Footers>();
  std::vector<PageUnit> units;
  // view(v) fills v.made with the unit's data; the key is a hash of that data and of the templates.
  auto add = [&](std::vector<std::string> paths, bool downloads, bool bundles, std::function<void(View&)> view) {
    auto st = std::make_shared<UnitState>();
    PageUnit u;
    u.paths = std::move(paths);
    u.reads_downloads = downloads;
    u.reads_bundles = bundles;
    const model::Site* s = &site;
    const Theme* t = &theme;
    u.prepare = [s, t, st, footers, bodies, view](const render::Output& made) {
      View v{*s, *t, made, *footers, bodies};
      view(v);
      st->made = std::move(v.made);
      model::Hasher x;
      x.num(static_cast<long long>(t->key()));
      for (const auto& p : st->made.pages) {
        x.bytes(p.path);
        x.bytes(p.tmpl);
        Value::hash(p.data, x);
      }
      for (const auto& [path, bytes] : st->made.files) {
        x.bytes(path);
        x.bytes(bytes);
      }
      return x.h;
    };
    u.write = [t, st](render::Output& out) {
      for (const auto& p : st->made.pages) {
        kainjow::mustache::data d = Value::mustache(p.data);
        d.set("content", t->render(p.tmpl, d));
        out.put(p.path, t->render("layout", d));
      }
      for (const auto& [path, bytes] : st->made.files) out.put(path, bytes);
    };
    units.push_back(std::move(u));
  };
  auto stages = site.of_kind(Kind::Stage);
  if (const Page* h = site.home()) add({page_file(h->url())}, true, false, [h](View& v) { v.home(*h); });
  for (std::size_t i = 0; i < stages.size(); ++i) {
    const Page* p = stages[i];
    int n = static_cast<int>(i + 1), count = static_cast<int>(stages.size());
    add({page_file(p->url())}, true, false, [p, n, count](View& v) { v.stage(*p, n, count); });
  }
  for (const auto& page : site.pages) {
    const Page* p = &page;
    switch (p->kind) {
      case Kind::Tool:
      case Kind::Job: add({page_file(p->url())}, true, false, [p](View& v) { v.tool(*p); }); break;
      case Kind::Spotlight: add({page_file(p->url())}, true, false, [p](View& v) { v.spotlight(*p); }); break;
      case Kind::FocusArea: add({page_file(p->url())}, true, false, [p](View& v) { v.focus_area(*p); }); break;
      case Kind::Page: add({page_file(p->url())}, true, false, [p](View& v) { v.free_page(*p); }); break;
      default: break;
    }
  }
  add({"spotlights/index.html"}, true, false, [](View& v) { v.spotlights(); });
  add({"downloads/index.html"}, true, true, [outline](View& v) { v.downloads_page(*outline); });
  add({"search/index.html"}, false, false, [](View& v) { v.search_page(); });
  add({"404.html"}, false, false, [](View& v) { v.not_found(); });
  add({"sitemap.xml", "feed.xml", "robots.txt"}, false, false, [](View& v) { v.sitemap(); });
  return units;
}

void write_site(const model::Site& site, const Theme& theme, render::Output& out, int jobs) {
  std::vector<PageUnit> units = page_units(site, theme, std::make_shared<const model::Outline>(model::outline(site)));
  parallel_for(units.size(), jobs, [&](std::size_t i) {
    units[i].prepare(out);
    units[i].write(out);
  });
}

}  // namespace tk::html
