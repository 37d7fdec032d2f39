// LiveSite: load, then build's pipeline through a cache (lazy search index and bundles), then the diff.
#include "serve/live_site.h"

#include <sys/stat.h>

#include <algorithm>
#include <chrono>

#include "build.h"
#include "pipeline.h"
#include "core/parallel.h"
#include "load/site_loader.h"
#include "render/html/theme.h"
#include "render/output.h"
#include "serve/http.h"

namespace tk::serve {
namespace {

// The pipeline writes into its own record (pipeline::Made); this sink takes nothing more.
class Discard : public render::Output {
 protected:
  void store(const std::string&, const std::string&) override {}
};

struct CachedFile {
  struct timespec mtime {};
  off_t size = 0;
  ino_t inode = 0;
  Bytes bytes;
};

bool same_diagnostics(const std::vector<Diagnostic>& a, const std::vector<Diagnostic>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a[i].format() != b[i].format()) return false;
  return true;
}

}  // namespace

Bytes LazyFiles::get(const std::string& path) {
  std::lock_guard<std::mutex> lock(mu_);
  if (!made_) {
    for (auto& [p, b] : make_()) files_[p] = std::make_shared<const std::string>(std::move(b));
    made_ = true;
  }
  auto it = files_.find(path);
  return it == files_.end() ? nullptr : it->second;
}

bool LazyFiles::made() const {
  std::lock_guard<std::mutex> lock(mu_);
  return made_;
}

Bytes Snapshot::find(const std::string& path) const {
  for (const auto& [key, group] : lazy)
    if (key == path || (key.back() == '/' && path.compare(0, key.size(), key) == 0))
      if (Bytes b = group->get(path)) return b;  // else a ready file under the prefix ("search/index.html")
  auto it = files.find(path);
  return it == files.end() ? nullptr : it->second;
}

struct LiveSite::Cache {
  pipeline::Cache units;                          // every output unit's key and files, of earlier runs
  std::mutex files_mu;
  std::map<std::string, CachedFile> files;        // files read from disk, by disk path

  // The bytes of a file on disk, read again only when its size, time or inode changed; nullptr if absent.
  Bytes read(const std::string& path) {
    std::lock_guard<std::mutex> lock(files_mu);
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) {
      files.erase(path);
      return nullptr;
    }
    CachedFile& c = files[path];
    if (!c.bytes || c.size != st.st_size || c.inode != st.st_ino || c.mtime.tv_sec != st.st_mtim.tv_sec ||
        c.mtime.tv_nsec != st.st_mtim.tv_nsec) {
      c.bytes = std::make_shared<const std::string>(steps::read_file(path));
      c.mtime = st.st_mtim;
      c.size = st.st_size;
      c.inode = st.st_ino;
    }
    return c.bytes;
  }
};

LiveSite::LiveSite(LiveOptions opts) : opts_(std::move(opts)), cache_(std::make_unique<Cache>()) {}
LiveSite::~LiveSite() = default;

std::shared_ptr<const Snapshot> LiveSite::snapshot() const {
  std::lock_guard<std::mutex> lock(mu_);
  return current_;
}

RebuildReport LiveSite::rebuild() {
  auto t0 = std::chrono::steady_clock::now();
  RebuildReport rep;
  Diagnostics diags;
  // Whatever the loader meets (a folder gone, a symlink loop, a FIFO, an unreadable file), serve stays up:
  // what it throws is one more error on the error page.
  std::shared_ptr<model::Site> site;
  auto theme = std::make_shared<html::Theme>();
  try {
    theme->load(opts_.theme_dir, diags);
    site = std::make_shared<model::Site>(load::load_site({opts_.content_dir, opts_.drafts, theme->layout_names()}, diags));
  } catch (const std::exception& e) {
    diags.error(opts_.content_dir, 0, 0, std::string("the content could not be read: ") + e.what());
  }
  std::shared_ptr<const Snapshot> prev = snapshot();
  auto next = std::make_shared<Snapshot>();
  Cache& cache = *cache_;
  std::vector<std::string> lazy_changed;  // files made on request that differ from the last build's

  if (!diags.has_errors()) {
    try {
      // build's own pipeline (pipeline.h), through the cache: units whose key is unchanged keep their
      // files; the bundles (while stale), what reads them (the downloads page) and the search index
      // are made on their first request.
      pipeline::Sources src{opts_.content_dir, opts_.theme_dir, [&cache](const std::string& p) { return cache.read(p); }};
      pipeline::RunOptions ro;
      ro.jobs = tk::worker_count(opts_.jobs);
      ro.cache = &cache.units;
      Discard discard;
      pipeline::RunResult run = pipeline::run(pipeline::units(site, theme, src), discard, ro);
      rep.documents_written = run.documents;
      rep.pages_written = run.pages;
      std::map<std::string, Bytes> files = run.made->kept();
      for (const pipeline::Deferred& d : run.deferred) {
        auto group = std::make_shared<LazyFiles>(d.make);
        for (const auto& path : d.paths) {
          next->lazy.emplace_back(path, group);
          files.erase(path);
          if (d.changed) lazy_changed.push_back(path);
        }
      }
      // The preview keeps kPrefix for itself: a site file there would be hidden (a build would publish it).
      for (const auto& [path, bytes] : files)
        if (reserved_path(path))
          diags.error(opts_.content_dir, 0, 0, "'/" + path + "' is an address the preview keeps for itself (" + kPrefix +
                                                   "): rename the page, folder or file that makes it");
      if (!diags.has_errors()) {  // else the last good build's files stay
        next->files = std::move(files);
        next->base_url = site->config.base_url;
        next->ok = true;
      }
    } catch (const std::exception& e) {
      diags.error(opts_.content_dir, 0, 0, std::string("the site could not be written: ") + e.what());
    }
  }

  next->diagnostics = diags.sorted();
  rep.errors = diags.error_count();
  rep.warnings = diags.warning_count();
  rep.ok = next->ok;
  if (!next->ok && prev) {
    next->files = prev->files;
    next->lazy = prev->lazy;
    next->base_url = prev->base_url;
  }
  if (next->ok && prev) {
    auto covered = [&](const std::string& path) {
      for (const auto& [key, group] : next->lazy)
        if (key == path || (key.back() == '/' && path.compare(0, key.size(), key) == 0)) return true;
      return false;
    };
    for (const auto& [path, bytes] : next->files) {
      auto it = prev->files.find(path);
      if (it == prev->files.end() || (it->second != bytes && *it->second != *bytes)) rep.changed.push_back(path);
    }
    for (const auto& [path, bytes] : prev->files)
      if (!next->files.count(path) && !covered(path)) rep.changed.push_back(path);
    rep.changed.insert(rep.changed.end(), lazy_changed.begin(), lazy_changed.end());
    std::sort(rep.changed.begin(), rep.changed.end());
  }
  rep.state_changed = !prev || prev->ok != next->ok || (!next->ok && !same_diagnostics(prev->diagnostics, next->diagnostics));
  next->generation = !prev ? 1 : prev->generation + (rep.state_changed || !rep.changed.empty() ? 1 : 0);
  rep.generation = next->generation;
  {
    std::lock_guard<std::mutex> lock(mu_);
    current_ = next;
  }
  rep.ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  return rep;
}

}  // namespace tk::serve
