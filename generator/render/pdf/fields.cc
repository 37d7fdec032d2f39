// Fill-in field blocks: multi-line boxes, labelled one-line and date boxes, checkboxes, and
// signature lines (a signature followed by its date share one line).
#include <algorithm>

#include "render/pdf/blocks.h"
#include "render/pdf/style.h"

namespace tk::pdf {

using doc::Kind;
using model::FieldType;

namespace {

constexpr double kRadioW = 16;  // a checkbox or radio button and the gap before its label

// A field drawn over a signature line, `w` wide at x.
void line_field(Unit& u, double x, double w, int slot, int tag) {
  Item it;
  it.kind = ItemKind::Field;
  it.x = x;
  it.y = 2;
  it.w = w;
  it.h = 26;
  it.ref = slot;
  it.tag = tag;
  it.plain = true;
  Item line;
  line.kind = ItemKind::Rule;
  line.x = x;
  line.y = 29;
  line.w = w;
  line.line_width = 0.8;
  line.color = style::kText;
  u.items.push_back(it);
  u.items.push_back(line);
}

}  // namespace

bool BodyBuilder::signature_with_date(const doc::Node& a, const doc::Node& b) const {
  if (a.kind != Kind::FieldBlock || b.kind != Kind::FieldBlock) return false;
  return field(a.field).type == FieldType::Signature && field(b.field).type == FieldType::Date &&
         field(a.field).help.empty() && field(b.field).help.empty();
}

void BodyBuilder::signature_pair(const doc::Node& sig, const doc::Node& date, const Ctx& ctx, double space_before) {
  const double gutter = 24, date_w = std::min(150.0, ctx.w / 3);
  const double sig_w = std::min(300.0, ctx.w - date_w - gutter), date_x = ctx.x + sig_w + gutter;
  Unit u;
  u.space_before = space_before + 8;
  u.height = 30;
  u.keep_with_next = true;
  line_field(u, ctx.x, sig_w, slot(sig.field), out_.tree.add("Form", ctx.tag));
  line_field(u, date_x, date_w, slot(date.field), out_.tree.add("Form", ctx.tag));
  out_.units.push_back(std::move(u));
  // The two labels under the lines, each wrapped to its own width.
  Ctx small = ctx;
  small.size = style::kSmall;
  small.color = style::kMuted;
  struct Col {
    double x, w;
    std::vector<Run> runs;
    std::vector<Line> lines;
  } cols[2] = {{ctx.x, sig_w, {run(field(sig.field).label, small)}, {}},
               {date_x, date_w, {run(field(date.field).label + " (mm/dd/yyyy)", small)}, {}}};
  std::size_t rows = 0;
  for (Col& c : cols) {
    int p = out_.tree.add("P", ctx.tag);
    c.runs[0].tag = p;
    c.lines = break_lines(c.runs, c.w, measure_);
    rows = std::max(rows, c.lines.size());
  }
  for (std::size_t r = 0; r < rows; ++r) {
    Unit l;
    l.space_before = r == 0 ? 2 : 0;
    l.keep_with_next = r + 1 < rows;
    for (Col& c : cols)
      if (r < c.lines.size()) {
        l.height = std::max(l.height, c.lines[r].height());
        line_items(c.lines[r], c.runs, c.x, 0, c.runs[0].tag, l.items);
      }
    out_.units.push_back(std::move(l));
  }
}

int BodyBuilder::boxed_label(const std::string& label, int field, int option, const Ctx& ctx, double space_before) {
  Ctx cc = ctx;
  cc.x += kRadioW;
  cc.w -= kRadioW;
  std::size_t start = out_.units.size();
  int p = text_block({run(label, cc)}, cc, "P", space_before);
  Unit& u0 = out_.units[start];
  Item box;
  box.kind = ItemKind::Field;
  box.x = ctx.x;
  box.y = u0.first_baseline - style::kCheckSize + 1.5;
  box.w = box.h = style::kCheckSize;
  box.ref = slot(field);
  box.option = option;
  box.tag = out_.tree.add("Form", p);
  u0.items.insert(u0.items.begin(), box);
  return p;
}

void BodyBuilder::field_block(const doc::Node& n, const Ctx& ctx, double space_before) {
  const model::Field& f = field(n.field);
  Ctx small = ctx;
  small.size = style::kSmall;
  small.color = style::kMuted;
  auto help = [&](double gap) {
    if (!f.help.empty()) text_block({run(f.help, small, Face::Italic)}, ctx, "P", gap);
  };
  switch (f.type) {
    case FieldType::Multiline: {
      text_block({run(f.label, ctx, Face::Bold)}, ctx, "P", space_before, true);
      if (!f.help.empty()) text_block({run(f.help, small, Face::Italic)}, ctx, "P", 1, true);
      Unit u;
      u.space_before = 3;
      u.height = std::max(2, f.lines) * style::kFieldLineH + 6;
      Item it;
      it.kind = ItemKind::Field;
      it.x = ctx.x;
      it.w = ctx.w;
      it.h = u.height;
      it.ref = slot(n.field);
      it.tag = out_.tree.add("Form", ctx.tag);
      u.items.push_back(it);
      out_.units.push_back(std::move(u));
      break;
    }
    case FieldType::Signature: {
      Unit u;
      u.space_before = space_before + 8;
      u.height = 30;
      u.keep_with_next = true;
      line_field(u, ctx.x, std::min(ctx.w, 300.0), slot(n.field), out_.tree.add("Form", ctx.tag));
      out_.units.push_back(std::move(u));
      text_block({run(f.label, small)}, ctx, "P", 2, !f.help.empty());
      help(1);
      break;
    }
    case FieldType::Checkbox:
      boxed_label(f.label, n.field, -1, ctx, space_before);
      help(1);
      break;
    case FieldType::Choice: {
      // The question, then one radio button per option with its label beside it: all on one line when
      // they fit ("( ) Yes   ( ) No"), else one option per line.
      text_block({run(f.label, ctx, Face::Bold)}, ctx, "P", space_before, true);
      if (!f.help.empty()) text_block({run(f.help, small, Face::Italic)}, ctx, "P", 1, true);
      const double gap = 18;
      double one_line = 0;
      for (const std::string& o : f.options)
        one_line += kRadioW + measure_(Face::Regular, "\u00A0" + o, ctx.size) + gap;
      if (one_line - gap <= ctx.w) {
        int p = out_.tree.add("P", ctx.tag);
        std::vector<Run> runs;
        for (std::size_t i = 0; i < f.options.size(); ++i) {
          Run box;
          box.field = slot(n.field);
          box.option = int(i);
          box.box_w = box.box_h = style::kCheckSize;
          box.size = ctx.size;
          box.tag = out_.tree.add("Form", p);
          runs.push_back(box);
          // A no-break space keeps each label with its button; no-break spaces keep the gap to the next.
          runs.push_back(run("\u00A0" + f.options[i] + (i + 1 < f.options.size() ? "\u00A0\u00A0\u00A0\u00A0 " : ""), ctx));
          runs.back().tag = p;
        }
        const std::size_t start = out_.units.size();
        emit_lines(break_lines(runs, ctx.w, measure_), runs, ctx, p, 3, false);
        // The buttons sit on the line as a checkbox does beside its label.
        for (std::size_t u = start; u < out_.units.size(); ++u)
          for (Item& it : out_.units[u].items)
            if (it.option >= 0) it.y = out_.units[u].first_baseline - style::kCheckSize + 1.5;
      } else {
        for (std::size_t i = 0; i < f.options.size(); ++i) boxed_label(f.options[i], n.field, int(i), ctx, i ? 2 : 3);
      }
      break;
    }
    case FieldType::Text:
    case FieldType::Date: {
      int p = out_.tree.add("P", ctx.tag);
      bool date = f.type == FieldType::Date;
      std::vector<Run> runs{run(date ? f.label : f.label + ":", ctx)};
      runs.back().tag = p;
      if (date) {
        Run fmt = run(" (mm/dd/yyyy):", small);
        fmt.tag = p;
        runs.push_back(fmt);
      }
      runs.push_back(run(" ", ctx));
      runs.back().tag = p;
      // A text box that does not fit beside its label goes under it at the full width, room for a long
      // answer (the viewer shrinks the text to fit: /DA ... 0 Tf).
      double box_w = date ? 100 : 288;
      if (!date && measure_runs(runs, measure_).max + box_w > ctx.w) box_w = ctx.w;
      runs.push_back(field_run(n.field, box_w, ctx, p));
      emit_lines(break_lines(runs, ctx.w, measure_), runs, ctx, p, space_before, false);
      help(1);
      break;
    }
  }
}

}  // namespace tk::pdf
