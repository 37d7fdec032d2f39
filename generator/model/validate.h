// Whole-site checks: slugs, cross-references, URLs and every link and anchor in every body.
#pragma once
#include <string>

#include "core/diagnostics.h"
#include "model/site.h"

namespace tk::model {

/// Checks the site and resolves every link in place (see doc::Node::url). content_dir is the
/// prefix of paths in diagnostics ("content").
void validate(Site& site, const std::string& content_dir, Diagnostics& diags);

/// Ids that page layouts add besides the body's headings (so links to them resolve).
std::vector<std::string> layout_anchors(Kind k);

}  // namespace tk::model
