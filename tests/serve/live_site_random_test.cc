// The preview equals the build: long runs of random, seeded edits to a copy of a content tree and of the
// theme, and after each one every file the live site holds (and every file it makes on request) is compared
// with what `toolkitgen build` writes for the same tree, byte for byte (the reload script is added by the
// server on the way out, not held by LiveSite). Run: toolkitgen_tests "[serve-random]".
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <random>

#include "build.h"
#include "core/output_dir.h"
#include "serve/live_site.h"
#include "support/test_support.h"

using namespace tk::serve;
namespace fs = std::filesystem;

namespace {

std::string slurp(const std::string& p) { return tk::steps::read_file(p); }

void spit(const std::string& p, const std::string& bytes) {
  fs::create_directories(fs::path(p).parent_path());
  std::ofstream(p, std::ios::binary | std::ios::trunc) << bytes;
}

// Sets a one-line front matter key (replacing its line, or adding it after the opening ---).
void set_key(const std::string& file, const std::string& key, const std::string& value) {
  std::string s = slurp(file);
  std::size_t end = s.find("\n---", 3);
  std::size_t at = s.find("\n" + key + ":");
  std::string line = key + ": " + value;
  if (at != std::string::npos && at < end) {
    std::size_t eol = s.find('\n', at + 1);
    s.replace(at + 1, eol - at - 1, line);
  } else {
    s.insert(4, line + "\n");
  }
  spit(file, s);
}

void drop_key(const std::string& file, const std::string& key) {
  std::string s = slurp(file);
  std::size_t end = s.find("\n---", 3);
  std::size_t at = s.find("\n" + key + ":");
  if (at == std::string::npos || at > end) return;
  s.erase(at + 1, s.find('\n', at + 1) - at);
  spit(file, s);
}

void replace_first(const std::string& file, const std::string& from, const std::string& to) {
  std::string s = slurp(file);
  std::size_t at = s.find(from);
  if (at != std::string::npos) s.replace(at, from.size(), to);
  spit(file, s);
}

struct Random {
  std::mt19937 rng;
  explicit Random(unsigned seed) : rng(seed) {}
  std::size_t below(std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng); }
  bool coin() { return below(2) == 0; }
  template <typename T>
  const T& pick(const std::vector<T>& v) { return v[below(v.size())]; }
  std::string word() {
    static const std::vector<std::string> words = {"mentor", "cohort", "district", "placement", "goals", "review", "Data",
                                                   "partner", "school", "équipe", "weekly", "plan", "&", "<b>", "\"quoted\""};
    return pick(words);
  }
  std::string plain() {  // a word that needs no quoting in YAML
    return pick(std::vector<std::string>{"mentor", "cohort", "Data", "plan", "weekly", "équipe", "review"});
  }
  std::string words(std::size_t n) {
    std::string s;
    for (std::size_t i = 0; i < n; ++i) s += (i ? " " : "") + word();
    return s;
  }
  std::string yaml_words(std::size_t n) {  // a quoted YAML scalar
    std::string w = words(n), q = "\"";
    for (char c : w) q += c == '"' ? std::string("\\\"") : std::string(1, c);
    return q + "\"";
  }
  std::string markdown() {  // a paragraph, a list, a heading, a fill-in field, a table, ~~strikethrough~~
    switch (below(8)) {
      case 7: return words(2) + " ~~struck " + word() + "~~ and ~~" + words(2) + "~~ " + word() + ".\n";
      case 0: return words(3 + below(8)) + " *" + word() + "* and **" + word() + "**.\n";
      case 1: return "- " + words(2) + "\n- [" + words(1) + "](/tools/compact/)\n";
      case 2: return "## " + words(2) + "\n\n" + words(5) + "\n";
      case 3: return words(2) + ": ______________________\n";
      case 4: return "```field\nlabel: " + yaml_words(2) + "\nlines: " + std::to_string(1 + below(5)) + "\n```\n";
      case 5: return "| " + words(1) + " | A | B |\n|---|---|---|\n| " + words(2) + " | | |\n";
      default: return "- [ ] " + words(3) + "\n";
    }
  }
};

// The edits, over the fixture site and the default theme. Every one keeps the site valid except the few
// marked, which make an error that a later edit may fix.
struct Editor {
  std::string content, theme;
  Random& r;
  std::vector<std::string> made;  // tools made by the test (free to rename and delete)
  int counter = 0;

