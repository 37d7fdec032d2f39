// pipeline::units and pipeline::run, the one road from a loaded site to its files: the units of a fixture
// site claim every output path once; run orders units by what they read (a unit sees the bytes it reads);
// serve's cache keeps the bytes of a unit whose key is unchanged; and a unit's key changes when, and only
// when, what it reads changes (a title, a field's label, site.yaml's footer).
#include <catch2/catch.hpp>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <set>

#include "build.h"
#include "load/site_loader.h"
#include "pipeline.h"
#include "support/test_support.h"

namespace fs = std::filesystem;
using namespace tk::pipeline;

namespace {

const std::string kTheme = std::string(TK_SOURCE_DIR) + "/themes/default";

struct Loaded {
  std::shared_ptr<tk::html::Theme> theme = std::make_shared<tk::html::Theme>();
  std::shared_ptr<tk::model::Site> site;
  Sources src;
  explicit Loaded(const std::string& content) {
    tk::Diagnostics diags;
    REQUIRE(theme->load(kTheme, diags));
    site = std::make_shared<tk::model::Site>(tk::load::load_site({content, false, theme->layout_names(), nullptr, 2, 0}, diags));
    INFO(tk::test::all_messages(diags));
    REQUIRE_FALSE(diags.has_errors());
    src = Sources{content, kTheme, {}, 2, nullptr};
  }
  std::vector<Unit> units() const { return tk::pipeline::units(site, theme, src); }
};

// What a cached run of a site made: each unit's key by its first path (units with a key), and every file.
struct Keyed {
  std::map<std::string, std::uint64_t> keys;
  std::map<std::string, std::string> files;
};

Keyed run_cached(const std::string& content) {
  Loaded l(content);
  Cache cache;
  tk::render::MemoryOutput out;
  RunOptions ro;
  ro.jobs = 2;
  ro.cache = &cache;
  RunResult r = run(l.units(), out, ro);
  Keyed m;
  for (const auto& [path, e] : cache.entries) m.keys[path] = e.key;
  m.files = out.data;
  for (auto& d : r.deferred)
    for (auto& [path, bytes] : d.make()) m.files[path] = bytes;
  return m;
}

// The units (by first path) whose key differs between two runs; every unit of one run has a key in the other.
std::set<std::string> changed_keys(const Keyed& a, const Keyed& b) {
  std::set<std::string> changed;
  REQUIRE(a.keys.size() == b.keys.size());
  for (const auto& [path, key] : a.keys) {
    INFO(path);
    REQUIRE(b.keys.count(path) == 1);
    if (b.keys.at(path) != key) changed.insert(path);
  }
  return changed;
}

// Equal keys, equal bytes: a unit whose key is unchanged made the same file.
void same_bytes_where_same_key(const Keyed& a, const Keyed& b) {
  for (const auto& [path, key] : a.keys)
    if (b.keys.at(path) == key) {
      INFO(path);
      CHECK(a.files.at(path) == b.files.at(path));
    }
}

Unit file_unit(const std::string& path, std::vector<std::string> reads, std::function<std::string(const tk::pipeline::Made&)> bytes) {
  Unit u;
  u.paths = {path};
  u.step = path;
  u.reads = std::move(reads);
  u.prepare = [](const tk::pipeline::Made&) { return std::uint64_t{0}; };
  u.make = [path, bytes](const tk::pipeline::Made& made, tk::render::Output& o) { o.put(path, bytes(made)); };
  return u;
}

}  // namespace

TEST_CASE("pipeline: the units of a site claim every output path exactly once", "[pipeline]") {
  Loaded l(std::string(TK_FIXTURES) + "/site_minimal");
  std::vector<Unit> units = l.units();
  std::map<std::string, int> claimed;
  for (const Unit& u : units)
    for (const auto& p : u.paths) ++claimed[p];
  for (const auto& [path, n] : claimed) {
    INFO(path);
    CHECK(n == 1);
  }
  tk::render::MemoryOutput out;
  write_all(*l.site, *l.theme, l.src, out, RunOptions{2, {}, nullptr});
  // Every file written is one unit's path, or else below one folder path ("search/": the index's files,
  // beside the search page's own search/index.html); every file path is written.
  for (const auto& [path, info] : out.files()) {
    int owners = claimed.count(path) ? claimed[path] : 0;
    if (!owners)
      for (const auto& [p, n] : claimed)
        if (p.back() == '/' && path.rfind(p, 0) == 0) owners += n;
    INFO(path);
    CHECK(owners == 1);
  }
  for (const auto& [path, n] : claimed)
    if (path.back() != '/') {
      INFO(path);
      CHECK(out.data.count(path) == 1);
    }
  for (const char* p : {"tools/compact/compact.pdf", "tools/compact/compact.pdf.js", "downloads/fixture-toolkit.zip", "search/",
                        "index.html", "css/site.css", "assets/img/map.svg", "js/fill-font.js"}) {
    INFO(p);
    CHECK(claimed.count(p) == 1);
  }
  CHECK(out.data.count("search/meta.js") == 1);
}

