// Drawing a laid-out document (render/pdf/render.cc) as readers see it: the page count and size, the
// running header and footer, page labels, links as annotations (to a web address or a place inside),
// bookmarks, the document's title and language.
#include <catch2/catch.hpp>

#include "render/pdf/fonts.h"
#include "render/pdf/pdf_read_back.h"
#include "render/pdf/style.h"

using tk::model::Kind;
namespace rb = tk::test::pdf;

namespace {

rb::SiteFixture long_site() {
  std::string md = "---\ntitle: Long Page\n---\n## Parties\n\nSee [the agency](https://agency.example/about) and "
                   "[the parties](#parties).\n\n";
  for (int i = 1; i <= 60; ++i) md += "Paragraph " + std::to_string(i) + " of the long page, long enough to wrap.\n\n";
  return rb::SiteFixture({{"pages/long.md", md}});
}

// The page's body with in-page links resolved to destinations, and the document settings.
struct Drawn {
  tk::pdf::DocLayout layout;
  std::vector<tk::pdf::PageLayout> pages;
  tk::pdf::RenderSpec spec;
  std::string bytes() const { return tk::pdf::render_pdf(layout, pages, spec); }
};

Drawn long_document(const tk::model::Page& page) {
  Drawn d;
  tk::pdf::BodyBuilder b(d.layout, tk::pdf::font_measure(), [](const std::string& u) {
    tk::pdf::LinkTarget t;
    if (u.find('#') != std::string::npos) t.dest = u.substr(u.find('#') + 1);
    else t.uri = u;
    return t;
  });
  b.begin_page(page, "", "", 1);
  b.blocks(page.body, tk::pdf::body_ctx(0));
  d.pages = tk::pdf::paginate(d.layout.units, tk::pdf::style::kBodyH);
  d.spec.title = "Long Page";
  d.spec.author = "Test Agency";
  d.spec.lang = "pl";
  d.spec.header_text = "Test Toolkit";
  d.spec.footer_text = "Test Agency";
  return d;
}

int pages_of(const std::string& info) { return std::stoi(info.substr(info.find("Pages:") + 6)); }

}  // namespace

TEST_CASE("pdf render: every page is US Letter, counted, with its header and 'Page N of M' footer", "[pdf]") {
  rb::SiteFixture f = long_site();
  REQUIRE_FALSE(f.diags.has_errors());
  Drawn d = long_document(f.page(Kind::Page, "long"));
  REQUIRE(d.pages.size() >= 2);
  rb::PdfFile pdf(d.bytes());
  const std::string info = pdf.info();
  INFO(info);
  CHECK(pages_of(info) == int(d.pages.size()));
  CHECK(info.find("Page size:       612 x 792 pts (letter)") != std::string::npos);
  CHECK(info.find("Title:           Long Page") != std::string::npos);
  CHECK(info.find("Author:          Test Agency") != std::string::npos);
  CHECK(info.find("Tagged:          yes") != std::string::npos);
  const int total = int(d.pages.size());
  for (int p = 1; p <= total; ++p) {
    INFO("page " << p);
    std::string text = pdf.text("-f " + std::to_string(p) + " -l " + std::to_string(p));
    CHECK(text.find("Test Toolkit") != std::string::npos);
    CHECK(text.find("Page " + std::to_string(p) + " of " + std::to_string(total)) != std::string::npos);
  }
  nlohmann::json j = pdf.json();
  bool lang = false;
  for (const auto& o : rb::objects(j)) lang = lang || (o.is_object() && o.value("/Type", "") == "/Catalog" && rb::json_text(o.value("/Lang", nlohmann::json())) == "pl");
  CHECK(lang);
}

TEST_CASE("pdf render: links are annotations, to a web address or to a place in the document", "[pdf]") {
  rb::SiteFixture f = long_site();
  rb::PdfFile pdf(long_document(f.page(Kind::Page, "long")).bytes());
  nlohmann::json j = pdf.json();
  std::vector<std::string> uris, contents;
  std::size_t internal = 0;
  for (const auto& o : rb::objects(j)) {
    if (!o.is_object() || o.value("/Subtype", "") != "/Link") continue;
    contents.push_back(rb::json_text(o.value("/Contents", nlohmann::json())));
    if (o.contains("/A") && o["/A"].contains("/URI")) uris.push_back(rb::json_text(o["/A"]["/URI"]));
    if (o.contains("/Dest") || (o.contains("/A") && o["/A"].value("/S", "") == "/GoTo")) ++internal;
    CHECK(o.contains("/StructParent"));
  }
  CHECK(uris == std::vector<std::string>{"https://agency.example/about"});
  CHECK(internal == 1);
  CHECK(contents == std::vector<std::string>{"the agency", "the parties"});
  REQUIRE(j.at("outlines").size() == 1);
  CHECK(j["outlines"][0]["title"] == "Parties");
  CHECK(j["outlines"][0]["destpageposfrom1"] == 1);
}

TEST_CASE("pdf render: page labels and page chrome as the document asks", "[pdf]") {
  rb::SiteFixture f = long_site();
  Drawn d = long_document(f.page(Kind::Page, "long"));
  d.spec.labels = {{0, 'r', 1}, {1, 'D', 1}};
  d.spec.chrome = [](int p, int) {
    tk::pdf::PageChrome c;
    c.header = p > 0;
    c.footer_right = "Sheet " + std::to_string(p + 1);
    return c;
  };
  rb::PdfFile pdf(d.bytes());
  nlohmann::json j = pdf.json();
  const auto& pages = j.at("pages");
  REQUIRE(pages.size() >= 2);
  CHECK(pages[0]["label"]["/S"] == "/r");
  CHECK(pages[1]["label"]["/S"] == "/D");
  const std::string first = pdf.text("-f 1 -l 1"), second = pdf.text("-f 2 -l 2");
  CHECK(first.find("Test Toolkit") == std::string::npos);  // no header on the first page
  CHECK(first.find("Sheet 1") != std::string::npos);
  CHECK(second.find("Test Toolkit") != std::string::npos);
  CHECK(second.find("Sheet 2") != std::string::npos);
}

TEST_CASE("pdf render: text too long for its place ends with an ellipsis", "[pdf]") {
  using tk::pdf::Face;
  const std::string title = "A running header far too long to fit in the space the page gives it";
  std::string fit = tk::pdf::fit_text(title, Face::Regular, 10, 150);
  CHECK(fit.size() < title.size());
  CHECK(fit.substr(fit.size() - 3) == "\u2026");
  CHECK(tk::pdf::text_width(Face::Regular, fit, 10) <= 150);
  CHECK(title.rfind(fit.substr(0, fit.size() - 3), 0) == 0);
  CHECK(tk::pdf::fit_text("Short", Face::Regular, 10, 150) == "Short");
}
