// PDF content streams: number formatting, civil time, marked text.
#include <catch2/catch.hpp>

#include "render/pdf/content.h"

using namespace tk::pdf;

TEST_CASE("pdf content: numbers are short, exact and locale-free", "[pdf]") {
  CHECK(num(0) == "0");
  CHECK(num(-0.0001) == "0");
  CHECK(num(12) == "12");
  CHECK(num(1.5) == "1.5");
  CHECK(num(-3.14159) == "-3.142");
  CHECK(num(0.05) == "0.05");
  Civil c = civil_time(1793577600);  // 2026-11-02
  CHECK(c.year == 2026);
  CHECK(c.month == 11);
  CHECK(c.day == 2);
  ContentBuilder cb;
  cb.begin_tag("P", 3);
  cb.text(10, 20, 1, 9.5, "0041", {0, 0, 0});
  cb.end_marked();
  CHECK(cb.ops() == "/P <</MCID 3>> BDC\nBT 0 0 0 rg /F1 9.5 Tf 10 20 Td <0041> Tj ET\nEMC\n");
}
