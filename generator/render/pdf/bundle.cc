// bundle_document: the whole toolkit as one PDF (cover, contents, stages with their templates).
#include <set>

#include "core/text.h"
#include "doc/build.h"
#include "doc/walk.h"
#include "render/pdf/documents.h"
#include "render/pdf/front.h"
#include "render/pdf/render.h"
#include "render/pdf/style.h"

namespace tk::pdf {
namespace {

using model::Page;

// A page's destinations: its top (its URL) and its headings (URL + "#" + id).
void add_dests(const Page& p, std::set<std::string>& out) {
  out.insert(p.url());
  for (const std::string& id : doc::heading_ids(p.body)) out.insert(p.url() + "#" + id);
}

// A contents line: the linked title on the left, its page label on the right.
void entry(BodyBuilder& b, const Ctx& ctx, const std::string& title, const std::string& dest, bool bold,
           double space_before) {
  DocLayout& out = b.out();
  int item = out.tree.add("TOCI", ctx.tag);
  int link_elem = out.tree.add("Link", item);
  LinkTarget t;
  t.dest = dest;
  t.label = title;
  int link = b.add_link(t);
  const double number_w = 36;
  Run r = b.run(title, ctx, bold ? Face::Bold : Face::Regular);
  r.link = link;
  r.tag = link_elem;
  std::vector<Run> runs{r};
  std::vector<Line> lines = break_lines(runs, ctx.w - number_w, b.measure());
  std::size_t first = out.units.size();
  b.emit_lines(lines, runs, ctx, link_elem, space_before, true);
  if (out.units.size() == first) return;
  out.units.back().keep_with_next = false;
  Unit& last = out.units.back();
  Item num;
  num.kind = ItemKind::PageRef;
  num.x = ctx.x + ctx.w - number_w;
  num.w = number_w;
  num.y = last.first_baseline;
  num.face = r.face;
  num.size = ctx.size;
  num.color = ctx.color;
  num.text = dest;
  num.tag = link_elem;
  last.items.push_back(num);
  Item area;
  area.kind = ItemKind::Link;
  area.x = num.x;
  area.y = num.y - ctx.size * 0.95;
  area.w = number_w;
  area.h = ctx.size * 1.25;
  area.ref = link;
  area.tag = link_elem;
  last.items.push_back(area);
}

// The cover: the toolkit's title, what it holds, its description, publisher, date and address.
void cover(BodyBuilder& b, const model::Site& site, const Ctx& body, const std::string& site_title, const std::string& latest) {
  DocLayout& layout = b.out();
  Unit spacer;
  spacer.height = 150;
  layout.units.push_back(spacer);
  Ctx c = body;
  c.size = 28;
  c.color = style::kHeading;
  b.text_block({b.run(site_title, c, Face::Bold)}, c, "H1", 0, true);
  c.size = 15;
  c.color = style::kMuted;
  b.text_block({b.run("The complete toolkit: every stage and every fill-in template", c)}, c, "P", 10);
  if (!site.config.description.empty()) {
    Ctx d = body;
    d.size = 11;
    b.text_block({b.run(site.config.description, d)}, d, "P", 24);
  }
  b.rule(body, 24, style::kRule, 0.75);
  Ctx m = body;
  if (!site.config.publisher.empty()) b.text_block({b.run(site.config.publisher, m, Face::Bold)}, m, "P", 6);
  if (!latest.empty()) b.text_block({b.run("Updated " + text::long_date(latest), m)}, m, "P", 3);
  if (!site.config.base_url.empty()) {
    LinkTarget t = site_link(site, "/");
    t.label = t.uri;
    Run r = b.run(t.uri, m);
    r.link = b.add_link(t);
    r.color = style::kLink;
    r.underline = true;
    int p = b.out().tree.add("P", m.tag);
    r.tag = b.out().tree.add("Link", p);  // the link annotation belongs to a Link element (PDF/UA 28-011)
    std::vector<Run> runs{r};
    b.emit_lines(break_lines(runs, m.w, b.measure()), runs, m, p, 3, false);
  }
}

// The contents: a line per section and, indented, per template, each with its page number.
void contents(BodyBuilder& b, const Ctx& body, const std::vector<model::OutlineSection>& sections) {
  DocLayout& layout = b.out();
  Ctx h = body;
  h.size = style::kTitle;
  h.color = style::kHeading;
  std::size_t first = layout.units.size();
  b.text_block({b.run("Contents", h, Face::Bold)}, h, "H1", 0, true);
  layout.units[first].page_break_before = true;
  layout.units[first].dest = "contents";
  layout.units[first].outline_level = 1;
  layout.units[first].outline_title = "Contents";
  Ctx toc = body;
  toc.tag = layout.tree.add("TOC", 0);
  for (const model::OutlineSection& sec : sections) {
    std::string title = sec.stage ? "Stage: " + sec.stage->title : "Other templates";
    entry(b, toc, title, sec.stage ? sec.stage->url() : sec.entries.front().page->url(), true, 12);
    Ctx sub = toc;
    sub.x += style::kListIndent;
    sub.w -= style::kListIndent;
    for (const model::OutlineEntry& e : sec.entries)
      entry(b, sub, e.page->title + (e.first ? "" : " (see above)"), e.page->url(), false, 3);
  }
}

// A stage's key activities, laid out as a body would be: a heading and a numbered list.
void key_activities(BodyBuilder& b, const Page& s, const Ctx& ctx) {
  b.blocks(doc::node(doc::Kind::Document, {doc::heading("Key activities"), doc::numbered(s.activities)}), ctx);
}

// A stage of the outline: its number and title on a new page, summary, body and key activities, then
// the list of its templates (one listed under an earlier stage says so).
void stage(BodyBuilder& b, const model::OutlineSection& sec, const Ctx& ctx, int sect) {
  DocLayout& layout = b.out();
  const Page& s = *sec.stage;
  b.begin_page(s, "", s.url() + "#", 2);
  Ctx k = ctx;
  k.size = style::kSmall;
  k.color = style::kMuted;
  std::size_t first = layout.units.size();
  const std::string number = std::to_string(sec.number);
  b.text_block({b.run("Stage " + number, k, Face::Bold)}, k, "P", 0, true);
  layout.units[first].page_break_before = true;
  layout.units[first].dest = s.url();
  layout.units[first].outline_level = 1;
  layout.units[first].outline_title = "Stage " + number + ": " + s.title;
  Ctx t = ctx;
  t.size = style::kTitle;
  t.color = style::kHeading;
  b.text_block({b.run(s.title, t, Face::Bold)}, t, "H1", 4, true);
  if (!s.summary.empty()) {
    Ctx sum = ctx;
    sum.size = style::kBody + 1;
    b.text_block({b.run(s.summary, sum)}, sum, "P", 6);
  }
  b.blocks(s.body, ctx);
  if (!s.activities.empty()) key_activities(b, s, ctx);
  if (sec.entries.empty()) return;
  Ctx h = ctx;
  h.size = style::kH2;
  h.color = style::kHeading;
  b.text_block({b.run("Templates in this stage", h, Face::Bold)}, h, "H2", 18, true);
  Ctx list = ctx;
  list.tag = layout.tree.add("TOC", sect);
  for (std::size_t i = 0; i < sec.entries.size(); ++i) {
    const model::OutlineEntry& e = sec.entries[i];
    entry(b, list, e.page->title + (e.first ? "" : " (in an earlier stage)"), e.page->url(), false, i == 0 ? 6 : 3);
  }
}

// A template where the outline lists it first: on a new page, its title block and its body, its fields
// named <name>.<field>.
void template_pages(BodyBuilder& b, const model::Site& site, const model::OutlineSection& sec, const model::OutlineEntry& e,
                    int sect) {
  DocLayout& layout = b.out();
  const Page& p = *e.page;
  Ctx tc = body_ctx(layout.tree.add("Sect", sect));
  b.begin_page(p, e.name, p.url() + "#", 0);
  std::size_t first = layout.units.size();
  std::size_t title = title_block(b, site, p, tc);
  layout.units[first].page_break_before = true;
  layout.units[title].dest = p.url();
  layout.units[title].outline_level = sec.stage ? 2 : 1;
  layout.units[title].outline_title = p.title;
  b.blocks(p.body, tc);
}

// The pages' labels and running heads: the pages before the first stage (cover, contents) are
// numbered i, ii, ...; the rest 1, 2, ... ("Page 3 of 40").
void number_pages(LaidOut& doc) {
  const DocLayout& layout = doc.layout;
  const std::vector<PageLayout>& pages = doc.pages;
  int first_content = int(pages.size());
  for (std::size_t p = 0; p < pages.size() && first_content == int(pages.size()); ++p)
    for (const Placement& pl : pages[p])
      if (layout.units[std::size_t(pl.unit)].outline_level == 1 &&
          layout.units[std::size_t(pl.unit)].dest != "contents")
        first_content = int(p);
  auto roman = [](int n) {
    static const char* r[] = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"};
    return n >= 1 && n <= 12 ? std::string(r[n - 1]) : std::to_string(n);
  };
  RenderSpec& spec = doc.spec;
  spec.labels = {{0, 'r', 1}};
  if (first_content < int(pages.size())) spec.labels.push_back({first_content, 'D', 1});
  spec.chrome = [first_content, roman](int p, int total) {
    PageChrome c;
    if (p < first_content) {
      c.label = roman(p + 1);
      c.header = c.footer = p > 0;
      c.footer_right = "Page " + c.label;
    } else {
      c.label = std::to_string(p - first_content + 1);
      c.footer_right = "Page " + c.label + " of " + std::to_string(total - first_content);
    }
    return c;
  };
}

}  // namespace

LaidOut bundle_document(const render::BundleInput& in) {
  const model::Site& site = *in.site;
  LaidOut doc;
  DocLayout& layout = doc.layout;
  // Sections: each stage with its PDF templates (shown whole where listed first), then the rest.
  const model::Outline outline = in.outline.with_format("pdf");
  const std::vector<model::OutlineSection>& sections = outline.sections;

  // Destinations: each included page's top (its URL) and its headings (URL + "#" + id).
  std::set<std::string> dests{"contents"};
  for (const model::OutlineSection& sec : sections) {
    for (const model::OutlineEntry& e : sec.entries) add_dests(*e.page, dests);
    if (sec.stage) add_dests(*sec.stage, dests);
  }
  const std::string& latest = outline.updated;

  BodyBuilder b(layout, font_measure(), [&](const std::string& url) {
    LinkTarget t = site_link(site, url);
    std::size_t hash = url.find('#');
    if (dests.count(url)) t.dest = url;
    else if (dests.count(url.substr(0, hash))) t.dest = url.substr(0, hash);
    return t;
  });
  b.set_files(in.files ? input_files(*in.files) : content_files(site.content_dir));
  const Ctx body = body_ctx(0);
  const std::string site_title = site.config.title.empty() ? "Toolkit" : site.config.title;

  cover(b, site, body, site_title, latest);
  contents(b, body, sections);
  for (const model::OutlineSection& sec : sections) {
    int sect = layout.tree.add("Sect", 0);
    if (sec.stage) stage(b, sec, body_ctx(sect), sect);
    for (const model::OutlineEntry& e : sec.entries)
      if (e.first) template_pages(b, site, sec, e, sect);
  }

  doc.pages = paginate(layout.units, style::kBodyH);
  RenderSpec& spec = doc.spec;
  spec.title = site_title;
  spec.author = site.config.publisher;
  spec.subject = site.config.description;
  spec.lang = site.config.language;
  spec.time = text::document_time(latest, site.config.build_time);
  spec.header_text = site_title;
  spec.footer_text = site.config.publisher;
  spec.show_outlines = true;
  number_pages(doc);
  return doc;
}

}  // namespace tk::pdf
