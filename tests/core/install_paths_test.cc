// Where the program finds its theme and the example toolkit: a build in this repository uses the repository's,
// a themes/default in the working folder wins over both.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <string>

#include "core/install_paths.h"
#include "support/test_support.h"

namespace fs = std::filesystem;

namespace {

// Runs fn with the working folder set to dir, and restores it.
template <typename Fn>
void in_folder(const std::string& dir, Fn fn) {
  fs::path before = fs::current_path();
  fs::current_path(dir);
  try {
    fn();
  } catch (...) {
    fs::current_path(before);
    throw;
  }
  fs::current_path(before);
}

bool built_in_source_tree() {
  fs::path exe = fs::read_symlink("/proc/self/exe");
  std::string root = fs::canonical(TK_SOURCE_DIR).string() + "/";
  return fs::canonical(exe.parent_path()).string().rfind(root, 0) == 0;
}

}  // namespace

TEST_CASE("a program built in this repository finds the repository's theme and content", "[core][install]") {
  std::string root = fs::canonical(TK_SOURCE_DIR).string();
  if (!built_in_source_tree()) {
    CHECK(tk::install::data_dir().empty());  // a build folder outside the tree never falls back to it
    return;
  }
  CHECK(tk::install::data_dir() == root);
  CHECK(tk::install::example_content_dir() == root + "/content");
  tk::test::TempDir elsewhere;
  in_folder(elsewhere.path(), [&] { CHECK(tk::install::default_theme_dir() == root + "/themes/default"); });
}

TEST_CASE("a themes/default in the working folder is the default theme", "[core][install]") {
  tk::test::TempDir kit;
  fs::create_directories(kit.path() + "/themes/default");
  in_folder(kit.path(), [&] { CHECK(tk::install::default_theme_dir() == "themes/default"); });
}
