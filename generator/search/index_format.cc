// Encodes the search index as files: JSON manifest, binary vocabulary blocks and postings, JSON page texts.
//
// Binary layouts (all integers LEB128 varints unless noted):
//   posting list  df doc numbers (the first as is, then gaps), then df weight bytes (raw)
//   block v/<n>   count, first global term number, then per term:
//                   shared prefix bytes with the previous stem, suffix length, suffix bytes (UTF-8),
//                   variant count, per variant: bytes dropped from the stem's end, suffix length, suffix,
//                   (df << 1) | inline, and when inline the posting list
//   p/<term>      the posting list of global term <term> (its df is in the block)
//   f/<name>      count, then document numbers (first as is, then gaps)
#include "search/index_format.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>

#include "core/parallel.h"
#include "core/text.h"
#include "model/fingerprint.h"
#include "search/gzip.h"

namespace tk::search {
namespace {

using nlohmann::json;

std::string maybe_gzip(const std::string& raw) {
  if (raw.size() < 64) return raw;
  std::string z = gzip(raw);
  return z.size() * 100 < raw.size() * 92 ? z : raw;
}

std::string postings_blob(const std::vector<Posting>& ps) {
  std::string out;
  std::uint32_t prev = 0;
  for (std::size_t i = 0; i < ps.size(); ++i) {
    put_varint(out, i == 0 ? ps[i].doc : ps[i].doc - prev);
    prev = ps[i].doc;
  }
  for (const auto& p : ps) out += static_cast<char>(p.weight);
  return out;
}

std::string doc_list(const std::vector<std::uint32_t>& docs) {
  std::string out;
  put_varint(out, docs.size());
  std::uint32_t prev = 0;
  for (std::size_t i = 0; i < docs.size(); ++i) {
    put_varint(out, i == 0 ? docs[i] : docs[i] - prev);
    prev = docs[i];
  }
  return out;
}

std::size_t common_prefix(const std::string& a, const std::string& b) {
  std::size_t n = 0;
  while (n < a.size() && n < b.size() && a[n] == b[n]) ++n;
  return n;
}

void put_bytes(std::string& out, const std::string& s, std::size_t from) {
  put_varint(out, s.size() - from);
  out.append(s, from, std::string::npos);
}

// One term's entry in its block; *external is set when its postings go to their own file.
std::string term_entry(const Term& t, const std::string& prev_stem, std::size_t inline_max, bool* external) {
  std::string out;
  const std::size_t shared = common_prefix(prev_stem, t.stem);
  put_varint(out, shared);
  put_bytes(out, t.stem, shared);
  put_varint(out, t.variants.size());
  for (const auto& v : t.variants) {
    const std::size_t keep = common_prefix(t.stem, v);
    put_varint(out, t.stem.size() - keep);
    put_bytes(out, v, keep);
  }
  const std::string blob = postings_blob(t.postings);
  *external = blob.size() > inline_max;
  put_varint(out, (static_cast<std::uint64_t>(t.postings.size()) << 1) | (*external ? 0u : 1u));
  if (!*external) out += blob;
  return out;
}

// UTF-8 safe truncation to at most max bytes.
std::string cut(const std::string& s, std::size_t max) {
  if (s.size() <= max) return s;
  std::size_t n = max;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return s.substr(0, n);
}

std::string fragment(const Doc& d, std::size_t max_chars) {
  json sections = json::array();
  std::size_t budget = max_chars;
  for (const auto& s : d.sections) {
    if (s.heading.empty() && s.text.empty()) continue;
    const std::string text = cut(s.text, budget);
    budget -= text.size();
    json part = json::array({s.id, s.heading, text});
    if (s.label) part.push_back(1);  // a fixed label, not page text: not indexed, not matched
    sections.push_back(std::move(part));
  }
  json j = {{"t", d.title}, {"u", d.url}, {"k", static_cast<int>(d.kind)}, {"s", d.summary}, {"x", sections}};
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}


}  // namespace

void put_varint(std::string& out, std::uint64_t v) {
  while (v >= 0x80) {
    out += static_cast<char>((v & 0x7F) | 0x80);
    v >>= 7;
  }
  out += static_cast<char>(v);
}

std::string block_key(const std::string& stem) {
  std::size_t chars = 0, i = 0;
  while (i < stem.size()) {
    if ((static_cast<unsigned char>(stem[i]) & 0xC0) != 0x80) {
      if (chars == 2) break;
      ++chars;
    }
    ++i;
  }
  return stem.substr(0, i);
}

std::map<std::string, std::string> encode_index(const Index& ix, const Layout& layout) {
  std::map<std::string, std::string> files;
  std::vector<std::pair<std::string, std::string>> pending;  // .bin files to compress: path, raw bytes
  auto add = [&pending](std::string path, std::string raw) { pending.emplace_back(std::move(path), std::move(raw)); };

  // Vocabulary blocks: whole key groups, packed up to the target size.
  json keys = json::array();
  std::string block, prev_stem;
  std::size_t block_count = 0, block_first = 0, block_terms = 0;
  auto flush = [&] {
    if (block_terms == 0) return;
    std::string head;
    put_varint(head, block_terms);
    put_varint(head, block_first);
    add("search/v/" + std::to_string(block_count++) + ".bin", head + block);
    block.clear();
    block_terms = 0;
  };
  for (std::size_t i = 0; i < ix.terms.size();) {
    const std::string key = block_key(ix.terms[i].stem);
    std::size_t j = i;
    std::string group;
    std::string prev = block_terms == 0 ? std::string() : prev_stem;
    std::vector<std::size_t> external;
    while (j < ix.terms.size() && block_key(ix.terms[j].stem) == key) {
      bool ext = false;
      group += term_entry(ix.terms[j], prev, layout.inline_postings, &ext);
      if (ext) external.push_back(j);
      prev = ix.terms[j].stem;
      ++j;
    }
    if (block_terms > 0 && block.size() + group.size() > layout.block_bytes) {
      flush();
      continue;  // re-encode the group at the start of a new block (front coding restarts)
    }
    if (block_terms == 0) {
      block_first = i;
      keys.push_back(key);
    }
    block += group;
    block_terms += j - i;
    prev_stem = prev;
    for (std::size_t t : external)
      add("search/p/" + std::to_string(t) + ".bin", postings_blob(ix.terms[t].postings));
    i = j;
  }
  flush();

  // Filter values become file names: slugs only (the loader guarantees them; a hand-made model may not).
  json stages = json::array(), focus = json::array();
  for (const auto& [slug, docs] : ix.stage_docs) {
    if (!text::is_slug(slug)) continue;
    add("search/f/stage-" + slug + ".bin", doc_list(docs));
    stages.push_back(slug);
  }
  for (const auto& [slug, docs] : ix.focus_docs) {
    if (!text::is_slug(slug)) continue;
    add("search/f/focus-" + slug + ".bin", doc_list(docs));
    focus.push_back(slug);
  }
  for (std::size_t d = 0; d < ix.docs.size(); ++d)
    add("search/d/" + std::to_string(d) + ".bin", fragment(ix.docs[d], layout.fragment_chars));
  parallel_for(pending.size(), 0, [&pending](std::size_t i) { pending[i].second = maybe_gzip(pending[i].second); });
  for (auto& [path, bytes] : pending) files[path] = std::move(bytes);

  // Kinds: documents are ordered by kind, so each kind is one range.
  json kinds = json::array();
  for (int k = 0; k <= static_cast<int>(model::Kind::Page); ++k) {
    const auto kind = static_cast<model::Kind>(k);
    std::size_t start = 0, count = 0;
    for (std::size_t d = 0; d < ix.docs.size(); ++d) {
      if (ix.docs[d].kind != kind) continue;
      if (count == 0) start = d;
      ++count;
    }
    kinds.push_back(json::array({model::kind_name(kind), model::kind_label(kind), start, count}));
  }

  std::uint64_t h = 1469598103934665603ull;
  for (const auto& [path, bytes] : files) h = model::fnv1a(bytes, model::fnv1a(path, h));
  char build[17];
  std::snprintf(build, sizeof build, "%016llx", static_cast<unsigned long long>(h));

  json meta = {{"v", 1},         {"build", build}, {"docs", ix.docs.size()}, {"terms", ix.terms.size()},
               {"kinds", kinds}, {"blocks", keys}, {"stages", stages},       {"focus", focus}};
  files["search/meta.json"] = meta.dump(-1, ' ', false, json::error_handler_t::replace) + "\n";
  return files;
}

}  // namespace tk::search
