// One content file -> model::Page, and site.yaml -> model::SiteConfig (generator/load/page_loader.cc): every
// kind's front matter read into the page by the key table, and each mistake at its file:line with its message.
#include <catch2/catch.hpp>

#include "load/page_loader.h"
#include "model/schema.h"
#include "support/test_support.h"

using tk::Diagnostics;
using tk::model::Kind;
using tk::model::Page;
using tk::test::all_messages;

namespace {

std::optional<Page> load(const std::string& rel, Kind kind, const std::string& bytes, Diagnostics& d) {
  return tk::load::load_page({rel, "content/" + rel, bytes}, kind, d);
}

// One file of a kind, and every message loading it gives.
struct Case {
  const char* rel;
  Kind kind;
  const char* bytes;
  const char* messages;
};

void check(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    INFO(c.bytes);
    Diagnostics d;
    load(c.rel, c.kind, c.bytes, d);
    CHECK(all_messages(d) == c.messages);
  }
}

}  // namespace

TEST_CASE("page loader: a page's front matter, every key everyone may write", "[load][page_loader]") {
  Diagnostics d;
  auto p = load("pages/03-about-us.md", Kind::Page,
                "---\ntitle: '  About us  '\nsummary: Who we are.\nslug: about\nweight: -5\ndraft: true\n"
                "updated: 2026-02-28\nimage: assets/team.png\nimage_alt: The team at a table\n---\nBody.\n",
                d);
  REQUIRE(all_messages(d).empty());
  REQUIRE(p);
  CHECK(p->kind == Kind::Page);
  CHECK(p->source_path == "pages/03-about-us.md");
  CHECK(p->title == "About us");
  CHECK(p->summary == "Who we are.");
  CHECK(p->slug == "about");
  CHECK(p->weight == -5);
  CHECK(p->draft);
  CHECK(p->updated == "2026-02-28");
  CHECK(p->image == "assets/team.png");
  CHECK(p->image_alt == "The team at a table");
  CHECK(p->key_lines.at("title") == 2);
  CHECK(p->key_lines.at("image_alt") == 9);

  auto plain = load("pages/03-about-us.md", Kind::Page, "---\ntitle: About\n---\n", d);
  REQUIRE(plain);
  CHECK(plain->slug == "about-us");  // from the file name, without its number
  CHECK(plain->weight == 0);
  CHECK_FALSE(plain->draft);
  auto home = load("index.md", Kind::Home, "---\ntitle: Home\n---\n", d);
  REQUIRE(home);
  CHECK(home->slug.empty());
  CHECK(all_messages(d).empty());
}

TEST_CASE("page loader: stages, tools, jobs, spotlights and focus areas", "[load][page_loader]") {
  Diagnostics d;
  auto stage = load("stages/01-initiation.md", Kind::Stage, "---\ntitle: Initiation\nactivities: [Meet, Agree on goals]\n---\n", d);
  REQUIRE(stage);
  CHECK(stage->activities == std::vector<std::string>{"Meet", "Agree on goals"});

  auto tool = load("tools/compact.md", Kind::Tool,
                   "---\ntitle: Compact\nstages: [initiation, planning]\nformats: [pdf]\nfocus_areas: [recruitment]\n"
                   "audience: [district, program]\n---\nThe template.\n",
                   d);
  REQUIRE(tool);
  CHECK(tool->stages == std::vector<std::string>{"initiation", "planning"});
  CHECK(tool->formats == std::vector<std::string>{"pdf"});
  CHECK(tool->focus_areas == std::vector<std::string>{"recruitment"});
  CHECK(tool->audience == std::vector<std::string>{"district", "program"});
  auto body_only = load("tools/b.md", Kind::Tool, "---\ntitle: B\n---\nA body.\n", d);
  REQUIRE(body_only);
  CHECK(body_only->formats == std::vector<std::string>{"pdf", "docx"});  // a body and no 'formats': both
  auto linked = load("jobs/l.md", Kind::Job, "---\ntitle: L\nlink: https://example.org/job\n---\n", d);
  REQUIRE(linked);
  CHECK(linked->link == "https://example.org/job");
  CHECK(linked->formats.empty());
  auto on_request = load("tools/r.md", Kind::Tool, "---\ntitle: R\navailability: on-request\ncontact: a@example.org\n---\n", d);
  REQUIRE(on_request);
  CHECK(on_request->on_request);
  CHECK(on_request->contact == "a@example.org");

  auto spotlight = load("spotlights/s.md", Kind::Spotlight,
                        "---\ntitle: S\nlocation: Ohio\nlink: https://example.org/story\nfocus_areas: [mentoring]\n"
                        "partners:\n  - {name: Lakeview District, type: district}\n  - {name: State U, type: program}\n---\n",
                        d);
  REQUIRE(spotlight);
  CHECK(spotlight->location == "Ohio");
  REQUIRE(spotlight->partners.size() == 2);
  CHECK(spotlight->partners[1].name == "State U");
  CHECK(spotlight->partners[1].type == "program");

  auto area = load("focus-areas/2-mentoring.md", Kind::FocusArea,
                   "---\ntitle: Mentoring\nnumber: 2\nfield_says: 8 in 10 mentors say so.\nfaq:\n  - q: Who pays?\n"
                   "    a: The *district* does.\n---\n",
                   d);
  REQUIRE(area);
  CHECK(area->number == 2);
  CHECK(area->field_says == "8 in 10 mentors say so.");
  REQUIRE(area->faq.size() == 1);
  CHECK(area->faq[0].q == "Who pays?");
  CHECK(area->faq[0].a.children.size() == 1);  // the answer is Markdown: one paragraph
  CHECK(all_messages(d).empty());
}

