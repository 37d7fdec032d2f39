// The content folder as a list of files, walked without ever crashing or blocking: links, loops,
// special files and unreadable folders become diagnostics; names and bytes are checked for what
// later writers (XML, PDF) cannot carry.
#pragma once
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/diagnostics.h"

namespace tk::load {

struct TreeFile {
  std::string rel;      ///< '/'-separated, relative to the content folder, raw bytes of the names
  std::string display;  ///< the path for messages: content_dir/rel, bytes that are not UTF-8 shown as \xNN
};

struct ContentTree {
  std::vector<TreeFile> files;  ///< regular files (also through links inside the tree), sorted by rel
  /// Links that point inside the tree: the link's display path and the display path of what it points to.
  std::vector<std::pair<std::string, std::string>> links;
};

/// Walks content_dir. Never follows a link out of the tree, never opens a file; reports links that
/// point outside, lead nowhere or loop, named pipes, sockets and devices, folders named like pages and
/// folders it cannot read, each at its path.
ContentTree walk_content(const std::string& content_dir, Diagnostics& diags);

/// Reads a regular file without blocking on a named pipe; on failure *why says why ("Permission denied").
bool read_content_file(const std::string& path, std::string& out, std::string& why);

/// A name or path as it can be printed: bytes that are not UTF-8 and control characters as \xNN.
std::string printable_name(std::string_view raw);

/// Why a path's names cannot be published ("" when they can): bytes that are not UTF-8, control
/// characters, or '#', '?' and '\' (a link cannot name such a file).
std::string unpublishable_name(std::string_view rel);

/// Reports each character documents cannot carry (core/doc_chars.h) in a file's bytes at its line:col (a lone CR or CRLF ends a line;
/// columns count bytes). Skips what check_bytes reports (NUL, bytes that are not UTF-8). Returns
/// the number reported (at most a few per file).
std::size_t check_document_chars(std::string_view bytes, const std::string& path, Diagnostics& diags);

}  // namespace tk::load
