// Typed YAML reads with file positions.
#include "load/yaml_util.h"

#include <algorithm>
#include <map>
#include <string_view>

#include "core/text.h"
#include "load/front_matter.h"

namespace tk::load {

namespace {

// The problems yaml-cpp accepts without a word (or reports at the end of the text), found on the text itself.
// YAML is not fully lexed here: only enough to know where a value starts (after "key: ", "- ", '[', '{' or
// ',') and to skip comments and the content lines of block scalars ('|', '>').
class TextCheck {
 public:
  TextCheck(const YamlFile& yf, std::string_view text) : yf_(yf) {
    std::size_t b = 0;
    while (b <= text.size()) {
      std::size_t e = text.find('\n', b);
      if (e == std::string_view::npos) e = text.size();
      lines_.push_back(text.substr(b, e - b));
      b = e + 1;
    }
  }

  // Reports every problem; returns true when there was none.
  bool run() {
    bool content_seen = false;
    for (line_ = 0; line_ < lines_.size(); ++line_) {
      std::string_view l = lines_[line_];
      std::size_t ind = indent(l);
      if (ind == l.size()) continue;  // blank (spaces and tabs only)
      if (block_parent_ >= 0) {
        if (static_cast<int>(ind) > block_parent_) continue;  // the text of a block scalar
        block_parent_ = -1;
      }
      if (marker(l)) {
        if (yf_.whole_file && !content_seen && l.substr(0, 3) == "---" && text::trim(l.substr(3)).empty()) continue;
        report(line_, 1, l.substr(0, 3) == "..."
                             ? "a '...' line ends the YAML here, so the lines after it would be ignored: remove it"
                             : "a '---' line starts a new YAML document here, so the lines after it would be ignored: "
                               "remove it (quote a value that starts with ---)");
        continue;
      }
      std::size_t tab = l.find('\t');
      if (tab < ind) {
        report(line_, tab + 1, "a tab in the indentation: use spaces, not tabs");
        continue;
      }
      if (l[ind] == '#') continue;
      content_seen = true;
      if (!scan_line(ind)) return false;  // an unclosed quote: what follows cannot be read reliably
    }
    return ok_;
  }

 private:
  const YamlFile& yf_;
  std::vector<std::string_view> lines_;
  std::size_t line_ = 0;
  int block_parent_ = -1;  // indentation of the line that opened a block scalar, -1 outside one
  int flow_ = 0;           // depth of '[' and '{'
  bool ok_ = true;

  static std::size_t indent(std::string_view l) {
    std::size_t i = 0;
    while (i < l.size() && (l[i] == ' ' || l[i] == '\t')) ++i;
    return i;
  }
  static bool marker(std::string_view l) {
    return (l.substr(0, 3) == "---" || l.substr(0, 3) == "...") && (l.size() == 3 || l[3] == ' ' || l[3] == '\t');
  }
  void report(std::size_t line, std::size_t col, const std::string& msg) {
    yf_.diags->error(yf_.path, yf_.first_line + static_cast<int>(line), static_cast<int>(col), "invalid YAML: " + msg);
    ok_ = false;
  }

  // Scans lines_[line_] from column i (a value may start there). Returns false after an unclosed quote.
  bool scan_line(std::size_t i) {
    const std::size_t ind = i;
    bool value_start = true;
    for (;;) {
      std::string_view l = lines_[line_];
      if (i >= l.size()) return true;
      char c = l[i];
      if (c == ' ' || c == '\t') {
        ++i;
        continue;
      }
      if (c == '#') return true;  // a comment (a '#' inside a plain value follows a non-space and is skipped below)
      if (value_start && (c == '-' || c == '?') && (i + 1 == l.size() || l[i + 1] == ' ')) {
        ++i;
        continue;
      }
      if (value_start && (c == '"' || c == '\'')) {
        if (!quoted(i, ind)) return false;
        l = lines_[line_];  // the quote may have ended on a later line
        value_start = false;
        continue;
      }
      if (value_start && flow_ == 0 && (c == '|' || c == '>')) {
        block_parent_ = static_cast<int>(ind);
        return true;
      }
      if (c == '[' || c == '{') {
        ++flow_;
        ++i;
        value_start = true;
        continue;
      }
      if (flow_ > 0 && (c == ']' || c == '}' || c == ',')) {
        if (c != ',') --flow_;
        ++i;
        value_start = c == ',';
        continue;
      }
      if (c == ':' && (i + 1 == l.size() || l[i + 1] == ' ' || (flow_ > 0 && (l[i + 1] == ',' || l[i + 1] == ']' || l[i + 1] == '}')))) {
        ++i;
        value_start = true;
        continue;
      }
      // A plain word: up to a space, or a flow or key indicator.
      value_start = false;
      while (i < l.size() && l[i] != ' ' && l[i] != '\t' && !(flow_ > 0 && (l[i] == ',' || l[i] == ']' || l[i] == '}' || l[i] == '[' || l[i] == '{')) &&
             !(l[i] == ':' && (i + 1 == l.size() || l[i + 1] == ' ')))
        ++i;
    }
  }

  // After a closing quote only a ':' (a quoted key), a flow indicator or a comment may follow on the line:
  // "label: 'Partner's notes'" ends the value at the apostrophe.
  bool closed_at_end(std::size_t i, char q, std::size_t open_line, std::size_t open_col) {
    std::string_view l = lines_[line_];
    const std::size_t close_col = i;  // 1-based column of the closing quote
    while (i < l.size() && l[i] == ' ') ++i;
    if (i >= l.size() || l[i] == '#' || l[i] == ':' || (flow_ > 0 && (l[i] == ',' || l[i] == ']' || l[i] == '}')))
      return true;
    const std::string qs(1, q);
    report(open_line, open_col,
           "the " + qs + " that starts this value ends before the value does (at column " + std::to_string(close_col) +
               "): " +
               (q == '\''
                    ? std::string("write '' for an apostrophe inside '...', or quote the value with \"...\"")
                    : std::string("write \\\" for a quote inside \"...\", or quote the value with '...'")));
    return false;
  }

