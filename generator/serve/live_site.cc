// LiveSite: load, then build's pipeline through a cache (lazy search index and bundles), then the diff.
#include "serve/live_site.h"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <ctime>
#include <functional>

#include "build.h"
#include "pipeline.h"
#include "core/parallel.h"
#include "load/site_loader.h"
#include "render/docx/styles.h"
#include "render/html/theme.h"
#include "render/output.h"
#include "serve/events.h"
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

// Appends one entry's stat to a stamp: type, size, inode, change and modification times. False when the
// entry changed too recently (after `recent`, ns since the epoch) for its times to tell a next write
// apart: file times are as coarse as the kernel's clock tick (1-10 ms), so a write a few ms later may
// keep them (the "racy" case of git's index).
bool stamp_entry(std::string& out, const std::string& rel, const struct stat& st, long long recent) {
  out += rel;
  for (long long v : {static_cast<long long>(st.st_mode), static_cast<long long>(st.st_size), static_cast<long long>(st.st_ino),
                      static_cast<long long>(st.st_mtim.tv_sec), static_cast<long long>(st.st_mtim.tv_nsec),
                      static_cast<long long>(st.st_ctim.tv_sec), static_cast<long long>(st.st_ctim.tv_nsec)})
    out += ' ' + std::to_string(v);
  out += '\n';
  auto ns = [](const struct timespec& t) { return static_cast<long long>(t.tv_sec) * 1000000000LL + t.tv_nsec; };
  return ns(st.st_ctim) < recent && ns(st.st_mtim) < recent;
}

// Every entry below dir (sorted by name, recursively) into out; false when one is neither a file nor a
// folder (a link, a pipe: the loader's own checks decide about those), changed too recently, or cannot be read.
bool stamp_tree(const std::string& dir, const std::string& rel, std::string& out, long long recent) {
  DIR* d = ::opendir(dir.c_str());
  if (!d) return false;
  std::vector<std::string> names;
  while (dirent* e = ::readdir(d))
    if (std::strcmp(e->d_name, ".") != 0 && std::strcmp(e->d_name, "..") != 0) names.emplace_back(e->d_name);
  ::closedir(d);
  std::sort(names.begin(), names.end());
  for (const auto& n : names) {
    struct stat st {};
    const std::string path = dir + "/" + n, r = rel + "/" + n;
    if (::lstat(path.c_str(), &st) != 0 || !stamp_entry(out, r, st, recent)) return false;
    if (S_ISDIR(st.st_mode)) {
      if (!stamp_tree(path, r, out, recent)) return false;
    } else if (!S_ISREG(st.st_mode)) {
      return false;
    }
  }
  return true;
}

// A folder and every entry below it into out (names, types, sizes, times); false when stamp_tree cannot
// tell: the folder is then read again. An entry changed in the last 100 ms is one.
long long recent_ns() {
  struct timespec now {};
  ::clock_gettime(CLOCK_REALTIME, &now);
  return static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec - 100000000LL;
}

bool stamp_folder(const std::string& dir, std::string& out) {
  struct stat st {};
  const long long recent = recent_ns();
  return ::stat(dir.c_str(), &st) == 0 && S_ISDIR(st.st_mode) && stamp_entry(out, ".", st, recent) &&
         stamp_tree(dir, ".", out, recent);
}

// A stamp of what the loader reads: the content folder's entries (names, types, sizes, times) and the
// names in the theme's static folder (no page may take one). Equal stamps, the same loaded site; ""
// when it cannot tell (the site is then loaded again).
std::string load_stamp(const std::string& content_dir, const model::LayoutNames& layout) {
  std::string out;
  if (!stamp_folder(content_dir, out)) return "";
  // What the theme takes for itself is an input of the load too (reserved ids and slugs).
  out += "theme static:";
  for (const auto& n : layout.static_names) out += " " + n;
  for (const auto& [kind, ids] : layout.ids) {
    out += "\nids " + std::to_string(static_cast<int>(kind)) + ":";
    for (const auto& id : ids) out += " " + id;
  }
  return out;
}

