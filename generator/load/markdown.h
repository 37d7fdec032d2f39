// Markdown (cmark-gfm) -> doc::Node, with heading ids and fill-in fields; the only cmark-gfm user.
#pragma once
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.h"
#include "doc/ast.h"
#include "model/site.h"

namespace tk::load {

struct MarkdownInput {
  std::string_view text;   ///< the Markdown
  std::string path;        ///< for diagnostics, as the editor knows it
  int first_line = 1;      ///< line of text[0] in the file (1-based)
  bool fields = false;     ///< extract fill-in fields (tools and jobs)
  std::vector<std::string> reserved_ids;  ///< ids the page layout uses; headings never take them
};

struct MarkdownResult {
  doc::Node root;
  std::vector<model::Field> fields;  ///< named, in reading order
};

/// Parses Markdown once into the shared tree. Raw HTML is dropped (with a warning); positions are
/// file lines. Never throws for bad input: problems go to diags.
MarkdownResult parse_markdown(const MarkdownInput& in, Diagnostics& diags);

/// True when pages parse fully in parallel; false when cmark-gfm's shared special-character table forces
/// one inline parse at a time (see markdown.cc). Tests assert the fast path is the one in use.
bool markdown_parses_in_parallel();

/// Gives every Heading in root a GitHub-style id, unique within the tree ("a", "a-1", "a-2") and
/// never one of `reserved` (a heading "a" then gets "a-1"). A heading with no letter or digit ("!!!")
/// gets "section.1", "section.2", ...: ids no heading text can give.
void assign_heading_ids(doc::Node& root, const std::vector<std::string>& reserved = {});

/// Makes field names unique in reading order (name, name_2, name_3, ...). An explicit name (a field
/// block's `name:`, its file line in explicit_lines, keyed by the field's index) is a stable key partners'
/// data depends on: it is never renamed; automatic names step aside for it, and a second field with the
/// same explicit name is an error at its line (reported when diags is given).
void uniquify_field_names(std::vector<model::Field>& fields, const std::map<std::size_t, int>& explicit_lines = {},
                          Diagnostics* diags = nullptr, const std::string& path = {});

}  // namespace tk::load