  // The quote at lines_[line_][i] must close on its line, or on a later line indented more than the opening
  // line (ind). On success, line_ and i are just after the closing quote.
  bool quoted(std::size_t& i, std::size_t ind) {
    const char q = lines_[line_][i];
    const std::size_t open_line = line_, open_col = i + 1;
    ++i;
    for (;;) {
      std::string_view l = lines_[line_];
      while (i < l.size()) {
        if (q == '"' && l[i] == '\\') i += 2;
        else if (q == '\'' && l[i] == '\'' && i + 1 < l.size() && l[i + 1] == '\'') i += 2;
        else if (l[i] == q) {
          ++i;
          return closed_at_end(i, q, open_line, open_col);
        } else ++i;
      }
      ++line_;
      i = 0;
      bool ended = line_ >= lines_.size();
      if (!ended) {
        std::string_view next = lines_[line_];
        std::size_t ni = indent(next);
        ended = marker(next) || (ni < next.size() && ni <= ind);
        i = ni;
      }
      if (ended) {
        const std::string qs(1, q);
        report(open_line, open_col,
               "the " + qs + " that starts this value is not closed: end the value with " + qs + " on the same line");
        return false;
      }
    }
  }
};

// Every map key given twice, at the second one, naming the first (yaml-cpp keeps both; readers keep the last).
void check_duplicates(const YamlFile& yf, const YAML::Node& n) {
  if (n.IsMap()) {
    std::map<std::string, int> first;
    for (auto it = n.begin(); it != n.end(); ++it) {
      if (it->first.IsScalar()) {
        const std::string key = it->first.Scalar();
        auto [at, inserted] = first.emplace(key, yf.line(it->first));
        if (!inserted)
          yf.error(it->first, "'" + key + "' is given twice (first at line " + std::to_string(at->second) + ")");
      }
      check_duplicates(yf, it->second);
    }
  } else if (n.IsSequence()) {
    for (const auto& item : n) check_duplicates(yf, item);
  }
}

}  // namespace

YAML::Node YamlFile::parse(const std::string& raw) const {
  const std::string text = unify_line_breaks(raw);
  if (!TextCheck(*this, text).run()) return YAML::Node(YAML::NodeType::Undefined);
  try {
    YAML::Node root = YAML::Load(text);
    check_duplicates(*this, root);
    return root;
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

bool YamlFile::get_int(const YAML::Node& v, const std::string& key, int& out, int min, int max) const {
  if (v.IsScalar()) {
    const std::string& s = v.Scalar();
    std::size_t i = (!s.empty() && (s[0] == '-' || s[0] == '+')) ? 1 : 0;
    bool digits = i < s.size() && s.size() - i <= 9;
    for (std::size_t k = i; digits && k < s.size(); ++k) digits = s[k] >= '0' && s[k] <= '9';
    if (digits) {
      int n = std::stoi(s);
      if (n >= min && n <= max) {
        out = n;
        return true;
      }
    }
  }
  std::string got = v.IsScalar() ? " (got '" + v.Scalar() + "')" : "";
  error(v, "'" + key + "' must be a whole number from " + std::to_string(min) + " to " + std::to_string(max) + got);
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
  const std::string s = v.IsScalar() ? v.Scalar() : std::string();
  bool shape = s.size() == 10 && s[4] == '-' && s[7] == '-';
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) shape = shape && s[i] >= '0' && s[i] <= '9';
  if (!shape) {
    error(v, "'" + key + "' must be a date written YYYY-MM-DD");
    return false;
  }
  if (!text::parse_date(s, &y, &m, &d)) {
    error(v, "'" + key + "' is " + s + ", which is not a real date");
    return false;
  }
  if (y < kMinYear || y > kMaxYear) {
    error(v, "'" + key + "' is " + s + ": the year must be from " + std::to_string(kMinYear) + " to " +
                 std::to_string(kMaxYear));
    return false;
  }
  out = s;
  return true;
}

bool YamlFile::empty_value(const YAML::Node& key, const YAML::Node& v) const {
  if (!v.IsNull()) return false;
  const std::string k = key.IsScalar() ? key.Scalar() : std::string();
  error(key, "'" + k + "' has no value: write it after '" + k + ":' on the same line, or remove the line");
  return true;
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
    if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) unknown_key(it->first, allowed, what);
  }
  return true;
}

void YamlFile::unknown_key(const YAML::Node& key_node, const std::vector<std::string>& allowed, const std::string& what) const {
  const std::string key = key_node.Scalar();
  error(key_node, "unknown key '" + key + "' in " + what + hint(key, allowed));
}

void YamlFile::check_words(const YAML::Node& v, const std::vector<std::string>& values, const std::vector<std::string>& words,
                           const std::string& key) const {
  std::size_t i = 0;
  for (const auto& item : v) {
    const std::string& s = i < values.size() ? values[i] : std::string();
    if (std::find(words.begin(), words.end(), s) == words.end()) {
      std::string list;
      for (const auto& w : words) list += (list.empty() ? "" : ", ") + w;
      error(item, "'" + s + "' is not allowed in '" + key + "'; use " + list + hint(s, words));
    }
    ++i;
  }
}

}  // namespace tk::load
