// tk::build, the library's front door: a fixture site built into a temporary folder writes its files and
// the output marker; a content error leaves an earlier output exactly as it was and returns the errors
// with file and line; --drafts and site.yaml's page_pdfs decide which pages and PDFs are made; steps::list_files.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>

#include "build.h"
#include "support/test_support.h"

namespace fs = std::filesystem;

namespace {

const std::string kTheme = std::string(TK_SOURCE_DIR) + "/themes/default";

void append(const std::string& path, const std::string& text) { std::ofstream(path, std::ios::app) << text; }

// Every file below root (dot files included) with its bytes.
std::map<std::string, std::string> tree(const std::string& root) {
  std::map<std::string, std::string> files;
  for (const auto& e : fs::recursive_directory_iterator(root))
    if (e.is_regular_file()) files[fs::relative(e.path(), root).generic_string()] = tk::steps::read_file(e.path().string());
  return files;
}

tk::BuildResult build(const std::string& content, const std::string& out, tk::Diagnostics& diags, bool drafts = false) {
  tk::BuildOptions o;
  o.content_dir = content;
  o.theme_dir = kTheme;
  o.out_dir = out;
  o.drafts = drafts;
  o.jobs = 2;
  return tk::build(o, diags);
}

}  // namespace

TEST_CASE("build: a fixture site writes every page, document and file, and the output marker", "[build]") {
  tk::test::TempDir dir;
  const std::string out = dir.path() + "/output";
  tk::Diagnostics diags;
  tk::BuildResult r = build(std::string(TK_FIXTURES) + "/site_minimal", out, diags);
  INFO(tk::test::all_messages(diags));
  REQUIRE(r.exit_code == 0);
  CHECK(r.io_error.empty());
  CHECK_FALSE(diags.has_errors());
  auto files = tree(out);
  for (const char* f : {"index.html", "tools/compact/index.html", "tools/compact/compact.pdf", "tools/compact/compact.docx",
                        "tools/compact/compact.pdf.js", "jobs/liaison/liaison.docx", "stages/start/start.pdf",
                        "downloads/fixture-toolkit.zip", "downloads/fixture-toolkit.pdf", "search/meta.js",
                        "css/site.css", "assets/img/map.svg", "sitemap.xml", ".toolkitgen-output"}) {
    INFO(f);
    CHECK(files.count(f) == 1);
  }
  CHECK(files.at("tools/compact/compact.pdf").rfind("%PDF-", 0) == 0);
  CHECK(files.at("assets/img/map.svg") == tk::steps::read_file(std::string(TK_FIXTURES) + "/site_minimal/assets/img/map.svg"));
  std::size_t html = 0;
  for (const auto& [path, bytes] : files)
    if (path.size() > 5 && path.compare(path.size() - 5, 5, ".html") == 0) ++html;
  CHECK(r.pages == html);
  CHECK(r.files == files.size() - 1);  // every file but the marker
  std::size_t docs = 0;  // every PDF, .docx and .zip: the templates', the pages' own and the bundles'

  for (const auto& [path, bytes] : files)
    if (fs::path(path).extension() == ".pdf" || fs::path(path).extension() == ".docx" || fs::path(path).extension() == ".zip") ++docs;
  CHECK(r.documents == docs);
}

TEST_CASE("build: a content error leaves the earlier output untouched and names file and line", "[build]") {
  tk::test::TempDir dir;
  const std::string content = tk::test::copy_fixture(dir, "site_minimal"), out = dir.path() + "/output";
  tk::Diagnostics first;
  REQUIRE(build(content, out, first).exit_code == 0);
  const auto before = tree(out);

  tk::test::replace_in(content + "/tools/01-compact.md", "stages: [start, grow]", "stages: [start, gorw]");
  append(content + "/pages/accessibility.md", "\nSee [the missing page](/tools/nowhere/).\n");
  tk::Diagnostics diags;
  tk::BuildResult r = build(content, out, diags);
  CHECK(r.exit_code == 1);
  CHECK(diags.error_count() == 2);
  const std::string messages = tk::test::all_messages(diags);
  INFO(messages);
  CHECK(messages.find("tools/01-compact.md:6: error: 'stages' names 'gorw', which is not a stage (did you mean 'grow'?)") !=
        std::string::npos);
  CHECK(messages.find("pages/accessibility.md:") != std::string::npos);
  CHECK(messages.find("/tools/nowhere/") != std::string::npos);
  CHECK(tree(out) == before);
  // Nothing beside it either: no staging folder is left.
  std::size_t entries = 0;
  for (const auto& e : fs::directory_iterator(dir.path())) entries += e.path().filename() != "content";
  CHECK(entries == 1);
}

