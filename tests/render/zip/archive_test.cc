// The deterministic zip writer: order, timestamps, time-zone independence, read-back.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <ctime>
#include <string>

#include "render/zip/archive.h"

namespace {

using tk::zip::Entry;

/// Runs fn with the process time zone set to tz, then restores it.
template <typename Fn>
auto in_zone(const char* tz, Fn fn) {
  const char* old = std::getenv("TZ");
  std::string saved = old ? old : "";
  setenv("TZ", tz, 1);
  tzset();
  auto result = fn();
  if (old) setenv("TZ", saved.c_str(), 1);
  else unsetenv("TZ");
  tzset();
  return result;
}

std::uint16_t u16(const std::string& b, std::size_t at) {
  return static_cast<std::uint16_t>(static_cast<unsigned char>(b[at]) | (static_cast<unsigned char>(b[at + 1]) << 8));
}

const std::vector<Entry> kEntries = {
    {"b/second.xml", "<b/>"}, {"a/first.txt", std::string(5000, 'x') + "end"}, {"empty", ""}, {"ünï.txt", "ü"}};

}  // namespace

TEST_CASE("zip: entries come back in the given order with their bytes", "[docx][zip]") {
  std::string z = tk::zip::write(kEntries, 0);
  auto back = tk::zip::read(z);
  REQUIRE(back.size() == kEntries.size());
  for (std::size_t i = 0; i < kEntries.size(); ++i) {
    CHECK(back[i].first == kEntries[i].first);
    CHECK(back[i].second == kEntries[i].second);
  }
  CHECK(z.size() < 1000);  // deflated: 5000 'x' shrink to a few bytes
}

TEST_CASE("zip: the same entries give the same bytes in every time zone", "[docx][zip]") {
  std::int64_t when = 1662854400;  // 2022-09-11 00:00 UTC: midnight does not exist in Santiago that day
  auto utc = in_zone("UTC", [&] { return tk::zip::write(kEntries, when); });
  auto ny = in_zone("America/New_York", [&] { return tk::zip::write(kEntries, when); });
  auto scl = in_zone("America/Santiago", [&] { return tk::zip::write(kEntries, when); });
  auto tokyo = in_zone("Asia/Tokyo", [&] { return tk::zip::write(kEntries, 0); });
  CHECK(utc == ny);
  CHECK(utc == scl);
  CHECK(tokyo == tk::zip::write(kEntries, 0));
  CHECK(utc == tk::zip::write(kEntries, when));
}

TEST_CASE("zip: DOS timestamps are the given UTC time, 1980-01-01 for 0", "[docx][zip]") {
  auto [t0, d0] = tk::zip::dos_time(0);
  CHECK(t0 == 0);
  CHECK(d0 == ((0 << 9) | (1 << 5) | 1));
  auto [t, d] = tk::zip::dos_time(1793577600 + 13 * 3600 + 14 * 60 + 30);  // 2026-11-02 13:14:30 UTC
  CHECK(t == ((13 << 11) | (14 << 5) | 15));
  CHECK(d == (((2026 - 1980) << 9) | (11 << 5) | 2));

  std::string z = in_zone("America/New_York", [&] { return tk::zip::write({{"a", "b"}}, 1793577600); });
  REQUIRE(z.size() > 30);
  CHECK(u16(z, 10) == 0);  // local header: 00:00 ...
  CHECK(u16(z, 12) == (((2026 - 1980) << 9) | (11 << 5) | 2));  // ... on 2026-11-02, not 11-01 19:00
}

TEST_CASE("zip: bad input is refused", "[docx][zip]") {
  CHECK_THROWS_AS(tk::zip::write({{"a", "1"}, {"a", "2"}}), std::runtime_error);
  CHECK_THROWS_AS(tk::zip::write({{"", "1"}}), std::runtime_error);
  CHECK_THROWS_AS(tk::zip::read("not a zip at all, just some bytes"), std::runtime_error);
  CHECK_THROWS_AS(tk::zip::read_file("/nonexistent/file.zip"), std::runtime_error);
}
