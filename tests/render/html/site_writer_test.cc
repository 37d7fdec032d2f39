// HTML writer: relative links, labelled controls, escaping, and whole pages from the fixture site.
#include <catch2/catch.hpp>

#include "render/html/body_html.h"
#include "render/html/site_writer.h"
#include "render/html/theme.h"
#include "render/output.h"
#include "support/test_support.h"

using tk::model::Field;
using tk::model::FieldType;

TEST_CASE("site paths become relative links that work from disk and under a sub-path", "[html]") {
  using tk::html::relative_href;
  CHECK(relative_href("/", "/") == "index.html");
  CHECK(relative_href("/tools/a/", "/") == "tools/a/index.html");
  CHECK(relative_href("/tools/a/#x", "/tools/b/") == "../../tools/a/index.html#x");
  CHECK(relative_href("/tools/a/a.pdf", "/about/") == "../tools/a/a.pdf");
  CHECK(relative_href("/", "/404.html") == "index.html");
  CHECK(tk::html::root_for("/tools/a/") == "../../");
}

TEST_CASE("every field is a labelled control named as the field", "[html]") {
  Field inl{"district", "District", "", FieldType::Text, 12, 1, false, false, {}, 3, ""};
  CHECK(tk::html::render_control(inl) ==
        "<input type=\"text\" class=\"blank\" id=\"field.district\" name=\"district\" aria-label=\"District\" size=\"12\">");
  Field multi{"notes", "Notes <b>", "Say \"why\"", FieldType::Multiline, 0, 5, false, false, {}, 3, ""};
  CHECK(tk::html::render_control(multi) ==
        "<label for=\"field.notes\">Notes &lt;b&gt;</label><span class=\"field-help\" id=\"field.notes.help\">Say &quot;why&quot;</span>"
        "<textarea id=\"field.notes\" name=\"notes\" rows=\"5\" title=\"Say &quot;why&quot;\" aria-describedby=\"field.notes.help\"></textarea>");
  Field box{"ok", "OK", "", FieldType::Checkbox, 0, 1, false, true, {}, 3, ""};
  CHECK(tk::html::render_control(box) == "<input type=\"checkbox\" id=\"field.ok\" name=\"ok\" checked> <label for=\"field.ok\">OK</label>");
  Field date{"when", "When", "", FieldType::Date, 0, 1, false, false, {}, 3, ""};
  CHECK(tk::html::render_control(date).find("type=\"date\"") != std::string::npos);
  Field full{"goal_1_status", "Status", "", FieldType::Choice, 0, 1, false, false, {"On track", "Off track"}, 3, "Goal 1 status"};
  CHECK(tk::html::render_control(full).rfind("<fieldset class=\"choice\" id=\"field.goal_1_status\" aria-label=\"Goal 1 status\"><legend>Status</legend>", 0) == 0);
  Field note{"goal_1_notes", "Notes", "", FieldType::Multiline, 0, 3, false, false, {}, 3, "Goal 1 notes"};
  CHECK(tk::html::render_control(note) == "<label for=\"field.goal_1_notes\">Notes</label>"
                                          "<textarea id=\"field.goal_1_notes\" name=\"goal_1_notes\" rows=\"3\" aria-label=\"Goal 1 notes\"></textarea>");
  Field pick{"level", "Level <1>", "Pick one", FieldType::Choice, 0, 1, false, false, {"Not yet", "A & B"}, 3, ""};
  CHECK(tk::html::render_control(pick) ==
        "<fieldset class=\"choice\" id=\"field.level\" aria-describedby=\"field.level.help\"><legend>Level &lt;1&gt;</legend>"
        "<span class=\"field-help\" id=\"field.level.help\">Pick one</span>"
        "<span class=\"option\"><input type=\"radio\" id=\"field.level.1\" name=\"level\" value=\"Not yet\"> "
        "<label for=\"field.level.1\">Not yet</label></span>"
        "<span class=\"option\"><input type=\"radio\" id=\"field.level.2\" name=\"level\" value=\"A &amp; B\"> "
        "<label for=\"field.level.2\">A &amp; B</label></span></fieldset>");
}