TEST_CASE("build: a folder toolkitgen did not write is refused with exit 2 and kept", "[build]") {
  tk::test::TempDir dir;
  const std::string out = dir.path() + "/mine";
  dir.write("mine/letter.txt", "dear editor");
  tk::Diagnostics diags;
  tk::BuildResult r = build(std::string(TK_FIXTURES) + "/site_minimal", out, diags);
  CHECK(r.exit_code == 2);
  CHECK(r.io_error.find("letter.txt") != std::string::npos);
  CHECK(tree(out) == std::map<std::string, std::string>{{"letter.txt", "dear editor"}});
}

TEST_CASE("build: a draft is built only with drafts on", "[build]") {
  tk::test::TempDir dir;
  const std::string content = tk::test::copy_fixture(dir, "site_minimal");
  std::ofstream(content + "/tools/05-draft.md") << "---\ntitle: Unfinished Form\nstages: [start]\ndraft: true\n---\n"
                                                   "Name: ______________\n";
  tk::Diagnostics a, b;
  REQUIRE(build(content, dir.path() + "/published", a).exit_code == 0);
  REQUIRE(build(content, dir.path() + "/preview", b, true).exit_code == 0);
  auto published = tree(dir.path() + "/published"), preview = tree(dir.path() + "/preview");
  CHECK(published.count("tools/draft/index.html") == 0);
  CHECK(published.count("tools/draft/draft.pdf") == 0);
  CHECK(preview.count("tools/draft/index.html") == 1);
  CHECK(preview.count("tools/draft/draft.pdf") == 1);
  CHECK(preview.count("tools/draft/draft.docx") == 1);
  CHECK(published.at("stages/start/index.html").find("Unfinished Form") == std::string::npos);
  CHECK(preview.at("stages/start/index.html").find("Unfinished Form") != std::string::npos);
}

TEST_CASE("build: page_pdfs: false makes no page PDFs, and keeps the templates' downloads", "[build]") {
  tk::test::TempDir dir;
  const std::string content = tk::test::copy_fixture(dir, "site_minimal");
  append(content + "/site.yaml", "page_pdfs: false\n");
  tk::Diagnostics diags;
  tk::BuildResult r = build(content, dir.path() + "/output", diags);
  INFO(tk::test::all_messages(diags));
  REQUIRE(r.exit_code == 0);
  auto files = tree(dir.path() + "/output");
  for (const char* gone : {"stages/start/start.pdf", "index.pdf", "accessibility/accessibility.pdf", "spotlights/spotlights.pdf",
                           "downloads/downloads.pdf", "tools/web/web.pdf", "spotlights/b-state/b-state.pdf"}) {
    INFO(gone);
    CHECK(files.count(gone) == 0);
  }
  for (const char* kept : {"tools/compact/compact.pdf", "tools/compact/compact.docx", "jobs/liaison/liaison.docx",
                           "downloads/fixture-toolkit.pdf", "downloads/fixture-toolkit.zip"}) {
    INFO(kept);
    CHECK(files.count(kept) == 1);
  }
  CHECK(files.at("stages/start/index.html").find("start.pdf") == std::string::npos);
}

TEST_CASE("build steps: list_files skips dot files, dot folders and links that lead outside, sorted", "[build]") {
  tk::test::TempDir dir;
  dir.write("outside.txt", "x");
  dir.write("from/b.css", "b");
  dir.write("from/a/c.js", "c");
  dir.write("from/.hidden", "h");
  dir.write("from/.git/config", "g");
  fs::create_symlink(dir.path() + "/outside.txt", dir.path() + "/from/link.txt");
  fs::create_symlink(dir.path() + "/from/b.css", dir.path() + "/from/inside.css");
  auto files = tk::steps::list_files(dir.path() + "/from", "static/");
  std::vector<std::string> names;
  for (const auto& [rel, disk] : files) names.push_back(rel);
  CHECK(names == std::vector<std::string>{"static/a/c.js", "static/b.css", "static/inside.css"});
  CHECK(files[0].second == dir.path() + "/from/a/c.js");
  CHECK(tk::steps::list_files(dir.path() + "/none", "").empty());
  CHECK_THROWS_WITH(tk::steps::read_file(dir.path() + "/none"), Catch::Contains("cannot read"));
}
