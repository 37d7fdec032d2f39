// load_site with a ParseCache (serve): unchanged files are not parsed again, and the site and its
// diagnostics are those of a load without it.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "load/site_loader.h"
#include "render/html/theme.h"
#include "model/fingerprint.h"
#include "support/test_support.h"

using namespace tk;
namespace fs = std::filesystem;

namespace {

// Everything a load gives that a writer reads, with the diagnostics: equal strings, equal loads.
std::string summary(const model::Site& site, const Diagnostics& diags) {
  std::string s = test::all_messages(diags);
  model::Hasher x;
  x.config(site.config);
  for (const auto& p : site.pages) {
    x.page(p);
    s += p.url() + " " + std::to_string(p.line_of("title")) + " " + std::to_string(p.chars_reported) + "\n";
  }
  return s + std::to_string(x.h);
}

std::string load_summary(const std::string& content, load::ParseCache* cache) {
  Diagnostics d;
  html::Theme theme;
  theme.load(std::string(TK_SOURCE_DIR) + "/themes/default", d);
  model::Site site = load::load_site({content, false, theme.layout_names(), cache}, d);
  return summary(site, d);
}

}  // namespace

TEST_CASE("a parse cache gives the same site and diagnostics as a load without it", "[load]") {
  test::TempDir dir;
  const std::string content = dir.path() + "/content";
  fs::copy(std::string(TK_FIXTURES) + "/site_minimal", content, fs::copy_options::recursive);
  // A warning and an error from the parse of one file: reported again when it comes from the cache.
  std::ofstream(content + "/tools/05-bad.md") << "---\ntitle: Bad\nstages: [start]\nsumary: typo\n---\nBody\n";
  load::ParseCache cache;
  const std::string plain = load_summary(content, nullptr);
  CHECK(plain.find("05-bad.md:4") != std::string::npos);
  CHECK(load_summary(content, &cache) == plain);
  CHECK(load_summary(content, &cache) == plain);  // every page from the cache
  // An edit is seen; so is a file that goes away.
  std::ofstream(content + "/tools/05-bad.md") << "---\ntitle: Good Now\nstages: [start]\n---\nBody\n";
  const std::string edited = load_summary(content, nullptr);
  CHECK(edited != plain);
  CHECK(load_summary(content, &cache) == edited);
  fs::remove(content + "/tools/05-bad.md");
  CHECK(load_summary(content, &cache) == load_summary(content, nullptr));
  std::ofstream(content + "/tools/05-bad.md") << "---\ntitle: Bad\nstages: [start]\nsumary: typo\n---\nBody\n";
  CHECK(load_summary(content, &cache) == plain);
}
