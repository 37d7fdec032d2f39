// Draws a laid-out, paginated document with libharu: pages, text, fields, links, bookmarks, tags.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "render/pdf/flow.h"

namespace tk::pdf {

/// What a page shows around its body.
struct PageChrome {
  bool header = true;
  bool footer = true;
  std::string label;         ///< the page's label (page references in the text, e.g. a contents page)
  std::string footer_right;  ///< "Page 2 of 5"
};

/// Page labels from a page on: decimal ('D') or lower roman ('r'), numbered from `first`.
struct LabelRange {
  int page = 0;
  char style = 'D';
  int first = 1;
};

/// Document-level settings.
struct RenderSpec {
  std::string title, author, subject, lang;
  std::int64_t time = 0;           ///< creation/modification time; 0 = none
  std::string header_text;         ///< running header (left)
  std::string footer_text;         ///< footer (left)
  std::function<PageChrome(int page, int pages)> chrome;  ///< default: header, footer, "Page N of M"
  std::vector<LabelRange> labels;  ///< page labels (none when empty)
  bool show_outlines = false;      ///< open the bookmarks panel
  bool pack = true;                ///< object streams and an xref stream (false: classic xref, readable)
};

/// The PDF's bytes. Throws std::runtime_error on failure.
std::string render_pdf(const DocLayout& layout, const std::vector<PageLayout>& pages, const RenderSpec& spec);

/// Text shortened with an ellipsis to fit max_width.
std::string fit_text(const std::string& text, Face face, double size, double max_width);

}  // namespace tk::pdf
