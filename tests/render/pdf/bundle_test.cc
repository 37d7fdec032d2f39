// The whole-toolkit PDF (render/pdf/bundle.cc) as a reader gets it: cover and contents, then each stage
// with its templates, as bookmarks in that order; a template's fields under its slug; page labels
// i, ii, ... before the first stage and 1, 2, ... from it.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

#include "render/pdf/pdf_read_back.h"
#include "render/pdf/pdf_writer.h"

using tk::model::Kind;
namespace rb = tk::test::pdf;

namespace {

rb::SiteFixture bundle_site() {
  return rb::SiteFixture(
      {{"stages/01-start.md", "---\ntitle: Start\nweight: 1\nactivities: [Meet the partners, Sign the compact]\n---\n## Why start\n\nBegin.\n"},
       {"stages/02-later.md", "---\ntitle: Later\nweight: 2\nactivities: [Review]\n---\nLater.\n"},
       {"tools/compact.md", "---\ntitle: Compact Form\nstages: [start]\n---\n## Parties\n\nDistrict: ______\n\n- [ ] Agree\n"},
       {"tools/review.md", "---\ntitle: Review Form\nstages: [later, start]\n---\nNotes: ______\n"},
       {"jobs/mentor.md", "---\ntitle: Mentor Role\nstages: [later]\n---\nName: ______\n"}});
}

std::vector<std::string> titles(const nlohmann::json& outlines) {
  std::vector<std::string> out;
  for (const auto& o : outlines) out.push_back(o.at("title").get<std::string>());
  return out;
}

}  // namespace

TEST_CASE("pdf bundle: bookmarks in the outline's order, each stage's templates and headings under it", "[pdf]") {
  rb::SiteFixture f = bundle_site();
  REQUIRE_FALSE(f.diags.has_errors());
  tk::pdf::Result r = tk::pdf::write_bundle(f.site);
  rb::PdfFile pdf(r.bytes);
  nlohmann::json j = pdf.json();
  const auto& top = j.at("outlines");
  CHECK(titles(top) == std::vector<std::string>{"Contents", "Stage 1: Start", "Stage 2: Later"});
  REQUIRE(top.size() == 3);
  // A stage's own headings (its body's and "Key activities"), then its templates, each once in the
  // document: Review Form is in both stages, drawn where the outline lists it first.
  std::vector<std::string> start = titles(top[1]["kids"]), later = titles(top[2]["kids"]);
  INFO(j["outlines"].dump(1));
  CHECK(std::count(start.begin(), start.end(), "Why start") == 1);
  CHECK(std::count(start.begin(), start.end(), "Key activities") == 1);
  CHECK(std::count(start.begin(), start.end(), "Compact Form") == 1);
  CHECK(std::count(later.begin(), later.end(), "Mentor Role") == 1);
  std::size_t review = std::count(start.begin(), start.end(), "Review Form") + std::count(later.begin(), later.end(), "Review Form");
  CHECK(review == 1);
  // Bookmarks lead forwards through the document.
  int last = 0;
  for (const auto& o : top) {
    CHECK(o["destpageposfrom1"].get<int>() > last);
    last = o["destpageposfrom1"].get<int>();
  }
}

TEST_CASE("pdf bundle: each template's fields are named <slug>.<field>, kept once", "[pdf]") {
  rb::SiteFixture f = bundle_site();
  rb::PdfFile pdf(tk::pdf::write_bundle(f.site).bytes);
  nlohmann::json j = pdf.json();
  std::multiset<std::string> names;
  for (const auto& fld : j.at("acroform").at("fields")) names.insert(fld.at("fullname").get<std::string>());
  std::multiset<std::string> want;
  for (const char* slug : {"compact", "review"})
    for (const auto& fld : f.page(Kind::Tool, slug).fields) want.insert(std::string(slug) + "." + fld.name);
  for (const auto& fld : f.page(Kind::Job, "mentor").fields) want.insert("mentor." + fld.name);
  CHECK(names == want);
  CHECK(names.count("compact.district") == 1);
  int status = 1;
  pdf.check(&status);
  CHECK(status == 0);
}

TEST_CASE("pdf bundle: the cover and contents are numbered i, ii; the stages from 1; contents list every part", "[pdf]") {
  rb::SiteFixture f = bundle_site();
  tk::pdf::Result r = tk::pdf::write_bundle(f.site);
  rb::PdfFile pdf(r.bytes);
  nlohmann::json j = pdf.json();
  const auto& pages = j.at("pages");
  REQUIRE(int(pages.size()) == r.pages);
  CHECK(pages[0]["label"]["/S"] == "/r");
  CHECK(pages[2]["label"]["/S"] == "/D");
  const std::string cover = pdf.text("-raw -f 1 -l 1"), contents = pdf.text("-raw -f 2 -l 2");
  CHECK(cover.find("Test Toolkit") != std::string::npos);
  CHECK(cover.find("The complete toolkit") != std::string::npos);
  for (const char* s : {"Contents", "Stage: Start", "Compact Form", "Stage: Later", "Mentor Role", "Review Form (see above)"}) {
    INFO(s << " in\n" << contents);
    CHECK(contents.find(s) != std::string::npos);
  }
  CHECK(rb::struct_elems(j, "/TOC").size() >= 1);
  CHECK(rb::struct_elems(j, "/TOCI").size() >= 6);
}
