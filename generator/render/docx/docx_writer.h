// Word (.docx) writer: fill-in templates with content controls, from the same document tree as the web page.
#pragma once
#include <string>

#include "model/site.h"
#include "render/document_input.h"

namespace tk::docx {

/// One tool's or job's .docx template, from the same doc tree as its web page; it reads nothing but `in`
/// (in.styles: document_styles' word/styles.xml). Throws std::runtime_error on failure.
std::string write_template(const render::DocumentInput& in);
/// The same, with the input made by render::document_input and theme_dir's styles ("" = the default
/// theme's; tests).
std::string write_template(const model::Site& site, const model::Page& page, const std::string& theme_dir);

/// word/styles.xml for the documents of a site in `language`: `theme_styles` (html::Theme::docx_styles(),
/// the theme's reference.docx's, as pandoc's --reference-doc) with the language set.
std::string document_styles(const std::string& theme_styles, const std::string& language);

/// The whole toolkit as one .docx (issue 6): title page, a TOC field, each stage's introduction (stage page
/// body) and key activities then its template tools in order (a tool in two stages once), page breaks
/// between, every content control kept with unique tags `<slug>.<field>`. `styles`: document_styles'.
std::string write_bundle(const model::Site& site, const std::string& styles);

}  // namespace tk::docx
