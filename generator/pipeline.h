// The one road from a loaded site to its files, for `build` and `serve` alike: the site's output units
// (each: the files it makes, a key, a maker, whether it may wait for a request, what it reads of other
// units' files), run in the order their reads ask, into a render::Output.
#pragma once
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "model/fingerprint.h"
#include "model/site.h"
#include "render/html/site_writer.h"
#include "render/html/theme.h"
#include "render/output.h"

namespace tk::pipeline {

using Bytes = std::shared_ptr<const std::string>;

/// The files made so far in one run: every file's size and page count (render::Output::info) and the
/// bytes of those some unit reads whole (the templates, for the .zip).
class Made : public render::Output {
 public:
  /// The bytes of a file made earlier that a unit reads (listed in its `reads`). Throws if absent.
  const std::string& bytes(const std::string& path) const;
  /// The key of the unit that made the file at path (0: none, or not made).
  std::uint64_t key_of(const std::string& path) const;
  /// Keeps the bytes of this path when it is put (run does it for every path some unit reads).
  void keep(const std::string& path);
  /// Keeps the bytes of every file (serve: they are the preview's files).
  void keep_all();
  /// The files kept, by path.
  std::map<std::string, Bytes> kept() const;
  /// put, keeping `bytes` itself (no copy) when kept; key: the key of the unit that made it.
  void put_shared(const std::string& path, const Bytes& bytes, int pages, std::uint64_t key);

 protected:
  void store(const std::string& path, const std::string& bytes) override;

 private:
  mutable std::mutex mu_;
  std::mutex put_mu_;
  bool all_ = false;
  std::map<std::string, Bytes> kept_;
  std::map<std::string, bool> wanted_;
  std::map<std::string, std::uint64_t> keys_;
  const Bytes* adopt_ = nullptr;
};

enum class What { Document, Bundle, Index, Page, File };

/// One output unit of the site.
struct Unit {
  What what = What::File;
  /// Output paths it makes; one path ending in '/' stands for every file under it (the search index).
  std::vector<std::string> paths;
  std::string step;         ///< progress label once made ("tools/x/x.pdf", "search index"); empty: none
  bool deferrable = false;  ///< `serve` may make it on its first request (the bundles, the search index)
  /// Output paths of other units whose size, page count or bytes it reads: it runs after them (and
  /// waits for a request while one of them does).
  std::vector<std::string> reads;
  /// Gathers what the unit is made from (it may read `made`, for the paths in reads) and returns its
  /// key: a hash of exactly that. Equal keys, equal files; 0: no key (made every time it is needed).
  std::function<std::uint64_t(const Made& made)> prepare;
  /// Makes the files from what prepare gathered, into out (called after prepare).
  std::function<void(const Made& made, render::Output& out)> make;
  /// A file copied as it is (theme static files, content assets): its bytes, shared, not copied; make is unused.
  std::function<Bytes()> source;
};

/// What is worked out from a loaded site alone, kept as long as the site is: each page's hash (the
/// documents' keys, the listing's, the bundles') and each body's HTML. serve keeps one while it reuses a
/// site (until the content changes), so a theme edit neither hashes a page nor renders a body again.
struct SiteMemo {
  explicit SiteMemo(std::shared_ptr<const model::Site> s) : site(std::move(s)), keys(*site) {}
  std::shared_ptr<const model::Site> site;
  model::PageKeys keys;
  html::BodyCache bodies;
};

/// Where the site's sources are; read(path) returns a file's bytes (serve reads through a cache).
struct Sources {
  std::string content_dir, theme_dir;
  std::function<Bytes(const std::string& path)> read;  ///< empty: steps::read_file
  int jobs = 0;  ///< threads of a unit that works in parallel itself (the search index): -j; 0 = all cores
  /// For the site given to units(); none, or one for another site: units() makes one for this run,
  /// which keeps no body HTML.
  std::shared_ptr<SiteMemo> memo;
};

/// Every output unit of the site: template documents, bundles, the search index, HTML pages, theme
/// static files, content assets. This is THE place a new kind of output is added (see README,
/// "Adding an output"): one more unit pushed here (pipeline.cc: one add_* function per group), with
/// what it reads. The whole-toolkit outline is made here, once per call, from `site`, and shared by the
/// units that read it. site and theme must outlive the units (serve keeps them alive in its lazy makers).
std::vector<Unit> units(std::shared_ptr<const model::Site> site, std::shared_ptr<const html::Theme> theme,
                        const Sources& src);

/// What `serve` keeps between runs: each unit's key and files (by the unit's first path). Thread-safe.
struct Cache {
  struct Entry {
    std::uint64_t key = 0;
    std::vector<std::pair<std::string, Bytes>> files;
    std::map<std::string, int> pages;  ///< page counts of the files that have one
  };
  std::mutex mu;
  std::map<std::string, Entry> entries;
  /// The key of what the last run offered for a unit (made, kept or left for later): a unit left for
  /// later is reported changed only when this differs.
  std::map<std::string, std::uint64_t> offered;
};

/// A unit left for later (serve): make() runs what it reads that was left too, then the unit.
struct Deferred {
  std::vector<std::string> paths;
  bool changed = false;  ///< its key (or a key of what it reads) differs from what the last run offered
  std::function<std::map<std::string, std::string>()> make;
};

struct RunOptions {
  int jobs = 0;
  /// Progress after each labelled unit, and "pages" at the end: (done, total, what).
  std::function<void(std::size_t, std::size_t, const std::string&)> progress;
  Cache* cache = nullptr;  ///< serve: reuse the files of units whose key is unchanged; defer deferrable ones
};

struct RunResult {
  std::size_t documents = 0;  ///< documents and bundles made (build: all of them)
  std::size_t pages = 0;      ///< page units rendered
  std::vector<Deferred> deferred;
  std::shared_ptr<Made> made;  ///< every file made or reused, with sizes (deferred units read it later)
};

/// Runs the units into out: in order of their reads; the units of one round in parallel on jobs threads.
/// Without a cache every unit is made. Throws what a unit throws (after the round's other units stopped).
RunResult run(std::vector<Unit> units, render::Output& out, const RunOptions& opts);

/// build's whole pipeline: every unit of the site into out; returns the number of documents (templates and bundles).
std::size_t write_all(const model::Site& site, const html::Theme& theme, const Sources& src, render::Output& out,
                      const RunOptions& opts);

}  // namespace tk::pipeline
