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

TEST_CASE("a root deleted or renamed away and put back is watched again", "[serve]") {
  tk::test::TempDir dir;
  dir.write("content/tools/a.md", "a");
  dir.write("backup/tools/a.md", "b");
  std::string content = dir.path() + "/content";
  Watcher w({content}, 50ms);
  auto next = [&] { return std::async(std::launch::async, [&] { return w.wait(); }); };
  // A batch, or (after 5 s: the change was missed) an empty one, and the watcher stops.
  auto got = [&](std::future<std::vector<std::string>>& f) {
    if (f.wait_for(5s) != std::future_status::ready) w.stop();
    return f.get();
  };
  auto edited_is_seen = [&](const char* what) {
    INFO(what);
    auto batch = next();
    dir.write("content/tools/a.md", what);
    CHECK(has(got(batch), content + "/tools/a.md"));
  };
  // Renamed away: the root is reported, and edits in the old tree are not reported under its name.
  auto batch = next();
  fs::rename(content, dir.path() + "/away");
  CHECK(has(got(batch), content));
  batch = next();
  fs::rename(dir.path() + "/away", content);
  CHECK(has(got(batch), content));
  edited_is_seen("after the rename back");
  // Deleted, then copied back.
  batch = next();
  fs::remove_all(content);
  CHECK(has(got(batch), content));
  batch = next();
  fs::copy(dir.path() + "/backup", content, fs::copy_options::recursive);
  CHECK(has(got(batch), content));
  edited_is_seen("after the copy back");
  CHECK(w.watched() == 2);  // content and content/tools, nothing left of the trees before
}
