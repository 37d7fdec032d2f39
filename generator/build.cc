// Build orchestration (Zola's Site::load then build): load, validate, run the writers, swap the output.
#include "build.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <optional>

#include "core/files.h"
#include "core/output_dir.h"
#include "core/text.h"
#include "load/site_loader.h"
#include "render/index_pages.h"
#include "pipeline.h"
#include "render/html/theme.h"

namespace tk {
namespace fs = std::filesystem;

namespace steps {

std::vector<DocumentTask> document_tasks(const model::Site& site, const model::Outline& outline) {
  std::vector<DocumentTask> tasks;
  for (const model::Page* p : site.forms())
    for (const auto& f : p->formats)
      tasks.push_back(DocumentTask{p, {}, f, p->download_url(f).substr(1)});
  // "PDF of this page": every other page's own PDF (a template's PDF is its page's).
  if (site.config.page_pdfs)
    for (const auto& p : site.pages)
      if (!p.has_format("pdf")) tasks.push_back(DocumentTask{&p, {}, "pdf", p.page_pdf_url().substr(1)});
  // The spotlights list and the downloads page: their PDFs are made from the pages they list.
  if (site.config.page_pdfs)
    for (auto& p : render::index_pages(site, outline)) {
      auto owned = std::make_shared<const model::Page>(std::move(p));
      tasks.push_back(DocumentTask{owned.get(), owned, "pdf", owned->page_pdf_url().substr(1)});
    }
  return tasks;
}

render::DocumentInput document_input(const model::Site& site, const DocumentTask& task, std::string styles,
                                     const render::Listing* listing, const render::ReadFile& read) {
  return render::document_input(site, *task.page, task.format, std::move(styles), listing, read);
}

std::vector<BundleTask> bundle_tasks(const model::Site& site) {
  if (site.forms().empty()) return {};
  std::string stem = site.bundle_stem().substr(1);
  std::vector<BundleTask> tasks;
  for (const render::Format& f : render::formats())
    if (f.bundle) tasks.push_back(BundleTask{&f, stem + f.extension});
  return tasks;
}

std::vector<std::pair<std::string, std::string>> list_files(const std::string& from, const std::string& prefix) {
  std::vector<std::pair<std::string, std::string>> files;
  std::error_code ec;
  fs::path root(from);
  if (!fs::is_directory(root, ec)) return files;
  fs::path canon = fs::weakly_canonical(root, ec);
  for (auto it = fs::recursive_directory_iterator(root, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    std::string name = it->path().filename().string();
    bool is_dir = it->is_directory(ec);
    if ((!name.empty() && name[0] == '.') || (it->is_symlink(ec) && !inside_folder(it->path().string(), canon.string()))) {
      if (is_dir) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(ec))
      files.emplace_back(prefix + it->path().lexically_relative(root).generic_string(), it->path().string());  // a link: its own name
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string read_file(const std::string& path) {
  std::string bytes;
  if (!read_whole_file(path, bytes)) throw std::runtime_error("cannot read " + path);
  return bytes;
}

}  // namespace steps

namespace {

model::Site* kept_at_exit = nullptr;  // see BuildOptions::exiting

// The output folder's part of a build: the site is written into a staging folder and swapped in
// (core/output_dir.h says how). Returns the number of documents; throws on I/O errors, after
// removing the staging folder.
std::size_t write_into(const outdir::Target& target, const model::Site& site, const html::Theme& theme,
                       const BuildOptions& opts, BuildResult& res) {
  outdir::Publisher publisher(target);
  try {
    publisher.remove_leftovers();
    render::DirOutput dir(publisher.begin());
    pipeline::RunOptions ro;
    ro.jobs = opts.jobs;
    ro.progress = opts.progress;
    std::size_t documents = pipeline::write_all(site, theme, pipeline::Sources{opts.content_dir, opts.theme_dir, {}, opts.jobs, nullptr}, dir, ro);
    for (const auto& [path, info] : dir.files())
      if (text::ends_with(path, ".html")) ++res.pages;
    res.files = dir.files().size();
    publisher.commit();
    return documents;
  } catch (...) {
    publisher.abandon();
    throw;
  }
}

}  // namespace

BuildResult build(const BuildOptions& opts, Diagnostics& diags) {
  auto t0 = std::chrono::steady_clock::now();
  BuildResult res;
  std::optional<outdir::InterruptCleanup> interrupts;
  if (opts.handle_signals) interrupts.emplace();
  html::Theme theme;  // first: the loader needs what its layout takes for itself
  theme.load(opts.theme_dir, diags);
  load::LoadOptions lo{opts.content_dir, opts.drafts, theme.layout_names(), nullptr, opts.jobs, opts.build_time};
  model::Site site = load::load_site(lo, diags);
  if (diags.has_errors()) {
    res.exit_code = 1;
    return res;
  }
  // Content errors first (exit 1), then whether --out may be replaced (exit 2): nothing is written before both.
  outdir::Decision out = outdir::check(opts.out_dir, outdir::Places{opts.content_dir, opts.theme_dir, "", opts.home_dir}, opts.force);
  if (!out.ok) {
    res.exit_code = 2;
    res.io_error = out.error;
    return res;
  }
  const outdir::Target& target = out.target;

  try {
    res.documents = write_into(target, site, theme, opts, res);
  } catch (const std::exception& e) {
    res.exit_code = 2;
    res.io_error = e.what();
    return res;
  }
  res.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  if (opts.exiting) {
    // Freeing the model takes a tenth of a large build's time; the process is about to end.
    kept_at_exit = new model::Site(std::move(site));
  }
  return res;
}

}  // namespace tk
