// LiveSite: rebuilds reuse unchanged documents, errors keep the last good files, search and bundles are lazy.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <thread>

#include "serve/live_site.h"
#include "support/test_support.h"

using namespace tk::serve;
namespace fs = std::filesystem;

namespace {

std::string slurp(const std::string& p) {
  std::ifstream f(p, std::ios::binary);
  std::ostringstream s;
  s << f.rdbuf();
  return s.str();
}

void replace_in(const std::string& path, const std::string& from, const std::string& to) {
  std::string s = slurp(path);
  std::size_t at = s.find(from);
  REQUIRE(at != std::string::npos);
  s.replace(at, from.size(), to);
  std::ofstream(path, std::ios::binary) << s;
}

bool has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

// Waits past the racy window (an entry changed in the last 100 ms is never trusted), rebuilds (the files
// just written were too new to be stamped), waits again: the next rebuild can tell nothing changed.
void settle(LiveSite& live) {
  std::this_thread::sleep_for(std::chrono::milliseconds(150));
  live.rebuild();
  std::this_thread::sleep_for(std::chrono::milliseconds(150));
}

// A copy of the fixture site and of the default theme, in a temporary folder.
struct Fixture {
  tk::test::TempDir dir;
  std::string content = dir.path() + "/content", theme = dir.path() + "/theme";
  Fixture() {
    fs::copy(std::string(TK_FIXTURES) + "/site_minimal", content, fs::copy_options::recursive);
    fs::copy(std::string(TK_SOURCE_DIR) + "/themes/default", theme, fs::copy_options::recursive);
  }
  LiveOptions options() const { return LiveOptions{content, theme, false, 2}; }
  // Replaces `from` in a file of the content (path from its root) and rebuilds.
  RebuildReport edit(LiveSite& live, const std::string& file, const std::string& from, const std::string& to) const {
    replace_in(content + file, from, to);
    return live.rebuild();
  }
};

}  // namespace

TEST_CASE("a changed tool rewrites its own documents and the pages that list it", "[serve]") {
  Fixture fx;
  LiveSite live(fx.options());
  RebuildReport first = live.rebuild();
  REQUIRE(first.ok);
  auto s1 = live.snapshot();
  CHECK(s1->find("index.html"));
  CHECK(s1->find("tools/compact/compact.pdf"));
  CHECK(s1->find("css/site.css"));
  CHECK(s1->find("assets/img/map.svg"));
  CHECK_FALSE(s1->find("nope.html"));

  // Nothing changed: nothing rewritten, nothing reported.
  RebuildReport same = live.rebuild();
  CHECK(same.documents_written == 0);
  CHECK(same.changed.empty());
  CHECK(same.generation == first.generation);

  replace_in(fx.content + "/tools/01-compact.md", "title: Partnership Compact", "title: Partnership Compact (revised)");
  RebuildReport r = live.rebuild();
  REQUIRE(r.ok);
  // Its PDF and its .docx, and the PDFs of every page that lists others (they read every page's front
  // matter: render::Listing): the home page, the two stages, the two spotlights and the focus area; and the
  // downloads page's PDF, which lists it. Of those, only the ones that show its title change.
  CHECK(r.documents_written == 9);
  CHECK(has(r.changed, "stages/start/start.pdf"));
  CHECK(has(r.changed, "stages/grow/grow.pdf"));
  CHECK(has(r.changed, "index.pdf"));
  CHECK_FALSE(has(r.changed, "spotlights/a-partnership/a-partnership.pdf"));
  CHECK(r.generation == first.generation + 1);
  CHECK(has(r.changed, "tools/compact/index.html"));
  CHECK(has(r.changed, "tools/compact/compact.pdf"));
  CHECK(has(r.changed, "stages/start/index.html"));  // lists it
  CHECK(has(r.changed, "index.html"));
  CHECK_FALSE(has(r.changed, "spotlights/a-partnership/index.html"));
  CHECK_FALSE(has(r.changed, "accessibility/index.html"));
  auto s2 = live.snapshot();
  CHECK(s2->find("tools/compact/index.html")->find("Partnership Compact (revised)") != std::string::npos);
  CHECK(s2->find("css/site.css") == s1->find("css/site.css"));  // the same bytes, not even copied
}

