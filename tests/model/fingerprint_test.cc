// model::Hasher is the one serialisation of the model that serve's keys rest on: every member that an
// output can show must change the hash. (A member added to a struct does not compile in fingerprint.cc
// until it is hashed; this test checks that each one named there is really fed in.)
#include <catch2/catch.hpp>

#include <functional>

#include "model/fingerprint.h"
#include "render/document_input.h"

using namespace tk::model;

namespace {

Page sample() {
  Page p;
  p.kind = Kind::Tool;
  p.slug = "s";
  p.title = "T";
  p.body.kind = tk::doc::Kind::Document;
  tk::doc::Node para;
  para.kind = tk::doc::Kind::Paragraph;
  tk::doc::Node text;
  text.kind = tk::doc::Kind::Text;
  text.text = "x";
  para.children.push_back(text);
  p.body.children.push_back(para);
  p.fields.push_back(Field{"f", "F", "", FieldType::Text, 3, 1, false, false, {}, 1, ""});
  p.partners.push_back(Partner{"P", "district"});
  p.faq.push_back(Faq{"q", p.body});
  return p;
}

std::uint64_t page_hash(const Page& p) {
  Hasher x;
  x.page(p);
  return x.h;
}

std::uint64_t config_hash(const SiteConfig& c) {
  Hasher x;
  x.config(c);
  return x.h;
}

}  // namespace

TEST_CASE("every member of a page, its fields, partners and FAQ changes the hash", "[model][fingerprint]") {
  const std::uint64_t base = page_hash(sample());
  const std::vector<std::pair<const char*, std::function<void(Page&)>>> edits = {
      {"kind", [](Page& p) { p.kind = Kind::Job; }},
      {"slug", [](Page& p) { p.slug = "t"; }},
      {"source_path", [](Page& p) { p.source_path = "tools/t.md"; }},
      {"title", [](Page& p) { p.title = "U"; }},
      {"summary", [](Page& p) { p.summary = "s"; }},
      {"weight", [](Page& p) { p.weight = 3; }},
      {"draft", [](Page& p) { p.draft = true; }},
      {"updated", [](Page& p) { p.updated = "2026-01-01"; }},
      {"body text", [](Page& p) { p.body.children[0].children[0].text = "y"; }},
      {"body kind", [](Page& p) { p.body.children[0].children[0].kind = tk::doc::Kind::Code; }},
      {"body url", [](Page& p) { p.body.children[0].children[0].extra().url = "/x/"; }},
      {"body id", [](Page& p) { p.body.children[0].extra().id = "x"; }},
      {"activities", [](Page& p) { p.activities = {"a"}; }},
      {"stages", [](Page& p) { p.stages = {"a"}; }},
      {"formats", [](Page& p) { p.formats = {"pdf"}; }},
      {"link", [](Page& p) { p.link = "https://x"; }},
      {"on_request", [](Page& p) { p.on_request = true; }},
      {"contact", [](Page& p) { p.contact = "a@b"; }},
      {"audience", [](Page& p) { p.audience = {"state"}; }},
      {"focus_areas", [](Page& p) { p.focus_areas = {"f"}; }},
      {"partner name", [](Page& p) { p.partners[0].name = "Q"; }},
      {"partner type", [](Page& p) { p.partners[0].type = "state"; }},
      {"location", [](Page& p) { p.location = "Ohio"; }},
      {"image", [](Page& p) { p.image = "assets/a.png"; }},
      {"image_alt", [](Page& p) { p.image_alt = "a"; }},
      {"number", [](Page& p) { p.number = 2; }},
      {"field_says", [](Page& p) { p.field_says = "w"; }},
      {"faq q", [](Page& p) { p.faq[0].q = "r"; }},
      {"faq a", [](Page& p) { p.faq[0].a.children.clear(); }},
      {"field name", [](Page& p) { p.fields[0].name = "g"; }},
      {"field label", [](Page& p) { p.fields[0].label = "G"; }},
      {"field help", [](Page& p) { p.fields[0].help = "h"; }},
      {"field type", [](Page& p) { p.fields[0].type = FieldType::Date; }},
      {"field width", [](Page& p) { p.fields[0].width = 4; }},
      {"field lines", [](Page& p) { p.fields[0].lines = 2; }},
      {"field in_table", [](Page& p) { p.fields[0].in_table = true; }},
      {"field checked", [](Page& p) { p.fields[0].checked = true; }},
      {"field options", [](Page& p) { p.fields[0].options = {"a", "b"}; }},
      {"field full_label", [](Page& p) { p.fields[0].full_label = "Section: F"; }},
  };
  for (const auto& [name, edit] : edits) {
    Page p = sample();
    edit(p);
    INFO(name);
    CHECK(page_hash(p) != base);
  }
  // Source lines and loader bookkeeping are left out: moving text down a line changes no output.
  Page moved = sample();
  moved.fields[0].line = 9;
  moved.body.children[0].line = 9;
  moved.key_lines["title"] = 4;
  moved.chars_reported = true;
  CHECK(page_hash(moved) == base);
}