  std::vector<std::string> templates() const {
    std::vector<std::string> t = {content + "/tools/01-compact.md", content + "/jobs/liaison.md"};
    for (const auto& m : made) t.push_back(m);
    return t;
  }
  std::string any_page() const {
    std::vector<std::string> pages = templates();
    for (const char* p : {"/stages/01-start.md", "/stages/02-grow.md", "/spotlights/a-partnership.md", "/spotlights/b-state.md",
                          "/focus-areas/01-partnerships.md", "/pages/accessibility.md", "/index.md", "/tools/04-web.md"})
      pages.push_back(content + p);
    return r.pick(pages);
  }
  std::string stages() {
    switch (r.below(3)) {
      case 0: return "[start]";
      case 1: return "[grow]";
      default: return "[start, grow]";
    }
  }

  // A content folder moved away (or copied away and deleted) by the last edit: put back first.
  std::string away;

  // Applies one random edit; returns what it did.
  std::string edit() {
    ++counter;
    const std::string n = std::to_string(counter);
    std::string back;
    if (!away.empty()) {
      if (counter % 2) {
        fs::rename(away, content + "/spotlights");
      } else {
        fs::copy(away, content + "/spotlights", fs::copy_options::recursive);
        fs::remove_all(away);
      }
      away.clear();
      back = "spotlights folder put back; ";
    }
    return back + one_edit(n);
  }

