// check --external: the outside-link list, each link where the editor wrote it.
#include <catch2/catch.hpp>

#include "check/external_links.h"
#include "support/test_support.h"

TEST_CASE("outside links are collected where editors wrote them", "[check]") {
  tk::test::TempDir dir;
  auto files = tk::test::minimal_site();
  files["pages/links.md"] = "---\ntitle: Links\nsummary: s\n---\nSee [NCTQ](https://www.nctq.org/) and [home](/).\n\n"
                            "Mail [us](mailto:a@example.org).\n";
  files["tools/ext.md"] = "---\ntitle: Ext\nsummary: s\nlink: http://example.org/tool\n---\n";
  tk::Diagnostics diags;
  tk::model::Site site = tk::test::load_files(dir, files, diags);
  REQUIRE_FALSE(diags.has_errors());
  auto links = tk::check::external_links(site, "content");
  REQUIRE(links.size() == 2);
  bool saw_body = false, saw_link = false;
  for (const auto& l : links) {
    if (l.url == "https://www.nctq.org/") saw_body = l.file == "content/pages/links.md" && l.line == 5;
    if (l.url == "http://example.org/tool") saw_link = l.file == "content/tools/ext.md" && l.line == 4;
  }
  CHECK(saw_body);
  CHECK(saw_link);
}
