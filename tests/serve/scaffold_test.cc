// new: each kind's starter loads without errors (as a draft), refers to real stages, never overwrites.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <set>

#include "load/site_loader.h"
#include "scaffold/scaffold.h"
#include "support/test_support.h"

namespace fs = std::filesystem;

// The archetypes (a test program built without the source tree's location, as the sanitized one is, finds no default theme).
static const std::string kTheme = std::string(TK_SOURCE_DIR) + "/themes/default";

TEST_CASE("every kind's starter validates with --drafts and has the kind's keys", "[scaffold]") {
  tk::test::TempDir dir;
  std::string content = dir.path() + "/content";
  fs::copy(std::string(TK_FIXTURES) + "/site_minimal", content, fs::copy_options::recursive);
  for (const auto& kind : tk::scaffold::kinds()) {
    INFO(kind);
    tk::scaffold::NewResult r = tk::scaffold::create({kind, "A New \"Quoted\" " + kind, content, kTheme});
    REQUIRE(r.exit_code == 0);
    CHECK(fs::exists(r.path));
  }
  tk::Diagnostics with, without;
  tk::model::Site site = tk::load::load_site({content, true}, with);
  INFO(tk::test::all_messages(with));
  CHECK_FALSE(with.has_errors());
  tk::load::load_site({content, false}, without);
  CHECK_FALSE(without.has_errors());

  const tk::model::Page* tool = site.find(tk::model::Kind::Tool, "a-new-quoted-tool");
  REQUIRE(tool);
  CHECK(tool->title == "A New \"Quoted\" tool");
  CHECK(tool->draft);
  CHECK(tool->stages == std::vector<std::string>{"start"});
  CHECK(tool->formats == std::vector<std::string>{"pdf", "docx"});
  // Each of the four field forms.
  std::set<tk::model::FieldType> types;
  bool inline_text = false, table_cell = false;
  for (const auto& f : tool->fields) {
    types.insert(f.type);
    inline_text = inline_text || (f.type == tk::model::FieldType::Text && f.width > 0);
    table_cell = table_cell || f.in_table;
  }
  CHECK(inline_text);
  CHECK(table_cell);
  CHECK(types.count(tk::model::FieldType::Checkbox));
  CHECK(types.count(tk::model::FieldType::Multiline));
  CHECK(types.count(tk::model::FieldType::Date));
  const tk::model::Page* fa = site.find(tk::model::Kind::FocusArea, "a-new-quoted-focus-area");
  REQUIRE(fa);
  CHECK(fa->number == 2);
  CHECK_FALSE(fa->faq.empty());
  const tk::model::Page* stage = site.find(tk::model::Kind::Stage, "a-new-quoted-stage");
  REQUIRE(stage);
  CHECK(stage->activities.size() == 2);
}

TEST_CASE("new refuses to overwrite, to reuse a slug, and unknown kinds", "[scaffold]") {
  tk::test::TempDir dir;
  std::string content = dir.path() + "/content";
  fs::copy(std::string(TK_FIXTURES) + "/site_minimal", content, fs::copy_options::recursive);
  auto first = tk::scaffold::create({"page", "Contact us", content, kTheme});
  REQUIRE(first.exit_code == 0);
  std::ofstream(first.path, std::ios::app) << "\nMy edits.\n";
  auto again = tk::scaffold::create({"page", "Contact Us!", content, kTheme});
  CHECK(again.exit_code == 1);
  CHECK(again.message.find("already exists") != std::string::npos);
  std::ifstream f(first.path);
  std::string text((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
  CHECK(text.find("My edits.") != std::string::npos);

  // tools/01-compact.md has the slug "compact".
  auto clash = tk::scaffold::create({"tool", "Compact", content, kTheme});
  CHECK(clash.exit_code == 1);
  CHECK(clash.message.find("01-compact.md already has the slug 'compact'") != std::string::npos);

  auto reserved = tk::scaffold::create({"page", "Search", content, kTheme});
  CHECK(reserved.exit_code == 1);
  CHECK(reserved.message.find("reserved") != std::string::npos);
  CHECK_FALSE(fs::exists(content + "/pages/search.md"));

  auto unknown = tk::scaffold::create({"tol", "X", content, kTheme});
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.message.find("did you mean 'tool'") != std::string::npos);
  CHECK(tk::scaffold::create({"tool", "  ", content, kTheme}).exit_code == 2);
}
