// html::Theme::layout_names(): the ids and static names a theme's layout takes, read from the theme itself.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <set>

#include "load/site_loader.h"
#include "render/html/theme.h"
#include "support/test_support.h"

namespace fs = std::filesystem;
using tk::model::Kind;

namespace {

const std::string kDefaultTheme = std::string(TK_SOURCE_DIR) + "/themes/default";

std::set<std::string> as_set(const std::vector<std::string>& v) { return {v.begin(), v.end()}; }

// Loads content (files below content/) with a theme's layout names; every diagnostic, sorted.
std::string load_with(const tk::html::Theme& theme, const std::map<std::string, std::string>& files, tk::model::Site* out = nullptr) {
  tk::test::TempDir dir;
  for (const auto& [rel, bytes] : files) dir.write("content/" + rel, bytes);
  tk::Diagnostics d;
  tk::model::Site site = tk::load::load_site({dir.path() + "/content", false, theme.layout_names()}, d);
  if (out) *out = std::move(site);
  std::string m = tk::test::all_messages(d);
  for (std::size_t at; (at = m.find(dir.path() + "/")) != std::string::npos;) m.erase(at, dir.path().size() + 1);
  return m;
}

}  // namespace

TEST_CASE("the default theme's layout names are its templates' ids and its static folders", "[render][theme]") {
  tk::html::Theme theme;
  tk::Diagnostics d;
  REQUIRE(theme.load(kDefaultTheme, d));
  const auto& n = theme.layout_names();
  CHECK(n.static_names == std::vector<std::string>{"css", "js"});
  // What model/validate.cc listed by hand before the theme was read.
  std::set<std::string> page = {"tk-main", "site-search-q", "tk-print-help"};
  CHECK(as_set(n.ids.at(Kind::Page)) == page);
  std::set<std::string> tool = page;
  for (const char* id : {"tk-downloads", "tk-form", "tk-fill-heading", "tk-fill-help", "tk-open", "tk-fill-status"}) tool.insert(id);
  CHECK(as_set(n.ids.at(Kind::Tool)) == tool);
  CHECK(as_set(n.ids.at(Kind::Job)) == tool);
  std::set<std::string> focus = page;
  for (const char* id : {"switcher-label", "what-the-field-says", "but-what-about", "case-studies"}) focus.insert(id);
  CHECK(as_set(n.ids.at(Kind::FocusArea)) == focus);
  std::set<std::string> home = page;
  home.insert("stages");
  CHECK(as_set(n.ids.at(Kind::Home)) == home);
}

TEST_CASE("a heading never takes an id the theme's layout writes; a link to that id is an error", "[render][theme]") {
  tk::test::TempDir t;
  fs::copy(kDefaultTheme, t.path() + "/theme", fs::copy_options::recursive);
  {
    // Another theme: the layout has a banner with an id of its own, and a static folder "fonts".
    const std::string layout = t.path() + "/theme/templates/layout.mustache";
    std::ifstream in(layout);
    std::string src((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    src.replace(src.find("<main "), 6, "<div id=\"tk-banner\"></div><main ");
    std::ofstream(layout) << src;
    fs::create_directories(t.path() + "/theme/static/fonts");
  }
  tk::html::Theme other, standard;
  tk::Diagnostics d;
  REQUIRE(other.load(t.path() + "/theme", d));
  REQUIRE(standard.load(kDefaultTheme, d));
  CHECK(as_set(other.layout_names().ids.at(Kind::Page)).count("tk-banner"));
  CHECK(other.layout_names().static_names == std::vector<std::string>{"css", "fonts", "js"});

  auto files = tk::test::minimal_site();
  files["pages/a.md"] = "---\ntitle: A\n---\n## TK banner\n\n## TK main\n\n[x](#tk-banner) [y](#tk-main)\n";
  files["pages/fonts.md"] = "---\ntitle: Fonts\n---\nText.\n";
  tk::model::Site site;
  CHECK(load_with(other, files, &site) ==
        "content/pages/a.md:8:1: error: no heading '#tk-banner' on /a/ (did you mean 'tk-banner-1'?)\n"
        "content/pages/a.md:8:17: error: no heading '#tk-main' on /a/ (did you mean 'tk-main-1'?)\n"
        "content/pages/fonts.md: error: the slug 'fonts' is reserved for the site's own pages and files; choose another\n");
  // The default theme has no banner and no fonts/: the heading keeps its id, the slug is free.
  CHECK(load_with(standard, files) ==
        "content/pages/a.md:8:17: error: no heading '#tk-main' on /a/ (did you mean 'tk-main-1'?)\n");
}
