// The body of a page as WordprocessingML: blocks (w:p, w:tbl) from the document tree.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "model/site.h"
#include "render/docx/package_state.h"

namespace tk::docx {

/// A heading recorded for a table of contents: its Word level, text and bookmark name.
struct TocEntry {
  int level = 1;
  std::string text;
  std::string bookmark;
};

/// How a page's body is placed in the document.
struct BodyOptions {
  /// Word heading level = tree level + heading_shift (tree body headings start at 2), clamped to 1..6.
  int heading_shift = -1;
  /// Prepended to every field name to make the control's w:tag ("" in a template, "<slug>." in the bundle).
  std::string tag_prefix;
  /// When set, headings of Word level <= toc_levels get a bookmark and are appended here.
  std::vector<TocEntry>* toc = nullptr;
  int toc_levels = 2;
  /// Site paths of pages inside this document -> their bookmark: links to them stay in the document.
  const std::map<std::string, std::string>* anchors = nullptr;
};

/// The OOXML of `page.body`: paragraphs, lists (through numbering.xml), tables with a repeating header
/// row, hyperlinks made absolute, and every fill-in field as a content control. Appends to `out`.
/// Throws std::runtime_error when a node refers to a field the page does not have.
void write_body(PackageState& doc, const model::Page& page, const BodyOptions& opt, std::string& out);

/// A heading paragraph of Word level `level` (1..6) with a bookmark `bookmark` (none when empty).
std::string heading_para(PackageState& doc, int level, const std::string& runs, const std::string& bookmark,
                         const std::string& extra_ppr = "");

}  // namespace tk::docx
