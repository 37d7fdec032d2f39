// Drawing: page content streams with marked content, widgets, links, bookmarks, labels and saving.
#include "render/pdf/render.h"

#include <hpdf.h>

#include <cmath>
#include <map>
#include <memory>
#include <stdexcept>

#include "core/png.h"
#include "core/text.h"
#include "model/site.h"
#include "render/pdf/blocks.h"
#include "render/pdf/content.h"
#include "render/pdf/deflate_cache.h"
#include "render/pdf/hpdf_ext.h"
#include "render/pdf/objstm.h"
#include "render/pdf/style.h"

namespace tk::pdf {
namespace {

void on_error(HPDF_STATUS error, HPDF_STATUS detail, void*) {
  char buf[96];
  std::snprintf(buf, sizeof buf, "libharu error 0x%04X (detail %u)", unsigned(error), unsigned(detail));
  throw std::runtime_error(buf);
}

struct DocDeleter {
  void operator()(HPDF_Doc d) const { HPDF_Free(d); }
};

// Marked content and structure bookkeeping while drawing.
class Tagger {
 public:
  Tagger(const StructTree& tree, std::size_t pages) {
    data.tree = &tree;
    data.used.assign(tree.elems.size(), false);
    data.kids.resize(tree.elems.size());
    data.page_mcids.resize(pages);
    next_key_ = int(pages);
  }
  // Switches the marked-content sequence to `tag` (-1 = artifact).
  void mark(ContentBuilder& cb, int page, int tag) {
    if (open_ && tag == cur_) return;
    close(cb);
    if (tag < 0) {
      cb.begin_artifact();
    } else {
      use(tag);
      int mcid = int(data.page_mcids[std::size_t(page)].size());
      data.page_mcids[std::size_t(page)].push_back(tag);
      data.kids[std::size_t(tag)].push_back({ext::StructKid::Mcr, mcid, page, nullptr});
      cb.begin_tag(data.tree->elems[std::size_t(tag)].role, mcid);
    }
    open_ = true;
    cur_ = tag;
  }
  void close(ContentBuilder& cb) {
    if (open_) cb.end_marked();
    open_ = false;
  }
  // A key for an annotation belonging to `tag`.
  int annotation_key(int tag) {
    use(tag);
    data.annot_parents.push_back({next_key_, tag});
    return next_key_++;
  }
  void objr(int tag, int page, HPDF_Dict annot) {
    data.kids[std::size_t(tag)].push_back({ext::StructKid::Objr, 0, page, annot});
  }
  ext::TagData data;

 private:
  void use(int e) {
    if (data.used[std::size_t(e)]) return;
    data.used[std::size_t(e)] = true;
    int parent = data.tree->elems[std::size_t(e)].parent;
    if (parent >= 0) {
      use(parent);
      data.kids[std::size_t(parent)].push_back({ext::StructKid::Elem, e, 0, nullptr});
    }
  }
  bool open_ = false;
  int cur_ = -1;
  int next_key_ = 0;
};

// A rectangle with corners on a quarter-point grid (short, exact numbers in the file).
HPDF_Rect rect_of(double x, double top, double w, double h) {
  auto q = [](double v) { return HPDF_REAL(std::round(v * 4) / 4); };
  return HPDF_Rect{q(x), q(top - h), q(x + w), q(top)};
}

void set_date(HPDF_Doc pdf, HPDF_InfoType type, std::int64_t t) {
  Civil c = civil_time(t);
  HPDF_Date date{c.year, c.month, c.day, c.hour, c.minute, c.second, 'Z', 0, 0};
  ext::check(HPDF_SetInfoDateAttr(pdf, type, date), "set a date");
}

}  // namespace

std::string fit_text(const std::string& text, Face face, double size, double max_width) {
  if (text_width(face, text, size) <= max_width) return text;
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t start = i;
    next_code_point(text, &i);
    std::string next = out + text.substr(start, i - start);
    if (text_width(face, next + "\u2026", size) > max_width) break;
    out = next;
  }
  return text::trim(out) + "\u2026";
}

