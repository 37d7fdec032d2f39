// The content walk and the strict content rules of issue 21: file names, reserved slugs, links,
// loops and special files, characters documents cannot carry, lengths, and the smaller cases.
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include "core/doc_chars.h"
#include "load/content_tree.h"
#include "model/validate.h"
#include "support/test_support.h"

using tk::Diagnostics;
using tk::test::all_messages;

namespace {

std::string page(const std::string& title, const std::string& more = "", const std::string& body = "Text.\n") {
  return "---\ntitle: " + title + "\n" + more + "---\n" + body;
}

// Loads the minimal site plus files; returns every message.
std::string messages(const std::map<std::string, std::string>& extra, tk::model::Site* out = nullptr) {
  tk::test::TempDir dir;
  auto f = tk::test::minimal_site();
  for (const auto& kv : extra) f[kv.first] = kv.second;
  Diagnostics d;
  auto site = tk::test::load_files(dir, f, d);
  if (out) *out = std::move(site);
  return all_messages(d);
}

}  // namespace

TEST_CASE("file names that are not slugs are errors naming the slug they need", "[load][names]") {
  tk::model::Site site;
  std::string m = messages({{"pages/My Page.md", page("A")}, {"pages/02-Second Try.md", page("B")},
                            {"pages/sitemap.xml.md", page("C")}, {"pages/???.md", page("D")},
                            {"pages/ok.md", page("E", "", "[a](/my-page/)\n")}},
                           &site);
  CHECK(m ==
        "content/pages/02-Second Try.md: error: the file name '02-Second Try.md' is not a slug (only a-z, 0-9 and -): rename it to '02-second-try.md'\n"
        "content/pages/???.md: error: the file name '???.md' is not a slug (only a-z, 0-9 and -): rename it to a name made of those\n"
        "content/pages/My Page.md: error: the file name 'My Page.md' is not a slug (only a-z, 0-9 and -): rename it to 'my-page.md'\n"
        "content/pages/sitemap.xml.md: error: the file name 'sitemap.xml.md' is not a slug (only a-z, 0-9 and -): rename it to 'sitemap-xml.md'\n");
  // The page already takes the slug it needs, so links to its future address resolve.
  CHECK(site.find(tk::model::Kind::Page, "my-page"));
}

TEST_CASE("a page slug may not take a name the site writes itself", "[load][names]") {
  std::string m = messages({{"pages/a.md", page("A", "slug: downloads\n")}, {"pages/Search.md", page("S")}});
  CHECK(m ==
        "content/pages/Search.md: error: the file name 'Search.md' is not a slug (only a-z, 0-9 and -): rename it to 'search.md'\n"
        "content/pages/Search.md: error: the slug 'search' is reserved for the site's own pages and files; choose another\n"
        "content/pages/a.md:3: error: the slug 'downloads' is reserved for the site's own pages and files; choose another\n");
  auto reserved = tk::model::reserved_slugs({"fonts2"});
  for (const char* r : {"index.html", "404.html", "sitemap.xml", "robots.txt", "feed.xml", "__toolkitgen", "fonts2"})
    CHECK(std::find(reserved.begin(), reserved.end(), r) != reserved.end());
}

TEST_CASE("links, loops, pipes and folders named like pages are reported at their path", "[load][tree]") {
  tk::test::TempDir dir;
  auto f = tk::test::minimal_site();
  f["pages/a.md"] = page("A", "", "[x](/nope/)\n");
  for (const auto& [rel, bytes] : f) dir.write("content/" + rel, bytes);
  const std::string c = dir.path() + "/content";
  REQUIRE(::symlink("self.md", (c + "/pages/self.md").c_str()) == 0);
  REQUIRE(::symlink("..", (c + "/pages/up").c_str()) == 0);
  REQUIRE(::symlink("gone.md", (c + "/pages/dangling.md").c_str()) == 0);
  REQUIRE(::symlink("a.md", (c + "/pages/b.md").c_str()) == 0);
  REQUIRE(::symlink("/etc/hostname", (c + "/pages/out.md").c_str()) == 0);
  REQUIRE(::mkfifo((c + "/pages/pipe.md").c_str(), 0644) == 0);
  REQUIRE(::mkdir((c + "/pages/folder.md").c_str(), 0755) == 0);
  Diagnostics d;
  tk::test::load_files(dir, {}, d);
  CHECK(all_messages(d) ==
        "content/pages/a.md:4:1: error: link to a page that does not exist: '/nope/'\n"
        "content/pages/b.md:4:1: error: link to a page that does not exist: '/nope/' (content/pages/b.md is a link to content/pages/a.md)\n"
        "content/pages/dangling.md: error: this link points to 'gone.md', which does not exist; remove the link or fix it\n"
        "content/pages/folder.md: warning: a folder named like a page: a page is a file, so 'folder.md' is not read as one (rename the folder)\n"
        "content/pages/out.md: error: link points outside the content folder; copy the file in instead\n"
        "content/pages/pipe.md: warning: a named pipe, not a file; left out\n"
        "content/pages/self.md: error: this link is a loop (it points to 'self.md', which leads back to it); remove it\n"
        "content/pages/up: error: this link is a loop: it points to the folder 'content', which holds the link; remove it\n");
}

