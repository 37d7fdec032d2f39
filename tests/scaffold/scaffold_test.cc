// new's starters are the theme's archetypes: a theme may override one; each has the keys the schema requires.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "core/install_paths.h"
#include "model/schema.h"
#include "scaffold/scaffold.h"
#include "support/test_support.h"

namespace fs = std::filesystem;

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
