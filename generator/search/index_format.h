// The search index on disk: a small manifest, vocabulary blocks, posting lists, filters, page texts.
#pragma once
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>

#include "search/index_builder.h"

namespace tk::search {

/// Sizes that shape the files (bytes before gzip).
struct Layout {
  std::size_t block_bytes = 6000;     ///< vocabulary block target size
  std::size_t inline_postings = 40;   ///< posting lists up to this size stay in their block
  std::size_t fragment_chars = 24000; ///< page text kept for excerpts
};

/// Receives the encoded files: path relative to the site root, bytes. Called from several threads at once.
using FileSink = std::function<void(const std::string& path, const std::string& bytes)>;

/// Encodes the index as files, each handed to the sink as soon as it is made:
///   search/meta.json          version, build id, document count, kinds, block keys, filter values
///   search/v/<n>.bin          vocabulary block n: stems whose first two characters fall in its range,
///                             with their word variants, document frequency and short posting lists
///   search/p/<term>.bin       longer posting lists, by global term number
///   search/f/stage-<slug>.bin, search/f/focus-<slug>.bin   documents of a filter value
///   search/d/<doc>.bin        a page's title, link, kind, summary and text by section (JSON:
///                             {t, u, k, s, x: [[heading id, heading, text(, 1 = heading is a label)]...]})
/// .bin files are gzip (magic 1f 8b) where that is smaller, otherwise raw (never raw bytes that begin
/// with the magic). Binary layouts are documented in index_format.cc and read by search.js.
/// The build id hashes every other file, so meta.json comes last.
class IndexEncoder {
 public:
  /// jobs: threads finish encodes on (0 = one per hardware thread).
  IndexEncoder(const Layout& layout, FileSink sink, int jobs = 0) : layout_(layout), sink_(std::move(sink)), jobs_(jobs) {}
  /// Encodes search/d/<n>.bin, the page text of document n. Thread-safe; documents in any order.
  void put_doc(std::uint32_t n, const Doc& d);
  /// Encodes the vocabulary blocks, posting lists and filters of ix, then meta.json. Call once,
  /// after put_doc for every document.
  void finish(const Index& ix);

 private:
  void put(const std::string& path, const std::string& raw);
  Layout layout_;
  FileSink sink_;
  int jobs_ = 0;
  std::atomic<std::uint64_t> build_{0};  // sum of the files' hashes: the same in any order
};

/// Every file of the index at once (path -> bytes): an IndexEncoder over ix, documents included.
std::map<std::string, std::string> encode_index(const Index& ix, const Layout& layout = {}, int jobs = 0);

/// Appends s to out as a JSON string: quoted; quotes, backslashes and control characters escaped,
/// everything else as is. The same bytes as nlohmann::json::dump (which replaces invalid UTF-8 by U+FFFD).
void put_json_string(std::string& out, std::string_view s);

/// Appends v as a LEB128 varint (7 bits a byte, low first).
void put_varint(std::string& out, std::uint64_t v);

/// The block key of a stem: its first two characters (UTF-8).
std::string block_key(const std::string& stem);

}  // namespace tk::search
