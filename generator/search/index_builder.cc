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

  Stemmer stemmer;
  std::unordered_map<std::string, std::string> stems;  // word -> stem
  std::map<std::string, std::map<std::string, std::size_t>> variant_counts;  // stem -> word -> count
  std::vector<std::map<std::string, Acc>> per_doc;
  std::vector<double> lengths;

  for (const model::Page* p : pages) {
    Doc d = make_doc(*p);
    std::map<std::string, Acc> acc;
    double len = 0;
    for (const auto& f : fields_of(site, *p, d)) {
      for (auto& w : index_words(f.text)) {
        auto it = stems.find(w);
        if (it == stems.end()) it = stems.emplace(w, stemmer.stem(w)).first;
        Acc& a = acc[it->second];
        a.tf += f.weight;
        a.title = a.title || f.title;
        a.heading = a.heading || f.heading;
        variant_counts[it->second][w]++;
        len += 1;
      }
    }
    const auto doc = static_cast<std::uint32_t>(ix.docs.size());
    for (const auto& s : d.stages) ix.stage_docs[s].push_back(doc);
    for (const auto& s : d.focus) ix.focus_docs[s].push_back(doc);
    ix.docs.push_back(std::move(d));
    per_doc.push_back(std::move(acc));
    lengths.push_back(len);
  }

  double avg = 0;
  for (double l : lengths) avg += l;
  avg = lengths.empty() ? 1.0 : avg / static_cast<double>(lengths.size());

  std::map<std::string, Term> terms;
  for (std::size_t i = 0; i < per_doc.size(); ++i) {
    for (const auto& [stem, a] : per_doc[i]) {
      Term& t = terms[stem];
      t.postings.push_back({static_cast<std::uint32_t>(i), term_weight(a.tf, lengths[i], avg, a.title, a.heading)});
    }
  }
  ix.terms.reserve(terms.size());
  for (auto& [stem, t] : terms) {
    t.stem = stem;
    std::vector<std::pair<std::size_t, std::string>> vs;
    for (const auto& [w, n] : variant_counts[stem]) vs.push_back({n, w});
    std::stable_sort(vs.begin(), vs.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    for (std::size_t k = 0; k < vs.size() && k < kMaxVariants; ++k) t.variants.push_back(vs[k].second);
    ix.terms.push_back(std::move(t));
  }
  return ix;
}

}  // namespace tk::search
