// Tests of the gzip writer: every output is read back by zlib's inflate and by the real gzip program.
#include <catch2/catch.hpp>

#include <random>
#include <string>

#include "search/gzip.h"
#include "search/search_test_util.h"

using tk::test::gunzip;
using tk::test::gunzip_program;

namespace {

std::string english(std::size_t n) {
  static const char* words[] = {"partnership ", "district ", "program ", "student ", "teaching ", "candidate ",
                                "data ", "sharing ", "agreement ", "goals. ", "SMART ", "the ", "of ", "and "};
  std::mt19937 rng(7);
  std::string s;
  while (s.size() < n) s += words[rng() % 14];
  return s;
}

}  // namespace

TEST_CASE("gzip output is valid and decompresses to the input", "[search]") {
  std::mt19937 rng(42);
  std::string random(70000, '\0');
  for (auto& c : random) c = static_cast<char>(rng() & 0xFF);
  std::string runs(300000, 'a');
  for (std::size_t i = 0; i < runs.size(); i += 1000) runs[i] = 'b';
  const std::vector<std::string> inputs = {"", "a", "ab", "hello hello hello hello", english(1000),
                                           english(200000), random, runs, std::string(1, '\0')};
  for (const auto& in : inputs) {
    const std::string z = tk::search::gzip(in);
    CAPTURE(in.size(), z.size());
    REQUIRE(z.size() >= 18);
    std::string back;
    CHECK(gunzip(z, &back));
    CHECK(back == in);
    CHECK(gunzip_program(z, &back));
    CHECK(back == in);
    CHECK(tk::search::gzip(in) == z);  // deterministic
  }
}

TEST_CASE("gzip headers carry no name, time or operating system", "[search]") {
  const std::string z = tk::search::gzip(english(5000));
  REQUIRE(z.size() > 10);
  CHECK(static_cast<unsigned char>(z[0]) == 0x1f);  // magic
  CHECK(static_cast<unsigned char>(z[1]) == 0x8b);
  CHECK(z[2] == 8);                                 // deflate
  CHECK(z[3] == 0);                                 // flags: no name, comment, extra or header CRC
  CHECK(z.substr(4, 4) == std::string(4, '\0'));    // mtime 0
  CHECK(static_cast<unsigned char>(z[9]) == 0xff);  // OS unknown
}

TEST_CASE("gzip compresses English text at least threefold", "[search]") {
  const std::string text = english(100000);
  CHECK(tk::search::gzip(text).size() * 3 < text.size());
  // Incompressible data costs only the stored-block overhead.
  std::mt19937 rng(1);
  std::string random(10000, '\0');
  for (auto& c : random) c = static_cast<char>(rng() & 0xFF);
  CHECK(tk::search::gzip(random).size() < random.size() + 40);
}
