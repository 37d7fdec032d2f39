// The ONLY code that uses libharu 2.3.0's internal object API (HPDF_Dict_*, pdf->catalog, page
// streams): catalog keys, embedded fonts, AcroForm fields, the structure tree, XMP and the file /ID.
#pragma once
#include <hpdf.h>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "model/site.h"
#include "render/pdf/fonts.h"
#include "render/pdf/flow.h"

namespace tk::pdf {
class DeflateCache;
}

namespace tk::pdf::ext {

/// PDF 1.7 header, /Lang, /ViewerPreferences << /DisplayDocTitle true >>, /MarkInfo << /Marked true >>.
void init_document(HPDF_Doc pdf, const std::string& lang);

/// Document metadata written as an XMP stream in the catalog (the Info dictionary is set separately).
struct Metadata {
  std::string title, author, subject, lang;
  std::int64_t time = 0;  ///< seconds since the epoch; 0 = no dates
};
void set_xmp(HPDF_Doc pdf, const Metadata& m);

/// The resource name of an image XObject in the page's /Resources /XObject (added when missing).
std::string image_name(HPDF_Page page, HPDF_Image image);

/// Appends raw operators to a page's content stream.
void append_content(HPDF_Page page, const std::string& ops);

/// Embeds every face the document used (Type0 + CIDFontType2 subsets with ToUnicode) as /F<face>
/// in the resources of every page.
void embed_fonts(HPDF_Doc pdf, const FontUse& fonts, const std::vector<HPDF_Page>& pages);

/// The /DR name of the field font (fonts.h field_font()), used in every text field's /DA.
constexpr const char* kFieldFontName = "DejaVuSans";

/// One fill-in field, merged with its widget.
struct Widget {
  std::string name;      ///< /T (partial name)
  std::string tooltip;   ///< /TU
  std::string parent;    ///< "" or the partial name of a parent field (fully qualified: parent.name)
  model::FieldType type = model::FieldType::Text;
  bool checked = false;
  int option = -1;       ///< choice: this widget's option (an index into *options)
  const std::vector<std::string>* options = nullptr;  ///< choice: every option label, in order
  bool frame = true;     ///< draw a border (table cells and signature lines have none)
  HPDF_Rect rect{0, 0, 0, 0};
  int struct_parent = -1;
};

/// The document's AcroForm, created with its first field.
class Form {
 public:
  explicit Form(HPDF_Doc pdf) : pdf_(pdf) {}
  /// Adds the field to the form and the page's /Annots (call in reading order); returns the widget.
  /// A choice's widgets (one per option, option >= 0) become the kids of one radio-button field.
  HPDF_Dict add(HPDF_Page page, const Widget& w);

 private:
  HPDF_Dict appearance(double w, double h, const std::string& ops);
  void style_widget(HPDF_Dict w, bool checkbox, bool frame, const char* caption = "4");
  void attach(HPDF_Dict field, const std::string& parent, bool text);  ///< text: a text field without a group gets the field font's /DR
  HPDF_Dict radio_field(const Widget& w);
  HPDF_Doc pdf_;
  HPDF_Dict acroform_ = nullptr;
  HPDF_Dict field_dr_ = nullptr;  ///< each text field's own /DR: the field font with Latin Extended-A
  HPDF_Array fields_ = nullptr;
  std::map<std::string, HPDF_Dict> parents_;
  std::map<std::string, HPDF_Dict> radios_;  ///< by fully qualified name
};

/// A destination showing `page` scrolled to `top`, keeping the reader's zoom: [page /XYZ null top null]
/// (HPDF_Destination_SetXYZ refuses a null zoom).
HPDF_Destination destination(HPDF_Doc pdf, HPDF_Page page, double top);

/// Gives an annotation a /StructParent key and, when not empty, /Contents (its accessible text).
void tag_annotation(HPDF_Dict annot, int struct_parent, const std::string& contents);

/// A kid of a structure element, in reading order.
struct StructKid {
  enum Type { Elem, Mcr, Objr } type = Elem;
  int index = 0;                 ///< Elem: element; Mcr: MCID
  int page = 0;                  ///< page index (Mcr, Objr)
  HPDF_Dict annot = nullptr;     ///< Objr
};

/// Structure gathered while drawing: which elements appear, their kids, and the parent-tree entries.
struct TagData {
  const StructTree* tree = nullptr;
  std::vector<bool> used;                         ///< per element
  std::vector<std::vector<StructKid>> kids;       ///< per element
  std::vector<std::vector<int>> page_mcids;       ///< per page: MCID -> element
  std::vector<std::pair<int, int>> annot_parents; ///< (StructParent key, element), keys after the pages'
};

/// Writes /StructTreeRoot (elements, /ParentTree) and each page's /StructParents and /Tabs /S.
void write_struct_tree(HPDF_Doc pdf, const TagData& tags, const std::vector<HPDF_Page>& pages);

/// Adds a trailer /ID of zeros; fix_id() then replaces it (the last /ID in the saved bytes, in the
/// trailer or the cross-reference stream) with a hash of the bytes.
void add_id_placeholder(HPDF_Doc pdf);
void fix_id(std::string& bytes);

/// Flate-compresses bytes with libharu's own zlib (zlib format, as its streams).
std::string deflate(HPDF_Doc pdf, const std::string& bytes);

/// Before saving: compresses every stream libharu would compress as it saves (the page contents, the
/// fonts, ToUnicode maps, appearances), taking what `cache` kept for the same bytes, and has each written
/// as libharu writes a compressed stream: the same bytes through ext::deflate, the same dictionary with
/// `/Filter [ /FlateDecode ]` last, the same /Length. A stream with filter parameters, another filter or a
/// dictionary with write hooks of its own is left to libharu.
void compress_streams(HPDF_Doc pdf, DeflateCache& cache);

/// A PDF text string object: literal for ASCII, UTF-16BE with a byte-order mark otherwise.
void* text_string(HPDF_Doc pdf, const std::string& utf8);
void* text_string(HPDF_MMgr mmgr, const std::string& utf8);
/// Throws std::runtime_error("libharu: cannot <what>") unless st is HPDF_OK.
void check(HPDF_STATUS st, const char* what);

}  // namespace tk::pdf::ext
