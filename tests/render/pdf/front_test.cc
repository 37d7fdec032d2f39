// A page's title block and absolute links (render/pdf/front.cc) as the PDF shows them: kind and site,
// the title as the H1, the summary, publisher and date, the online address as a link.
#include <catch2/catch.hpp>

#include "render/pdf/front.h"
#include "render/pdf/pdf_read_back.h"

using tk::model::Kind;
namespace rb = tk::test::pdf;

namespace {

rb::SiteFixture front_site(bool fields) {
  std::string md = "---\ntitle: Partnership Compact\nsummary: What both partners agree to, signed each year.\n"
                   "updated: 2026-11-02\nstages: [start]\n---\nThe compact.\n";
  if (fields) md += "\nDistrict: __________\n";
  return rb::SiteFixture({{"stages/01-start.md", "---\ntitle: Start\nactivities: [Meet]\n---\nBegin.\n"},
                          {"tools/compact.md", md}});
}

// The title block alone, drawn.
tk::pdf::DocLayout title_only(const tk::model::Site& site, const tk::model::Page& page, std::size_t* title = nullptr) {
  tk::pdf::DocLayout layout;
  tk::pdf::BodyBuilder b(layout, tk::pdf::font_measure(),
                         [&](const std::string& u) { return tk::pdf::site_link(site, u); });
  b.begin_page(page, "", "", 0);
  std::size_t t = tk::pdf::title_block(b, site, page, tk::pdf::body_ctx(0));
  if (title) *title = t;
  return layout;
}

}  // namespace

TEST_CASE("pdf front: the title block shows kind, site, title, summary, publisher, date and address", "[pdf]") {
  rb::SiteFixture f = front_site(true);
  REQUIRE_FALSE(f.diags.has_errors());
  const tk::model::Page& page = f.page(Kind::Tool, "compact");
  std::size_t title = 0;
  tk::pdf::DocLayout layout = title_only(f.site, page, &title);
  CHECK(layout.units.at(title).dest == "top");
  rb::PdfFile pdf(rb::draw(layout));
  const std::string text = pdf.text("-raw");
  INFO(text);
  std::vector<std::string> order{"Test Toolkit \u00B7 Tool", "Partnership Compact",
                                 "What both partners agree to, signed each year.",
                                 "Test Agency \u00B7 Last updated November 2, 2026",
                                 "Online version: https://example.org/tk/tools/compact/", "This is a fill-in form."};
  CHECK(rb::missing_in_order(text, order) == "");
  nlohmann::json j = pdf.json();
  REQUIRE(rb::struct_elems(j, "/H1").size() == 1);
  // The address is a link annotation to itself, announced with its words.
  std::size_t links = 0;
  for (const auto& o : rb::objects(j))
    if (o.is_object() && o.value("/Subtype", "") == "/Link") {
      ++links;
      CHECK(rb::json_text(o.at("/A").at("/URI")) == "https://example.org/tk/tools/compact/");
      CHECK(rb::json_text(o.at("/Contents")) == "Online version: https://example.org/tk/tools/compact/");
    }
  CHECK(links == 1);
  CHECK(rb::struct_elems(j, "/Link").size() == 1);
}

TEST_CASE("pdf front: no fill-in note without fields, no address without a base_url", "[pdf]") {
  rb::SiteFixture f = front_site(false);
  f.site.config.base_url.clear();
  const tk::model::Page& page = f.page(Kind::Tool, "compact");
  const std::string text = rb::PdfFile(rb::draw(title_only(f.site, page))).text("-raw");
  INFO(text);
  CHECK(text.find("Partnership Compact") != std::string::npos);
  CHECK(text.find("fill-in form") == std::string::npos);
  CHECK(text.find("Online version") == std::string::npos);
  CHECK(text.find("Last updated November 2, 2026") != std::string::npos);
}

TEST_CASE("pdf front: site links are absolute under the base URL, headings kept", "[pdf]") {
  rb::SiteFixture f = front_site(false);
  CHECK(tk::pdf::site_link(f.site, "/tools/compact/#signing").uri == "https://example.org/tk/tools/compact/#signing");
  CHECK(tk::pdf::site_link(f.site, "/").uri == "https://example.org/tk/");
  CHECK(tk::pdf::site_link(f.site, "https://other.example/x").uri == "https://other.example/x");
}
