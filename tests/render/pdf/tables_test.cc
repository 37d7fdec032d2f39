// Tables (render/pdf/tables.cc) as a reader of the PDF gets them: header cells are TH with a scope,
// a table longer than a page repeats its header row on the next page (as an artifact), an empty
// cell is a multi-line field.
#include <catch2/catch.hpp>

#include "render/pdf/pdf_read_back.h"

using tk::model::Kind;
namespace rb = tk::test::pdf;

namespace {

// A table of `rows` body rows under a two-column header.
rb::SiteFixture table_site(int rows, bool empty_cell = false) {
  std::string md = "---\ntitle: Roster\nstages: [start]\n---\n| Role | Responsibility |\n|---|---|\n";
  for (int i = 1; i <= rows; ++i)
    md += "| Row " + std::to_string(i) + " | " + (empty_cell && i == 1 ? std::string(" ") : "Duty number " + std::to_string(i)) + " |\n";
  return rb::SiteFixture({{"stages/01-start.md", "---\ntitle: Start\nactivities: [Meet]\n---\nBegin.\n"},
                          {"tools/roster.md", md}});
}

}  // namespace

TEST_CASE("pdf tables: header cells are TH with a column scope, body cells TD, in rows", "[pdf]") {
  rb::SiteFixture f = table_site(3);
  REQUIRE_FALSE(f.diags.has_errors());
  rb::PdfFile pdf(rb::draw(rb::body_layout(f.page(Kind::Tool, "roster"))));
  nlohmann::json j = pdf.json();
  auto th = rb::struct_elems(j, "/TH");
  REQUIRE(th.size() == 2);
  for (const auto& e : th) CHECK(e.at("/A").at("/Scope") == "/Column");
  CHECK(rb::struct_elems(j, "/TD").size() == 6);
  CHECK(rb::struct_elems(j, "/TR").size() == 4);
  CHECK(rb::struct_elems(j, "/Table").size() == 1);
  const std::string text = pdf.text("-raw");
  CHECK(text.find("Role") < text.find("Row 1"));
  CHECK(text.find("Row 1") < text.find("Duty number 1"));
  CHECK(text.find("Duty number 1") < text.find("Row 2"));
}

TEST_CASE("pdf tables: a table longer than a page repeats its header on the next page", "[pdf]") {
  rb::SiteFixture f = table_site(80);
  tk::pdf::DocLayout layout = rb::body_layout(f.page(Kind::Tool, "roster"));
  rb::PdfFile pdf(rb::draw(layout));
  int pages = 0;
  const std::string info = pdf.info();
  REQUIRE(info.find("Pages:") != std::string::npos);
  pages = std::stoi(info.substr(info.find("Pages:") + 6));
  REQUIRE(pages >= 2);
  for (int p = 1; p <= pages; ++p) {
    INFO("page " << p);
    std::string text = pdf.text("-raw -f " + std::to_string(p) + " -l " + std::to_string(p));
    CHECK(text.find("Role") != std::string::npos);
    CHECK(text.find("Responsibility") != std::string::npos);
    CHECK(text.find("Role") < text.find("Row "));
  }
  CHECK(pdf.text("-raw").find("Duty number 80") != std::string::npos);
  // The repeats are decoration: the structure has the header row once.
  nlohmann::json j = pdf.json();
  CHECK(rb::struct_elems(j, "/TH").size() == 2);
  CHECK(rb::struct_elems(j, "/TR").size() == 81);
  int check = 1;
  pdf.check(&check);
  CHECK(check == 0);
}

TEST_CASE("pdf tables: an empty body cell is a multi-line field named after its row and column", "[pdf]") {
  rb::SiteFixture f = table_site(2, true);
  REQUIRE_FALSE(f.diags.has_errors());
  const tk::model::Page& page = f.page(Kind::Tool, "roster");
  REQUIRE(page.fields.size() == 1);
  rb::PdfFile pdf(rb::draw(rb::body_layout(page)));
  nlohmann::json j = pdf.json();
  const auto& fields = j.at("acroform").at("fields");
  REQUIRE(fields.size() == 1);
  CHECK(fields[0]["fullname"] == page.fields[0].name);
  CHECK(fields[0]["fieldflags"].get<int>() & 4096);  // multiline
  CHECK(rb::json_text(fields[0]["alternativename"]).find("Responsibility") != std::string::npos);
}
