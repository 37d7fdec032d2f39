// One tool's or job's .docx template: title, summary, then the body with its fields as content controls.
#include "render/docx/docx_writer.h"

#include "core/text.h"
#include "render/docx/body.h"
#include "render/docx/package_state.h"
#include "render/docx/ooxml.h"
#include "render/docx/package.h"
#include "render/docx/styles.h"

namespace tk::docx {

namespace {

std::string form_docx(const render::DocumentInput& in) {
  const model::Page& page = *in.page;
  PackageState doc(in.site.base_url);
  std::string body = ooxml::para(ooxml::pstyle("Title"), ooxml::run("", page.title));
  if (!page.summary.empty()) body += ooxml::para(ooxml::pstyle("Subtitle"), ooxml::run("", page.summary));
  BodyOptions opt;
  opt.heading_shift = -1;  // "## Parties" is the first level under the title: Heading 1
  write_body(doc, page, opt, body);

  PackageInfo info;
  info.title = page.title;
  info.description = page.summary;
  info.creator = in.site.publisher;
  info.language = in.site.language;
  info.time = text::document_time(page.updated, in.site.build_time);
  info.header = in.site.title;
  info.footer = in.site.publisher;
  info.footer_note = doc.absolute(page.url());
  return package(doc, body, in.styles, info);
}

}  // namespace

void write_form(const render::Job& job, render::Output& out) { out.put(job.path, form_docx(*job.page)); }

std::string write_form(const model::Site& site, const model::Page& page, const std::string& theme_dir) {
  return form_docx(render::document_input(site, page, "docx", styles_for(theme_dir, site.config.language)));
}

}  // namespace tk::docx
