// Fill-in PDF templates (one per tool or job) and the whole-toolkit PDF bundle, made with libharu.
#pragma once
#include <string>

#include "model/site.h"

namespace tk::pdf {

/// A written PDF and its page count.
struct Result {
  std::string bytes;
  int pages = 0;
};

/// One tool's or job's fill-in PDF (US Letter), from the same doc tree as its web page. Throws
/// std::runtime_error on failure.
Result write_template(const model::Site& site, const model::Page& page);

/// Any page as a PDF ("PDF of this page"), from the same doc tree as its web page: the title block
/// (site, kind, title, summary, publisher, "Last updated", the page's address), its picture, the
/// sections its front matter makes (a stage's key activities, a focus area's questions, ...) and the
/// body, with PNG and JPEG images as tagged figures. A tool's or job's is its fill-in template.
/// Throws std::runtime_error on failure.
Result write_page(const model::Site& site, const model::Page& page);

/// What a page's PDF shows besides the page itself (the titles and addresses of the pages it lists,
/// its pictures' paths, sizes and times), for caches that rewrite a PDF only when its inputs change.
std::string page_inputs(const model::Site& site, const model::Page& page);

/// The whole toolkit as one PDF: cover; table of contents with page numbers and links; each stage's
/// introduction and key activities followed by its templates in order (a template in two stages
/// appears once and is referenced from the other); bookmarks for every stage and template; page
/// labels (i, ii, ... before the first stage, then 1, 2, ...). Every fill-in field is kept: the
/// fields of a template hang under a parent field named after its slug, so their fully qualified
/// names are `<slug>.<field>` (`<kind>-<slug>.<field>` when a tool and a job share a slug, as in
/// the .docx bundle). Throws std::runtime_error on failure.
Result write_bundle(const model::Site& site);

}  // namespace tk::pdf
