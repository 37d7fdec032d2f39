// Whole-file reads.
#include "core/files.h"

#include <fstream>
#include <sstream>

namespace tk {

bool read_whole_file(const std::string& path, std::string& out) {
  std::ifstream f(path, std::ios::binary);
  if (!f) return false;
  std::ostringstream ss;
  ss << f.rdbuf();
  if (f.bad()) return false;
  out = ss.str();
  return true;
}

}  // namespace tk