TEST_CASE("an edit renders again only the pages made from what changed", "[serve]") {
  Fixture fx;
  LiveSite live(fx.options());
  RebuildReport first = live.rebuild();
  REQUIRE(first.ok);
  CHECK(first.pages_written > 10);
  CHECK(live.rebuild().pages_written == 0);
  auto s1 = live.snapshot();

  // A sentence in a page without downloads: that page alone (its title and summary, shown elsewhere, are the same).
  std::ofstream(fx.content + "/tools/04-web.md", std::ios::app) << "\nOne more sentence.\n";
  RebuildReport r = live.rebuild();
  REQUIRE(r.ok);
  CHECK(r.pages_written == 1);
  CHECK(r.changed == std::vector<std::string>{"tools/web/index.html", "tools/web/web.pdf"});  // the page and its PDF
  auto s2 = live.snapshot();
  CHECK(s2->find("tools/web/index.html")->find("One more sentence.") != std::string::npos);
  CHECK(s2->find("stages/grow/index.html") == s1->find("stages/grow/index.html"));  // kept, not rendered again

  // Its title is shown on the stage that lists it and on the home page.
  replace_in(fx.content + "/tools/04-web.md", "title: Web Guide", "title: Web Guide (new)");
  r = live.rebuild();
  REQUIRE(r.ok);
  CHECK(has(r.changed, "tools/web/index.html"));
  CHECK(has(r.changed, "stages/grow/index.html"));
  CHECK(has(r.changed, "index.html"));
  CHECK_FALSE(has(r.changed, "stages/start/index.html"));
  CHECK(live.snapshot()->find("accessibility/index.html") == s1->find("accessibility/index.html"));

  // A focus area's title reaches the spotlights that name it, the list of spotlights and the other focus areas.
  replace_in(fx.content + "/focus-areas/01-partnerships.md", "title: Strong Partnerships", "title: Strong Partnerships Now");
  r = live.rebuild();
  REQUIRE(r.ok);
  CHECK(has(r.changed, "spotlights/index.html"));
  CHECK(has(r.changed, "search/index.html"));  // its filter lists focus areas
  CHECK_FALSE(has(r.changed, "accessibility/index.html"));
}

// Whatever was edited, the pages kept from earlier builds and those rendered again make the same site as
// a build from scratch: no page misses a change it depends on.
TEST_CASE("after any series of edits the site equals a fresh build", "[serve]") {
  Fixture fx;
  LiveSite live(fx.options());
  REQUIRE(live.rebuild().ok);
  using Edit = std::function<void()>;
  const std::vector<std::pair<const char*, Edit>> edits = {
      {"tool body", [&] { std::ofstream(fx.content + "/tools/01-compact.md", std::ios::app) << "\nExtra notes: ____________________\n"; }},
      {"tool title", [&] { replace_in(fx.content + "/tools/04-web.md", "title: Web Guide", "title: Web Handbook"); }},
      {"stage title", [&] { replace_in(fx.content + "/stages/02-grow.md", "title: Grow", "title: Grow Further"); }},
      {"focus area", [&] { replace_in(fx.content + "/focus-areas/01-partnerships.md", "Strong Partnerships", "Good Partnerships"); }},
      {"spotlight location", [&] { replace_in(fx.content + "/spotlights/b-state.md", "location: Texas", "location: Ohio"); }},
      {"site nav and footer", [&] {
         replace_in(fx.content + "/site.yaml", "{title: Downloads, url: /downloads/}", "{title: Files, url: /downloads/}");
         replace_in(fx.content + "/site.yaml", "· [Accessibility]", "· Access: [Accessibility]");
       }},
      {"new tool", [&] {
         std::ofstream(fx.content + "/tools/05-new.md") << "---\ntitle: New Tool\nstages: [start]\n---\nName: ____________________\n";
       }},
      {"removed tool", [&] { fs::remove(fx.content + "/tools/04-web.md"); }},
      {"partial", [&] { replace_in(fx.theme + "/templates/partials/footer.mustache", "<footer", "<!-- edited -->\n<footer"); }},
      {"dated page", [&] { replace_in(fx.content + "/pages/accessibility.md", "---\n", "---\nupdated: 2026-01-02\n"); }},
  };
  for (const auto& [name, edit] : edits) {
    INFO("after: " << name);
    edit();
    RebuildReport r = live.rebuild();
    REQUIRE(r.ok);
    LiveSite fresh(fx.options());
    REQUIRE(fresh.rebuild().ok);
    auto a = live.snapshot(), b = fresh.snapshot();
    std::vector<std::string> differ;
    for (const auto& [path, bytes] : b->files) {
      Bytes mine = a->find(path);  // the bundles are made again on request
      if (!mine || *mine != *bytes) differ.push_back(path);
    }
    for (const auto& [path, bytes] : a->files)
      if (!b->files.count(path)) differ.push_back(path);
    CHECK(differ == std::vector<std::string>{});
  }
}

