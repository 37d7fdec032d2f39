// The website writer: every page of the site through the theme's Mustache templates.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "model/site.h"
#include "render/html/theme.h"
#include "render/output.h"

namespace tk::html {

/// One piece of the website: the files one view writes (a page; sitemap.xml with robots.txt), and a
/// key of everything they are made from: the theme, site.yaml, the page, what it shows of the pages
/// it lists or names (their front matter, not their bodies) and the download labels it prints.
struct SiteUnit {
  std::vector<std::string> paths;  ///< output paths ("tools/x/index.html")
  std::uint64_t key = 0;           ///< equal keys, equal files
};
/// Says whether to write a unit; a unit left out is the caller's to supply (e.g. from an earlier build
/// whose unit had the same key). Called on the calling thread, once per unit, before any page renders.
using UnitFilter = std::function<bool(const SiteUnit&)>;

/// Writes every HTML page, sitemap.xml, robots.txt and 404.html (or the units `filter` accepts).
/// Documents (PDF, DOCX, bundles) must already be in out: download labels read their sizes and page
/// counts from it. Pages render on `jobs` threads (0 = all cores); the output is the same whatever the number.
void write_site(const model::Site& site, const Theme& theme, render::Output& out, int jobs = 0,
                const UnitFilter& filter = {});

/// "./" for the root, "../" per folder level of a site path ("/tools/x/" -> "../../").
std::string root_for(const std::string& site_path);
/// A site path made relative to a page at from_path, with index.html for folders (works from disk).
std::string relative_href(const std::string& site_path, const std::string& from_path);

}  // namespace tk::html