// A stamp of what Theme::load reads: its templates folder, theme.json and reference.docx (or the default
// theme's, which a theme without one takes its Word styles from), and the names in static/ (not their
// bytes: a CSS edit keeps the theme). Equal stamps, the same theme; "" when it cannot tell.
std::string theme_stamp(const std::string& theme_dir) {
  std::string out;
  if (!stamp_folder(theme_dir + "/templates", out)) return "";
  for (const std::string& file : {theme_dir + "/theme.json", theme_dir + "/reference.docx", docx::default_reference()}) {
    struct stat st {};
    out += "file " + file + "\n";
    if (!file.empty() && ::stat(file.c_str(), &st) == 0 && !stamp_entry(out, "", st, recent_ns())) return "";
  }
  out += "static:";
  std::vector<std::string> names;
  if (DIR* d = ::opendir((theme_dir + "/static").c_str())) {
    while (dirent* e = ::readdir(d)) names.emplace_back(e->d_name);
    ::closedir(d);
  }
  std::sort(names.begin(), names.end());
  for (const auto& n : names) out += " " + n;
  return out;
}

bool same_diagnostics(const std::vector<Diagnostic>& a, const std::vector<Diagnostic>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a[i].format() != b[i].format()) return false;
  return true;
}

// Marks the end of a part of a rebuild, for TOOLKITGEN_SERVE_TRACE ("rebuild: <what> <ms>").
using Lap = std::function<void(const char* what)>;

