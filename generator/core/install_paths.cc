#include "core/install_paths.h"

#include <filesystem>
#include <system_error>

namespace tk::install {
namespace fs = std::filesystem;

namespace {

bool is_dir(const fs::path& p) {
  std::error_code ec;
  return fs::is_directory(p, ec);
}

// The running program's own file, from /proc/self/exe (Linux), or "" when it cannot be read.
fs::path program_path() {
  std::error_code ec;
  fs::path p = fs::read_symlink("/proc/self/exe", ec);
  return ec ? fs::path() : p;
}

}  // namespace

std::string data_dir() {
  fs::path exe = program_path();
  if (!exe.empty()) {
    fs::path installed = exe.parent_path().parent_path() / "share" / "toolkitgen";
    if (is_dir(installed / "themes" / "default")) return installed.string();
  }
#ifdef TOOLKITGEN_SOURCE_DIR
  // Not installed: a program built in this repository uses the repository's own theme and content,
  // but only when it runs from the repository's build folder (never an installed copy's fallback).
  fs::path src = TOOLKITGEN_SOURCE_DIR;
  if (!exe.empty() && is_dir(src / "themes" / "default")) {
    std::error_code ec;
    fs::path build = fs::canonical(exe.parent_path(), ec);
    fs::path root = fs::canonical(src, ec);
    if (!ec && build.string().rfind(root.string() + "/", 0) == 0) return root.string();
  }
#endif
  return "";
}

std::string default_theme_dir() {
  if (is_dir("themes/default")) return "themes/default";
  std::string d = data_dir();
  return d.empty() ? "themes/default" : d + "/themes/default";
}

std::string example_content_dir() {
  std::string d = data_dir();
  if (d.empty()) return "";
  // Installed: <data>/example/content; in the source tree: <repo>/content.
  for (const char* sub : {"/example/content", "/content"})
    if (is_dir(d + sub) && fs::exists(d + sub + "/site.yaml")) return d + sub;
  return "";
}

}  // namespace tk::install
