// toolkitgen: the command line. Parses arguments, calls the library, prints diagnostics, progress and summaries.
#include <CLI/CLI.hpp>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <iostream>

#include "build.h"
#include "check/check.h"
#include "core/install_paths.h"
#include "core/output_dir.h"
#include "core/text.h"
#include "render/pdf/fonts.h"
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

// What the program takes from its environment, read here once and passed down in the options structs
// (nothing below main reads one). The font folder goes to the PDF fonts themselves: they are parsed
// once per process, for every build and rebuild.
struct Settings {
  std::int64_t build_time = 0;  // SOURCE_DATE_EPOCH: the documents' date where no page gives one (else 0)
  std::string home_dir;         // HOME: a folder --out never replaces
  int jobs = 0;                 // -j: threads of every parallel step (0: all cores)
  std::string font_dir;         // TOOLKITGEN_FONT_DIR: the DejaVu fonts' folder ("": Debian's)
  std::string pause_point;      // TOOLKITGEN_TEST_PAUSE: the test hook's point (core/output_dir.h test_pause)
  long pause_ms = 30000;        // TOOLKITGEN_TEST_PAUSE_MS: how long it pauses
  bool serve_trace = false;     // TOOLKITGEN_SERVE_TRACE set: serve prints each step's time (serve/events.h)
};

Settings read_environment() {
  Settings s;
  s.build_time = tk::text::source_date_epoch(std::getenv("SOURCE_DATE_EPOCH"));
  if (const char* h = std::getenv("HOME")) s.home_dir = h;
  if (const char* f = std::getenv("TOOLKITGEN_FONT_DIR")) s.font_dir = f;
  if (const char* p = std::getenv("TOOLKITGEN_TEST_PAUSE")) s.pause_point = p;
  if (const char* ms = std::getenv("TOOLKITGEN_TEST_PAUSE_MS")) s.pause_ms = std::atol(ms);
  s.serve_trace = std::getenv("TOOLKITGEN_SERVE_TRACE") != nullptr;
  return s;
}

// The settings into the commands' options (the pause hook's into core/output_dir, once).
void pass_down(const Settings& s, tk::BuildOptions& build, tk::serve::ServeOptions& serve) {
  build.build_time = serve.live.build_time = s.build_time;
  build.home_dir = s.home_dir;
  build.jobs = serve.live.jobs = s.jobs;
  tk::pdf::set_font_dir(s.font_dir);  // before the first document of the process (render/pdf/fonts.h)
  tk::outdir::set_test_pause(s.pause_point, s.pause_ms);
  serve.trace = s.serve_trace;
}

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
constexpr const char* kJobsHelp = "Worker threads for each parallel step (default: all cores)";

// Every command's options, filled in by the parser, and the subcommand that was named.
struct Commands {
  Settings settings = read_environment();
  tk::BuildOptions build;
  bool quiet = false;
  tk::serve::ServeOptions serve;
  tk::check::CheckOptions check;
  tk::scaffold::NewOptions new_page;
  tk::scaffold::InitOptions init;
  CLI::App *build_cmd = nullptr, *serve_cmd = nullptr, *check_cmd = nullptr, *new_cmd = nullptr, *init_cmd = nullptr;
};

void add_build(CLI::App& app, Commands& c) {
  tk::BuildOptions& o = c.build;
  CLI::App* cmd = c.build_cmd = app.add_subcommand(
      "build", "Build the site into the output folder (replaced only on success; exit 0 ok, 1 content errors, 2 usage or I/O errors)");
  cmd->add_option("--content", o.content_dir, "Content folder")->capture_default_str();
  cmd->add_option("--theme", o.theme_dir, kThemeHelp);
  cmd->add_option("--out", o.out_dir,
                  "Output folder: replaced as a whole, only when it is new, empty or an earlier output")->capture_default_str();
  cmd->add_flag("--force", o.force,
                "Replace --out even when it is a folder toolkitgen did not write, or a file "
                "(never the content, theme, working or home folder, or one that holds them)");
  cmd->add_flag("--drafts", o.drafts, "Include pages marked draft: true");
  cmd->add_option("-j,--jobs", c.settings.jobs, kJobsHelp);
  cmd->add_flag("-q,--quiet", c.quiet, "Print nothing but errors and warnings (no progress, no summary)");
}