namespace {

// The document's settings: compression, UTF-8, language, the info dictionary and XMP, the page mode.
void set_document_info(HPDF_Doc pdf, const RenderSpec& spec) {
  HPDF_SetCompressionMode(pdf, HPDF_COMP_ALL);
  HPDF_UseUTFEncodings(pdf);
  HPDF_SetCurrentEncoder(pdf, "UTF-8");
  ext::init_document(pdf, spec.lang);
  if (!spec.title.empty()) HPDF_SetInfoAttr(pdf, HPDF_INFO_TITLE, spec.title.c_str());
  if (!spec.author.empty()) HPDF_SetInfoAttr(pdf, HPDF_INFO_AUTHOR, spec.author.c_str());
  if (!spec.subject.empty()) HPDF_SetInfoAttr(pdf, HPDF_INFO_SUBJECT, spec.subject.c_str());
  HPDF_SetInfoAttr(pdf, HPDF_INFO_CREATOR, "toolkitgen");
  if (spec.time > 0) {
    set_date(pdf, HPDF_INFO_CREATION_DATE, spec.time);
    set_date(pdf, HPDF_INFO_MOD_DATE, spec.time);
  }
  ext::set_xmp(pdf, {spec.title, spec.author, spec.subject, spec.lang, spec.time});
  if (spec.show_outlines) HPDF_SetPageMode(pdf, HPDF_PAGE_MODE_USE_OUTLINE);
}

// Draws the laid-out pages into one libharu document: the pages' content, pictures, fields, links and
// bookmarks, then the running heads. Made once per render_pdf, after the document's pages are added.
class Painter {
 public:
  Painter(HPDF_Doc pdf, const DocLayout& layout, const std::vector<PageLayout>& pages, const RenderSpec& spec,
          const std::vector<HPDF_Page>& hp, const std::vector<PageChrome>& chrome)
      : pdf_(pdf), layout_(layout), pages_(pages), spec_(spec), hp_(hp), chrome_(chrome),
        images_(layout.images.size(), nullptr), form_(pdf), tags_(layout.tree, pages.size()),
        utf8_(HPDF_GetEncoder(pdf, "UTF-8")) {
    for (int p = 0; p < int(pages_.size()); ++p)
      for (const Placement& pl : pages_[std::size_t(p)]) {
        const Unit& u = layout_.units[std::size_t(pl.unit)];
        if (!u.dest.empty() && !pl.repeated && !dests_.count(u.dest)) dests_[u.dest] = {p, kBodyTopY - pl.y};
      }
  }

  // Page p: its units' bookmarks and items, then its header and footer.
  void page(int p) {
    HPDF_Page page = hp_[std::size_t(p)];
    ContentBuilder cb;
    for (const Placement& pl : pages_[std::size_t(p)]) {
      const Unit& u = layout_.units[std::size_t(pl.unit)];
      double top = kBodyTopY - pl.y;
      if (u.outline_level > 0 && !pl.repeated) bookmark(u, page, top);
      for (const Item& it : u.items) item(cb, p, page, pl, it, top);
    }
    tags_.close(cb);
    running_heads(cb, chrome_[std::size_t(p)]);
    ext::append_content(page, cb.ops());
  }

  FontUse& fonts() { return fonts_; }
  const ext::TagData& tags() const { return tags_.data; }

 private:
  static constexpr double kBodyTopY = style::kPageH - style::kBodyTop;  // the body's top, from the bottom edge

  HPDF_Destination destination(const std::string& name) {
    auto it = dests_.find(name);
    if (it == dests_.end()) return nullptr;
    return ext::destination(pdf_, hp_[std::size_t(it->second.first)], std::min(style::kPageH, it->second.second + 24));
  }

  // A picture, loaded once by libharu (PNG through libpng, JPEG embedded as it is).
  HPDF_Image image(int ref) {
    HPDF_Image& im = images_.at(std::size_t(ref));
    if (im) return im;
    const ImageData& d = layout_.images[std::size_t(ref)];
    if (d.png && !png::whole(d.bytes))  // libpng would abort the process on it (core/png.h)
      throw std::runtime_error("the picture " + d.path + " cannot be read (its PNG data is damaged or cut short)");
    const auto* bytes = reinterpret_cast<const HPDF_BYTE*>(d.bytes.data());
    try {
      im = d.png ? HPDF_LoadPngImageFromMem(pdf_, bytes, HPDF_UINT(d.bytes.size()))
                 : HPDF_LoadJpegImageFromMem(pdf_, bytes, HPDF_UINT(d.bytes.size()));
    } catch (const std::exception& e) {
      throw std::runtime_error("the picture " + d.path + " cannot be read (" + e.what() + ")");
    }
    if (!im) throw std::runtime_error("the picture " + d.path + " cannot be read");
    return im;
  }

