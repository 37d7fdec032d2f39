// Typed reads of YAML values with positioned errors (yaml-cpp stays inside load/).
#pragma once
#include <yaml-cpp/yaml.h>

#include <string>
#include <vector>

#include "core/diagnostics.h"

namespace tk::load {

/// Where a YAML document sits in its file, for positioned errors.
struct YamlFile {
  std::string path;
  int first_line = 1;  ///< file line of the YAML text's first line
  Diagnostics* diags = nullptr;

  int line(const YAML::Node& n) const { return first_line + n.Mark().line; }
  int col(const YAML::Node& n) const { return n.Mark().column + 1; }
  void error(const YAML::Node& n, const std::string& msg) const { diags->error(path, line(n), col(n), msg); }
  void warning(const YAML::Node& n, const std::string& msg) const { diags->warning(path, line(n), col(n), msg); }

  /// Parses text; on a syntax error reports it (file line) and returns a null node.
  YAML::Node parse(const std::string& text) const;

  bool get_string(const YAML::Node& v, const std::string& key, std::string& out) const;
  bool get_int(const YAML::Node& v, const std::string& key, int& out) const;
  bool get_bool(const YAML::Node& v, const std::string& key, bool& out) const;
  bool get_date(const YAML::Node& v, const std::string& key, std::string& out) const;
  bool get_string_list(const YAML::Node& v, const std::string& key, std::vector<std::string>& out) const;
  /// Reports every key of map m not in allowed (with a did-you-mean). Returns false when m is not a map.
  bool check_keys(const YAML::Node& m, const std::vector<std::string>& allowed, const std::string& what) const;
};

}  // namespace tk::load
