// Typed reads of YAML values with positioned errors (yaml-cpp stays inside load/).
#pragma once
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "model/schema.h"

namespace tk::load {

using model::kMaxWhole;  ///< the largest whole number a key takes unless it says less
constexpr int kMinYear = 1980;        ///< dates (`updated`): the .zip format starts in 1980
constexpr int kMaxYear = 2099;

struct YamlFile;

/// A Read::Custom key's reader (model/schema.h): reads v, the key's value, into out, reporting through yf.
template <typename T>
struct CustomReader {
  const char* key;
  void (*read)(const YamlFile& yf, const YAML::Node& v, T& out);
};

/// A key as the walk read it: its nodes (the last ones when a key is given twice).
struct Given {
  YAML::Node key, value;
};

/// Where a YAML document sits in its file, for positioned errors.
struct YamlFile {
  std::string path;
  int first_line = 1;  ///< file line of the YAML text's first line
  Diagnostics* diags = nullptr;
  bool whole_file = false;  ///< a file of its own (site.yaml): a '---' before the first key is allowed

  int line(const YAML::Node& n) const { return first_line + n.Mark().line; }
  int col(const YAML::Node& n) const { return n.Mark().column + 1; }
  void error(const YAML::Node& n, const std::string& msg) const { diags->error(path, line(n), col(n), msg); }
  void warning(const YAML::Node& n, const std::string& msg) const { diags->warning(path, line(n), col(n), msg); }

  /// Parses text; on a syntax error reports it (file line) and returns a null node. Stricter than YAML
  /// where YAML would silently drop what the editor wrote: a quoted value must end on its line (or go on
  /// on lines indented further), no '---' or '...' document markers, no tabs in the indentation, and no
  /// key twice in one map (the duplicate is reported, the node still returned).
  YAML::Node parse(const std::string& text) const;

  bool get_string(const YAML::Node& v, const std::string& key, std::string& out) const;
  /// A whole number from min to max (the message states both).
  bool get_int(const YAML::Node& v, const std::string& key, int& out, int min = -kMaxWhole, int max = kMaxWhole) const;
  bool get_bool(const YAML::Node& v, const std::string& key, bool& out) const;
  /// A real date, YYYY-MM-DD, in the years kMinYear..kMaxYear.
  bool get_date(const YAML::Node& v, const std::string& key, std::string& out) const;
  bool get_string_list(const YAML::Node& v, const std::string& key, std::vector<std::string>& out) const;
  /// Reports a key written with nothing after it ("summary:") at the key's own line, and returns true.
  bool empty_value(const YAML::Node& key, const YAML::Node& v) const;
  /// Reports every entry of the list v (read into values) that is not one of words, naming them (did you mean).
  void check_words(const YAML::Node& v, const std::vector<std::string>& values, const std::vector<std::string>& words,
                   const std::string& key) const;
  /// Reports every key of map m not in allowed (with a did-you-mean). Returns false when m is not a map.
  bool check_keys(const YAML::Node& m, const std::vector<std::string>& allowed, const std::string& what) const;
  /// The error for a key of `what` not in allowed: "unknown key 'k' in what (did you mean 'x'?)".
  void unknown_key(const YAML::Node& key, const std::vector<std::string>& allowed, const std::string& what) const;

  /// Calls f(key, key_node, value) for each entry of the map m, in order. A key written with nothing after it
  /// is reported (empty_value) and skipped. key_lines, when given, gets every key's file line, skipped ones
  /// included. allowed, when given: a key not in it is reported first (unknown_key, in what) and still passed on.
  /// The nodes f gets are copies: yaml-cpp's iterator yields a temporary pair, and a reference
  /// into it (`const YAML::Node& v = it->second`) dangled (found by fuzzing); the one loop over a map's
  /// entries is here.
  template <typename F>
  void each_entry(const YAML::Node& m, F&& f, std::map<std::string, int>* key_lines = nullptr,
                  const std::vector<std::string>* allowed = nullptr, const std::string& what = {}) const {
    for (auto it = m.begin(); it != m.end(); ++it) {
      const YAML::Node key_node = it->first;
      const YAML::Node v = it->second;
      const std::string key = key_node.Scalar();
      if (allowed && std::find(allowed->begin(), allowed->end(), key) == allowed->end()) unknown_key(key_node, *allowed, what);
      if (key_lines) (*key_lines)[key] = line(key_node);
      if (empty_value(key_node, v)) continue;
      f(key, key_node, v);
    }
  }

  /// Reads the map m by a key table (model/schema.h), walking it once: a key not in allowed is reported as
  /// unknown in `what`; a key with no value is reported; every key of the table is read by its row into out
  /// (a key of the table that `allowed` leaves out, one of another kind of page, too: errors in its value are
  /// reported as well). Read::Custom keys go to their reader in custom. given, when given, gets the keys read
  /// (with a value); key_lines every key's file line. Returns false (reported) when m is not a map.
  template <typename T>
  bool read_keys(const YAML::Node& m, const std::vector<model::KeySpec<T>>& table, const std::vector<std::string>& allowed,
                 const std::string& what, const std::vector<CustomReader<T>>& custom, T& out,
                 std::map<std::string, Given>* given = nullptr, std::map<std::string, int>* key_lines = nullptr) const {
    if (!m.IsMap()) {
      error(m, what + " must be a set of 'key: value' lines");
      return false;
    }
    each_entry(m, [&](const std::string& key, const YAML::Node& key_node, const YAML::Node& v) {
      for (const model::KeySpec<T>& spec : table) {
        if (key != spec.key) continue;
        read_value(spec, v, custom, out);
        if (given) (*given)[key] = {key_node, v};
        return;
      }
    }, key_lines, &allowed, what);
    return true;
  }

  /// Reads v, the value of spec's key, by spec's reader into out.
  template <typename T>
  void read_value(const model::KeySpec<T>& spec, const YAML::Node& v, const std::vector<CustomReader<T>>& custom,
                  T& out) const {
    const std::string key = spec.key;
    switch (spec.read) {
      case model::Read::Text: get_string(v, key, out.*spec.into.text); return;
      case model::Read::Whole: get_int(v, key, out.*spec.into.whole, spec.min, spec.max); return;
      case model::Read::Bool: get_bool(v, key, out.*spec.into.flag); return;
      case model::Read::Date: get_date(v, key, out.*spec.into.text); return;
      case model::Read::TextList: get_string_list(v, key, out.*spec.into.list); return;
      case model::Read::WordList:
        if (get_string_list(v, key, out.*spec.into.list)) check_words(v, out.*spec.into.list, model::split_words(spec.words), key);
        return;
      case model::Read::Custom:
        for (const CustomReader<T>& c : custom)
          if (key == c.key) return c.read(*this, v, out);
        throw std::logic_error("the key '" + key + "' is Read::Custom but its loader has no reader for it");
    }
  }
};

}  // namespace tk::load
