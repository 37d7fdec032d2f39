// new: each kind's starter (the theme's archetype) loads without errors (as a draft), refers to real stages,
// never overwrites; a theme may override an archetype; each has the keys the schema requires.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "core/install_paths.h"
#include "load/site_loader.h"
#include "model/schema.h"
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


namespace {

std::string read(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

tk::model::Kind kind_of(const std::string& name) {
  for (tk::model::Kind k : {tk::model::Kind::Stage, tk::model::Kind::Tool, tk::model::Kind::Job, tk::model::Kind::Spotlight,
                            tk::model::Kind::FocusArea, tk::model::Kind::Page})
    if (name == tk::model::kind_name(k)) return k;
  FAIL("no kind " << name);
  return tk::model::Kind::Home;
}

}  // namespace

TEST_CASE("every kind's starter has the keys the schema requires, and only keys it allows", "[scaffold]") {
  tk::scaffold::Context ctx;
  ctx.stages = {"start"};
  for (const auto& kind : tk::scaffold::kinds()) {
    INFO(kind);
    std::string text, error;
    REQUIRE(tk::scaffold::starter(kind, "T", ctx, std::string(TK_SOURCE_DIR) + "/themes/default", text, error));
    const std::string fm = text.substr(4, text.find("\n---\n", 4) - 4);
    std::istringstream lines(fm);
    std::set<std::string> keys;
    for (std::string l; std::getline(lines, l);) {
      std::string s = l.rfind("# ", 0) == 0 ? l.substr(2) : l;  // a hint: a key left out, to write in
      std::size_t colon = s.find(':');
      if (s.empty() || s[0] == ' ' || colon == std::string::npos) continue;
      keys.insert(s.substr(0, colon));
    }
    const tk::model::Kind k = kind_of(kind);
    const auto allowed = tk::model::allowed_keys(k);
    for (const auto& key : keys) {
      INFO(key);
      CHECK(std::find(allowed.begin(), allowed.end(), key) != allowed.end());
    }
    for (const auto& spec : tk::model::front_matter_keys())
      if (tk::model::requires_key(spec, k)) {
        INFO(spec.key);
        CHECK(keys.count(spec.key));
      }
    if (k == tk::model::Kind::FocusArea) {
      CHECK(text.find(std::string("\n## ") + tk::model::kFocusAreaActions.text + "\n") != std::string::npos);
      CHECK(text.find(std::string("\n## ") + tk::model::kFocusAreaQuestions.text + "\n") != std::string::npos);
    }
  }
}

TEST_CASE("a theme's archetype overrides the default one; the others come from the default theme", "[scaffold]") {
  tk::test::TempDir dir;
  const std::string content = dir.path() + "/content", theme = dir.path() + "/theme";
  fs::copy(std::string(TK_FIXTURES) + "/site_minimal", content, fs::copy_options::recursive);
  dir.write("theme/archetypes/page.md", "---\ntitle: {{{title}}}\nsummary: \"Ours.\"\ndraft: true\n---\n\nOur own page.\n");
  tk::scaffold::NewOptions o{"page", "Contact \"us\"", content, theme};
  tk::scaffold::NewResult r = tk::scaffold::create(o);
  REQUIRE(r.exit_code == 0);
  CHECK(read(r.path) == "---\ntitle: \"Contact \\\"us\\\"\"\nsummary: \"Ours.\"\ndraft: true\n---\n\nOur own page.\n");
  // A kind the theme has no archetype for: the installed (here: the source tree's) default theme's. A test
  // program built without the source tree's location (the sanitized one) has no default theme to fall back on.
  if (!tk::install::data_dir().empty()) {
    o.kind = "stage";
    r = tk::scaffold::create(o);
    REQUIRE(r.exit_code == 0);
    std::string ours;
    std::string error;
    tk::scaffold::Context ctx = tk::scaffold::read_context(content);
    REQUIRE(tk::scaffold::starter("stage", "Contact \"us\"", ctx, std::string(TK_SOURCE_DIR) + "/themes/default", ours, error));
    CHECK(read(r.path) == ours);
  }

  // An archetype that is not Mustache: an error naming the file, nothing written.
  dir.write("theme/archetypes/spotlight.md", "---\ntitle: {{#title}}\n---\n");
  o.kind = "spotlight";
  r = tk::scaffold::create(o);
  CHECK(r.exit_code == 2);
  CHECK(r.message.find(theme + "/archetypes/spotlight.md: ") == 0);
  CHECK_FALSE(fs::exists(content + "/spotlights/contact-us.md"));
}
