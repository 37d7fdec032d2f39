// ChangeLog: an open page reloads when a rebuild after the one it shows changed it, a style, or the error state.
#include <catch2/catch.hpp>

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
