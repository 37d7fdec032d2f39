// Fill-in PDF templates (one per tool or job) and the whole-toolkit PDF bundle, made with libharu.
#pragma once
#include <map>
#include <memory>
#include <string>

#include "model/site.h"
#include "render/document_input.h"
#include "render/formats.h"

namespace tk::pdf {

/// A written PDF and its page count.
struct Result {
  std::string bytes;
  int pages = 0;
};

/// Any page as a PDF (US Letter; "PDF of this page"), from the same doc tree as its web page: the title
/// block (site, kind, title, summary, publisher, "Last updated", the page's address), its picture, the
/// sections its front matter makes (a stage's key activities, a focus area's questions, ...) and the
/// body, with PNG and JPEG images as tagged figures. A tool's or job's is its fill-in template. It reads
/// nothing but job.page (other pages only through its listing, pictures only from its files).
/// The "pdf" row's page writer (render/formats.h). Throws std::runtime_error on failure.
void write_page(const render::Job& job, render::Output& out);
/// The same, with the input made by render::document_input from the whole site (tests).
Result write_form(const model::Site& site, const model::Page& page);

/// The whole toolkit as one PDF: cover; table of contents with page numbers and links; each stage's
/// introduction and key activities followed by its templates in order (a template in two stages
/// appears once and is referenced from the other); bookmarks for every stage and template; page
/// labels (i, ii, ... before the first stage, then 1, 2, ...). Every fill-in field is kept: the
/// fields of a template hang under a parent field named after its slug, so their fully qualified
/// names are `<slug>.<field>` (`<kind>-<slug>.<field>` when a tool and a job share a slug, as in
/// the .docx bundle). Throws std::runtime_error on failure.
/// The sections, names and date are job.bundle's outline's. The "pdf" row's bundle writer (render/formats.h).
void write_bundle(const render::Job& job, render::Output& out);
/// The same from a whole site (tests): its pictures from `files` (site path -> bytes) when given, else
/// from site.content_dir.
Result write_bundle(const model::Site& site, const std::map<std::string, std::shared_ptr<const std::string>>* files = nullptr);

}  // namespace tk::pdf
