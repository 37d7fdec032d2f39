// LiveSite: load, then documents from a cache keyed by fingerprints, lazy search and bundles, HTML, diff.
#include "serve/live_site.h"

#include <sys/stat.h>

#include <algorithm>
#include <chrono>

#include "build.h"
#include "core/parallel.h"
#include "core/text.h"
#include "load/site_loader.h"
#include "render/html/fill_scripts.h"
#include "render/html/site_writer.h"
#include "render/html/theme.h"
#include "render/output.h"
#include "search/index_writer.h"
#include "serve/fingerprint.h"
#include "serve/http.h"

namespace tk::serve {
namespace {

struct DocEntry {
  std::uint64_t key = 0;
  Bytes bytes;
  int pages = 0;
};

// Documents written earlier, by output path; shared with the lazy bundle makers.
struct DocStore {
  std::mutex mu;
  std::map<std::string, DocEntry> entries;
};

// An Output that keeps files as shared bytes, and takes bytes already shared without copying them.
class SnapshotOutput : public render::Output {
 public:
  std::map<std::string, Bytes> files;

  void put_shared(const std::string& path, const Bytes& b, int pages) {
    std::lock_guard<std::mutex> serial(shared_mu_);
    {
      std::lock_guard<std::mutex> lock(mu_);
      adopt_ = b;
    }
    put(path, *b, pages);
    std::lock_guard<std::mutex> lock(mu_);
    adopt_.reset();
  }

 protected:
  void store(const std::string& path, const std::string& bytes) override {
    std::lock_guard<std::mutex> lock(mu_);
    files[path] = adopt_ && adopt_.get() == &bytes ? adopt_ : std::make_shared<const std::string>(bytes);
  }

 private:
  std::mutex mu_, shared_mu_;
  Bytes adopt_;
};

// Keeps the HTML pages written to it (and the sizes of every file put).
class PageOutput : public render::Output {
 public:
  std::map<std::string, std::string> pages;

 protected:
  void store(const std::string& path, const std::string& bytes) override {
    if (text::ends_with(path, ".html")) pages[path] = bytes;
  }
};

const std::string kDownloads = "downloads/index.html";

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
  std::map<std::string, DocEntry> docs;           // template downloads by output path
  std::shared_ptr<DocStore> bundles = std::make_shared<DocStore>();
  std::map<std::string, CachedFile> files;        // files read from disk, by disk path
  std::map<std::string, std::uint64_t> units;     // website units of the last good build: first path -> key
  std::uint64_t bundle_key = 0;                   // the bundles' inputs at the last good build

  // The bytes of a file on disk, read again only when its size, time or inode changed; nullptr if absent.
  Bytes read(const std::string& path) {
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
    site = std::make_shared<model::Site>(load::load_site({opts_.content_dir, opts_.drafts, opts_.theme_dir}, diags));
    theme->load(opts_.theme_dir, diags);
  } catch (const std::exception& e) {
    diags.error(opts_.content_dir, 0, 0, std::string("the content could not be read: ") + e.what());
  }
  std::shared_ptr<const Snapshot> prev = snapshot();
  auto next = std::make_shared<Snapshot>();
  Cache& cache = *cache_;
  std::vector<std::string> lazy_changed;  // files made on request that differ from the last build's

