// Text helpers: escaping, UTF-8, ids, names, sizes, dates.
#include <catch2/catch.hpp>

#include "core/text.h"

using namespace tk::text;

TEST_CASE("escaping", "[core]") {
  CHECK(html_escape("<a href=\"x\">'&'</a>") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  CHECK(xml_escape("a\x01<b>") == "a&lt;b&gt;");
}

TEST_CASE("UTF-8 validation", "[core]") {
  CHECK(valid_utf8("Zażółć ✓"));
  std::size_t bad = 0;
  CHECK_FALSE(valid_utf8("ab\xC0\x80", &bad));  // overlong
  CHECK(bad == 2);
  CHECK_FALSE(valid_utf8("\xED\xA0\x80"));      // surrogate
}

TEST_CASE("ids, names and slugs", "[core]") {
  CHECK(heading_id("Why this matters") == "why-this-matters");
  CHECK(heading_id("But what about...?") == "but-what-about");
  CHECK(field_name("Reports to (principal)") == "reports_to_principal");
  CHECK(field_name("District name") == "district_name");
  CHECK(slugify("Student Teaching Partnership Toolkit") == "student-teaching-partnership-toolkit");
  CHECK(is_slug("a-b-1"));
  CHECK_FALSE(is_slug("../x"));
}

TEST_CASE("sizes and dates", "[core]") {
  CHECK(human_size(1) == "1 KB");
  CHECK(human_size(84 * 1024) == "84 KB");
  CHECK(human_size(3 * 1024 * 1024 / 2) == "1.5 MB");
  int y, m, d;
  CHECK(parse_date("2024-02-29", &y, &m, &d));
  CHECK_FALSE(parse_date("2023-02-29", &y, &m, &d));
  CHECK(date_to_epoch(1970, 1, 2) == 86400);
  CHECK(long_date("2026-11-02") == "November 2, 2026");
}

TEST_CASE("site_url: a site path under base_url, anything else as it is", "[core]") {
  CHECK(site_url("https://x.org/kit/", "/tools/a/#h") == "https://x.org/kit/tools/a/#h");
  CHECK(site_url("https://x.org/kit", "/") == "https://x.org/kit/");
  CHECK(site_url("", "/tools/a/") == "/tools/a/");
  CHECK(site_url("https://x.org/", "https://y.org/") == "https://y.org/");
  CHECK(site_url("https://x.org/", "//y.org/a") == "//y.org/a");
  CHECK(site_url("https://x.org/", "#h") == "#h");
}
