// toolkitgen: the command line. Parses arguments, calls the library, prints diagnostics, progress and summaries.
#include <CLI/CLI.hpp>
#include <unistd.h>

#include <cstdio>
#include <iostream>

#include "build.h"
#include "check/check.h"
#include "core/install_paths.h"
#include "core/parallel.h"
#include "scaffold/init.h"
#include "scaffold/scaffold.h"
#include "serve/serve.h"

namespace {

int print_diagnostics(const tk::Diagnostics& diags) {
  for (const auto& d : diags.sorted()) std::cerr << d.format() << "\n";
  return static_cast<int>(diags.error_count());
}

std::string plural(std::size_t n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); }

// Build progress: one line rewritten in place on a terminal, one line per step otherwise.
struct Progress {
  bool tty = ::isatty(STDOUT_FILENO) == 1;
  bool shown = false;
  void step(std::size_t done, std::size_t total, const std::string& what) {
    std::string w = what.size() > 60 ? "..." + what.substr(what.size() - 57) : what;
    if (tty) std::printf("\r\033[K[%zu/%zu] %s", done, total, w.c_str());
    else std::printf("[%zu/%zu] %s\n", done, total, w.c_str());
    std::fflush(stdout);
    shown = true;
  }
  void clear() {
    if (tty && shown) std::printf("\r\033[K");
    std::fflush(stdout);
  }
};

// jemalloc's settings when the program is linked with it (see generator/CMakeLists.txt): one arena
// (the build runs on a few threads with their own caches) keeps peak memory about a tenth lower at
// the same speed. An unused symbol otherwise.
extern "C" {
extern const char* malloc_conf;
const char* malloc_conf = "narenas:1";
}

int run_build(const tk::BuildOptions& base, bool quiet) {
  tk::BuildOptions opts = base;
  opts.exiting = true;
  opts.handle_signals = true;  // Ctrl+C removes the staging folder
  std::string shown = opts.out_dir;  // "public/" as tab completion writes it: "public/" in messages, not "public//"
  while (shown.size() > 1 && shown.back() == '/') shown.pop_back();
  Progress progress;
  if (!quiet) opts.progress = [&](std::size_t d, std::size_t t, const std::string& w) { progress.step(d, t, w); };
  tk::Diagnostics diags;
  tk::BuildResult r = tk::build(opts, diags);
  progress.clear();
  int errors = print_diagnostics(diags);
  if (r.exit_code == 1 || errors > 0) {
    std::cerr << "toolkitgen: " << plural(errors, "error", "errors") << "; nothing was written, " << shown << "/ is unchanged\n";
    return 1;
  }
  if (r.exit_code != 0) {
    std::cerr << "toolkitgen: error: " << r.io_error << "\n";
    return 2;
  }
  if (!quiet)
    std::printf("Built %zu pages and %zu documents in %.2f s into %s/ (%zu warnings)\n", r.pages, r.documents, r.seconds,
                shown.c_str(), diags.warning_count());
  return 0;
}

int run_check(const tk::check::CheckOptions& opts) {
  tk::Diagnostics diags;
  tk::check::CheckResult r = tk::check::run(opts, diags);
  print_diagnostics(diags);
  std::string line = "Checked " + plural(r.pages, "page", "pages");
  if (opts.external) line += " and " + plural(r.external_links, "outside link", "outside links");
  std::cout << line << ": " << plural(diags.error_count(), "error", "errors") << ", "
            << plural(diags.warning_count(), "warning", "warnings") << "\n";
  return r.exit_code;
}

int run_new(const tk::scaffold::NewOptions& opts) {
  tk::scaffold::NewResult r = tk::scaffold::create(opts);
  if (r.exit_code != 0) {
    std::cerr << "toolkitgen: error: " << r.message << "\n";
    return r.exit_code;
  }
  std::cout << r.path << "\n";
  std::cerr << "Wrote a draft (draft: true). Preview it with: toolkitgen serve --drafts\n";
  return 0;
}

int run_init(tk::scaffold::InitOptions opts) {
  opts.example_content = tk::install::example_content_dir();
  tk::scaffold::InitResult r = tk::scaffold::init(opts);
  if (r.exit_code != 0) {
    std::cerr << "toolkitgen: error: " << r.message << "\n";
    return r.exit_code;
  }
  std::cout << "Started a toolkit in " << opts.dir << "/ (" << plural(static_cast<std::size_t>(r.files), "file", "files")
            << "). Next:\n  cd " << opts.dir << "\n  toolkitgen serve\n";
  return 0;
}

