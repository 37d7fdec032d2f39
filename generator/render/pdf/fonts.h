// The PDF's fonts: DejaVu faces loaded once per process, measured, encoded and subset per document.
#pragma once
#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "render/pdf/ttf.h"

namespace tk::pdf {

/// Font faces used in documents.
enum class Face : std::uint8_t { Regular, Bold, Italic, BoldItalic, Mono };
constexpr int kFaceCount = 5;

/// The face for a combination of bold and italic (code is always Mono).
Face face_for(bool bold, bool italic, bool code = false);

/// The folder the faces load from: set_font_dir()'s, else Debian's /usr/share/fonts/truetype/dejavu
/// (fonts-dejavu-core and fonts-dejavu-extra).
std::string font_dir();
/// Names the folder the faces load from ("" = Debian's): the CLI gives TOOLKITGEN_FONT_DIR, a library
/// user or a test its own. The fonts are parsed once per process: set it before the first document (a
/// face already loaded stays as it is).
void set_font_dir(const std::string& dir);
/// One face read from `dir` and parsed; throws std::runtime_error naming the file when it is missing
/// or not a TrueType font.
std::unique_ptr<TrueTypeFont> load_face(Face f, std::string dir);

/// The shared, parsed font of a face, loaded from font_dir() on first use (once per process); throws
/// std::runtime_error (load_face's message) when it cannot be.
const TrueTypeFont& face_font(Face f);

/// Width of UTF-8 text in points (no kerning).
double text_width(Face f, std::string_view utf8, double size);

/// One document's use of the fonts: glyphs are numbered (CID = glyph id in the subset) in order of
/// first use, so the embedded programs hold only what the document shows.
class FontUse {
 public:
  /// The text as a PDF hex string body (4 hex digits per glyph), recording the glyphs used.
  std::string encode(Face f, std::string_view utf8);
  bool used(Face f) const { return faces_[int(f)].gids.size() > 1; }

  /// What the PDF needs to embed a face.
  struct Embedding {
    std::string program;               ///< TrueType subset (CID i = glyph i)
    std::vector<int> widths;           ///< per CID, in 1/1000 em
    std::vector<std::uint32_t> unicode;///< per CID (0 for .notdef)
    std::string base_font;             ///< "ABCDEF+DejaVuSans-Bold"
    const TrueTypeFont* font = nullptr;
  };
  Embedding embedding(Face f) const;

 private:
  struct Used {
    std::vector<std::uint16_t> gids{0};     ///< CID -> original glyph id
    std::vector<std::uint32_t> unicode{0};  ///< CID -> code point
    std::vector<int> cid_of;                ///< original glyph id -> CID (0 = not yet used)
  };
  Used faces_[kFaceCount];
};

/// The font viewers paint typed field values with (the form's /DR font, named in every /DA): DejaVu
/// Sans with every glyph it has for Basic Latin, Latin-1, Latin Extended-A and -B, IPA-free combining
/// accents, Latin Extended Additional (Vietnamese), general punctuation and the euro sign, whatever the
/// document's own text uses. CIDs follow code points; the program has a cmap. Built once per process.
const FontUse::Embedding& field_font();

/// The field font's single-byte encoding: the code point of each code (0 = none). WinAnsi, plus letters
/// of Latin Extended-A (Polish, Czech, Slovak, Hungarian...) in the codes WinAnsi leaves undefined.
const std::array<std::uint32_t, 256>& field_font_codes();
/// The code point of a WinAnsiEncoding code (0 = undefined).
std::uint32_t field_font_winansi(std::uint32_t code);
/// The (code, glyph name) pairs where field_font_codes() differs from WinAnsi: the font's /Differences.
const std::vector<std::pair<std::uint32_t, std::string>>& field_font_differences();

}  // namespace tk::pdf
