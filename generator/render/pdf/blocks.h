// Lays a page's document tree out as units (pure): paragraphs, headings, lists, quotes, code,
// tables and fill-in fields, each tagged with its structure element.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "doc/ast.h"
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

class BodyBuilder {
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
  void paragraph(const doc::Node& n, const Ctx& ctx, double space_before);
  void heading(const doc::Node& n, const Ctx& ctx);
  void list(const doc::Node& n, const Ctx& ctx, double space_before);
  void quote(const doc::Node& n, const Ctx& ctx, double space_before);
  void code_block(const doc::Node& n, const Ctx& ctx, double space_before);
  void field_block(const doc::Node& n, const Ctx& ctx, double space_before);      // fields.cc
  /// A checkbox or (option >= 0) a choice's radio button with its label beside it, as a P; returns it.
  int boxed_label(const std::string& label, int field, int option, const Ctx& ctx, double space_before);
  bool signature_with_date(const doc::Node& a, const doc::Node& b) const;          // fields.cc
  void signature_pair(const doc::Node& sig, const doc::Node& date, const Ctx& ctx, double space_before);
  void table(const doc::Node& n, const Ctx& ctx, double space_before);  // tables.cc
  double block_gap(const doc::Node& n, const Ctx& ctx, bool first) const;
  /// A field box run for field index `field` of the current page.
  Run field_run(int field, double width, const Ctx& ctx, int block_tag);
  int slot(int field) const { return field_base_ + field; }
  const model::Field& field(int index) const;

  DocLayout& out_;
  Measure measure_;
  LinkResolver links_;
  const model::Page* page_ = nullptr;
  int field_base_ = 0;
  std::string dest_prefix_;
  int outline_level_ = 0;
  int tables_ = 0;
  FileSource files_;
};

/// Appends the items of one line whose top is at `top` and whose frags start at x (see emit_lines).
void line_items(const Line& line, const std::vector<Run>& runs, double x, double top, int tag,
                std::vector<Item>& out);

/// The body context for a page: full body width, document text style.
Ctx body_ctx(int tag);

/// The single-line label shown and announced for a field (a date names its format).
std::string field_tooltip(const model::Field& f);

}  // namespace tk::pdf
