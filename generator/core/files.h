// Whole-file reads (the one place the build reads a file into memory).
#pragma once
#include <string>

namespace tk {

/// Reads the whole file at path into out. Returns false when it cannot be opened or read.
bool read_whole_file(const std::string& path, std::string& out);

/// True when path, with every link resolved, lies inside the folder canon_root (already canonical).
bool inside_folder(const std::string& path, const std::string& canon_root);

/// A path below a folder as the editor names it: "content" + "tools/x.md" -> "content/tools/x.md";
/// the folder "" or "." gives rel itself, a folder ending in '/' gets no second one, an empty rel the folder.
std::string join_path(const std::string& dir, const std::string& rel);

}  // namespace tk