TEST_CASE("pipeline: run orders units by their reads, and a unit sees the bytes it reads", "[pipeline]") {
  // Listed backwards: c reads b, b reads a's bytes and size.
  std::vector<Unit> units;
  units.push_back(file_unit("c.txt", {"b.txt"}, [](const tk::pipeline::Made& m) { return "c(" + m.bytes("b.txt") + ")"; }));
  units.push_back(file_unit("b.txt", {"a.txt"}, [](const tk::pipeline::Made& m) {
    return "b(" + m.bytes("a.txt") + "," + std::to_string(m.info("a.txt")->bytes) + ")";
  }));
  units.push_back(file_unit("a.txt", {}, [](const tk::pipeline::Made&) { return std::string("aaa"); }));
  units.push_back(file_unit("d.txt", {}, [](const tk::pipeline::Made&) { return std::string("d"); }));
  std::vector<std::string> steps;
  RunOptions ro;
  ro.jobs = 2;
  ro.progress = [&](std::size_t done, std::size_t total, const std::string& what) {
    steps.push_back(std::to_string(done) + "/" + std::to_string(total) + " " + what);
  };
  tk::render::MemoryOutput out;
  RunResult r = run(units, out, ro);
  CHECK(out.at("c.txt") == "c(b(aaa,3))");
  CHECK(out.at("d.txt") == "d");
  REQUIRE(steps.size() == 5);
  CHECK(steps[2] == "3/5 b.txt");
  CHECK(steps[3] == "4/5 c.txt");
  CHECK(steps[4] == "5/5 pages");
  CHECK(r.made->bytes("a.txt") == "aaa");  // kept: b reads it
  CHECK_THROWS_WITH(r.made->bytes("d.txt"), Catch::Contains("read before it was made"));  // nobody reads d

  // Units that read each other are an internal error, not a hang.
  std::vector<Unit> loop;
  loop.push_back(file_unit("x", {"y"}, [](const tk::pipeline::Made& m) { return m.bytes("y"); }));
  loop.push_back(file_unit("y", {"x"}, [](const tk::pipeline::Made& m) { return m.bytes("x"); }));
  tk::render::MemoryOutput none;
  CHECK_THROWS_WITH(run(loop, none, RunOptions{}), Catch::Contains("read each other"));
  CHECK(none.files().empty());
}

TEST_CASE("pipeline: with a cache, a unit whose key is unchanged keeps its bytes and is not made again", "[pipeline]") {
  std::uint64_t key = 7;
  int made = 0;
  auto unit = [&] {
    Unit u;
    u.what = What::Document;
    u.paths = {"doc.pdf"};
    u.prepare = [&key](const tk::pipeline::Made&) { return key; };
    u.make = [&made](const tk::pipeline::Made&, tk::render::Output& o) { o.put("doc.pdf", "made " + std::to_string(++made), 2); };
    return std::vector<Unit>{u, file_unit("label.txt", {"doc.pdf"}, [](const tk::pipeline::Made& m) {
                               return m.bytes("doc.pdf") + ", " + std::to_string(m.info("doc.pdf")->pages) + " pages";
                             })};
  };
  Cache cache;
  RunOptions ro;
  ro.cache = &cache;
  tk::render::MemoryOutput first, second, third;
  CHECK(run(unit(), first, ro).documents == 1);
  CHECK(first.at("doc.pdf") == "made 1");
  RunResult again = run(unit(), second, ro);
  CHECK(again.documents == 0);
  CHECK(made == 1);
  CHECK(second.at("doc.pdf") == "made 1");
  CHECK(second.info("doc.pdf")->pages == 2);
  CHECK(second.at("label.txt") == "made 1, 2 pages");
  key = 8;
  CHECK(run(unit(), third, ro).documents == 1);
  CHECK(third.at("doc.pdf") == "made 2");
  CHECK(third.at("label.txt") == "made 2, 2 pages");
}

