// Table layout: rows and cells collected as doc::walk meets them, then column widths from content,
// one unit per row (the header repeats), field cells.
#include <algorithm>

#include "render/pdf/blocks.h"
#include "render/pdf/style.h"

namespace tk::pdf {
namespace {

// Column widths (padding included) that fill `avail`. Everything fits: widths grow in proportion.
// Otherwise narrow columns keep their natural width and the rest share what is left, each getting
// its longest word plus a share of the remainder in proportion to how much more it would like.
std::vector<double> column_widths(const std::vector<double>& min_w, const std::vector<double>& max_w, double avail) {
  const double pad = 2 * style::kCellPad;
  const std::size_t n = min_w.size();
  std::vector<double> w(n, 0);
  double natural = 0;
  for (std::size_t c = 0; c < n; ++c) natural += max_w[c] + pad;
  if (natural <= avail) {
    for (std::size_t c = 0; c < n; ++c) w[c] = (max_w[c] + pad) * avail / natural;
    return w;
  }
  std::vector<bool> fixed(n, false);
  double left = avail;
  for (std::size_t c = 0; c < n; ++c)
    if (max_w[c] + pad <= avail / double(n)) fixed[c] = true, w[c] = max_w[c] + pad, left -= w[c];
  double minsum = 0, flex = 0;
  for (std::size_t c = 0; c < n; ++c)
    if (!fixed[c]) minsum += min_w[c] + pad, flex += max_w[c] - min_w[c];
  for (std::size_t c = 0; c < n; ++c) {
    if (fixed[c]) continue;
    if (minsum >= left || flex <= 0) w[c] = (min_w[c] + pad) * left / minsum;
    else w[c] = min_w[c] + pad + (left - minsum) * (max_w[c] - min_w[c]) / flex;
  }
  return w;
}

}  // namespace

bool BodyBuilder::begin_table(const doc::Node& n, const Ctx& ctx, double space_before) {
  int id = tables_++;
  int table_tag = out_.tree.add("Table", ctx.tag);
  std::size_t ncols = n.aligns().size();
  for (const auto& r : n.children) ncols = std::max(ncols, r.children.size());
  table_ = TableBuild{};
  if (ncols == 0) return false;
  table_.open = true;
  table_.id = id;
  table_.tag = table_tag;
  table_.ncols = ncols;
  table_.ctx = ctx;
  table_.space_before = space_before;
  table_.aligns = n.aligns();
  table_.min_w.assign(ncols, 12);
  table_.max_w.assign(ncols, 12);
  return true;
}

void BodyBuilder::begin_row(const doc::Node& row) {
  TableRowBuild r;
  r.header = row.header;
  r.tag = out_.tree.add("TR", table_.tag);
  table_.rows.push_back(std::move(r));
}

// A cell's element and runs (its content walked for the runs); an empty cell that is a field keeps
// its field for a box.
void BodyBuilder::table_cell(const doc::Step& at) {
  const doc::Node& cn = at.node;
  TableRowBuild& row = table_.rows.back();
  TableCellBuild cell;
  cell.tag = out_.tree.add(row.header ? "TH" : "TD", row.tag);
  if (row.header) out_.tree.elems[std::size_t(cell.tag)].scope = "Column";
  Ctx cc = table_.ctx;
  cc.size = style::kTable;
  inlines(cn, cc, row.header, false, false, cell.tag, -1, cell.runs);
  if (cn.field >= 0 && !row.header) cell.field = cn.field;
  add_cell(std::move(cell), at.index);
}

// A row with fewer cells than the table has columns is filled with empty ones.
void BodyBuilder::end_row() {
  TableRowBuild& row = table_.rows.back();
  for (std::size_t c = row.cells.size(); c < table_.ncols; ++c) {
    TableCellBuild cell;
    cell.tag = out_.tree.add(row.header ? "TH" : "TD", row.tag);
    if (row.header) out_.tree.elems[std::size_t(cell.tag)].scope = "Column";
    add_cell(std::move(cell), c);
  }
}

// The cell's alignment, and its column's narrowest and widest measure.
void BodyBuilder::add_cell(TableCellBuild cell, std::size_t c) {
  cell.align = c < table_.aligns.size() && table_.aligns[c] ? table_.aligns[c] : 'l';
  Extent e = measure_runs(cell.runs, measure_);
  if (cell.field >= 0) e = {std::max(e.min, style::kCellFieldMinW), std::max(e.max, style::kCellFieldMaxW)};
  table_.min_w[c] = std::max(table_.min_w[c], e.min);
  table_.max_w[c] = std::max(table_.max_w[c], e.max);
  table_.rows.back().cells.push_back(std::move(cell));
}

void BodyBuilder::end_table() {
  if (!table_.open) return;
  std::vector<double> widths = column_widths(table_.min_w, table_.max_w, table_.ctx.w);
  double header_h = 0;
  bool first = true;
  for (TableRowBuild& row : table_.rows) row_units(row, widths, row_lines(row, widths), header_h, first);
  table_ = TableBuild{};
}

// Breaks each cell of a row into lines; returns the row's content height.
double BodyBuilder::row_lines(TableRowBuild& row, const std::vector<double>& widths) {
  const double pad = style::kCellPad;
  double content_h = 0;
  for (std::size_t c = 0; c < table_.ncols; ++c) {
    TableCellBuild& cell = row.cells[c];
    cell.lines = break_lines(cell.runs, widths[c] - 2 * pad, measure_, cell.align);
    double h = 0;
    for (const Line& l : cell.lines) h += l.height();
    if (cell.field >= 0) h = std::max(h, style::kCellFieldH);
    content_h = std::max(content_h, h);
  }
  return content_h;
}

// A row as units: one, or (a row taller than a page) several cut between lines, never mid-line.
void BodyBuilder::row_units(TableRowBuild& row, const std::vector<double>& widths, double content_h, double& header_h,
                            bool& first) {
  const double pad = style::kCellPad;
  const std::size_t ncols = table_.ncols;
  double limit = style::kBodyH - header_h - 2 * pad - 12;
  std::vector<std::vector<std::size_t>> groups(ncols);
  std::size_t chunks = 1;
  for (std::size_t c = 0; c < ncols; ++c) {
    std::vector<double> hs;
    for (const Line& l : row.cells[c].lines) hs.push_back(l.height());
    groups[c] = content_h > limit ? group_lines(hs, limit) : std::vector<std::size_t>{hs.size()};
    chunks = std::max(chunks, groups[c].size());
  }
  std::vector<std::size_t> next_line(ncols, 0);
  for (std::size_t k = 0; k < chunks; ++k) {
    Unit u;
    u.table = table_.id;
    u.table_header = row.header;
    u.keep_with_next = row.header;
    u.space_before = first ? table_.space_before : 0;
    first = false;
    double h = 0;
    for (std::size_t c = 0; c < ncols; ++c) {
      const TableCellBuild& cell = row.cells[c];
      std::size_t count = k < groups[c].size() ? groups[c][k] : 0;
      double ch = 0;
      for (std::size_t i = 0; i < count; ++i) ch += cell.lines[next_line[c] + i].height();
      if (cell.field >= 0 && k == 0) ch = std::max(ch, style::kCellFieldH);
      h = std::max(h, ch);
    }
    u.height = std::max(h + 2 * pad, 20.0);
    std::vector<Item> fills, text;
    double x = table_.ctx.x;
    for (std::size_t c = 0; c < ncols; ++c) {
      const TableCellBuild& cell = row.cells[c];
      Item box;
      box.x = x;
      box.w = widths[c];
      box.h = u.height;
      if (row.header) {
        box.kind = ItemKind::Fill;
        box.color = style::kTableHead;
        fills.push_back(box);
      }
      box.kind = ItemKind::Frame;
      box.color = style::kRule;
      box.line_width = 0.6;
      fills.push_back(box);
      std::size_t count = k < groups[c].size() ? groups[c][k] : 0;
      double top = pad;
      for (std::size_t i = 0; i < count; ++i) {
        const Line& l = cell.lines[next_line[c] + i];
        line_items(l, cell.runs, x + pad, top, cell.tag, text);
        if (i == 0 && u.first_baseline == 0) u.first_baseline = top + l.ascent;
        top += l.height();
      }
      next_line[c] += count;
      if (cell.field >= 0 && k == 0) {
        Item f;
        f.kind = ItemKind::Field;
        f.x = x + 2;
        f.y = 2;
        f.w = widths[c] - 4;
        f.h = u.height - 4;
        f.ref = slot(cell.field);
        f.plain = true;
        f.tag = out_.tree.add("Form", cell.tag);
        text.push_back(f);
      }
      x += widths[c];
    }
    u.items = std::move(fills);
    u.items.insert(u.items.end(), text.begin(), text.end());
    if (row.header) header_h = u.height;
    out_.units.push_back(std::move(u));
  }
}

}  // namespace tk::pdf
