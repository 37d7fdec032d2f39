// check's lint rules: summary, title length, empty sections, unused assets, reading grade.
#include <catch2/catch.hpp>

#include "check/lint.h"
#include "support/test_support.h"

using tk::test::all_messages;

TEST_CASE("lint warns about missing summaries, long titles, empty sections and unused assets", "[check]") {
  tk::test::TempDir dir;
  auto files = tk::test::minimal_site();
  files["pages/about.md"] =
      "---\ntitle: A title that goes on and on well past the seventy characters a tab can show\n---\n"
      "## Empty\n\n## Next\n\nText.\n\n### Sub\n\nMore.\n\n## Last\n";
  files["pages/fine.md"] = "---\ntitle: Fine\nsummary: All good.\n---\n## One\n\nText [map](/assets/img/used.svg).\n\n### Two\n\nText.\n";
  files["assets/img/used.svg"] = "<svg/>";
  files["assets/files/orphan.pdf"] = "%PDF";
  tk::Diagnostics diags;
  tk::model::Site site = tk::test::load_files(dir, files, diags);
  REQUIRE_FALSE(diags.has_errors());
  tk::Diagnostics lint;
  tk::check::lint(site, "content", lint);
  std::string m = all_messages(lint);
  CHECK(lint.error_count() == 0);
  CHECK(m.find("content/pages/about.md:2: warning: no 'summary'") != std::string::npos);
  CHECK(m.find("content/pages/about.md:2: warning: the title is 75 characters long") != std::string::npos);
  CHECK(m.find("content/pages/about.md:4:1: warning: empty section 'Empty'") != std::string::npos);
  CHECK(m.find("content/pages/about.md:14:1: warning: empty section 'Last'") != std::string::npos);
  CHECK(m.find("'Next'") == std::string::npos);  // followed by text
  CHECK(m.find("'Sub'") == std::string::npos);
  CHECK(m.find("content/assets/files/orphan.pdf: warning: no page links to this file") != std::string::npos);
  CHECK(m.find("used.svg") == std::string::npos);
  CHECK(m.find("fine.md") == std::string::npos);
  CHECK(m.find("index.md") == std::string::npos);  // the home page takes the site's description
}

TEST_CASE("titles are measured in characters, not bytes", "[check]") {
  CHECK(tk::check::char_count("Étude") == 5);
  CHECK(tk::check::char_count("District\u2013Program") == 16);
}


namespace {
// n copies of a sentence, as one paragraph.
std::string repeat(const std::string& sentence, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += sentence + " ";
  return out + "\n";
}
}  // namespace

TEST_CASE("syllables and the Flesch-Kincaid grade follow the usual counts", "[check][readability]") {
  CHECK(tk::check::syllables("cat") == 1);
  CHECK(tk::check::syllables("state") == 1);       // silent e
  CHECK(tk::check::syllables("people") == 2);      // -le keeps its syllable
  CHECK(tk::check::syllables("placed") == 1);      // silent -ed
  CHECK(tk::check::syllables("needed") == 2);
  CHECK(tk::check::syllables("partnership") == 3);
  CHECK(tk::check::syllables("university") == 5);
  CHECK(tk::check::syllables("2016") == 1);
  tk::check::Readability easy;
  CHECK(tk::check::add_prose("The cat sat on the mat. We met at noon.", easy) == 6);
  CHECK(easy.sentences == 2);
  CHECK(easy.words == 10);
  CHECK(easy.grade() < 1);
  tk::check::Readability hard;
  tk::check::add_prose("Institutional collaboration necessitates comprehensive documentation of organizational "
                       "responsibilities, evaluation methodologies and accountability relationships.", hard);
  CHECK(hard.sentences == 1);
  CHECK(hard.grade() > 20);
  tk::check::Readability curly;  // U+2019 inside a word, an en dash between words
  tk::check::add_prose("The district\u2019s program\u2013school tie works.", curly);
  CHECK(curly.words == 6);
}

TEST_CASE("check warns on a page above reading_grade_max and on sentences over 35 words", "[check][readability]") {
  tk::test::TempDir dir;
  auto files = tk::test::minimal_site();
  files["site.yaml"] += "reading_grade_max: 10\n";
  const std::string hard = "Comprehensive institutional collaboration necessitates documentation of organizational "
                           "responsibilities and evaluation methodologies.";
  const std::string easy = "We meet each month. The school hosts a cohort. Each mentor gets training.";
  files["pages/hard.md"] = "---\ntitle: Hard\nsummary: A page.\n---\n" + repeat(hard, 12);
  files["pages/easy.md"] = "---\ntitle: Easy\nsummary: A page.\n---\n" + repeat(easy, 12) + "\n- " +
                           repeat("one two three four five six seven eight nine ten eleven twelve", 3) +
                           "\n## A heading\n\n| Column |\n|---|\n| Short cell |\n";
  files["pages/short.md"] = "---\ntitle: Short\nsummary: A page.\n---\n" + hard + "\n";
  tk::Diagnostics diags;
  tk::model::Site site = tk::test::load_files(dir, files, diags);
  REQUIRE_FALSE(diags.has_errors());
  REQUIRE(site.config.reading_grade_max == 10);
  tk::Diagnostics lint;
  tk::check::lint(site, "content", lint);
  std::string m = all_messages(lint);
  CHECK(m.find("content/pages/hard.md:1: warning: the page reads at grade ") != std::string::npos);
  CHECK(m.find("above reading_grade_max 10 in site.yaml") != std::string::npos);
  CHECK(m.find("easy.md:1: warning: the page reads") == std::string::npos);
  CHECK(m.find("short.md:1: warning: the page reads") == std::string::npos);  // under 100 words: no grade
  // The list item's 36 words are one sentence (no full stop): a warning at its line, with its start quoted.
  CHECK(m.find("content/pages/easy.md:7: warning: a sentence of 36 words ('one two three four") != std::string::npos);
  CHECK(m.find("a sentence of 12 words") == std::string::npos);

  // Without the key, neither warning.
  files["site.yaml"] = tk::test::minimal_site()["site.yaml"];
  tk::test::TempDir dir2;
  tk::Diagnostics d2;
  tk::model::Site plain = tk::test::load_files(dir2, files, d2);
  tk::Diagnostics l2;
  tk::check::lint(plain, "content", l2);
  CHECK(all_messages(l2).find("grade") == std::string::npos);
  CHECK(all_messages(l2).find("a sentence of") == std::string::npos);
}

TEST_CASE("reading_grade_max must be a grade from 1 to 20", "[check][readability]") {
  for (const char* bad : {"reading_grade_max: 0\n", "reading_grade_max: 25\n", "reading_grade_max: ten\n"}) {
    tk::test::TempDir dir;
    auto files = tk::test::minimal_site();
    files["site.yaml"] += bad;
    tk::Diagnostics diags;
    tk::test::load_files(dir, files, diags);
    CHECK(diags.has_errors());
    CHECK(all_messages(diags).find("content/site.yaml:5:") != std::string::npos);
  }
}
