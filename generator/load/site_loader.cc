// Walks content/ in a stable order, loads every file by kind, then validates the whole site.
#include "load/site_loader.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>

#include "core/files.h"
#include "core/parallel.h"
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

std::string join(const std::string& dir, const std::string& rel) {
  if (dir.empty() || dir == ".") return rel;
  return dir.back() == '/' ? dir + rel : dir + "/" + rel;
}

}  // namespace

model::Site load_site(const LoadOptions& opts, Diagnostics& diags) {
  model::Site site;
  fs::path root(opts.content_dir);
  std::error_code ec;
  if (!fs::is_directory(root, ec)) {
    diags.error(opts.content_dir, 0, 0, "content folder not found");
    return site;
  }
  fs::path canon_root = fs::weakly_canonical(root, ec);

  // Collect every regular file, sorted, refusing links that lead out of the tree.
  std::vector<std::string> rels;
  for (auto it = fs::recursive_directory_iterator(root, fs::directory_options::none, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    const fs::path& p = it->path();
    std::string rel = fs::relative(p, root, ec).generic_string();
    std::string name = p.filename().string();
    if (!name.empty() && name[0] == '.') {
      if (it->is_directory()) it.disable_recursion_pending();
      continue;
    }
    if (it->is_symlink()) {
      if (!inside_folder(p.string(), canon_root.string())) {
        diags.error(join(opts.content_dir, rel), 0, 0, "link points outside the content folder; copy the file in instead");
        if (it->is_directory()) it.disable_recursion_pending();
        continue;
      }
    }
    if (it->is_regular_file()) rels.push_back(rel);
  }
  if (ec) diags.error(opts.content_dir, 0, 0, "cannot read the content folder: " + ec.message());
  std::sort(rels.begin(), rels.end());

  // Sort the files out first, then read and parse the pages on every core (a source is freed once
  // parsed, so only a few are in memory at once); the order of the pages and of their diagnostics
  // does not depend on the threads.
  bool have_site_yaml = false;
  struct Job {
    SourceFile file;
    model::Kind kind;
  };
  std::vector<Job> jobs;
  for (const auto& rel : rels) {
    SourceFile sf{rel, join(opts.content_dir, rel), {}};
    std::size_t slash = rel.find('/');
    std::string top = slash == std::string::npos ? "" : rel.substr(0, slash);
    if (top == "assets") {
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
      if (!read_whole_file((root / rel).string(), sf.bytes)) {
        diags.error(sf.display, 0, 0, "cannot read file");
        continue;
      }
      have_site_yaml = true;
      site.config = load_site_config(sf, diags);
      continue;
    }
    jobs.push_back(Job{std::move(sf), rel == "index.md" ? model::Kind::Home : f->second});
  }
  // Each page reports into its own list (the loader compares error counts before and after a step,
  // which another thread's errors must not change), merged in file order afterwards.
  std::vector<std::optional<model::Page>> loaded(jobs.size());
  std::vector<Diagnostics> found(jobs.size());
  parallel_for(jobs.size(), 0, [&](std::size_t i) {
    if (!read_whole_file((root / jobs[i].file.rel).string(), jobs[i].file.bytes)) {
      found[i].error(jobs[i].file.display, 0, 0, "cannot read file");
      return;
    }
    loaded[i] = load_page(jobs[i].file, jobs[i].kind, found[i]);
    std::string().swap(jobs[i].file.bytes);  // the tree holds what is needed; free the source now
  });
  for (const auto& f : found)
    for (const auto& d : f.all()) diags.add(d);
  for (auto& p : loaded) {
    if (!p || (p->draft && !opts.drafts)) continue;
    site.pages.push_back(std::move(*p));
  }
  if (!have_site_yaml) diags.error(join(opts.content_dir, "site.yaml"), 0, 0, "site.yaml is missing: it holds the site's title, publisher and base_url");
  if (!site.home()) diags.error(join(opts.content_dir, "index.md"), 0, 0, "index.md is missing: it holds the home page's introduction");

  std::stable_sort(site.pages.begin(), site.pages.end(), [](const model::Page& a, const model::Page& b) {
    if (a.kind != b.kind) return a.kind < b.kind;
    if (a.weight != b.weight) return a.weight < b.weight;
    if (a.title != b.title) return a.title < b.title;
    return a.slug < b.slug;
  });
  site.reindex();
  model::validate(site, opts.content_dir, diags);
  return site;
}

}  // namespace tk::load
