// Front matter splitting ('---' lines) and byte-level checks of content files.
#include "load/front_matter.h"

#include <algorithm>

#include "core/text.h"

namespace tk::load {

// The line and column of byte off, a lone CR counting as a line break as everywhere else.
static void line_col(std::string_view raw, std::size_t off, int* line, int* col) {
  const std::string u = unify_line_breaks(raw.substr(0, off));
  std::string_view s = u;
  *line = 1 + static_cast<int>(std::count(s.begin(), s.end(), '\n'));
  std::size_t nl = s.rfind('\n');
  *col = static_cast<int>(nl == std::string_view::npos ? off + 1 : off - nl);
}

bool check_bytes(std::string_view file, const std::string& path, Diagnostics& diags) {
  if (file.size() > kMaxFileBytes) {
    diags.error(path, 0, 0, "file is larger than 1 MiB (" + std::to_string(file.size()) + " bytes); split it");
    return false;
  }
  std::size_t nul = file.find('\0');
  if (nul != std::string_view::npos) {
    int l, c;
    line_col(file, nul, &l, &c);
    diags.error(path, l, c, "file contains a NUL byte; is it a binary file?");
    return false;
  }
  std::size_t bad = 0;
  if (!text::valid_utf8(file, &bad)) {
    int l, c;
    line_col(file, bad, &l, &c);
    diags.error(path, l, c, "invalid UTF-8; save the file as UTF-8");
    return false;
  }
  return true;
}

std::string unify_line_breaks(std::string_view s) {
  std::string out(s);
  for (std::size_t i = 0; i < out.size(); ++i)
    if (out[i] == '\r' && (i + 1 == out.size() || out[i + 1] != '\n')) out[i] = '\n';
  return out;
}

static bool is_fence(std::string_view line) {
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
  return line == "---";
}

bool split_front_matter(std::string_view file, const std::string& path, FrontMatter& out, Diagnostics& diags) {
  if (!check_bytes(file, path, diags)) return false;
  out.text = unify_line_breaks(file);
  file = out.text;
  if (file.substr(0, 3) == "\xEF\xBB\xBF") file.remove_prefix(3);
  std::size_t eol = file.find('\n');
  if (!is_fence(file.substr(0, eol))) {
    diags.error(path, 1, 1, "missing front matter: the file must start with a '---' line, then 'title: ...', then '---'");
    return false;
  }
  std::size_t pos = eol == std::string_view::npos ? file.size() : eol + 1;
  int line = 2;
  std::size_t yaml_start = pos;
  while (pos < file.size()) {
    std::size_t e = file.find('\n', pos);
    std::string_view l = file.substr(pos, e == std::string_view::npos ? std::string_view::npos : e - pos);
    if (is_fence(l)) {
      out.yaml.assign(file.substr(yaml_start, pos - yaml_start));
      out.yaml_line = 2;
      out.body = e == std::string_view::npos ? std::string_view() : file.substr(e + 1);
      out.body_line = line + 1;
      return true;
    }
    pos = e == std::string_view::npos ? file.size() : e + 1;
    ++line;
  }
  diags.error(path, 1, 1, "front matter is not closed: add a '---' line after the last key");
  return false;
}

}  // namespace tk::load
