// model::outline on tests/fixtures/outline_site: sections, first listings, names, the date, format views.
#include <catch2/catch.hpp>

#include "model/outline.h"
#include "support/test_support.h"

namespace {

using tk::model::Kind;

struct Fixture {
  tk::Diagnostics diags;
  tk::model::Site site = tk::test::load_site(std::string(TK_FIXTURES) + "/outline_site", diags);
  tk::model::Outline outline = tk::model::outline(site);

  // "stage-or-other: name[*]" per entry, * for a pointer to an earlier listing.
  std::vector<std::string> listing(const tk::model::Outline& o) const {
    std::vector<std::string> out;
    for (const auto& sec : o.sections) {
      out.push_back(sec.stage ? std::to_string(sec.number) + "-" + sec.stage->slug : "other");
      for (const auto& e : sec.entries) out.push_back("  " + e.name + (e.first ? "" : "*"));
    }
    return out;
  }
};

}  // namespace

TEST_CASE("outline: stages in order with their templates, then the templates on no stage", "[outline]") {
  Fixture f;
  REQUIRE_FALSE(f.diags.has_errors());
  CHECK(f.listing(f.outline) == std::vector<std::string>{"1-plan", "  intake", "  tool-agreement", "2-review", "  intake*",
                                                          "  notes", "  job-agreement", "3-close", "other", "  loose"});
  // A template listed again points to the stage that shows it, whatever the order of its `stages:`.
  const auto& again = f.outline.sections[1].entries[0];
  REQUIRE(again.first_under);
  CHECK(again.first_under->slug == "plan");
  CHECK(f.outline.first(*again.page) == &f.outline.sections[0].entries[0]);
  // Every template once, in Site::forms() order.
  std::vector<const tk::model::Page*> firsts;
  for (const auto* e : f.outline.firsts()) firsts.push_back(e->page);
  CHECK(firsts == f.site.forms());
}

TEST_CASE("outline: the date is the newest of the stages and templates, whatever their formats", "[outline]") {
  Fixture f;
  // notes (docx only) is 2026-05-01; pages/about.md (2026-06-01) is not printed by the bundles.
  CHECK(f.outline.updated == "2026-05-01");
  CHECK(f.outline.with_format("pdf").updated == "2026-05-01");
}

TEST_CASE("outline: a format's view keeps every stage, the names and the date", "[outline]") {
  Fixture f;
  CHECK(f.listing(f.outline.with_format("pdf")) ==
        std::vector<std::string>{"1-plan", "  intake", "  tool-agreement", "2-review", "  intake*", "  job-agreement", "3-close",
                                 "other", "  loose"});
  // The job keeps its kind in its name in the .docx view, where the PDF-only tool of the same slug is gone.
  CHECK(f.listing(f.outline.with_format("docx")) ==
        std::vector<std::string>{"1-plan", "  intake", "2-review", "  intake*", "  notes", "  job-agreement", "3-close", "other",
                                 "  loose"});
}

TEST_CASE("outline: no templates, no \"other\" section; no dates, no date", "[outline]") {
  tk::test::TempDir dir;
  auto files = tk::test::minimal_site();
  files["stages/s.md"] = "---\ntitle: S\nsummary: A stage.\nactivities: [One]\n---\nText.\n";
  tk::Diagnostics d;
  tk::model::Site site = tk::test::load_files(dir, files, d);
  REQUIRE_FALSE(d.has_errors());
  tk::model::Outline o = tk::model::outline(site);
  REQUIRE(o.sections.size() == 1);
  CHECK(o.sections[0].entries.empty());
  CHECK(o.updated.empty());
  CHECK(o.firsts().empty());
}

TEST_CASE("outline: over a copy of the site, the same outline on the copy's pages", "[outline]") {
  Fixture f;
  tk::model::Site copy = f.site;  // pipeline's bundle copy: the same pages in the same order
  copy.reindex();
  const tk::model::Outline moved = f.outline.over(f.site, copy);
  CHECK(f.listing(moved) == f.listing(tk::model::outline(copy)));
  CHECK(moved.updated == f.outline.updated);
  auto in_copy = [&](const tk::model::Page* p) { return p >= copy.pages.data() && p < copy.pages.data() + copy.pages.size(); };
  for (const auto& sec : moved.sections) {
    if (sec.stage) CHECK(in_copy(sec.stage));
    for (const auto& e : sec.entries) {
      CHECK(in_copy(e.page));
      if (e.first_under) CHECK(in_copy(e.first_under));
    }
  }
  CHECK(moved.first(*moved.sections[1].entries[0].page) == &moved.sections[0].entries[0]);
  // Not a copy of the site it was made from: refused, never pointers into the wrong pages.
  tk::model::Site other = f.site;
  other.pages.pop_back();
  CHECK_THROWS_AS(f.outline.over(f.site, other), std::logic_error);
  tk::model::Site shuffled = f.site;  // a stage of the outline trades places with another page
  const std::size_t at = static_cast<std::size_t>(f.outline.sections[0].stage - f.site.pages.data());
  std::swap(shuffled.pages[at], shuffled.pages[at == 0 ? 1 : 0]);
  CHECK_THROWS_AS(f.outline.over(f.site, shuffled), std::logic_error);
  CHECK_THROWS_AS(f.outline.over(copy, f.site), std::logic_error);
}
