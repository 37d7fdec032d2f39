// What changed at each generation of the site, for the open pages that ask whether to reload (polling).
#pragma once
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <string>
#include <vector>

namespace tk::serve {

/// When tracing is on: prints "trace <ms since the epoch> <what>" to stderr (the timing of a save's way to
/// the open pages: tests/browser/serve_tabs.test.js reads it). Otherwise does nothing.
void trace(const std::string& what);
/// Whether trace() prints.
bool tracing();
/// Turns trace() on or off: serve::run, from ServeOptions::trace (the CLI gives TOOLKITGEN_SERVE_TRACE).
void set_tracing(bool on);

/// What an open page does about the rebuilds it has not seen (see reload_script() in http.h).
struct Update {
  enum What { None, Styles, Page, Reload } what = None;
  bool styles = false;  ///< a stylesheet changed (Styles; or Page: swap the page, then the stylesheets)
  std::uint64_t generation = 0;  ///< the newest generation this answer covers
};

/// What the rebuilds after one generation did, for every page at once.
struct Since {
  std::uint64_t generation = 0;    ///< the newest generation this covers
  bool changed = false;            ///< a rebuild came after the generation asked about
  bool reload = false;             ///< every page reloads in full: the error state, a script, an image or a font changed, or a rebuild is not known
  bool styles = false;             ///< a stylesheet changed
  std::vector<std::string> pages;  ///< site URLs of the pages whose HTML changed, sorted
  /// What the page at `page_path` does (see ChangeLog::update).
  Update update(const std::string& page_path, bool broken) const;
};

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
  /// Waits until a generation newer than `seen` is recorded or `timeout` passes; returns the newest
  /// generation (the preview's wait: one request per browser held until the next rebuild).
  std::uint64_t wait_newer(std::uint64_t seen, std::chrono::milliseconds timeout) const;
  /// What a page at `page_path` ("/tools/x/") showing generation `seen` does: Reload (in full) when a
  /// rebuild after `seen` changed the error state, a script, an image or a font, or when `broken` (the
  /// page is the error page) and anything changed, or `seen` is older than what is kept; Page (fetch the
  /// page and put it in place) when one changed this page; Styles (fetch the stylesheets again, nothing
  /// else) when only a stylesheet changed; None otherwise. `styles`: a stylesheet changed too.
  Update update(std::uint64_t seen, const std::string& page_path, bool broken) const;
  /// What the rebuilds after `seen` did, for every page: update() for one page is since(seen).update(...).
  Since since(std::uint64_t seen) const;
  /// Whether the page must change at all (update() is not None).
  bool must_reload(std::uint64_t seen, const std::string& page_path, bool broken) const {
    return update(seen, page_path, broken).what != Update::None;
  }

 private:
  struct Change {
    std::uint64_t generation = 0;
    bool all = false, assets = false, styles = false;  // assets: a page asset other than a stylesheet
    std::vector<std::string> pages;  // site URLs of the changed HTML files, sorted
  };
  mutable std::mutex mu_;
  mutable std::condition_variable recorded_;
  std::uint64_t generation_;
  std::deque<Change> recent_;  // the last kKeep changes, oldest first
  static constexpr std::size_t kKeep = 64;
};

}  // namespace tk::serve
