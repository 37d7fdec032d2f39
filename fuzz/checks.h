// Invariants the fuzz harnesses assert on every input (contract of load/, model/ and render/html/).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.h"
#include "doc/ast.h"
#include "model/site.h"

namespace tk::fuzz {

/// An empty string when the invariant holds, else what is wrong (one line).
using Problem = std::string;

/// Every diagnostic names the path and a line inside the file (0 = whole file; at most the last line + 1).
Problem check_diagnostics(const Diagnostics& diags, const std::string& path, std::string_view file);

/// Fields: names [a-z0-9_]+ and unique, labels non-empty, sizes in range; every field referenced by
/// exactly one node of the right kind, and no node refers past the list.
Problem check_fields(const doc::Node& root, const std::vector<model::Field>& fields);

/// Heading ids: non-empty and unique within the tree.
Problem check_heading_ids(const doc::Node& root);

/// An HTML body fragment: only known tags, well-formed quoted attributes, no raw '<' or '>' in text,
/// balanced non-void elements, unique ids, label/for and aria-describedby targets present, no form
/// control or link inside a link, no second control inside a label.
/// With safe_urls, every href/src is a relative path or http(s)/mailto/tel URL.
Problem check_body_html(const std::string& html, bool safe_urls);

}  // namespace tk::fuzz
