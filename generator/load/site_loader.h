// Reads a content tree from disk into a validated model::Site (every error collected).
#pragma once
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
};

/// Loads and validates the whole tree. The site is usable only when diags has no errors.
model::Site load_site(const LoadOptions& opts, Diagnostics& diags);

}  // namespace tk::load
