// Watcher: edits, new files in new folders and deletions are reported in one debounced batch.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <future>
#include <thread>

#include "serve/watcher.h"
#include "support/test_support.h"

using namespace tk::serve;
using namespace std::chrono_literals;
namespace fs = std::filesystem;

namespace {
bool has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }
}  // namespace

TEST_CASE("the watcher reports edits, new folders and their files, in one batch", "[serve]") {
  tk::test::TempDir dir;
  dir.write("content/tools/a.md", "a");
  dir.write("theme/templates/layout.mustache", "x");
  std::string content = dir.path() + "/content", theme = dir.path() + "/theme";
  Watcher w({content, theme}, 100ms);
  REQUIRE(w.error().empty());
  CHECK(w.watched() == 4);

  auto batch = std::async(std::launch::async, [&] { return w.wait(); });
  dir.write("content/tools/a.md", "b");
  dir.write("content/tools/a.md", "c");
  fs::create_directories(content + "/assets/img/new");
  std::this_thread::sleep_for(20ms);  // the new folders' watches are added as soon as they are seen
  dir.write("content/assets/img/new/pic.svg", "<svg/>");
  dir.write("content/.a.md.swp", "editor noise");
  auto got = batch.get();
  CHECK(has(got, content + "/tools/a.md"));
  CHECK(has(got, content + "/assets"));
  CHECK_FALSE(has(got, content + "/.a.md.swp"));
  CHECK(std::count(got.begin(), got.end(), content + "/tools/a.md") == 1);

  // A file written into the new folder after the batch: the folder is watched now.
  batch = std::async(std::launch::async, [&] { return w.wait(); });
  dir.write("content/assets/img/new/second.svg", "<svg/>");
  got = batch.get();
  CHECK(has(got, content + "/assets/img/new/second.svg"));

  batch = std::async(std::launch::async, [&] { return w.wait(); });
  fs::remove(theme + "/templates/layout.mustache");
  got = batch.get();
  CHECK(has(got, theme + "/templates/layout.mustache"));
}

TEST_CASE("stop makes wait return an empty batch", "[serve]") {
  tk::test::TempDir dir;
  Watcher w({dir.path()}, 100ms);
  auto batch = std::async(std::launch::async, [&] { return w.wait(); });
  std::this_thread::sleep_for(20ms);
  w.stop();
  CHECK(batch.get().empty());
  CHECK(w.wait().empty());
}

TEST_CASE("editors' own files are ignored", "[serve]") {
  CHECK(is_editor_temp(".x.md.swp"));
  CHECK(is_editor_temp("x.md~"));
  CHECK(is_editor_temp("4913"));
  CHECK(is_editor_temp(".#x.md"));
  CHECK_FALSE(is_editor_temp("x.md"));
  CHECK_FALSE(is_editor_temp("site.yaml"));
}
