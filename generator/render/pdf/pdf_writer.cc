// write_template: a tool's or job's title block and body laid out, paginated and drawn.
#include "render/pdf/pdf_writer.h"

#include "render/pdf/documents.h"

#include "core/text.h"
#include "render/pdf/blocks.h"
#include "render/pdf/front.h"
#include "render/pdf/render.h"
#include "render/pdf/style.h"

namespace tk::pdf {

Document template_document(const model::Site& site, const model::Page& page) {
  Document d;
  DocLayout& layout = d.layout;
  const std::string self = page.url();
  BodyBuilder b(layout, font_measure(), [&](const std::string& url) {
    LinkTarget t = site_link(site, url);
    std::size_t hash = url.find('#');
    if (url.rfind('#', 0) == 0) t.dest = url.substr(1);
    else if (hash != std::string::npos && url.substr(0, hash) == self) t.dest = url.substr(hash + 1);
    return t;
  });
  b.begin_page(page, "", "", 1);
  Ctx ctx = body_ctx(0);
  title_block(b, site, page, ctx);
  b.blocks(page.body, ctx);

  d.pages = paginate(layout.units, style::kBodyH);
  RenderSpec& spec = d.spec;
  spec.title = page.title;
  spec.author = site.config.publisher;
  spec.subject = page.summary;
  spec.lang = site.config.language;
  spec.time = text::document_time(page.updated);
  spec.header_text = page.title;
  spec.footer_text = site.config.publisher;
  return d;
}

Result write_template(const render::DocumentInput& in) {
  // The layout code takes a Site: it gets one holding only the settings the input carries.
  model::Site settings;
  settings.config.title = in.site.title;
  settings.config.publisher = in.site.publisher;
  settings.config.base_url = in.site.base_url;
  settings.config.language = in.site.language;
  Document d = template_document(settings, *in.page);
  return {render_pdf(d.layout, d.pages, d.spec), int(d.pages.size())};
}

Result write_template(const model::Site& site, const model::Page& page) {
  return write_template(render::document_input(site, page, "pdf"));
}

Result write_bundle(const model::Site& site) {
  Document d = bundle_document(site);
  return {render_pdf(d.layout, d.pages, d.spec), int(d.pages.size())};
}

}  // namespace tk::pdf
