// Tests of search words: folding, tokenizing, stop words and libstemmer's English stems.
#include <catch2/catch.hpp>

#include "search/tokenize.h"

using tk::search::index_words;
using tk::search::is_stopword;
using tk::search::Stemmer;
using tk::search::tokenize;

namespace {
std::vector<std::string> words(const std::string& s) {
  std::vector<std::string> out;
  for (const auto& t : tokenize(s)) out.push_back(t.word);
  return out;
}
}  // namespace

TEST_CASE("tokenize folds case and Latin accents and keeps byte ranges", "[search]") {
  const std::string s = "Déjà vu: SMART-Goals, 2026!";
  const auto t = tokenize(s);
  REQUIRE(t.size() == 5);
  CHECK(t[0].word == "deja");
  CHECK(s.substr(t[0].begin, t[0].end - t[0].begin) == "Déjà");
  CHECK(t[1].word == "vu");
  CHECK(t[2].word == "smart");
  CHECK(t[3].word == "goals");
  CHECK(s.substr(t[3].begin, t[3].end - t[3].begin) == "Goals");
  CHECK(t[4].word == "2026");
  CHECK(words("Œuvre STRAẞE Æsop Ørsted Łódź") ==
        std::vector<std::string>{"oeuvre", "stra\xe1\xba\x9e" "e", "aesop", "orsted", "lodz"});
}

TEST_CASE("tokenize keeps apostrophes inside words only", "[search]") {
  CHECK(words("the district's plan") == std::vector<std::string>{"the", "district's", "plan"});
  CHECK(words("the district\xe2\x80\x99s plan") == std::vector<std::string>{"the", "district's", "plan"});
  CHECK(words("'quoted' words' end") == std::vector<std::string>{"quoted", "words", "end"});
}

TEST_CASE("tokenize splits on punctuation, symbols and invalid bytes", "[search]") {
  CHECK(words("one\xe2\x80\x94two \xe2\x80\x9cthree\xe2\x80\x9d four\xc2\xb7" "five") ==
        std::vector<std::string>{"one", "two", "three", "four", "five"});
  CHECK(words("a\xff" "b\xc3") == std::vector<std::string>{"a", "b"});
  CHECK(words("x\xc3\x97y 3\xc3\xb7" "4") == std::vector<std::string>{"x", "y", "3", "4"});
  CHECK(words("\xe5\xad\xa6\xe6\xa0\xa1 school") == std::vector<std::string>{"\xe5\xad\xa6\xe6\xa0\xa1", "school"});
  CHECK(words("under_score e.g. k-12") == std::vector<std::string>{"under", "score", "e", "g", "k", "12"});
  CHECK(words("").empty());
}

TEST_CASE("index_words drops stop words, single letters and very long words", "[search]") {
  CHECK(index_words("The partnership and a District of 12 x") ==
        std::vector<std::string>{"partnership", "district", "12"});
  CHECK(index_words(std::string(41, 'a') + " " + std::string(40, 'b')) == std::vector<std::string>{std::string(40, 'b')});
  for (const char* w : {"a", "an", "and", "the", "their", "these", "with", "will", "such", "into"}) CHECK(is_stopword(w));
  for (const char* w : {"partnership", "data", "goal", "thesis"}) CHECK_FALSE(is_stopword(w));
}

TEST_CASE("libstemmer gives Porter2 English stems", "[search]") {
  Stemmer st;
  CHECK(st.stem("partnerships") == "partnership");
  CHECK(st.stem("partnership") == "partnership");
  CHECK(st.stem("calibration") == "calibr");
  CHECK(st.stem("sharing") == "share");
  CHECK(st.stem("goals") == "goal");
  CHECK(st.stem("generously") == "generous");
  CHECK(st.stem("district's") == "district");
  CHECK(st.stem("skies") == "sky");
  CHECK(st.stem("by") == "by");
}
