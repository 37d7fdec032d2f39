// Title blocks and absolute links for the PDFs.
#include "render/pdf/front.h"

#include "core/text.h"
#include "render/pdf/style.h"

namespace tk::pdf {

LinkTarget site_link(const model::Site& site, const std::string& url) {
  LinkTarget t;
  t.uri = text::site_url(site.config.base_url, url);
  return t;
}

std::size_t title_block(BodyBuilder& b, const model::Site& site, const model::Page& page, const Ctx& ctx) {
  DocLayout& out = b.out();
  Ctx small = ctx;
  small.size = style::kSmall;
  small.color = style::kMuted;

  std::string kicker = model::kind_label(page.kind);
  if (!site.config.title.empty()) kicker = site.config.title + "  \u00B7  " + kicker;
  b.text_block({b.run(kicker, small, Face::Bold)}, ctx, "P", 0, true);

  Ctx title = ctx;
  title.size = style::kTitle;
  title.color = style::kHeading;
  std::size_t first = out.units.size();
  b.text_block({b.run(page.title, title, Face::Bold)}, title, "H1", 4, true);
  out.units[first].dest = "top";

  if (!page.summary.empty()) {
    Ctx sum = ctx;
    sum.size = style::kBody + 1;
    b.text_block({b.run(page.summary, sum)}, sum, "P", 6);
  }

  std::vector<Run> meta;
  std::string line;
  if (!site.config.publisher.empty()) line = site.config.publisher;
  if (!page.updated.empty()) line += (line.empty() ? "" : "  \u00B7  ") + std::string("Last updated ") + text::long_date(page.updated);
  if (!line.empty()) meta.push_back(b.run(line, small));
  if (!site.config.base_url.empty()) {
    LinkTarget t = site_link(site, page.url());
    t.label = "Online version: " + t.uri;
    Run pre = b.run(meta.empty() ? "Online version: " : "  \u00B7  Online version: ", small);
    Run link = b.run(t.uri, small);
    link.link = b.add_link(t);
    link.color = style::kLink;
    link.underline = true;
    meta.push_back(pre);
    meta.push_back(link);
  }
  if (!meta.empty()) {
    int p = out.tree.add("P", ctx.tag);
    for (Run& r : meta) r.tag = r.link >= 0 ? out.tree.add("Link", p) : p;
    b.emit_lines(break_lines(meta, ctx.w, b.measure()), meta, ctx, p, 6, false);
  }
  if (!page.fields.empty()) {
    Ctx note = small;
    note.color = style::kText;
    b.text_block({b.run("This is a fill-in form. Type in the shaded boxes and tick the boxes on screen with a PDF "
                        "reader, or print it and write by hand. Dates are written mm/dd/yyyy.",
                        note, Face::Italic)},
                 ctx, "P", 6);
  }
  b.rule(ctx, 4, style::kRule, 0.75);
  return first;
}

}  // namespace tk::pdf
