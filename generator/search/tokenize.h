// Search words: folding, tokenizing and English stemming, exactly as the browser client does it.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

struct sb_stemmer;

namespace tk::search {

/// One word of a text: its folded form and the byte range it came from.
struct Token {
  std::string word;        ///< folded: ASCII lower case, Latin accents removed ("Déjà" -> "deja")
  std::size_t begin = 0;   ///< byte offset of the first character in the source text
  std::size_t end = 0;     ///< byte offset one past the last character
};

/// Shortest and longest words that go into the index (in folded characters).
constexpr std::size_t kMinWordChars = 2;
constexpr std::size_t kMaxWordChars = 40;

/// Splits UTF-8 text into words. A word is a run of letters and digits (ASCII, Latin-1 and Latin
/// Extended-A letters folded to ASCII, other letters kept as they are); an apostrophe (' or U+2019)
/// between two word characters stays in the word as "'". Punctuation, symbols, white space and
/// invalid bytes separate words. Mirrors tokenize() in themes/default/static/js/search.js.
/// Words of any length are returned; callers drop those outside kMinWordChars..kMaxWordChars.
std::vector<Token> tokenize(std::string_view text);

/// Number of characters (code points) in a folded word.
std::size_t word_chars(std::string_view word);

/// True for the English stop words left out of the index ("the", "and", ...); w is folded.
bool is_stopword(std::string_view w);

/// The words of text to index: tokenize(), without stop words and words of the wrong length.
std::vector<std::string> index_words(std::string_view text);

/// Calls f(word) for each word index_words() would return, without building a vector.
template <class F>
void for_each_index_word(std::string_view text, F&& f);

/// English (Porter2) stemmer from libstemmer. Not thread-safe: one per thread.
class Stemmer {
 public:
  Stemmer();
  ~Stemmer();
  Stemmer(const Stemmer&) = delete;
  Stemmer& operator=(const Stemmer&) = delete;
  /// The stem of a folded word ("partnerships" -> "partnership").
  std::string stem(std::string_view word);

 private:
  sb_stemmer* s_ = nullptr;
};

namespace detail {
/// Scans text from byte i: sets *word to the next word's folded form and [*begin, *end) to its bytes.
/// Returns false at the end of the text.
bool next_token(std::string_view text, std::size_t* i, std::string* word, std::size_t* begin, std::size_t* end);
}  // namespace detail

template <class F>
void for_each_index_word(std::string_view text, F&& f) {
  std::string w;
  std::size_t i = 0, b = 0, e = 0;
  while (detail::next_token(text, &i, &w, &b, &e)) {
    const std::size_t n = word_chars(w);
    if (n >= kMinWordChars && n <= kMaxWordChars && !is_stopword(w)) f(w);
  }
}

}  // namespace tk::search
