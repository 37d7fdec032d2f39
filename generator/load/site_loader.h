// Reads a content tree from disk into a validated model::Site (every error collected).
#pragma once
#include <map>
#include <mutex>
#include <optional>
#include <cstdint>
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "model/site.h"
#include "model/validate.h"

namespace tk::load {

/// Pages parsed by earlier loads (serve keeps one): a file whose path, kind and bytes are those of an
/// earlier load is taken from here, with what its parse reported, instead of being parsed again.
/// Entries of files a load did not meet are dropped. Thread-safe.
class ParseCache {
 public:
  struct Parsed {
    std::string bytes;
    std::optional<model::Page> page;
    bool chars = false;  ///< characters no document can print were reported
    std::vector<Diagnostic> diagnostics;
  };
  /// The entry for key whose bytes are `bytes`, or nullptr; marks it met.
  const Parsed* find(const std::string& key, const std::string& bytes);
  /// Stores what parsing key gave (met).
  void keep(const std::string& key, Parsed parsed);
  /// Drops the entries not met since the last call.
  void drop_unmet();

 private:
  std::mutex mu_;
  std::map<std::string, Parsed> entries_, met_;
};

struct LoadOptions {
  std::string content_dir = "content";
  bool drafts = false;  ///< include pages with draft: true
  /// What the theme the site is built with takes for itself (html::Theme::layout_names(), so load the
  /// theme first): ids no heading takes, static/ names no slug takes. Empty when no theme is known.
  model::LayoutNames layout{};
  ParseCache* parsed = nullptr;  ///< serve: pages of unchanged files come from here (see ParseCache)
  int jobs = 0;  ///< threads for reading and validating the pages (0 = one per hardware thread)
  std::int64_t build_time = 0;  ///< model::SiteConfig::build_time (the CLI: SOURCE_DATE_EPOCH)
};

/// Loads and validates the whole tree. The site is usable only when diags has no errors.
model::Site load_site(const LoadOptions& opts, Diagnostics& diags);

}  // namespace tk::load
