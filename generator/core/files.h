// Whole-file reads (the one place the build reads a file into memory).
#pragma once
#include <string>

namespace tk {

/// Reads the whole file at path into out. Returns false when it cannot be opened or read.
bool read_whole_file(const std::string& path, std::string& out);

}  // namespace tk
