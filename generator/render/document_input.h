// Everything one template document (a tool's or job's PDF or .docx) may read. The writers take only
// this, so what a document is made from is what this struct holds: pipeline::document_input builds it,
// and `serve` keys its cache with a hash of it (pipeline::document_key).
#pragma once
#include <cstdint>
#include <string>

#include "model/site.h"

namespace tk::render {

struct DocumentInput {
  const model::Page* page = nullptr;  ///< the template: front matter, body, fields
  std::string format;                 ///< "pdf" or "docx"
  /// The site settings a document prints (kicker, author, footer, links made absolute, language).
  struct Settings {
    std::string title, publisher, base_url, language;
  } site;
  /// .docx: word/styles.xml (the theme's reference.docx, or the built-in styles); empty for a PDF.
  std::string styles;
};

/// The one place a document's input is made: the page, the settings above from site.yaml, and styles
/// (for a .docx; see docx::document_styles).
DocumentInput document_input(const model::Site& site, const model::Page& page, const std::string& format,
                             std::string styles = "");

/// A hash of everything in `in` (the page through model::Hasher; source lines left out): equal keys, equal documents.
std::uint64_t document_key(const DocumentInput& in);

}  // namespace tk::render
