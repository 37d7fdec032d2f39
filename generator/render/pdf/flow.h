// The laid-out document (pure data): drawable items in unbreakable units, the structure tree, and
// pagination with headings kept with what follows and table headers repeated.
#pragma once
#include <string>
#include <vector>

#include "render/pdf/layout.h"

namespace tk::model {
struct Field;
}

namespace tk::pdf {

enum class ItemKind : unsigned char {
  Text,    ///< text at (x, baseline y)
  Fill,    ///< filled rectangle
  Frame,   ///< stroked rectangle
  Rule,    ///< line from (x, y) to (x + w, y + h)
  Field,   ///< an AcroForm field's widget rectangle (ref = field slot)
  Link,    ///< a link area (ref = link target)
  PageRef, ///< the page label of destination `text`, right-aligned to x + w at baseline y
  Image,   ///< a picture filling (x, y, w, h) (ref = DocLayout::images)
};

/// Something to draw. x is from the page's left edge; y grows downwards from the top of its unit.
struct Item {
  ItemKind kind = ItemKind::Text;
  double x = 0, y = 0, w = 0, h = 0;
  Face face = Face::Regular;
  double size = 0;
  Color color;
  std::string text;
  double line_width = 0;
  int ref = -1;
  int tag = -1;  ///< struct element; -1 = artifact (decoration)
  bool plain = false;  ///< Field: no border (table cells, signature lines)
  int option = -1;     ///< Field of a choice: the option's index (one radio-button widget each)
};

/// A vertical slice the paginator never breaks.
struct Unit {
  double height = 0;
  double space_before = 0;       ///< dropped at the top of a page
  bool keep_with_next = false;
  bool page_break_before = false;
  int table = -1;                ///< table id for table rows
  bool table_header = false;     ///< the table's header row, repeated after a page break
  double first_baseline = 0;     ///< baseline of the first text line (list markers align to it)
  std::vector<Item> items;
  std::string dest;              ///< named destination at the unit's top ("" = none)
  int outline_level = 0;         ///< > 0: a bookmark at this level
  std::string outline_title;
};

/// A structure element (tagged PDF). Element 0 is the Document.
struct StructElem {
  std::string role;
  int parent = -1;
  std::string alt;               ///< /Alt (figures) or /E
  std::string scope;             ///< TH: "Column" or "Row"
  std::string list_numbering;    ///< L: "Disc", "Decimal"
};

struct StructTree {
  std::vector<StructElem> elems{StructElem{"Document", -1, "", "", ""}};
  int add(const std::string& role, int parent) {
    elems.push_back(StructElem{role, parent, "", "", ""});
    return int(elems.size()) - 1;
  }
};

/// A fill-in field as placed in this PDF: the page's field and the name of its parent (bundle).
struct FieldSlot {
  const model::Field* field = nullptr;
  std::string parent;            ///< "" = top-level field
};

/// Where a link goes: an absolute URI, or a named destination inside the document.
struct LinkTarget {
  std::string uri;
  std::string dest;
  std::string label;  ///< the link's text (annotation /Contents)
};

/// A picture to embed: its file's bytes (PNG or JPEG) and its size in pixels.
struct ImageData {
  std::string path;   ///< where it came from ("assets/img/a.png"), for messages
  std::string bytes;
  bool png = false;   ///< PNG; otherwise JPEG
  int width = 0, height = 0;
};

/// Everything laid out for one PDF.
struct DocLayout {
  std::vector<Unit> units;
  StructTree tree;
  std::vector<FieldSlot> fields;
  std::vector<LinkTarget> links;
  std::vector<ImageData> images;
};

/// A unit placed on a page at `y` below the body's top. A repeated table header is an artifact.
struct Placement {
  int unit = 0;
  double y = 0;
  bool repeated = false;
};
using PageLayout = std::vector<Placement>;

/// Places units on pages of body height body_h.
std::vector<PageLayout> paginate(const std::vector<Unit>& units, double body_h);

/// Splits a list of line heights into consecutive groups no taller than max_h (one line at least).
std::vector<std::size_t> group_lines(const std::vector<double>& heights, double max_h);

}  // namespace tk::pdf
