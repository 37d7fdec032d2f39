// One content file -> model::Page: front matter keys checked per kind, body parsed once.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "model/site.h"

namespace tk::load {

struct SourceFile {
  std::string rel;      ///< path from the content root ("tools/01-x.md")
  std::string display;  ///< path as the editor knows it ("content/tools/01-x.md")
  std::string bytes;
};

/// Loads a page of the given kind; nullopt when the file cannot be used at all (errors reported).
/// reserved_ids: the ids no heading takes (model::LayoutNames::ids_for(kind)); null: the layout's
/// anchors only (model::layout_anchors).
std::optional<model::Page> load_page(const SourceFile& file, model::Kind kind, Diagnostics& diags,
                                     const std::vector<std::string>* reserved_ids = nullptr);

/// Loads site.yaml.
model::SiteConfig load_site_config(const SourceFile& file, Diagnostics& diags);

/// The slug a file name gives: "01-initiation.md" -> "initiation".
std::string slug_from_filename(const std::string& filename);

}  // namespace tk::load
