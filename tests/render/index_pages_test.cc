// The pages made from other pages (the spotlights list, the downloads page): their bodies, for their PDFs,
// list what the web pages list, in the same order.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "render/index_pages.h"

using tk::model::Kind;
using tk::model::Page;
using tk::model::Site;
namespace doc = tk::doc;

namespace {

Page page(Kind k, const std::string& slug, const std::string& title, const std::string& updated = "") {
  Page p;
  p.kind = k;
  p.slug = slug;
  p.title = title;
  p.updated = updated;
  return p;
}

// "H2:text" for headings, "P:text" for paragraphs, "LI:text" for list items (links as their text).
std::vector<std::string> outline(const doc::Node& body) {
  std::vector<std::string> out;
  for (const auto& b : body.children) {
    if (b.kind == doc::Kind::Heading) out.push_back("H" + std::to_string(b.level) + ":" + doc::plain_text(b));
    if (b.kind == doc::Kind::Paragraph) out.push_back("P:" + doc::plain_text(b));
    if (b.kind == doc::Kind::List)
      for (const auto& item : b.children) out.push_back("LI:" + doc::plain_text(item.children.at(0)));
  }
  return out;
}

std::string link_of(const doc::Node& n) {
  if (n.kind == doc::Kind::Link) return n.url();
  for (const auto& c : n.children)
    if (std::string u = link_of(c); !u.empty()) return u;
  return "";
}

Site sample() {
  Site s;
  s.config.title = "Partnership Toolkit";
  s.pages.push_back(page(Kind::Stage, "plan", "Plan"));
  s.pages.push_back(page(Kind::Stage, "review", "Review"));
  Page t = page(Kind::Tool, "compact", "Compact", "2026-03-01");
  t.stages = {"plan", "review"};
  t.formats = {"pdf", "docx"};
  s.pages.push_back(t);
  Page web = page(Kind::Tool, "guide", "Guide", "2027-01-01");  // no downloads: not listed
  web.stages = {"plan"};
  s.pages.push_back(web);
  Page sp = page(Kind::Spotlight, "boston", "Boston partners", "2026-05-02");
  sp.summary = "A placement network.";
  sp.location = "Boston, MA";
  sp.partners = {{"Boston University", "program"}, {"Boston Public Schools", "district"}};
  s.pages.push_back(sp);
  s.pages.push_back(page(Kind::Spotlight, "quiet", "Quiet one"));
  s.reindex();
  return s;
}

}  // namespace

TEST_CASE("the spotlights list's body: each spotlight linked, its summary, place and partners", "[render][index_pages]") {
  Site s = sample();
  Page p = tk::render::spotlights_page(s);
  CHECK(p.url() == "/spotlights/");
  CHECK(p.page_pdf_url() == "/spotlights/spotlights.pdf");
  CHECK(p.title == "Partnership spotlights");
  CHECK(outline(p.body) == std::vector<std::string>{"H2:Boston partners", "P:A placement network.",
                                                    "P:Boston, MA \u00B7 Boston University, Boston Public Schools",
                                                    "H2:Quiet one"});
  CHECK(link_of(p.body.children.at(0)) == "/spotlights/boston/");
  CHECK(p.updated == "2026-05-02");  // the newest spotlight's
}

TEST_CASE("the downloads page's body: the whole toolkit, then each stage's templates with their formats", "[render][index_pages]") {
  Site s = sample();
  Page p = tk::render::downloads_page(s, tk::model::outline(s));
  CHECK(p.page_pdf_url() == "/downloads/downloads.pdf");
  std::vector<std::string> o = outline(p.body);
  REQUIRE(o.size() == 9);
  CHECK(o[0] == "H2:The whole toolkit");
  CHECK(o[1] == "LI:The whole toolkit as one PDF");
  CHECK(o[4] == "H2:Plan");
  CHECK(o[5] == "LI:Compact: PDF, Word");
  CHECK(o[6] == "H2:Review");
  CHECK(o[7] == "LI:Compact (listed under Plan): PDF, Word");
  CHECK(link_of(p.body.children.at(1)) == "/downloads/partnership-toolkit.pdf");
  CHECK(p.updated == "2026-03-01");  // the newest template's, not the web-only guide's

  Site none;  // no templates: no whole-toolkit section, no stage lists
  none.pages.push_back(page(Kind::Stage, "plan", "Plan"));
  none.reindex();
  CHECK(outline(tk::render::downloads_page(none, tk::model::outline(none)).body) ==
        std::vector<std::string>{"P:The PDF templates have fill-in fields that work in Adobe Acrobat Reader, Preview and web "
                                 "browsers. The Word templates have content controls for Microsoft Word and LibreOffice."});
}
