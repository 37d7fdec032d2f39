// Golden tests: the fixture's template and bundle compared part by part with tests/golden/docx/
// (as pandoc's OOXML tests do). Regenerate with: TK_UPDATE_GOLDEN=1 toolkitgen_tests "[golden]"
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <set>
#include <fstream>
#include <sstream>

#include "render/docx/docx_writer.h"
#include "render/docx/fixture.h"
#include "render/docx/test_support.h"
#include "render/docx/styles.h"

using namespace tk::test::docx;
namespace fs = std::filesystem;

namespace {

/// One element or text run per line, so a golden diff reads line by line. Only the space between
/// two tags changes, so the form is as strict as the bytes.
std::string canonical(const std::string& xml) {
  std::string out;
  out.reserve(xml.size() + xml.size() / 8);
  for (std::size_t i = 0; i < xml.size(); ++i) {
    out += xml[i];
    if (xml[i] == '>' && i + 1 < xml.size() && xml[i + 1] == '<') out += '\n';
  }
  if (out.empty() || out.back() != '\n') out += '\n';
  return out;
}

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void compare_with_golden(const std::string& name, const std::string& docx) {
  fs::path dir = fs::path(TK_SOURCE_DIR) / "tests" / "golden" / "docx" / name;
  auto entries = tk::zip::read(docx);
  const char* update = std::getenv("TK_UPDATE_GOLDEN");
  if (update && std::string(update) == "1") {
    fs::remove_all(dir);
    for (const auto& [path, bytes] : entries) {
      fs::create_directories((dir / path).parent_path());
      std::ofstream(dir / path, std::ios::binary) << canonical(bytes);
    }
    WARN("golden files rewritten in " << dir.string());
    return;
  }
  REQUIRE(fs::is_directory(dir));
  std::set<std::string> golden;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file()) golden.insert(fs::relative(e.path(), dir).generic_string());
  std::set<std::string> produced;
  for (const auto& [path, bytes] : entries) {
    produced.insert(path);
    INFO(name << ": " << path << " (regenerate with TK_UPDATE_GOLDEN=1 if the change is intended)");
    REQUIRE(fs::exists(dir / path));
    CHECK(canonical(bytes) == read(dir / path));
  }
  CHECK(produced == golden);
}

}  // namespace

TEST_CASE("docx golden: the fixture template matches tests/golden/docx/template part by part", "[docx][golden]") {
  tk::model::Site site = fixture_site();
  compare_with_golden("template",
                      tk::docx::write_form(site, *site.find(tk::model::Kind::Tool, "sample-form"), ""));
}

TEST_CASE("docx golden: the fixture bundle matches tests/golden/docx/bundle part by part", "[docx][golden]") {
  tk::model::Site site = fixture_site();
  compare_with_golden("bundle", tk::docx::write_bundle(site, ""));
}

TEST_CASE("docx golden: the canonical form only breaks lines between tags", "[docx][golden]") {
  CHECK(canonical("<a><b>x y</b><c/></a>") == "<a>\n<b>x y</b>\n<c/>\n</a>\n");
  CHECK(canonical("<w:t> </w:t>") == "<w:t> </w:t>\n");
}
