// Tests of the search index builder: documents, terms, filters and weights from a hand-made site.
#include <catch2/catch.hpp>

#include <algorithm>
#include <mutex>

#include "search/index_builder.h"
#include "search/sample_site.h"

using namespace tk::test::search_site;

TEST_CASE("the index orders documents by kind and keeps links and sections", "[search]") {
  const Index ix = tk::search::build_index(sample_site());
  REQUIRE(ix.docs.size() == 8);
  CHECK(ix.docs[0].kind == tk::model::Kind::Home);
  CHECK(ix.docs[0].url.empty());
  CHECK(ix.docs[1].title == "Initiation");
  CHECK(ix.docs[1].url == "stages/initiation/");
  CHECK(ix.docs[2].title == "Developing SMART Goals");
  CHECK(ix.docs[2].url == "tools/developing-smart-goals/");
  CHECK(ix.docs[4].url == "https://example.org/sustain");
  CHECK(ix.docs[7].url == "about/");
  const auto& s = ix.docs[2].sections;
  REQUIRE(s.size() == 2);
  CHECK(s[1].id == "writing-goals");
  CHECK(s[1].text == "Each goal is specific and measurable.");
  // Extras: activities, partners and FAQ become labelled sections.
  CHECK(ix.docs[1].sections.back().heading == "Key activities");
  CHECK(ix.docs[1].sections.back().text == "Write SMART goals\nSign a compact");
  CHECK(ix.docs[5].sections.back().text == "Boston University (program)\nBoston");
  CHECK(ix.docs[6].sections.back().heading == "But what about cost?");
}

TEST_CASE("terms are stemmed, carry their word variants and rank titles first", "[search]") {
  const Index ix = tk::search::build_index(sample_site());
  REQUIRE(std::is_sorted(ix.terms.begin(), ix.terms.end(),
                         [](const auto& a, const auto& b) { return a.stem < b.stem; }));
  CHECK(find_term(ix, "the") == nullptr);  // stop word
  const auto* partnership = find_term(ix, "partnership");
  REQUIRE(partnership);
  CHECK(std::find(partnership->variants.begin(), partnership->variants.end(), "partnerships") !=
        partnership->variants.end());
  CHECK(std::find(partnership->variants.begin(), partnership->variants.end(), "partnership") !=
        partnership->variants.end());
  const auto* goal = find_term(ix, "goal");
  REQUIRE(goal);
  CHECK(goal->variants.front() == "goals");  // the most frequent form first
  const auto smart_doc = doc_of(ix, "Developing SMART Goals");
  const auto stage_doc = doc_of(ix, "Initiation");
  CHECK(weight_in(*goal, smart_doc) > weight_in(*goal, stage_doc));
  CHECK(weight_in(*goal, stage_doc) > 0);
  const auto* calibr = find_term(ix, "calibr");
  REQUIRE(calibr);
  CHECK(calibr->variants == std::vector<std::string>{"calibrated"});
  // Meta words: a tool is found by its stage's name, a spotlight by its partner.
  const auto* initi = find_term(ix, "initi");
  REQUIRE(initi);
  CHECK(weight_in(*initi, smart_doc) > 0);
  CHECK(weight_in(*find_term(ix, "univers"), doc_of(ix, "Boston University and Boston Public Schools")) > 0);
  for (const auto& t : ix.terms)
    for (std::size_t i = 1; i < t.postings.size(); ++i) CHECK(t.postings[i - 1].doc < t.postings[i].doc);
}

TEST_CASE("filters list documents by stage and focus area", "[search]") {
  const Index ix = tk::search::build_index(sample_site());
  const auto stage = doc_of(ix, "Initiation"), smart = doc_of(ix, "Developing SMART Goals");
  const auto ext = doc_of(ix, "Sustainability Planning Resources");
  CHECK(ix.stage_docs.at("initiation") == std::vector<std::uint32_t>{stage, smart, ext});
  CHECK(ix.stage_docs.at("continuous-improvement") ==
        std::vector<std::uint32_t>{doc_of(ix, "Data Sharing Agreement")});
  CHECK(ix.focus_docs.at("strong-partnerships") ==
        std::vector<std::uint32_t>{smart, doc_of(ix, "Boston University and Boston Public Schools"),
                                   doc_of(ix, "Strong Partnerships")});
}

TEST_CASE("term weights follow BM25 with title and heading bonuses", "[search]") {
  using tk::search::term_weight;
  CHECK(term_weight(1, 100, 100, true, false) > term_weight(1, 100, 100, false, true));
  CHECK(term_weight(1, 100, 100, false, true) > term_weight(1, 100, 100, false, false));
  CHECK(term_weight(3, 100, 100, false, false) > term_weight(1, 100, 100, false, false));
  CHECK(term_weight(1, 50, 100, false, false) > term_weight(1, 400, 100, false, false));
  CHECK(term_weight(1000, 1, 100, true, true) <= 255);
  CHECK(term_weight(0.001, 10000, 1, false, false) >= 1);
}

TEST_CASE("a document sink gets every document's sections once, and the index keeps none", "[search]") {
  const Index whole = tk::search::build_index(sample_site());
  std::mutex mu;
  std::map<std::uint32_t, std::vector<tk::search::Section>> seen;
  const Index ix = tk::search::build_index(sample_site(), [&](std::uint32_t doc, const tk::search::Doc& d) {
    std::lock_guard<std::mutex> lock(mu);
    CHECK(seen.count(doc) == 0);
    seen[doc] = d.sections;
  });
  REQUIRE(seen.size() == whole.docs.size());
  REQUIRE(ix.docs.size() == whole.docs.size());
  for (std::uint32_t d = 0; d < ix.docs.size(); ++d) {
    CHECK(ix.docs[d].sections.empty());
    CHECK(ix.docs[d].title == whole.docs[d].title);
    REQUIRE(seen[d].size() == whole.docs[d].sections.size());
    for (std::size_t s = 0; s < seen[d].size(); ++s) CHECK(seen[d][s].text == whole.docs[d].sections[s].text);
  }
  REQUIRE(ix.terms.size() == whole.terms.size());
  for (std::size_t t = 0; t < ix.terms.size(); ++t) {
    CHECK(ix.terms[t].stem == whole.terms[t].stem);
    CHECK(ix.terms[t].variants == whole.terms[t].variants);
    CHECK(ix.terms[t].postings.size() == whole.terms[t].postings.size());
  }
}
