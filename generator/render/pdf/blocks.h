// Lays a page's document tree out as units (pure): paragraphs, headings, lists, quotes, code,
// tables and fill-in fields, each tagged with its structure element.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "doc/walk.h"
#include "model/site.h"
#include "render/pdf/flow.h"
#include "render/pdf/images.h"

namespace tk::pdf {

/// Where a block is laid out and how its text looks.
struct Ctx {
  double x = 0, w = 0;       ///< left edge (from the page's left) and width
  int tag = 0;               ///< parent structure element
  Color color;
  double size = 10;
  bool italic = false;
  bool tight = false;        ///< inside a tight list item
  int depth = 0;             ///< list nesting
};

/// Resolves a link URL from the tree (site path or external) to a target in this PDF.
using LinkResolver = std::function<LinkTarget(const std::string& url)>;

/// Lays out a page's tree as a visitor of doc::walk (see doc/walk.h): blocks on the way in, what
/// follows their children (list markers, quote bars, a table once all its cells are measured) on
/// the way out; inline content (paragraphs, headings, cells) through a walk of its own (InlineRuns).
class BodyBuilder : private doc::Visitor {
 public:
  BodyBuilder(DocLayout& out, Measure measure, LinkResolver links);

  /// Starts a page's body: its fields become slots (named under `field_parent` when not empty), its
  /// heading ids become destinations named dest_prefix + id, and H2/H3 become bookmarks at
  /// outline_level and outline_level + 1 (0 = no bookmarks).
  void begin_page(const model::Page& page, const std::string& field_parent, const std::string& dest_prefix,
                  int outline_level);
  /// Lays out the block children of `container`; first_gap (>= 0) replaces the first block's gap.
  void blocks(const doc::Node& container, const Ctx& ctx, double first_gap = -1);

  /// A block of styled text as a `role` element (returns it); lines become units.
  int text_block(const std::vector<Run>& runs, const Ctx& ctx, const std::string& role, double space_before,
                 bool keep_with_next = false);
  /// Emits lines of runs as units tagged `tag` (runs with their own tag keep it).
  void emit_lines(const std::vector<Line>& lines, const std::vector<Run>& runs, const Ctx& ctx, int tag,
                  double space_before, bool keep_all);
  /// A plain run in the context's style.
  Run run(const std::string& text, const Ctx& ctx, Face face = Face::Regular) const;
  /// The runs of inline children, tagged under block_tag (links and fields get their own elements).
  void inlines(const doc::Node& n, const Ctx& ctx, bool bold, bool italic, bool code, int block_tag,
               int link, std::vector<Run>& out);
  /// Adds a link target and returns its index.
  int add_link(const LinkTarget& t);
  /// Reads pictures from `files`: a paragraph of PNG or JPEG images becomes figures (without a
  /// source, or for other formats, an image is its alt text in brackets).
  void set_files(FileSource files) { files_ = std::move(files); }
  /// A picture (a site path) as a Figure with /Alt (an artifact when alt is empty); false when it
  /// cannot be read or is not a PNG or JPEG (nothing is added then).
  bool figure(const std::string& site_path, const std::string& alt, const Ctx& ctx, double space_before);
  /// A full-width decorative rule unit.
  void rule(const Ctx& ctx, double space_before, Color color, double width);

  DocLayout& out() { return out_; }
  const Measure& measure() const { return measure_; }

 private:
  friend class InlineRuns;

  /// A table as the walk meets it: each cell's runs and measure, laid out when the table ends (tables.cc).
  struct TableCellBuild {
    int tag = -1;
    std::vector<Run> runs;
    int field = -1;   ///< field index on the page (an empty cell that is a multi-line field)
    char align = 'l';
    std::vector<Line> lines;
  };
  struct TableRowBuild {
    bool header = false;
    int tag = -1;
    std::vector<TableCellBuild> cells;
  };
  struct TableBuild {
    bool open = false;
    int id = 0, tag = -1;
    std::size_t ncols = 0;
    Ctx ctx;
    double space_before = 0;
    std::vector<char> aligns;
    std::vector<TableRowBuild> rows;
    std::vector<double> min_w, max_w;
  };

