// zip::write_toolkit, the whole toolkit as one .zip: tests/fixtures/outline_site built through the pipeline,
// its .zip read back with libzip (zip::read): README.txt, then one folder per stage in stage order and
// other/ last, each template's downloads named after the outline, every template download there once with
// the bytes of the site's own download, and the same bytes on every build.
#include <catch2/catch.hpp>

#include <map>
#include <set>

#include "load/site_loader.h"
#include "model/outline.h"
#include "pipeline.h"
#include "render/zip/archive.h"
#include "render/zip/toolkit.h"
#include "support/test_support.h"

namespace {

struct Built {
  tk::model::Site site;
  tk::render::MemoryOutput out;
};

std::unique_ptr<Built> build_outline_site() {
  auto b = std::make_unique<Built>();
  const std::string theme_dir = std::string(TK_SOURCE_DIR) + "/themes/default";
  const std::string content = std::string(TK_FIXTURES) + "/outline_site";
  tk::Diagnostics diags;
  tk::html::Theme theme;
  REQUIRE(theme.load(theme_dir, diags));
  b->site = tk::load::load_site({content, false, theme.layout_names(), nullptr, 2, 0}, diags);
  INFO(tk::test::all_messages(diags));
  REQUIRE_FALSE(diags.has_errors());
  tk::pipeline::write_all(b->site, theme, tk::pipeline::Sources{content, theme_dir, {}, 2, nullptr}, b->out, tk::pipeline::RunOptions{2, {}, nullptr});
  return b;
}

const std::string kZip = "downloads/outline-fixture-toolkit.zip";

}  // namespace

TEST_CASE("zip toolkit: folders in stage order, then other/; each template once, named after the outline", "[zip]") {
  auto b = build_outline_site();
  REQUIRE(b->out.data.count(kZip) == 1);
  auto members = tk::zip::read(b->out.at(kZip));
  std::vector<std::string> names;
  for (const auto& [name, bytes] : members) names.push_back(name);
  CHECK(names == std::vector<std::string>{"README.txt", "01-plan/intake.pdf", "01-plan/intake.docx", "01-plan/tool-agreement.pdf",
                                          "02-review/notes.docx", "02-review/job-agreement.pdf", "02-review/job-agreement.docx",
                                          "other/loose.pdf", "other/loose.docx"});
  // A stage without templates has no folder; a template on two stages is in the first one's only.

  // Each member holds its template's download, byte for byte; every download of every template is there once.
  std::map<std::string, std::string> by_bytes;  // download path -> member
  std::set<std::string> downloads;
  for (const tk::model::Page* p : b->site.forms())
    for (const auto& f : p->formats) downloads.insert(p->download_url(f).substr(1));
  CHECK(downloads.size() == 8);
  for (const auto& [name, bytes] : members) {
    if (name == "README.txt") continue;
    std::vector<std::string> same;
    for (const auto& d : downloads)
      if (b->out.at(d) == bytes) same.push_back(d);
    INFO(name);
    REQUIRE(same.size() == 1);
    CHECK(by_bytes.emplace(same[0], name).second);
  }
  CHECK(by_bytes.size() == downloads.size());
  CHECK(by_bytes.at("tools/agreement/agreement.pdf") == "01-plan/tool-agreement.pdf");
  CHECK(by_bytes.at("jobs/agreement/agreement.docx") == "02-review/job-agreement.docx");
  CHECK(by_bytes.at("tools/intake/intake.docx") == "01-plan/intake.docx");

  // The same order as the outline the PDF and .docx bundles and /downloads/ follow.
  auto outline = tk::model::outline(b->site);
  std::vector<std::string> expected = {"README.txt"};
  for (const auto& sec : outline.sections)
    for (const auto& e : sec.entries)
      if (e.first)
        for (const auto& f : e.page->formats)
          expected.push_back((sec.stage ? "0" + std::to_string(sec.number) + "-" + sec.stage->slug : std::string("other")) + "/" +
                             e.name + "." + f);
  CHECK(names == expected);
}

TEST_CASE("zip toolkit: README.txt names the toolkit, its publisher and its address", "[zip]") {
  auto b = build_outline_site();
  auto members = tk::zip::read(b->out.at(kZip));
  REQUIRE(members.at(0).first == "README.txt");
  const std::string& readme = members[0].second;
  CHECK(readme.rfind("Outline Fixture Toolkit\r\nOutline Fixture Department of Education\r\n\r\n", 0) == 0);
  CHECK(readme.find("one folder per stage") != std::string::npos);
  CHECK(readme.find("A template that belongs to two stages is in the folder of the first.") != std::string::npos);
  CHECK(readme.find("Online: https://example.org/outline/\r\n") != std::string::npos);
  CHECK(readme.find("\n") == readme.find("\r\n") + 1);  // Windows line ends (Notepad)
}

TEST_CASE("zip toolkit: the same site gives the same bytes, build after build", "[zip]") {
  auto a = build_outline_site();
  auto b = build_outline_site();
  CHECK(a->out.at(kZip) == b->out.at(kZip));
  // write_toolkit itself, twice over one input, into the path it is given.
  tk::render::BundleInput in = tk::render::bundle_input(a->site);
  in.document = [&](const std::string& path) { return a->out.at(path); };
  tk::render::MemoryOutput one, two;
  tk::zip::write_toolkit(tk::render::Job{"x/kit.zip", nullptr, &in}, one);
  tk::zip::write_toolkit(tk::render::Job{"x/kit.zip", nullptr, &in}, two);
  CHECK(one.files().size() == 1);
  CHECK(one.at("x/kit.zip") == two.at("x/kit.zip"));
  CHECK(one.at("x/kit.zip") == a->out.at(kZip));  // the pipeline's copy of the site makes the same archive
}
