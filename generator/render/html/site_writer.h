// The website writer: every page of the site through the theme's Mustache templates.
#pragma once
#include "core/diagnostics.h"
#include "model/site.h"
#include "render/html/theme.h"
#include "render/output.h"

namespace tk::html {

/// Writes every HTML page, sitemap.xml, robots.txt and 404.html. Documents (PDF, DOCX, bundles) must
/// already be in out: download labels read their sizes and page counts from it. Pages render on
/// `jobs` threads (0 = all cores); the output is the same whatever the number.
void write_site(const model::Site& site, const Theme& theme, render::Output& out, int jobs = 0);

/// "./" for the root, "../" per folder level of a site path ("/tools/x/" -> "../../").
std::string root_for(const std::string& site_path);
/// A site path made relative to a page at from_path, with index.html for folders (works from disk).
std::string relative_href(const std::string& site_path, const std::string& from_path);

}  // namespace tk::html
