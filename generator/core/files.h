// Whole-file reads (the one place the build reads a file into memory).
#pragma once
#include <string>

namespace tk {

/// Reads the whole file at path into out. Returns false when it cannot be opened or read.
bool read_whole_file(const std::string& path, std::string& out);

/// True when path, with every link resolved, lies inside the folder canon_root (already canonical).
bool inside_folder(const std::string& path, const std::string& canon_root);

}  // namespace tk
