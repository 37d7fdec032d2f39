// A theme: Mustache templates (partials inlined at load, each template parsed once) and static files.
#pragma once
#include <cstdint>
#include <map>
#include <memory>
#include <string>

#include "core/diagnostics.h"

namespace kainjow::mustache {
template <typename T> class basic_mustache;
template <typename T> class basic_data;
}  // namespace kainjow::mustache

namespace tk::html {

class Theme {
 public:
  /// Loads themes/<name>/templates/*.mustache (+ partials/). Errors (missing template, bad syntax,
  /// unknown partial) are reported with the template's path. Returns false on error.
  bool load(const std::string& theme_dir, Diagnostics& diags);
  /// Renders a named template ("home", "layout", ...). The template must exist (checked by load).
  std::string render(const std::string& name, const kainjow::mustache::basic_data<std::string>& data) const;
  const std::string& dir() const { return dir_; }
  /// A hash of every template as parsed (partials expanded): equal keys render equal pages.
  std::uint64_t key() const { return key_; }
  ~Theme();
  Theme();
  Theme(const Theme&) = delete;
  Theme& operator=(const Theme&) = delete;

  /// Templates every theme must provide.
  static const std::vector<std::string>& required();

 private:
  std::string dir_;
  std::uint64_t key_ = 0;
  std::uint64_t serial_ = 0;  ///< unique per loaded theme: names it in each thread's copies (render)
  std::map<std::string, std::unique_ptr<kainjow::mustache::basic_mustache<std::string>>> templates_;
};

}  // namespace tk::html
