// The site's output units and the one loop that runs them (build: all of them; serve: through a cache).
#include "pipeline.h"

#include <algorithm>
#include <atomic>

#include "build.h"
#include "core/parallel.h"
#include "model/fingerprint.h"
#include "render/document_input.h"
#include "render/docx/styles.h"
#include "render/formats.h"
#include "render/html/fill_scripts.h"
#include "render/html/site_writer.h"
#include "search/index_writer.h"

namespace tk::pipeline {

const std::string& Made::bytes(const std::string& path) const {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = kept_.find(path);
  if (it == kept_.end()) throw std::runtime_error("internal error: " + path + " was read before it was made");
  return *it->second;
}

void Made::keep(const std::string& path) {
  std::lock_guard<std::mutex> lock(mu_);
  wanted_[path] = true;
}

void Made::keep_all() {
  std::lock_guard<std::mutex> lock(mu_);
  all_ = true;
}

std::map<std::string, Bytes> Made::kept() const {
  std::lock_guard<std::mutex> lock(mu_);
  return kept_;
}

std::uint64_t Made::key_of(const std::string& path) const {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = keys_.find(path);
  return it == keys_.end() ? 0 : it->second;
}

void Made::put_shared(const std::string& path, const Bytes& b, int pages, std::uint64_t key) {
  std::lock_guard<std::mutex> serial(put_mu_);
  {
    std::lock_guard<std::mutex> lock(mu_);
    keys_[path] = key;
  }
  adopt_ = &b;
  put(path, *b, pages);
  adopt_ = nullptr;
}

void Made::store(const std::string& path, const std::string& bytes) {
  std::lock_guard<std::mutex> lock(mu_);
  if (!all_ && !wanted_.count(path)) return;
  kept_[path] = adopt_ && adopt_->get() == &bytes ? *adopt_ : std::make_shared<const std::string>(bytes);
}

namespace {

// Collects what one unit makes, in order.
class Files : public render::Output {
 public:
  std::vector<std::pair<std::string, Bytes>> list;
  void put_shared(const std::string& path, const Bytes& b) {
    adopt_ = &b;
    put(path, *b);
    adopt_ = nullptr;
  }

 protected:
  void store(const std::string& path, const std::string& bytes) override {
    std::lock_guard<std::mutex> lock(mu_);
    list.emplace_back(path, adopt_ && adopt_->get() == &bytes ? *adopt_ : std::make_shared<const std::string>(bytes));
  }

