// Block layout: the document tree's paragraphs, headings, lists, quotes, code and fields as units, as a
// visitor of doc/walk.h.
#include "render/pdf/blocks.h"

#include <algorithm>
#include <cmath>

#include "render/pdf/style.h"

namespace tk::pdf {

using doc::Kind;
using model::FieldType;

Ctx body_ctx(int tag) {
  Ctx c;
  c.x = style::kMarginX;
  c.w = style::kBodyW;
  c.tag = tag;
  c.color = style::kText;
  c.size = style::kBody;
  return c;
}

std::string field_tooltip(const model::Field& f) {
  const std::string& label = model::accessible_label(f);
  return f.type == FieldType::Date ? label + " (mm/dd/yyyy)" : label;
}

void line_items(const Line& line, const std::vector<Run>& runs, double x, double top, int tag,
                std::vector<Item>& out) {
  double base = top + line.ascent;
  for (const Frag& f : line.frags) {
    const Run& r = runs[std::size_t(f.run)];
    int t = r.tag >= 0 ? r.tag : tag;
    Item it;
    it.x = x + f.x;
    it.w = f.w;
    it.tag = t;
    if (r.field >= 0) {
      it.kind = ItemKind::Field;
      it.y = base + kBoxDrop - r.box_h;
      it.h = r.box_h;
      it.ref = r.field;
      it.option = r.option;
      out.push_back(it);
      continue;
    }
    if (f.text.find_first_not_of(' ') != std::string::npos) {
      it.kind = ItemKind::Text;
      it.y = base;
      it.face = r.face;
      it.size = r.size;
      it.color = r.color;
      it.text = f.text;
      out.push_back(it);
    }
    auto rule = [&](double y) {
      Item u;
      u.kind = ItemKind::Rule;
      u.x = it.x;
      u.y = y;
      u.w = f.w;
      u.line_width = std::max(0.5, r.size / 20);
      u.color = r.color;
      out.push_back(u);
    };
    if (r.underline) rule(base + 1.4);
    if (r.strike) rule(base - r.size * 0.28);
    if (r.link >= 0) {
      if (!out.empty() && out.back().kind == ItemKind::Link && out.back().ref == r.link &&
          std::abs(out.back().x + out.back().w - it.x) < 0.5) {
        out.back().w += f.w;
        continue;
      }
      Item l;
      l.kind = ItemKind::Link;
      l.x = it.x;
      l.y = base - r.size * 0.95;
      l.w = f.w;
      l.h = r.size * 1.25;
      l.ref = r.link;
      l.tag = t;
      out.push_back(l);
    }
  }
}

BodyBuilder::BodyBuilder(DocLayout& out, Measure measure, LinkResolver links)
    : out_(out), measure_(std::move(measure)), links_(std::move(links)) {}

void BodyBuilder::begin_page(const model::Page& page, const std::string& field_parent, const std::string& dest_prefix,
                             int outline_level) {
  page_ = &page;
  field_base_ = int(out_.fields.size());
  for (const auto& f : page.fields) out_.fields.push_back(FieldSlot{&f, field_parent});
  dest_prefix_ = dest_prefix;
  outline_level_ = outline_level;
}

Run BodyBuilder::run(const std::string& text, const Ctx& ctx, Face face) const {
  Run r;
  r.text = text;
  r.face = ctx.italic && face == Face::Regular ? Face::Italic : ctx.italic && face == Face::Bold ? Face::BoldItalic : face;
  r.size = ctx.size;
  r.color = ctx.color;
  return r;
}

int BodyBuilder::add_link(const LinkTarget& t) {
  out_.links.push_back(t);
  return int(out_.links.size()) - 1;
}

Run BodyBuilder::field_run(int index, double width, const Ctx& ctx, int block_tag) {
  Run r;
  r.field = slot(index);
  r.box_w = std::max(style::kMinFieldW, width);
  r.box_h = style::kFieldH;
  r.size = ctx.size;
  r.tag = out_.tree.add("Form", block_tag);
  return r;
}

// The runs of a node's inline content, walked by doc::walk: each emphasis, link or strike opens a
// frame on the way in (the formatting of what it holds) and finishes its runs on the way out.
class InlineRuns : public doc::Visitor {
 public:
  InlineRuns(BodyBuilder& b, const Ctx& ctx, bool bold, bool italic, bool code, int block_tag, int link,
             std::vector<Run>& out)
      : b_(b), ctx_(ctx), out_(out) {
    frames_.push_back(Frame{bold, italic, code, block_tag, link, out.size()});
  }

