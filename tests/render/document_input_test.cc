// render::document_input, the one place a document's input is made, and document_key, its hash: what a
// template's PDF, a listing page's PDF and a .docx read of the site (tests/fixtures/site_minimal), and that
// the key changes with each of those and with nothing else.
#include <catch2/catch.hpp>

#include <functional>

#include "build.h"
#include "load/site_loader.h"
#include "render/document_input.h"
#include "support/test_support.h"

using tk::model::Kind;
using tk::model::Page;
using tk::model::Site;
using tk::render::document_input;
using tk::render::document_key;

namespace {

const std::string kContent = std::string(TK_FIXTURES) + "/site_minimal";

Site fixture() {
  tk::Diagnostics diags;
  Site s = tk::load::load_site({kContent, false}, diags);
  INFO(tk::test::all_messages(diags));
  REQUIRE_FALSE(diags.has_errors());
  return s;
}

Page& page(Site& s, Kind k, const std::string& slug) {
  for (auto& p : s.pages)
    if (p.kind == k && p.slug == slug) return p;
  FAIL("no page " << slug);
  throw;
}

// The key of one page's document, on a copy of the site changed by edit (site.pages edited in place).
std::uint64_t key_after(Kind k, const std::string& slug, const std::string& format, const std::function<void(Site&)>& edit) {
  Site s = fixture();
  edit(s);
  s.reindex();
  return document_key(document_input(s, page(s, k, slug), format));
}

}  // namespace

TEST_CASE("document input: a template's PDF reads its page and the settings site.yaml prints, no other page", "[document_input]") {
  Site s = fixture();
  const Page& compact = page(s, Kind::Tool, "compact");
  auto in = document_input(s, compact, "pdf");
  CHECK(in.page == &compact);
  CHECK(in.format == "pdf");
  CHECK(in.site.title == "Fixture Toolkit");
  CHECK(in.site.publisher == "Fixture Department of Education");
  CHECK(in.site.base_url == "https://example.org/toolkit/");
  CHECK(in.site.language == "en-US");
  CHECK(in.listing.site == nullptr);  // a tool's PDF lists no other page
  CHECK(in.newest.empty());           // it has `updated: 2026-11-02`
  CHECK(in.files.empty());
  CHECK(in.styles.empty());
}

TEST_CASE("document input: a stage's PDF reads every page's front matter and is dated by the newest update", "[document_input]") {
  Site s = fixture();
  auto in = document_input(s, page(s, Kind::Stage, "start"), "pdf");
  REQUIRE(in.listing.site != nullptr);
  CHECK(in.listing.site->pages.size() == s.pages.size());
  const Page* listed = in.listing.site->find(Kind::Tool, "compact");
  REQUIRE(listed != nullptr);
  CHECK(listed->title == "Partnership Compact");
  CHECK(listed->fields.empty());            // front matter only
  CHECK(listed->body.children.empty());
  CHECK(in.newest == "2026-11-02");  // the stage has no `updated`: the site's newest (the compact's)
  // A listing made once per run and given is used as it is.
  tk::render::Listing given = tk::render::listing(s);
  CHECK(document_input(s, page(s, Kind::Stage, "start"), "pdf", "", &given).listing.site == given.site);
  CHECK(document_input(s, page(s, Kind::Page, "accessibility"), "pdf").listing.site == nullptr);  // a plain page lists nothing
}

TEST_CASE("document input: a .docx reads its page, the settings and the styles; no listing, date or pictures", "[document_input]") {
  Site s = fixture();
  auto in = document_input(s, page(s, Kind::Job, "liaison"), "docx", "<w:styles/>");
  CHECK(in.styles == "<w:styles/>");
  CHECK(in.listing.site == nullptr);
  CHECK(in.newest.empty());
  CHECK(in.files.empty());
}

