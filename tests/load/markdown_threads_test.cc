// Markdown parsed on many threads at once gives the same tree as on one: cmark-gfm keeps the inline
// parser's special characters ('~' for strikethrough, ':' and 'w' for autolinks) in one process-wide table,
// and a build parses pages on every worker thread (issue 21: `~~struck~~` came out literally 1 build in 20).
#include <catch2/catch.hpp>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include "load/markdown.h"

namespace {

// Every node's kind, attributes and text, in document order: two trees are equal when their dumps are.
void dump(const tk::doc::Node& n, std::string& out) {
  out += std::to_string(static_cast<int>(n.kind)) + "@" + std::to_string(n.line) + ":" + std::to_string(n.col);
  out += n.checked ? "x" : "";
  out += " field=" + std::to_string(n.field);
  if (!n.url().empty()) out += " url=" + n.url();
  if (!n.id().empty()) out += " id=" + n.id();
  if (!n.text.empty()) out += " '" + n.text + "'";
  out += "(";
  for (const auto& c : n.children) dump(c, out);
  out += ")";
}

std::string page(int i) {
  const std::string k = std::to_string(i);
  std::string s = "## Part " + k + " ~~old~~ new\n\n";
  for (int p = 0; p < 12; ++p)
    s += "Some ~~struck " + k + "~~ words, ~one~ more, see www.example.org/" + k + " or https://example.net/" + k +
         " and mail a" + k + "@example.com; ~~*both*~~ _kinds_ **here**.\n\n";
  s += "| Task ~~x~~ | Owner | Due |\n|:---|:---:|---:|\n| Plan ~~it~~ | www.example.com | |\n"
       "| Do | ~~nobody~~ | ______ |\n\n";
  s += "- [ ] Agree ~~later~~\n- [x] Share https://example.org/data\n- plain ~~item~~\n\n";
  s += "```field\nlabel: Notes " + k + "\n```\n";
  return s;
}

std::string parse_dump(const std::string& text) {
  tk::Diagnostics d;
  tk::load::MarkdownResult r = tk::load::parse_markdown({text, "t.md", 1, true, {}}, d);
  std::string out;
  dump(r.root, out);
  for (const auto& f : r.fields) out += "|" + f.name + "=" + f.label;
  return out;
}

}  // namespace

TEST_CASE("Markdown parsed concurrently on many threads gives the same trees as on one", "[load][threads]") {
  constexpr int kPages = 16;
  std::vector<std::string> texts, expected;
  for (int i = 0; i < kPages; ++i) {
    texts.push_back(page(i));
    expected.push_back(parse_dump(texts.back()));
  }
  // The reference really has every extension in it.
  CHECK(expected[0].find("'old'") != std::string::npos);
  CHECK(expected[0].find("~~") == std::string::npos);
  CHECK(expected[0].find("url=http://www.example.org/0") != std::string::npos);
  CHECK(expected[0].find("url=mailto:a0@example.com") != std::string::npos);

  const unsigned threads = std::max(4u, std::thread::hardware_concurrency());
  constexpr int kRounds = 150;
  std::atomic<int> wrong{0};
  std::atomic<int> first_wrong{-1};
  std::vector<std::thread> pool;
  for (unsigned t = 0; t < threads; ++t)
    pool.emplace_back([&, t] {
      for (int r = 0; r < kRounds; ++r) {
        int i = static_cast<int>((t * 7 + static_cast<unsigned>(r)) % kPages);
        if (parse_dump(texts[static_cast<std::size_t>(i)]) != expected[static_cast<std::size_t>(i)]) {
          ++wrong;
          int none = -1;
          first_wrong.compare_exchange_strong(none, i);
        }
      }
    });
  for (auto& th : pool) th.join();
  CHECK(tk::load::markdown_parses_in_parallel());
  INFO("page " << first_wrong.load() << " parsed differently under concurrency");
  CHECK(wrong.load() == 0);
}