  bool enter(const doc::Step& at) override {
    if (!at.parent) return true;  // the paragraph, heading or cell whose content this is
    const doc::Node& c = at.node;
    const Frame& f = frames_.back();
    switch (c.kind) {
      case Kind::Text:
      case Kind::Code: {
        Run r = b_.run(c.text, ctx_, face_for(f.bold, f.italic || ctx_.italic, f.code || c.kind == Kind::Code));
        if (r.face == Face::Mono) r.size = ctx_.size * 0.92;
        push(r);
        break;
      }
      case Kind::Emph: open(Frame{f.bold, true, f.code, f.block_tag, f.link, out_.size()}); break;
      case Kind::Strong: open(Frame{true, f.italic, f.code, f.block_tag, f.link, out_.size()}); break;
      case Kind::Strike: open(Frame{f.bold, f.italic, f.code, f.block_tag, f.link, out_.size()}); break;
      case Kind::Link: {
        LinkTarget t = b_.links_(c.url());
        t.label = doc::plain_text(c);
        int target = b_.add_link(t);
        int elem = b_.out_.tree.add("Link", f.block_tag);
        open(Frame{f.bold, f.italic, f.code, elem, target, out_.size()});
        break;
      }
      case Kind::Image: {
        std::string alt = doc::plain_text(c);
        if (!alt.empty()) push(b_.run("[Image: " + alt + "]", ctx_, face_for(f.bold, true)));
        return false;  // the alt text is in the run
      }
      case Kind::SoftBreak: push(b_.run(" ", ctx_)); break;
      case Kind::LineBreak: {
        Run r = b_.run("", ctx_);
        r.hard_break = true;
        push(r);
        break;
      }
      case Kind::FieldInline: {
        double uw = b_.measure_(Face::Regular, "_", style::kBody);
        push(b_.field_run(c.field, b_.field(c.field).width * uw, ctx_, f.block_tag));
        break;
      }
      // Blocks never stand inside inline content (doc/walk.h's grammar: the walk refuses them).
      case Kind::Document:
      case Kind::Paragraph:
      case Kind::Heading:
      case Kind::List:
      case Kind::Item:
      case Kind::BlockQuote:
      case Kind::CodeBlock:
      case Kind::ThematicBreak:
      case Kind::Table:
      case Kind::TableRow:
      case Kind::TableCell:
      case Kind::FieldBlock: break;
    }
    return true;
  }

  void exit(const doc::Step& at) override {
    if (!at.parent) return;
    switch (at.node.kind) {
      case Kind::Emph:
      case Kind::Strong: frames_.pop_back(); break;
      case Kind::Strike:
        for (std::size_t i = frames_.back().before; i < out_.size(); ++i) out_[i].strike = true;
        frames_.pop_back();
        break;
      case Kind::Link: {
        const Frame& f = frames_.back();
        for (std::size_t i = f.before; i < out_.size(); ++i) {
          out_[i].link = f.link;
          out_[i].color = style::kLink;
          out_[i].underline = true;
        }
        frames_.pop_back();
        break;
      }
      case Kind::Text:
      case Kind::Code:
      case Kind::Image:
      case Kind::SoftBreak:
      case Kind::LineBreak:
      case Kind::FieldInline:
      case Kind::Document:
      case Kind::Paragraph:
      case Kind::Heading:
      case Kind::List:
      case Kind::Item:
      case Kind::BlockQuote:
      case Kind::CodeBlock:
      case Kind::ThematicBreak:
      case Kind::Table:
      case Kind::TableRow:
      case Kind::TableCell:
      case Kind::FieldBlock: break;
    }
  }

 private:
  struct Frame {
    bool bold, italic, code;
    int block_tag;  ///< the element untagged runs belong to (a Link's own element inside it)
    int link;       ///< the link target of a Link's frame
    std::size_t before;  ///< the first run inside it
  };

