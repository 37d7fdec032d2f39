// Builds the search index model: every page's text by field, stemmed, weighted with BM25.
#include "search/index_builder.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "search/tokenize.h"

namespace tk::search {
namespace {

// A piece of a page's text and how much its words count.
struct FieldText {
  std::string text;
  double weight = Weights::kBody;
  bool title = false;
  bool heading = false;
};

struct Acc {
  double tf = 0;
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

std::vector<FieldText> fields_of(const model::Site& site, const model::Page& p, const Doc& d) {
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
  f.push_back({join(meta, "\n"), Weights::kMeta, false, false});
  return f;
}

}  // namespace

std::uint8_t term_weight(double tf_eff, double doc_len, double avg_len, bool in_title, bool in_heading) {
  const double norm = 1.0 - Weights::kB + Weights::kB * doc_len / std::max(avg_len, 1.0);
  double w = tf_eff * (Weights::kK1 + 1.0) / (tf_eff + Weights::kK1 * norm);
  if (in_title) w += Weights::kTitleBonus;
  if (in_heading) w += Weights::kHeadingBonus;
  const long q = std::lround(w * Weights::kScale);
  return static_cast<std::uint8_t>(std::clamp(q, 1L, 255L));
}

Index build_index(const model::Site& site) {
  Index ix;
  std::vector<const model::Page*> pages;
  for (const auto& p : site.pages) pages.push_back(&p);
  std::stable_sort(pages.begin(), pages.end(),
                   [](const model::Page* a, const model::Page* b) { return a->kind < b->kind; });

  // Words and stems get small ids; each word is stemmed once.
  Stemmer stemmer;
  std::unordered_map<std::string, std::uint32_t> word_ids, stem_ids;
  std::vector<const std::string*> word_text;
  std::vector<std::uint32_t> word_stem;
  std::vector<std::size_t> word_count;
  std::vector<std::string> stem_text;
  struct Occ {
    std::uint32_t stem;
    float tf;
    bool title, heading;
  };
  std::vector<std::vector<Occ>> per_doc;
  std::vector<std::int64_t> slot;  // stem id -> index into the current document's occurrences
  std::vector<double> lengths;

  for (const model::Page* p : pages) {
    Doc d = make_doc(*p);
    std::vector<Occ> occ;
    double len = 0;
    for (const auto& f : fields_of(site, *p, d)) {
      for_each_index_word(f.text, [&](const std::string& w) {
        auto [it, fresh] = word_ids.try_emplace(w, static_cast<std::uint32_t>(word_text.size()));
        if (fresh) {
          auto [st, new_stem] = stem_ids.try_emplace(stemmer.stem(w), static_cast<std::uint32_t>(stem_text.size()));
          if (new_stem) stem_text.push_back(st->first);
          word_text.push_back(&it->first);
          word_stem.push_back(st->second);
          word_count.push_back(0);
        }
        const std::uint32_t wid = it->second, sid = word_stem[wid];
        word_count[wid]++;
        if (slot.size() <= sid) slot.resize(sid + 1, -1);
        if (slot[sid] < 0) {
          slot[sid] = static_cast<std::int64_t>(occ.size());
          occ.push_back({sid, 0.0f, false, false});
        }
        Occ& o = occ[static_cast<std::size_t>(slot[sid])];
        o.tf += static_cast<float>(f.weight);
        o.title = o.title || f.title;
        o.heading = o.heading || f.heading;
        len += 1;
      });
    }
    for (const Occ& o : occ) slot[o.stem] = -1;
    const auto doc = static_cast<std::uint32_t>(ix.docs.size());
    for (const auto& s : d.stages) ix.stage_docs[s].push_back(doc);
    for (const auto& s : d.focus) ix.focus_docs[s].push_back(doc);
    ix.docs.push_back(std::move(d));
    per_doc.push_back(std::move(occ));
    lengths.push_back(len);
  }

  double avg = 0;
  for (double l : lengths) avg += l;
  avg = lengths.empty() ? 1.0 : avg / static_cast<double>(lengths.size());

  std::vector<Term> terms(stem_text.size());
  for (std::size_t i = 0; i < per_doc.size(); ++i)
    for (const Occ& o : per_doc[i])
      terms[o.stem].postings.push_back(
          {static_cast<std::uint32_t>(i), term_weight(o.tf, lengths[i], avg, o.title, o.heading)});
  // Variants: the words of each stem, most frequent first (ties alphabetical).
  std::vector<std::vector<std::uint32_t>> words_of(stem_text.size());
  for (std::uint32_t w = 0; w < word_text.size(); ++w) words_of[word_stem[w]].push_back(w);
  for (std::size_t sid = 0; sid < terms.size(); ++sid) {
    auto& ws = words_of[sid];
    std::sort(ws.begin(), ws.end(), [&](std::uint32_t a, std::uint32_t b) {
      return word_count[a] != word_count[b] ? word_count[a] > word_count[b] : *word_text[a] < *word_text[b];
    });
    for (std::size_t k = 0; k < ws.size() && k < kMaxVariants; ++k) terms[sid].variants.push_back(*word_text[ws[k]]);
    terms[sid].stem = stem_text[sid];
  }
  std::sort(terms.begin(), terms.end(), [](const Term& a, const Term& b) { return a.stem < b.stem; });
  ix.terms = std::move(terms);
  return ix;
}

}  // namespace tk::search
