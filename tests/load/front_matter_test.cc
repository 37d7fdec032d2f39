// Front matter splitting, file checks and front matter schema errors, with exact positions.
#include <catch2/catch.hpp>

#include "load/front_matter.h"
#include "support/test_support.h"

using tk::Diagnostics;
using tk::test::all_messages;

TEST_CASE("front matter is split with the body's first line", "[load]") {
  Diagnostics d;
  tk::load::FrontMatter fm;
  REQUIRE(tk::load::split_front_matter("---\ntitle: A\nweight: 2\n---\nBody\n", "x.md", fm, d));
  CHECK(fm.yaml == "title: A\nweight: 2\n");
  CHECK(fm.yaml_line == 2);
  CHECK(fm.body_line == 5);
  CHECK(fm.body == "Body\n");
}

TEST_CASE("missing and unclosed front matter are errors that say what to do", "[load]") {
  Diagnostics d;
  tk::load::FrontMatter fm;
  CHECK_FALSE(tk::load::split_front_matter("title: A\n", "x.md", fm, d));
  CHECK_FALSE(tk::load::split_front_matter("---\ntitle: A\n", "y.md", fm, d));
  CHECK(all_messages(d) ==
        "x.md:1:1: error: missing front matter: the file must start with a '---' line, then 'title: ...', then '---'\n"
        "y.md:1:1: error: front matter is not closed: add a '---' line after the last key\n");
}

TEST_CASE("NUL bytes, invalid UTF-8 and files over 1 MiB are errors", "[load]") {
  Diagnostics d;
  CHECK_FALSE(tk::load::check_bytes(std::string("a\nb\0c", 5), "nul.md", d));
  CHECK_FALSE(tk::load::check_bytes("ok\n\xC3\x28", "utf.md", d));
  CHECK_FALSE(tk::load::check_bytes(std::string(1024 * 1024 + 1, 'a'), "big.md", d));
  CHECK(all_messages(d) ==
        "big.md: error: file is larger than 1 MiB (1048577 bytes); split it\n"
        "nul.md:2:2: error: file contains a NUL byte; is it a binary file?\n"
        "utf.md:2:1: error: invalid UTF-8; save the file as UTF-8\n");
}

TEST_CASE("front matter errors name file, line and column, with did-you-mean", "[load]") {
  tk::test::TempDir dir;
  auto files = tk::test::minimal_site();
  files["tools/a.md"] = "---\ntitle: A\nstags: [initiation]\nweight: heavy\ndraft: yes\nupdated: 2026-02-30\nformats: [pdf, doc]\n---\nText\n";
  Diagnostics d;
  tk::test::load_files(dir, files, d);
  CHECK(all_messages(d) ==
        "content/tools/a.md:3:1: error: unknown key 'stags' in the front matter of a tool (did you mean 'stages'?)\n"
        "content/tools/a.md:4:9: error: 'weight' must be a whole number from -1000000 to 1000000 (got 'heavy')\n"
        "content/tools/a.md:5:8: error: 'draft' must be true or false\n"
        "content/tools/a.md:6:10: error: 'updated' is 2026-02-30, which is not a real date\n"
        "content/tools/a.md:7:16: error: 'doc' is not allowed in 'formats'; use pdf, docx (did you mean 'docx'?)\n");
}

TEST_CASE("YAML syntax errors are reported at the file's line", "[load]") {
  tk::test::TempDir dir;
  auto files = tk::test::minimal_site();
  files["pages/p.md"] = "---\ntitle: A\nsummary: [unclosed\n---\nText\n";
  Diagnostics d;
  tk::test::load_files(dir, files, d);
  REQUIRE(d.error_count() == 1);
  CHECK(d.all()[0].path == "content/pages/p.md");
  CHECK(d.all()[0].line >= 3);
  CHECK(d.all()[0].message.rfind("invalid YAML", 0) == 0);
}

TEST_CASE("missing required keys are errors", "[load]") {
  tk::test::TempDir dir;
  auto files = tk::test::minimal_site();
  files["stages/s.md"] = "---\nsummary: no title\n---\n";
  files["focus-areas/f.md"] = "---\ntitle: F\n---\n";
  Diagnostics d;
  tk::test::load_files(dir, files, d);
  CHECK(all_messages(d) ==
        "content/focus-areas/f.md:2:1: error: a focus area needs 'number' (its place in the list, 1..n)\n"
        "content/stages/s.md:2:1: error: missing required key 'title'\n"
        "content/stages/s.md:2:1: error: a stage needs 'activities': the list of its key activities\n");
}

// Pages load in parallel; one page's errors must not make another page's YAML look broken
// (the loader compares error counts before and after parsing a page).
TEST_CASE("errors in many pages do not leak into the valid ones", "[load]") {
  tk::test::TempDir dir;
  auto files = tk::test::minimal_site();
  std::string summary(2000, 'x');
  for (int i = 0; i < 300; ++i) {
    files["pages/bad-" + std::to_string(i) + ".md"] = "---\ntitle: [unclosed\n---\n";
    files["pages/good-" + std::to_string(i) + ".md"] = "---\ntitle: Good\nsummary: " + summary + "\n---\nText.\n";
  }
  Diagnostics d;
  tk::model::Site site = tk::test::load_files(dir, files, d);
  CHECK(d.error_count() == 300);
  CHECK(site.home() != nullptr);
  CHECK(site.pages.size() == 301);
  for (const auto& m : d.all()) CHECK(m.path.rfind("content/pages/bad-", 0) == 0);
}
