// The key tables (model/schema.h): the loader follows them, and the README documents every key in them.
#include <catch2/catch.hpp>

#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "core/text.h"
#include "model/schema.h"
#include "support/test_support.h"

using namespace tk::model;

namespace {

std::string readme() {
  std::ifstream f(std::string(TK_SOURCE_DIR) + "/README.md");
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

// The README's text from the line that starts with `from` to the next line that starts with `to`.
std::string section(const std::string& text, const std::string& from, const std::string& to) {
  std::size_t b = text.find("\n" + from);
  REQUIRE(b != std::string::npos);
  std::size_t e = text.find("\n" + to, b + 1);
  return text.substr(b, e == std::string::npos ? std::string::npos : e - b);
}

// Every `word` of a text that looks like a key (a-z and _).
std::set<std::string> code_words(const std::string& text) {
  std::set<std::string> out;
  static const std::regex re("`([a-z_]+):?`");
  for (auto it = std::sregex_iterator(text.begin(), text.end(), re); it != std::sregex_iterator(); ++it) out.insert((*it)[1]);
  return out;
}

}  // namespace

TEST_CASE("the README's front-matter table names every key of the schema, and no other", "[model][schema]") {
  const std::string table = section(readme(), "| key | kinds | meaning |", "\n");
  std::set<std::string> documented;
  std::istringstream rows(table);
  for (std::string row; std::getline(rows, row);) {
    if (row.rfind("| `", 0) != 0) continue;
    for (const auto& w : code_words(row.substr(0, row.find(" | ", 2)))) documented.insert(w);  // the first column
  }
  std::set<std::string> schema;
  for (const auto& k : front_matter_keys()) schema.insert(k.key);
  CHECK(documented == schema);
}

TEST_CASE("the README documents every site.yaml and field-block key", "[model][schema]") {
  const std::string text = readme();
  const std::string tree = section(text, "  site.yaml ", "  index.md");
  for (const auto& k : site_keys()) {
    INFO(k.key);
    CHECK(tree.find(std::string(" ") + k.key) != std::string::npos);
  }
  const std::set<std::string> fields = code_words(section(text, "### 2. Add a fill-in field", "### 3."));
  for (const auto& k : field_block_keys()) {
    INFO(k.key);
    CHECK(fields.count(k.key));
  }
}

namespace {

// Every row of a table: complete, required keys allowed and explained, and its reader has the field it fills.
template <typename T>
void check_rows(const std::vector<KeySpec<T>>& table) {
  std::set<std::string> seen;
  for (const auto& k : table) {
    INFO(k.key);
    CHECK(seen.insert(k.key).second);
    CHECK(std::string(k.type).size() > 0);
    CHECK(std::string(k.description).size() > 0);
    CHECK((k.required & ~k.allowed) == 0);
    CHECK((k.required != 0) == (std::string(k.missing).size() > 0));
    const bool text = k.into.text != nullptr, list = k.into.list != nullptr, whole = k.into.whole != nullptr,
               flag = k.into.flag != nullptr;
    switch (k.read) {
      case Read::Text:
      case Read::Date: CHECK((text && !list && !whole && !flag)); break;
      case Read::Whole: CHECK((whole && !text && !list && !flag && k.min <= k.max)); break;
      case Read::Bool: CHECK((flag && !text && !list && !whole)); break;
      case Read::TextList: CHECK((list && !text && !whole && !flag)); break;
      case Read::WordList: CHECK((list && !text && !whole && !flag && split_words(k.words).size() >= 2)); break;
      case Read::Custom: CHECK((!list && !whole && !flag)); break;  // a required custom key names its text
    }
    if (k.read != Read::WordList) CHECK(std::string(k.words).empty());
  }
}

}  // namespace

TEST_CASE("the schema table: every row complete, required keys allowed and explained", "[model][schema]") {
  check_rows(front_matter_keys());
  check_rows(site_keys());
  check_rows(field_block_keys());
  CHECK(split_words("pdf docx") == std::vector<std::string>{"pdf", "docx"});
  CHECK(split_words("").empty());
  CHECK(allowed_keys(Kind::Page) == std::vector<std::string>{"title", "summary", "slug", "weight", "draft", "updated", "image", "image_alt"});
  CHECK(allowed_keys(Kind::Stage).back() == "activities");
  CHECK(allowed_keys(Kind::FocusArea).size() == 11);
}

TEST_CASE("a required key of the table is an error when it is missing, with the table's message", "[model][schema]") {
  tk::test::TempDir dir;
  auto files = tk::test::minimal_site();
  files["stages/a.md"] = "---\ntitle: A\n---\n";
  files["focus-areas/b.md"] = "---\ntitle: B\n---\n";
  files["pages/c.md"] = "---\nsummary: C\n---\n";
  tk::Diagnostics d;
  tk::test::load_files(dir, files, d);
  CHECK(tk::test::all_messages(d) ==
        "content/focus-areas/b.md:2:1: error: a focus area needs 'number' (its place in the list, 1..n)\n"
        "content/pages/c.md:2:1: error: missing required key 'title'\n"
        "content/stages/a.md:2:1: error: a stage needs 'activities': the list of its key activities\n");
}

TEST_CASE("the focus-area sections: headings and ids agree", "[model][schema]") {
  CHECK(tk::text::heading_id(kFocusAreaActions.text) == kFocusAreaActions.id);
  CHECK(tk::text::heading_id(kFocusAreaQuestions.text) == kFocusAreaQuestions.id);
}