TEST_CASE("a theme change renders the HTML again and no document", "[serve]") {
  Fixture fx;
  LiveSite live(fx.options());
  REQUIRE(live.rebuild().ok);
  replace_in(fx.theme + "/templates/layout.mustache", "</main>", "</main><p>theme edit</p>");
  RebuildReport r = live.rebuild();
  REQUIRE(r.ok);
  CHECK(r.documents_written == 0);
  CHECK(has(r.changed, "index.html"));
  CHECK(live.snapshot()->find("accessibility/index.html")->find("theme edit") != std::string::npos);
  replace_in(fx.theme + "/static/css/site.css", "}", "} /* edit */");
  r = live.rebuild();
  CHECK(r.changed == std::vector<std::string>{"css/site.css"});
}

TEST_CASE("an error keeps the last good files and is reported until fixed", "[serve]") {
  Fixture fx;
  LiveSite live(fx.options());
  RebuildReport first = live.rebuild();
  replace_in(fx.content + "/tools/01-compact.md", "stages: [start, grow]", "stages: [start, grwo]");
  RebuildReport bad = live.rebuild();
  CHECK_FALSE(bad.ok);
  CHECK(bad.state_changed);
  CHECK(bad.errors == 1);
  auto s = live.snapshot();
  CHECK_FALSE(s->ok);
  REQUIRE(s->diagnostics.size() == 1);
  CHECK(s->diagnostics[0].path == fx.content + "/tools/01-compact.md");
  CHECK(s->diagnostics[0].line == 6);
  CHECK(s->find("css/site.css"));  // still there for the error page's neighbours

  // The same error again: no new state. Fixed: state changes back, no document written.
  CHECK_FALSE(live.rebuild().state_changed);
  replace_in(fx.content + "/tools/01-compact.md", "grwo", "grow");
  RebuildReport fixed = live.rebuild();
  CHECK(fixed.ok);
  CHECK(fixed.state_changed);
  CHECK(fixed.documents_written == 0);
  CHECK(fixed.generation > bad.generation);
  CHECK(live.snapshot()->ok);
  (void)first;
}

TEST_CASE("search index and bundles are made on request after a change", "[serve]") {
  Fixture fx;
  LiveSite live(fx.options());
  REQUIRE(live.rebuild().ok);
  auto s1 = live.snapshot();
  REQUIRE(s1->find("search/meta.js"));
  CHECK(s1->find("search/index.html"));  // the search page sits under the lazy index's folder
  std::string stem = "downloads/fixture-toolkit";
  REQUIRE(s1->find(stem + ".zip"));
  replace_in(fx.content + "/tools/01-compact.md", "District: ", "School district: ");
  RebuildReport r = live.rebuild();
  REQUIRE(r.ok);
  auto s2 = live.snapshot();
  // The downloads page keeps its bundle links (labelled from the last bundles) ...
  CHECK(s2->find("downloads/index.html")->find("fixture-toolkit.zip") != std::string::npos);
  // ... and the bundles are made again when asked for.
  tk::serve::Bytes zip = s2->find(stem + ".zip");
  REQUIRE(zip);
  CHECK(zip != s1->find(stem + ".zip"));
  CHECK(s2->find(stem + ".zip") == zip);  // made once
  CHECK(s2->find("search/meta.js"));
}

