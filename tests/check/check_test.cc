// check::run, the `check` command: on a copy of tests/fixtures/site_minimal with an error and warnings,
// every problem as "path:line: severity: message", the error and warning counts, the exit status (1 on
// errors, 0 with warnings only), the pages checked, --drafts; and nothing written.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "build.h"
#include "check/check.h"
#include "support/test_support.h"

namespace fs = std::filesystem;

namespace {

struct Fixture {
  tk::test::TempDir dir;
  std::string content = tk::test::copy_fixture(dir, "site_minimal");
  void replace(const std::string& file, const std::string& from, const std::string& to) const {
    tk::test::replace_in(content + "/" + file, from, to);
  }
  void append(const std::string& file, const std::string& text) const { std::ofstream(content + "/" + file, std::ios::app) << text; }
  tk::check::CheckResult check(tk::Diagnostics& diags, bool drafts = false) const {
    tk::check::CheckOptions o;
    o.content_dir = content;
    o.theme_dir = std::string(TK_SOURCE_DIR) + "/themes/default";
    o.drafts = drafts;
    return tk::check::run(o, diags);
  }
};

std::vector<std::string> lines(const tk::Diagnostics& diags) {
  std::vector<std::string> v;
  for (const auto& d : diags.sorted()) v.push_back(d.format());
  return v;
}

bool has_line(const std::vector<std::string>& v, const std::string& ending) {
  for (const auto& l : v)
    if (l.size() >= ending.size() && l.compare(l.size() - ending.size(), ending.size(), ending) == 0) return true;
  return false;
}

// The tree below root: every path and its bytes.
std::map<std::string, std::string> tree(const std::string& root) {
  std::map<std::string, std::string> files;
  for (const auto& e : fs::recursive_directory_iterator(root))
    files[fs::relative(e.path(), root).generic_string()] = e.is_regular_file() ? tk::steps::read_file(e.path().string()) : "";
  return files;
}

}  // namespace

TEST_CASE("check: warnings only: each at its file and line, exit 0", "[check]") {
  Fixture f;
  tk::Diagnostics diags;
  tk::check::CheckResult r = f.check(diags);
  CHECK(r.exit_code == 0);
  CHECK(r.pages == 12);
  CHECK(r.external_links == 0);
  CHECK(diags.error_count() == 0);
  CHECK(diags.warning_count() == 7);  // seven pages without a summary
  auto v = lines(diags);
  INFO(tk::test::all_messages(diags));
  CHECK(has_line(v, "content/tools/04-web.md:2: warning: no 'summary': lists, cards, search results and the page's description "
                    "stay empty; add one or two sentences"));
}

TEST_CASE("check: errors and warnings: every one with file and line, the counts, exit 1, nothing written", "[check]") {
  Fixture f;
  f.replace("tools/01-compact.md", "stages: [start, grow]", "stages: [start, gorw]");
  f.append("pages/accessibility.md", "\n## Empty\n\n## Next\n\nSee [the compact](/tools/compact/#nowhere).\n");
  f.append("site.yaml", "colour: blue\n");
  f.dir.write("content/assets/unused.png", "not really a picture");
  const auto before = tree(f.dir.path());
  tk::Diagnostics diags;
  tk::check::CheckResult r = f.check(diags);
  INFO(tk::test::all_messages(diags));
  CHECK(r.exit_code == 1);
  CHECK(r.pages == 12);
  auto v = lines(diags);
  CHECK(has_line(v, "content/tools/01-compact.md:6: error: 'stages' names 'gorw', which is not a stage (did you mean 'grow'?)"));
  CHECK(has_line(v, "content/pages/accessibility.md:7:1: warning: empty section 'Empty': the next heading follows it directly; "
                    "write something under it or remove it"));
  bool anchor = false, key = false, asset = false;
  for (const auto& l : v) {
    anchor |= l.find("content/pages/accessibility.md:11:") != std::string::npos && l.find("#nowhere") != std::string::npos &&
              l.find(": error: ") != std::string::npos;
    key |= l.find("content/site.yaml:") != std::string::npos && l.find("colour") != std::string::npos;
    asset |= l.find("content/assets/unused.png") != std::string::npos && l.find(": warning: ") != std::string::npos;
  }
  CHECK(anchor);
  CHECK(key);
  CHECK(asset);
  CHECK(diags.error_count() >= 2);
  CHECK(diags.warning_count() >= 9);  // seven summaries, the empty section, the unused asset
  std::size_t errors = 0, warnings = 0;
  for (const auto& l : v) {
    errors += l.find(": error: ") != std::string::npos;
    warnings += l.find(": warning: ") != std::string::npos;
  }
  CHECK(errors == diags.error_count());
  CHECK(warnings == diags.warning_count());
  CHECK(tree(f.dir.path()) == before);  // check writes nothing
}

TEST_CASE("check: drafts are checked only with --drafts", "[check]") {
  Fixture f;
  f.dir.write("content/tools/05-draft.md", "---\ntitle: Unfinished\nsummary: Not yet.\nstages: [nowhere]\ndraft: true\n---\nText.\n");
  tk::Diagnostics published, drafts;
  tk::check::CheckResult a = f.check(published);
  tk::check::CheckResult b = f.check(drafts, true);
  CHECK(a.exit_code == 0);
  CHECK(a.pages == 12);
  CHECK(b.exit_code == 1);
  CHECK(b.pages == 13);
  INFO(tk::test::all_messages(drafts));
  CHECK(has_line(lines(drafts), "content/tools/05-draft.md:4: error: 'stages' names 'nowhere', which is not a stage"));
}
