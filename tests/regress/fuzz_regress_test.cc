// Replays the inputs fuzzing found (tests/regress/<target>/*) and the shipped content through the fuzz harnesses.
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <regex>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "harness.h"
#include "load/page_loader.h"
#include "render/html/theme.h"

namespace fs = std::filesystem;

namespace {

struct InvariantBroken : std::runtime_error {
  using std::runtime_error::runtime_error;
};

const char* const kTargets[] = {"front_matter", "page_loader", "fields", "page_html"};

std::string read(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::ostringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

std::vector<fs::path> files_under(const fs::path& dir, const std::string& ext = "") {
  std::vector<fs::path> out;
  if (!fs::is_directory(dir)) return out;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file() && (ext.empty() || e.path().extension() == ext)) out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

// Runs one input; a broken invariant throws, and a slow input fails (hangs found by fuzzing stay fixed).
void replay(const std::string& target, const std::string& bytes) {
  tk::fuzz::set_failure_handler([](const std::string& t, const std::string& what) {
    throw InvariantBroken("[" + t + "] " + what);
  });
  tk::fuzz::Harness h = tk::fuzz::harness_for(target);
  REQUIRE(h != nullptr);
  auto t0 = std::chrono::steady_clock::now();
  h(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
  double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  if (s > 10) throw InvariantBroken("[" + target + "] took " + std::to_string(s) + " s (limit 10 s)");
}

}  // namespace

TEST_CASE("every input found by fuzzing replays without a crash or broken invariant", "[regress][fuzz]") {
  const fs::path root = fs::path(TK_SOURCE_DIR) / "tests" / "regress";
  std::size_t n = 0;
  for (const char* target : kTargets) {
    for (const fs::path& p : files_under(root / target)) {
      ++n;
      DYNAMIC_SECTION(target << "/" << p.filename().string()) {
        const std::string bytes = read(p);
        REQUIRE_NOTHROW(replay(target, bytes));
      }
    }
  }
  CHECK(n > 0);
}

TEST_CASE("the shipped content passes every fuzz harness's invariants", "[regress][fuzz]") {
  const fs::path content = fs::path(TK_SOURCE_DIR) / "content";
  const std::vector<fs::path> files = files_under(content, ".md");
  REQUIRE(files.size() > 10);
  for (const fs::path& p : files) {
    const std::string rel = fs::relative(p, content).generic_string();
    DYNAMIC_SECTION(rel) {
      const std::string bytes = read(p);
      const std::string folder = rel.find('/') == std::string::npos ? "" : rel.substr(0, rel.find('/'));
      const std::string kinded = std::string(1, static_cast<char>(tk::fuzz::kind_byte_for_folder(folder))) + bytes;
      REQUIRE_NOTHROW(replay("front_matter", bytes));
      REQUIRE_NOTHROW(replay("page_loader", kinded));
      REQUIRE_NOTHROW(replay("page_html", kinded));
      if (folder == "tools" || folder == "jobs") {
        // The body alone, as the field syntax target sees it (mode byte 0).
        std::size_t a = bytes.find("\n---");
        std::size_t b = a == std::string::npos ? a : bytes.find('\n', a + 4);
        REQUIRE(b != std::string::npos);
        REQUIRE_NOTHROW(replay("fields", std::string(1, '\0') + bytes.substr(b + 1)));
      }
    }
  }
}

// The general case of page_html/heading-id-collides-with-layout-id.md: a body heading must never take an id
// that the page's templates write themselves (the layout, the header, the kind's own template).
TEST_CASE("a body heading never takes an id its page's templates hard-code", "[regress][ids]") {
  using tk::model::Kind;
  const fs::path tpl = fs::path(TK_SOURCE_DIR) / "themes" / "default" / "templates";
  const std::vector<std::pair<Kind, std::string>> kinds = {
      {Kind::Home, "home"},     {Kind::Stage, "stage"},           {Kind::Tool, "tool"}, {Kind::Job, "tool"},
      {Kind::Spotlight, "spotlight"}, {Kind::FocusArea, "focus_area"}, {Kind::Page, "page"}};
  auto ids_in = [](const fs::path& file) {
    std::vector<std::string> ids;
    const std::string text = read(file);
    static const std::regex id_attr("id=\"([a-z0-9-]+)\"");
    for (std::sregex_iterator it(text.begin(), text.end(), id_attr), end; it != end; ++it) ids.push_back((*it)[1]);
    return ids;
  };
  std::vector<std::string> common = ids_in(tpl / "layout.mustache");
  for (const fs::path& partial : files_under(tpl / "partials", ".mustache"))
    for (const auto& id : ids_in(partial)) common.push_back(id);
  REQUIRE(!common.empty());
  // The loader is given what the theme's layout takes (read from the theme, as build does).
  tk::html::Theme theme;
  tk::Diagnostics theme_diags;
  REQUIRE(theme.load((fs::path(TK_SOURCE_DIR) / "themes" / "default").string(), theme_diags));
  for (const auto& [kind, name] : kinds) {
    std::vector<std::string> ids = common;
    for (const auto& id : ids_in(tpl / (name + ".mustache"))) ids.push_back(id);
    for (const auto& id : ids) {
      std::string heading = id;
      std::replace(heading.begin(), heading.end(), '-', ' ');
      DYNAMIC_SECTION(name << " (" << tk::model::kind_name(kind) << "): heading '" << heading << "'") {
        tk::load::SourceFile f;
        f.rel = std::string(tk::model::kind_folder(kind)) + "/x.md";
        f.display = "content/" + f.rel;
        f.bytes = "---\ntitle: T\nactivities: [a]\nnumber: 1\n---\n## " + heading + "\n\nText.\n";
        tk::Diagnostics diags;
        const std::vector<std::string> reserved = theme.layout_names().ids_for(kind);
        std::optional<tk::model::Page> p = tk::load::load_page(f, kind, diags, &reserved);
        REQUIRE(p);
        REQUIRE(!p->body.children.empty());
        const tk::doc::Node& h = p->body.children.front();
        REQUIRE(h.kind == tk::doc::Kind::Heading);
        CHECK(h.id() != id);
      }
    }
  }
}
