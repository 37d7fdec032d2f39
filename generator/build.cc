// Build orchestration (Zola's Site::load then build): load, validate, run the writers, swap the output.
#include "build.h"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <set>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>
#include <unistd.h>

#include "load/site_loader.h"
#include "render/docx/docx_writer.h"
#include "render/html/site_writer.h"
#include "render/html/theme.h"
#include "render/output.h"
#include "render/pdf/pdf_writer.h"
#include "render/zip/archive.h"
#include "search/index_writer.h"

namespace tk {
namespace fs = std::filesystem;

namespace {

std::string read_all(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  if (!f) throw std::runtime_error("cannot read " + p.string());
  std::ostringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

// Copies every file below from/ into out under prefix, in sorted order.
void copy_tree(const fs::path& from, const std::string& prefix, render::Output& out) {
  std::error_code ec;
  if (!fs::is_directory(from, ec)) return;
  std::vector<fs::path> files;
  for (auto it = fs::recursive_directory_iterator(from, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
    if (it->is_regular_file() && it->path().filename().string()[0] != '.') files.push_back(it->path());
  std::sort(files.begin(), files.end());
  for (const auto& f : files) out.put(prefix + fs::relative(f, from).generic_string(), read_all(f));
}

// Runs fn(i) for i in [0, n) on up to `jobs` threads; rethrows the first exception.
template <typename Fn>
void parallel_for(std::size_t n, int jobs, Fn fn) {
  std::size_t workers = std::min<std::size_t>(n, static_cast<std::size_t>(std::max(1, jobs)));
  std::atomic<std::size_t> next{0};
  std::exception_ptr err;
  std::mutex mu;
  auto work = [&] {
    for (std::size_t i; (i = next++) < n;) {
      try {
        fn(i);
      } catch (...) {
        std::lock_guard<std::mutex> lock(mu);
        if (!err) err = std::current_exception();
      }
    }
  };
  std::vector<std::thread> threads;
  for (std::size_t t = 1; t < workers; ++t) threads.emplace_back(work);
  work();
  for (auto& t : threads) t.join();
  if (err) std::rethrow_exception(err);
}

// The whole-toolkit .zip: every template's PDF and .docx, one folder per stage, and a README.txt.
std::string toolkit_zip(const model::Site& site, const render::MemoryOutput& docs) {
  std::vector<zip::Entry> entries;
  std::string readme = site.config.title + "\r\n" + site.config.publisher + "\r\n\r\n" +
                       "Every blank template of the toolkit, one folder per stage.\r\n"
                       "PDF files have fill-in fields (Adobe Acrobat Reader, Preview, a web browser).\r\n"
                       "Word files (.docx) have content controls (Microsoft Word, LibreOffice).\r\n"
                       "A template that belongs to two stages is in the folder of the first.\r\n\r\n"
                       "Online: " + site.config.base_url + "\r\n";
  entries.emplace_back("README.txt", readme);
  std::set<const model::Page*> seen;
  int n = 0;
  for (const model::Page* s : site.of_kind(model::Kind::Stage)) {
    ++n;
    std::string folder = (n < 10 ? "0" : "") + std::to_string(n) + "-" + s->slug + "/";
    for (const model::Page* t : site.stage_items(s->slug)) {
      if (t->formats.empty() || !seen.insert(t).second) continue;
      for (const auto& f : t->formats) entries.emplace_back(folder + t->slug + "." + f, docs.at(t->download_url(f).substr(1)));
    }
  }
  for (const model::Page* t : site.templates())
    if (seen.insert(t).second)
      for (const auto& f : t->formats) entries.emplace_back("other/" + t->slug + "." + f, docs.at(t->download_url(f).substr(1)));
  return zip::write(entries, 0);
}

}  // namespace

BuildResult build(const BuildOptions& opts, Diagnostics& diags) {
  auto t0 = std::chrono::steady_clock::now();
  BuildResult res;
  load::LoadOptions lo{opts.content_dir, opts.drafts};
  model::Site site = load::load_site(lo, diags);
  html::Theme theme;
  theme.load(opts.theme_dir, diags);
  if (diags.has_errors()) {
    res.exit_code = 1;
    return res;
  }

  fs::path out(opts.out_dir);
  fs::path parent = out.has_parent_path() ? out.parent_path() : fs::path(".");
  std::string name = out.filename().string();
  if (name.empty() || name == "." || name == "..") {
    res.exit_code = 2;
    res.io_error = "choose an output folder by name, e.g. --out output";
    return res;
  }
  fs::path staging = parent / (name + ".tmp-" + std::to_string(::getpid()));
  fs::path old = parent / (name + ".old-" + std::to_string(::getpid()));
  std::error_code ec;
  try {
    fs::remove_all(staging, ec);
    fs::create_directories(staging);
    render::DirOutput dir(staging.string());
    int jobs = opts.jobs > 0 ? opts.jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));

    // 1. Documents: each template's PDF and .docx, in parallel; kept in memory for the bundles.
    std::vector<model::Page const*> templates = site.templates();
    std::vector<std::pair<const model::Page*, std::string>> tasks;
    for (const model::Page* p : templates)
      for (const auto& f : p->formats) tasks.emplace_back(p, f);
    render::MemoryOutput docs;
    std::atomic<std::size_t> done{0};
    parallel_for(tasks.size(), jobs, [&](std::size_t i) {
      const auto& [p, f] = tasks[i];
      std::string path = p->download_url(f).substr(1);
      if (f == "pdf") {
        pdf::Result r = pdf::write_template(site, *p);
        docs.put(path, r.bytes, r.pages);
        dir.put(path, r.bytes, r.pages);
      } else {
        std::string bytes = docx::write_template(site, *p, opts.theme_dir);
        docs.put(path, bytes);
        dir.put(path, bytes);
      }
      ++done;
    });
    if (opts.progress) opts.progress(tasks.size(), tasks.size(), "templates");
    res.documents = tasks.size();

    // 2. The whole toolkit as one PDF, one .docx and one .zip.
    if (!templates.empty()) {
      std::string stem = site.bundle_stem().substr(1);
      std::string bundle_docx;
      pdf::Result bundle_pdf;
      parallel_for(2, jobs, [&](std::size_t i) {
        if (i == 0) bundle_pdf = pdf::write_bundle(site);
        else bundle_docx = docx::write_bundle(site, opts.theme_dir);
      });
      dir.put(stem + ".pdf", bundle_pdf.bytes, bundle_pdf.pages);
      dir.put(stem + ".docx", bundle_docx);
      dir.put(stem + ".zip", toolkit_zip(site, docs));
      res.documents += 3;
    }

    // 3. Search index, static files and content assets, then every HTML page.
    search::write_index(site, dir);
    copy_tree(fs::path(opts.theme_dir) / "static", "", dir);
    copy_tree(fs::path(opts.content_dir) / "assets", "assets/", dir);
    html::write_site(site, theme, dir);

    for (const auto& [path, info] : dir.files())
      if (path.size() > 5 && path.compare(path.size() - 5, 5, ".html") == 0) ++res.pages;
    res.files = dir.files().size();

    // 4. Swap: the new site replaces the old one only now that everything is written.
    if (fs::exists(out)) fs::rename(out, old);
    fs::rename(staging, out);
    fs::remove_all(old, ec);
  } catch (const std::exception& e) {
    fs::remove_all(staging, ec);
    if (!fs::exists(out) && fs::exists(old)) fs::rename(old, out, ec);
    res.exit_code = 2;
    res.io_error = e.what();
    return res;
  }
  res.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return res;
}

}  // namespace tk