  std::string one_edit(const std::string& n) {
    switch (r.below(31)) {
      case 24: {
        auto f = content + "/tools/04-web.md";
        switch (r.below(3)) {
          case 0:  // a tool that is a link has no body
            spit(content + "/tools/05-link.md", "---\ntitle: " + r.yaml_words(2) + "\nstages: [grow]\nlink: " +
                                                    r.pick(std::vector<std::string>{"https://example.org/" + r.plain(), "/spotlights/"}) + "\n---\n");
            break;
          case 1: fs::remove(content + "/tools/05-link.md"); break;
          default:
            if (r.coin()) set_key(f, "on_request", "true"), set_key(f, "contact", r.plain() + "@example.org");
            else drop_key(f, "on_request"), drop_key(f, "contact");
        }
        return "link, on request, contact of the web tool";
      }
      case 25: {
        set_key(content + "/spotlights/b-state.md", "partners",
                "[{name: " + r.plain() + " Agency, type: " + r.pick(std::vector<std::string>{"district", "program", "state", "nonprofit"}) + "}]");
        return "spotlight partners";
      }
      case 26: {
        auto f = content + "/spotlights/a-partnership.md";
        if (r.coin()) set_key(f, "image", "assets/img/map.svg"), set_key(f, "image_alt", r.yaml_words(3));
        else drop_key(f, "image"), drop_key(f, "image_alt");
        return "spotlight image";
      }
      case 27: {
        replace_first(content + "/focus-areas/01-partnerships.md", "  - q: ", "  - q: " + r.plain() + " ");
        return "focus area FAQ";
      }
      case 28: {  // a second focus area comes and goes; the two swap numbers
        const std::string one = content + "/focus-areas/01-partnerships.md", two = content + "/focus-areas/02-mentoring.md";
        if (!fs::exists(two)) {
          set_key(one, "number", "1");
          spit(two, "---\ntitle: " + r.yaml_words(2) + "\nnumber: 2\n---\n## Why this matters\n" + r.markdown());
        } else if (r.coin()) {
          bool first = slurp(one).find("\nnumber: 1\n") != std::string::npos;
          set_key(one, "number", first ? "2" : "1");
          set_key(two, "number", first ? "1" : "2");
        } else {
          fs::remove(two);
          set_key(one, "number", "1");
        }
        return "focus area numbers";
      }
      case 29: {
        std::string s = slurp(content + "/site.yaml");
        s.replace(0, s.find('\n'), "title: " + r.pick(std::vector<std::string>{"Fixture Toolkit", "Our Toolkit", "Fixture Kit"}));
        spit(content + "/site.yaml", s);
        return "site.yaml title (the bundles' names)";
      }
      case 30: {
        away = content + "/../spotlights-away";
        fs::rename(content + "/spotlights", away);
        return "spotlights folder moved away";
      }
      case 0: { auto f = any_page(); set_key(f, "title", r.yaml_words(1 + r.below(3))); return "title of " + f; }
      case 1: { auto f = any_page(); set_key(f, "summary", r.yaml_words(4)); return "summary of " + f; }
      case 2: { auto f = any_page(); drop_key(f, "summary"); return "no summary in " + f; }
      case 3: { auto f = r.pick(templates()); set_key(f, "stages", stages()); return "stages of " + f; }
      case 4: {
        auto f = r.pick(templates());
        set_key(f, "audience", r.pick(std::vector<std::string>{"[district]", "[program, state]", "[district, program]"}));
        return "audience of " + f;
      }
      case 5: {
        auto f = r.pick(templates());
        if (r.coin()) set_key(f, "focus_areas", "[partnerships]");
        else drop_key(f, "focus_areas");
        return "focus areas of " + f;
      }
      case 6: { auto f = any_page(); set_key(f, "weight", std::to_string(r.below(50))); return "weight of " + f; }
      case 7: {
        auto f = any_page();
        set_key(f, "updated", "2026-0" + std::to_string(1 + r.below(9)) + "-1" + std::to_string(r.below(10)));
        return "updated date of " + f;
      }
      case 8: { auto f = any_page(); std::ofstream(f, std::ios::app) << "\n" << r.markdown(); return "body of " + f; }
      case 9: {
        auto f = r.pick(templates());
        replace_first(f, "label: ", "label: " + r.plain() + " ");
        replace_first(f, "\n- [ ] ", "\n- [ ] " + r.word() + " ");
        return "field labels of " + f;
      }
      case 10: {
        replace_first(content + "/site.yaml", "{title: Spotlights,", "{title: " + r.pick(std::vector<std::string>{"Our", "All", "New"}) + " Spotlights,");
        return "site.yaml nav";
      }
      case 11: {
        std::string s = slurp(content + "/site.yaml");
        std::size_t at = s.find("footer: ");
        std::string q = r.yaml_words(3);
        s = s.substr(0, at) + "footer: " + q.substr(0, q.size() - 1) + " · [Accessibility](/accessibility/)\"\n";
        spit(content + "/site.yaml", s);
        return "site.yaml footer";
      }
      case 12: {
        std::string f = content + "/tools/" + std::to_string(10 + counter) + "-made-" + n + ".md";
        spit(f, "---\ntitle: " + r.yaml_words(2) + "\nstages: " + stages() + "\n" + (r.coin() ? "formats: [pdf]\n" : "") + "---\n" +
                    r.markdown() + "\nName: ____________\n");
        made.push_back(f);
        return "new tool " + f;
      }
      case 13: {
        if (made.empty()) return "nothing to rename";
        std::size_t i = r.below(made.size());
        std::string to = content + "/tools/" + std::to_string(10 + counter) + "-renamed-" + n + ".md";
        fs::rename(made[i], to);
        made[i] = to;
        return "renamed tool to " + to;
      }
      case 14: {
        if (made.empty()) return "nothing to delete";
        std::size_t i = r.below(made.size());
        fs::remove(made[i]);
        made.erase(made.begin() + static_cast<long>(i));
        return "deleted a tool";
      }
      case 15: {  // a new asset folder, one renamed, or one deleted
        std::vector<std::string> dirs;
        for (const auto& e : fs::directory_iterator(content + "/assets"))
          if (e.path().filename().string().rfind("extra-", 0) == 0) dirs.push_back(e.path().string());
        std::sort(dirs.begin(), dirs.end());
        std::string to = content + "/assets/extra-" + n;
        if (dirs.empty() || r.below(3) == 0) spit(to + "/sub/f" + n + ".txt", r.words(3));
        else if (r.coin()) fs::rename(r.pick(dirs), to);
        else fs::remove_all(r.pick(dirs));
        return "asset folders";
      }
      case 16: {
        spit(content + "/assets/img/map.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + std::to_string(10 + r.below(90)) +
                                                   "\" height=\"10\"><title>" + r.word() + "</title></svg>\n");
        return "the spotlight's image";
      }
      case 17: {
        replace_first(theme + "/templates/partials/footer.mustache", "<div class=\"container\">",
                      "<div class=\"container\"><!-- " + r.word() + " -->");
        return "the footer partial";
      }
      case 18: { std::ofstream(theme + "/static/css/site.css", std::ios::app) << "\n.x" << n << " { color: #123; }\n"; return "the CSS"; }
      case 19: {
        set_key(content + "/spotlights/b-state.md", "location", r.pick(std::vector<std::string>{"Texas", "Ohio", "Maine"}));
        return "spotlight location";
      }
      case 20: { set_key(content + "/stages/02-grow.md", "activities", "[" + r.plain() + " " + r.plain() + ", Review]"); return "stage activities"; }
      case 21: { set_key(content + "/focus-areas/01-partnerships.md", "field_says", r.yaml_words(5)); return "focus area says"; }
      case 22: {
        auto f = content + "/jobs/liaison.md";
        set_key(f, "formats", r.pick(std::vector<std::string>{"[docx]", "[pdf, docx]", "[pdf]"}));
        return "job formats";
      }
      default: {
        if (made.empty()) return "no draft to toggle";
        auto f = r.pick(made);
        if (slurp(f).find("\ndraft: true") != std::string::npos) drop_key(f, "draft");
        else set_key(f, "draft", "true");
        return "draft of " + f;
      }
    }
  }
};

