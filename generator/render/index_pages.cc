#include "render/index_pages.h"

#include "doc/build.h"
#include "render/formats.h"

namespace tk::render {

using model::Kind;
using model::Outline;
using model::OutlineEntry;
using model::OutlineSection;
using model::Page;
using model::Site;

namespace {

Page made_page(const std::string& slug, const std::string& title, const std::string& summary) {
  Page p;
  p.kind = Kind::Page;
  p.slug = slug;
  p.title = title;
  p.summary = summary;
  return p;
}

// The newest `updated` of the pages listed: the list's own "Last updated".
void newest_of(Page& p, const Page& listed) {
  if (listed.updated > p.updated) p.updated = listed.updated;
}

}  // namespace

Page spotlights_page(const Site& site) {
  Page p = made_page("spotlights", "Partnership spotlights",
                     "How partnerships across the country plan, run and improve student teaching.");
  for (const Page* s : site.of_kind(Kind::Spotlight)) {
    newest_of(p, *s);
    p.body.children.push_back(doc::heading({doc::link(s->url(), s->title)}));
    if (!s->summary.empty()) p.body.children.push_back(doc::para({doc::text(s->summary)}));
    // As on the web page's card: "Boston, MA · Boston University, Boston Public Schools".
    std::string facts = s->location;
    for (std::size_t i = 0; i < s->partners.size(); ++i)
      facts += (i ? ", " : facts.empty() ? "" : " \u00B7 ") + s->partners[i].name;
    if (!facts.empty()) p.body.children.push_back(doc::para({doc::text(facts)}));
  }
  return p;
}

Page downloads_page(const Site& site, const Outline& outline) {
  Page p = made_page("downloads", "Downloads",
                     "Every fill-in template of the toolkit as PDF and Word files, one by one or all at once.");
  p.updated = outline.updated;  // the bundles' date: one rule (model/outline.h)
  // "Partnership Data Roadmap (listed under Initiation): PDF, Word", the formats linked to the files.
  auto entry = [](const Page& t, const std::string& note) {
    std::vector<doc::Node> inl{doc::link(t.url(), t.title)};
    if (!note.empty()) inl.push_back(doc::text(" " + note));
    for (std::size_t i = 0; i < t.formats.size(); ++i) {
      const std::string& f = t.formats[i];
      inl.push_back(doc::text(i ? ", " : ": "));
      inl.push_back(doc::link(t.download_url(f), format_of(f).label));
    }
    return inl;
  };
  if (!site.forms().empty()) {
    std::string stem = site.bundle_stem();
    p.body.children.push_back(doc::heading("The whole toolkit"));
    std::vector<std::vector<doc::Node>> bundles;
    for (const Format& f : formats())
      if (f.bundle) bundles.push_back({doc::link(stem + f.extension, f.bundle_title)});
    p.body.children.push_back(doc::bullets(std::move(bundles)));
  }
  for (const OutlineSection& sec : outline.sections) {
    std::vector<std::vector<doc::Node>> items;
    for (const OutlineEntry& e : sec.entries)
      items.push_back(entry(*e.page, e.first ? "" : "(listed under " + e.first_under->title + ")"));
    if (items.empty()) continue;
    p.body.children.push_back(doc::heading(sec.title()));
    p.body.children.push_back(doc::bullets(std::move(items)));
  }
  // The web page's closing note (themes/default/templates/downloads.mustache says the same).
  p.body.children.push_back(doc::para({doc::text(
      "The PDF templates have fill-in fields that work in Adobe Acrobat Reader, Preview and web browsers. "
      "The Word templates have content controls for Microsoft Word and LibreOffice.")}));
  return p;
}

std::vector<Page> index_pages(const Site& site, const Outline& outline) {
  return {spotlights_page(site), downloads_page(site, outline)};
}

}  // namespace tk::render
