// Word (.docx) writer: fill-in templates with content controls, from the same document tree as the web page.
#pragma once
#include <string>

#include "model/site.h"
#include "render/document_input.h"
#include "render/formats.h"

namespace tk::docx {

/// One tool's or job's .docx template, from the same doc tree as its web page; it reads nothing but
/// job.page (its styles: styles_for's word/styles.xml). The "docx" row's page writer (render/formats.h).
/// Throws std::runtime_error on failure.
void write_form(const render::Job& job, render::Output& out);
/// The same, with the input made by render::document_input and theme_dir's styles (tests).
std::string write_form(const model::Site& site, const model::Page& page, const std::string& theme_dir);

/// The whole toolkit as one .docx (issue 6): title page, a TOC field, each stage's introduction (stage page
/// body) and key activities then its templates in order (a template in two stages once, pointed to from
/// the other), page breaks between, every content control kept with unique tags `<name>.<field>`; the
/// sections, names and date are job.bundle's outline's, the styles job.bundle's. The "docx" row's bundle writer.
void write_bundle(const render::Job& job, render::Output& out);
/// The same from a whole site and theme_dir's styles (tests).
std::string write_bundle(const model::Site& site, const std::string& theme_dir);

}  // namespace tk::docx
