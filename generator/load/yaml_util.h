// Typed reads of YAML values with positioned errors (yaml-cpp stays inside load/).
#pragma once
#include <yaml-cpp/yaml.h>

#include <map>
#include <string>
#include <vector>

#include "core/diagnostics.h"

namespace tk::load {

constexpr int kMaxWhole = 999999999;  ///< the largest whole number a key takes unless it says less
constexpr int kMinYear = 1980;        ///< dates (`updated`): the .zip format starts in 1980
constexpr int kMaxYear = 2099;

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
  /// Reports every key of map m not in allowed (with a did-you-mean). Returns false when m is not a map.
  bool check_keys(const YAML::Node& m, const std::vector<std::string>& allowed, const std::string& what) const;

  /// Calls f(key, key_node, value) for each entry of the map m, in order. A key written with nothing after it
  /// is reported (empty_value) and skipped. key_lines, when given, gets every key's file line, skipped ones
  /// included. The nodes f gets are copies: yaml-cpp's iterator yields a temporary pair, and a reference
  /// into it (`const YAML::Node& v = it->second`) dangled (found by fuzzing); the one loop over a map's
  /// entries is here.
  template <typename F>
  void each_entry(const YAML::Node& m, F&& f, std::map<std::string, int>* key_lines = nullptr) const {
    for (auto it = m.begin(); it != m.end(); ++it) {
      const YAML::Node key_node = it->first;
      const YAML::Node v = it->second;
      const std::string key = key_node.Scalar();
      if (key_lines) (*key_lines)[key] = line(key_node);
      if (empty_value(key_node, v)) continue;
      f(key, key_node, v);
    }
  }
};

}  // namespace tk::load