void add_serve(CLI::App& app, Commands& c) {
  tk::serve::ServeOptions& o = c.serve;
  CLI::App* cmd = c.serve_cmd =
      app.add_subcommand("serve", "Preview the site at http://127.0.0.1:PORT/, rebuilt and reloaded as files change");
  cmd->add_option("--content", o.live.content_dir, "Content folder")->capture_default_str();
  cmd->add_option("--theme", o.live.theme_dir, kThemeHelp);
  cmd->add_option("--port", o.port, "Port on 127.0.0.1 (0: any free port)")->capture_default_str()->check(CLI::Range(0, 65535));
  cmd->add_flag("--drafts", o.live.drafts, "Include pages marked draft: true");
  cmd->add_option("-j,--jobs", c.settings.jobs, kJobsHelp);
}

void add_check(CLI::App& app, Commands& c) {
  tk::check::CheckOptions& o = c.check;
  CLI::App* cmd = c.check_cmd =
      app.add_subcommand("check", "Check the content without writing anything: errors, then warnings (exit 1 on errors)");
  cmd->add_option("--content", o.content_dir, "Content folder")->capture_default_str();
  cmd->add_option("--theme", o.theme_dir, kThemeHelp);
  cmd->add_flag("--drafts", o.drafts, "Include pages marked draft: true");
  cmd->add_flag("--external", o.external, "Also check outside (http, https) links over the network");
  cmd->add_option("--timeout", o.timeout_ms, "Milliseconds to wait for each outside site")->capture_default_str()->check(CLI::Range(100, 120000));
}

void add_new(CLI::App& app, Commands& c) {
  std::string kinds;
  for (const auto& k : tk::scaffold::kinds()) kinds += (kinds.empty() ? "" : ", ") + k;
  CLI::App* cmd = c.new_cmd = app.add_subcommand("new", "Start a new page from the kind's template, as a draft (never overwrites)");
  cmd->add_option("kind", c.new_page.kind, "One of: " + kinds)->required();
  cmd->add_option("title", c.new_page.title, "The page's title (gives the file name)")->required();
  cmd->add_option("--content", c.new_page.content_dir, "Content folder")->capture_default_str();
  cmd->add_option("--theme", c.new_page.theme_dir,
                  "Theme whose archetypes/<kind>.md is the starter (default: themes/default here, else the installed default theme)");
}

void add_init(CLI::App& app, Commands& c) {
  CLI::App* cmd = c.init_cmd =
      app.add_subcommand("init", "Start a new toolkit in a new or empty folder (never writes into one that holds files)");
  cmd->add_option("folder", c.init.dir, "The folder to create, e.g. mykit")->required();
  cmd->add_flag("--example", c.init.example, "Start from the shipped Student Teaching Partnership Toolkit instead of a small starter");
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"toolkitgen: builds the Student Teaching Partnership Toolkit's website, fill-in PDF and Word templates"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "toolkitgen 0.1.0");
  Commands c;
  add_build(app, c);
  add_serve(app, c);
  add_check(app, c);
  add_new(app, c);
  add_init(app, c);
  // --theme not given: themes/default in the working folder, else the installed theme.
  c.build.theme_dir = c.serve.live.theme_dir = c.check.theme_dir = tk::install::default_theme_dir();
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  pass_down(c.settings, c.build, c.serve);
  if (*c.build_cmd) return run_build(c.build, c.quiet);
  if (*c.serve_cmd) return tk::serve::run(c.serve, std::cout, std::cerr);
  if (*c.check_cmd) return run_check(c.check);
  if (*c.new_cmd) return run_new(c.new_page);
  if (*c.init_cmd) return run_init(c.init);
  return 2;
}