// Every file `build` writes for the tree, by site path; empty when the build fails.
std::map<std::string, std::string> built(const std::string& content, const std::string& theme, const std::string& out,
                                         std::vector<std::string>* errors) {
  tk::BuildOptions o;
  o.content_dir = content;
  o.theme_dir = theme;
  o.out_dir = out;
  o.jobs = 2;
  tk::Diagnostics diags;
  tk::BuildResult res = tk::build(o, diags);
  std::map<std::string, std::string> files;
  for (const auto& d : diags.sorted())
    if (d.severity == tk::Severity::Error) errors->push_back(d.format());
  if (res.exit_code != 0) return files;
  for (auto it = fs::recursive_directory_iterator(out); it != fs::recursive_directory_iterator(); ++it) {
    std::string rel = fs::relative(it->path(), out).generic_string();
    // The output folder's marker says "toolkitgen wrote this folder"; it is no file of the site.
    if (it->is_regular_file() && rel != tk::outdir::kMarkerName) files[rel] = slurp(it->path().string());
  }
  return files;
}

}  // namespace

TEST_CASE("after long runs of random edits the preview equals a fresh build", "[serve][serve-random]") {
  // Under AddressSanitizer (the "asan:" copy of this test) a short run: the library is ten times slower there.
  const bool sanitized = std::getenv("ASAN_OPTIONS") != nullptr;
  const std::vector<unsigned> seeds = sanitized ? std::vector<unsigned>{11u} : std::vector<unsigned>{11u, 22u, 33u, 44u};
  const int edits = sanitized ? 20 : 55;
  int compared = 0;
  for (unsigned seed : seeds) {
    tk::test::TempDir dir;
    const std::string content = dir.path() + "/content", theme = dir.path() + "/theme";
    fs::copy(std::string(TK_FIXTURES) + "/site_minimal", content, fs::copy_options::recursive);
    fs::copy(std::string(TK_SOURCE_DIR) + "/themes/default", theme, fs::copy_options::recursive);
    Random rnd(seed);
    Editor ed{content, theme, rnd, {}, 0, {}};
    LiveSite live(LiveOptions{content, theme, false, 2});
    REQUIRE(live.rebuild().ok);
    std::vector<std::string> log;
    for (int step = 0; step < edits; ++step) {
      log.push_back(ed.edit());
      INFO("seed " << seed << ", edit " << step + 1 << ": " << log.back());
      RebuildReport r = live.rebuild();
      std::vector<std::string> errors;
      auto want = built(content, theme, dir.path() + "/out", &errors);
      auto snap = live.snapshot();
      if (!r.ok || want.empty()) {  // both refuse the tree, with the same errors
        std::vector<std::string> mine;
        for (const auto& d : snap->diagnostics)
          if (d.severity == tk::Severity::Error) mine.push_back(d.format());
        CHECK(r.ok == !want.empty());
        CHECK(mine == errors);
        if (std::getenv("TK_RANDOM_DEBUG")) WARN(log.back() << ": " << (errors.empty() ? std::string("?") : errors[0]));
        continue;
      }
      std::vector<std::string> differ;
      for (const auto& [path, bytes] : want) {
        Bytes mine = snap->find(path);  // made on request: the search index, the bundles, the downloads page
        if (!mine || *mine != bytes) differ.push_back(path);
      }
      for (const auto& [path, bytes] : snap->files)
        if (!want.count(path)) differ.push_back(path + " (not in the build)");
      CHECK(differ == std::vector<std::string>{});
      ++compared;
    }
  }
  CHECK(compared >= (sanitized ? 15 : 200));
}
