// core/files: the one folder-plus-path join.
#include <catch2/catch.hpp>

#include "core/files.h"

TEST_CASE("join_path", "[core]") {
  CHECK(tk::join_path("content", "tools/x.md") == "content/tools/x.md");
  CHECK(tk::join_path("content/", "tools/x.md") == "content/tools/x.md");
  CHECK(tk::join_path(".", "site.yaml") == "site.yaml");
  CHECK(tk::join_path("", "site.yaml") == "site.yaml");
  CHECK(tk::join_path("/abs/content", "") == "/abs/content");
}
