// Builds the search index model: every page's text by field, stemmed, weighted with BM25.
#include "search/index_builder.h"

#include <algorithm>
#include <cmath>
#include <deque>
#include <memory>
#include <mutex>
#include <string_view>
#include <utility>

#include "core/parallel.h"
#include "search/tokenize.h"

namespace tk::search {
namespace {

// A piece of a page's text (in its Doc, or the caller's meta string) and how much its words count.
struct FieldText {
  std::string_view text;
  double weight = Weights::kBody;
  bool title = false;
  bool heading = false;
};

std::string site_path(const std::string& url) {
  return (!url.empty() && url[0] == '/') ? url.substr(1) : url;
}

std::string join(const std::vector<std::string>& v, const char* sep) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : sep) + s;
  return out;
}

std::string title_of(const model::Site& site, model::Kind k, const std::string& slug) {
  const model::Page* p = site.find(k, slug);
  return p ? p->title : slug;
}

Doc make_doc(const model::Page& p) {
  using model::Kind;
  Doc d;
  d.title = p.title;
  d.summary = p.summary;
  d.kind = p.kind;
  const bool linked = (p.kind == Kind::Tool || p.kind == Kind::Job) && !p.link.empty();
  d.url = linked ? (p.is_external_link() ? p.link : site_path(p.link)) : site_path(p.url());
  d.sections = plain_sections(p.body, p.fields);
  if (!p.activities.empty()) d.sections.push_back({"", "Key activities", 0, join(p.activities, "\n"), true});
  if (!p.field_says.empty()) d.sections.push_back({"", "What the field says", 0, p.field_says, true});
  for (const auto& f : p.faq) d.sections.push_back({"", f.q, 0, plain_string(f.a)});
  if (!p.partners.empty() || !p.location.empty()) {
    std::vector<std::string> lines;
    for (const auto& partner : p.partners)
      lines.push_back(partner.type.empty() ? partner.name : partner.name + " (" + partner.type + ")");
    if (!p.location.empty()) lines.push_back(p.location);
    d.sections.push_back({"", "Partners", 0, join(lines, "\n"), true});
  }
  if (p.kind == Kind::Tool || p.kind == Kind::Job) d.stages = p.stages;
  if (p.kind == Kind::Stage) d.stages = {p.slug};
  if (p.kind == Kind::Tool || p.kind == Kind::Job || p.kind == Kind::Spotlight) d.focus = p.focus_areas;
  if (p.kind == Kind::FocusArea) d.focus = {p.slug};
  return d;
}

// The fields of a page's document; the meta words (kind, image text, stage and focus-area names,
// audience) are joined into *meta_text, which must outlive the result.
std::vector<FieldText> fields_of(const model::Site& site, const model::Page& p, const Doc& d, std::string* meta_text) {
  std::vector<FieldText> f;
  f.push_back({d.title, Weights::kTitle, true, false});
  f.push_back({d.summary, Weights::kSummary, false, false});
  for (const auto& s : d.sections) {
    if (s.level > 0)
      f.push_back({s.heading, s.level <= 2 ? Weights::kHeading2 : Weights::kHeading3, false, true});
    else if (!s.heading.empty() && !s.label)
      f.push_back({s.heading, Weights::kSummary, false, false});  // a FAQ question
    f.push_back({s.text, Weights::kBody, false, false});
  }
  std::vector<std::string> meta = {model::kind_label(p.kind), p.image_alt};
  for (const auto& s : d.stages)
    if (p.kind != model::Kind::Stage) meta.push_back(title_of(site, model::Kind::Stage, s));
  for (const auto& s : d.focus)
    if (p.kind != model::Kind::FocusArea) meta.push_back(title_of(site, model::Kind::FocusArea, s));
  for (const auto& a : p.audience) meta.push_back(a);
  *meta_text = join(meta, "\n");
  f.push_back({*meta_text, Weights::kMeta, false, false});
  return f;
}

constexpr std::uint32_t kNone = 0xFFFFFFFF;

// Strings -> ids (0, 1, ... in order of insertion): open addressing in a power-of-two table, which
// costs a fraction of std::unordered_map's chains and prime modulo (the tokenizer's hottest lookup).
// Strings do not move once inserted.
class StringIds {
 public:
  // The id of s, and whether s is new.
  std::pair<std::uint32_t, bool> insert(std::string_view s) {
    if ((texts_.size() + 1) * 2 > slots_.size()) grow();
    const std::size_t h = std::hash<std::string_view>()(s), mask = slots_.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
      Slot& slot = slots_[i];
      if (slot.id == kNone) {
        slot = {h, static_cast<std::uint32_t>(texts_.size())};
        texts_.emplace_back(s);
        return {slot.id, true};
      }
      if (slot.hash == h && texts_[slot.id] == s) return {slot.id, false};
    }
  }
  const std::string& text(std::uint32_t id) const { return texts_[id]; }
  std::size_t size() const { return texts_.size(); }

 private:
  struct Slot {
    std::size_t hash = 0;
    std::uint32_t id = kNone;
  };
  void grow() {
    std::vector<Slot> old(std::max<std::size_t>(64, slots_.size() * 2));
    old.swap(slots_);
    const std::size_t mask = slots_.size() - 1;
    for (const Slot& slot : old) {
      if (slot.id == kNone) continue;
      std::size_t i = slot.hash & mask;
      while (slots_[i].id != kNone) i = (i + 1) & mask;
      slots_[i] = slot;
    }
  }
  std::vector<Slot> slots_;
  std::deque<std::string> texts_;
};

