// A small, deterministic gzip (RFC 1952/1951) encoder for the search index files.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace tk::search {

/// CRC-32 (IEEE, as in gzip and zip) of data.
std::uint32_t crc32(std::string_view data);

/// Compresses data as a gzip member: LZ77 with lazy matching and dynamic Huffman blocks
/// (fixed or stored blocks where they are smaller). Header mtime 0, no name: the same input
/// always gives the same bytes. Browsers read it with DecompressionStream("gzip").
std::string gzip(std::string_view data);

}  // namespace tk::search
