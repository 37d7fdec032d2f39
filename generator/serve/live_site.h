// The site as `serve` holds it: built into memory, rebuilt after edits, reusing what did not change.
#pragma once
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "core/diagnostics.h"

namespace tk::serve {

struct LiveOptions {
  std::string content_dir = "content";
  std::string theme_dir = "themes/default";
  bool drafts = false;
  int jobs = 0;  ///< threads of every parallel step (loading, validation, documents, pages, search); 0 = all cores
  std::int64_t build_time = 0;  ///< model::SiteConfig::build_time: the CLI gives SOURCE_DATE_EPOCH
};

using Bytes = std::shared_ptr<const std::string>;

/// Files made on their first request (the search index, the bundles), then kept. Thread-safe.
class LazyFiles {
 public:
  /// make returns every file of the group (path -> bytes).
  explicit LazyFiles(std::function<std::map<std::string, std::string>()> make) : make_(std::move(make)) {}
  /// The file at path, making the group first if needed; nullptr when the group has no such file.
  /// Throws what make throws (and again on the next call).
  Bytes get(const std::string& path);
  /// True once made.
  bool made() const;

 private:
  mutable std::mutex mu_;
  bool made_ = false;
  std::function<std::map<std::string, std::string>()> make_;
  std::map<std::string, Bytes> files_;
};

/// One consistent state of the site, shared by every request until the next rebuild.
struct Snapshot {
  std::uint64_t generation = 0;
  bool ok = false;                        ///< false: the last build had errors; pages show `diagnostics`
  std::vector<Diagnostic> diagnostics;    ///< errors and warnings of the last build, sorted
  std::string base_url;                   ///< site.yaml's base_url (of the last good build)
  std::map<std::string, Bytes> files;     ///< ready files; those of the last good build when !ok
  /// Files made on request: (exact path, or a prefix ending in '/') -> group.
  std::vector<std::pair<std::string, std::shared_ptr<LazyFiles>>> lazy;

  /// The file at a site path without the leading '/' ("tools/x/index.html"), or nullptr.
  Bytes find(const std::string& path) const;
};

/// What one rebuild did.
struct RebuildReport {
  std::uint64_t generation = 0;
  bool ok = false;
  bool state_changed = false;          ///< ok flipped, or the error list changed
  std::vector<std::string> changed;    ///< paths whose bytes changed, appeared or went away
  std::size_t documents_written = 0;   ///< templates (and, on a first build, bundles) written; the rest came from the cache
  std::size_t pages_written = 0;       ///< website units (pages; the sitemap) rendered; the rest were kept
  bool content_loaded = false;         ///< the content was loaded again (else it was unchanged since the last load)
  bool theme_loaded = false;           ///< the theme was loaded again (else nothing it reads changed since)
  std::size_t errors = 0, warnings = 0;
  double ms = 0;
};

/// Builds the site into memory and rebuilds it with build's own pipeline (pipeline.h): the content is
/// loaded again when a file below it changed (names, sizes, times: a theme edit reuses the last load), each output unit is made again only when its key (a hash of what it reads) changed,
/// and the search index, the bundles and the downloads page are made again on their first request after a change.
class LiveSite {
 public:
  explicit LiveSite(LiveOptions opts);
  ~LiveSite();
  LiveSite(const LiveSite&) = delete;
  LiveSite& operator=(const LiveSite&) = delete;

  /// Builds everything (first call) or again after edits. Call from one thread at a time.
  RebuildReport rebuild();
  /// The current state (never null after the first rebuild).
  std::shared_ptr<const Snapshot> snapshot() const;
  const LiveOptions& options() const { return opts_; }

 private:
  struct Cache;
  LiveOptions opts_;
  std::unique_ptr<Cache> cache_;
  mutable std::mutex mu_;
  std::shared_ptr<const Snapshot> current_;
};

}  // namespace tk::serve
