// The search index as data: documents, stemmed terms with BM25 weights, filters. Pure, no I/O.
#pragma once
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "model/site.h"
#include "search/plain_text.h"

namespace tk::search {

/// Ranking constants. A term's weight in a document is BM25's saturated term frequency over the
/// document's fields (each counted with its field weight), plus bonuses when the term is in the
/// title or a heading. The client multiplies it by the term's idf.
struct Weights {
  static constexpr double kTitle = 4.0;      ///< field weights (term frequency multipliers)
  static constexpr double kHeading2 = 2.0;
  static constexpr double kHeading3 = 1.5;   ///< level 3 and deeper
  static constexpr double kSummary = 1.5;
  static constexpr double kBody = 1.0;
  static constexpr double kMeta = 0.5;       ///< kind label, stage and focus-area names, partners
  static constexpr double kK1 = 1.2;         ///< BM25 saturation
  static constexpr double kB = 0.75;         ///< BM25 length normalisation
  static constexpr double kTitleBonus = 1.0;
  static constexpr double kHeadingBonus = 0.25;
  static constexpr double kScale = 64.0;     ///< stored weight = round(weight * kScale), 1..255
};

/// One searchable page (a document of the index), in the order of Index::docs.
struct Doc {
  std::string title;
  std::string url;        ///< site path without the leading '/' ("tools/x/", "" for home) or an outside URL
  std::string summary;
  model::Kind kind = model::Kind::Page;
  std::vector<Section> sections;  ///< text before the first heading, headings' sections, then extras
  std::vector<std::string> stages;  ///< filter values: stage slugs
  std::vector<std::string> focus;   ///< filter values: focus-area slugs
};

struct Posting {
  std::uint32_t doc = 0;
  std::uint8_t weight = 0;  ///< see Weights::kScale
};

/// A stem and where it occurs.
struct Term {
  std::string stem;                   ///< libstemmer English stem of the folded words
  std::vector<std::string> variants;  ///< the folded words seen with this stem, most frequent first (at most 8)
  std::vector<Posting> postings;      ///< by ascending doc
};

struct Index {
  std::vector<Doc> docs;    ///< ordered by kind (model::Kind order), then as in site.pages
  std::vector<Term> terms;  ///< sorted by stem (byte order)
  std::map<std::string, std::vector<std::uint32_t>> stage_docs;  ///< stage slug -> docs
  std::map<std::string, std::vector<std::uint32_t>> focus_docs;  ///< focus-area slug -> docs
};

/// Receives each document once its words are counted: its number in Index::docs and the document
/// with its sections. Called from several threads at once, documents in any order.
using DocSink = std::function<void(std::uint32_t doc, const Doc& d)>;

/// Builds the index of every page of the site. Pages are read on `jobs` threads (0 = one per hardware
/// thread); the index is the same for any thread count. With a sink, each document's sections go to the
/// sink and are not kept (Doc::sections is empty in the index), so the pages' texts are never all in
/// memory at once.
Index build_index(const model::Site& site, const DocSink& sink = {}, int jobs = 0);

/// The stored weight for a term: tf_eff (field-weighted frequency), the document's length and the
/// average length in words, and whether it occurs in the title / a heading.
std::uint8_t term_weight(double tf_eff, double doc_len, double avg_len, bool in_title, bool in_heading);

/// Maximum number of word variants kept per stem.
constexpr std::size_t kMaxVariants = 8;

}  // namespace tk::search
