// The content format's keys as one table: which front-matter keys each kind of page takes and needs, of
// what type, with what default and meaning, read how into which model field; the keys of site.yaml and of a
// field block; and the focus-area sections. The loader walks each YAML map once and reads every key by its
// row (load/yaml_util.h, YamlFile::read_keys), `toolkitgen new` is tested against the tables, and the
// README's key tables are checked against them (tests/model/schema_test.cc). A new key is one row here
// (plus, for Read::Custom, its function in the loader).
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

/// The largest whole number a key takes unless its row says less.
inline constexpr int kMaxWhole = 999999999;

/// How a key's value is read into the model (load/ reads the YAML; the row says which reader and which field).
enum class Read {
  Text,      ///< a text value, into `into.text`
  Whole,     ///< a whole number from `min` to `max`, into `into.whole`
  Bool,      ///< true or false, into `into.flag`
  Date,      ///< a real date YYYY-MM-DD, into `into.text`
  TextList,  ///< a list of text values, into `into.list`
  WordList,  ///< a list of text values, each one of `words`, into `into.list`
  Custom,    ///< the key's own function in its loader (load/page_loader.cc, field_block.cc): checks beyond its type
};

/// The model field a key fills: a member pointer of the type its reader writes (the others null).
template <typename T>
struct Into {
  std::string T::*text = nullptr;
  std::vector<std::string> T::*list = nullptr;
  int T::*whole = nullptr;
  bool T::*flag = nullptr;
  Into() = default;
  // Not explicit: a row writes the member itself (&Page::title).
  Into(std::string T::*m) : text(m) {}
  Into(std::vector<std::string> T::*m) : list(m) {}
  Into(int T::*m) : whole(m) {}
  Into(bool T::*m) : flag(m) {}
};

/// One key of a YAML block the editors write, read into a T (Page, SiteConfig, Field).
template <typename T>
struct KeySpec {
  const char* key;
  const char* type;           ///< what its value is, as the README states it
  Kinds allowed;              ///< front matter: the kinds that may have it (site.yaml, field blocks: kAnyKind)
  Kinds required;             ///< the kinds that must have it (0: none; site.yaml, field blocks: kAnyKind)
  const char* default_value;  ///< what leaving it out means ("" when it means nothing)
  const char* description;    ///< one line
  const char* missing;        ///< the error when a required key is missing ("" for optional keys)
  Read read;                  ///< how its value is read
  Into<T> into;               ///< the field it fills (Read::Custom: only where the loader's required-key check reads it)
  int min = -kMaxWhole;       ///< Read::Whole: the range
  int max = kMaxWhole;
  const char* words = "";     ///< Read::WordList: the words allowed, one space between two, in the order messages list them
};

/// Page front matter (content/*/*.md, index.md), in the order messages list them.
const std::vector<KeySpec<Page>>& front_matter_keys();
/// content/site.yaml.
const std::vector<KeySpec<SiteConfig>>& site_keys();
/// A ```field block.
const std::vector<KeySpec<Field>>& field_block_keys();

/// The front-matter keys a page of kind k may have, in table order.
std::vector<std::string> allowed_keys(Kind k);
/// The keys of a table (site_keys(), field_block_keys()), in order.
template <typename T>
std::vector<std::string> key_names(const std::vector<KeySpec<T>>& table) {
  std::vector<std::string> keys;
  for (const auto& s : table) keys.emplace_back(s.key);
  return keys;
}
/// The words of a row's `words`, in order.
std::vector<std::string> split_words(const char* words);
template <typename T>
bool allows(const KeySpec<T>& s, Kind k) { return (s.allowed & kind_bit(k)) != 0; }
template <typename T>
bool requires_key(const KeySpec<T>& s, Kind k) { return (s.required & kind_bit(k)) != 0; }

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