  if (!diags.has_errors()) {
    try {
      SnapshotOutput out;
      const int jobs = tk::worker_count(opts_.jobs);
      const std::string& theme_dir = opts_.theme_dir;
      Bytes ref = cache.read(theme_dir + "/reference.docx");

      // 1. Template downloads: reuse each one whose inputs did not change.
      std::vector<steps::DocumentTask> tasks = steps::document_tasks(*site);
      std::vector<std::uint64_t> keys(tasks.size());
      std::vector<std::size_t> todo;
      std::map<std::string, DocEntry> docs;
      for (std::size_t i = 0; i < tasks.size(); ++i) {
        keys[i] = document_fingerprint(*site, *tasks[i].page, tasks[i].format + (tasks[i].format == "docx" && ref ? *ref : ""));
        auto it = cache.docs.find(tasks[i].path);
        if (it != cache.docs.end() && it->second.key == keys[i]) docs[tasks[i].path] = it->second;
        else todo.push_back(i);
      }
      std::vector<DocEntry> made(todo.size());
      tk::parallel_for(todo.size(), jobs, [&](std::size_t k) {
        steps::Document d = steps::write_document(*site, tasks[todo[k]], theme_dir);
        made[k] = DocEntry{keys[todo[k]], std::make_shared<const std::string>(std::move(d.bytes)), d.pages};
      });
      for (std::size_t k = 0; k < todo.size(); ++k) docs[tasks[todo[k]].path] = made[k];
      cache.docs = docs;
      rep.documents_written = todo.size();
      for (const auto& [path, e] : docs) out.put_shared(path, e.bytes, e.pages);
      html::write_fill_scripts(out, docs, [](const DocEntry& e) -> const std::string& { return *e.bytes; });

      // 2. Bundles: kept while every input is the same; otherwise made now (first build) or on request.
      std::uint64_t bkey = fnv1a(site->bundle_stem() + (ref ? *ref : ""));
      for (std::size_t i = 0; i < tasks.size(); ++i) bkey = fnv1a(tasks[i].path + std::to_string(keys[i]), bkey);
      for (const model::Page* s : site->of_kind(model::Kind::Stage)) bkey = fnv1a(std::to_string(document_fingerprint(*site, *s)), bkey);
      auto store = cache.bundles;
      auto doc_bytes = std::make_shared<std::map<std::string, Bytes>>();
      for (const auto& [path, e] : docs) (*doc_bytes)[path] = e.bytes;
      auto make_bundle = [site, theme_dir, doc_bytes, store, bkey](const std::string& path) {
        steps::Document d = steps::write_bundle(*site, path.substr(path.rfind('.') + 1), theme_dir,
                                                [&](const std::string& p) { return *doc_bytes->at(p); });
        DocEntry e{bkey, std::make_shared<const std::string>(std::move(d.bytes)), d.pages};
        std::lock_guard<std::mutex> lock(store->mu);
        store->entries[path] = e;
        return e;
      };
      std::vector<std::string> bundles = steps::bundle_paths(*site), lazy_bundles;
      bool never_made;
      {
        std::lock_guard<std::mutex> lock(store->mu);
        never_made = store->entries.empty();
      }
      if (never_made) {
        tk::parallel_for(bundles.size(), jobs, [&](std::size_t i) { make_bundle(bundles[i]); });
        rep.documents_written += bundles.size();
      }
      for (const auto& path : bundles) {
        DocEntry e;
        {
          std::lock_guard<std::mutex> lock(store->mu);
          if (store->entries.count(path)) e = store->entries[path];
        }
        if (e.bytes) out.put_shared(path, e.bytes, e.pages);  // for the download labels, even when stale
        if (e.key != bkey || !e.bytes) lazy_bundles.push_back(path);
      }
      std::vector<std::pair<std::string, std::shared_ptr<LazyFiles>>> bundle_groups;
      for (const auto& path : lazy_bundles)
        bundle_groups.emplace_back(path, std::make_shared<LazyFiles>([make_bundle, path] {
                                     return std::map<std::string, std::string>{{path, *make_bundle(path).bytes}};
                                   }));
      for (const auto& g : bundle_groups) next->lazy.push_back(g);
      // The downloads page prints the bundles' sizes and page counts: while they are stale, it is made
      // with them, on request.
      const bool lazy_downloads = !bundle_groups.empty();
      if (lazy_downloads) {
        next->lazy.emplace_back(kDownloads, std::make_shared<LazyFiles>([site, theme, docs, bundle_groups, store] {
          for (const auto& [path, group] : bundle_groups) group->get(path);  // makes them, into store
          PageOutput o;
          for (const auto& [path, e] : docs) o.put(path, *e.bytes, e.pages);
          {
            std::lock_guard<std::mutex> lock(store->mu);
            for (const auto& [path, e] : store->entries) o.put(path, *e.bytes, e.pages);
          }
          html::write_site(*site, *theme, o, 1, [](const html::SiteUnit& u) { return u.paths[0] == kDownloads; });
          return std::map<std::string, std::string>{{kDownloads, o.pages.at(kDownloads)}};
        }));
        if (bkey != cache.bundle_key) lazy_changed.push_back(kDownloads);
      }

      // 3. The search index, on request.
      next->lazy.emplace_back("search/", std::make_shared<LazyFiles>([site] {
                                render::MemoryOutput mo;
                                search::write_index(*site, mo);
                                return mo.data;
                              }));

      // 4. Static files and assets (read again only when changed on disk), then every page.
      for (const auto& [to, from] : steps::list_files(theme_dir + "/static", ""))
        if (Bytes b = cache.read(from)) out.put_shared(to, b, 0);
      for (const auto& rel : site->assets)
        if (Bytes b = cache.read(opts_.content_dir + "/" + rel)) out.put_shared(rel, b, 0);
      // Each page is rendered again only when what it is made from changed (see html::SiteUnit);
      // otherwise the bytes of the last good build are kept.
      std::map<std::string, std::uint64_t> units;
      html::write_site(*site, *theme, out, jobs, [&](const html::SiteUnit& u) {
        if (lazy_downloads && u.paths[0] == kDownloads) return false;  // made on request (above)
        units[u.paths[0]] = u.key;
        auto it = cache.units.find(u.paths[0]);
        if (prev && it != cache.units.end() && it->second == u.key) {
          std::vector<Bytes> kept;
          for (const auto& path : u.paths) {
            auto f = prev->files.find(path);
            if (f == prev->files.end()) break;
            kept.push_back(f->second);
          }
          if (kept.size() == u.paths.size()) {
            for (std::size_t i = 0; i < kept.size(); ++i) out.put_shared(u.paths[i], kept[i], 0);
            return false;
          }
        }
        ++rep.pages_written;
        return true;
      });
      // The preview keeps kPrefix for itself: a site file there would be hidden (a build would publish it).
      for (const auto& [path, bytes] : out.files)
        if (reserved_path(path))
          diags.error(opts_.content_dir, 0, 0, "'/" + path + "' is an address the preview keeps for itself (" + kPrefix +
                                                   "): rename the page, folder or file that makes it");
      if (!diags.has_errors()) {  // else the last good build's files stay, and so do their keys
        cache.units = std::move(units);
        cache.bundle_key = bkey;
        next->files = std::move(out.files);
        next->base_url = site->config.base_url;
        for (const auto& [path, group] : next->lazy) next->files.erase(path);
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