 private:
  std::mutex mu_;
  const Bytes* adopt_ = nullptr;  // set by put_shared (one unit: one thread)
};

// What the whole-toolkit bundles may read: site.yaml's settings they print, every stage and template
// whole, and of every other page what lists show (front matter; its body, fields and FAQ left empty).
// The writers get a copy of just that (bundle_site), so the key (bundle_key, a hash of the same pages,
// without copying them) covers whatever they read.
model::SiteConfig bundle_config(const model::SiteConfig& c) {
  model::SiteConfig b;
  b.title = c.title;
  b.publisher = c.publisher;
  b.base_url = c.base_url;
  b.language = c.language;
  b.description = c.description;
  b.build_time = c.build_time;
  return b;
}

bool bundle_reads_whole(const model::Page& p) { return p.kind == model::Kind::Stage || !p.formats.empty(); }

std::shared_ptr<model::Site> bundle_site(const model::Site& site) {
  auto b = std::make_shared<model::Site>();
  b->config = bundle_config(site.config);
  b->pages.reserve(site.pages.size());
  for (const auto& p : site.pages) b->pages.push_back(bundle_reads_whole(p) ? p : model::without_body(p));
  b->reindex();
  return b;
}

std::uint64_t bundle_key(const model::Site& site, const model::PageKeys& keys) {
  model::Hasher x;
  x.config(bundle_config(site.config));
  x.num(static_cast<long long>(site.pages.size()));
  for (const auto& p : site.pages) x.num(static_cast<long long>(bundle_reads_whole(p) ? keys.whole(p) : keys.meta(p)));
  return x.h;
}

using ReadSource = std::function<Bytes(const std::string&)>;
using StylesXml = std::function<const std::string&()>;

// The paths the document units make, for the units that read them.
struct DocumentPaths {
  std::vector<std::string> all;        // every document
  std::vector<std::string> templates;  // the templates' downloads (what the .zip holds)
};

// The web form's copy of a template download, as a classic script (<document>.js, for js/fill.js): it
// reads the document's bytes, so its key is the document's.
Unit fill_script_unit(const steps::DocumentTask& task) {
  Unit s;
  s.what = What::File;
  s.paths = {html::fill_script_path(task.path)};
  s.reads = {task.path};
  s.prepare = [task](const Made& made) {
    model::Hasher x;
    x.bytes("fill script");
    x.num(static_cast<long long>(made.key_of(task.path)));
    return made.key_of(task.path) ? x.h : std::uint64_t{0};
  };
  s.make = [task](const Made& made, render::Output& o) {
    o.put(html::fill_script_path(task.path), html::fill_script(task.path, made.bytes(task.path)));
  };
  return s;
}

// 1. Template documents (steps::document_tasks says which): each reads its render::DocumentInput only;
// each template download's fill script, and the field font the filled PDFs' answers are drawn with.
DocumentPaths add_documents(std::vector<Unit>& out, const std::shared_ptr<const model::Site>& site,
                            const model::Outline& outline, const StylesXml& styles_xml, const ReadSource& read,
                            const std::shared_ptr<SiteMemo>& memo) {
  struct Shared {  // every page's front matter, for the PDFs that list other pages: made once per run
    std::once_flag once;
    render::Listing listing;
  };
  auto shared = std::make_shared<Shared>();
  auto listing = [shared, site, memo]() -> const render::Listing* {
    std::call_once(shared->once, [&] { shared->listing = render::listing(*site, &memo->keys); });
    return &shared->listing;
  };
  DocumentPaths paths;
  for (const auto& task : steps::document_tasks(*site, outline)) {
    paths.all.push_back(task.path);
    if (task.page->has_format(task.format)) paths.templates.push_back(task.path);
    auto in = std::make_shared<render::DocumentInput>();
    Unit u;
    u.what = What::Document;
    u.paths = {task.path};
    u.step = task.path;
    u.prepare = [site, task, in, styles_xml, listing, read, memo](const Made&) {
      *in = steps::document_input(*site, task, render::format_of(task.format).styled ? styles_xml() : std::string(), listing(), read);
      return render::document_key(*in, &memo->keys);
    };
    u.make = [in, task](const Made&, render::Output& o) {
      const render::Format& f = render::format_of(task.format);
      if (!f.page) throw std::runtime_error("internal error: no " + task.format + " document of a page");
      f.page(render::Job{task.path, in.get(), nullptr}, o);
    };
    out.push_back(std::move(u));
    if (task.page->has_format(task.format)) out.push_back(fill_script_unit(task));
  }
  if (!paths.templates.empty()) {  // the field font the filled PDFs' answers are drawn with (js/fill.js)
    Unit f;
    f.what = What::File;
    f.paths = {html::kFillFontScript};
    f.prepare = [](const Made&) { return model::fnv1a(html::fill_font_script()); };
    f.make = [](const Made&, render::Output& o) { o.put(html::kFillFontScript, html::fill_font_script()); };
    out.push_back(std::move(f));
  }
  return paths;
}

// 2. The whole toolkit in one file per format with a bundle writer (steps::bundle_tasks): they read
// the copy bundle_site makes and the run's outline moved onto it (and the .zip each template's bytes).
// Returns their paths.
std::vector<std::string> add_bundles(std::vector<Unit>& out, const std::shared_ptr<const model::Site>& site,
                                     const std::shared_ptr<const model::Outline>& outline, const StylesXml& styles_xml,
                                     const std::vector<std::string>& template_paths, const ReadSource& read,
                                     const std::shared_ptr<SiteMemo>& memo) {
  std::vector<steps::BundleTask> bundle_tasks = steps::bundle_tasks(*site);
  std::vector<std::string> bundles;
  if (bundle_tasks.empty()) return bundles;
  struct BundleInput {
    std::once_flag key_once, site_once;
    std::uint64_t key = 0;
    std::map<std::string, Bytes> files;  // the pictures it prints
    render::BundleInput in;  // its site and outline, made for the first bundle made
  };
  auto bin = std::make_shared<BundleInput>();
  for (const steps::BundleTask& task : bundle_tasks) {
    const std::string path = task.path;
    const render::Format* format = task.format;  // a row of the static table
    bundles.push_back(path);
    Unit u;
    u.what = What::Bundle;
    u.paths = {path};
    u.step = path;
    u.deferrable = true;
    if (format->holds_downloads) u.reads = template_paths;
    u.prepare = [site, bin, format, styles_xml, template_paths, read, memo](const Made& made) {
      std::call_once(bin->key_once, [&] {
        // The pages it reads, and the pictures of the stages and templates it prints, read now
        // (serve: through its cache).
        model::Hasher pics;
        pics.num(static_cast<long long>(bundle_key(*site, memo->keys)));
        for (const auto& p : site->pages)
          if (bundle_reads_whole(p)) render::read_pictures(*site, p, read, bin->files);
        for (const auto& [url, b] : bin->files) {
          pics.bytes(url);
          pics.num(b ? 1 : 0);
          if (b) pics.bytes(*b);
        }
        bin->key = pics.h;
      });
      model::Hasher x;
      x.num(static_cast<long long>(bin->key));
      x.bytes(format->name);
      if (format->styled) x.bytes(styles_xml());
      if (format->holds_downloads)
        for (const auto& p : template_paths) x.bytes(p), x.num(static_cast<long long>(made.key_of(p)));
      return x.h;
    };
    u.make = [site, outline, bin, format, styles_xml, path](const Made& made, render::Output& o) {
      std::call_once(bin->site_once, [&] {
        bin->in.site = bundle_site(*site);
        bin->in.outline = outline->over(*site, *bin->in.site);
        bin->in.files = &bin->files;
      });
      render::BundleInput in = bin->in;  // the shared part (site and pictures by pointer), then this format's
      if (format->styled) in.styles = styles_xml();
      if (format->holds_downloads) in.document = [&made](const std::string& p) { return made.bytes(p); };
      format->bundle(render::Job{path, nullptr, &in}, o);
    };
    out.push_back(std::move(u));
  }
  return bundles;
}

// 3. The search index (search/**): it reads the whole model; no key, so serve makes it on request.
Unit search_index_unit(const std::shared_ptr<const model::Site>& site, int jobs) {
  Unit u;
  u.what = What::Index;
  u.paths = {search::kIndexFolder};
  u.step = "search index";
  u.deferrable = true;
  u.prepare = [](const Made&) { return std::uint64_t{0}; };
  u.make = [site, jobs](const Made&, render::Output& o) { search::write_index(*site, o, jobs); };
  return u;
}

// 4. Every HTML page (and sitemap.xml, feed.xml, robots.txt): the key hashes the data its view renders.
void add_pages(std::vector<Unit>& out, const std::shared_ptr<const model::Site>& site,
               const std::shared_ptr<const html::Theme>& theme, const std::shared_ptr<const model::Outline>& outline,
               const std::vector<std::string>& doc_paths, const std::vector<std::string>& bundles,
               const std::shared_ptr<SiteMemo>& memo, bool keep_bodies) {
  for (html::PageUnit& pu : html::page_units(*site, *theme, outline, keep_bodies ? &memo->bodies : nullptr)) {
    Unit u;
    u.what = What::Page;
    u.paths = pu.paths;
    if (pu.reads_downloads) u.reads = doc_paths;
    if (pu.reads_bundles) u.reads.insert(u.reads.end(), bundles.begin(), bundles.end());
    auto prepare = std::move(pu.prepare);
    auto write = std::move(pu.write);
    u.prepare = [site, theme, memo, prepare](const Made& made) { return prepare(made); };  // site, theme, memo kept alive
    u.make = [write](const Made&, render::Output& o) { write(o); };
    out.push_back(std::move(u));
  }
}

// 5. The theme's static files and the content's assets, as they are.
void add_copies(std::vector<Unit>& out, const model::Site& site, const Sources& src, const ReadSource& read) {
  auto copy = [&](const std::string& to, const std::string& from) {
    Unit u;
    u.what = What::File;
    u.paths = {to};
    u.prepare = [](const Made&) { return std::uint64_t{0}; };
    u.source = [read, from] { return read(from); };
    out.push_back(std::move(u));
  };
  for (const auto& [to, from] : steps::list_files(src.theme_dir + "/static", "")) copy(to, from);
  for (const auto& rel : site.assets) copy(rel, src.content_dir + "/" + rel);
}

}  // namespace

std::vector<Unit> units(std::shared_ptr<const model::Site> site, std::shared_ptr<const html::Theme> theme, const Sources& src) {
  ReadSource read = src.read;
  if (!read) read = [](const std::string& path) { return std::make_shared<const std::string>(steps::read_file(path)); };
  // The whole-toolkit outline, worked out once for this site: the downloads page (web and PDF) and the
  // bundles read it. Their keys cover it: it is made from the pages their keys hash.
  auto outline = std::make_shared<const model::Outline>(model::outline(*site));
  struct Styles {  // word/styles.xml, made once per run and only if a .docx is made
    std::once_flag once;
    std::string xml;
  };
  auto styles = std::make_shared<Styles>();
  StylesXml styles_xml = [styles, site, theme]() -> const std::string& {
    std::call_once(styles->once, [&] { styles->xml = docx::styles_for_language(theme->docx_styles(), site->config.language); });
    return styles->xml;
  };
  std::vector<Unit> out;
  // A memo the caller keeps for this site (serve), else one for this run: its page hashes are still made
  // once per run, and no body HTML is kept (a build renders each body once; keeping them all would only
  // grow its memory).
  const bool kept = src.memo && src.memo->site == site;
  std::shared_ptr<SiteMemo> memo = kept ? src.memo : std::make_shared<SiteMemo>(site);
  const DocumentPaths docs = add_documents(out, site, *outline, styles_xml, read, memo);
  const std::vector<std::string> bundles = add_bundles(out, site, outline, styles_xml, docs.templates, read, memo);
  out.push_back(search_index_unit(site, src.jobs));
  add_pages(out, site, theme, outline, docs.all, bundles, memo, kept);
  add_copies(out, *site, src, read);
  return out;
}

namespace {

// One run's state, shared with the makers of deferred units.
struct RunState {
  std::vector<Unit> units;
  std::shared_ptr<Made> made = std::make_shared<Made>();
  Cache* cache = nullptr;
  std::vector<std::vector<std::size_t>> producers;  // per unit: the units whose files it reads
  std::vector<char> deferred;
  std::vector<char> changed;  // serve: a unit left for later differs from what the last run offered
  std::vector<std::uint64_t> keys;
  // Deferred units, made at most once.
  struct Late {
    std::mutex mu;
    bool done = false;
    std::map<std::string, std::string> files;
  };
  std::vector<std::unique_ptr<Late>> late;