  // A bookmark for a unit that starts an outline entry, under the last entry of the level above.
  void bookmark(const Unit& u, HPDF_Page page, double top) {
    std::size_t level = std::size_t(u.outline_level);
    if (outline_stack_.size() >= level) outline_stack_.resize(level - 1);
    HPDF_Outline parent = outline_stack_.empty() ? nullptr : outline_stack_.back();
    HPDF_Outline o = HPDF_CreateOutline(pdf_, parent, u.outline_title.c_str(), utf8_);
    HPDF_Outline_SetDestination(o, ext::destination(pdf_, page, std::min(style::kPageH, top + 24)));
    HPDF_Outline_SetOpened(o, level == 1 ? HPDF_TRUE : HPDF_FALSE);
    while (outline_stack_.size() + 1 < level) outline_stack_.push_back(parent);
    outline_stack_.push_back(o);
  }

  void item(ContentBuilder& cb, int p, HPDF_Page page, const Placement& pl, const Item& it, double top) {
    int tag = pl.repeated ? -1 : it.tag;
    switch (it.kind) {
      case ItemKind::Text:
        tags_.mark(cb, p, tag);
        cb.text(it.x, top - it.y, int(it.face), it.size, fonts_.encode(it.face, it.text), it.color);
        break;
      case ItemKind::PageRef: {
        auto d = dests_.find(it.text);
        std::string label = d == dests_.end() ? "" : chrome_[std::size_t(d->second.first)].label;
        double w = text_width(it.face, label, it.size);
        tags_.mark(cb, p, tag);
        cb.text(it.x + it.w - w, top - it.y, int(it.face), it.size, fonts_.encode(it.face, label), it.color);
        break;
      }
      case ItemKind::Image: {
        std::string name = ext::image_name(page, image(it.ref));
        tags_.mark(cb, p, tag);
        cb.image(name, it.x, top - it.y - it.h, it.w, it.h);
        break;
      }
      case ItemKind::Fill:
        tags_.mark(cb, p, -1);
        cb.fill_rect(it.x, top - it.y - it.h, it.w, it.h, it.color);
        break;
      case ItemKind::Frame:
        tags_.mark(cb, p, -1);
        cb.frame(it.x, top - it.y - it.h, it.w, it.h, it.line_width, it.color);
        break;
      case ItemKind::Rule:
        tags_.mark(cb, p, -1);
        cb.line(it.x, top - it.y, it.x + it.w, top - it.y - it.h, it.line_width, it.color);
        break;
      case ItemKind::Field:
        if (pl.repeated || it.tag < 0) break;
        field(p, page, it, top);
        break;
      case ItemKind::Link:
        if (pl.repeated || it.tag < 0) break;
        link(p, page, it, top);
        break;
    }
  }

  // A fill-in field's widget, in the AcroForm and the structure tree.
  void field(int p, HPDF_Page page, const Item& it, double top) {
    const FieldSlot& slot = layout_.fields.at(std::size_t(it.ref));
    ext::Widget w;
    w.name = slot.field->name;
    w.tooltip = field_tooltip(*slot.field);
    w.parent = slot.parent;
    w.type = slot.field->type;
    w.checked = slot.field->checked;
    if (it.option >= 0) {
      w.option = it.option;
      w.options = &slot.field->options;
    }
    w.frame = !it.plain;
    w.rect = rect_of(it.x, top - it.y, it.w, it.h);
    w.struct_parent = tags_.annotation_key(it.tag);
    tags_.objr(it.tag, p, form_.add(page, w));
  }

  // A link annotation: to a destination in the document, else to its address.
  void link(int p, HPDF_Page page, const Item& it, double top) {
    const LinkTarget& t = layout_.links.at(std::size_t(it.ref));
    HPDF_Rect r = rect_of(it.x, top - it.y, it.w, it.h);
    HPDF_Annotation a = nullptr;
    if (HPDF_Destination d = t.dest.empty() ? nullptr : destination(t.dest)) a = HPDF_Page_CreateLinkAnnot(page, r, d);
    else if (!t.uri.empty()) a = HPDF_Page_CreateURILinkAnnot(page, r, text::percent_encode_non_ascii(t.uri).c_str());
    if (!a) return;
    HPDF_LinkAnnot_SetBorderStyle(a, 0, 0, 0);
    ext::tag_annotation(a, tags_.annotation_key(it.tag), t.label);
    tags_.objr(it.tag, p, a);
  }