TEST_CASE("the fixture site renders every kind of page", "[html]") {
  tk::Diagnostics d;
  auto site = tk::test::load_site(std::string(TK_FIXTURES) + "/site_minimal", d);
  REQUIRE(tk::test::all_messages(d).empty());
  tk::html::Theme theme;
  REQUIRE(theme.load(std::string(TK_SOURCE_DIR) + "/themes/default", d));
  tk::render::MemoryOutput out;
  tk::html::write_site(site, theme, out);
  for (const char* p : {"index.html", "stages/start/index.html", "tools/compact/index.html", "jobs/liaison/index.html",
                        "spotlights/index.html", "spotlights/a-partnership/index.html", "focus-areas/partnerships/index.html",
                        "accessibility/index.html", "downloads/index.html", "search/index.html", "404.html", "sitemap.xml",
                        "robots.txt"})
    CHECK(out.data.count(p) == 1);
  const std::string& tool = out.at("tools/compact/index.html");
  CHECK(tool.find("<html lang=\"en-US\">") != std::string::npos);
  CHECK(tool.find("<link rel=\"canonical\" href=\"https://example.org/toolkit/tools/compact/\">") != std::string::npos);
  CHECK(tool.find("name=\"district\"") != std::string::npos);
  CHECK(tool.find("name=\"place_candidates_district\"") != std::string::npos);
  CHECK(tool.find("<input type=\"date\" id=\"field.date_signed\" name=\"date_signed\">") != std::string::npos);
  CHECK(tool.find("aria-current=\"page\"") != std::string::npos);
  CHECK(tool.find("Last updated: <time datetime=\"2026-11-02\">November 2, 2026</time>") != std::string::npos);
  const std::string& home = out.at("index.html");
  CHECK(home.find("<a class=\"external\" href=\"https://example.org/resource\">Outside Resource") != std::string::npos);
  CHECK(home.find("Available on request") != std::string::npos);
  CHECK(home.find("mailto:help@example.org") != std::string::npos);
  const std::string& fa = out.at("focus-areas/partnerships/index.html");
  CHECK(fa.find("Focus area 1") != std::string::npos);
  CHECK(fa.find("<details><summary>What if we are small?</summary>") != std::string::npos);
  CHECK(fa.find("A Partnership") != std::string::npos);  // the case study tagged with it
  CHECK(fa.find("What the field says") < fa.find("Key components"));
  CHECK(out.at("sitemap.xml").find("<loc>https://example.org/toolkit/tools/compact/</loc><lastmod>2026-11-02</lastmod>") != std::string::npos);
}

TEST_CASE("content cannot inject markup into pages", "[html]") {
  tk::test::TempDir dir;
  auto f = tk::test::minimal_site();
  f["pages/x.md"] = "---\ntitle: \"<script>alert(1)</script>\"\nsummary: \"\\\" onmouseover=\\\"x\"\n---\n<img src=x onerror=alert(1)>\n\n[a](javascript:alert(1))\n";
  tk::Diagnostics d;
  auto site = tk::test::load_files(dir, f, d);
  REQUIRE_FALSE(d.has_errors());
  tk::html::Theme theme;
  REQUIRE(theme.load(std::string(TK_SOURCE_DIR) + "/themes/default", d));
  tk::render::MemoryOutput out;
  tk::html::write_site(site, theme, out);
  const std::string& page = out.at("x/index.html");
  CHECK(page.find("<script>alert") == std::string::npos);
  CHECK(page.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(page.find("onerror") == std::string::npos);
  CHECK(page.find("javascript:") == std::string::npos);
  CHECK(page.find("\" onmouseover=\"x") == std::string::npos);
}

TEST_CASE("a body cache gives every page the HTML it renders without one, each body rendered once", "[html]") {
  tk::Diagnostics d;
  auto site = tk::test::load_site(std::string(TK_FIXTURES) + "/site_minimal", d);
  tk::html::Theme theme;
  REQUIRE(theme.load(std::string(TK_SOURCE_DIR) + "/themes/default", d));
  auto outline = std::make_shared<const tk::model::Outline>(tk::model::outline(site));
  auto render_all = [&](tk::html::BodyCache* bodies) {
    tk::render::MemoryOutput out;
    for (auto& u : tk::html::page_units(site, theme, outline, bodies)) {
      u.prepare(out);
      u.write(out);
    }
    return out.data;
  };
  const auto plain = render_all(nullptr);
  tk::html::BodyCache bodies;
  CHECK(render_all(&bodies) == plain);
  CHECK(render_all(&bodies) == plain);  // every body from the cache this time
  // What is kept is what make() gave, once per node, page and address.
  int made = 0;
  const tk::model::Page& tool = site.pages.front();
  auto make = [&made] {
    ++made;
    return std::string("<p>made</p>");
  };
  tk::html::BodyCache fresh;
  CHECK(fresh.get(tool.body, &tool, "/tools/x/", make) == "<p>made</p>");
  CHECK(fresh.get(tool.body, &tool, "/tools/x/", make) == "<p>made</p>");
  CHECK(made == 1);
  fresh.get(tool.body, &tool, "/other/", make);  // seen from elsewhere, its relative links differ
  CHECK(made == 2);
}