// A stemmer with ids of its own for the words and stems it has seen, and the current page's tables:
// one per task running at a time (libstemmer is not thread-safe). Pages refer to its words and stems
// by these ids.
struct Worker {
  Stemmer stemmer;
  StringIds words, stems;
  std::vector<std::uint32_t> word_stem;                 // word id -> stem id
  std::vector<std::uint32_t> word_index, stem_index;    // -> ids of the whole index, kNone until merged
  std::vector<std::uint32_t> word_slot, stem_slot;      // -> place in the current page's terms, or kNone

  // The id of a folded word, stemmed when it is new.
  std::uint32_t word(const std::string& w) {
    const auto [id, fresh] = words.insert(w);
    if (fresh) {
      const auto [sid, new_stem] = stems.insert(stemmer.stem(w));
      if (new_stem) {
        stem_index.push_back(kNone);
        stem_slot.push_back(kNone);
      }
      word_stem.push_back(sid);
      word_index.push_back(kNone);
      word_slot.push_back(kNone);
    }
    return id;
  }
};

// Workers for the tasks of a parallel loop: taken and given back, made only when none is free.
class WorkerPool {
 public:
  std::unique_ptr<Worker> take() {
    std::lock_guard<std::mutex> lock(mu_);
    if (free_.empty()) return std::make_unique<Worker>();
    std::unique_ptr<Worker> w = std::move(free_.back());
    free_.pop_back();
    return w;
  }
  void give(std::unique_ptr<Worker> w) {
    std::lock_guard<std::mutex> lock(mu_);
    free_.push_back(std::move(w));
  }

 private:
  std::mutex mu_;
  std::vector<std::unique_ptr<Worker>> free_;
};

// What one page adds to the index, worked out on any thread: its distinct words and stems (the
// worker's ids, in order of first occurrence) with counts and field-weighted frequencies.
struct PageTerms {
  struct Word {
    std::uint32_t id;
    std::uint32_t count;
  };
  struct Stem {
    std::uint32_t id;
    float tf;
    bool title, heading;
  };
  Worker* worker = nullptr;
  std::vector<Word> words;
  std::vector<Stem> stems;
  double len = 0;  // words in all fields
};

PageTerms page_terms(const std::vector<FieldText>& fields, Worker& w) {
  PageTerms pt;
  pt.worker = &w;
  for (const auto& f : fields) {
    for_each_index_word(f.text, [&](const std::string& word) {
      const std::uint32_t wid = w.word(word), sid = w.word_stem[wid];
      if (w.word_slot[wid] == kNone) {
        w.word_slot[wid] = static_cast<std::uint32_t>(pt.words.size());
        pt.words.push_back({wid, 0});
      }
      pt.words[w.word_slot[wid]].count++;
      if (w.stem_slot[sid] == kNone) {
        w.stem_slot[sid] = static_cast<std::uint32_t>(pt.stems.size());
        pt.stems.push_back({sid, 0.0f, false, false});
      }
      PageTerms::Stem& ps = pt.stems[w.stem_slot[sid]];
      ps.tf += static_cast<float>(f.weight);
      ps.title = ps.title || f.title;
      ps.heading = ps.heading || f.heading;
      pt.len += 1;
    });
  }
  for (const auto& pw : pt.words) w.word_slot[pw.id] = kNone;
  for (const auto& ps : pt.stems) w.stem_slot[ps.id] = kNone;
  return pt;
}

// Pages worked out at a time: enough to keep every thread busy, few enough that their words stay small.
constexpr std::size_t kBatchPages = 256;

}  // namespace

std::uint8_t term_weight(double tf_eff, double doc_len, double avg_len, bool in_title, bool in_heading) {
  const double norm = 1.0 - Weights::kB + Weights::kB * doc_len / std::max(avg_len, 1.0);
  double w = tf_eff * (Weights::kK1 + 1.0) / (tf_eff + Weights::kK1 * norm);
  if (in_title) w += Weights::kTitleBonus;
  if (in_heading) w += Weights::kHeadingBonus;
  const long q = std::lround(w * Weights::kScale);
  return static_cast<std::uint8_t>(std::clamp(q, 1L, 255L));
}

