// Whole-site validation: references, links as permalinks or file paths, anchors, unsafe URLs.
#include <catch2/catch.hpp>

#include "support/test_support.h"

using tk::Diagnostics;
using tk::test::all_messages;

static std::map<std::string, std::string> linked_site() {
  auto f = tk::test::minimal_site();
  f["stages/01-initiation.md"] = "---\ntitle: Initiation\nactivities: [Form it]\n---\n## Getting started\n";
  f["tools/compact.md"] = "---\ntitle: Compact\nstages: [initiation]\n---\n## Parties\nDistrict: ______\n";
  f["focus-areas/01-a.md"] = "---\ntitle: A\nnumber: 1\n---\nText\n";
  f["assets/img/logo.svg"] = "<svg xmlns='http://www.w3.org/2000/svg'/>";
  return f;
}

TEST_CASE("links resolve as permalinks, file paths and anchors", "[model]") {
  tk::test::TempDir dir;
  auto f = linked_site();
  f["pages/about.md"] =
      "---\ntitle: About\n---\n[a](/tools/compact/) [b](tools/compact.md#parties) [c](../stages/01-initiation.md)\n"
      "[d](/stages/initiation/#getting-started) [e](https://example.org) [f](#top) ![logo](assets/img/logo.svg)\n\n## Top\n"
      "[g](/tools/compact/compact.pdf) [h](/downloads/) [i](mailto:a@example.org)\n";
  Diagnostics d;
  auto site = tk::test::load_files(dir, f, d);
  REQUIRE(all_messages(d).empty());
  const tk::model::Page* about = site.find(tk::model::Kind::Page, "about");
  REQUIRE(about);
  std::vector<std::string> urls;
  std::function<void(const tk::doc::Node&)> collect = [&](const tk::doc::Node& n) {
    if (n.kind == tk::doc::Kind::Link || n.kind == tk::doc::Kind::Image) urls.push_back(n.url());
    for (const auto& c : n.children) collect(c);
  };
  collect(about->body);
  CHECK(urls == std::vector<std::string>{"/tools/compact/", "/tools/compact/#parties", "/stages/initiation/",
                                         "/stages/initiation/#getting-started", "https://example.org", "/about/#top",
                                         "/assets/img/logo.svg", "/tools/compact/compact.pdf", "/downloads/",
                                         "mailto:a@example.org"});
}

TEST_CASE("broken links, anchors, references and unsafe URLs are reported where they are", "[model]") {
  tk::test::TempDir dir;
  auto f = linked_site();
  f["pages/about.md"] =
      "---\ntitle: About\n---\nSee [the compact](/tools/compat/) and [parties](/tools/compact/#partys).\n\n"
      "[x](javascript:alert(1)) [y](data:text/html,hi) [z](ftp://x.org/) [w](tools/nothing.md)\n";
  f["tools/two.md"] = "---\ntitle: Two\nstages: [initation]\nfocus_areas: [b]\n---\n";
  Diagnostics d;
  tk::test::load_files(dir, f, d);
  CHECK(all_messages(d) ==
        "content/pages/about.md:4:5: error: link to a page that does not exist: '/tools/compat/' (did you mean '/tools/compact/'?)\n"
        "content/pages/about.md:4:39: error: no heading '#partys' on /tools/compact/ (did you mean 'parties'?)\n"
        "content/pages/about.md:6:1: warning: 'javascript:' links are not allowed and were dropped\n"
        "content/pages/about.md:6:26: warning: 'data:' links are not allowed and were dropped\n"
        "content/pages/about.md:6:49: error: unsupported link scheme 'ftp:'; use https://, mailto: or a page of this site\n"
        "content/pages/about.md:6:67: error: link to a file that does not exist: 'tools/nothing.md' (write a permalink such as /tools/x/ or a path from the content folder)\n"
        "content/tools/two.md:3: error: 'stages' names 'initation', which is not a stage (did you mean 'initiation'?)\n"
        "content/tools/two.md:4: error: 'focus_areas' names 'b', which is not a focus-area (did you mean 'a'?)\n");
}

TEST_CASE("slugs are checked and cannot collide or escape", "[model]") {
  tk::test::TempDir dir;
  auto f = linked_site();
  f["pages/01-x.md"] = "---\ntitle: X\nslug: search\n---\n";
  f["pages/y.md"] = "---\ntitle: Y\nslug: ../../etc\n---\n";
  f["tools/02-compact.md"] = "---\ntitle: Compact again\n---\n";
  Diagnostics d;
  tk::test::load_files(dir, f, d);
  std::string m = all_messages(d);
  CHECK(m.find("content/pages/01-x.md:3: error: the slug 'search' is reserved") != std::string::npos);
  CHECK(m.find("content/pages/y.md:3:7: error: a slug may hold only a-z, 0-9 and - (got '../../etc')") != std::string::npos);
  CHECK(m.find("error: another file already has the slug 'compact'") != std::string::npos);
}

TEST_CASE("drafts are left out unless asked for", "[model]") {
  tk::test::TempDir dir;
  auto f = linked_site();
  f["pages/wip.md"] = "---\ntitle: WIP\ndraft: true\n---\n";
  Diagnostics d;
  auto site = tk::test::load_files(dir, f, d);
  CHECK_FALSE(site.find(tk::model::Kind::Page, "wip"));
}

TEST_CASE("tools: formats default, link and on-request rules", "[model]") {
  tk::test::TempDir dir;
  auto f = linked_site();
  f["tools/ext.md"] = "---\ntitle: Ext\nlink: https://example.org/x\n---\n";
  f["tools/req.md"] = "---\ntitle: Req\navailability: on-request\n---\n";
  f["tools/web.md"] = "---\ntitle: Web\nformats: []\n---\nText\n";
  f["tools/bad.md"] = "---\ntitle: Bad\nlink: https://example.org/y\n---\nBody text\n";
  Diagnostics d;
  auto site = tk::test::load_files(dir, f, d);
  CHECK(all_messages(d) == "content/tools/bad.md:5:1: error: a tool with 'link' has no body: remove the text or the link\n");
  using K = tk::model::Kind;
  CHECK(site.find(K::Tool, "compact")->formats == std::vector<std::string>{"pdf", "docx"});
  CHECK(site.find(K::Tool, "ext")->formats.empty());
  CHECK(site.find(K::Tool, "req")->contact == "a@example.org");
  CHECK(site.find(K::Tool, "web")->formats.empty());
}
