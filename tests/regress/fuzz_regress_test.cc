// Replays the inputs fuzzing found (tests/regress/<target>/*) and the shipped content through the fuzz harnesses.
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "harness.h"

namespace fs = std::filesystem;

namespace {

struct InvariantBroken : std::runtime_error {
  using std::runtime_error::runtime_error;
};

const char* const kTargets[] = {"front_matter", "page_loader", "fields", "page_html"};

std::string read(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::ostringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

std::vector<fs::path> files_under(const fs::path& dir, const std::string& ext = "") {
  std::vector<fs::path> out;
  if (!fs::is_directory(dir)) return out;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file() && (ext.empty() || e.path().extension() == ext)) out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

// Runs one input; a broken invariant throws, and a slow input fails (hangs found by fuzzing stay fixed).
void replay(const std::string& target, const std::string& bytes) {
  tk::fuzz::set_failure_handler([](const std::string& t, const std::string& what) {
    throw InvariantBroken("[" + t + "] " + what);
  });
  tk::fuzz::Harness h = tk::fuzz::harness_for(target);
  REQUIRE(h != nullptr);
  auto t0 = std::chrono::steady_clock::now();
  h(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
  double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  if (s > 10) throw InvariantBroken("[" + target + "] took " + std::to_string(s) + " s (limit 10 s)");
}

}  // namespace

TEST_CASE("every input found by fuzzing replays without a crash or broken invariant", "[regress][fuzz]") {
  const fs::path root = fs::path(TK_SOURCE_DIR) / "tests" / "regress";
  std::size_t n = 0;
  for (const char* target : kTargets) {
    for (const fs::path& p : files_under(root / target)) {
      ++n;
      DYNAMIC_SECTION(target << "/" << p.filename().string()) {
        const std::string bytes = read(p);
        REQUIRE_NOTHROW(replay(target, bytes));
      }
    }
  }
  CHECK(n > 0);
}

TEST_CASE("the shipped content passes every fuzz harness's invariants", "[regress][fuzz]") {
  const fs::path content = fs::path(TK_SOURCE_DIR) / "content";
  const std::vector<fs::path> files = files_under(content, ".md");
  REQUIRE(files.size() > 10);
  for (const fs::path& p : files) {
    const std::string rel = fs::relative(p, content).generic_string();
    DYNAMIC_SECTION(rel) {
      const std::string bytes = read(p);
      const std::string folder = rel.find('/') == std::string::npos ? "" : rel.substr(0, rel.find('/'));
      const std::string kinded = std::string(1, static_cast<char>(tk::fuzz::kind_byte_for_folder(folder))) + bytes;
      REQUIRE_NOTHROW(replay("front_matter", bytes));
      REQUIRE_NOTHROW(replay("page_loader", kinded));
      REQUIRE_NOTHROW(replay("page_html", kinded));
      if (folder == "tools" || folder == "jobs") {
        // The body alone, as the field syntax target sees it (mode byte 0).
        std::size_t a = bytes.find("\n---");
        std::size_t b = a == std::string::npos ? a : bytes.find('\n', a + 4);
        REQUIRE(b != std::string::npos);
        REQUIRE_NOTHROW(replay("fields", std::string(1, '\0') + bytes.substr(b + 1)));
      }
    }
  }
}