  void open(const Frame& f) { frames_.push_back(f); }
  void push(Run r) {
    if (r.tag < 0) r.tag = frames_.back().block_tag;
    out_.push_back(std::move(r));
  }

  BodyBuilder& b_;
  const Ctx& ctx_;
  std::vector<Run>& out_;
  std::vector<Frame> frames_;
};

void BodyBuilder::walk(const doc::Node& n, doc::Visitor& v) const {
  static const std::string no_source;
  doc::walk(n, v, page_ ? page_->fields.size() : 0, page_ ? page_->source_path : no_source);
}

void BodyBuilder::inlines(const doc::Node& n, const Ctx& ctx, bool bold, bool italic, bool code, int block_tag,
                          int link, std::vector<Run>& out) {
  InlineRuns v(*this, ctx, bold, italic, code, block_tag, link, out);
  walk(n, v);
}

void BodyBuilder::emit_lines(const std::vector<Line>& lines, const std::vector<Run>& runs, const Ctx& ctx, int tag,
                             double space_before, bool keep_all) {
  const std::size_t n = lines.size();
  for (std::size_t i = 0; i < n; ++i) {
    Unit u;
    u.height = lines[i].height();
    u.space_before = i == 0 ? space_before : 0;
    u.first_baseline = lines[i].ascent;
    u.keep_with_next = keep_all || (n >= 2 && i == 0) || (n >= 3 && i == n - 2);
    line_items(lines[i], runs, ctx.x, 0, tag, u.items);
    out_.units.push_back(std::move(u));
  }
}

int BodyBuilder::text_block(const std::vector<Run>& runs, const Ctx& ctx, const std::string& role, double space_before,
                            bool keep_with_next) {
  int elem = out_.tree.add(role, ctx.tag);
  std::vector<Run> tagged = runs;
  for (Run& r : tagged)
    if (r.tag < 0) r.tag = elem;
  emit_lines(break_lines(tagged, ctx.w, measure_), tagged, ctx, elem, space_before, keep_with_next);
  return elem;
}

void BodyBuilder::rule(const Ctx& ctx, double space_before, Color color, double width) {
  Unit u;
  u.space_before = space_before;
  u.height = 8;
  Item it;
  it.kind = ItemKind::Rule;
  it.x = ctx.x;
  it.y = 4;
  it.w = ctx.w;
  it.line_width = width;
  it.color = color;
  u.items.push_back(it);
  out_.units.push_back(std::move(u));
}

double BodyBuilder::block_gap(const doc::Node& n, const Ctx& ctx, bool first) const {
  (void)n;
  if (ctx.tight) return first ? 1.5 : 3;
  return style::kParaGap;
}

void BodyBuilder::blocks(const doc::Node& container, const Ctx& ctx, double first_gap) {
  std::vector<Container> outer = std::move(containers_);
  containers_.clear();
  containers_.push_back(Container{ctx, first_gap, out_.units.size(), -1, SIZE_MAX});
  walk(container, *this);
  containers_ = std::move(outer);
}

bool BodyBuilder::enter(const doc::Step& at) {
  if (!at.parent) return true;  // the container whose blocks these are
  const doc::Node& n = at.node;
  switch (n.kind) {
    case Kind::Paragraph:
    case Kind::Heading:
    case Kind::List:
    case Kind::BlockQuote:
    case Kind::CodeBlock:
    case Kind::ThematicBreak:
    case Kind::Table:
    case Kind::FieldBlock: return block(at);
    case Kind::Item: begin_item(at); return true;
    case Kind::TableRow: begin_row(n); return true;
    case Kind::TableCell: table_cell(at); return false;  // its inline content is measured with the cell
    // Inline content is laid out by the paragraph, heading or cell that holds it (InlineRuns), and
    // the walk starts at the Document: neither comes here.
    case Kind::Document:
    case Kind::Text:
    case Kind::Code:
    case Kind::Emph:
    case Kind::Strong:
    case Kind::Strike:
    case Kind::Link:
    case Kind::Image:
    case Kind::SoftBreak:
    case Kind::LineBreak:
    case Kind::FieldInline: break;
  }
  return false;
}

// A block in its container: its gap from the block before it, then the block itself.
bool BodyBuilder::block(const doc::Step& at) {
  Container& in = containers_.back();
  if (at.index == in.skip) return false;  // laid out with the block before it
  const doc::Node& c = at.node;
  const Ctx ctx = in.ctx;
  const bool first = at.index == 0;
  const double gap = first && in.first_gap >= 0 ? in.first_gap : block_gap(c, ctx, first);
  switch (c.kind) {
    case Kind::Paragraph: paragraph(c, ctx, gap); return false;
    case Kind::Heading: heading(c, ctx); return false;
    case Kind::List: begin_list(c, ctx, gap); return true;
    case Kind::BlockQuote: begin_quote(ctx, gap); return true;
    case Kind::CodeBlock: code_block(c, ctx, gap); return false;
    case Kind::ThematicBreak: rule(ctx, gap + 2, style::kRule, 0.75); return false;
    case Kind::Table: return begin_table(c, ctx, gap);
    case Kind::FieldBlock:
      if (const doc::Node* next = at.next(); next && signature_with_date(c, *next)) {
        signature_pair(c, *next, ctx, gap);
        in.skip = at.index + 1;
      } else {
        field_block(c, ctx, gap);
      }
      return false;
    case Kind::Document:
    case Kind::Item:
    case Kind::TableRow:
    case Kind::TableCell:
    case Kind::Text:
    case Kind::Code:
    case Kind::Emph:
    case Kind::Strong:
    case Kind::Strike:
    case Kind::Link:
    case Kind::Image:
    case Kind::SoftBreak:
    case Kind::LineBreak:
    case Kind::FieldInline: break;  // not blocks: enter() never sends them here
  }
  return false;
}

void BodyBuilder::exit(const doc::Step& at) {
  if (!at.parent) return;
  switch (at.node.kind) {
    case Kind::List: lists_.pop_back(); break;
    case Kind::Item: end_item(at); break;
    case Kind::BlockQuote: end_quote(); break;
    case Kind::TableRow: end_row(); break;
    case Kind::Table: end_table(); break;
    case Kind::Document:
    case Kind::Paragraph:
    case Kind::Heading:
    case Kind::CodeBlock:
    case Kind::ThematicBreak:
    case Kind::TableCell:
    case Kind::FieldBlock:
    case Kind::Text:
    case Kind::Code:
    case Kind::Emph:
    case Kind::Strong:
    case Kind::Strike:
    case Kind::Link:
    case Kind::Image:
    case Kind::SoftBreak:
    case Kind::LineBreak:
    case Kind::FieldInline: break;  // laid out on the way in
  }
}

bool BodyBuilder::figure(const std::string& site_path, const std::string& alt, const Ctx& ctx, double space_before) {
  if (!files_) return false;
  std::optional<std::string> bytes = files_(site_path);
  if (!bytes) return false;
  std::optional<ImageData> img = read_image(site_path.substr(1), std::move(*bytes));
  if (!img) return false;
  Unit u;
  u.space_before = space_before;
  Item it;
  it.kind = ItemKind::Image;
  it.x = ctx.x;
  image_box(img->width, img->height, ctx.w, style::kBodyH * 0.6, it.w, it.h);
  u.height = it.h;
  it.ref = int(out_.images.size());
  if (!alt.empty()) {
    it.tag = out_.tree.add("Figure", ctx.tag);
    out_.tree.elems[std::size_t(it.tag)].alt = alt;
  }
  out_.images.push_back(std::move(*img));
  u.items.push_back(it);
  out_.units.push_back(std::move(u));
  return true;
}

// A paragraph of pictures only (spaces and line breaks between them) is one figure each; false (and
// nothing added) when it holds anything else or one of them cannot be drawn.
bool BodyBuilder::figures(const doc::Node& n, const Ctx& ctx, double space_before) {
  bool pictures = files_ && !n.children.empty();
  bool any = false;
  for (const auto& c : n.children) {
    bool blank = c.kind == Kind::SoftBreak || c.kind == Kind::LineBreak ||
                 (c.kind == Kind::Text && c.text.find_first_not_of(" \t") == std::string::npos);
    any = any || c.kind == Kind::Image;
    pictures = pictures && (c.kind == Kind::Image || blank);
  }
  if (!pictures || !any) return false;
  std::size_t start = out_.units.size();
  std::size_t images = out_.images.size(), elems = out_.tree.elems.size();
  bool ok = true;
  double gap = space_before;
  for (const auto& c : n.children)
    if (c.kind == Kind::Image) {
      ok = ok && figure(c.url(), doc::plain_text(c), ctx, gap);
      gap = style::kParaGap;
    }
  if (ok) return true;
  out_.units.resize(start);  // one of them cannot be drawn: the whole paragraph as text
  out_.images.resize(images);
  out_.tree.elems.resize(elems);
  return false;
}

void BodyBuilder::paragraph(const doc::Node& n, const Ctx& ctx, double space_before) {
  if (figures(n, ctx, space_before)) return;
  int p = out_.tree.add("P", ctx.tag);
  std::vector<Run> runs;
  inlines(n, ctx, false, false, false, p, -1, runs);
  emit_lines(break_lines(runs, ctx.w, measure_), runs, ctx, p, space_before, false);
}

void BodyBuilder::heading(const doc::Node& n, const Ctx& ctx) {
  int level = std::clamp(static_cast<int>(n.level), 2, 6);
  Ctx hc = ctx;
  hc.size = level == 2 ? style::kH2 : level == 3 ? style::kH3 : style::kH4;
  hc.color = style::kHeading;
  double gap = level == 2 ? 18 : level == 3 ? 13 : 10;
  int h = out_.tree.add("H" + std::to_string(level), ctx.tag);
  std::vector<Run> runs;
  inlines(n, hc, true, level >= 5, false, h, -1, runs);
  std::size_t first = out_.units.size();
  emit_lines(break_lines(runs, ctx.w, measure_), runs, hc, h, gap, true);
  if (out_.units.size() == first) return;
  Unit& top = out_.units[first];
  if (!n.id().empty()) top.dest = dest_prefix_ + n.id();
  if (outline_level_ > 0 && level <= 3) {
    top.outline_level = outline_level_ + (level - 2);
    top.outline_title = doc::plain_text(n);
  }
  if (level == 2) heading_rule(ctx);
}

// The rule under an H2, drawn under its last line.
void BodyBuilder::heading_rule(const Ctx& ctx) {
  Unit& last = out_.units.back();
  Item r;
  r.kind = ItemKind::Rule;
  r.x = ctx.x;
  r.y = last.height + 1;
  r.w = ctx.w;
  r.line_width = 0.6;
  r.color = style::kRule;
  last.items.push_back(r);
  last.height += 3;
}

void BodyBuilder::begin_list(const doc::Node& n, const Ctx& ctx, double space_before) {
  int l = out_.tree.add("L", ctx.tag);
  bool checks = std::all_of(n.children.begin(), n.children.end(), [](const doc::Node& i) { return i.field >= 0; });
  out_.tree.elems[std::size_t(l)].list_numbering = n.ordered ? "Decimal" : checks ? "None" : "Disc";
  lists_.push_back(ListState{l, n.start, ctx, space_before});
}

// An item's blocks are laid out indented under its LBody; its marker is added when they are done.
void BodyBuilder::begin_item(const doc::Step& at) {
  const doc::Node& list = at.parent->node;
  const ListState& l = lists_.back();
  int li = out_.tree.add("LI", l.tag);
  int lbl = out_.tree.add("Lbl", li);
  int body = out_.tree.add("LBody", li);
  Ctx ic = l.ctx;
  ic.x += style::kListIndent;
  ic.w -= style::kListIndent;
  ic.tag = body;
  ic.tight = list.tight;
  ic.depth = l.ctx.depth + 1;
  double gap = at.first() ? l.space_before : (list.tight ? 3 : style::kParaGap);
  containers_.push_back(Container{ic, gap, out_.units.size(), lbl, SIZE_MAX});
}

void BodyBuilder::end_item(const doc::Step& at) {
  Container c = containers_.back();
  containers_.pop_back();
  ListState& l = lists_.back();
  if (out_.units.size() == c.start) {  // an empty item still gets its line
    Unit u;
    u.height = l.ctx.size * kLeading;
    u.first_baseline = l.ctx.size;
    u.space_before = c.first_gap;
    out_.units.push_back(u);
  }
  list_marker(at.node, c, l, at.parent->node.ordered);
}

// The bullet, number or checkbox at the item's first line.
void BodyBuilder::list_marker(const doc::Node& item, const Container& c, ListState& l, bool ordered) {
  const Ctx& ctx = l.ctx;
  const Ctx& ic = c.ctx;
  Unit& u0 = out_.units[c.start];
  Item m;
  m.y = u0.first_baseline;
  m.tag = c.lbl;
  m.face = Face::Regular;
  m.size = ctx.size;
  m.color = ctx.color;
  if (item.field >= 0) {
    m.kind = ItemKind::Field;
    m.x = ic.x - 15;
    m.w = m.h = style::kCheckSize;
    m.y = u0.first_baseline - style::kCheckSize + 1.5;
    m.ref = slot(item.field);
    m.tag = out_.tree.add("Form", c.lbl);
  } else if (ordered) {
    m.text = std::to_string(l.number++) + ".";
    m.x = ic.x - 5 - measure_(m.face, m.text, m.size);
  } else {
    m.text = ctx.depth % 2 == 0 ? "\u2022" : "\u25E6";
    m.x = ic.x - 11;
  }
  u0.items.insert(u0.items.begin(), m);
}

void BodyBuilder::begin_quote(const Ctx& ctx, double space_before) {
  Ctx qc = ctx;
  qc.tag = out_.tree.add("BlockQuote", ctx.tag);
  qc.x += style::kQuoteIndent;
  qc.w -= style::kQuoteIndent;
  qc.color = style::kMuted;
  containers_.push_back(Container{qc, space_before, out_.units.size(), -1, SIZE_MAX});
}

// The bar beside every unit of the quote.
void BodyBuilder::end_quote() {
  const Container c = containers_.back();
  containers_.pop_back();
  const Ctx& ctx = containers_.back().ctx;
  for (std::size_t i = c.start; i < out_.units.size(); ++i) {
    Unit& u = out_.units[i];
    double top = i == c.start ? 0 : -u.space_before;
    Item bar;
    bar.kind = ItemKind::Fill;
    bar.x = ctx.x + 2;
    bar.y = top;
    bar.w = 2.5;
    bar.h = u.height - top;
    bar.color = style::kQuoteBar;
    u.items.push_back(bar);
  }
}

void BodyBuilder::code_block(const doc::Node& n, const Ctx& ctx, double space_before) {
  int elem = out_.tree.add("Code", ctx.tag);
  constexpr double pad = 5;
  std::vector<Line> lines;
  std::vector<Run> runs;
  std::string text = n.text;
  while (!text.empty() && text.back() == '\n') text.pop_back();
  std::size_t start = 0;
  do {
    std::size_t end = text.find('\n', start);
    std::string src = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
    start = end == std::string::npos ? text.size() + 1 : end + 1;
    std::string nbsp;
    for (char c : src) nbsp += c == ' ' ? std::string("\u00A0") : c == '\t' ? std::string(4, ' ') : std::string(1, c);
    Run r;
    r.text = nbsp.empty() ? "\u00A0" : nbsp;
    r.face = Face::Mono;
    r.size = style::kCode;
    r.color = style::kText;
    r.tag = elem;
    runs.push_back(r);
    for (Line& l : break_lines({r}, ctx.w - 2 * pad, measure_)) {
      for (Frag& f : l.frags) f.run = int(runs.size()) - 1;
      lines.push_back(std::move(l));
    }
  } while (start <= text.size());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    double top = i == 0 ? pad : 0, bottom = i + 1 == lines.size() ? pad : 0;
    Unit u;
    u.space_before = i == 0 ? space_before : 0;
    u.height = top + lines[i].height() + bottom;
    u.first_baseline = top + lines[i].ascent;
    Item bg;
    bg.kind = ItemKind::Fill;
    bg.x = ctx.x;
    bg.w = ctx.w;
    bg.h = u.height;
    bg.color = style::kCodeBack;
    u.items.push_back(bg);
    line_items(lines[i], runs, ctx.x + pad, top, elem, u.items);
    out_.units.push_back(std::move(u));
  }
}

}  // namespace tk::pdf
