// The library's front door: load -> model -> writers, into a staging folder swapped in on success.
#pragma once
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "core/diagnostics.h"
#include "model/site.h"
#include "render/document_input.h"
#include "render/formats.h"
#include "render/output.h"

namespace tk {

struct BuildOptions {
  std::string content_dir = "content";
  std::string theme_dir = "themes/default";
  std::string out_dir = "output";
  bool drafts = false;
  /// Replace --out even when it is a folder toolkitgen did not write, or a file (never the content or
  /// theme folder, a folder holding or inside either, the working or home folder or one holding it, `/`).
  bool force = false;
  /// SIGINT, SIGTERM and SIGHUP remove the staging folder before the process ends (the CLI sets it;
  /// library callers keep their own signal handling).
  bool handle_signals = false;
  std::int64_t build_time = 0;  ///< model::SiteConfig::build_time: the CLI gives SOURCE_DATE_EPOCH
  std::string home_dir;  ///< $HOME as the CLI read it: never replaced, nor a folder holding it (outdir::Places)
  int jobs = 0;  ///< threads of every parallel step (loading, validation, documents, pages, search); 0 = all cores
  /// Progress: (done, total, what) after each step; what is the file or phase just finished
  /// ("tools/x/x.pdf", "search index", "pages"). Calls never overlap (they may come from any thread).
  std::function<void(std::size_t, std::size_t, const std::string&)> progress;
  /// The CLI exits right after a build: it sets this so that the site model (millions of nodes) is
  /// left for the process exit to reclaim instead of being freed node by node (still reachable, so
  /// leak checkers do not report it). Library callers leave it false.
  bool exiting = false;
};

struct BuildResult {
  int exit_code = 0;      ///< 0 ok, 1 content errors, 2 usage or I/O errors
  std::size_t pages = 0;  ///< HTML pages written
  std::size_t documents = 0;  ///< PDF, DOCX and bundle files written
  std::size_t files = 0;  ///< every file written
  double seconds = 0;
  std::string io_error;   ///< set with exit_code 2
};

/// Builds the site. Diagnostics (content errors and warnings) go to diags. On any error the
/// previous out_dir is left exactly as it was. An out_dir that may not be replaced (see
/// outdir::check) is refused with exit code 2 (after content errors, exit 1) before anything is written.
BuildResult build(const BuildOptions& opts, Diagnostics& diags);

/// Pieces of the build that pipeline::units puts together (for build and serve alike).
namespace steps {

/// One document of one page: a template's "pdf" or "docx", or a page's own PDF ("pdf"), and its
/// output path ("tools/x/x.pdf", "stages/x/x.pdf").
struct DocumentTask {
  const model::Page* page = nullptr;
  /// The page when it is made from other pages (render/index_pages.h) rather than one of site.pages.
  std::shared_ptr<const model::Page> owned;
  std::string format;
  std::string path;
};

/// Every template download of the site, in stage order, then every other page's own PDF and those of
/// the spotlights list and the downloads page (render/index_pages.h), unless site.yaml turns page PDFs
/// off. THE place to add a kind of document made per page: a task here, its input in document_input,
/// its writer in the format's row (render/formats.h); pipeline::units makes one output unit of each
/// task (see README, "Adding an output").
/// outline: model::outline(site) (the downloads page's PDF lists it).
std::vector<DocumentTask> document_tasks(const model::Site& site, const model::Outline& outline);

/// Everything the task's document reads (its writer gets only this; serve's key is its hash).
/// styles: word/styles.xml for a .docx (docx::styles_for_language), empty otherwise.
/// listing: every page's front matter made once per run (render::listing), or null (made when needed);
/// read: how pictures are read (serve: through its cache), or empty (from the content folder).
render::DocumentInput document_input(const model::Site& site, const DocumentTask& task, std::string styles,
                                     const render::Listing* listing = nullptr, const render::ReadFile& read = {});

/// One whole-toolkit bundle: its format's row and its output path ("downloads/<stem>.zip").
struct BundleTask {
  const render::Format* format = nullptr;
  std::string path;
};

/// The whole-toolkit bundles: one per format with a bundle writer, in render::formats order
/// ("downloads/<stem>.pdf", ".docx", ".zip"); empty without templates.
std::vector<BundleTask> bundle_tasks(const model::Site& site);

/// Every regular file below `from` as (prefix + path relative to from, path on disk), sorted. Skips
/// dot files and dot folders, and links that lead outside `from`. Empty when the folder does not exist.
std::vector<std::pair<std::string, std::string>> list_files(const std::string& from, const std::string& prefix);

/// Reads a whole file. Throws std::runtime_error when it cannot be read.
std::string read_file(const std::string& path);

}  // namespace steps
}  // namespace tk
