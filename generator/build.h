// The library's front door: load -> model -> writers, into a staging folder swapped in on success.
#pragma once
#include <functional>
#include <string>

#include "core/diagnostics.h"

namespace tk {

struct BuildOptions {
  std::string content_dir = "content";
  std::string theme_dir = "themes/default";
  std::string out_dir = "output";
  bool drafts = false;
  int jobs = 0;  ///< worker threads for documents; 0 = hardware concurrency
  /// Progress: (done, total, what). Called from the building thread only.
  std::function<void(std::size_t, std::size_t, const std::string&)> progress;
};

struct BuildResult {
  int exit_code = 0;      ///< 0 ok, 1 content errors, 2 usage or I/O errors
  std::size_t pages = 0;  ///< HTML pages written
  std::size_t documents = 0;  ///< PDF, DOCX and bundle files written
  std::size_t files = 0;  ///< every file written
  double seconds = 0;
  std::string io_error;   ///< set with exit_code 2
};

/// Builds the site. Diagnostics (content errors and warnings) go to diags. On any error the
/// previous out_dir is left exactly as it was.
BuildResult build(const BuildOptions& opts, Diagnostics& diags);

}  // namespace tk