// The files that differ from the last snapshot's: made, changed or gone (a file now made on request is
// not gone), then those made on request that differ from the last build's; sorted.
std::vector<std::string> changed_files(const Snapshot& prev, const Snapshot& next, const std::vector<std::string>& lazy_changed) {
  auto covered = [&](const std::string& path) {
    for (const auto& [key, group] : next.lazy)
      if (key == path || (key.back() == '/' && path.compare(0, key.size(), key) == 0)) return true;
    return false;
  };
  std::vector<std::string> changed;
  for (const auto& [path, bytes] : next.files) {
    auto it = prev.files.find(path);
    if (it == prev.files.end() || (it->second != bytes && *it->second != *bytes)) changed.push_back(path);
  }
  for (const auto& [path, bytes] : prev.files)
    if (!next.files.count(path) && !covered(path)) changed.push_back(path);
  changed.insert(changed.end(), lazy_changed.begin(), lazy_changed.end());
  std::sort(changed.begin(), changed.end());
  return changed;
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

// Something loaded from files (the theme, the content), kept with the stamp of what it read and what
// loading it said: reused, its diagnostics said again, while the stamp is the same; else loaded again.
template <class T>
struct Stamped {
  std::string stamp;
  std::shared_ptr<const T> value;
  std::vector<Diagnostic> diagnostics;

  // The value for the stamp `now` ("": cannot tell, so loaded); `loaded` says whether load ran.
  std::shared_ptr<const T> get(const std::string& now, Diagnostics& diags, bool& loaded,
                               const std::function<std::shared_ptr<const T>(Diagnostics&)>& load) {
    loaded = now.empty() || now != stamp || !value;
    if (loaded) {
      value = nullptr;  // a load that throws leaves nothing to reuse
      Diagnostics mine;
      std::shared_ptr<const T> v = load(mine);
      stamp = now;
      value = v;
      diagnostics = mine.all();
    }
    for (const auto& d : diagnostics) diags.add(d);
    return value;
  }
};

struct LiveSite::Cache {
  pipeline::Cache units;                          // every output unit's key and files, of earlier runs
  // The last theme and site loaded: the theme is reused while only the content changes (parsing the
  // templates and reading reference.docx's styles again was a tenth of a tool edit's rebuild), the
  // site while only the theme's CSS, templates or settings change.
  Stamped<html::Theme> loaded_theme;
  Stamped<model::Site> loaded_site;
  load::ParseCache parsed;  // each page as parsed from its file's bytes
  std::shared_ptr<pipeline::SiteMemo> memo;  // for the last site loaded: page hashes, body HTML
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

  // The theme to build with, what its load said added to diags: the last one while nothing it reads
  // changed (theme_stamp), else loaded again (rep.theme_loaded).
  std::shared_ptr<const html::Theme> load_theme(const LiveOptions& opts, Diagnostics& diags, RebuildReport& rep, const Lap& lap) {
    std::shared_ptr<const html::Theme> t = loaded_theme.get(theme_stamp(opts.theme_dir), diags, rep.theme_loaded, [&](Diagnostics& d) {
      auto loaded = std::make_shared<html::Theme>();
      loaded->load(opts.theme_dir, d);
      return loaded;
    });
    lap(rep.theme_loaded ? "theme loaded" : "theme unchanged");
    return t;
  }

  // The site to build, what its load said added to diags: the last one while nothing the loader reads
  // changed (the load stamp), else loaded again (rep.content_loaded). `theme` is loaded: the loader
  // needs what its layout takes for itself.
  std::shared_ptr<const model::Site> load_site(const LiveOptions& opts, const html::Theme& t, Diagnostics& diags,
                                               RebuildReport& rep, const Lap& lap) {
    std::shared_ptr<const model::Site> s = loaded_site.get(load_stamp(opts.content_dir, t.layout_names()), diags, rep.content_loaded, [&](Diagnostics& d) {
      return std::make_shared<model::Site>(
          load::load_site({opts.content_dir, opts.drafts, t.layout_names(), &parsed, opts.jobs, opts.build_time}, d));
    });
    lap(rep.content_loaded ? "content loaded" : "content unchanged");
    return s;
  }

  // build's own pipeline (pipeline.h) over site, through the unit cache, into next: units whose key is
  // unchanged keep their files; the bundles (while stale), what reads them (the downloads page) and the
  // search index are made on their first request (next.lazy; lazy_changed: those that differ from the
  // last build's). next is ok unless diags has errors (a file at an address the preview keeps).
  void run_pipeline(const LiveOptions& opts, std::shared_ptr<const model::Site> site_to_build,
                    std::shared_ptr<const html::Theme> theme, Diagnostics& diags, RebuildReport& rep, Snapshot& next,
                    std::vector<std::string>& lazy_changed, const Lap& lap) {
    if (!memo || memo->site != site_to_build) memo = std::make_shared<pipeline::SiteMemo>(site_to_build);
    pipeline::Sources src{opts.content_dir, opts.theme_dir, [this](const std::string& p) { return read(p); }, opts.jobs, memo};
    pipeline::RunOptions ro;
    ro.jobs = tk::worker_count(opts.jobs);
    ro.cache = &units;
    Discard discard;
    std::vector<pipeline::Unit> list = pipeline::units(site_to_build, theme, src);
    lap("units listed");
    pipeline::RunResult run = pipeline::run(std::move(list), discard, ro);
    lap("units run");
    rep.documents_written = run.documents;
    rep.pages_written = run.pages;
    std::map<std::string, Bytes> made = run.made->kept();
    for (const pipeline::Deferred& d : run.deferred) {
      auto group = std::make_shared<LazyFiles>(d.make);
      for (const auto& path : d.paths) {
        next.lazy.emplace_back(path, group);
        made.erase(path);
        if (d.changed) lazy_changed.push_back(path);
      }
    }
    // The preview keeps kPrefix for itself: a site file there would be hidden (a build would publish it).
    for (const auto& [path, bytes] : made)
      if (reserved_path(path))
        diags.error(opts.content_dir, 0, 0, "'/" + path + "' is an address the preview keeps for itself (" + kPrefix +
                                                "): rename the page, folder or file that makes it");
    if (!diags.has_errors()) {  // else the last good build's files stay
      next.files = std::move(made);
      next.base_url = site_to_build->config.base_url;
      next.ok = true;
    }
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
  Lap lap = [t = t0](const char* what) mutable {  // the parts of a rebuild, for TOOLKITGEN_SERVE_TRACE
    if (!tracing()) return;
    auto now = std::chrono::steady_clock::now();
    trace(std::string("rebuild: ") + what + " " + std::to_string(std::chrono::duration<double, std::milli>(now - t).count()) + " ms");
    t = now;
  };
  RebuildReport rep;
  Diagnostics diags;
  // Whatever the loader meets (a folder gone, a symlink loop, a FIFO, an unreadable file), serve stays up:
  // what it throws is one more error on the error page.
  std::shared_ptr<const model::Site> site;
  std::shared_ptr<const html::Theme> theme;
  Cache& cache = *cache_;
  try {
    theme = cache.load_theme(opts_, diags, rep, lap);  // first: the loader needs what its layout takes for itself
    site = cache.load_site(opts_, *theme, diags, rep, lap);
  } catch (const std::exception& e) {
    diags.error(opts_.content_dir, 0, 0, std::string("the content could not be read: ") + e.what());
  }
  std::shared_ptr<const Snapshot> prev = snapshot();
  auto next = std::make_shared<Snapshot>();
  std::vector<std::string> lazy_changed;  // files made on request that differ from the last build's

  if (!diags.has_errors()) {
    try {
      cache.run_pipeline(opts_, site, theme, diags, rep, *next, lazy_changed, lap);
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
    rep.changed = changed_files(*prev, *next, lazy_changed);
    lap("changes found");
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
