// Walks content/ in a stable order, loads every file by kind, then validates the whole site.
#include "load/site_loader.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>

#include "core/files.h"
#include "core/parallel.h"
#include "core/text.h"
#include "load/content_tree.h"
#include "load/page_loader.h"
#include "model/validate.h"

namespace tk::load {
namespace fs = std::filesystem;

namespace {

const std::map<std::string, model::Kind>& folders() {
  static const std::map<std::string, model::Kind> m = {
      {"stages", model::Kind::Stage},         {"tools", model::Kind::Tool},
      {"jobs", model::Kind::Job},             {"spotlights", model::Kind::Spotlight},
      {"focus-areas", model::Kind::FocusArea}, {"pages", model::Kind::Page}};
  return m;
}

// A page file's name must give a slug: reports the name it needs, and returns that slug ("" when
// the name is fine).
std::string check_page_name(const std::string& rel, const std::string& display, Diagnostics& diags) {
  std::size_t slash = rel.rfind('/');
  const std::string name = slash == std::string::npos ? rel : rel.substr(slash + 1);
  const std::string slug = slug_from_filename(name);
  if (text::is_slug(slug)) return "";
  const std::string prefix = name.substr(0, name.size() - 3 - slug.size());  // "01-" or ""
  const std::string want = text::slugify(slug);
  diags.error(display, 0, 0, "the file name '" + printable_name(name) + "' is not a slug (only a-z, 0-9 and -): " +
                                 (want.empty() ? std::string("rename it to a name made of those")
                                               : "rename it to '" + prefix + want + ".md'"));
  return want.empty() ? "page" : want;
}

// " (content/x is a link to content/y)" for a path at or under a link inside the tree, else "".
std::string link_note(const std::string& path, const std::vector<std::pair<std::string, std::string>>& links) {
  for (const auto& [link, target] : links)
    if (path == link || (path.size() > link.size() && path.compare(0, link.size(), link) == 0 && path[link.size()] == '/'))
      return " (" + link + " is a link to " + target + ")";
  return "";
}

}  // namespace

const ParseCache::Parsed* ParseCache::find(const std::string& key, const std::string& bytes) {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = met_.find(key);
  if (it == met_.end()) {
    auto old = entries_.find(key);
    if (old == entries_.end() || old->second.bytes != bytes) return nullptr;
    it = met_.emplace(key, std::move(old->second)).first;  // std::map: the entry stays where it is
    entries_.erase(old);
  }
  return it->second.bytes == bytes ? &it->second : nullptr;
}

void ParseCache::keep(const std::string& key, Parsed parsed) {
  std::lock_guard<std::mutex> lock(mu_);
  entries_.erase(key);
  met_[key] = std::move(parsed);
}

void ParseCache::drop_unmet() {
  std::lock_guard<std::mutex> lock(mu_);
  entries_ = std::move(met_);
  met_.clear();
}

model::Site load_site(const LoadOptions& opts, Diagnostics& out_diags) {
  model::Site site;
  std::error_code ec;
  if (!fs::is_directory(fs::path(opts.content_dir), ec)) {
    out_diags.error(opts.content_dir, 0, 0, "content folder not found");
    return site;
  }
  // Everything is reported here first, so that a message about a file reached through a link inside
  // the tree can say so on the way out.
  Diagnostics diags;
  ContentTree tree = walk_content(opts.content_dir, diags);

  // Sort the files out first, then read and parse the pages on every core (a source is freed once
  // parsed, so only a few are in memory at once); the order of the pages and of their diagnostics
  // does not depend on the threads.
  bool have_site_yaml = false;
  struct Job {
    SourceFile file;
    model::Kind kind;
    std::string fixed_slug;  ///< the slug the file name should give, when it gives none
  };
  std::vector<Job> jobs;
  for (const auto& tf : tree.files) {
    const std::string& rel = tf.rel;
    SourceFile sf{rel, tf.display, {}};
    std::size_t slash = rel.find('/');
    std::string top = slash == std::string::npos ? "" : rel.substr(0, slash);
    if (top == "assets") {
      std::string why = unpublishable_name(rel);
      if (!why.empty()) {
        diags.error(sf.display, 0, 0, "this name holds " + why + ", which a link cannot name; rename the file");
        continue;
      }
      site.assets.push_back(rel);
      continue;
    }
    bool md = rel.size() > 3 && rel.compare(rel.size() - 3, 3, ".md") == 0;
    auto f = folders().find(top);
    bool page = rel == "index.md" || (f != folders().end() && md && rel.find('/', slash + 1) == std::string::npos);
    if (rel != "site.yaml" && !page) {
      std::vector<std::string> names;
      for (const auto& kv : folders()) names.push_back(kv.first);
      names.emplace_back("assets");
      if (f == folders().end() && slash != std::string::npos)
        diags.error(sf.display, 0, 0, "unknown folder '" + top + "'" + hint(top, names) +
                                          "; content goes in stages/, tools/, jobs/, spotlights/, focus-areas/, pages/ or assets/");
      else if (!md || slash == std::string::npos)
        diags.warning(sf.display, 0, 0, "not a content file; left out (put files to publish in assets/)");
      else
        diags.error(sf.display, 0, 0, "sub-folders are not allowed here; move the file up to " + top + "/");
      continue;
    }
    if (rel == "site.yaml") {
      std::string why;
      if (!read_content_file(join_path(opts.content_dir, rel), sf.bytes, why)) {
        diags.error(sf.display, 0, 0, "cannot read this file: " + why);
        continue;
      }
      have_site_yaml = true;
      bool chars = check_document_chars(sf.bytes, sf.display, diags) > 0;
      site.config = load_site_config(sf, diags);
      site.config.chars_reported = chars;
      continue;
    }
    std::string slug = rel == "index.md" ? "" : check_page_name(rel, sf.display, diags);
    jobs.push_back(Job{std::move(sf), rel == "index.md" ? model::Kind::Home : f->second, std::move(slug)});
  }
  // Each page reports into its own list (the loader compares error counts before and after a step,
  // which another thread's errors must not change), merged in file order afterwards.
  std::vector<std::optional<model::Page>> loaded(jobs.size());
  std::vector<Diagnostics> found(jobs.size());
  parallel_for(jobs.size(), opts.jobs, [&](std::size_t i) {
    std::string why;
    if (!read_content_file(join_path(opts.content_dir, jobs[i].file.rel), jobs[i].file.bytes, why)) {
      found[i].error(jobs[i].file.display, 0, 0, "cannot read this file: " + why);
      return;
    }
    const std::vector<std::string> reserved = opts.layout.ids_for(jobs[i].kind);
    // The ids the layout reserves change a page's heading ids: they are part of what it was parsed with.
    std::string key = jobs[i].file.rel + '\n' + jobs[i].file.display + '\n' + std::to_string(static_cast<int>(jobs[i].kind));
    for (const auto& id : reserved) key += '\n' + id;
    if (const ParseCache::Parsed* p = opts.parsed ? opts.parsed->find(key, jobs[i].file.bytes) : nullptr) {
      loaded[i] = p->page;
      for (const auto& d : p->diagnostics) found[i].add(d);
    } else {
      bool chars = check_document_chars(jobs[i].file.bytes, jobs[i].file.display, found[i]) > 0;
      loaded[i] = load_page(jobs[i].file, jobs[i].kind, found[i], &reserved);
      if (loaded[i]) loaded[i]->chars_reported = chars;
      if (opts.parsed) opts.parsed->keep(key, ParseCache::Parsed{jobs[i].file.bytes, loaded[i], chars, found[i].all()});
    }
    // Later checks (reserved and duplicate slugs) see the slug the file is asked to take.
    if (loaded[i] && !jobs[i].fixed_slug.empty() && loaded[i]->line_of("slug") == 0) loaded[i]->slug = jobs[i].fixed_slug;
    std::string().swap(jobs[i].file.bytes);  // the tree holds what is needed; free the source now
  });
  if (opts.parsed) opts.parsed->drop_unmet();
  for (const auto& f : found)
    for (const auto& d : f.all()) diags.add(d);
  for (auto& p : loaded) {
    if (!p || (p->draft && !opts.drafts)) continue;
    site.pages.push_back(std::move(*p));
  }
  if (!have_site_yaml) diags.error(join_path(opts.content_dir, "site.yaml"), 0, 0, "site.yaml is missing: it holds the site's title, publisher and base_url");
  if (!site.home()) diags.error(join_path(opts.content_dir, "index.md"), 0, 0, "index.md is missing: it holds the home page's introduction");

  std::stable_sort(site.pages.begin(), site.pages.end(), [](const model::Page& a, const model::Page& b) {
    if (a.kind != b.kind) return a.kind < b.kind;
    if (a.weight != b.weight) return a.weight < b.weight;
    if (a.title != b.title) return a.title < b.title;
    return a.slug < b.slug;
  });
  site.reindex();
  site.content_dir = opts.content_dir;
  site.config.build_time = opts.build_time;
  model::validate(site, opts.content_dir, diags, opts.layout.static_names, opts.jobs);
  for (Diagnostic d : diags.all()) {
    d.message += link_note(d.path, tree.links);
    out_diags.add(std::move(d));
  }
  return site;
}

}  // namespace tk::load
