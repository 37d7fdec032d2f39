// Document-wide state: ids, hyperlink relationships and word/numbering.xml.
#include "render/docx/package_state.h"

#include <cstdint>

#include "core/text.h"
#include "render/docx/ooxml.h"

namespace tk::docx {

namespace {

constexpr int kLevels = 9;

/// Indentation of list level `ilvl`: 0.5 inch per level, the marker hanging 0.25 inch.
std::string level_ind(int ilvl) {
  return "<w:pPr><w:ind w:left=\"" + std::to_string(720 * (ilvl + 1)) + "\" w:hanging=\"360\"/></w:pPr>";
}

std::string bullet_levels() {
  static const char* marks[] = {"\xE2\x80\xA2", "\xE2\x97\xA6", "\xE2\x96\xAA"};  // • ◦ ▪
  std::string out;
  for (int i = 0; i < kLevels; ++i) {
    out += "<w:lvl w:ilvl=\"" + std::to_string(i) + "\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/>";
    out += "<w:lvlText w:val=\"" + std::string(marks[i % 3]) + "\"/><w:lvlJc w:val=\"left\"/>";
    out += level_ind(i) + "</w:lvl>";
  }
  return out;
}

/// decimal, lowerLetter, lowerRoman, repeated; `start` on level `at` (others start at 1).
std::string number_levels(int at, int start) {
  static const char* fmts[] = {"decimal", "lowerLetter", "lowerRoman"};
  std::string out;
  for (int i = 0; i < kLevels; ++i) {
    int s = i == at ? start : 1;
    out += "<w:lvl w:ilvl=\"" + std::to_string(i) + "\"><w:start w:val=\"" + std::to_string(s) + "\"/>";
    out += "<w:numFmt w:val=\"" + std::string(fmts[i % 3]) + "\"/>";
    out += "<w:lvlText w:val=\"%" + std::to_string(i + 1) + ".\"/><w:lvlJc w:val=\"left\"/>";
    out += level_ind(i) + "</w:lvl>";
  }
  return out;
}

std::string abstract_num(int id, const std::string& levels) {
  return "<w:abstractNum w:abstractNumId=\"" + std::to_string(id) +
         "\"><w:multiLevelType w:val=\"multilevel\"/>" + levels + "</w:abstractNum>";
}

// 128 bits from the text (two FNV-1a passes), as 32 upper-case hex digits: a stable docPart name.
std::string name_of(const std::string& text, std::uint64_t salt) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (std::uint64_t seed : {1469598103934665603ull ^ salt, 0x84222325cbf29ce4ull ^ salt}) {
    std::uint64_t h = seed;
    for (unsigned char c : text) {
      h ^= c;
      h *= 1099511628211ull;
    }
    for (int shift = 60; shift >= 0; shift -= 4) out += hex[(h >> shift) & 0xF];
  }
  return out;
}

std::string num(int num_id, int abstract_id) {
  return "<w:num w:numId=\"" + std::to_string(num_id) + "\"><w:abstractNumId w:val=\"" +
         std::to_string(abstract_id) + "\"/></w:num>";
}

}  // namespace

std::string PackageState::absolute(const std::string& url) const {
  return text::site_url(base_url_, url);
}

std::string PackageState::hyperlink(const std::string& url) {
  std::string abs = absolute(url);
  for (const auto& [id, target] : links_)
    if (target == abs) return id;
  links_.emplace_back("rLink" + std::to_string(links_.size() + 1), abs);
  return links_.back().first;
}

int PackageState::new_ordered_list(int level, int start) {
  if (level < 0) level = 0;
  if (level >= kLevels) level = kLevels - 1;
  ordered_.emplace_back(level, start < 0 ? 0 : start);
  return 2 + static_cast<int>(ordered_.size());
}

std::string PackageState::numbering_xml() const {
  // Each numbered list gets its own abstract definition, so it restarts in Word, LibreOffice and pandoc.
  std::string out = ooxml::kDecl;
  out += "<w:numbering xmlns:w=\"" + std::string(ooxml::kW) + "\">";
  out += abstract_num(0, bullet_levels());
  out += abstract_num(1, number_levels(0, 1));
  for (std::size_t i = 0; i < ordered_.size(); ++i)
    out += abstract_num(2 + static_cast<int>(i), number_levels(ordered_[i].first, ordered_[i].second));
  out += num(kBulletNum, 0);
  out += num(kNumberNum, 1);
  for (std::size_t i = 0; i < ordered_.size(); ++i)
    out += num(3 + static_cast<int>(i), 2 + static_cast<int>(i));
  out += "</w:numbering>";
  return out;
}

std::string PackageState::placeholder(const std::string& text) {
  for (const auto& [name, t] : placeholders_)
    if (t == text) return name;
  std::string name;
  for (std::uint64_t salt = 0;; ++salt) {  // a clash of two texts on one name takes the next salt
    name = name_of(text, salt);
    bool taken = false;
    for (const auto& p : placeholders_) taken = taken || p.first == name;
    if (!taken) break;
  }
  placeholders_.emplace_back(name, text);
  return name;
}

std::string PackageState::glossary_xml() const {
  if (placeholders_.empty()) return "";
  // Each entry as Word writes a content control's placeholder: category General, gallery placeholder,
  // type bbPlcHdr, behavior content, a GUID; the body is the text in the Placeholder Text style. Word shows
  // it while the control is empty (w:showingPlcHdr) and puts it back when the user clears the control.
  std::string out = ooxml::kDecl;
  out += "<w:glossaryDocument xmlns:w=\"" + std::string(ooxml::kW) + "\"><w:docParts>";
  for (const auto& [name, text] : placeholders_) {
    std::string guid = "{" + name.substr(0, 8) + "-" + name.substr(8, 4) + "-" + name.substr(12, 4) + "-" +
                       name.substr(16, 4) + "-" + name.substr(20) + "}";
    out += "<w:docPart><w:docPartPr><w:name w:val=\"" + name + "\"/><w:category><w:name w:val=\"General\"/>"
           "<w:gallery w:val=\"placeholder\"/></w:category><w:types><w:type w:val=\"bbPlcHdr\"/></w:types>"
           "<w:behaviors><w:behavior w:val=\"content\"/></w:behaviors><w:guid w:val=\"" + guid + "\"/></w:docPartPr>";
    out += "<w:docPartBody>" + ooxml::para("", ooxml::run(ooxml::rstyle("PlaceholderText"), text)) +
           "</w:docPartBody></w:docPart>";
  }
  out += "</w:docParts></w:glossaryDocument>";
  return out;
}

}  // namespace tk::docx
