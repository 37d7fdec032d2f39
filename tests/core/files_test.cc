// Whole-file reads, and whether a path (links resolved) lies inside a folder.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "core/files.h"
#include "support/test_support.h"

namespace fs = std::filesystem;

TEST_CASE("read_whole_file returns every byte, NULs and CRs included, and false for a file it cannot open", "[core][files]") {
  tk::test::TempDir dir;
  std::string bytes("a\0b\r\n\xff", 6);
  dir.write("f.bin", bytes);
  dir.write("empty", "");
  std::string out = "left over";
  REQUIRE(tk::read_whole_file(dir.path() + "/f.bin", out));
  CHECK(out == bytes);
  REQUIRE(tk::read_whole_file(dir.path() + "/empty", out));
  CHECK(out.empty());
  out = "kept";
  CHECK_FALSE(tk::read_whole_file(dir.path() + "/missing", out));
  CHECK(out == "kept");  // a failed read leaves the string as it was
}

TEST_CASE("inside_folder resolves links and .., and a sibling with the same prefix is outside", "[core][files]") {
  tk::test::TempDir dir;
  dir.write("root/a/page.md", "x");
  dir.write("root-two/b.md", "x");
  dir.write("outside.md", "x");
  std::string root = fs::canonical(dir.path() + "/root").generic_string();
  CHECK(tk::inside_folder(dir.path() + "/root/a/page.md", root));
  CHECK(tk::inside_folder(dir.path() + "/root/a/not-yet-there.md", root));  // need not exist
  CHECK_FALSE(tk::inside_folder(dir.path() + "/root/../outside.md", root));
  CHECK_FALSE(tk::inside_folder(dir.path() + "/root-two/b.md", root));
  CHECK_FALSE(tk::inside_folder(root, root));  // the folder itself is not inside it
  fs::create_symlink(dir.path() + "/outside.md", dir.path() + "/root/a/link.md");
  fs::create_directory_symlink(dir.path() + "/root/a", dir.path() + "/alias");
  CHECK_FALSE(tk::inside_folder(dir.path() + "/root/a/link.md", root));  // a link out of the folder
  CHECK(tk::inside_folder(dir.path() + "/alias/page.md", root));        // a link into it
}

TEST_CASE("join_path", "[core]") {
  CHECK(tk::join_path("content", "tools/x.md") == "content/tools/x.md");
  CHECK(tk::join_path("content/", "tools/x.md") == "content/tools/x.md");
  CHECK(tk::join_path(".", "site.yaml") == "site.yaml");
  CHECK(tk::join_path("", "site.yaml") == "site.yaml");
  CHECK(tk::join_path("/abs/content", "") == "/abs/content");
}
