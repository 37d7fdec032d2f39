// Reads a content tree from disk into a validated model::Site (every error collected).
#pragma once
#include <string>

#include "core/diagnostics.h"
#include "model/site.h"
#include "model/validate.h"

namespace tk::load {

struct LoadOptions {
  std::string content_dir = "content";
  bool drafts = false;  ///< include pages with draft: true
  /// What the theme the site is built with takes for itself (html::Theme::layout_names(), so load the
  /// theme first): ids no heading takes, static/ names no slug takes. Empty when no theme is known.
  model::LayoutNames layout{};
};

/// Loads and validates the whole tree. The site is usable only when diags has no errors.
model::Site load_site(const LoadOptions& opts, Diagnostics& diags);

}  // namespace tk::load
