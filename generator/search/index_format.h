// The search index on disk: a small manifest, vocabulary blocks, posting lists, filters, page texts.
#pragma once
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>

#include "search/index_builder.h"

namespace tk::search {

/// Sizes that shape the files (bytes before gzip).
struct Layout {
  std::size_t block_bytes = 6000;     ///< vocabulary block target size
  std::size_t inline_postings = 40;   ///< posting lists up to this size stay in their block
  std::size_t fragment_chars = 24000; ///< page text kept for excerpts
};

/// Encodes the index as files (path relative to the site root -> bytes):
///   search/meta.json          version, build id, document count, kinds, block keys, filter values
///   search/v/<n>.bin          vocabulary block n: stems whose first two characters fall in its range,
///                             with their word variants, document frequency and short posting lists
///   search/p/<term>.bin       longer posting lists, by global term number
///   search/f/stage-<slug>.bin, search/f/focus-<slug>.bin   documents of a filter value
///   search/d/<doc>.bin        a page's title, link, kind, summary and text by section (JSON:
///                             {t, u, k, s, x: [[heading id, heading, text(, 1 = heading is a label)]...]})
/// .bin files are gzip (magic 1f 8b) where that is smaller, otherwise raw.
/// Binary layouts are documented in index_format.cc and read by search.js.
std::map<std::string, std::string> encode_index(const Index& ix, const Layout& layout = {});

/// Appends v as a LEB128 varint (7 bits a byte, low first).
void put_varint(std::string& out, std::uint64_t v);

/// The block key of a stem: its first two characters (UTF-8).
std::string block_key(const std::string& stem);

}  // namespace tk::search
