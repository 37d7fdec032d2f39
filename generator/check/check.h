// `toolkitgen check`: everything the build validates, without writing anything, plus editorial warnings.
#pragma once
#include <string>

#include "core/diagnostics.h"

namespace tk::check {

struct CheckOptions {
  std::string content_dir = "content";
  std::string theme_dir = "themes/default";
  bool drafts = false;
  bool external = false;    ///< also check outside (http/https) links over the network
  int timeout_ms = 5000;    ///< per request, for --external
  int jobs = 8;             ///< outside links checked at once
};

struct CheckResult {
  int exit_code = 0;               ///< 0: no errors (warnings allowed); 1: errors
  std::size_t pages = 0;           ///< pages checked
  std::size_t external_links = 0;  ///< distinct outside links checked (with --external)
};

/// Loads and validates the content and the theme, then adds the lint warnings (see lint.h) and, with
/// external, the outside-link checks (see external_links.h). Writes nothing.
CheckResult run(const CheckOptions& opts, Diagnostics& diags);

}  // namespace tk::check
