// The typed site's accessors: names of kinds and field types, permalinks and download paths, lookups with and
// without the index, the lists stages and focus areas show, the templates in stage order, the bundles' stem.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "model/site.h"

using tk::model::FieldType;
using tk::model::Kind;
using tk::model::Page;
using tk::model::Site;

namespace {

Page page(Kind k, const std::string& slug, const std::string& title = "T") {
  Page p;
  p.kind = k;
  p.slug = slug;
  p.title = title;
  return p;
}

std::vector<std::string> slugs(const std::vector<const Page*>& pages) {
  std::vector<std::string> out;
  for (const Page* p : pages) out.push_back(p->slug);
  return out;
}

// Pages in the loader's order (kind, weight, title): two stages, tools and jobs on them, spotlights, a page.
Site sample() {
  Site s;
  s.config.title = "Student Teaching: Partnership Toolkit";
  s.pages.push_back(page(Kind::Home, "index"));
  s.pages.push_back(page(Kind::Stage, "plan"));
  s.pages.push_back(page(Kind::Stage, "review"));
  Page t1 = page(Kind::Tool, "compact");
  t1.stages = {"review", "plan"};
  t1.formats = {"pdf", "docx"};
  Page t2 = page(Kind::Tool, "log");
  t2.stages = {"review"};
  t2.formats = {"docx"};
  Page t3 = page(Kind::Tool, "outside");
  t3.stages = {"plan"};
  t3.link = "https://example.org/form";
  Page t4 = page(Kind::Tool, "loose");  // on no stage
  t4.formats = {"pdf"};
  Page j = page(Kind::Job, "mentor");
  j.stages = {"plan"};
  j.formats = {"pdf"};
  Page sa = page(Kind::Spotlight, "zeta", "Zeta district");
  sa.focus_areas = {"mentors"};
  Page sb = page(Kind::Spotlight, "alpha", "Alpha program");
  sb.focus_areas = {"mentors", "data"};
  for (Page* p : {&t1, &t2, &t3, &t4, &j, &sa, &sb}) s.pages.push_back(*p);
  s.pages.push_back(page(Kind::Page, "about"));
  return s;
}

}  // namespace

TEST_CASE("kinds and field types have the names URLs, labels and the front matter use", "[model][site]") {
  CHECK(std::string(tk::model::kind_name(Kind::FocusArea)) == "focus-area");
  CHECK(std::string(tk::model::kind_folder(Kind::FocusArea)) == "focus-areas");
  CHECK(std::string(tk::model::kind_folder(Kind::Home)).empty());
  CHECK(std::string(tk::model::kind_folder(Kind::Page)) == "pages");
  CHECK(std::string(tk::model::kind_label(Kind::Job)) == "Sample job description");
  CHECK(std::string(tk::model::field_type_name(FieldType::Multiline)) == "multiline");
  CHECK(std::string(tk::model::field_type_name(FieldType::Choice)) == "choice");
}

TEST_CASE("permalinks, downloads and the page's own PDF", "[model][site]") {
  Page home = page(Kind::Home, "index");
  Page about = page(Kind::Page, "about");
  Page tool = page(Kind::Tool, "compact");
  tool.formats = {"docx", "pdf"};
  Page stage = page(Kind::Stage, "initiation");
  CHECK(home.url() == "/");
  CHECK(about.url() == "/about/");
  CHECK(tool.url() == "/tools/compact/");
  CHECK(page(Kind::FocusArea, "data").url() == "/focus-areas/data/");
  CHECK(tool.download_url("docx") == "/tools/compact/compact.docx");
  CHECK(tool.has_format("pdf"));
  CHECK_FALSE(stage.has_format("pdf"));
  CHECK(tool.page_pdf_url() == "/tools/compact/compact.pdf");  // the template's download is its PDF
  CHECK(stage.page_pdf_url() == "/stages/initiation/initiation.pdf");
  CHECK(home.page_pdf_url() == "/index.pdf");
}

TEST_CASE("outside links and the audience as the page says it", "[model][site]") {
  Page p = page(Kind::Tool, "x");
  p.link = "https://example.org/";
  CHECK(p.is_external_link());
  p.link = "http://example.org/";
  CHECK(p.is_external_link());
  p.link = "/tools/y/";
  CHECK_FALSE(p.is_external_link());
  p.link = "mailto:a@example.org";
  CHECK_FALSE(p.is_external_link());
  CHECK(p.audience_text().empty());
  p.audience = {"program", "district", "state"};
  CHECK(p.audience_text() == "preparation programs, school districts, the state");
}

TEST_CASE("find and of_kind give the same answers with and without the index", "[model][site]") {
  Site s = sample();
  for (bool indexed : {false, true}) {
    INFO("indexed " << indexed);
    if (indexed) s.reindex();
    REQUIRE(s.home() != nullptr);
    CHECK(s.home()->slug == "index");
    REQUIRE(s.find(Kind::Tool, "log") != nullptr);
    CHECK(s.find(Kind::Tool, "log")->formats == std::vector<std::string>{"docx"});
    CHECK(s.find(Kind::Stage, "log") == nullptr);  // a slug belongs to its kind
    CHECK(s.find(Kind::Tool, "nope") == nullptr);
    CHECK(slugs(s.of_kind(Kind::Tool)) == std::vector<std::string>{"compact", "log", "outside", "loose"});
    CHECK(slugs(s.of_kind(Kind::FocusArea)).empty());
  }
  // A page added after reindex() is still found: the stale index is not used.
  s.pages.push_back(page(Kind::Page, "late"));
  REQUIRE(s.find(Kind::Page, "late") != nullptr);
  CHECK(slugs(s.of_kind(Kind::Page)) == std::vector<std::string>{"about", "late"});
  CHECK(Site().home() == nullptr);
}

TEST_CASE("a stage lists its tools then its jobs; a focus area its spotlights by title", "[model][site]") {
  Site s = sample();
  CHECK(slugs(s.stage_items("plan")) == std::vector<std::string>{"compact", "outside", "mentor"});
  CHECK(slugs(s.stage_items("review")) == std::vector<std::string>{"compact", "log"});
  CHECK(s.stage_items("nope").empty());
  CHECK(slugs(s.spotlights_for("mentors")) == std::vector<std::string>{"alpha", "zeta"});
  CHECK(slugs(s.spotlights_for("data")) == std::vector<std::string>{"alpha"});
}

TEST_CASE("templates: pages with downloads in stage order, each once, those on no stage last", "[model][site]") {
  Site s = sample();
  CHECK(slugs(s.forms()) == std::vector<std::string>{"compact", "mentor", "log", "loose"});
}

TEST_CASE("the bundles' stem is the title's slug under /downloads/, 'toolkit' when it has none", "[model][site]") {
  Site s = sample();
  CHECK(s.bundle_stem() == "/downloads/student-teaching-partnership-toolkit");
  s.config.title = "!!!";
  CHECK(s.bundle_stem() == "/downloads/toolkit");
  s.config.title = "Downloads";  // not downloads/downloads.*: that is the downloads page's own PDF
  CHECK(s.bundle_stem() == "/downloads/toolkit");
}