  // Makes unit i into made (and out), storing it in the cache when it has a key.
  void make(std::size_t i, std::uint64_t key, render::Output* out, std::map<std::string, std::string>* files) {
    Files f;
    if (units[i].source) {
      if (Bytes b = units[i].source()) f.put_shared(units[i].paths[0], b);
    } else {
      units[i].make(*made, f);
    }
    Cache::Entry e;
    e.key = key;
    for (const auto& [path, bytes] : f.list) {
      int pages = f.info(path) ? f.info(path)->pages : 0;
      made->put_shared(path, bytes, pages, key);
      if (out) out->put(path, *bytes, pages);
      if (files) (*files)[path] = *bytes;
      if (pages) e.pages[path] = pages;
      e.files.emplace_back(path, bytes);
    }
    if (cache && key) {
      std::lock_guard<std::mutex> lock(cache->mu);
      cache->entries[units[i].paths[0]] = std::move(e);
    }
  }

  // Which units each unit reads the files of (`reads` by path), each once; their files are kept.
  void link_producers(const std::map<std::string, std::size_t>& by_path) {
    producers.assign(units.size(), {});
    for (std::size_t i = 0; i < units.size(); ++i)
      for (const auto& r : units[i].reads) {
        made->keep(r);
        auto it = by_path.find(r);
        if (it != by_path.end() && it->second != i) producers[i].push_back(it->second);
      }
    for (auto& p : producers) {
      std::sort(p.begin(), p.end());
      p.erase(std::unique(p.begin(), p.end()), p.end());
    }
  }

