// ChangeLog: an open page reloads when a rebuild after the one it shows changed it, a style, or the error state.
#include <catch2/catch.hpp>

#include <chrono>
#include <thread>

#include "serve/events.h"

using namespace tk::serve;

TEST_CASE("a page reloads only for the changes it missed that touch it", "[serve]") {
  ChangeLog log;  // generation 1: the first build
  CHECK(log.generation() == 1);
  CHECK_FALSE(log.must_reload(1, "/", false));
  log.record(2, false, {"tools/x/index.html", "tools/x/x.pdf", "index.html"});
  CHECK(log.generation() == 2);
  CHECK(log.must_reload(1, "/tools/x/", false));
  CHECK(log.must_reload(1, "/", false));
  CHECK_FALSE(log.must_reload(1, "/about/", false));
  CHECK(log.must_reload(1, "/about/", true));  // the error page reloads on any change
  CHECK_FALSE(log.must_reload(2, "/tools/x/", false));
  log.record(3, false, {"css/site.css"});
  CHECK(log.must_reload(2, "/about/", false));  // styles: every page
  log.record(4, true, {});
  CHECK(log.must_reload(3, "/about/", false));  // the error state changed
  // A page newer than the log (its record is on the way) waits; a page older than what is kept reloads.
  CHECK_FALSE(log.must_reload(5, "/", false));
  for (std::uint64_t g = 5; g < 200; ++g) log.record(g, false, {"other/index.html"});
  CHECK_FALSE(log.must_reload(150, "/", false));
  CHECK(log.must_reload(3, "/", false));
}

TEST_CASE("what an open page does: a stylesheet in place, its page in place, or a full reload", "[serve]") {
  ChangeLog log;
  log.record(2, false, {"css/site.css"});
  Update u = log.update(1, "/about/", false);
  CHECK(u.what == Update::Styles);
  CHECK(u.styles);
  CHECK(u.generation == 2);
  log.record(3, false, {"about/index.html"});
  u = log.update(1, "/about/", false);
  CHECK(u.what == Update::Page);  // the page in place, then the stylesheets
  CHECK(u.styles);
  u = log.update(2, "/about/", false);
  CHECK(u.what == Update::Page);
  CHECK_FALSE(u.styles);
  CHECK(log.update(2, "/", false).what == Update::None);
  CHECK(log.update(3, "/about/", false).generation == 3);
  log.record(4, false, {"js/search.js"});  // a script: its page must run it from the start
  CHECK(log.update(3, "/", false).what == Update::Reload);
  log.record(5, false, {"img/map.svg"});
  CHECK(log.update(4, "/", false).what == Update::Reload);
  log.record(6, false, {"css/site.css", "tools/x/x.pdf"});
  CHECK(log.update(5, "/", false).what == Update::Styles);
  CHECK(log.update(5, "/", true).what == Update::Reload);  // the error page reloads on any change
  log.record(7, true, {});
  CHECK(log.update(6, "/", false).what == Update::Reload);  // the error state changed
  log.record(9, false, {"css/site.css"});  // 8 was never recorded: the page cannot tell what it missed
  CHECK(log.update(7, "/", false).what == Update::Reload);
}


TEST_CASE("wait_newer returns at a newer generation, when one is recorded, or after its timeout", "[serve]") {
  using clock = std::chrono::steady_clock;
  ChangeLog log;
  log.record(2, false, {"index.html"});
  auto t = clock::now();
  CHECK(log.wait_newer(1, std::chrono::seconds(5)) == 2);
  CHECK(clock::now() - t < std::chrono::milliseconds(500));
  std::thread later([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    log.record(3, false, {"index.html"});
  });
  t = clock::now();
  CHECK(log.wait_newer(2, std::chrono::seconds(5)) == 3);
  later.join();
  CHECK(clock::now() - t >= std::chrono::milliseconds(150));
  CHECK(clock::now() - t < std::chrono::seconds(4));
  t = clock::now();
  CHECK(log.wait_newer(3, std::chrono::milliseconds(100)) == 3);
  CHECK(clock::now() - t >= std::chrono::milliseconds(90));
}

TEST_CASE("since: what the rebuilds after a generation did to every page, the poll's rule for all at once", "[serve]") {
  ChangeLog log;
  log.record(2, false, {"tools/x/index.html", "tools/x/x.pdf"});
  log.record(3, false, {"css/site.css", "index.html", "tools/x/index.html"});
  Since s = log.since(1);
  CHECK(s.changed);
  CHECK(s.generation == 3);
  CHECK_FALSE(s.reload);
  CHECK(s.styles);
  CHECK(s.pages == std::vector<std::string>{"/", "/tools/x/"});
  for (const char* path : {"/", "/tools/x/", "/about/"}) {
    INFO(path);
    CHECK(s.update(path, false).what == log.update(1, path, false).what);
    CHECK(s.update(path, true).what == Update::Reload);
  }
  CHECK_FALSE(log.since(3).changed);
  CHECK(log.since(3).update("/", true).what == Update::None);  // nothing new: not even the error page reloads
  log.record(4, false, {"js/search.js"});
  CHECK(log.since(3).reload);
  log.record(6, false, {"index.html"});  // 5 was never recorded
  CHECK(log.since(4).reload);
}
