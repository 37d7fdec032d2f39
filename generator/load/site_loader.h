// Reads a content tree from disk into a validated model::Site (every error collected).
#pragma once
#include <cstdint>
#include <string>

#include "core/diagnostics.h"
#include "model/site.h"

namespace tk::load {

struct LoadOptions {
  std::string content_dir = "content";
  bool drafts = false;  ///< include pages with draft: true
  /// The theme the site is built with: the names in its static/ folder are reserved (no page may take
  /// one). "" when no theme is known.
  std::string theme_dir = "themes/default";
  int jobs = 0;  ///< threads for reading and validating the pages (0 = one per hardware thread)
  std::int64_t build_time = 0;  ///< model::SiteConfig::build_time (the CLI: SOURCE_DATE_EPOCH)
};

/// Loads and validates the whole tree. The site is usable only when diags has no errors.
model::Site load_site(const LoadOptions& opts, Diagnostics& diags);

}  // namespace tk::load
