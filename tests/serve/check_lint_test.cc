// check's lint rules: summary, title length, empty sections, unused assets; and the outside-link list.
#include <catch2/catch.hpp>

#include "check/external_links.h"
#include "check/lint.h"
#include "support/test_support.h"

using tk::test::all_messages;

TEST_CASE("lint warns about missing summaries, long titles, empty sections and unused assets", "[check]") {
  tk::test::TempDir dir;
  auto files = tk::test::minimal_site();
  files["pages/about.md"] =
      "---\ntitle: A title that goes on and on well past the seventy characters a tab can show\n---\n"
      "## Empty\n\n## Next\n\nText.\n\n### Sub\n\nMore.\n\n## Last\n";
  files["pages/fine.md"] = "---\ntitle: Fine\nsummary: All good.\n---\n## One\n\nText [map](/assets/img/used.svg).\n\n### Two\n\nText.\n";
  files["assets/img/used.svg"] = "<svg/>";
  files["assets/files/orphan.pdf"] = "%PDF";
  tk::Diagnostics diags;
  tk::model::Site site = tk::test::load_files(dir, files, diags);
  REQUIRE_FALSE(diags.has_errors());
  tk::Diagnostics lint;
  tk::check::lint(site, "content", lint);
  std::string m = all_messages(lint);
  CHECK(lint.error_count() == 0);
  CHECK(m.find("content/pages/about.md:2: warning: no 'summary'") != std::string::npos);
  CHECK(m.find("content/pages/about.md:2: warning: the title is 75 characters long") != std::string::npos);
  CHECK(m.find("content/pages/about.md:4:1: warning: empty section 'Empty'") != std::string::npos);
  CHECK(m.find("content/pages/about.md:14:1: warning: empty section 'Last'") != std::string::npos);
  CHECK(m.find("'Next'") == std::string::npos);  // followed by text
  CHECK(m.find("'Sub'") == std::string::npos);
  CHECK(m.find("content/assets/files/orphan.pdf: warning: no page links to this file") != std::string::npos);
  CHECK(m.find("used.svg") == std::string::npos);
  CHECK(m.find("fine.md") == std::string::npos);
  CHECK(m.find("index.md") == std::string::npos);  // the home page takes the site's description
}

TEST_CASE("titles are measured in characters, not bytes", "[check]") {
  CHECK(tk::check::char_count("Étude") == 5);
  CHECK(tk::check::char_count("District\u2013Program") == 16);
}

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