  // Rounds: a unit runs one round after the last of the units it reads.
  std::vector<std::size_t> rounds() const {
    const std::size_t n = units.size();
    std::vector<std::size_t> round(n, 0);
    for (bool moved = true; moved;) {
      moved = false;
      for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j : producers[i])
          if (round[i] <= round[j]) {
            if (round[j] >= n) throw std::runtime_error("internal error: output units read each other");
            round[i] = round[j] + 1;
            moved = true;
          }
    }
    return round;
  }

  // serve: a unit that reads one left for later is left too, with what it reads; whether anything
  // else it reads changed: its key without them (the downloads page's labels of stale bundles left
  // out). make_late prepares it again. Returns whether unit i is left for later.
  bool wait_for_reads(std::size_t i) {
    for (std::size_t j : producers[i])
      if (deferred[j]) {
        deferred[i] = 1;
        changed[i] = changed[i] || changed[j];
      }
    if (!deferred[i]) return false;
    std::uint64_t probe = 0;
    try {
      probe = units[i].prepare(*made);
    } catch (const std::exception&) {  // it reads bytes not made yet
    }
    std::lock_guard<std::mutex> lock(cache->mu);
    auto o = cache->offered.find(units[i].paths[0]);
    if (!probe || o == cache->offered.end() || o->second != probe) changed[i] = 1;
    cache->offered[units[i].paths[0]] = probe;
    return true;
  }

