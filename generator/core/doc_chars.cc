// Characters that documents cannot carry.
#include "core/doc_chars.h"

#include <cstdio>

#include "core/text.h"

namespace tk {

std::size_t utf8_decode(std::string_view s, std::size_t i, std::uint32_t* cp) {
  std::string_view one = s.substr(i, 4);
  if (one.empty()) return 0;
  auto c = static_cast<unsigned char>(one[0]);
  std::size_t len = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
  if (len == 0 || len > one.size() || !text::valid_utf8(one.substr(0, len))) return 0;
  std::uint32_t v = len == 1 ? c : len == 2 ? (c & 0x1Fu) : len == 3 ? (c & 0x0Fu) : (c & 0x07u);
  for (std::size_t k = 1; k < len; ++k) v = (v << 6) | (static_cast<unsigned char>(one[k]) & 0x3Fu);
  *cp = v;
  return len;
}

bool forbidden_in_documents(std::uint32_t cp) {
  if (cp < 0x20) return cp != '\t' && cp != '\n' && cp != '\r';
  if (cp >= 0xFDD0 && cp <= 0xFDEF) return true;
  return (cp & 0xFFFE) == 0xFFFE;  // U+FFFE, U+FFFF and the same two at the end of every plane
}

std::size_t find_forbidden_char(std::string_view s, std::uint32_t* cp) {
  for (std::size_t i = 0; i < s.size();) {
    std::uint32_t c = 0;
    std::size_t len = utf8_decode(s, i, &c);
    if (len == 0) {
      ++i;
      continue;
    }
    if (forbidden_in_documents(c)) {
      *cp = c;
      return i;
    }
    i += len;
  }
  return std::string_view::npos;
}

std::string code_point_name(std::uint32_t cp) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(cp));
  return buf;
}

std::string forbidden_char_name(std::uint32_t cp) {
  return std::string(cp < 0x20 ? "control character " : "noncharacter ") + code_point_name(cp);
}

std::size_t utf8_length(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

}  // namespace tk
