// Characters documents cannot carry: UTF-8 decoding, the forbidden set, finding one, and naming it.
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>

#include "core/doc_chars.h"

TEST_CASE("utf8_decode reads one valid sequence and refuses overlong, surrogate, cut-off and stray bytes", "[core][chars]") {
  std::uint32_t cp = 0;
  CHECK(tk::utf8_decode("a", 0, &cp) == 1);
  CHECK(cp == 'a');
  CHECK(tk::utf8_decode("x\xC3\xA9", 1, &cp) == 2);
  CHECK(cp == 0xE9);
  CHECK(tk::utf8_decode("\xEF\xBF\xBE", 0, &cp) == 3);
  CHECK(cp == 0xFFFE);
  CHECK(tk::utf8_decode("\xF0\x9F\x98\x80", 0, &cp) == 4);
  CHECK(cp == 0x1F600);
  CHECK(tk::utf8_decode("\xC0\xAF", 0, &cp) == 0);          // overlong '/'
  CHECK(tk::utf8_decode("\xED\xA0\x80", 0, &cp) == 0);      // a surrogate
  CHECK(tk::utf8_decode("\xE2\x82", 0, &cp) == 0);          // cut off
  CHECK(tk::utf8_decode("\x80", 0, &cp) == 0);              // a continuation byte alone
  CHECK(tk::utf8_decode("\xF4\x90\x80\x80", 0, &cp) == 0);  // above U+10FFFF
}

TEST_CASE("forbidden: C0 controls but tab, LF and CR, and every noncharacter", "[core][chars]") {
  for (std::uint32_t cp : {0x0u, 0x7u, 0x1Fu, 0xFFFEu, 0xFFFFu, 0xFDD0u, 0xFDEFu, 0x1FFFEu, 0x10FFFFu})
    CHECK(tk::forbidden_in_documents(cp));
  for (std::uint32_t cp : {0x9u, 0xAu, 0xDu, 0x20u, 0x7Fu, 0xE9u, 0xFDCFu, 0xFDF0u, 0xFFFDu, 0x1F600u})
    CHECK_FALSE(tk::forbidden_in_documents(cp));
}

TEST_CASE("find_forbidden_char gives the byte offset of the first one, npos when there is none", "[core][chars]") {
  std::uint32_t cp = 0;
  CHECK(tk::find_forbidden_char("Caf\xC3\xA9 \x07 and \xEF\xBF\xBF", &cp) == 6);
  CHECK(cp == 0x7);
  CHECK(tk::find_forbidden_char("\xC3\xA9\xEF\xB7\x90", &cp) == 2);
  CHECK(cp == 0xFDD0);
  CHECK(tk::find_forbidden_char("tab\tand\r\nlines", &cp) == std::string::npos);
  CHECK(tk::find_forbidden_char("", &cp) == std::string::npos);
}

TEST_CASE("names: U+ with at least four hex digits, and what kind of character it is", "[core][chars]") {
  CHECK(tk::code_point_name(0x7) == "U+0007");
  CHECK(tk::code_point_name(0xFFFE) == "U+FFFE");
  CHECK(tk::code_point_name(0x10FFFF) == "U+10FFFF");
  CHECK(tk::forbidden_char_name(0x7) == "control character U+0007");
  CHECK(tk::forbidden_char_name(0xFDD0) == "noncharacter U+FDD0");
}

TEST_CASE("utf8_length counts code points", "[core][chars]") {
  CHECK(tk::utf8_length("") == 0);
  CHECK(tk::utf8_length("District\xE2\x80\x93Program") == 16);
  CHECK(tk::utf8_length("\xF0\x9F\x98\x80!") == 2);
}
