// Fingerprints of a document's inputs, so `serve` rewrites a PDF or .docx only when they change.
#pragma once
#include <cstdint>
#include <string>

#include "model/fingerprint.h"
#include "model/site.h"

namespace tk::serve {

/// A 64-bit hash of everything a template's PDF and .docx are made from: the page as loaded and
/// validated (body tree, fields, front matter), the site settings, and the titles and addresses of
/// the stages and focus areas it names. Source line numbers are left out (moving text down a line
/// elsewhere in the file does not change the document). extra is mixed in (e.g. the theme's reference.docx).
std::uint64_t document_fingerprint(const model::Site& site, const model::Page& page, const std::string& extra = "");

using model::fnv1a;

}  // namespace tk::serve
