// Editorial warnings: things that build accepts but readers would trip on.
#pragma once
#include <string>

#include "core/diagnostics.h"
#include "model/site.h"

namespace tk::check {

/// Titles longer than this (in characters) are cut off in search results and browser tabs.
inline constexpr std::size_t kMaxTitleChars = 70;

/// Warns about: a page without a summary; a title longer than kMaxTitleChars; an empty section (a heading
/// followed directly by a heading of the same or a higher level, or ending the page); a file in assets/ that
/// no page, footer or menu links to or shows; and plain_language(). content_dir prefixes the paths ("content").
void lint(const model::Site& site, const std::string& content_dir, Diagnostics& diags);

/// Sentences longer than this (in words) get a warning when site.yaml sets reading_grade_max.
inline constexpr std::size_t kMaxSentenceWords = 35;
/// Pages with fewer words than this get no reading-grade warning (the formula needs running text).
inline constexpr std::size_t kMinWordsForGrade = 100;

/// Counts for the Flesch–Kincaid grade of some prose.
struct Readability {
  std::size_t words = 0, sentences = 0, syllables = 0;
  /// 0.39 * words/sentence + 11.8 * syllables/word - 15.59 (0 when there are no words).
  double grade() const;
};

/// Adds one block of prose (a paragraph, heading, list item or table cell: each ends a sentence) to r.
/// Returns the number of words of its longest sentence, and that sentence in *longest when it is given.
std::size_t add_prose(const std::string& text, Readability& r, std::string* longest = nullptr);

/// English syllables in one word, by vowel groups (at least 1).
int syllables(const std::string& word);

/// When site.yaml sets reading_grade_max: warns about a page whose Flesch–Kincaid grade is above it, and about
/// every sentence longer than kMaxSentenceWords words.
void plain_language(const model::Site& site, const std::string& content_dir, Diagnostics& diags);

/// The number of characters (UTF-8 code points) in s.
std::size_t char_count(const std::string& s);

}  // namespace tk::check