  /// A node whose children are blocks (the walk's start, an item, a quote), as laid out.
  struct Container {
    Ctx ctx;
    double first_gap = -1;      ///< >= 0: the first block's gap
    std::size_t start = 0;      ///< the first unit laid out inside it
    int lbl = -1;               ///< Item: its Lbl element
    std::size_t skip = SIZE_MAX;  ///< a child already laid out with the one before it (a signature's date)
  };
  /// An open list: its element, the next number, where it is.
  struct ListState {
    int tag = -1;
    int number = 1;
    Ctx ctx;
    double space_before = 0;
  };

  bool enter(const doc::Step& at) override;
  void exit(const doc::Step& at) override;
  bool block(const doc::Step& at);
  void walk(const doc::Node& n, doc::Visitor& v) const;

  void paragraph(const doc::Node& n, const Ctx& ctx, double space_before);
  bool figures(const doc::Node& n, const Ctx& ctx, double space_before);
  void heading(const doc::Node& n, const Ctx& ctx);
  void heading_rule(const Ctx& ctx);
  void begin_list(const doc::Node& n, const Ctx& ctx, double space_before);
  void begin_item(const doc::Step& at);
  void end_item(const doc::Step& at);
  void list_marker(const doc::Node& item, const Container& c, ListState& l, bool ordered);
  void begin_quote(const Ctx& ctx, double space_before);
  void end_quote();
  void code_block(const doc::Node& n, const Ctx& ctx, double space_before);
  void field_block(const doc::Node& n, const Ctx& ctx, double space_before);      // fields.cc
  /// A checkbox or (option >= 0) a choice's radio button with its label beside it, as a P; returns it.
  int boxed_label(const std::string& label, int field, int option, const Ctx& ctx, double space_before);
  bool signature_with_date(const doc::Node& a, const doc::Node& b) const;          // fields.cc
  void signature_pair(const doc::Node& sig, const doc::Node& date, const Ctx& ctx, double space_before);
  // Tables (tables.cc): rows and cells are collected as the walk meets them, laid out at the end.
  bool begin_table(const doc::Node& n, const Ctx& ctx, double space_before);
  void begin_row(const doc::Node& row);
  void table_cell(const doc::Step& at);
  void end_row();
  void end_table();
  void add_cell(TableCellBuild cell, std::size_t column);
  double row_lines(TableRowBuild& row, const std::vector<double>& widths);
  void row_units(TableRowBuild& row, const std::vector<double>& widths, double content_h, double& header_h,
                 bool& first);
  double block_gap(const doc::Node& n, const Ctx& ctx, bool first) const;
  /// A field box run for field index `field` of the current page.
  Run field_run(int field, double width, const Ctx& ctx, int block_tag);
  int slot(int field) const { return field_base_ + field; }
  /// The current page's field (the walk checked the index: doc/walk.h).
  const model::Field& field(int index) const { return page_->fields[std::size_t(index)]; }

  DocLayout& out_;
  Measure measure_;
  LinkResolver links_;
  const model::Page* page_ = nullptr;
  int field_base_ = 0;
  std::string dest_prefix_;
  int outline_level_ = 0;
  int tables_ = 0;
  FileSource files_;
  std::vector<Container> containers_;
  std::vector<ListState> lists_;
  TableBuild table_;
};

/// Appends the items of one line whose top is at `top` and whose frags start at x (see emit_lines).
void line_items(const Line& line, const std::vector<Run>& runs, double x, double top, int tag,
                std::vector<Item>& out);

/// The body context for a page: full body width, document text style.
Ctx body_ctx(int tag);

/// The single-line label shown and announced for a field (a date names its format).
std::string field_tooltip(const model::Field& f);

}  // namespace tk::pdf