// What the loader throws (here: a symlink loop it stats) and a page at the preview's own prefix are errors on
// the error page; the server's rebuild never throws, and the site is back once they are gone.
TEST_CASE("a symlink loop or a page at the reserved prefix is an error, not a crash", "[serve]") {
  Fixture fx;
  LiveSite live(fx.options());
  REQUIRE(live.rebuild().ok);
  fs::create_symlink("loop-b", fx.content + "/tools/loop-a");
  fs::create_symlink("loop-a", fx.content + "/tools/loop-b");
  RebuildReport r;
  REQUIRE_NOTHROW(r = live.rebuild());
  CHECK_FALSE(r.ok);
  CHECK(r.state_changed);
  auto snap = live.snapshot();
  REQUIRE_FALSE(snap->diagnostics.empty());
  std::string all;
  for (const auto& d : snap->diagnostics) all += d.format() + "\n";
  CHECK(all.find("loop-") != std::string::npos);
  CHECK(snap->find("index.html"));  // the last good files stay
  fs::remove(fx.content + "/tools/loop-a");
  fs::remove(fx.content + "/tools/loop-b");
  CHECK(live.rebuild().ok);

  std::ofstream(fx.content + "/pages/__toolkitgen.md") << "---\ntitle: Hidden\nsummary: A page the preview would hide.\n---\nHello.\n";
  r = live.rebuild();
  CHECK_FALSE(r.ok);
  all.clear();
  for (const auto& d : live.snapshot()->diagnostics) all += d.format() + "\n";
  CHECK(all.find("__toolkitgen") != std::string::npos);
  fs::remove(fx.content + "/pages/__toolkitgen.md");
  CHECK(live.rebuild().ok);
}

TEST_CASE("while the bundles wait for a request, the downloads page is reported changed only when it changes", "[serve]") {
  Fixture fx;
  LiveSite live(fx.options());
  REQUIRE(live.rebuild().ok);
  RebuildReport tool = fx.edit(live, "/tools/01-compact.md", "title: Partnership Compact", "title: Partnership Compact (revised)");
  REQUIRE(tool.ok);
  CHECK(has(tool.changed, "downloads/index.html"));  // its bundles are stale: it is made on request
  // The CSS: nothing on the downloads page changed, and it is not reported (no reload for nothing).
  std::ofstream(fx.theme + "/static/css/site.css", std::ios::app) << "\n.x { color: red; }\n";
  RebuildReport css = live.rebuild();
  REQUIRE(css.ok);
  CHECK(has(css.changed, "css/site.css"));
  CHECK_FALSE(has(css.changed, "downloads/index.html"));
  // The footer: every page shows it, the downloads page too, though its bundles still wait.
  RebuildReport footer = fx.edit(live, "/site.yaml", "footer: \"", "footer: \"New footer · ");
  REQUIRE(footer.ok);
  CHECK(has(footer.changed, "downloads/index.html"));
  CHECK(has(footer.changed, "index.html"));
  auto d = live.snapshot()->find("downloads/index.html");
  REQUIRE(d);
  CHECK(d->find("New footer") != std::string::npos);
}

