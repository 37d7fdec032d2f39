// The content format's keys as one table: which front-matter keys each kind of page takes and needs, of
// what type, with what default and meaning; the keys of site.yaml and of a field block; and the focus-area
// sections. The loader checks and reads by these tables, `toolkitgen new` is tested against them, and the
// README's key tables are checked against them (tests/model/schema_test.cc).
#pragma once
#include <string>
#include <vector>

#include "model/site.h"

namespace tk::model {

/// A set of page kinds: bits kind_bit(Kind).
using Kinds = unsigned;
constexpr Kinds kind_bit(Kind k) { return 1u << static_cast<unsigned>(k); }
constexpr Kinds kAnyKind = kind_bit(Kind::Home) | kind_bit(Kind::Stage) | kind_bit(Kind::Tool) | kind_bit(Kind::Job) |
                           kind_bit(Kind::Spotlight) | kind_bit(Kind::FocusArea) | kind_bit(Kind::Page);

/// One key of a YAML block the editors write.
struct KeySpec {
  const char* key;
  const char* type;           ///< what its value is, as the README states it
  Kinds allowed;              ///< front matter: the kinds that may have it (site.yaml, field blocks: kAnyKind)
  Kinds required;             ///< the kinds that must have it (0: none; site.yaml, field blocks: kAnyKind)
  const char* default_value;  ///< what leaving it out means ("" when it means nothing)
  const char* description;    ///< one line
  const char* missing;        ///< the error when a required key is missing ("" for optional keys)
};

/// Page front matter (content/*/*.md, index.md), in the order messages list them.
const std::vector<KeySpec>& front_matter_keys();
/// content/site.yaml.
const std::vector<KeySpec>& site_keys();
/// A ```field block.
const std::vector<KeySpec>& field_block_keys();

/// The front-matter keys a page of kind k may have, in table order.
std::vector<std::string> allowed_keys(Kind k);
/// The keys of a table (site_keys(), field_block_keys()), in order.
std::vector<std::string> key_names(const std::vector<KeySpec>& table);
inline bool allows(const KeySpec& s, Kind k) { return (s.allowed & kind_bit(k)) != 0; }
inline bool requires_key(const KeySpec& s, Kind k) { return (s.required & kind_bit(k)) != 0; }

/// Focus-area sections, a convention of the content format (README, "Focus areas"; content-format.md): a
/// focus area's body is read in three parts, cut at two level-2 headings, so that the page can place the
/// sections it makes from the front matter between them. On the web page and in its PDF:
///   the body up to kFocusAreaActions ("Why this matters"), then "What the field says" (field_says);
///   the body from kFocusAreaActions, then "But what about..." (faq) and "Case studies" (the spotlights
///   tagged with the area); then the body from kFocusAreaQuestions to its end.
/// (The PDF cuts at kFocusAreaActions only and puts the questions and case studies after the body.) A part
/// whose heading is missing is empty. `toolkitgen new focus-area` writes both headings.
struct SectionHeading {
  const char* text;  ///< the heading as the editor writes it after "## "
  const char* id;    ///< its id (text::heading_id(text)): what the split compares
};
inline constexpr SectionHeading kFocusAreaActions{"Key components and actions", "key-components-and-actions"};
inline constexpr SectionHeading kFocusAreaQuestions{"Questions to consider", "questions-to-consider"};

}  // namespace tk::model
