// Whole-site checks: slugs, cross-references, URLs and every link and anchor in every body.
#pragma once
#include <string>

#include "core/diagnostics.h"
#include "model/site.h"

namespace tk::model {

/// Checks the site and resolves every link in place (see doc::Node::url). content_dir is the
/// prefix of paths in diagnostics ("content"). theme_static: the names in the theme's static/
/// folder, which no page's slug may take. jobs: threads for the per-page checks (0 = one per hardware thread).
void validate(Site& site, const std::string& content_dir, Diagnostics& diags,
              const std::vector<std::string>& theme_static = {}, int jobs = 0);

/// Names at the site's root that the site writes itself, so no page may take them as its slug.
std::vector<std::string> reserved_slugs(const std::vector<std::string>& theme_static);

/// Longest value (in characters) a title, summary, label or other one-line text may have: the PDF
/// writer stores such strings as UTF-16 of at most 65,535 bytes.
constexpr std::size_t kMaxTextChars = 10000;
/// Widest body table: more columns do not fit a printed page.
constexpr std::size_t kMaxTableColumns = 12;
/// Most fill-in fields one page may hold.
constexpr std::size_t kMaxFieldsPerPage = 1000;

/// Section headings that page layouts add besides the body's (links to them resolve; a body heading
/// with the same text is an error).
std::vector<std::string> layout_anchors(Kind k);
/// Every id the default theme's layout writes on a page of this kind (headings never take one).
std::vector<std::string> layout_ids(Kind k);

}  // namespace tk::model
