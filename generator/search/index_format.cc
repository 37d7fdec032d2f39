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
#include <mutex>

#include "core/parallel.h"
#include "core/text.h"
#include "model/fingerprint.h"
#include "search/gzip.h"

namespace tk::search {
namespace {

using nlohmann::json;

// The stored form of a .bin file: gzip where that saves 8% or more, otherwise raw. Raw bytes that begin
// with the gzip magic would be taken for gzip by the client, so those are always compressed.
std::string maybe_gzip(const std::string& raw) {
  const bool magic = raw.size() >= 2 && raw[0] == '\x1f' && raw[1] == '\x8b';
  if (raw.size() < 64 && !magic) return raw;
  std::string z = gzip(raw);
  return magic || z.size() * 100 < raw.size() * 92 ? z : raw;
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
std::string_view cut(std::string_view s, std::size_t max) {
  if (s.size() <= max) return s;
  std::size_t n = max;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return s.substr(0, n);
}

// A page's d/<n>.bin, written by hand (the hot path of the writer), keys in the order nlohmann::json
// gives them (sorted).
std::string fragment(const Doc& d, std::size_t max_chars) {
  std::string out;
  std::size_t size = 64 + d.title.size() + d.url.size() + d.summary.size(), text_bytes = 0;
  for (const auto& s : d.sections) {
    size += 16 + s.id.size() + s.heading.size();
    text_bytes += s.text.size();
  }
  out.reserve(size + std::min(text_bytes, max_chars));
  out += "{\"k\":" + std::to_string(static_cast<int>(d.kind)) + ",\"s\":";
  put_json_string(out, d.summary);
  out += ",\"t\":";
  put_json_string(out, d.title);
  out += ",\"u\":";
  put_json_string(out, d.url);
  out += ",\"x\":[";
  std::size_t budget = max_chars;
  bool first = true;
  for (const auto& s : d.sections) {
    if (s.heading.empty() && s.text.empty()) continue;
    const std::string_view text = cut(s.text, budget);
    budget -= text.size();
    out += first ? "[" : ",[";
    first = false;
    put_json_string(out, s.id);
    out += ',';
    put_json_string(out, s.heading);
    out += ',';
    put_json_string(out, text);
    if (s.label) out += ",1";  // a fixed label, not page text: not indexed, not matched
    out += ']';
  }
  out += "]}";
  return out;
}

// A file's part of the build id.
std::uint64_t file_hash(const std::string& path, const std::string& bytes) {
  return model::fnv1a(bytes, model::fnv1a(path));
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

void put_json_string(std::string& out, std::string_view s) {
  if (!text::valid_utf8(s)) {  // not from the loader (it checks every file): as nlohmann would
    out += json(std::string(s)).dump(-1, ' ', false, json::error_handler_t::replace);
    return;
  }
  static const char kHex[] = "0123456789abcdef";
  out += '"';
  std::size_t from = 0;  // start of the run of bytes that need no escape
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.append(s, from, i - from);
    from = i + 1;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        out += "\\u00";
        out += kHex[c >> 4];
        out += kHex[c & 0xF];
    }
  }
  out.append(s, from, std::string_view::npos);
  out += '"';
}

void IndexEncoder::put(const std::string& path, const std::string& raw) {
  const std::string bytes = maybe_gzip(raw);
  build_ += file_hash(path, bytes);
  sink_(path, bytes);
}

void IndexEncoder::put_doc(std::uint32_t n, const Doc& d) {
  put("search/d/" + std::to_string(n) + ".bin", fragment(d, layout_.fragment_chars));
}

void IndexEncoder::finish(const Index& ix) {
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
      group += term_entry(ix.terms[j], prev, layout_.inline_postings, &ext);
      if (ext) external.push_back(j);
      prev = ix.terms[j].stem;
      ++j;
    }
    if (block_terms > 0 && block.size() + group.size() > layout_.block_bytes) {
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
  parallel_for(pending.size(), jobs_, [&](std::size_t i) {
    put(pending[i].first, pending[i].second);
    pending[i] = {};
  });

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

  char build[17];
  std::snprintf(build, sizeof build, "%016llx", static_cast<unsigned long long>(build_.load()));
  json meta = {{"v", 1},         {"build", build}, {"docs", ix.docs.size()}, {"terms", ix.terms.size()},
               {"kinds", kinds}, {"blocks", keys}, {"stages", stages},       {"focus", focus}};
  sink_("search/meta.json", meta.dump(-1, ' ', false, json::error_handler_t::replace) + "\n");
}

std::map<std::string, std::string> encode_index(const Index& ix, const Layout& layout, int jobs) {
  std::mutex mu;
  std::map<std::string, std::string> files;
  IndexEncoder enc(layout, [&](const std::string& path, const std::string& bytes) {
    std::lock_guard<std::mutex> lock(mu);
    files[path] = bytes;
  }, jobs);
  parallel_for(ix.docs.size(), jobs, [&](std::size_t d) { enc.put_doc(static_cast<std::uint32_t>(d), ix.docs[d]); });
  enc.finish(ix);
  return files;
}

}  // namespace tk::search
