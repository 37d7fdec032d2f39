// The output sinks: the files put, their sizes and page counts, paths outside the site and paths put twice
// refused; DirOutput writes below its folder (sub-folders made), MemoryOutput keeps the bytes.
#include <catch2/catch.hpp>

#include <atomic>
#include <filesystem>
#include <thread>

#include "build.h"
#include "render/output.h"
#include "support/test_support.h"

namespace fs = std::filesystem;
using tk::render::DirOutput;
using tk::render::MemoryOutput;

TEST_CASE("output: the files put, sorted, with their sizes and page counts", "[output]") {
  MemoryOutput out;
  out.put("tools/x/x.pdf", "%PDF-1.7 four pages", 4);
  out.put("index.html", "<html></html>");
  out.put("a/empty.txt", "");
  auto files = out.files();
  std::vector<std::string> paths;
  for (const auto& [p, info] : files) paths.push_back(p);
  CHECK(paths == std::vector<std::string>{"a/empty.txt", "index.html", "tools/x/x.pdf"});
  CHECK(files.at("tools/x/x.pdf").bytes == 19);
  CHECK(files.at("tools/x/x.pdf").pages == 4);
  CHECK(files.at("index.html").bytes == 13);
  CHECK(files.at("index.html").pages == 0);
  CHECK(files.at("a/empty.txt").bytes == 0);
  REQUIRE(out.info("index.html") != nullptr);
  CHECK(out.info("index.html")->bytes == 13);
  CHECK(out.info("missing.html") == nullptr);
  CHECK(out.at("tools/x/x.pdf") == "%PDF-1.7 four pages");
}

TEST_CASE("output: a path outside the site or a path put twice is refused, the first file kept", "[output]") {
  MemoryOutput out;
  for (const char* bad : {"", "/etc/passwd", "../up.html", "a/../../b", "a/.."}) {
    INFO(bad);
    CHECK_THROWS_WITH(out.put(bad, "x"), Catch::Contains("refusing to write outside the site"));
  }
  CHECK(out.files().empty());
  out.put("tools/x/index.html", "first");
  CHECK_THROWS_WITH(out.put("tools/x/index.html", "second, longer"), Catch::Contains("tools/x/index.html was written twice"));
  CHECK(out.at("tools/x/index.html") == "first");
  CHECK(out.info("tools/x/index.html")->bytes == 5);
  CHECK(out.files().size() == 1);
}

TEST_CASE("output: of many threads putting one path, exactly one succeeds", "[output]") {
  MemoryOutput out;
  std::atomic<int> ok{0}, refused{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 50; ++i) {
        try {
          out.put("f" + std::to_string(i), "by " + std::to_string(t));
          ++ok;
        } catch (const std::runtime_error&) {
          ++refused;
        }
      }
    });
  for (auto& th : threads) th.join();
  CHECK(ok == 50);
  CHECK(refused == 350);
  CHECK(out.files().size() == 50);
  for (const auto& [path, info] : out.files()) CHECK(out.at(path).size() == info.bytes);
}

TEST_CASE("output: DirOutput writes each file below its folder, making sub-folders", "[output]") {
  tk::test::TempDir dir;
  const std::string root = dir.path() + "/staging";
  DirOutput out(root);
  CHECK(out.root() == root);
  out.put("index.html", "<p>home</p>");
  out.put("tools/compact/compact.pdf", std::string(100000, 'p'), 3);
  out.put("tools/compact/index.html", "");
  CHECK(tk::steps::read_file(root + "/index.html") == "<p>home</p>");
  CHECK(fs::file_size(root + "/tools/compact/compact.pdf") == 100000);
  CHECK(fs::file_size(root + "/tools/compact/index.html") == 0);
  CHECK(out.info("tools/compact/compact.pdf")->pages == 3);
  CHECK_THROWS_WITH(out.put("index.html", "again"), Catch::Contains("written twice"));
  CHECK(tk::steps::read_file(root + "/index.html") == "<p>home</p>");
  CHECK_THROWS(out.put("../outside.html", "x"));
  CHECK_FALSE(fs::exists(dir.path() + "/outside.html"));
}

TEST_CASE("output: DirOutput reports a file it cannot write, and does not list it", "[output]") {
  tk::test::TempDir dir;
  dir.write("staging/tools", "a file where a folder should be");
  DirOutput out(dir.path() + "/staging");
  CHECK_THROWS_WITH(out.put("tools/x/index.html", "x"), Catch::Contains("cannot create folder"));
  CHECK(out.info("tools/x/index.html") == nullptr);
  CHECK(out.files().empty());
}