TEST_CASE("names that are not UTF-8 are printed escaped and refused", "[load][names]") {
  std::string m = messages({{"pages/caf\xE9.md", page("A")}, {"assets/m\xFFp.svg", "<svg/>"}, {"assets/a#b.svg", "<svg/>"},
                            {"pages/bell\x07.md", page("B")}, {"assets/tab\t.svg", "<svg/>"}});
  CHECK(m ==
        "content/assets/a#b.svg: error: this name holds '#', which a link cannot name; rename the file\n"
        "content/assets/m\\xFFp.svg: error: this name holds bytes that are not UTF-8 (\\xFF), which a link cannot name; rename the file\n"
        "content/assets/tab\\x09.svg: error: this name holds a control character (U+0009), which a link cannot name; rename the file\n"
        "content/pages/bell\\x07.md: error: the file name 'bell\\x07.md' is not a slug (only a-z, 0-9 and -): rename it to 'bell.md'\n"
        "content/pages/caf\\xE9.md: error: the file name 'caf\\xE9.md' is not a slug (only a-z, 0-9 and -): rename it to 'caf.md'\n");
}

TEST_CASE("characters XML forbids are errors at their position, however they were written", "[load][chars]") {
  CHECK(tk::forbidden_in_documents(0xFFFE));
  CHECK(tk::forbidden_in_documents(0x10FFFF));
  CHECK(tk::forbidden_in_documents(0xFDD0));
  CHECK(tk::forbidden_in_documents(0x07));
  CHECK_FALSE(tk::forbidden_in_documents('\t'));
  CHECK_FALSE(tk::forbidden_in_documents(0xFFFD));
  std::string m = messages({{"pages/a.md", "---\ntitle: A\n---\nOne \xEF\xBF\xBE two.\r\rBell \x07.\n"},
                            {"pages/b.md", "---\ntitle: \"B \\uFFFF\"\n---\nAn entity &#7; here.\n"}});
  CHECK(m ==
        "content/pages/a.md:4:5: error: noncharacter U+FFFE is not allowed: XML 1.0 forbids it, so Word files and the sitemap could not hold it; delete it\n"
        "content/pages/a.md:6:6: error: control character U+0007 is not allowed: XML 1.0 forbids it, so Word files and the sitemap could not hold it; delete it\n"
        "content/pages/b.md:2: error: 'title' holds the noncharacter U+FFFF (written as an escape): XML 1.0 forbids it, so Word files and the sitemap could not hold it; remove it\n"
        "content/pages/b.md:4:1: error: this text holds the control character U+0007 (written as an escape): XML 1.0 forbids it, so Word files and the sitemap could not hold it; remove it\n");
}

TEST_CASE("a value too long for a document is an error at its line with the limit", "[load][limits]") {
  std::string m = messages({{"pages/a.md", "---\ntitle: " + std::string(70000, 'x') + "\n---\nText.\n"},
                            {"tools/t.md", "---\ntitle: T\n---\n```field\nlabel: " + std::string(10001, 'L') + "\n```\n"}});
  CHECK(m ==
        "content/pages/a.md:2: error: 'title' is 70,000 characters long; the limit is 10,000 (a PDF cannot store a longer text): shorten it\n"
        "content/tools/t.md:4: error: this field's label is 10,001 characters long; the limit is 10,000 (a PDF cannot store a longer text): shorten it\n"
);
}

TEST_CASE("the smaller cases: images, nav, repeats, slugs, the home page, wide tables", "[load][small]") {
  tk::model::Site site;
  std::string cells = "|" + std::string("A|B|C|D|E|F|G|H|I|J|K|L|M|") + "\n|" + std::string("-|-|-|-|-|-|-|-|-|-|-|-|-|") + "\n";
  std::string m = messages(
      {{"site.yaml", "title: T\npublisher: P\nbase_url: https://example.org/\nnav:\n  - title: X\n    url: \"javascript:alert(1)\"\n"},
       {"index.md", "---\ntitle: Home\nslug: start\n---\nHi.\n"},
       {"stages/plan.md", "---\ntitle: Plan\nactivities: [Meet]\n---\n"},
       {"tools/t.md", "---\ntitle: T\nstages: [plan, plan]\nformats: [pdf, pdf]\n---\nName: ____\n\n" + cells},
       {"pages/a.md", page("A", "", "![p](/b/)\n\n![s](/sitemap.xml)\n\n![d](/tools/t/t.pdf)\n")},
       {"pages/b.md", page("B")},
       {"pages/c.md", page("C", "weight: -1\nslug: b\n")}},
      &site);
  CHECK(m ==
        "content/index.md:3: error: the home page has no slug (its address is always /); remove 'slug'\n"
        "content/pages/a.md:4:1: error: an image must be a picture in content/assets/: .png, .jpg, .jpeg, .gif, .svg or .webp (got '/b/')\n"
        "content/pages/a.md:6:1: error: an image must be a picture in content/assets/: .png, .jpg, .jpeg, .gif, .svg or .webp (got '/sitemap.xml')\n"
        "content/pages/a.md:8:1: error: an image must be a picture in content/assets/: .png, .jpg, .jpeg, .gif, .svg or .webp (got '/tools/t/t.pdf')\n"
        "content/pages/c.md:4: error: another file already has the slug 'b': content/pages/b.md\n"
        "content/site.yaml:6: error: a nav entry cannot link to 'javascript:'; use https://, mailto: or a page of this site\n"
        "content/tools/t.md:3: warning: 'stages' lists 'plan' twice; the repeat is left out\n"
        "content/tools/t.md:4: warning: 'formats' lists 'pdf' twice; the repeat is left out\n"
        "content/tools/t.md:8:1: warning: this table has 13 columns; a printed page fits at most 12 (the PDF's columns become too narrow to read or fill in): split it\n");
  const tk::model::Page* t = site.find(tk::model::Kind::Tool, "t");
  REQUIRE(t);
  CHECK(t->stages == std::vector<std::string>{"plan"});
  CHECK(t->formats == std::vector<std::string>{"pdf"});
}
