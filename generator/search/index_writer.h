// The search writer: the site's search index files under "search/", built from the model.
#pragma once
#include "model/site.h"
#include "render/output.h"

namespace tk::search {

/// Writes the search index files for every page and template under "search/" (meta.json, vocabulary
/// blocks, posting lists, filters and page texts; see index_format.h) into out. Pure function of the
/// model (no I/O besides out.put). Uses libstemmer (English) at build time.
void write_index(const model::Site& site, render::Output& out);

}  // namespace tk::search