TEST_CASE("document input: the pictures a PDF shows, read from the content or with the given reader", "[document_input]") {
  Site s = fixture();
  Page& spot = page(s, Kind::Spotlight, "a-partnership");
  CHECK(tk::render::pictures(spot) == std::vector<std::string>{"/assets/img/map.svg"});
  auto in = document_input(s, spot, "pdf");
  REQUIRE(in.files.count("/assets/img/map.svg") == 1);
  REQUIRE(in.files.at("/assets/img/map.svg") != nullptr);
  CHECK(*in.files.at("/assets/img/map.svg") == tk::steps::read_file(kContent + "/assets/img/map.svg"));

  std::vector<std::string> asked;
  tk::render::ReadFile read = [&](const std::string& path) -> std::shared_ptr<const std::string> {
    asked.push_back(path);
    if (path.find("missing") != std::string::npos) throw std::runtime_error("cannot read " + path);
    return std::make_shared<const std::string>("bytes of " + path);
  };
  Page p = spot;
  p.image = "assets/missing.png";
  auto with = document_input(s, p, "pdf", "", nullptr, read);
  CHECK(with.files.count("/assets/missing.png") == 1);
  CHECK(with.files.at("/assets/missing.png") == nullptr);  // could not be read: the writer says so
  p.image = "../site.yaml";
  asked.clear();
  auto up = document_input(s, p, "pdf", "", nullptr, read);
  CHECK(asked.empty());  // a path with ".." is never read
  CHECK(up.files.at("/../site.yaml") == nullptr);
}

TEST_CASE("document input: a document's key changes with what it reads, and with nothing else", "[document_input]") {
  const auto none = [](Site&) {};
  const auto retitle = [](Site& s) { page(s, Kind::Tool, "compact").title = "Partnership Agreement"; };
  const auto rebody = [](Site& s) { page(s, Kind::Tool, "compact").body.children.clear(); };
  const auto redate = [](Site& s) { page(s, Kind::Tool, "compact").updated = "2026-12-01"; };
  const auto footer = [](Site& s) { s.config.footer.children.clear(); };
  const auto epoch = [](Site& s) { s.config.build_time = 1700000000; };
  const auto publisher = [](Site& s) { s.config.publisher = "Another Agency"; };
  const auto picture = [](Site& s) { page(s, Kind::Spotlight, "a-partnership").image = "assets/img/other.svg"; };

  const std::uint64_t stage = key_after(Kind::Stage, "start", "pdf", none);
  CHECK(key_after(Kind::Stage, "start", "pdf", none) == stage);  // the same input, the same key
  CHECK(key_after(Kind::Stage, "start", "pdf", retitle) != stage);  // it lists the compact
  CHECK(key_after(Kind::Stage, "start", "pdf", redate) != stage);   // its date is the newest update
  CHECK(key_after(Kind::Stage, "start", "pdf", rebody) == stage);   // lists show front matter only
  CHECK(key_after(Kind::Stage, "start", "pdf", footer) == stage);   // documents do not print the footer
  CHECK(key_after(Kind::Stage, "start", "pdf", epoch) != stage);
  CHECK(key_after(Kind::Stage, "start", "pdf", publisher) != stage);

  const std::uint64_t request = key_after(Kind::Tool, "request", "pdf", none);
  CHECK(key_after(Kind::Tool, "request", "pdf", retitle) == request);  // another template's PDF lists nothing
  CHECK(key_after(Kind::Tool, "request", "pdf", rebody) == request);
  CHECK(key_after(Kind::Tool, "request", "pdf", redate) != request);  // no `updated`: dated by the newest
  CHECK(key_after(Kind::Tool, "request", "pdf", footer) == request);

  const std::uint64_t compact = key_after(Kind::Tool, "compact", "pdf", none);
  CHECK(key_after(Kind::Tool, "compact", "pdf", rebody) != compact);
  CHECK(key_after(Kind::Tool, "compact", "pdf", redate) != compact);
  CHECK(key_after(Kind::Tool, "compact", "docx", none) != compact);

  const std::uint64_t spot = key_after(Kind::Spotlight, "a-partnership", "pdf", none);
  CHECK(key_after(Kind::Spotlight, "a-partnership", "pdf", picture) != spot);
  // The picture's bytes, not only its name.
  Site s = fixture();
  const Page& sp = page(s, Kind::Spotlight, "a-partnership");
  auto reader = [](const std::string& bytes) {
    return tk::render::ReadFile([bytes](const std::string&) { return std::make_shared<const std::string>(bytes); });
  };
  CHECK(document_key(document_input(s, sp, "pdf", "", nullptr, reader("one"))) !=
        document_key(document_input(s, sp, "pdf", "", nullptr, reader("two"))));
  CHECK(document_key(document_input(s, sp, "pdf", "", nullptr, reader("one"))) ==
        document_key(document_input(s, sp, "pdf", "", nullptr, reader("one"))));
  // A .docx's styles.
  const Page& liaison = page(s, Kind::Job, "liaison");
  CHECK(document_key(document_input(s, liaison, "docx", "<w:styles a='1'/>")) !=
        document_key(document_input(s, liaison, "docx", "<w:styles a='2'/>")));
}
