// The search writer: the site's search index files under "search/", built from the model.
#pragma once
#include <string>

#include "model/site.h"
#include "render/output.h"

namespace tk::search {

/// The folder the index is written to ("search/"); the search page (search/index.html) reads it.
inline constexpr const char* kIndexFolder = "search/";

/// Writes the search index files for every page and template under "search/" into out. Each file the
/// encoder makes (meta.json, vocabulary blocks, posting lists, filters and page texts; see
/// index_format.h) is written as a classic script, search/<name>.js, that hands its bytes to
/// search.js: `tkSearch("<name>.bin", "<base64>");`. Scripts load where fetch() cannot, so search
/// works over http(s) and from disk (file://: a USB stick, a shared drive) alike. Pure function of
/// the model (no I/O besides out.put). Uses libstemmer (English) at build time.
void write_index(const model::Site& site, render::Output& out, int jobs = 0);

/// "search/v/0.bin" -> "search/v/0.js" (meta.json -> meta.js).
std::string script_path(const std::string& path);
/// The script that carries one index file: tkSearch("<path without search/>", "<base64 of bytes>");
std::string script_file(const std::string& path, const std::string& bytes);

}  // namespace tk::search
