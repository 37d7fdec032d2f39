// TrueType reading (head, hhea, maxp, hmtx, loca, glyf, cmap, OS/2, post, name) and glyph subsetting.
#include "render/pdf/ttf.h"

#include <algorithm>
#include <map>
#include <stdexcept>

namespace tk::pdf {
namespace {

std::uint32_t tag_of(const char* t) {
  return (std::uint32_t(std::uint8_t(t[0])) << 24) | (std::uint32_t(std::uint8_t(t[1])) << 16) |
         (std::uint32_t(std::uint8_t(t[2])) << 8) | std::uint32_t(std::uint8_t(t[3]));
}

struct Reader {
  const std::string& d;
  std::uint32_t u8(std::size_t o) const {
    if (o >= d.size()) throw std::runtime_error("truncated TrueType font");
    return std::uint8_t(d[o]);
  }
  std::uint32_t u16(std::size_t o) const { return (u8(o) << 8) | u8(o + 1); }
  std::int32_t s16(std::size_t o) const { return std::int16_t(std::uint16_t(u16(o))); }
  std::uint32_t u32(std::size_t o) const { return (u16(o) << 16) | u16(o + 2); }
};

void put16(std::string& s, std::uint32_t v) {
  s += char((v >> 8) & 0xFF);
  s += char(v & 0xFF);
}
void put32(std::string& s, std::uint32_t v) {
  put16(s, v >> 16);
  put16(s, v & 0xFFFF);
}
void set16(std::string& s, std::size_t o, std::uint32_t v) {
  s[o] = char((v >> 8) & 0xFF);
  s[o + 1] = char(v & 0xFF);
}
void set32(std::string& s, std::size_t o, std::uint32_t v) {
  set16(s, o, v >> 16);
  set16(s, o + 2, v & 0xFFFF);
}
std::uint32_t checksum(const std::string& s) {
  std::uint32_t sum = 0;
  for (std::size_t i = 0; i < s.size(); i += 4) {
    std::uint32_t v = 0;
    for (std::size_t k = 0; k < 4; ++k) v = (v << 8) | (i + k < s.size() ? std::uint8_t(s[i + k]) : 0u);
    sum += v;
  }
  return sum;
}

// Composite glyph flags.
constexpr std::uint32_t kArgWords = 0x0001, kHaveScale = 0x0008, kMoreComponents = 0x0020,
                        kXYScale = 0x0040, kTwoByTwo = 0x0080;

// Calls fn(offset of the glyph index within `g`) for each component of a composite glyph.
template <class Fn>
void for_each_component(const std::string& g, Fn fn) {
  Reader r{g};
  if (g.size() < 10 || r.s16(0) >= 0) return;
  std::size_t o = 10;
  for (;;) {
    std::uint32_t flags = r.u16(o);
    fn(o + 2);
    o += 4 + ((flags & kArgWords) ? 4 : 2);
    if (flags & kHaveScale) o += 2;
    else if (flags & kXYScale) o += 4;
    else if (flags & kTwoByTwo) o += 8;
    if (!(flags & kMoreComponents) || o >= g.size()) break;
  }
}

// A glyph without its TrueType hinting instructions (PDF viewers rasterize outlines unhinted).
std::string strip_instructions(const std::string& g) {
  Reader r{g};
  if (g.size() < 12) return g;
  std::int32_t contours = r.s16(0);
  if (contours >= 0) {
    std::size_t at = 10 + 2 * std::size_t(contours);
    std::size_t len = r.u16(at);
    if (at + 2 + len > g.size()) return g;
    std::string out = g.substr(0, at);
    put16(out, 0);
    out += g.substr(at + 2 + len);
    return out;
  }
  constexpr std::uint32_t kHaveInstructions = 0x0100;
  std::string out = g;
  std::size_t o = 10;
  for (;;) {
    std::uint32_t flags = r.u16(o);
    set16(out, o, flags & ~kHaveInstructions);
    o += 4 + ((flags & kArgWords) ? 4 : 2);
    if (flags & kHaveScale) o += 2;
    else if (flags & kXYScale) o += 4;
    else if (flags & kTwoByTwo) o += 8;
    if (!(flags & kMoreComponents) || o >= g.size()) break;
  }
  out.resize(std::min(o, out.size()));
  return out;
}

// A cmap table with one (3,1) format 4 subtable: code point unicode[i] -> glyph i (BMP code points).
std::string cmap_table(const std::vector<std::uint32_t>& unicode) {
  std::map<std::uint32_t, std::uint32_t> map;  // code point -> glyph, sorted
  for (std::size_t g = 1; g < unicode.size(); ++g)
    if (unicode[g] > 0 && unicode[g] < 0xFFFF) map.emplace(unicode[g], std::uint32_t(g));
  struct Seg { std::uint32_t start, end, delta; };
  std::vector<Seg> segs;
  for (const auto& [cp, g] : map) {
    if (!segs.empty() && segs.back().end + 1 == cp && ((segs.back().delta + cp) & 0xFFFF) == g) segs.back().end = cp;
    else segs.push_back({cp, cp, (g - cp) & 0xFFFF});
  }
  segs.push_back({0xFFFF, 0xFFFF, 1});
  auto n = std::uint32_t(segs.size());
  std::uint32_t pow2 = 1, log2 = 0;
  while (pow2 * 2 <= n) pow2 *= 2, ++log2;
  std::string sub;
  put16(sub, 4);
  put16(sub, 16 + 8 * n);  // length
  put16(sub, 0);           // language
  put16(sub, 2 * n);
  put16(sub, 2 * pow2);
  put16(sub, log2);
  put16(sub, 2 * n - 2 * pow2);
  for (const Seg& g : segs) put16(sub, g.end);
  put16(sub, 0);
  for (const Seg& g : segs) put16(sub, g.start);
  for (const Seg& g : segs) put16(sub, g.delta);
  for (std::size_t i = 0; i < segs.size(); ++i) put16(sub, 0);
  std::string t;
  put16(t, 0);
  put16(t, 1);
  put16(t, 3);
  put16(t, 1);
  put32(t, 12);
  return t + sub;
}

// A name table (Windows Unicode records) naming the font, so a subset is a font tools can load on its own.
std::string name_table(const std::string& family, const std::string& style, const std::string& ps) {
  const std::pair<int, std::string> names[] = {{1, family}, {2, style}, {4, family}, {6, ps}};
  std::string records, strings;
  for (const auto& [id, text] : names) {
    std::string be;
    for (char c : text) be += '\0', be += c;  // ASCII names
    put16(records, 3);
    put16(records, 1);
    put16(records, 0x409);
    put16(records, std::uint32_t(id));
    put16(records, std::uint32_t(be.size()));
    put16(records, std::uint32_t(strings.size()));
    strings += be;
  }
  std::string t;
  put16(t, 0);
  put16(t, 4);
  put16(t, 6 + 4 * 12);
  return t + records + strings;
}

}  // namespace

std::uint32_t next_code_point(std::string_view s, std::size_t* i) {
  auto c = std::uint8_t(s[*i]);
  std::size_t len = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
  if (len == 0 || *i + len > s.size()) {
    ++*i;
    return 0xFFFD;
  }
  std::uint32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
  for (std::size_t k = 1; k < len; ++k) {
    auto cc = std::uint8_t(s[*i + k]);
    if ((cc & 0xC0) != 0x80) {
      ++*i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (cc & 0x3F);
  }
  *i += len;
  return cp;
}

TrueTypeFont::TrueTypeFont(std::string bytes) : data_(std::move(bytes)) {
  Reader r{data_};
  if (data_.size() < 12) throw std::runtime_error("not a TrueType font");
  std::uint32_t version = r.u32(0);
  if (version != 0x00010000 && version != tag_of("true"))
    throw std::runtime_error("not a TrueType (glyf) font");
  std::uint32_t n = r.u16(4);
  for (std::uint32_t i = 0; i < n; ++i) {
    std::size_t rec = 12 + 16 * i;
    Table t{r.u32(rec + 8), r.u32(rec + 12)};
    if (std::uint64_t(t.offset) + t.length > data_.size()) throw std::runtime_error("bad TrueType table");
    tables_[r.u32(rec)] = t;
  }
  for (const char* need : {"head", "hhea", "maxp", "hmtx", "loca", "glyf"})
    if (!table(need)) throw std::runtime_error(std::string("TrueType font lacks the ") + need + " table");
  std::size_t head = table("head")->offset;
  units_per_em_ = int(r.u16(head + 18));
  for (int k = 0; k < 4; ++k) bbox_[k] = r.s16(head + 36 + 2 * std::size_t(k));
  loca_format_ = r.s16(head + 50);
  std::size_t hhea = table("hhea")->offset;
  ascent_ = r.s16(hhea + 4);
  descent_ = r.s16(hhea + 6);
  num_hmetrics_ = int(r.u16(hhea + 34));
  num_glyphs_ = int(r.u16(table("maxp")->offset + 4));
  cap_height_ = ascent_;
  if (const Table* os2 = table("OS/2")) {
    weight_ = int(r.u16(os2->offset + 4));
    if (r.u16(os2->offset) >= 2 && os2->length >= 90) cap_height_ = r.s16(os2->offset + 88);
  }
  if (const Table* post = table("post")) {
    italic_angle_ = double(std::int32_t(r.u32(post->offset + 4))) / 65536.0;
    fixed_pitch_ = r.u32(post->offset + 12) != 0;
  }
  if (const Table* name = table("name")) {
    std::size_t base = name->offset, count = r.u16(base + 2), strings = base + r.u16(base + 4);
    for (std::size_t i = 0; i < count && ps_name_.empty(); ++i) {
      std::size_t rec = base + 6 + 12 * i;
      if (r.u16(rec + 6) != 6) continue;
      std::uint32_t platform = r.u16(rec), len = r.u16(rec + 8), off = r.u16(rec + 10);
      for (std::uint32_t k = 0; k < len; k += (platform == 1 ? 1 : 2)) {
        std::uint32_t ch = platform == 1 ? r.u8(strings + off + k) : r.u16(strings + off + k);
        if (ch > 32 && ch < 127 && ch != '/' && ch != '[' && ch != ']' && ch != '(' && ch != ')') ps_name_ += char(ch);
      }
    }
  }
  if (ps_name_.empty()) ps_name_ = "Font";
  if (table("cmap")) parse_cmap();  // a subset has none: glyph ids only
}

const TrueTypeFont::Table* TrueTypeFont::table(const char* tag) const {
  auto it = tables_.find(tag_of(tag));
  return it == tables_.end() ? nullptr : &it->second;
}

std::string TrueTypeFont::table_bytes(const char* tag) const {
  const Table* t = table(tag);
  return t ? data_.substr(t->offset, t->length) : std::string();
}

void TrueTypeFont::parse_cmap() {
  Reader r{data_};
  std::size_t base = table("cmap")->offset;
  std::size_t n = r.u16(base + 2), best = 0;
  int best_rank = 0;
  for (std::size_t i = 0; i < n; ++i) {
    std::size_t rec = base + 4 + 8 * i;
    std::uint32_t platform = r.u16(rec), encoding = r.u16(rec + 2);
    std::size_t sub = base + r.u32(rec + 4);
    std::uint32_t format = r.u16(sub);
    int rank = (format == 12 && platform == 3 && encoding == 10) ? 3
               : (format == 4 && platform == 3 && encoding == 1) ? 2
               : (format == 4 && platform == 0) ? 1 : 0;
    if (rank > best_rank) best_rank = rank, best = sub;
  }
  if (best_rank == 0) throw std::runtime_error("TrueType font has no Unicode cmap");
  if (r.u16(best) == 12) {
    std::size_t groups = r.u32(best + 12);
    for (std::size_t g = 0; g < groups; ++g) {
      std::size_t o = best + 16 + 12 * g;
      std::uint32_t start = r.u32(o), end = r.u32(o + 4), gid = r.u32(o + 8);
      for (std::uint32_t cp = start; cp <= end && cp <= 0x10FFFF; ++cp) cmap_[cp] = std::uint16_t(gid + cp - start);
    }
    return;
  }
  std::size_t segs = r.u16(best + 6) / 2;
  std::size_t ends = best + 14, starts = ends + 2 * segs + 2, deltas = starts + 2 * segs, ranges = deltas + 2 * segs;
  for (std::size_t s = 0; s < segs; ++s) {
    std::uint32_t end = r.u16(ends + 2 * s), start = r.u16(starts + 2 * s), delta = r.u16(deltas + 2 * s);
    std::uint32_t range = r.u16(ranges + 2 * s);
    for (std::uint32_t cp = start; cp <= end && cp != 0xFFFF; ++cp) {
      std::uint32_t gid;
      if (range == 0) {
        gid = (cp + delta) & 0xFFFF;
      } else {
        std::size_t o = ranges + 2 * s + range + 2 * (cp - start);
        gid = r.u16(o);
        if (gid != 0) gid = (gid + delta) & 0xFFFF;
      }
      if (gid != 0) cmap_[cp] = std::uint16_t(gid);
    }
  }
}

std::uint16_t TrueTypeFont::glyph(std::uint32_t cp) const {
  auto it = cmap_.find(cp);
  return it == cmap_.end() ? 0 : it->second;
}

int TrueTypeFont::advance(std::uint16_t gid) const {
  Reader r{data_};
  std::size_t hmtx = table("hmtx")->offset;
  int idx = std::min<int>(gid, num_hmetrics_ - 1);
  return int(r.u16(hmtx + 4 * std::size_t(idx)));
}

std::pair<std::uint32_t, std::uint32_t> TrueTypeFont::glyph_range(std::uint16_t gid) const {
  if (gid >= num_glyphs_) return {0, 0};
  Reader r{data_};
  std::size_t loca = table("loca")->offset;
  std::uint32_t a, b;
  if (loca_format_ == 0) {
    a = r.u16(loca + 2 * std::size_t(gid)) * 2;
    b = r.u16(loca + 2 * std::size_t(gid) + 2) * 2;
  } else {
    a = r.u32(loca + 4 * std::size_t(gid));
    b = r.u32(loca + 4 * std::size_t(gid) + 4);
  }
  const Table* glyf = table("glyf");
  if (b < a || b > glyf->length) return {0, 0};
  return {glyf->offset + a, b - a};
}

std::string TrueTypeFont::subset(std::vector<std::uint16_t> gids, const std::vector<std::uint32_t>* unicode) const {
  if (gids.empty() || gids[0] != 0) gids.insert(gids.begin(), 0);
  std::map<std::uint16_t, std::uint16_t> renum;
  for (std::size_t i = 0; i < gids.size(); ++i) renum.emplace(gids[i], std::uint16_t(i));
  // Pull in the components of composite glyphs (breadth first; new ones are appended).
  for (std::size_t i = 0; i < gids.size(); ++i) {
    auto [off, len] = glyph_range(gids[i]);
    std::string g = data_.substr(off, len);
    Reader gr{g};
    for_each_component(g, [&](std::size_t o) {
      auto comp = std::uint16_t(gr.u16(o));
      if (renum.emplace(comp, std::uint16_t(gids.size())).second) gids.push_back(comp);
    });
  }
  std::string glyf, loca, hmtx;
  Reader r{data_};
  std::size_t hmtx_off = table("hmtx")->offset;
  for (std::uint16_t old : gids) {
    put32(loca, std::uint32_t(glyf.size()));
    auto [off, len] = glyph_range(old);
    std::string g = data_.substr(off, len);
    for_each_component(g, [&](std::size_t o) {
      auto comp = std::uint16_t(Reader{g}.u16(o));
      set16(g, o, renum.at(comp));
    });
    glyf += strip_instructions(g);
    while (glyf.size() % 4) glyf += '\0';
    int idx = std::min<int>(old, num_hmetrics_ - 1);
    put16(hmtx, r.u16(hmtx_off + 4 * std::size_t(idx)));
    std::size_t lsb = old < num_hmetrics_ ? hmtx_off + 4 * std::size_t(old) + 2
                                          : hmtx_off + 4 * std::size_t(num_hmetrics_) + 2 * std::size_t(old - num_hmetrics_);
    put16(hmtx, r.u16(lsb));
  }
  put32(loca, std::uint32_t(glyf.size()));

  std::map<std::string, std::string> out;  // sorted by tag, as the directory must be
  std::string head = table_bytes("head");
  set32(head, 8, 0);   // checkSumAdjustment, fixed below
  set16(head, 50, 1);  // long loca offsets
  out["head"] = head;
  std::string hhea = table_bytes("hhea");
  set16(hhea, 34, std::uint32_t(gids.size()));
  out["hhea"] = hhea;
  std::string maxp = table_bytes("maxp");
  set16(maxp, 4, std::uint32_t(gids.size()));
  out["maxp"] = maxp;
  out["glyf"] = glyf;
  out["loca"] = loca;
  out["hmtx"] = hmtx;
  if (unicode) {
    out["cmap"] = cmap_table(*unicode);
    out["name"] = name_table("DejaVu Sans", "Book", ps_name_);
  }
  for (const char* keep : {"OS/2"})
    if (table(keep)) out[keep] = table_bytes(keep);
  if (const Table* post = table("post"); post && post->length >= 32) {
    std::string p = data_.substr(post->offset, 32);
    set32(p, 0, 0x00030000);  // format 3: no glyph names
    out["post"] = p;
  }

  std::string font;
  auto num = std::uint32_t(out.size());
  std::uint32_t pow2 = 1, log2 = 0;
  while (pow2 * 2 <= num) pow2 *= 2, ++log2;
  put32(font, 0x00010000);
  put16(font, num);
  put16(font, pow2 * 16);
  put16(font, log2);
  put16(font, num * 16 - pow2 * 16);
  std::size_t offset = 12 + 16 * std::size_t(num), head_at = 0;
  for (const auto& [tag, bytes] : out) {
    font += tag;
    put32(font, checksum(bytes));
    put32(font, std::uint32_t(offset));
    put32(font, std::uint32_t(bytes.size()));
    if (tag == "head") head_at = offset;
    offset += (bytes.size() + 3) / 4 * 4;
  }
  for (const auto& kv : out) {
    font += kv.second;
    while (font.size() % 4) font += '\0';
  }
  set32(font, head_at + 8, 0xB1B0AFBAu - checksum(font));
  return font;
}

}  // namespace tk::pdf
