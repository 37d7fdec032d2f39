// The website writer: every page of the site through the theme's Mustache templates.
#pragma once
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <tuple>
#include <vector>

#include "core/diagnostics.h"
#include "model/outline.h"
#include "model/site.h"
#include "render/html/theme.h"
#include "render/output.h"

namespace tk::html {

/// One piece of the website: the files one view writes (a page; sitemap.xml with feed.xml and robots.txt).
struct PageUnit {
  std::vector<std::string> paths;  ///< output paths ("tools/x/index.html")
  bool reads_downloads = false;    ///< prints documents' sizes and page counts (template downloads, the page's own PDF)
  bool reads_bundles = false;      ///< prints the whole-toolkit bundles' sizes and page counts
  /// Builds what the view renders (its Mustache data; download labels read sizes and page counts from
  /// `made`, the files made before) and returns the key: a hash of that data and of the theme's
  /// templates. Equal keys, equal files. Call before write, from one thread per unit.
  std::function<std::uint64_t(const render::Output& made)> prepare;
  /// Renders what prepare built into out.
  std::function<void(render::Output& out)> write;
};

/// The HTML of the bodies and FAQ answers of a site's pages, by the address they are seen from, each
/// rendered once for a site that does not change (the theme plays no part in it): serve keeps one per
/// loaded site, so a theme edit renders no body again. Thread-safe.
class BodyCache {
 public:
  /// The HTML of node n (held by the site) of page p seen from `from`: kept, else make()'s, then kept.
  std::string get(const doc::Node& n, const model::Page* p, const std::string& from, const std::function<std::string()>& make);

 private:
  std::mutex mu_;
  std::map<std::tuple<const doc::Node*, const model::Page*, std::string>, std::string> html_;
};

/// Every unit of the website: each HTML page, 404.html, sitemap.xml with feed.xml and robots.txt.
/// The units refer to site and theme, which must outlive them; the downloads page keeps `outline`
/// (model::outline(site), made once per run by pipeline::units); `bodies`, when given, must be for
/// this site and outlive the units.
std::vector<PageUnit> page_units(const model::Site& site, const Theme& theme,
                                 std::shared_ptr<const model::Outline> outline, BodyCache* bodies = nullptr);

/// Writes every unit (tests; the build runs page_units through pipeline::run). Documents (PDF, DOCX,
/// bundles) must already be in out: download labels read their sizes and page counts from it. Pages
/// render on `jobs` threads (0 = all cores); the output is the same whatever the number.
void write_site(const model::Site& site, const Theme& theme, render::Output& out, int jobs = 0);

/// "./" for the root, "../" per folder level of a site path ("/tools/x/" -> "../../").
std::string root_for(const std::string& site_path);
/// A site path made relative to a page at from_path, with index.html for folders (works from disk).
std::string relative_href(const std::string& site_path, const std::string& from_path);

}  // namespace tk::html
