// Everything one page's document (a template's PDF or .docx, or a page's own PDF) may read. The writers
// take only this, so what a document is made from is what this struct holds: document_input builds it,
// and `serve` keys its cache with a hash of it (document_key).
#pragma once
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "model/fingerprint.h"
#include "model/outline.h"
#include "model/site.h"

namespace tk::render {

/// Every page's front matter (model::without_body: bodies, fields and FAQ left out), for the documents
/// that list other pages, made once per run, with its hash.
struct Listing {
  std::shared_ptr<const model::Site> site;
  std::uint64_t key = 0;
};
Listing listing(const model::Site& site, const model::PageKeys* keys = nullptr);

struct DocumentInput {
  const model::Page* page = nullptr;  ///< the page: front matter, body, fields
  std::string format;                 ///< "pdf" or "docx"
  /// The site settings a document prints (kicker, author, footer, links made absolute, language), and
  /// its date when no page gives one (model::SiteConfig::build_time).
  struct Settings {
    std::string title, publisher, base_url, language;
    std::int64_t build_time = 0;
  } site;
  /// .docx: word/styles.xml (the theme's reference.docx styles with the language set: docx::styles_for_language); empty for a PDF.
  std::string styles;
  /// A PDF of a page that lists other pages (home, stage, focus area, spotlight): every page's front
  /// matter; empty otherwise. The PDF writer looks other pages up here only.
  Listing listing;
  /// The newest `updated` of the site: the date of a PDF whose page has none (empty when it has one).
  std::string newest;
  /// The pictures a PDF shows (see pictures()): site path -> bytes (null: could not be read).
  std::map<std::string, std::shared_ptr<const std::string>> files;
};

/// The site paths ("/assets/a.png") of the pictures a page's PDF shows: its `image` and body images.
std::vector<std::string> pictures(const model::Page& page);

using ReadFile = std::function<std::shared_ptr<const std::string>(const std::string& disk_path)>;

/// Reads the pictures a page's PDF shows into files (site path -> bytes; null: could not be read), with
/// read, or from site.content_dir when read is empty. A path with ".." is never read.
void read_pictures(const model::Site& site, const model::Page& page, const ReadFile& read,
                   std::map<std::string, std::shared_ptr<const std::string>>& files);

/// The one place a document's input is made: the page, the settings above from site.yaml, styles (for
/// a .docx; see docx::styles_for_language), the listing (made here when not given and needed) and the
/// pictures (read with `read`, by default from site.content_dir).
DocumentInput document_input(const model::Site& site, const model::Page& page, const std::string& format,
                             std::string styles = "", const Listing* listing = nullptr, const ReadFile& read = {});

/// Everything the whole-toolkit bundles (PDF, .docx, .zip) read. pipeline's bundle units make one per run.
struct BundleInput {
  /// The site as the bundles see it: site.yaml's settings they print, every stage and template whole,
  /// every other page's front matter (pipeline's copy); tests pass the whole site.
  std::shared_ptr<const model::Site> site;
  /// The outline of *site: sections, entries, names, the date (pipeline: the run's one outline moved
  /// onto its copy, model::Outline::over).
  model::Outline outline;
  /// The pictures the bundles print: site path -> bytes (null: could not be read); nullptr: read them
  /// from site->content_dir.
  const std::map<std::string, std::shared_ptr<const std::string>>* files = nullptr;
  std::string styles;  ///< the .docx: word/styles.xml (docx::styles_for_language); empty otherwise
  /// The .zip: the bytes of a template download, by output path ("tools/x/x.pdf"). Throws when absent.
  std::function<std::string(const std::string& path)> document;
};

/// A BundleInput over a site the caller keeps alive (not copied): its outline (model::outline, worked out
/// here: for tests and the single-bundle writers, not the pipeline), pictures from the content folder.
BundleInput bundle_input(const model::Site& site, std::string styles = "");

/// A hash of everything in `in` (the page through model::Hasher; source lines left out): equal keys, equal documents.
std::uint64_t document_key(const DocumentInput& in, const model::PageKeys* keys = nullptr);

}  // namespace tk::render