  // The page's header (the document's title, a rule) and footer (a rule, the footer text, "Page N of M").
  void running_heads(ContentBuilder& cb, const PageChrome& c) {
    const double right = style::kPageW - style::kMarginX;
    if (c.header && !spec_.header_text.empty()) {
      cb.begin_artifact("Header");
      double y = style::kPageH - style::kHeaderBaseline;
      std::string t = fit_text(spec_.header_text, Face::Regular, style::kSmall, style::kBodyW);
      cb.text(style::kMarginX, y, int(Face::Regular), style::kSmall, fonts_.encode(Face::Regular, t), style::kMuted);
      cb.line(style::kMarginX, y - 6, right, y - 6, 0.5, style::kRule);
      cb.end_marked();
    }
    if (c.footer) {
      cb.begin_artifact("Footer");
      double y = style::kFooterBaseline;
      cb.line(style::kMarginX, y + 11, right, y + 11, 0.5, style::kRule);
      double rw = text_width(Face::Regular, c.footer_right, style::kSmall);
      std::string left = fit_text(spec_.footer_text, Face::Regular, style::kSmall, style::kBodyW - rw - 24);
      cb.text(style::kMarginX, y, int(Face::Regular), style::kSmall, fonts_.encode(Face::Regular, left), style::kMuted);
      cb.text(right - rw, y, int(Face::Regular), style::kSmall, fonts_.encode(Face::Regular, c.footer_right),
              style::kMuted);
      cb.end_marked();
    }
  }

  HPDF_Doc pdf_;
  const DocLayout& layout_;
  const std::vector<PageLayout>& pages_;
  const RenderSpec& spec_;
  const std::vector<HPDF_Page>& hp_;
  const std::vector<PageChrome>& chrome_;
  std::map<std::string, std::pair<int, double>> dests_;  // name -> (page, y of the unit's top)
  std::vector<HPDF_Image> images_;
  FontUse fonts_;
  ext::Form form_;
  Tagger tags_;
  HPDF_Encoder utf8_;
  std::vector<HPDF_Outline> outline_stack_;
};

// The saved file: libharu's stream read whole, packed into object streams when asked, its /ID fixed.
std::string saved_bytes(HPDF_Doc pdf, const RenderSpec& spec) {
  ext::check(HPDF_SaveToStream(pdf), "save the PDF");
  // Read exactly the stream's size in one call: reading past the end reports an error.
  HPDF_UINT32 len = HPDF_GetStreamSize(pdf);
  std::string bytes(len, '\0');
  ext::check(HPDF_ReadFromStream(pdf, reinterpret_cast<HPDF_BYTE*>(bytes.data()), &len), "read the PDF");
  bytes.resize(len);
  if (spec.pack) bytes = pack_objects(bytes, [pdf](const std::string& b) { return ext::deflate(pdf, b); });
  ext::fix_id(bytes);
  return bytes;
}

}  // namespace

std::string render_pdf(const DocLayout& layout, const std::vector<PageLayout>& pages, const RenderSpec& spec) {
  std::unique_ptr<std::remove_pointer_t<HPDF_Doc>, DocDeleter> holder(HPDF_New(on_error, nullptr));
  HPDF_Doc pdf = holder.get();
  if (!pdf) throw std::runtime_error("libharu: cannot create a document");
  set_document_info(pdf, spec);

  const int total = int(pages.size());
  std::vector<HPDF_Page> hp;
  std::vector<PageChrome> chrome;
  for (int p = 0; p < total; ++p) {
    HPDF_Page page = HPDF_AddPage(pdf);
    HPDF_Page_SetSize(page, HPDF_PAGE_SIZE_LETTER, HPDF_PAGE_PORTRAIT);
    hp.push_back(page);
    if (spec.chrome) chrome.push_back(spec.chrome(p, total));
    else chrome.push_back({true, true, std::to_string(p + 1),
                           "Page " + std::to_string(p + 1) + " of " + std::to_string(total)});
  }
  Painter painter(pdf, layout, pages, spec, hp, chrome);
  for (int p = 0; p < total; ++p) painter.page(p);
  ext::embed_fonts(pdf, painter.fonts(), hp);
  ext::write_struct_tree(pdf, painter.tags(), hp);
  for (const LabelRange& l : spec.labels)
    HPDF_AddPageLabel(pdf, HPDF_UINT(l.page), l.style == 'r' ? HPDF_PAGE_NUM_STYLE_LOWER_ROMAN : HPDF_PAGE_NUM_STYLE_DECIMAL,
                      HPDF_UINT(l.first), "");
  ext::add_id_placeholder(pdf);
  ext::compress_streams(pdf, deflate_cache());
  return saved_bytes(pdf, spec);
}

}  // namespace tk::pdf
