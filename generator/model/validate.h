// Whole-site checks: slugs, cross-references, URLs and every link and anchor in every body.
#pragma once
#include <string>

#include "core/diagnostics.h"
#include "model/site.h"

namespace tk::model {

/// Checks the site and resolves every link in place (see doc::Node::url). content_dir is the
/// prefix of paths in diagnostics ("content").
void validate(Site& site, const std::string& content_dir, Diagnostics& diags);

/// Section headings that page layouts add besides the body's (links to them resolve; a body heading
/// with the same text is an error).
std::vector<std::string> layout_anchors(Kind k);
/// Every id the default theme's layout writes on a page of this kind (headings never take one).
std::vector<std::string> layout_ids(Kind k);

}  // namespace tk::model
