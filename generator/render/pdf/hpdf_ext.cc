// libharu internal-object code (see hpdf_ext.h): everything libharu 2.3.0 has no public API for.
#include "render/pdf/hpdf_ext.h"

#include <stdexcept>

#include "core/text.h"
#include "render/pdf/content.h"
#include "render/pdf/style.h"

namespace tk::pdf::ext {
std::string image_name(HPDF_Page page, HPDF_Image image) {
  const char* name = HPDF_Page_GetXObjectName(page, image);
  if (!name) throw std::runtime_error("libharu: cannot add an image to a page");
  return name;
}

void check(HPDF_STATUS st, const char* what) {
  if (st != HPDF_OK) throw std::runtime_error(std::string("libharu: cannot ") + what);
}

namespace {

HPDF_Dict dict(HPDF_Doc pdf, bool indirect) {
  HPDF_Dict d = HPDF_Dict_New(pdf->mmgr);
  if (!d) throw std::runtime_error("libharu: out of memory");
  if (indirect) check(HPDF_Xref_Add(pdf->xref, d), "add an object");
  return d;
}

HPDF_Array array(HPDF_Doc pdf) {
  HPDF_Array a = HPDF_Array_New(pdf->mmgr);
  if (!a) throw std::runtime_error("libharu: out of memory");
  return a;
}

HPDF_Array reals(HPDF_Doc pdf, std::initializer_list<double> v) {
  HPDF_Array a = array(pdf);
  for (double x : v) check(HPDF_Array_AddReal(a, HPDF_REAL(x)), "add a number");
  return a;
}

HPDF_Array color(HPDF_Doc pdf, Color c) { return reals(pdf, {c.r, c.g, c.b}); }

HPDF_Dict stream(HPDF_Doc pdf, const std::string& bytes, bool compress) {
  HPDF_Dict s = HPDF_DictStream_New(pdf->mmgr, pdf->xref);
  if (!s) throw std::runtime_error("libharu: cannot create a stream");
  if (compress) s->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
  check(HPDF_Stream_Write(s->stream, reinterpret_cast<const HPDF_BYTE*>(bytes.data()), HPDF_UINT(bytes.size())),
        "write a stream");
  return s;
}

HPDF_Dict sub_dict(HPDF_Doc pdf, HPDF_Dict parent, const char* key) {
  auto* d = static_cast<HPDF_Dict>(HPDF_Dict_GetItem(parent, key, HPDF_OCLASS_DICT));
  if (!d) {
    d = dict(pdf, false);
    check(HPDF_Dict_Add(parent, key, d), "add a dictionary");
  }
  return d;
}

std::string xml(const std::string& s) { return text::xml_escape(s); }

std::string iso_time(std::int64_t t) {
  Civil c = civil_time(t);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02dZ", c.year, c.month, c.day, c.hour, c.minute, c.second);
  return buf;
}

}  // namespace

void* text_string(HPDF_Doc pdf, const std::string& utf8) { return text_string(pdf->mmgr, utf8); }

void* text_string(HPDF_MMgr mmgr, const std::string& utf8) {
  bool ascii = true;
  for (char c : utf8) ascii = ascii && std::uint8_t(c) < 0x80;
  if (ascii) {
    HPDF_String s = HPDF_String_New(mmgr, utf8.c_str(), nullptr);
    if (!s) throw std::runtime_error("libharu: cannot create a string");
    return s;
  }
  std::string be = "\xFE\xFF";
  for (std::size_t i = 0; i < utf8.size();) {
    std::uint32_t cp = next_code_point(utf8, &i);
    auto put = [&](std::uint32_t u) { be += char(u >> 8), be += char(u & 0xFF); };
    if (cp >= 0x10000) put(0xD800 + ((cp - 0x10000) >> 10)), put(0xDC00 + ((cp - 0x10000) & 0x3FF));
    else put(cp);
  }
  HPDF_Binary b = HPDF_Binary_New(mmgr, reinterpret_cast<HPDF_BYTE*>(be.data()), HPDF_UINT(be.size()));
  if (!b) throw std::runtime_error("libharu: cannot create a string");
  return b;
}

void init_document(HPDF_Doc pdf, const std::string& lang) {
  pdf->pdf_version = HPDF_VER_17;
  check(HPDF_Dict_Add(pdf->catalog, "Lang", text_string(pdf, lang.empty() ? "en" : lang)), "set /Lang");
  HPDF_Dict prefs = sub_dict(pdf, pdf->catalog, "ViewerPreferences");
  check(HPDF_Dict_AddBoolean(prefs, "DisplayDocTitle", HPDF_TRUE), "set DisplayDocTitle");
  HPDF_Dict mark = sub_dict(pdf, pdf->catalog, "MarkInfo");
  check(HPDF_Dict_AddBoolean(mark, "Marked", HPDF_TRUE), "set /MarkInfo");
}

void set_xmp(HPDF_Doc pdf, const Metadata& m) {
  std::string x =
      "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
      "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
      "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
      "xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" "
      "xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
      "<pdfuaid:part>1</pdfuaid:part>\n"  // PDF/UA-1 (ISO 14289-1): how checkers know what to check
      "<dc:format>application/pdf</dc:format>\n"
      "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml(m.title) + "</rdf:li></rdf:Alt></dc:title>\n"
      "<dc:creator><rdf:Seq><rdf:li>" + xml(m.author) + "</rdf:li></rdf:Seq></dc:creator>\n";
  if (!m.subject.empty())
    x += "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml(m.subject) +
         "</rdf:li></rdf:Alt></dc:description>\n";
  x += "<dc:language><rdf:Bag><rdf:li>" + xml(m.lang) + "</rdf:li></rdf:Bag></dc:language>\n";
  if (m.time > 0)
    x += "<xmp:CreateDate>" + iso_time(m.time) + "</xmp:CreateDate>\n<xmp:ModifyDate>" + iso_time(m.time) +
         "</xmp:ModifyDate>\n";
  x += "<xmp:CreatorTool>toolkitgen</xmp:CreatorTool>\n<pdf:Producer>Haru Free PDF Library 2.3.0</pdf:Producer>\n"
       "</rdf:Description></rdf:RDF></x:xmpmeta>\n<?xpacket end=\"w\"?>";
  HPDF_Dict s = stream(pdf, x, false);
  check(HPDF_Dict_AddName(s, "Type", "Metadata"), "write XMP");
  check(HPDF_Dict_AddName(s, "Subtype", "XML"), "write XMP");
  check(HPDF_Dict_Add(pdf->catalog, "Metadata", s), "write XMP");
}

void append_content(HPDF_Page page, const std::string& ops) {
  auto* attr = static_cast<HPDF_PageAttr>(page->attr);
  check(HPDF_Stream_Write(attr->stream, reinterpret_cast<const HPDF_BYTE*>(ops.data()), HPDF_UINT(ops.size())),
        "write page content");
}

namespace {

// A Type0 font (Identity-H over a CIDFontType2 subset, CID = glyph) with its ToUnicode CMap.
HPDF_Dict font_descriptor(HPDF_Doc pdf, const FontUse::Embedding& e) {
  const TrueTypeFont& tt = *e.font;
  auto em = [&](int v) { return double(v) * 1000.0 / tt.units_per_em(); };

  HPDF_Dict file = stream(pdf, e.program, true);
  check(HPDF_Dict_AddNumber(file, "Length1", HPDF_INT(e.program.size())), "embed a font");

  HPDF_Dict desc = dict(pdf, true);
  check(HPDF_Dict_AddName(desc, "Type", "FontDescriptor"), "embed a font");
  check(HPDF_Dict_AddName(desc, "FontName", e.base_font.c_str()), "embed a font");
  int flags = 32 | (tt.fixed_pitch() ? 1 : 0) | (tt.italic_angle() != 0 ? 64 : 0);
  check(HPDF_Dict_AddNumber(desc, "Flags", flags), "embed a font");
  check(HPDF_Dict_Add(desc, "FontBBox", reals(pdf, {em(tt.bbox(0)), em(tt.bbox(1)), em(tt.bbox(2)), em(tt.bbox(3))})),
        "embed a font");
  check(HPDF_Dict_AddReal(desc, "ItalicAngle", HPDF_REAL(tt.italic_angle())), "embed a font");
  check(HPDF_Dict_AddReal(desc, "Ascent", HPDF_REAL(em(tt.ascent()))), "embed a font");
  check(HPDF_Dict_AddReal(desc, "Descent", HPDF_REAL(em(tt.descent()))), "embed a font");
  check(HPDF_Dict_AddReal(desc, "CapHeight", HPDF_REAL(em(tt.cap_height()))), "embed a font");
  check(HPDF_Dict_AddNumber(desc, "StemV", tt.bold() ? 120 : 80), "embed a font");
  check(HPDF_Dict_Add(desc, "FontFile2", file), "embed a font");
  return desc;
}

std::string hex(std::uint32_t v, int digits) {
  static const char* h = "0123456789ABCDEF";
  std::string s;
  for (int i = digits - 1; i >= 0; --i) s += h[(v >> (4 * i)) & 0xF];
  return s;
}

// A ToUnicode CMap from (code, code point) pairs, `bytes` bytes per code.
HPDF_Dict to_unicode(HPDF_Doc pdf, const std::vector<std::pair<std::uint32_t, std::uint32_t>>& map, int bytes) {
  std::string range = bytes == 1 ? "<00> <FF>" : "<0000> <FFFF>";
  std::string cmap =
      "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) "
      "/Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
      "1 begincodespacerange\n" + range + "\nendcodespacerange\n";
  for (std::size_t start = 0; start < map.size(); start += 100) {
    std::size_t end = std::min(map.size(), start + 100);
    cmap += std::to_string(end - start) + " beginbfchar\n";
    for (std::size_t i = start; i < end; ++i) {
      std::uint32_t u = map[i].second;
      std::string dst = u >= 0x10000 ? hex(0xD800 + ((u - 0x10000) >> 10), 4) + hex(0xDC00 + ((u - 0x10000) & 0x3FF), 4)
                                     : hex(u, 4);
      cmap += "<" + hex(map[i].first, 2 * bytes) + "> <" + dst + ">\n";
    }
    cmap += "endbfchar\n";
  }
  cmap += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
  return stream(pdf, cmap, true);
}

// A Type0 font (Identity-H over a CIDFontType2 subset, CID = glyph) with its ToUnicode CMap.
HPDF_Dict type0_font(HPDF_Doc pdf, const FontUse::Embedding& e) {
  HPDF_Dict desc = font_descriptor(pdf, e);
  HPDF_Dict cid = dict(pdf, true);
  check(HPDF_Dict_AddName(cid, "Type", "Font"), "embed a font");
  check(HPDF_Dict_AddName(cid, "Subtype", "CIDFontType2"), "embed a font");
  check(HPDF_Dict_AddName(cid, "BaseFont", e.base_font.c_str()), "embed a font");
  HPDF_Dict info = dict(pdf, false);
  check(HPDF_Dict_Add(info, "Registry", HPDF_String_New(pdf->mmgr, "Adobe", nullptr)), "embed a font");
  check(HPDF_Dict_Add(info, "Ordering", HPDF_String_New(pdf->mmgr, "Identity", nullptr)), "embed a font");
  check(HPDF_Dict_AddNumber(info, "Supplement", 0), "embed a font");
  check(HPDF_Dict_Add(cid, "CIDSystemInfo", info), "embed a font");
  check(HPDF_Dict_Add(cid, "FontDescriptor", desc), "embed a font");
  HPDF_Array w = array(pdf), ws = array(pdf);
  for (int width : e.widths) check(HPDF_Array_AddNumber(ws, width), "embed a font");
  check(HPDF_Array_AddNumber(w, 0), "embed a font");
  check(HPDF_Array_Add(w, ws), "embed a font");
  check(HPDF_Dict_Add(cid, "W", w), "embed a font");
  check(HPDF_Dict_AddName(cid, "CIDToGIDMap", "Identity"), "embed a font");

  std::vector<std::pair<std::uint32_t, std::uint32_t>> map;
  for (std::size_t c = 1; c < e.unicode.size(); ++c) map.push_back({std::uint32_t(c), e.unicode[c]});
  HPDF_Dict type0 = dict(pdf, true);
  check(HPDF_Dict_AddName(type0, "Type", "Font"), "embed a font");
  check(HPDF_Dict_AddName(type0, "Subtype", "Type0"), "embed a font");
  check(HPDF_Dict_AddName(type0, "BaseFont", e.base_font.c_str()), "embed a font");
  check(HPDF_Dict_AddName(type0, "Encoding", "Identity-H"), "embed a font");
  HPDF_Array kids = array(pdf);
  check(HPDF_Array_Add(kids, cid), "embed a font");
  check(HPDF_Dict_Add(type0, "DescendantFonts", kids), "embed a font");
  check(HPDF_Dict_Add(type0, "ToUnicode", to_unicode(pdf, map, 2)), "embed a font");
  return type0;
}

// The field font as a simple TrueType font in WinAnsiEncoding: the one kind of font every filling engine
// can write with (qpdf and pdftk write one byte per character; they paint nothing legible with a Type0
// font). Its program holds every glyph of field_font() with a cmap and a name table, so pdftk builds an
// embedded Unicode font from it for characters outside WinAnsi.
// The field font as a simple TrueType font: the one kind of font every filling engine can write with (qpdf
// and pdftk write one byte per character; they paint nothing legible with a Type0 font). Its program holds
// every glyph of field_font() with a cmap and a name table, so pdftk builds an embedded Unicode font from it
// for characters outside the encoding. `extended`: WinAnsi plus /Differences that give the codes WinAnsi
// leaves undefined to letters of Latin Extended-A (fonts.h field_font_codes()); otherwise plain
// WinAnsiEncoding, the one encoding qpdf writes with (it reads /Encoding only when it is a name).
HPDF_Dict field_font_dict(HPDF_Doc pdf, const FontUse::Embedding& e, HPDF_Dict desc, bool extended) {
  const TrueTypeFont& tt = *e.font;
  const auto& codes = field_font_codes();
  HPDF_Dict f = dict(pdf, true);
  check(HPDF_Dict_AddName(f, "Type", "Font"), "embed a font");
  check(HPDF_Dict_AddName(f, "Subtype", "TrueType"), "embed a font");
  check(HPDF_Dict_AddName(f, "BaseFont", e.base_font.c_str()), "embed a font");
  int first = 32;
  if (extended) {
    HPDF_Dict enc = dict(pdf, false);
    check(HPDF_Dict_AddName(enc, "Type", "Encoding"), "embed a font");
    check(HPDF_Dict_AddName(enc, "BaseEncoding", "WinAnsiEncoding"), "embed a font");
    HPDF_Array diff = array(pdf);
    for (const auto& [code, name] : field_font_differences()) {
      check(HPDF_Array_AddNumber(diff, HPDF_INT32(code)), "embed a font");
      check(HPDF_Array_Add(diff, HPDF_Name_New(pdf->mmgr, name.c_str())), "embed a font");
      first = std::min(first, int(code));
    }
    check(HPDF_Dict_Add(enc, "Differences", diff), "embed a font");
    check(HPDF_Dict_Add(f, "Encoding", enc), "embed a font");
  } else {
    check(HPDF_Dict_AddName(f, "Encoding", "WinAnsiEncoding"), "embed a font");
  }
  check(HPDF_Dict_AddNumber(f, "FirstChar", first), "embed a font");
  check(HPDF_Dict_AddNumber(f, "LastChar", 255), "embed a font");
  HPDF_Array widths = array(pdf);
  std::vector<std::pair<std::uint32_t, std::uint32_t>> map;
  for (int code = first; code <= 255; ++code) {
    std::uint32_t u = extended ? codes[std::size_t(code)] : field_font_winansi(std::uint32_t(code));
    std::uint16_t g = u ? tt.glyph(u) : 0;
    check(HPDF_Array_AddNumber(widths, int(tt.advance(g) * 1000L / tt.units_per_em())), "embed a font");
    if (u) map.push_back({std::uint32_t(code), u});
  }
  check(HPDF_Dict_Add(f, "Widths", widths), "embed a font");
  check(HPDF_Dict_Add(f, "FontDescriptor", desc), "embed a font");
  check(HPDF_Dict_Add(f, "ToUnicode", to_unicode(pdf, map, 1)), "embed a font");
  return f;
}

}  // namespace

void embed_fonts(HPDF_Doc pdf, const FontUse& fonts, const std::vector<HPDF_Page>& pages) {
  for (int f = 0; f < kFaceCount; ++f) {
    if (!fonts.used(Face(f))) continue;
    HPDF_Dict type0 = type0_font(pdf, fonts.embedding(Face(f)));
    std::string name = "F" + std::to_string(f);
    for (HPDF_Page page : pages) {
      auto* res = static_cast<HPDF_Dict>(HPDF_Dict_GetItem(page, "Resources", HPDF_OCLASS_DICT));
      if (!res) throw std::runtime_error("libharu: page without resources");
      check(HPDF_Dict_Add(sub_dict(pdf, res, "Font"), name.c_str(), type0), "list a font");
    }
  }
}

// Every widget gets its own appearance streams: a viewer that regenerates appearances in place (qpdf
// --generate-appearances) rewrites the stream it finds, so a shared one would show the last value typed
// into every box that shares it.
HPDF_Dict Form::appearance(double w, double h, const std::string& ops) {
  HPDF_Dict s = stream(pdf_, ops, true);
  check(HPDF_Dict_AddName(s, "Type", "XObject"), "write an appearance");
  check(HPDF_Dict_AddName(s, "Subtype", "Form"), "write an appearance");
  check(HPDF_Dict_Add(s, "BBox", reals(pdf_, {0, 0, w, h})), "write an appearance");
  check(HPDF_Dict_Add(s, "Resources", dict(pdf_, false)), "write an appearance");
  return s;
}

// /MK (colours, checkbox caption) and /BS (border), direct in each widget. The border is 1 pt wide:
// PDFium reads /BS /W as an integer, so 0.75 became 0 and Chrome and Edge drew no border.
void Form::style_widget(HPDF_Dict w, bool checkbox, bool frame, const char* caption) {
  HPDF_Dict bs = dict(pdf_, false);
  check(HPDF_Dict_AddNumber(bs, "W", frame ? int(style::kFieldBorderW) : 0), "add a field style");
  check(HPDF_Dict_AddName(bs, "S", "S"), "add a field style");
  check(HPDF_Dict_Add(w, "BS", bs), "add a field style");
  HPDF_Dict mk = dict(pdf_, false);
  if (frame) check(HPDF_Dict_Add(mk, "BC", color(pdf_, style::kFieldBorder)), "add a field style");
  check(HPDF_Dict_Add(mk, "BG", color(pdf_, checkbox ? Color{1, 1, 1} : style::kFieldFill)), "add a field style");
  if (checkbox) check(HPDF_Dict_Add(mk, "CA", HPDF_String_New(pdf_->mmgr, caption, nullptr)), "add a field style");
  check(HPDF_Dict_Add(w, "MK", mk), "add a field style");
}

// A top-level field goes into /Fields; a bundle's field under its page's group (/T = the page's name).
void Form::attach(HPDF_Dict field, const std::string& parent_name, bool text) {
  if (parent_name.empty()) {
    check(HPDF_Array_Add(fields_, field), "add a field");
    if (text) check(HPDF_Dict_Add(field, "DR", field_dr_), "add a field");  // the field font with its /Differences
    return;
  }
  HPDF_Dict& parent = parents_[parent_name];
  if (!parent) {
    parent = dict(pdf_, true);
    check(HPDF_Dict_Add(parent, "T", text_string(pdf_, parent_name)), "add a field group");
    check(HPDF_Dict_Add(parent, "Kids", array(pdf_)), "add a field group");
    check(HPDF_Dict_Add(parent, "DR", field_dr_), "add a field group");  // inherited by its text fields
    check(HPDF_Array_Add(fields_, parent), "add a field group");
  }
  check(HPDF_Array_Add(static_cast<HPDF_Array>(HPDF_Dict_GetItem(parent, "Kids", HPDF_OCLASS_ARRAY)), field),
        "add a field");
  check(HPDF_Dict_Add(field, "Parent", parent), "add a field");
}

// The radio-button field of a choice, made with its first widget: Radio and NoToggleToOff (one option is
// picked at most, and a click on the picked one keeps it), /Opt the option labels, no value until picked.
HPDF_Dict Form::radio_field(const Widget& wd) {
  HPDF_Dict& radio = radios_[wd.parent.empty() ? wd.name : wd.parent + "." + wd.name];
  if (radio) return radio;
  radio = dict(pdf_, true);
  check(HPDF_Dict_AddName(radio, "FT", "Btn"), "add a choice");
  check(HPDF_Dict_AddNumber(radio, "Ff", (1 << 15) | (1 << 14)), "add a choice");
  check(HPDF_Dict_Add(radio, "T", text_string(pdf_, wd.name)), "add a choice");
  check(HPDF_Dict_Add(radio, "TU", text_string(pdf_, wd.tooltip)), "add a choice");
  check(HPDF_Dict_Add(radio, "DA", HPDF_String_New(pdf_->mmgr, "/ZaDb 0 Tf 0 g", nullptr)), "add a choice");
  HPDF_Array opt = array(pdf_);
  for (const std::string& o : *wd.options) check(HPDF_Array_Add(opt, text_string(pdf_, o)), "add a choice");
  check(HPDF_Dict_Add(radio, "Opt", opt), "add a choice");
  check(HPDF_Dict_Add(radio, "Kids", array(pdf_)), "add a choice");
  attach(radio, wd.parent, false);
  return radio;
}

HPDF_Dict Form::add(HPDF_Page page, const Widget& wd) {
  using model::FieldType;
  if (!acroform_) {
    acroform_ = dict(pdf_, true);
    check(HPDF_Dict_Add(pdf_->catalog, "AcroForm", acroform_), "create the form");
    fields_ = array(pdf_);
    check(HPDF_Dict_Add(acroform_, "Fields", fields_), "create the form");
    std::string da = std::string("/") + kFieldFontName + " 0 Tf 0 g";
    check(HPDF_Dict_Add(acroform_, "DA", HPDF_String_New(pdf_->mmgr, da.c_str(), nullptr)), "create the form");
    // Typed values are painted with the embedded Unicode field font; ZapfDingbats is only the checkboxes'
    // /DA (their ticks are drawn as paths in their own appearances).
    HPDF_Dict fonts = sub_dict(pdf_, sub_dict(pdf_, acroform_, "DR"), "Font");
    HPDF_Dict desc = font_descriptor(pdf_, field_font());
    check(HPDF_Dict_Add(fonts, kFieldFontName, field_font_dict(pdf_, field_font(), desc, false)), "create the form");
    field_dr_ = dict(pdf_, true);
    check(HPDF_Dict_Add(sub_dict(pdf_, field_dr_, "Font"), kFieldFontName, field_font_dict(pdf_, field_font(), desc, true)),
          "create the form");
    check(HPDF_Dict_Add(fonts, "ZaDb", HPDF_GetFont(pdf_, "ZapfDingbats", nullptr)), "create the form");
  }
  HPDF_Dict w = dict(pdf_, true);
  const double bw = wd.rect.right - wd.rect.left, bh = wd.rect.top - wd.rect.bottom;
  check(HPDF_Dict_AddName(w, "Type", "Annot"), "add a field");
  check(HPDF_Dict_AddName(w, "Subtype", "Widget"), "add a field");
  check(HPDF_Dict_Add(w, "Rect", reals(pdf_, {wd.rect.left, wd.rect.bottom, wd.rect.right, wd.rect.top})), "add a field");
  check(HPDF_Dict_AddNumber(w, "F", 4), "add a field");
  check(HPDF_Dict_Add(w, "P", page), "add a field");
  if (wd.option >= 0) {
    // A kid widget of the radio-button field: no /T of its own; /TU names the question and the option.
    HPDF_Dict radio = radio_field(wd);
    check(HPDF_Array_Add(static_cast<HPDF_Array>(HPDF_Dict_GetItem(radio, "Kids", HPDF_OCLASS_ARRAY)), w), "add a field");
    check(HPDF_Dict_Add(w, "Parent", radio), "add a field");
  } else {
    check(HPDF_Dict_Add(w, "T", text_string(pdf_, wd.name)), "add a field");
    attach(w, wd.parent, wd.type != FieldType::Checkbox);
  }
  check(HPDF_Dict_Add(w, "TU", text_string(pdf_, wd.option >= 0 ? wd.tooltip + ": " + wd.options->at(std::size_t(wd.option))
                                                                 : wd.tooltip)),
        "add a field");
  if (wd.struct_parent >= 0) check(HPDF_Dict_AddNumber(w, "StructParent", wd.struct_parent), "add a field");
  HPDF_Dict ap = dict(pdf_, false);
  bool cb = wd.type == FieldType::Checkbox;
  ContentBuilder box;
  if (wd.option >= 0) {
    // Radio button: "on" state /<index> (PDF 32000-1 12.7.4.2.4: with /Opt, the on states may be the
    // widgets' positions; pdftk-java maps an /Opt value to that name), "off" /Off; a down (pressed) pair.
    style_widget(w, true, true, "l");  // ZapfDingbats l: a filled circle
    check(HPDF_Dict_AddName(w, "AS", "Off"), "add a field");
    const std::string on = std::to_string(wd.option);
    const double r = std::min(bw, bh) / 2;
    auto state = [&](bool checked, Color fill) {
      ContentBuilder c;
      c.ring(bw / 2, bh / 2, r, style::kFieldBorderW, style::kFieldBorder, fill);
      if (checked) c.disc(bw / 2, bh / 2, r * 0.45, style::kText);
      return appearance(bw, bh, c.ops());
    };
    const Color pressed{0.8, 0.8, 0.8};
    HPDF_Dict n = dict(pdf_, false), d = dict(pdf_, false);
    check(HPDF_Dict_Add(n, on.c_str(), state(true, {1, 1, 1})), "add a field");
    check(HPDF_Dict_Add(n, "Off", state(false, {1, 1, 1})), "add a field");
    check(HPDF_Dict_Add(d, on.c_str(), state(true, pressed)), "add a field");
    check(HPDF_Dict_Add(d, "Off", state(false, pressed)), "add a field");
    check(HPDF_Dict_Add(ap, "N", n), "add a field");
    check(HPDF_Dict_Add(ap, "D", d), "add a field");
  } else if (cb) {
    style_widget(w, true, wd.frame);
    check(HPDF_Dict_AddName(w, "FT", "Btn"), "add a field");
    const char* state = wd.checked ? "Yes" : "Off";
    check(HPDF_Dict_AddName(w, "V", state), "add a field");
    check(HPDF_Dict_AddName(w, "AS", state), "add a field");
    check(HPDF_Dict_Add(w, "DA", HPDF_String_New(pdf_->mmgr, "/ZaDb 0 Tf 0 g", nullptr)), "add a field");
    box.fill_rect(0, 0, bw, bh, {1, 1, 1});
    box.frame(0, 0, bw, bh, style::kFieldBorderW, style::kFieldBorder);
    ContentBuilder on = box;
    on.tick(bw, bh, style::kText);
    HPDF_Dict n = dict(pdf_, false);
    check(HPDF_Dict_Add(n, "Yes", appearance(bw, bh, on.ops())), "add a field");
    check(HPDF_Dict_Add(n, "Off", appearance(bw, bh, box.ops())), "add a field");
    check(HPDF_Dict_Add(ap, "N", n), "add a field");
  } else {
    style_widget(w, false, wd.frame);
    check(HPDF_Dict_AddName(w, "FT", "Tx"), "add a field");
    std::string da = std::string("/") + kFieldFontName + " " + num(style::kFieldFont) + " Tf 0 g";
    check(HPDF_Dict_Add(w, "DA", HPDF_String_New(pdf_->mmgr, da.c_str(), nullptr)), "add a field");
    if (wd.type == FieldType::Multiline) check(HPDF_Dict_AddNumber(w, "Ff", 4096), "add a field");
    box.fill_rect(0, 0, bw, bh, style::kFieldFill);
    if (wd.frame) box.frame(0, 0, bw, bh, style::kFieldBorderW, style::kFieldBorder);
    box.raw("/Tx BMC\nEMC\n");
    check(HPDF_Dict_Add(ap, "N", appearance(bw, bh, box.ops())), "add a field");
  }
  check(HPDF_Dict_Add(w, "AP", ap), "add a field");
  auto* annots = static_cast<HPDF_Array>(HPDF_Dict_GetItem(page, "Annots", HPDF_OCLASS_ARRAY));
  if (!annots) {
    annots = array(pdf_);
    check(HPDF_Dict_Add(page, "Annots", annots), "add a field");
  }
  check(HPDF_Array_Add(annots, w), "add a field");
  return w;
}

HPDF_Destination destination(HPDF_Doc pdf, HPDF_Page page, double top) {
  HPDF_Destination d = HPDF_Page_CreateDestination(page);
  if (!d) throw std::runtime_error("libharu: cannot create a destination");
  HPDF_Array_Clear(d);
  check(HPDF_Array_Add(d, page), "create a destination");
  check(HPDF_Array_AddName(d, "XYZ"), "create a destination");
  check(HPDF_Array_Add(d, HPDF_Null_New(pdf->mmgr)), "create a destination");
  check(HPDF_Array_AddReal(d, HPDF_REAL(top)), "create a destination");
  check(HPDF_Array_Add(d, HPDF_Null_New(pdf->mmgr)), "create a destination");
  return d;
}

void tag_annotation(HPDF_Dict annot, int struct_parent, const std::string& contents) {
  check(HPDF_Dict_AddNumber(annot, "StructParent", struct_parent), "tag an annotation");
  if (!contents.empty()) check(HPDF_Dict_Add(annot, "Contents", text_string(annot->mmgr, contents)), "tag an annotation");
}

}  // namespace tk::pdf::ext