  // serve: unit i's files from the cache when its key is unchanged, or a deferrable unit left for
  // later (when it has no key, or was made before). Returns false when it must be made now.
  bool from_cache(std::size_t i, std::uint64_t key, render::Output& out) {
    const Unit& u = units[i];
    Cache::Entry e;
    bool have = false, offered_same = false;
    {
      std::lock_guard<std::mutex> lock(cache->mu);
      auto it = cache->entries.find(u.paths[0]);
      if (it != cache->entries.end()) e = it->second, have = true;
      auto o = cache->offered.find(u.paths[0]);
      offered_same = o != cache->offered.end() && o->second == key;
      cache->offered[u.paths[0]] = key;
    }
    if (have && key && e.key == key) {
      for (const auto& [path, bytes] : e.files) {
        auto pg = e.pages.find(path);
        int pc = pg == e.pages.end() ? 0 : pg->second;
        made->put_shared(path, bytes, pc, key);
        out.put(path, *bytes, pc);
      }
      return true;
    }
    if (u.deferrable && (!key || have)) {
      deferred[i] = 1;
      changed[i] = key != 0 && !offered_same;
      return true;
    }
    return false;
  }

  std::map<std::string, std::string> make_late(std::size_t i) {
    Late& l = *late[i];
    std::lock_guard<std::mutex> lock(l.mu);
    if (!l.done) {
      for (std::size_t j : producers[i])
        if (deferred[j]) make_late(j);
      l.files.clear();
      make(i, units[i].prepare(*made), nullptr, &l.files);
      l.done = true;
    }
    return l.files;
  }
};

// serve: forgets the units the site no longer has.
void forget_gone(Cache& cache, const std::map<std::string, std::size_t>& by_path) {
  std::lock_guard<std::mutex> lock(cache.mu);
  for (auto it = cache.entries.begin(); it != cache.entries.end();)
    it = by_path.count(it->first) ? std::next(it) : cache.entries.erase(it);
  for (auto it = cache.offered.begin(); it != cache.offered.end();)
    it = by_path.count(it->first) ? std::next(it) : cache.offered.erase(it);
}

}  // namespace

