// Deterministic gzip (RFC 1952) for the search index files, by zlib.
#pragma once
#include <string>
#include <string_view>

namespace tk::search {

/// Compresses data as one gzip member (zlib's deflate). The header has no name, mtime 0 and OS
/// "unknown": the same input always gives the same bytes (with the same zlib). Browsers read it with
/// DecompressionStream("gzip").
std::string gzip(std::string_view data);

}  // namespace tk::search
