// Whole-file reads.
#include "core/files.h"

#include <filesystem>
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

bool inside_folder(const std::string& path, const std::string& canon_root) {
  std::error_code ec;
  std::string t = std::filesystem::weakly_canonical(path, ec).generic_string();
  std::string r = std::filesystem::path(canon_root).generic_string() + "/";
  return !ec && t.compare(0, r.size(), r) == 0;
}

std::string join_path(const std::string& dir, const std::string& rel) {
  if (dir.empty() || dir == ".") return rel;
  if (rel.empty()) return dir;
  return dir.back() == '/' ? dir + rel : dir + "/" + rel;
}

}  // namespace tk
