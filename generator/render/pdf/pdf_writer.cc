// write_page (and write_form, the same for a tool or job): a page's title block, its front matter's
// sections and its body laid out, paginated and drawn; write_bundle draws bundle_document (bundle.cc).
#include "render/pdf/pdf_writer.h"

#include "render/pdf/documents.h"

#include <algorithm>

#include "core/text.h"
#include "doc/build.h"
#include "model/schema.h"
#include "render/pdf/blocks.h"
#include "render/pdf/front.h"
#include "render/pdf/images.h"
#include "render/pdf/render.h"
#include "render/pdf/style.h"

namespace tk::pdf {

namespace {

using doc::bullets;
using doc::heading;
using doc::link;
using doc::node;
using doc::numbered;
using doc::para;
using doc::text;

const char* partner_type(const std::string& t) {
  return t == "district" ? "school district" : t == "program" ? "preparation program" : t == "state" ? "state agency" : "nonprofit";
}

// What the page shows from its front matter, before and after its body, as blocks (the web page's
// own sections: a stage's key activities, a spotlight's partners, a focus area's figure and questions).
void front_blocks(const model::Site& site, const model::Page& page, doc::Node& before, doc::Node& after) {
  using model::Kind;
  if (!page.audience_text().empty() && (page.kind == Kind::Tool || page.kind == Kind::Job))
    before.children.push_back(para({text("Filled in by: " + page.audience_text())}));
  if (page.kind != Kind::Spotlight && page.is_external_link())
    before.children.push_back(para({text("This resource is on another website: "), link(page.link, page.title), text(" (" + page.link + ")")}));
  else if (page.kind != Kind::Spotlight && !page.link.empty()) before.children.push_back(para({text("See "), link(page.link, page.title), text(".")}));
  if (page.on_request)
    before.children.push_back(para({text("This resource is available on request. Contact " + page.contact + ".")}));
  if (page.kind == Kind::Spotlight) {
    std::string who;
    for (const auto& pr : page.partners) who += (who.empty() ? "" : "; ") + pr.name + " (" + partner_type(pr.type) + ")";
    if (!who.empty()) before.children.push_back(para({text("Partners: " + who)}));
    if (!page.location.empty()) before.children.push_back(para({text("Location: " + page.location)}));
    doc::Node l = node(doc::Kind::List);
    for (const auto& f : page.focus_areas)
      if (const model::Page* fa = site.find(Kind::FocusArea, f)) l.children.push_back(node(doc::Kind::Item, {para({link(fa->url(), fa->title)})}));
    if (!l.children.empty()) {
      before.children.push_back(para({text("Focus areas:")}));
      before.children.push_back(std::move(l));
    }
    if (!page.link.empty()) before.children.push_back(para({text("Source: "), link(page.link, page.link)}));
  }
  auto items = [&](const model::Page& stage) {
    doc::Node l = node(doc::Kind::List);
    for (const model::Page* t : site.stage_items(stage.slug)) {
      doc::Node item = para({link(t->is_external_link() ? t->link : t->url(), t->title)});
      if (t->on_request) item.children.push_back(text(" Contact " + t->contact + " (available on request)"));
      l.children.push_back(node(doc::Kind::Item, {std::move(item)}));
    }
    return l;
  };
  if (page.kind == Kind::Stage) {
    if (!page.activities.empty()) {
      before.children.push_back(heading("Key activities"));
      before.children.push_back(numbered(page.activities));
    }
    doc::Node l = items(page);
    if (!l.children.empty()) {
      after.children.push_back(heading("Tools and resources"));
      after.children.push_back(std::move(l));
    }
  }
  if (page.kind == Kind::Home) {
    std::vector<const model::Page*> stages = site.of_kind(Kind::Stage);
    if (!stages.empty()) after.children.push_back(heading("The toolkit, stage by stage"));
    for (const model::Page* s : stages) {
      after.children.push_back(node(doc::Kind::Heading, {link(s->url(), s->title)}));
      after.children.back().level = 3;
      if (!s->summary.empty()) after.children.push_back(para({text(s->summary)}));
      if (!s->activities.empty()) {
        after.children.push_back(para({node(doc::Kind::Strong, {text("Key activities")})}));
        after.children.push_back(numbered(s->activities));
      }
      doc::Node l = items(*s);
      if (!l.children.empty()) {
        after.children.push_back(para({node(doc::Kind::Strong, {text("Tools and resources")})}));
        after.children.push_back(std::move(l));
      }
    }
    if (!site.forms().empty())
      after.children.push_back(para({link("/downloads/", "All templates and the whole toolkit as one download")}));
  }
  if (page.kind == Kind::FocusArea && !page.faq.empty()) {
    after.children.push_back(heading("But what about..."));
    for (const auto& f : page.faq) {
      after.children.push_back(heading(f.q, 3));
      for (const auto& c : f.a.children) after.children.push_back(c);
    }
  }
  if (page.kind == Kind::FocusArea) {
    std::vector<const model::Page*> cases = site.spotlights_for(page.slug);
    if (!cases.empty()) after.children.push_back(heading("Case studies"));
    for (const model::Page* s : cases) {
      after.children.push_back(node(doc::Kind::Heading, {link(s->url(), s->title)}));
      after.children.back().level = 3;
      if (!s->summary.empty()) after.children.push_back(para({text(s->summary)}));
    }
  }
}


}  // namespace

LaidOut page_document(const render::DocumentInput& in) {
  // The layout code takes a Site: it gets one holding only the settings the input carries, and looks
  // other pages up only in the input's listing (front matter only; empty when the page lists none).
  model::Site site;
  site.config.title = in.site.title;
  site.config.publisher = in.site.publisher;
  site.config.base_url = in.site.base_url;
  site.config.language = in.site.language;
  static const model::Site kNoListing;
  const model::Site& others = in.listing.site ? *in.listing.site : kNoListing;
  const model::Page& page = *in.page;
  LaidOut d;
  DocLayout& layout = d.layout;
  const std::string self = page.url();
  BodyBuilder b(layout, font_measure(), [&](const std::string& url) {
    LinkTarget t = site_link(site, url);
    std::size_t hash = url.find('#');
    if (url.rfind('#', 0) == 0) t.dest = url.substr(1);
    else if (hash != std::string::npos && url.substr(0, hash) == self) t.dest = url.substr(hash + 1);
    return t;
  });
  b.set_files(input_files(in.files));
  b.begin_page(page, "", "", 1);
  Ctx ctx = body_ctx(0);
  title_block(b, site, page, ctx);
  if (!page.image.empty()) b.figure("/" + page.image, page.image_alt, ctx, style::kParaGap);
  doc::Node before = node(doc::Kind::Document), after = node(doc::Kind::Document);
  front_blocks(others, page, before, after);
  b.blocks(before, ctx);
  if (page.kind == model::Kind::FocusArea) {
    // As on the web page: "What the field says" before "Key components and actions", and the
    // questions ("But what about...") before "Questions to consider".
    doc::Node head = node(doc::Kind::Document), rest = node(doc::Kind::Document);
    doc::Node* cur = &head;
    for (const auto& c : page.body.children) {
      if (c.kind == doc::Kind::Heading && c.level == 2 && c.id() == model::kFocusAreaActions.id) cur = &rest;
      cur->children.push_back(c);
    }
    b.blocks(head, ctx);
    if (!page.field_says.empty()) {
      doc::Node says = node(doc::Kind::Document, {heading("What the field says"), para({text(page.field_says)})});
      b.blocks(says, ctx);
    }
    b.blocks(rest, ctx);
  } else {
    b.blocks(page.body, ctx);
  }
  b.blocks(after, ctx);

  d.pages = paginate(layout.units, style::kBodyH);
  RenderSpec& spec = d.spec;
  spec.title = page.title;
  spec.author = site.config.publisher;
  spec.subject = page.summary;
  spec.lang = site.config.language;
  spec.time = text::document_time(page.updated.empty() ? in.newest : page.updated, in.site.build_time);
  spec.header_text = page.title;
  spec.footer_text = site.config.publisher;
  return d;
}

namespace {

Result drawn(const LaidOut& d) { return {render_pdf(d.layout, d.pages, d.spec), int(d.pages.size())}; }

}  // namespace

void write_page(const render::Job& job, render::Output& out) {
  Result r = drawn(page_document(*job.page));
  out.put(job.path, r.bytes, r.pages);
}

LaidOut form_document(const model::Site& site, const model::Page& page) {
  return page_document(render::document_input(site, page, "pdf"));
}

Result write_form(const model::Site& site, const model::Page& page) { return drawn(form_document(site, page)); }

void write_bundle(const render::Job& job, render::Output& out) {
  Result r = drawn(bundle_document(*job.bundle));
  out.put(job.path, r.bytes, r.pages);
}

Result write_bundle(const model::Site& site, const std::map<std::string, std::shared_ptr<const std::string>>* files) {
  return drawn(bundle_document(site, files));
}

LaidOut bundle_document(const model::Site& site, const std::map<std::string, std::shared_ptr<const std::string>>* files) {
  render::BundleInput in = render::bundle_input(site);
  in.files = files;
  return bundle_document(in);
}

}  // namespace tk::pdf