TEST_CASE("the content is loaded again only when a file below it changed", "[serve]") {
  Fixture fx;
  LiveSite live(fx.options());
  REQUIRE(live.rebuild().content_loaded);
  settle(live);
  CHECK_FALSE(live.rebuild().content_loaded);
  replace_in(fx.theme + "/templates/partials/footer.mustache", "<footer", "<!-- theme only -->\n<footer");
  RebuildReport r = live.rebuild();
  CHECK_FALSE(r.content_loaded);  // a theme edit: the last load is used
  CHECK(live.snapshot()->find("index.html")->find("<!-- theme only -->") != std::string::npos);
  // An edit of the same size, at once: the file's times tell it apart.
  r = fx.edit(live, "/stages/02-grow.md", "title: Grow", "title: Grew");
  CHECK(r.content_loaded);
  CHECK(live.snapshot()->find("stages/grow/index.html")->find("Grew") != std::string::npos);
  // And again within the same clock tick: too recent to be stamped, so loaded again.
  r = fx.edit(live, "/stages/02-grow.md", "title: Grew", "title: Grow");
  CHECK(r.content_loaded);
  r = fx.edit(live, "/stages/02-grow.md", "title: Grow", "title: Grox");
  CHECK(r.content_loaded);
  CHECK(live.snapshot()->find("stages/grow/index.html")->find("Grox") != std::string::npos);
  // A new file in a folder, a removed one, a renamed folder: each is seen.
  settle(live);
  CHECK_FALSE(live.rebuild().content_loaded);
  std::ofstream(fx.content + "/tools/05-new.md") << "---\ntitle: Newly Added\nstages: [start]\n---\nName: ____________________\n";
  r = live.rebuild();
  CHECK(r.content_loaded);
  CHECK(live.snapshot()->find("tools/new/index.html"));
  settle(live);
  fs::remove(fx.content + "/tools/05-new.md");
  r = live.rebuild();
  CHECK(r.content_loaded);
  CHECK_FALSE(live.snapshot()->find("tools/new/index.html"));
}

TEST_CASE("the theme is loaded again only when what it reads changed", "[serve]") {
  Fixture fx;
  LiveSite live(fx.options());
  REQUIRE(live.rebuild().theme_loaded);
  settle(live);
  CHECK_FALSE(live.rebuild().theme_loaded);
  // A content edit and a CSS edit keep it: the theme reads the names in static/, not their bytes.
  RebuildReport r = fx.edit(live, "/stages/02-grow.md", "title: Grow", "title: Grew");
  CHECK_FALSE(r.theme_loaded);
  std::ofstream(fx.theme + "/static/css/site.css", std::ios::app) << "\n.x { color: red; }\n";
  r = live.rebuild();
  CHECK_FALSE(r.theme_loaded);
  CHECK(live.snapshot()->find("css/site.css")->find(".x { color: red; }") != std::string::npos);
  // A partial, theme.json, reference.docx and a new name in static/ are each seen, at once.
  replace_in(fx.theme + "/templates/partials/footer.mustache", "<footer", "<!-- partial -->\n<footer");
  r = live.rebuild();
  CHECK(r.theme_loaded);
  CHECK(live.snapshot()->find("index.html")->find("<!-- partial -->") != std::string::npos);
  settle(live);
  CHECK_FALSE(live.rebuild().theme_loaded);
  std::ofstream(fx.theme + "/theme.json") << "{\"page_actions\": {\"home\": [\"print\"]}}\n";
  r = live.rebuild();
  CHECK(r.theme_loaded);
  REQUIRE(r.ok);
  CHECK(live.snapshot()->find("index.html")->find("index.pdf") == std::string::npos);  // no "pdf" action on home
  settle(live);
  fs::copy_file(fx.theme + "/reference.docx", fx.dir.path() + "/reference.docx");
  fs::remove(fx.theme + "/reference.docx");
  std::ofstream(fx.theme + "/reference.docx") << "not a zip";
  r = live.rebuild();
  CHECK(r.theme_loaded);
  CHECK_FALSE(r.ok);  // an unusable reference.docx is an error, as in a build
  fs::remove(fx.theme + "/reference.docx");
  fs::copy_file(fx.dir.path() + "/reference.docx", fx.theme + "/reference.docx");
  r = live.rebuild();
  CHECK(r.theme_loaded);
  CHECK(r.ok);
  settle(live);
  CHECK_FALSE(live.rebuild().theme_loaded);
  std::ofstream(fx.theme + "/static/accessibility") << "a file named as a page's slug\n";
  r = live.rebuild();
  CHECK(r.theme_loaded);
  CHECK_FALSE(r.ok);  // the theme's static folder takes a name a page has
}
