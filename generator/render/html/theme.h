// A theme: Mustache templates (partials inlined at load, each template parsed once) and static files.
#pragma once
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "model/validate.h"

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

  /// The page actions ("email", "print", "pdf") the theme gives pages of a kind ("home", "stage",
  /// "tool", "job", "spotlight", "focus-area", "page", "spotlights", "downloads", "search", "404"),
  /// from the theme's theme.json `page_actions` (see README, "Themes"); without the file or the key,
  /// every kind made from a content file gets all three.
  bool has_action(const std::string& kind, const std::string& action) const;
  /// Page kinds and actions theme.json may name.
  static const std::vector<std::string>& page_kinds();
  static const std::vector<std::string>& action_names();

  /// Templates every theme must provide.
  static const std::vector<std::string>& required();

  /// The Word styles (word/styles.xml) of the theme's reference.docx, read by load (docx::theme_styles
  /// says where from: the theme's file, else the default theme's).
  const std::string& docx_styles() const { return docx_styles_; }
  /// What the theme's layout takes for itself, read at load (README, "Themes"): for each page kind, every
  /// id="..." written in layout.mustache and in the kind's template (partials expanded; an id made by a
  /// {{tag}} is not known before rendering and is left out), and the names in static/. The loader and
  /// the validation get it as data (load::LoadOptions::layout).
  const model::LayoutNames& layout_names() const { return layout_names_; }
  /// The template a page of kind k is written with ("tool" for a job, "focus_area" for a focus area).
  static std::string template_of(model::Kind k);

 private:
  std::string dir_;
  std::uint64_t key_ = 0;
  std::uint64_t serial_ = 0;  ///< unique per loaded theme: names it in each thread's copies (render)
  std::map<std::string, std::unique_ptr<kainjow::mustache::basic_mustache<std::string>>> templates_;
  std::map<std::string, std::vector<std::string>> actions_;  ///< kind -> actions
  std::string docx_styles_;
  model::LayoutNames layout_names_;
  bool load_settings(const std::string& theme_dir, Diagnostics& diags);
  bool load_docx_styles(const std::string& theme_dir, Diagnostics& diags);
};

}  // namespace tk::html
