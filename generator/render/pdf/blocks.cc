// Block layout: the document tree's paragraphs, headings, lists, quotes, code and fields as units.
#include "render/pdf/blocks.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

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

const model::Field& BodyBuilder::field(int index) const {
  if (!page_ || index < 0 || std::size_t(index) >= page_->fields.size())
    throw std::runtime_error("field index out of range in " + (page_ ? page_->source_path : std::string("page")));
  return page_->fields[std::size_t(index)];
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
  field(index);  // validates the index
  Run r;
  r.field = slot(index);
  r.box_w = std::max(style::kMinFieldW, width);
  r.box_h = style::kFieldH;
  r.size = ctx.size;
  r.tag = out_.tree.add("Form", block_tag);
  return r;
}

void BodyBuilder::inlines(const doc::Node& n, const Ctx& ctx, bool bold, bool italic, bool code, int block_tag,
                          int link, std::vector<Run>& out) {
  for (const auto& c : n.children) {
    std::size_t before = out.size();
    switch (c.kind) {
      case Kind::Text:
      case Kind::Code: {
        Run r = run(c.text, ctx, face_for(bold, italic || ctx.italic, code || c.kind == Kind::Code));
        if (r.face == Face::Mono) r.size = ctx.size * 0.92;
        out.push_back(r);
        break;
      }
      case Kind::Emph: inlines(c, ctx, bold, true, code, block_tag, link, out); break;
      case Kind::Strong: inlines(c, ctx, true, italic, code, block_tag, link, out); break;
      case Kind::Strike:
        inlines(c, ctx, bold, italic, code, block_tag, link, out);
        for (std::size_t i = before; i < out.size(); ++i) out[i].strike = true;
        break;
      case Kind::Link: {
        LinkTarget t = links_(c.url());
        t.label = doc::plain_text(c);
        int target = add_link(t);
        int elem = out_.tree.add("Link", block_tag);
        inlines(c, ctx, bold, italic, code, elem, target, out);
        for (std::size_t i = before; i < out.size(); ++i) {
          out[i].link = target;
          out[i].color = style::kLink;
          out[i].underline = true;
        }
        break;
      }
      case Kind::Image: {
        std::string alt = doc::plain_text(c);
        if (!alt.empty()) out.push_back(run("[Image: " + alt + "]", ctx, face_for(bold, true)));
        break;
      }
      case Kind::SoftBreak: out.push_back(run(" ", ctx)); break;
      case Kind::LineBreak: {
        Run r = run("", ctx);
        r.hard_break = true;
        out.push_back(r);
        break;
      }
      case Kind::FieldInline: {
        double uw = measure_(Face::Regular, "_", style::kBody);
        out.push_back(field_run(c.field, field(c.field).width * uw, ctx, block_tag));
        break;
      }
      default: inlines(c, ctx, bold, italic, code, block_tag, link, out); break;
    }
    for (std::size_t i = before; i < out.size(); ++i)
      if (out[i].tag < 0) out[i].tag = block_tag;
  }
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
  bool first = true;
  const auto& kids = container.children;
  for (std::size_t i = 0; i < kids.size(); ++i) {
    const doc::Node& c = kids[i];
    double gap = first && first_gap >= 0 ? first_gap : block_gap(c, ctx, first);
    first = false;
    if (i + 1 < kids.size() && signature_with_date(c, kids[i + 1])) {
      signature_pair(c, kids[++i], ctx, gap);
      continue;
    }
    switch (c.kind) {
      case Kind::Heading: heading(c, ctx); break;
      case Kind::List: list(c, ctx, gap); break;
      case Kind::BlockQuote: quote(c, ctx, gap); break;
      case Kind::CodeBlock: code_block(c, ctx, gap); break;
      case Kind::ThematicBreak: rule(ctx, gap + 2, style::kRule, 0.75); break;
      case Kind::Table: table(c, ctx, gap); break;
      case Kind::FieldBlock: field_block(c, ctx, gap); break;
      default: paragraph(c, ctx, gap); break;  // Paragraph (and any stray inline content)
    }
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

void BodyBuilder::paragraph(const doc::Node& n, const Ctx& ctx, double space_before) {
  // A paragraph of pictures only (spaces and line breaks between them) is one figure each.
  bool pictures = n.kind == Kind::Paragraph && files_ && !n.children.empty();
  bool any = false;
  for (const auto& c : n.children) {
    bool blank = c.kind == Kind::SoftBreak || c.kind == Kind::LineBreak ||
                 (c.kind == Kind::Text && c.text.find_first_not_of(" \t") == std::string::npos);
    any = any || c.kind == Kind::Image;
    pictures = pictures && (c.kind == Kind::Image || blank);
  }
  if (pictures && any) {
    std::size_t start = out_.units.size();
    std::size_t images = out_.images.size(), elems = out_.tree.elems.size();
    bool ok = true;
    double gap = space_before;
    for (const auto& c : n.children)
      if (c.kind == Kind::Image) {
        ok = ok && figure(c.url(), doc::plain_text(c), ctx, gap);
        gap = style::kParaGap;
      }
    if (ok) return;
    out_.units.resize(start);  // one of them cannot be drawn: the whole paragraph as text
    out_.images.resize(images);
    out_.tree.elems.resize(elems);
  }
  int p = out_.tree.add("P", ctx.tag);
  std::vector<Run> runs;
  if (n.kind == Kind::Paragraph) inlines(n, ctx, false, false, false, p, -1, runs);
  else {
    doc::Node wrapper;
    wrapper.children.push_back(n);
    inlines(wrapper, ctx, false, false, false, p, -1, runs);
  }
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
  if (level == 2) {
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
}

void BodyBuilder::list(const doc::Node& n, const Ctx& ctx, double space_before) {
  int l = out_.tree.add("L", ctx.tag);
  bool checks = std::all_of(n.children.begin(), n.children.end(), [](const doc::Node& i) { return i.field >= 0; });
  out_.tree.elems[std::size_t(l)].list_numbering = n.ordered ? "Decimal" : checks ? "None" : "Disc";
  int number = n.start;
  bool first = true;
  for (const auto& item : n.children) {
    int li = out_.tree.add("LI", l);
    int lbl = out_.tree.add("Lbl", li);
    int body = out_.tree.add("LBody", li);
    Ctx ic = ctx;
    ic.x += style::kListIndent;
    ic.w -= style::kListIndent;
    ic.tag = body;
    ic.tight = n.tight;
    ic.depth = ctx.depth + 1;
    double gap = first ? space_before : (n.tight ? 3 : style::kParaGap);
    first = false;
    std::size_t start = out_.units.size();
    blocks(item, ic, gap);
    if (out_.units.size() == start) {
      Unit u;
      u.height = ctx.size * kLeading;
      u.first_baseline = ctx.size;
      u.space_before = gap;
      out_.units.push_back(u);
    }
    Unit& u0 = out_.units[start];
    Item m;
    m.y = u0.first_baseline;
    m.tag = lbl;
    m.face = Face::Regular;
    m.size = ctx.size;
    m.color = ctx.color;
    if (item.field >= 0) {
      field(item.field);
      m.kind = ItemKind::Field;
      m.x = ic.x - 15;
      m.w = m.h = style::kCheckSize;
      m.y = u0.first_baseline - style::kCheckSize + 1.5;
      m.ref = slot(item.field);
      m.tag = out_.tree.add("Form", lbl);
    } else if (n.ordered) {
      m.text = std::to_string(number++) + ".";
      m.x = ic.x - 5 - measure_(m.face, m.text, m.size);
    } else {
      m.text = ctx.depth % 2 == 0 ? "\u2022" : "\u25E6";
      m.x = ic.x - 11;
    }
    u0.items.insert(u0.items.begin(), m);
  }
}

void BodyBuilder::quote(const doc::Node& n, const Ctx& ctx, double space_before) {
  Ctx qc = ctx;
  qc.tag = out_.tree.add("BlockQuote", ctx.tag);
  qc.x += style::kQuoteIndent;
  qc.w -= style::kQuoteIndent;
  qc.color = style::kMuted;
  std::size_t start = out_.units.size();
  blocks(n, qc, space_before);
  for (std::size_t i = start; i < out_.units.size(); ++i) {
    Unit& u = out_.units[i];
    double top = i == start ? 0 : -u.space_before;
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