TEST_CASE("page loader: a typo'd key says did you mean; a key of another kind is unknown here", "[load][page_loader]") {
  check({
    {"tools/t.md", Kind::Tool, "---\ntitle: T\nsumary: Short.\nstags: [a]\n---\n",
      "content/tools/t.md:3:1: error: unknown key 'sumary' in the front matter of a tool (did you mean 'summary'?)\n"
      "content/tools/t.md:4:1: error: unknown key 'stags' in the front matter of a tool (did you mean 'stages'?)\n"},
    {"pages/p.md", Kind::Page, "---\ntitle: P\nstages: [a]\n---\n",
      "content/pages/p.md:3:1: error: unknown key 'stages' in the front matter of a page\n"},
    // A key of the table that this kind does not take is reported, and its value is still checked.
    {"pages/p.md", Kind::Page, "---\ntitle: P\nnumber: two\n---\n",
      "content/pages/p.md:3:1: error: unknown key 'number' in the front matter of a page\n"
      "content/pages/p.md:3:9: error: 'number' must be a whole number from -999999999 to 999999999 (got 'two')\n"},
  });
}

TEST_CASE("page loader: bad values, each at its value", "[load][page_loader]") {
  check({
    {"pages/p.md", Kind::Page, "---\ntitle: P\nupdated: 2026-13-01\n---\n",
      "content/pages/p.md:3:10: error: 'updated' is 2026-13-01, which is not a real date\n"},
    {"pages/p.md", Kind::Page, "---\ntitle: P\nupdated: 1 March 2026\n---\n",
      "content/pages/p.md:3:10: error: 'updated' must be a date written YYYY-MM-DD\n"},
    {"pages/p.md", Kind::Page, "---\ntitle: P\nupdated: 1970-01-01\n---\n",
      "content/pages/p.md:3:10: error: 'updated' is 1970-01-01: the year must be from 1980 to 2099\n"},
    {"pages/p.md", Kind::Page, "---\ntitle: P\nslug: About_Us\nweight: 2000000\ndraft: maybe\n---\n",
      "content/pages/p.md:3:7: error: a slug may hold only a-z, 0-9 and - (got 'About_Us')\n"
      "content/pages/p.md:4:9: error: 'weight' must be a whole number from -1000000 to 1000000 (got '2000000')\n"
      "content/pages/p.md:5:8: error: 'draft' must be true or false\n"},
    {"tools/t.md", Kind::Tool, "---\ntitle: T\navailability: on-requst\naudience: [districts]\n---\n",
      "content/tools/t.md:3:15: error: 'availability' must be on-request (did you mean 'on-request'?)\n"
      "content/tools/t.md:4:12: error: 'districts' is not allowed in 'audience'; use district, program, state (did you "
      "mean 'district'?)\n"},
    {"spotlights/s.md", Kind::Spotlight, "---\ntitle: S\npartners:\n  - {name: A, type: school}\n  - {name: B}\n---\n",
      "content/spotlights/s.md:4:21: error: partner type 'school' must be district, program, state or nonprofit\n"
      "content/spotlights/s.md:5:5: error: a partner needs a 'type' (district, program, state or nonprofit)\n"},
    {"pages/p.md", Kind::Page, "---\ntitle: P\nimage: assets/a.png\n---\n",
      "content/pages/p.md:3:8: error: 'image_alt' is required with 'image': describe the picture for people who "
      "cannot see it\n"},
  });
}