TEST_CASE("every member of site.yaml an output shows changes the hash", "[model][fingerprint]") {
  SiteConfig c;
  c.nav.push_back(NavItem{"Home", "/", 1});
  const std::uint64_t base = config_hash(c);
  const std::vector<std::pair<const char*, std::function<void(SiteConfig&)>>> edits = {
      {"title", [](SiteConfig& s) { s.title = "T"; }},
      {"publisher", [](SiteConfig& s) { s.publisher = "P"; }},
      {"base_url", [](SiteConfig& s) { s.base_url = "https://x/"; }},
      {"language", [](SiteConfig& s) { s.language = "fr"; }},
      {"description", [](SiteConfig& s) { s.description = "d"; }},
      {"contact", [](SiteConfig& s) { s.contact = "c"; }},
      {"edit_url", [](SiteConfig& s) { s.edit_url = "https://e/{path}"; }},
      {"page_pdfs", [](SiteConfig& s) { s.page_pdfs = false; }},
      {"build_time", [](SiteConfig& s) { s.build_time = 1700000000; }},
      {"nav title", [](SiteConfig& s) { s.nav[0].title = "Start"; }},
      {"nav url", [](SiteConfig& s) { s.nav[0].url = "/x/"; }},
      {"nav length", [](SiteConfig& s) { s.nav.push_back(NavItem{"A", "/a/", 2}); }},
      {"footer", [](SiteConfig& s) { s.footer.text = "f"; }},
  };
  for (const auto& [name, edit] : edits) {
    SiteConfig s = c;
    edit(s);
    INFO(name);
    CHECK(config_hash(s) != base);
  }
}

TEST_CASE("a document's key covers its whole input", "[model][fingerprint]") {
  Page p = sample();
  Site site;
  tk::render::DocumentInput in = tk::render::document_input(site, p, "pdf");
  const std::uint64_t base = tk::render::document_key(in);
  const std::vector<std::function<void(tk::render::DocumentInput&)>> edits = {
      [](tk::render::DocumentInput& i) { i.format = "docx"; },
      [](tk::render::DocumentInput& i) { i.site.title = "T"; },
      [](tk::render::DocumentInput& i) { i.site.publisher = "P"; },
      [](tk::render::DocumentInput& i) { i.site.base_url = "https://x/"; },
      [](tk::render::DocumentInput& i) { i.site.language = "fr"; },
      [](tk::render::DocumentInput& i) { i.styles = "<w:styles/>"; },
  };
  for (std::size_t k = 0; k < edits.size(); ++k) {
    tk::render::DocumentInput i = in;
    edits[k](i);
    INFO("edit " << k);
    CHECK(tk::render::document_key(i) != base);
  }
  Page q = sample();
  q.title = "Other";
  CHECK(tk::render::document_key(tk::render::document_input(site, q, "pdf")) != base);
}

TEST_CASE("without_body keeps what lists show and drops the body, fields and FAQ", "[model][fingerprint]") {
  Page p = sample();
  Page q = without_body(p);
  Hasher a, b;
  a.page_meta(p);
  b.page_meta(q);
  CHECK(a.h == b.h);
  CHECK(q.body.children.empty());
  CHECK(q.fields.empty());
  CHECK(q.faq.empty());
}

TEST_CASE("PageKeys: each page's hash and its listing hash, made once, as page_key makes them", "[model][fingerprint]") {
  Site site;
  site.pages.push_back(sample());
  Page other = sample();
  other.slug = "other";
  other.title = "Other";
  site.pages.push_back(other);
  PageKeys keys(site);
  for (const Page& p : site.pages) {
    CHECK(keys.whole(p) == page_hash(p));
    CHECK(keys.whole(p) == page_key(p));
    CHECK(keys.meta(p) == page_key(without_body(p)));
    CHECK(keys.whole(p) == keys.whole(p));
  }
  CHECK(keys.whole(site.pages[0]) != keys.whole(site.pages[1]));
  CHECK(keys.whole(site.pages[0]) != keys.meta(site.pages[0]));  // the body, fields and FAQ count
  // A page that is not one of the site's (a copy) is hashed as it is, not given a slot's value.
  Page copy = site.pages[0];
  copy.title = "Changed";
  CHECK(keys.whole(copy) == page_key(copy));
  CHECK(keys.whole(copy) != keys.whole(site.pages[0]));
}
