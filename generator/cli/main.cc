// toolkitgen: the command line. Parses arguments, calls the library, prints diagnostics and a summary.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <iostream>

#include "build.h"

namespace {

int print_diagnostics(const tk::Diagnostics& diags) {
  for (const auto& d : diags.sorted()) std::cerr << d.format() << "\n";
  return static_cast<int>(diags.error_count());
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"toolkitgen: builds the Student Teaching Partnership Toolkit's website, fill-in PDF and Word templates"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "toolkitgen 0.1.0");

  tk::BuildOptions opts;
  CLI::App* build = app.add_subcommand("build", "Build the site into the output folder (replaced only on success)");
  build->add_option("--content", opts.content_dir, "Content folder")->capture_default_str();
  build->add_option("--theme", opts.theme_dir, "Theme folder")->capture_default_str();
  build->add_option("--out", opts.out_dir, "Output folder")->capture_default_str();
  build->add_flag("--drafts", opts.drafts, "Include pages marked draft: true");
  build->add_option("-j,--jobs", opts.jobs, "Worker threads (default: all cores)");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }

  if (*build) {
    tk::Diagnostics diags;
    tk::BuildResult r = tk::build(opts, diags);
    int errors = print_diagnostics(diags);
    if (r.exit_code == 1 || errors > 0) {
      std::cerr << "toolkitgen: " << errors << (errors == 1 ? " error" : " errors")
                << "; nothing was written, " << opts.out_dir << "/ is unchanged\n";
      return 1;
    }
    if (r.exit_code != 0) {
      std::cerr << "toolkitgen: error: " << r.io_error << "\n";
      return 2;
    }
    std::printf("Built %zu pages and %zu documents in %.2f s into %s/ (%zu warnings)\n", r.pages, r.documents,
                r.seconds, opts.out_dir.c_str(), diags.warning_count());
    return 0;
  }
  return 2;
}