RunResult run(std::vector<Unit> units, render::Output& out, const RunOptions& opts) {
  auto st = std::make_shared<RunState>();
  st->units = std::move(units);
  st->cache = opts.cache;
  const std::size_t n = st->units.size();
  if (opts.cache) st->made->keep_all();
  std::map<std::string, std::size_t> by_path;
  for (std::size_t i = 0; i < n; ++i)
    for (const auto& p : st->units[i].paths) by_path[p] = i;
  st->link_producers(by_path);
  const std::vector<std::size_t> round = st->rounds();
  st->deferred.assign(n, 0);
  st->changed.assign(n, 0);
  st->keys.assign(n, 0);
  for (std::size_t i = 0; i < n; ++i) st->late.push_back(std::make_unique<RunState::Late>());

  RunResult res;
  std::mutex progress_mu;
  std::size_t done = 0, total = 1;
  for (const auto& u : st->units)
    if (!u.step.empty()) ++total;
  auto step = [&](const std::string& what) {
    if (!opts.progress || what.empty()) return;
    std::lock_guard<std::mutex> lock(progress_mu);
    opts.progress(++done, total, what);
  };
  std::atomic<std::size_t> documents{0}, pages{0};
  std::size_t last = n ? *std::max_element(round.begin(), round.end()) : 0;
  for (std::size_t r = 0; r <= last && n; ++r) {
    std::vector<std::size_t> todo;
    for (std::size_t i = 0; i < n; ++i)
      if (round[i] == r) todo.push_back(i);
    parallel_for(todo.size(), opts.jobs, [&](std::size_t k) {
      std::size_t i = todo[k];
      const Unit& u = st->units[i];
      if (opts.cache && st->wait_for_reads(i)) return;
      std::uint64_t key = u.prepare(*st->made);
      st->keys[i] = key;
      if (opts.cache && st->from_cache(i, key, out)) return;
      st->make(i, key, &out, nullptr);
      if (u.what == What::Document || u.what == What::Bundle) ++documents;
      if (u.what == What::Page) ++pages;
      step(u.step);
    });
  }
  step("pages");
  if (opts.cache) forget_gone(*opts.cache, by_path);
  for (std::size_t i = 0; i < n; ++i)
    if (st->deferred[i]) res.deferred.push_back(Deferred{st->units[i].paths, st->changed[i] != 0, [st, i] { return st->make_late(i); }});
  res.documents = documents;
  res.pages = pages;
  res.made = st->made;
  return res;
}

std::size_t write_all(const model::Site& site, const html::Theme& theme, const Sources& src, render::Output& out,
                      const RunOptions& opts) {
  // build owns site and theme for the whole run: non-owning pointers.
  std::shared_ptr<const model::Site> s(&site, [](const model::Site*) {});
  std::shared_ptr<const html::Theme> t(&theme, [](const html::Theme*) {});
  return run(units(s, t, src), out, opts).documents;
}

}  // namespace tk::pipeline
