// PDF pagination: units fill pages, keep-with-next, repeated table headers, forced breaks.
#include <catch2/catch.hpp>

#include "render/pdf/flow.h"

using namespace tk::pdf;

namespace {

Unit unit(double h, bool keep = false) {
  Unit u;
  u.height = h;
  u.keep_with_next = keep;
  return u;
}

}  // namespace

TEST_CASE("pdf flow: units fill pages and space before is dropped at a page top", "[pdf]") {
  std::vector<Unit> units;
  for (int i = 0; i < 5; ++i) {
    units.push_back(unit(40));
    units.back().space_before = 10;
  }
  auto pages = paginate(units, 100);  // 40, then 10 + 40: two units a page
  REQUIRE(pages.size() == 3);
  CHECK(pages[0].size() == 2);
  CHECK(pages[0][0].y == 0);
  CHECK(pages[0][1].y == Approx(50));
  CHECK(pages[1][0].y == 0);
  for (const auto& p : pages)
    for (const auto& pl : p) CHECK(pl.y + units[std::size_t(pl.unit)].height <= 100);
}

TEST_CASE("pdf flow: a heading is kept with what follows", "[pdf]") {
  std::vector<Unit> units{unit(70), unit(20, true), unit(20)};
  auto pages = paginate(units, 100);
  REQUIRE(pages.size() == 2);
  CHECK(pages[0].size() == 1);
  CHECK(pages[1][0].unit == 1);
  CHECK(pages[1][1].unit == 2);
  // A chain that can never fit on one page does not force breaks.
  std::vector<Unit> tall{unit(10), unit(60, true), unit(60)};
  CHECK(paginate(tall, 100)[0].size() == 2);
}

TEST_CASE("pdf flow: a table's header row repeats after a page break", "[pdf]") {
  std::vector<Unit> units{unit(30)};
  Unit header = unit(10, true);
  header.table = 0;
  header.table_header = true;
  units.push_back(header);
  for (int i = 0; i < 6; ++i) {
    Unit row = unit(20);
    row.table = 0;
    units.push_back(row);
  }
  auto pages = paginate(units, 100);
  REQUIRE(pages.size() == 2);
  CHECK(pages[0].back().unit == 4);  // 30 + 10 + 3 * 20
  REQUIRE(pages[1].size() == 4);
  CHECK(pages[1][0].unit == 1);
  CHECK(pages[1][0].repeated);
  CHECK(pages[1][1].unit == 5);
  CHECK(pages[1][1].y == Approx(10));
}

TEST_CASE("pdf flow: forced page breaks and line groups", "[pdf]") {
  std::vector<Unit> units{unit(10), unit(10), unit(10)};
  units[1].page_break_before = true;
  CHECK(paginate(units, 100).size() == 2);
  CHECK(group_lines({10, 10, 10, 10, 10}, 25) == std::vector<std::size_t>{2, 2, 1});
  CHECK(group_lines({40}, 25) == std::vector<std::size_t>{1});
}
