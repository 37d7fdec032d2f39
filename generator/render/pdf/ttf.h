// TrueType font reading and subsetting (pure C++): metrics, cmap lookups and a compact glyph subset.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace tk::pdf {

/// A parsed TrueType font (glyf outlines). Immutable after parse; safe to share between threads.
class TrueTypeFont {
 public:
  /// Parses a .ttf file's bytes. Throws std::runtime_error when the font is unusable.
  explicit TrueTypeFont(std::string bytes);

  /// Glyph id for a Unicode code point (0 = .notdef when the font lacks it).
  std::uint16_t glyph(std::uint32_t cp) const;
  /// Advance width of a glyph in font units.
  int advance(std::uint16_t gid) const;
  int units_per_em() const { return units_per_em_; }
  int num_glyphs() const { return num_glyphs_; }

  // Values for the PDF font descriptor (font units).
  int ascent() const { return ascent_; }
  int descent() const { return descent_; }     ///< negative
  int cap_height() const { return cap_height_; }
  int bbox(int i) const { return bbox_[i]; }   ///< xMin, yMin, xMax, yMax
  double italic_angle() const { return italic_angle_; }
  bool fixed_pitch() const { return fixed_pitch_; }
  bool bold() const { return weight_ >= 600; }
  const std::string& postscript_name() const { return ps_name_; }

  /// A stand-alone TrueType program holding `gids` (new glyph i = gids[i]; gids[0] must be 0) plus
  /// the components of composite glyphs, appended at the end. Glyph references are renumbered;
  /// hinting (instructions, fpgm, prep, cvt) is left out.
  /// With `unicode` (a code point per new glyph, 0 for none), the program also gets a (3,1) format 4
  /// cmap of those BMP code points and a name table, so a viewer or a filling tool can type with it.
  std::string subset(std::vector<std::uint16_t> gids, const std::vector<std::uint32_t>* unicode = nullptr) const;

 private:
  struct Table { std::uint32_t offset = 0, length = 0; };
  const Table* table(const char* tag) const;
  std::string table_bytes(const char* tag) const;
  std::pair<std::uint32_t, std::uint32_t> glyph_range(std::uint16_t gid) const;
  void parse_cmap();

  std::string data_;
  std::unordered_map<std::uint32_t, Table> tables_;
  std::unordered_map<std::uint32_t, std::uint16_t> cmap_;
  int units_per_em_ = 1000, num_glyphs_ = 0, num_hmetrics_ = 0, loca_format_ = 0;
  int ascent_ = 0, descent_ = 0, cap_height_ = 0, weight_ = 400;
  int bbox_[4] = {0, 0, 0, 0};
  double italic_angle_ = 0;
  bool fixed_pitch_ = false;
  std::string ps_name_;
};

/// Decodes one UTF-8 code point at s[*i] and advances *i (invalid bytes give U+FFFD).
std::uint32_t next_code_point(std::string_view s, std::size_t* i);

}  // namespace tk::pdf