TEST_CASE("pipeline: a site run again with its cache makes nothing again and gives the same bytes", "[pipeline]") {
  Loaded l(std::string(TK_FIXTURES) + "/site_minimal");
  Cache cache;
  RunOptions ro;
  ro.jobs = 2;
  ro.cache = &cache;
  tk::render::MemoryOutput first, second;
  RunResult a = run(l.units(), first, ro);
  CHECK(a.documents > 10);
  CHECK(a.pages > 10);
  RunResult b = run(l.units(), second, ro);
  CHECK(b.documents == 0);
  CHECK(b.pages == 0);
  for (const auto& [path, bytes] : second.data) {
    INFO(path);
    REQUIRE(first.data.count(path) == 1);
    CHECK(first.data.at(path) == bytes);
  }
  // The search index (no key) waits for a request; made then, it is the build's.
  std::set<std::string> deferred;
  for (const auto& d : b.deferred) deferred.insert(d.paths[0]);
  CHECK(deferred.count("search/") == 1);
}

TEST_CASE("pipeline: a unit's key changes when what it reads changes, and only then", "[pipeline]") {
  tk::test::TempDir dir;
  const std::string content = tk::test::copy_fixture(dir, "site_minimal");
  const Keyed base = run_cached(content);
  REQUIRE(base.keys.count("tools/compact/compact.pdf") == 1);
  // Edits one file of the content and runs again: the units whose key changed (equal keys: equal bytes).
  auto after = [&](const std::string& file, const std::string& from, const std::string& to) {
    tk::test::replace_in(content + "/" + file, from, to);
    const Keyed now = run_cached(content);
    same_bytes_where_same_key(base, now);
    return changed_keys(base, now);
  };
  auto expect = [](const std::set<std::string>& changed, const std::vector<std::string>& yes, const std::vector<std::string>& no) {
    std::string all;
    for (const auto& c : changed) all += c + " ";
    INFO("changed: " << all);
    for (const auto& p : yes) {
      INFO(p << " should change");
      CHECK(changed.count(p) == 1);
    }
    for (const auto& p : no) {
      INFO(p << " should not change");
      CHECK(changed.count(p) == 0);
    }
  };

  SECTION("a tool's title: its documents, the pages and PDFs that list it, the bundles") {
    expect(after("tools/01-compact.md", "title: Partnership Compact", "title: Partnership Agreement"),
           {"tools/compact/compact.pdf", "tools/compact/compact.docx", "tools/compact/compact.pdf.js", "tools/compact/compact.docx.js",
            "tools/compact/index.html", "stages/start/start.pdf", "stages/start/index.html", "stages/grow/grow.pdf",
            "downloads/index.html", "downloads/fixture-toolkit.pdf", "downloads/fixture-toolkit.docx", "downloads/fixture-toolkit.zip"},
           {"tools/request/request.pdf", "jobs/liaison/liaison.docx", "jobs/liaison/liaison.docx.js", "accessibility/accessibility.pdf",
            "tools/web/web.pdf", "js/fill-font.js"});
  }
  SECTION("a field's label: the template's documents and page, the bundles; not the lists' front matter") {
    expect(after("tools/01-compact.md", "District: ____", "School district: ____"),
           {"tools/compact/compact.pdf", "tools/compact/compact.docx", "tools/compact/compact.pdf.js", "tools/compact/index.html",
            "downloads/fixture-toolkit.pdf", "downloads/fixture-toolkit.docx", "downloads/fixture-toolkit.zip"},
           {"stages/start/start.pdf", "stages/grow/grow.pdf", "index.pdf", "tools/request/request.pdf", "jobs/liaison/liaison.docx",
            "accessibility/accessibility.pdf", "accessibility/index.html"});
  }
  SECTION("site.yaml's footer: every HTML page, no document") {
    auto changed = after("site.yaml", "footer: \"Fixture Department of Education", "footer: \"Fixture Department of Learning");
    std::vector<std::string> pages, others;  // others: every document, fill script and copied file
    for (const auto& [path, key] : base.keys) {
      const std::string ext = fs::path(path).extension().string();
      if (ext == ".html") pages.push_back(path);
      else if (ext != ".xml" && ext != ".txt") others.push_back(path);
    }
    CHECK(pages.size() > 10);
    CHECK(others.size() > 10);
    expect(changed, pages, others);
  }
  SECTION("nothing changed: every key is the same") {
    CHECK(changed_keys(base, run_cached(content)).empty());
  }
}