TEST_CASE("page loader: a missing or empty title, and the other required keys", "[load][page_loader]") {
  check({
    {"pages/p.md", Kind::Page, "---\nsummary: No title.\n---\n",
      "content/pages/p.md:2:1: error: missing required key 'title'\n"},
    {"pages/p.md", Kind::Page, "---\ntitle: '   '\n---\n",
      "content/pages/p.md:2:8: error: 'title' must not be empty\n"},
    {"pages/p.md", Kind::Page, "---\ntitle:\n---\n",
      "content/pages/p.md:2:1: error: 'title' has no value: write it after 'title:' on the same line, or remove the line\n"
      "content/pages/p.md:2:1: error: missing required key 'title'\n"},
    {"stages/s.md", Kind::Stage, "---\ntitle: S\n---\n",
      "content/stages/s.md:2:1: error: a stage needs 'activities': the list of its key activities\n"},
    {"pages/p.md", Kind::Page, "---\n- title\n---\n",
      "content/pages/p.md:2:1: error: front matter must be 'key: value' lines (at least 'title: ...')\n"},
  });
}

TEST_CASE("page loader: every Read::Custom key of the tables has its reader", "[load][page_loader]") {
  for (const auto& spec : tk::model::front_matter_keys()) {
    if (spec.read != tk::model::Read::Custom) continue;
    INFO(spec.key);
    Diagnostics d;
    CHECK_NOTHROW(load("pages/p.md", Kind::Page, "---\ntitle: P\n" + std::string(spec.key) + ": x\n---\n", d));
  }
  for (const auto& spec : tk::model::site_keys()) {
    if (spec.read != tk::model::Read::Custom) continue;
    INFO(spec.key);
    Diagnostics d;
    CHECK_NOTHROW(tk::load::load_site_config({"site.yaml", "content/site.yaml", std::string(spec.key) + ": x\n"}, d));
  }
}

TEST_CASE("page loader: site.yaml's keys, and its mistakes at their lines", "[load][page_loader]") {
  Diagnostics d;
  auto c = tk::load::load_site_config(
      {"site.yaml", "content/site.yaml",
       "title: Toolkit\nbase_url: https://example.org/kit\npublisher: The Agency\nlanguage: en-US\n"
       "description: Tools.\ncontact: help@example.org\nnav:\n  - {title: Tools, url: /tools/}\nfooter: Made by *us*.\n"
       "reading_grade_max: 10\nedit_url: https://example.org/edit/{path}\npage_pdfs: false\n"},
      d);
  REQUIRE(all_messages(d).empty());
  CHECK(c.title == "Toolkit");
  CHECK(c.base_url == "https://example.org/kit/");
  CHECK(c.publisher == "The Agency");
  CHECK(c.language == "en-US");
  CHECK(c.description == "Tools.");
  CHECK(c.contact == "help@example.org");
  REQUIRE(c.nav.size() == 1);
  CHECK(c.nav[0].url == "/tools/");
  CHECK(c.nav[0].line == 8);
  CHECK(c.reading_grade_max == 10);
  CHECK(c.edit_url == "https://example.org/edit/{path}");
  CHECK_FALSE(c.page_pdfs);
  CHECK(c.key_lines.at("page_pdfs") == 12);

  Diagnostics bad;
  tk::load::load_site_config({"site.yaml", "content/site.yaml",
                              "titel: T\nbase_url: example.org\nlanguage: en_US\nreading_grade_max: 30\n"
                              "edit_url: https://example.org/edit/\n"},
                             bad);
  CHECK(all_messages(bad) ==
        "content/site.yaml:1:1: error: unknown key 'titel' in site.yaml (did you mean 'title'?)\n"
        "content/site.yaml:1:1: error: site.yaml needs a 'title'\n"
        "content/site.yaml:1:1: error: site.yaml needs a 'publisher' (the agency's name)\n"
        "content/site.yaml:2:11: error: 'base_url' must be an absolute http or https URL, e.g. https://example.org/toolkit/\n"
        "content/site.yaml:3:11: error: 'language' must be a BCP 47 tag such as en or en-US\n"
        "content/site.yaml:4:20: error: 'reading_grade_max' must be a school grade from 1 to 20 (e.g. 10)\n"
        "content/site.yaml:5:11: error: 'edit_url' needs '{path}' where the page's file goes, e.g. "
        "https://github.com/agency/toolkit/edit/main/content/{path}\n");
}
