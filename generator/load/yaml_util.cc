// Typed YAML reads with file positions.
#include "load/yaml_util.h"

#include <algorithm>

#include "core/text.h"

namespace tk::load {

YAML::Node YamlFile::parse(const std::string& text) const {
  try {
    return YAML::Load(text);
  } catch (const YAML::ParserException& e) {
    std::string msg = e.msg;
    if (msg.find("tab") != std::string::npos) msg += " (use spaces, not tabs, to indent)";
    if (msg == "end of sequence flow not found") msg = "a list opened with '[' is not closed with ']'";
    if (msg == "end of map flow not found") msg = "a '{' is not closed with '}'";
    // yaml-cpp reports unclosed constructs at the end of the text: point at the last line instead.
    int lines = static_cast<int>(std::count(text.begin(), text.end(), '\n'));
    int line = e.mark.line, col = e.mark.column + 1;
    if (line >= lines && lines > 0) {
      line = lines - 1;
      col = 1;
    }
    diags->error(path, first_line + line, col, "invalid YAML: " + msg);
  } catch (const YAML::Exception& e) {
    diags->error(path, first_line, 1, std::string("invalid YAML: ") + e.what());
  }
  return YAML::Node(YAML::NodeType::Undefined);
}

bool YamlFile::get_string(const YAML::Node& v, const std::string& key, std::string& out) const {
  if (!v.IsScalar()) {
    error(v, "'" + key + "' must be a text value");
    return false;
  }
  out = v.Scalar();
  return true;
}

bool YamlFile::get_int(const YAML::Node& v, const std::string& key, int& out) const {
  if (v.IsScalar()) {
    const std::string& s = v.Scalar();
    std::size_t i = (!s.empty() && (s[0] == '-' || s[0] == '+')) ? 1 : 0;
    bool digits = i < s.size() && s.size() - i <= 9;
    for (std::size_t k = i; digits && k < s.size(); ++k) digits = s[k] >= '0' && s[k] <= '9';
    if (digits) {
      out = std::stoi(s);
      return true;
    }
  }
  error(v, "'" + key + "' must be a whole number");
  return false;
}

bool YamlFile::get_bool(const YAML::Node& v, const std::string& key, bool& out) const {
  if (v.IsScalar() && (v.Scalar() == "true" || v.Scalar() == "false")) {
    out = v.Scalar() == "true";
    return true;
  }
  error(v, "'" + key + "' must be true or false");
  return false;
}

bool YamlFile::get_date(const YAML::Node& v, const std::string& key, std::string& out) const {
  int y, m, d;
  if (v.IsScalar() && text::parse_date(v.Scalar(), &y, &m, &d)) {
    out = v.Scalar();
    return true;
  }
  error(v, "'" + key + "' must be a date written YYYY-MM-DD");
  return false;
}

bool YamlFile::get_string_list(const YAML::Node& v, const std::string& key, std::vector<std::string>& out) const {
  out.clear();
  if (!v.IsSequence()) {
    error(v, "'" + key + "' must be a list, e.g. [a, b]");
    return false;
  }
  bool ok = true;
  for (const auto& item : v) {
    if (!item.IsScalar()) {
      error(item, "each entry of '" + key + "' must be a text value");
      ok = false;
      continue;
    }
    out.push_back(item.Scalar());
  }
  return ok;
}

bool YamlFile::check_keys(const YAML::Node& m, const std::vector<std::string>& allowed, const std::string& what) const {
  if (!m.IsMap()) {
    error(m, what + " must be a set of 'key: value' lines");
    return false;
  }
  for (auto it = m.begin(); it != m.end(); ++it) {
    const std::string key = it->first.Scalar();
    bool known = false;
    for (const auto& a : allowed) known = known || a == key;
    if (!known) error(it->first, "unknown key '" + key + "' in " + what + hint(key, allowed));
  }
  return true;
}

}  // namespace tk::load
