// A small, deterministic gzip encoder: LZ77 (hash chains, lazy matching) + Huffman (RFC 1951/1952).
#include "search/gzip.h"

#include <algorithm>
#include <array>
#include <queue>
#include <vector>

namespace tk::search {
namespace {

constexpr int kWindow = 32768;
constexpr int kMinMatch = 3;
constexpr int kMaxMatch = 258;
constexpr int kMaxChain = 64;     // hash-chain steps per match search (zlib level 6: 128)
constexpr int kGoodMatch = 8;     // a match this long already: search a quarter of the chain for the lazy one
constexpr int kMaxLazy = 16;      // no lazy search after a match this long
constexpr int kNiceMatch = 128;   // stop searching at a match this long
constexpr std::size_t kBlockSymbols = 32768;

constexpr std::array<int, 29> kLenBase = {3,  4,  5,  6,  7,  8,  9,  10, 11,  13,  15,  17,  19,  23, 27,
                                          31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
constexpr std::array<int, 29> kLenExtra = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2,
                                           2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
constexpr std::array<int, 30> kDistBase = {1,   2,   3,   4,   5,   7,    9,    13,   17,   25,
                                           33,  49,  65,  97,  129, 193,  257,  385,  513,  769,
                                           1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
constexpr std::array<int, 30> kDistExtra = {0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6,
                                            6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};
constexpr std::array<int, 19> kClOrder = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};

// One LZ77 symbol: a literal byte (len == 0) or a match (len 3..258, dist 1..32768).
struct Sym {
  std::uint16_t len;
  std::uint16_t val;  // literal byte, or distance - 1
};

// Length code (0..28) of a match length and distance code (0..29) of a distance, by table.
int len_code(int len) {
  static const std::array<std::uint8_t, 259> table = [] {
    std::array<std::uint8_t, 259> t{};
    for (int l = 3; l <= 258; ++l)
      t[static_cast<std::size_t>(l)] = static_cast<std::uint8_t>(
          std::upper_bound(kLenBase.begin(), kLenBase.end(), l) - kLenBase.begin() - 1);
    return t;
  }();
  return table[static_cast<std::size_t>(len)];
}
int dist_code(int dist) {
  static const std::array<std::uint8_t, 512> table = [] {  // [0, 256): dist - 1; [256, 512): (dist - 1) >> 7
    std::array<std::uint8_t, 512> t{};
    auto code = [](int d) {
      return static_cast<std::uint8_t>(std::upper_bound(kDistBase.begin(), kDistBase.end(), d) - kDistBase.begin() - 1);
    };
    for (int d = 1; d <= 256; ++d) t[static_cast<std::size_t>(d - 1)] = code(d);
    for (int k = 2; k < 256; ++k) t[static_cast<std::size_t>(256 + k)] = code((k << 7) + 1);
    return t;
  }();
  return dist <= 256 ? table[static_cast<std::size_t>(dist - 1)] : table[static_cast<std::size_t>(256 + ((dist - 1) >> 7))];
}

class BitWriter {
 public:
  explicit BitWriter(std::string& out) : out_(out) {}
  void put(std::uint32_t bits, int n) {
    acc_ |= static_cast<std::uint64_t>(bits) << count_;
    count_ += n;
    while (count_ >= 8) {
      out_ += static_cast<char>(acc_ & 0xFF);
      acc_ >>= 8;
      count_ -= 8;
    }
  }
  void align() {
    if (count_ > 0) put(0, 8 - count_);
  }

 private:
  std::string& out_;
  std::uint64_t acc_ = 0;
  int count_ = 0;
};

// Code lengths of a Huffman code for freq, no longer than limit. At least two symbols get a code
// (dummy ones are added) so that every code is complete, as zlib's inflate requires.
std::vector<int> huffman_lengths(std::vector<std::uint32_t> freq, int limit) {
  int used = 0;
  for (auto f : freq) used += f > 0;
  for (std::size_t i = 0; i < freq.size() && used < 2; ++i)
    if (freq[i] == 0) { freq[i] = 1; ++used; }
  for (;;) {
    // Nodes 0..n-1 are leaves; internal nodes follow. Ties break on the node index (deterministic).
    using Item = std::pair<std::uint64_t, int>;
    std::priority_queue<Item, std::vector<Item>, std::greater<Item>> q;
    std::vector<int> parent(freq.size() * 2, -1);
    for (std::size_t i = 0; i < freq.size(); ++i)
      if (freq[i] > 0) q.push({freq[i], static_cast<int>(i)});
    int next = static_cast<int>(freq.size());
    while (q.size() > 1) {
      const Item a = q.top(); q.pop();
      const Item b = q.top(); q.pop();
      parent[static_cast<std::size_t>(a.second)] = next;
      parent[static_cast<std::size_t>(b.second)] = next;
      q.push({a.first + b.first, next++});
    }
    std::vector<int> len(freq.size(), 0);
    int max_len = 0;
    for (std::size_t i = 0; i < freq.size(); ++i) {
      if (freq[i] == 0) continue;
      int d = 0;
      for (int p = parent[i]; p >= 0; p = parent[static_cast<std::size_t>(p)]) ++d;
      len[i] = d;
      max_len = std::max(max_len, d);
    }
    if (max_len <= limit) return len;
    for (auto& f : freq)
      if (f > 0) f = (f >> 1) | 1;  // flatten and retry
  }
}

// Canonical codes (RFC 1951 3.2.2), bit-reversed for LSB-first output.
std::vector<std::uint32_t> canonical_codes(const std::vector<int>& len) {
  std::array<int, 16> count{};
  for (int l : len) count[static_cast<std::size_t>(l)]++;
  count[0] = 0;
  std::array<std::uint32_t, 16> next{};
  std::uint32_t code = 0;
  for (int bits = 1; bits < 16; ++bits) {
    code = (code + static_cast<std::uint32_t>(count[static_cast<std::size_t>(bits - 1)])) << 1;
    next[static_cast<std::size_t>(bits)] = code;
  }
  std::vector<std::uint32_t> out(len.size(), 0);
  for (std::size_t i = 0; i < len.size(); ++i) {
    const int l = len[i];
    if (l == 0) continue;
    std::uint32_t c = next[static_cast<std::size_t>(l)]++, r = 0;
    for (int k = 0; k < l; ++k) r = (r << 1) | ((c >> k) & 1);
    out[i] = r;
  }
  return out;
}

std::vector<Sym> lz77(std::string_view in) {
  std::vector<Sym> out;
  const int n = static_cast<int>(in.size());
  const auto* d = reinterpret_cast<const unsigned char*>(in.data());
  int bits = 8;  // a smaller table for small inputs (many index files are a few KB)
  while (bits < 15 && (1 << bits) < n) ++bits;
  const int mask = (1 << bits) - 1, shift = (bits + 2) / 3;
  std::vector<int> head(static_cast<std::size_t>(1) << bits, -1), prev(in.size(), -1);
  auto hash = [&](int i) { return ((d[i] << (2 * shift)) ^ (d[i + 1] << shift) ^ d[i + 2]) & mask; };
  auto insert = [&](int i) {
    if (i + kMinMatch > n) return;
    const int h = hash(i);
    prev[static_cast<std::size_t>(i)] = head[static_cast<std::size_t>(h)];
    head[static_cast<std::size_t>(h)] = i;
  };
  auto longest = [&](int i, int* dist, int max_chain) {
    int best = 0;
    if (i + kMinMatch > n) return 0;
    const int max_len = std::min(kMaxMatch, n - i);
    int cand = head[static_cast<std::size_t>(hash(i))];
    for (int chain = 0; cand >= 0 && i - cand <= kWindow && chain < max_chain; ++chain) {
      if (d[cand + best] == d[i + best]) {
        int l = 0;
        while (l < max_len && d[cand + l] == d[i + l]) ++l;
        if (l > best) {
          best = l;
          *dist = i - cand;
          if (l >= kNiceMatch) break;
        }
      }
      cand = prev[static_cast<std::size_t>(cand)];
    }
    return best >= kMinMatch ? best : 0;
  };
  int i = 0;
  while (i < n) {
    int dist = 0;
    int len = longest(i, &dist, kMaxChain);
    if (len > 0 && len < kMaxLazy && i + 1 < n) {
      insert(i);
      int dist2 = 0;
      const int len2 = longest(i + 1, &dist2, len >= kGoodMatch ? kMaxChain / 4 : kMaxChain);
      if (len2 > len) {  // lazy: a longer match starts at the next byte
        out.push_back({0, d[i]});
        ++i;
        len = len2;
        dist = dist2;
      } else {
        out.push_back({static_cast<std::uint16_t>(len), static_cast<std::uint16_t>(dist - 1)});
        for (int k = 1; k < len; ++k) insert(i + k);
        i += len;
        continue;
      }
    }
    if (len > 0) {
      out.push_back({static_cast<std::uint16_t>(len), static_cast<std::uint16_t>(dist - 1)});
      for (int k = 0; k < len; ++k) insert(i + k);
      i += len;
    } else {
      out.push_back({0, d[i]});
      insert(i);
      ++i;
    }
  }
  return out;
}

struct Code {
  std::vector<int> len;
  std::vector<std::uint32_t> bits;
};

void write_symbols(BitWriter& w, const std::vector<Sym>& syms, std::size_t from, std::size_t to,
                   const Code& lit, const Code& dist) {
  for (std::size_t k = from; k < to; ++k) {
    const Sym& s = syms[k];
    if (s.len == 0) {
      w.put(lit.bits[s.val], lit.len[s.val]);
      continue;
    }
    const int lc = len_code(s.len);
    w.put(lit.bits[static_cast<std::size_t>(257 + lc)], lit.len[static_cast<std::size_t>(257 + lc)]);
    w.put(static_cast<std::uint32_t>(s.len - kLenBase[static_cast<std::size_t>(lc)]), kLenExtra[static_cast<std::size_t>(lc)]);
    const int dv = s.val + 1, dc = dist_code(dv);
    w.put(dist.bits[static_cast<std::size_t>(dc)], dist.len[static_cast<std::size_t>(dc)]);
    w.put(static_cast<std::uint32_t>(dv - kDistBase[static_cast<std::size_t>(dc)]), kDistExtra[static_cast<std::size_t>(dc)]);
  }
  w.put(lit.bits[256], lit.len[256]);
}

// Run-length encoded code lengths (RFC 1951 3.2.7): pairs of (symbol 0..18, extra value).
std::vector<std::pair<int, int>> rle_lengths(const std::vector<int>& lens) {
  std::vector<std::pair<int, int>> out;
  for (std::size_t i = 0; i < lens.size();) {
    const int v = lens[i];
    std::size_t r = 1;
    while (i + r < lens.size() && lens[i + r] == v) ++r;
    i += r;
    if (v == 0) {
      while (r >= 11) { const std::size_t k = std::min<std::size_t>(r, 138); out.push_back({18, static_cast<int>(k - 11)}); r -= k; }
      if (r >= 3) { out.push_back({17, static_cast<int>(r - 3)}); r = 0; }
    } else {
      out.push_back({v, 0});
      --r;
      while (r >= 3) { const std::size_t k = std::min<std::size_t>(r, 6); out.push_back({16, static_cast<int>(k - 3)}); r -= k; }
    }
    for (; r > 0; --r) out.push_back({v, 0});
  }
  return out;
}

void write_stored(BitWriter& w, std::string_view raw, bool final) {
  std::size_t pos = 0;
  do {
    const std::size_t n = std::min<std::size_t>(raw.size() - pos, 65535);
    const bool last = final && pos + n == raw.size();
    w.put(last ? 1 : 0, 1);
    w.put(0, 2);
    w.align();
    w.put(static_cast<std::uint32_t>(n), 16);
    w.put(static_cast<std::uint32_t>(~n & 0xFFFF), 16);
    for (std::size_t k = 0; k < n; ++k) w.put(static_cast<unsigned char>(raw[pos + k]), 8);
    pos += n;
  } while (pos < raw.size());
}

void write_block(BitWriter& w, const std::vector<Sym>& syms, std::size_t from, std::size_t to,
                 std::string_view raw, bool final) {
  std::vector<std::uint32_t> lf(286, 0), df(30, 0);
  std::uint64_t extra = 0;
  for (std::size_t k = from; k < to; ++k) {
    const Sym& s = syms[k];
    if (s.len == 0) { lf[s.val]++; continue; }
    const int lc = len_code(s.len), dc = dist_code(s.val + 1);
    lf[static_cast<std::size_t>(257 + lc)]++;
    df[static_cast<std::size_t>(dc)]++;
    extra += static_cast<std::uint64_t>(kLenExtra[static_cast<std::size_t>(lc)] + kDistExtra[static_cast<std::size_t>(dc)]);
  }
  lf[256] = 1;
  Code lit{huffman_lengths(lf, 15), {}}, dist{huffman_lengths(df, 15), {}};
  lit.bits = canonical_codes(lit.len);
  dist.bits = canonical_codes(dist.len);

  std::size_t hlit = 286, hdist = 30;
  while (hlit > 257 && lit.len[hlit - 1] == 0) --hlit;
  while (hdist > 1 && dist.len[hdist - 1] == 0) --hdist;
  std::vector<int> all(lit.len.begin(), lit.len.begin() + static_cast<std::ptrdiff_t>(hlit));
  all.insert(all.end(), dist.len.begin(), dist.len.begin() + static_cast<std::ptrdiff_t>(hdist));
  const auto rle = rle_lengths(all);
  std::vector<std::uint32_t> cf(19, 0);
  for (const auto& p : rle) cf[static_cast<std::size_t>(p.first)]++;
  Code cl{huffman_lengths(cf, 7), {}};
  cl.bits = canonical_codes(cl.len);
  std::size_t hclen = 19;
  while (hclen > 4 && cl.len[static_cast<std::size_t>(kClOrder[hclen - 1])] == 0) --hclen;

  // Sizes in bits of the three block types; the smallest wins.
  std::uint64_t dyn = 3 + 14 + 3 * hclen + extra, fix = 3 + extra;
  for (const auto& p : rle)
    dyn += static_cast<std::uint64_t>(cl.len[static_cast<std::size_t>(p.first)] + (p.first == 16 ? 2 : p.first == 17 ? 3 : p.first == 18 ? 7 : 0));
  for (std::size_t s = 0; s < 286; ++s) {
    dyn += static_cast<std::uint64_t>(lf[s]) * static_cast<std::uint64_t>(lit.len[s]);
    fix += static_cast<std::uint64_t>(lf[s]) * (s < 144 ? 8u : s < 256 ? 9u : s < 280 ? 7u : 8u);
  }
  for (std::size_t s = 0; s < 30; ++s) {
    dyn += static_cast<std::uint64_t>(df[s]) * static_cast<std::uint64_t>(dist.len[s]);
    fix += static_cast<std::uint64_t>(df[s]) * 5u;
  }
  const std::uint64_t stored = 8 * raw.size() + 40 * (raw.size() / 65535 + 1) + 8;

  if (stored <= dyn && stored <= fix) {
    write_stored(w, raw, final);
    return;
  }
  w.put(final ? 1 : 0, 1);
  if (fix <= dyn) {
    std::vector<int> fl(288), fd(30, 5);
    for (std::size_t s = 0; s < 288; ++s) fl[s] = s < 144 ? 8 : s < 256 ? 9 : s < 280 ? 7 : 8;
    const Code flit{fl, canonical_codes(fl)}, fdist{fd, canonical_codes(fd)};
    w.put(1, 2);
    write_symbols(w, syms, from, to, flit, fdist);
    return;
  }
  w.put(2, 2);
  w.put(static_cast<std::uint32_t>(hlit - 257), 5);
  w.put(static_cast<std::uint32_t>(hdist - 1), 5);
  w.put(static_cast<std::uint32_t>(hclen - 4), 4);
  for (std::size_t k = 0; k < hclen; ++k) w.put(static_cast<std::uint32_t>(cl.len[static_cast<std::size_t>(kClOrder[k])]), 3);
  for (const auto& p : rle) {
    const auto s = static_cast<std::size_t>(p.first);
    w.put(cl.bits[s], cl.len[s]);
    if (s == 16) w.put(static_cast<std::uint32_t>(p.second), 2);
    if (s == 17) w.put(static_cast<std::uint32_t>(p.second), 3);
    if (s == 18) w.put(static_cast<std::uint32_t>(p.second), 7);
  }
  write_symbols(w, syms, from, to, lit, dist);
}

void put_le32(std::string& out, std::uint32_t v) {
  for (int k = 0; k < 4; ++k) out += static_cast<char>((v >> (8 * k)) & 0xFF);
}

}  // namespace

std::uint32_t crc32(std::string_view data) {
  static const std::array<std::uint32_t, 256> table = [] {
    std::array<std::uint32_t, 256> t{};
    for (std::uint32_t i = 0; i < 256; ++i) {
      std::uint32_t c = i;
      for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
      t[i] = c;
    }
    return t;
  }();
  std::uint32_t c = 0xFFFFFFFFu;
  for (char ch : data) c = table[(c ^ static_cast<unsigned char>(ch)) & 0xFF] ^ (c >> 8);
  return c ^ 0xFFFFFFFFu;
}

std::string gzip(std::string_view data) {
  std::string out = {'\x1f', '\x8b', '\x08', '\0', '\0', '\0', '\0', '\0', '\0', '\xff'};
  const std::vector<Sym> syms = lz77(data);
  BitWriter w(out);
  if (syms.empty()) {
    write_stored(w, data, true);
  } else {
    std::size_t pos = 0;  // input offset of the block's first symbol
    for (std::size_t from = 0; from < syms.size(); from += kBlockSymbols) {
      const std::size_t to = std::min(syms.size(), from + kBlockSymbols);
      std::size_t bytes = 0;
      for (std::size_t k = from; k < to; ++k) bytes += syms[k].len == 0 ? 1 : syms[k].len;
      write_block(w, syms, from, to, data.substr(pos, bytes), to == syms.size());
      pos += bytes;
    }
  }
  w.align();
  put_le32(out, crc32(data));
  put_le32(out, static_cast<std::uint32_t>(data.size() & 0xFFFFFFFFu));
  return out;
}

}  // namespace tk::search
