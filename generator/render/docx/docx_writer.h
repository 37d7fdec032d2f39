// Word (.docx) writer: fill-in templates with content controls, from the same document tree as the web page.
#pragma once
#include <string>

#include "model/site.h"

namespace tk::docx {

/// One tool's or job's .docx template, from the same doc tree as its web page. theme_dir may hold
/// reference.docx, whose word/styles.xml then replaces the built-in styles (as pandoc's --reference-doc).
/// Throws std::runtime_error on failure.
std::string write_template(const model::Site& site, const model::Page& page, const std::string& theme_dir);

/// The whole toolkit as one .docx (issue 6): title page, a TOC field, each stage's introduction (stage page
/// body) and key activities then its template tools in order (a tool in two stages once), page breaks
/// between, every content control kept with unique tags `<slug>.<field>`.
std::string write_bundle(const model::Site& site, const std::string& theme_dir);

}  // namespace tk::docx