Index build_index(const model::Site& site, const DocSink& sink, int jobs) {
  Index ix;
  std::vector<const model::Page*> pages;
  for (const auto& p : site.pages) pages.push_back(&p);
  std::stable_sort(pages.begin(), pages.end(),
                   [](const model::Page* a, const model::Page* b) { return a->kind < b->kind; });
  ix.docs.resize(pages.size());

  // Words and stems get small ids in page order (whatever the thread count or the worker that read
  // a page); each word is stemmed once per worker.
  StringIds words, stems;
  std::vector<std::uint32_t> word_stem;
  std::vector<std::size_t> word_count;
  auto stem_id = [&](Worker& w, std::uint32_t sid) {
    std::uint32_t& id = w.stem_index[sid];
    if (id == kNone) id = stems.insert(w.stems.text(sid)).first;
    return id;
  };
  auto word_id = [&](Worker& w, std::uint32_t wid) {
    std::uint32_t& id = w.word_index[wid];
    if (id == kNone) {
      const auto [gid, fresh] = words.insert(w.words.text(wid));
      if (fresh) {
        word_stem.push_back(stem_id(w, w.word_stem[wid]));
        word_count.push_back(0);
      }
      id = gid;
    }
    return id;
  };
  struct Occ {
    std::uint32_t stem;
    float tf;
    bool title, heading;
  };
  std::vector<std::vector<Occ>> per_doc(pages.size());
  std::vector<double> lengths(pages.size());

  // A batch of pages is read on every thread (document, text, words), then merged in page order.
  WorkerPool pool;
  std::vector<PageTerms> batch;
  for (std::size_t first = 0; first < pages.size(); first += kBatchPages) {
    batch.assign(std::min(kBatchPages, pages.size() - first), PageTerms{});
    parallel_for(batch.size(), jobs, [&](std::size_t k) {
      const auto doc = static_cast<std::uint32_t>(first + k);
      const model::Page& p = *pages[doc];
      Doc d = make_doc(p);
      std::string meta;
      const std::vector<FieldText> fields = fields_of(site, p, d, &meta);
      std::unique_ptr<Worker> w = pool.take();
      batch[k] = page_terms(fields, *w);
      pool.give(std::move(w));
      if (sink) {
        sink(doc, d);
        d.sections = {};
      }
      ix.docs[doc] = std::move(d);
    });
    for (std::size_t k = 0; k < batch.size(); ++k) {
      const auto doc = static_cast<std::uint32_t>(first + k);
      PageTerms& pt = batch[k];
      Worker& w = *pt.worker;
      for (const auto& pw : pt.words) word_count[word_id(w, pw.id)] += pw.count;
      std::vector<Occ>& occ = per_doc[doc];
      occ.reserve(pt.stems.size());
      for (const auto& ps : pt.stems) occ.push_back({stem_id(w, ps.id), ps.tf, ps.title, ps.heading});
      lengths[doc] = pt.len;
      for (const auto& s : ix.docs[doc].stages) ix.stage_docs[s].push_back(doc);
      for (const auto& s : ix.docs[doc].focus) ix.focus_docs[s].push_back(doc);
    }
  }

  double avg = 0;
  for (double l : lengths) avg += l;
  avg = lengths.empty() ? 1.0 : avg / static_cast<double>(lengths.size());

  std::vector<Term> terms(stems.size());
  for (std::size_t i = 0; i < per_doc.size(); ++i) {
    for (const Occ& o : per_doc[i])
      terms[o.stem].postings.push_back(
          {static_cast<std::uint32_t>(i), term_weight(o.tf, lengths[i], avg, o.title, o.heading)});
    std::vector<Occ>().swap(per_doc[i]);  // the postings take its place
  }
  // Variants: the words of each stem, most frequent first (ties alphabetical).
  std::vector<std::vector<std::uint32_t>> words_of(stems.size());
  for (std::uint32_t w = 0; w < words.size(); ++w) words_of[word_stem[w]].push_back(w);
  for (std::uint32_t sid = 0; sid < terms.size(); ++sid) {
    auto& ws = words_of[sid];
    std::sort(ws.begin(), ws.end(), [&](std::uint32_t a, std::uint32_t b) {
      return word_count[a] != word_count[b] ? word_count[a] > word_count[b] : words.text(a) < words.text(b);
    });
    for (std::size_t k = 0; k < ws.size() && k < kMaxVariants; ++k) terms[sid].variants.push_back(words.text(ws[k]));
    terms[sid].stem = stems.text(sid);
  }
  std::sort(terms.begin(), terms.end(), [](const Term& a, const Term& b) { return a.stem < b.stem; });
  ix.terms = std::move(terms);
  return ix;
}

}  // namespace tk::search
