// What changed at each generation of the site, for the open pages that ask whether to reload (polling).
#pragma once
#include <cstdint>
#include <deque>
#include <mutex>
#include <string>
#include <vector>

namespace tk::serve {

/// The changes of the last rebuilds, by generation. Thread-safe: the rebuild loop records, every poll asks.
class ChangeLog {
 public:
  /// start: the generation of the first build (nothing before it is known).
  explicit ChangeLog(std::uint64_t start = 1) : generation_(start) {}
  /// Records the rebuild that made `generation`: all (the error state changed: every page reloads) and the
  /// site files whose bytes changed (see LiveSite's RebuildReport::changed).
  void record(std::uint64_t generation, bool all, const std::vector<std::string>& changed_files);
  /// The newest generation recorded.
  std::uint64_t generation() const;
  /// Whether a page at `page_path` ("/tools/x/") showing generation `seen` must reload: one of the
  /// rebuilds after `seen` changed it, or changed a style, script, image or font, or the error state;
  /// or `broken` (the page is the error page) and anything changed; or `seen` is older than what is kept.
  bool must_reload(std::uint64_t seen, const std::string& page_path, bool broken) const;

 private:
  struct Change {
    std::uint64_t generation = 0;
    bool all = false, assets = false;
    std::vector<std::string> pages;  // site URLs of the changed HTML files, sorted
  };
  mutable std::mutex mu_;
  std::uint64_t generation_;
  std::deque<Change> recent_;  // the last kKeep changes, oldest first
  static constexpr std::size_t kKeep = 64;
};

}  // namespace tk::serve
