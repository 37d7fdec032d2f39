// Characters that documents cannot carry (XML 1.0 forbids them; the .docx, the sitemap and PDF
// strings are XML or go through XML readers), found in UTF-8 text.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace tk {

/// The length of the valid UTF-8 sequence at s[i] (its code point in *cp), or 0 when it is not one.
std::size_t utf8_decode(std::string_view s, std::size_t i, std::uint32_t* cp);

/// True for the code points XML 1.0 forbids or that are noncharacters: C0 controls other than tab,
/// LF and CR, U+FFFE, U+FFFF and every other noncharacter (U+FDD0..U+FDEF, U+nFFFE, U+nFFFF).
bool forbidden_in_documents(std::uint32_t cp);

/// The first such character in a string: its offset, or npos; *cp is set to it.
std::size_t find_forbidden_char(std::string_view s, std::uint32_t* cp);

/// "U+FFFE".
std::string code_point_name(std::uint32_t cp);

/// "control character U+0007" or "noncharacter U+FFFE".
std::string forbidden_char_name(std::uint32_t cp);

/// Characters (code points) in UTF-8 text.
std::size_t utf8_length(std::string_view s);

}  // namespace tk