constexpr const char* kThemeHelp = "Theme folder (default: themes/default here, else the installed default theme)";

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"toolkitgen: builds the Student Teaching Partnership Toolkit's website, fill-in PDF and Word templates"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "toolkitgen 0.1.0");

  tk::BuildOptions opts;
  bool quiet = false;
  CLI::App* build = app.add_subcommand("build", "Build the site into the output folder (replaced only on success; exit 0 ok, 1 content errors, 2 usage or I/O errors)");
  build->add_option("--content", opts.content_dir, "Content folder")->capture_default_str();
  build->add_option("--theme", opts.theme_dir, kThemeHelp);
  build->add_option("--out", opts.out_dir,
                    "Output folder: replaced as a whole, only when it is new, empty or an earlier output")->capture_default_str();
  build->add_flag("--force", opts.force,
                  "Replace --out even when it is a folder toolkitgen did not write, or a file "
                  "(never the content, theme, working or home folder, or one that holds them)");
  build->add_flag("--drafts", opts.drafts, "Include pages marked draft: true");
  build->add_option("-j,--jobs", opts.jobs, "Worker threads for each parallel step (default: all cores)");
  build->add_flag("-q,--quiet", quiet, "Print nothing but errors and warnings (no progress, no summary)");

  tk::serve::ServeOptions sopts;
  CLI::App* serve = app.add_subcommand("serve", "Preview the site at http://127.0.0.1:PORT/, rebuilt and reloaded as files change");
  serve->add_option("--content", sopts.live.content_dir, "Content folder")->capture_default_str();
  serve->add_option("--theme", sopts.live.theme_dir, kThemeHelp);
  serve->add_option("--port", sopts.port, "Port on 127.0.0.1 (0: any free port)")->capture_default_str()->check(CLI::Range(0, 65535));
  serve->add_flag("--drafts", sopts.live.drafts, "Include pages marked draft: true");
  serve->add_option("-j,--jobs", sopts.live.jobs, "Worker threads for each parallel step (default: all cores)");

  tk::check::CheckOptions copts;
  CLI::App* check = app.add_subcommand("check", "Check the content without writing anything: errors, then warnings (exit 1 on errors)");
  check->add_option("--content", copts.content_dir, "Content folder")->capture_default_str();
  check->add_option("--theme", copts.theme_dir, kThemeHelp);
  check->add_flag("--drafts", copts.drafts, "Include pages marked draft: true");
  check->add_flag("--external", copts.external, "Also check outside (http, https) links over the network");
  check->add_option("--timeout", copts.timeout_ms, "Milliseconds to wait for each outside site")->capture_default_str()->check(CLI::Range(100, 120000));

  tk::scaffold::NewOptions nopts;
  std::string kinds;
  for (const auto& k : tk::scaffold::kinds()) kinds += (kinds.empty() ? "" : ", ") + k;
  CLI::App* nw = app.add_subcommand("new", "Start a new page from the kind's template, as a draft (never overwrites)");
  nw->add_option("kind", nopts.kind, "One of: " + kinds)->required();
  nw->add_option("title", nopts.title, "The page's title (gives the file name)")->required();
  nw->add_option("--content", nopts.content_dir, "Content folder")->capture_default_str();
  nw->add_option("--theme", nopts.theme_dir, "Theme whose archetypes/<kind>.md is the starter (default: themes/default here, else the installed default theme)");

  tk::scaffold::InitOptions iopts;
  CLI::App* in = app.add_subcommand("init", "Start a new toolkit in a new or empty folder (never writes into one that holds files)");
  in->add_option("folder", iopts.dir, "The folder to create, e.g. mykit")->required();
  in->add_flag("--example", iopts.example, "Start from the shipped Student Teaching Partnership Toolkit instead of a small starter");

  // --theme not given: themes/default in the working folder, else the installed theme.
  const std::string default_theme = tk::install::default_theme_dir();
  opts.theme_dir = sopts.live.theme_dir = copts.theme_dir = default_theme;

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }

  tk::default_jobs = *serve ? sopts.live.jobs : opts.jobs;  // -j: for every parallel step
  if (*build) return run_build(opts, quiet);
  if (*serve) return tk::serve::run(sopts, std::cout, std::cerr);
  if (*check) return run_check(copts);
  if (*nw) return run_new(nopts);
  if (*in) return run_init(iopts);
  return 2;
}
