// Search words: folding, tokenizing and English stemming (libstemmer), mirrored by search.js.
#include "search/tokenize.h"

#include <libstemmer.h>

#include <algorithm>
#include <array>
#include <stdexcept>

namespace tk::search {
namespace {

// Base letters of U+00C0..U+017F; '*' = two letters (see kMulti), ' ' = separator (x and ÷).
constexpr std::string_view kLatin =
    "aaaaaa*ceeeeiiiidnooooo ouuuuy**aaaaaa*ceeeeiiiidnooooo ouuuuy*y"
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii**jjkkkllllllllllnnnnnnnnnoooooo**"
    "rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
static_assert(kLatin.size() == 0x180 - 0xC0, "one entry per code point");

struct Multi {
  char32_t cp;
  const char* s;
};
constexpr std::array<Multi, 9> kMulti = {{{0xC6, "ae"}, {0xE6, "ae"}, {0xDE, "th"}, {0xFE, "th"},
                                          {0xDF, "ss"}, {0x132, "ij"}, {0x133, "ij"},
                                          {0x152, "oe"}, {0x153, "oe"}}};

constexpr char32_t kApostrophe = 0x27;
constexpr char32_t kBad = 0xFFFFFFFF;

// Decodes one code point at s[i]; sets *len (>= 1). Invalid sequences give kBad with len 1.
char32_t decode(std::string_view s, std::size_t i, std::size_t* len) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  *len = 1;
  if (b0 < 0x80) return b0;
  int n = 0;
  char32_t cp = 0;
  if ((b0 & 0xE0) == 0xC0) { n = 1; cp = b0 & 0x1F; }
  else if ((b0 & 0xF0) == 0xE0) { n = 2; cp = b0 & 0x0F; }
  else if ((b0 & 0xF8) == 0xF0) { n = 3; cp = b0 & 0x07; }
  else return kBad;
  if (i + static_cast<std::size_t>(n) >= s.size()) return kBad;  // truncated sequence
  for (int k = 1; k <= n; ++k) {
    const auto b = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
    if ((b & 0xC0) != 0x80) return kBad;
    cp = (cp << 6) | (b & 0x3F);
  }
  static constexpr char32_t kMin[4] = {0, 0x80, 0x800, 0x10000};
  if (cp < kMin[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return kBad;
  *len = static_cast<std::size_t>(n) + 1;
  return cp;
}

bool is_separator_range(char32_t cp) {
  return (cp >= 0x2000 && cp <= 0x2BFF) || (cp >= 0x2E00 && cp <= 0x2E7F) ||
         (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xE000 && cp <= 0xF8FF) ||
         (cp >= 0xFE00 && cp <= 0xFE6F) || (cp >= 0xFF00 && cp <= 0xFF0F) ||
         (cp >= 0x1F000 && cp <= 0x1FAFF) || cp == 0xFEFF;
}

// Appends the folded form of cp to out; false when cp separates words.
bool fold(char32_t cp, std::string& out) {
  if (cp >= '0' && cp <= '9') { out += static_cast<char>(cp); return true; }
  if (cp >= 'a' && cp <= 'z') { out += static_cast<char>(cp); return true; }
  if (cp >= 'A' && cp <= 'Z') { out += static_cast<char>(cp - 'A' + 'a'); return true; }
  if (cp < 0xC0 || cp == kBad) return false;
  if (cp < 0x180) {
    const char c = kLatin[cp - 0xC0];
    if (c == ' ') return false;
    if (c != '*') { out += c; return true; }
    for (const auto& m : kMulti)
      if (m.cp == cp) { out += m.s; return true; }
    return false;
  }
  if (is_separator_range(cp)) return false;
  // Any other character is kept as it is (UTF-8).
  if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  }
  out += static_cast<char>(0x80 | (cp & 0x3F));
  return true;
}

bool is_apostrophe(char32_t cp) { return cp == kApostrophe || cp == 0x2019; }

constexpr std::array<std::string_view, 33> kStopwords = {
    "a",    "an",   "and",  "are",   "as",    "at",   "be",   "but",  "by",
    "for",  "if",   "in",   "into",  "is",    "it",   "no",   "not",  "of",
    "on",   "or",   "such", "that",  "the",   "their", "then", "there", "these",
    "they", "this", "to",   "was",   "will",  "with"};

// The longest stop word: longer words need no search.
constexpr std::size_t kMaxStopword = [] {
  std::size_t n = 0;
  for (auto w : kStopwords) n = std::max(n, w.size());
  return n;
}();

}  // namespace

namespace detail {

bool next_token(std::string_view text, std::size_t* pos, std::string* word, std::size_t* begin, std::size_t* end) {
  word->clear();
  bool in_word = false;
  std::size_t i = *pos;
  while (i < text.size()) {
    std::size_t len = 0;
    const char32_t cp = decode(text, i, &len);
    if (in_word && is_apostrophe(cp) && i + len < text.size()) {
      // Keep it only when a word character follows.
      std::size_t len2 = 0;
      std::string probe;
      if (fold(decode(text, i + len, &len2), probe)) {
        *word += '\'';
        i += len;
        continue;
      }
    }
    const std::size_t before = word->size();
    if (fold(cp, *word)) {
      if (!in_word) {
        in_word = true;
        *begin = i;
      }
      *end = i + len;
    } else {
      word->resize(before);
      if (in_word) {
        *pos = i + len;
        return true;
      }
    }
    i += len;
  }
  *pos = i;
  return in_word;
}

}  // namespace detail

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> out;
  Token t;
  std::size_t i = 0;
  while (detail::next_token(text, &i, &t.word, &t.begin, &t.end)) out.push_back(t);
  return out;
}

std::size_t word_chars(std::string_view word) {
  return static_cast<std::size_t>(std::count_if(word.begin(), word.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

bool is_stopword(std::string_view w) {
  return w.size() <= kMaxStopword && std::binary_search(kStopwords.begin(), kStopwords.end(), w);
}

std::vector<std::string> index_words(std::string_view text) {
  std::vector<std::string> out;
  for_each_index_word(text, [&](const std::string& w) { out.push_back(w); });
  return out;
}

Stemmer::Stemmer() : s_(sb_stemmer_new("english", nullptr)) {
  if (!s_) throw std::runtime_error("libstemmer: no English stemmer");
}

Stemmer::~Stemmer() { sb_stemmer_delete(s_); }

std::string Stemmer::stem(std::string_view word) {
  const sb_symbol* r = sb_stemmer_stem(s_, reinterpret_cast<const sb_symbol*>(word.data()),
                                       static_cast<int>(word.size()));
  if (!r) throw std::runtime_error("libstemmer: out of memory");
  return std::string(reinterpret_cast<const char*>(r), static_cast<std::size_t>(sb_stemmer_length(s_)));
}

}  // namespace tk::search
