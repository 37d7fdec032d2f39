// Splits a content file into its YAML front matter and Markdown body (positions kept).
#pragma once
#include <string>
#include <string_view>

#include "core/diagnostics.h"

namespace tk::load {

struct FrontMatter {
  std::string text;     ///< the file with lone CRs made LFs (body points into it)
  std::string yaml;     ///< the text between the '---' lines
  int yaml_line = 2;    ///< file line of yaml's first line
  std::string_view body;
  int body_line = 1;    ///< file line of body's first line
};

/// Checks the bytes (size, NUL, UTF-8) and splits them. Returns false after reporting an error.
bool split_front_matter(std::string_view file, const std::string& path, FrontMatter& out, Diagnostics& diags);

/// The bytes with each lone CR (one not followed by LF) made an LF: CommonMark and YAML count a lone CR as
/// a line break, so every line number toolkitgen reports counts it too. CRLF is left as it is.
std::string unify_line_breaks(std::string_view s);

/// Limit on a content file's size.
constexpr std::size_t kMaxFileBytes = 1024 * 1024;

/// Checks a file's bytes: size, NUL bytes, UTF-8. Reports with line/col of the first problem.
bool check_bytes(std::string_view file, const std::string& path, Diagnostics& diags);

}  // namespace tk::load
