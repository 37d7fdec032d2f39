// The .docx styles come from the theme's reference.docx (render/docx/styles.cc), read when the theme loads.
#include <catch2/catch.hpp>

#include <filesystem>

#include "core/files.h"
#include "render/docx/docx_writer.h"
#include "render/docx/styles.h"
#include "render/html/theme.h"
#include "render/docx/test_support.h"
#include "render/zip/archive.h"
#include "support/test_support.h"

namespace fs = std::filesystem;
using tk::test::docx::Element;
using tk::test::docx::parse;

namespace {

const std::string kDefaultTheme = std::string(TK_SOURCE_DIR) + "/themes/default";
const std::string kDefaultReference = kDefaultTheme + "/reference.docx";

std::string styles_part(const std::string& docx_path) {
  for (auto& [path, bytes] : tk::zip::read_file(docx_path))
    if (path == "word/styles.xml") return bytes;
  return "";
}

std::string styles_xml(const std::string& inner) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
         "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">" + inner + "</w:styles>";
}

std::string docx_with(const std::string& styles) {
  return tk::zip::write({{"[Content_Types].xml", "<Types/>"}, {"word/styles.xml", styles}});
}

/// The w:style elements with this id.
std::vector<const Element*> styles_with_id(const Element& root, const std::string& id) {
  std::vector<const Element*> out;
  for (const Element* s : root.all("w:style"))
    if (s->get("w:styleId") == id) out.push_back(s);
  return out;
}

/// A copy of the default theme (templates, static files, reference.docx) in `dir`/theme.
std::string copy_default_theme(const tk::test::TempDir& dir) {
  std::string theme = dir.path() + "/theme";
  fs::copy(kDefaultTheme, theme, fs::copy_options::recursive);
  return theme;
}

}  // namespace

TEST_CASE("docx styles: the default theme's reference.docx holds every style the writer uses", "[docx][styles]") {
  std::string styles = styles_part(kDefaultReference);
  Element root = parse(styles);
  for (const char* id : {"Normal", "Title", "Subtitle", "Heading1", "Heading6", "ListBullet", "ListNumber", "Quote",
                         "SourceCode", "VerbatimChar", "Hyperlink", "PlaceholderText", "TableGrid", "TableHeading",
                         "TableText", "TableSeparator", "FieldLabel", "SignatureLine", "SignatureCaption", "Header",
                         "Footer", "TOCHeading", "TOC1", "TOC2"})
    CHECK(styles_with_id(root, id).size() == 1);
  // The theme's own file is used as it is (no merging with itself), and it is what a theme without one gets.
  CHECK(tk::docx::theme_styles(kDefaultTheme, tk::docx::default_reference()) == styles);
  tk::test::TempDir bare;
  CHECK(tk::docx::theme_styles(bare.path(), kDefaultReference) == styles);
  CHECK(fs::equivalent(tk::docx::default_reference(), kDefaultReference));
}

TEST_CASE("docx styles: the site's language goes into the document defaults' w:lang", "[docx][styles]") {
  std::string en = styles_part(kDefaultReference);
  const std::string tag = "<w:lang w:val=\"en-US\" w:eastAsia=\"en-US\" w:bidi=\"ar-SA\"/>";
  REQUIRE(en.find(tag) != std::string::npos);
  CHECK(tk::docx::styles_for_language(en, "en-US") == en);
  CHECK(tk::docx::styles_for_language(en, "") == en);
  std::string es = en;
  es.replace(es.find(tag), tag.size(), "<w:lang w:val=\"es-MX\" w:eastAsia=\"en-US\" w:bidi=\"ar-SA\"/>");
  CHECK(tk::docx::styles_for_language(en, "es-MX") == es);
  CHECK(tk::docx::styles_for_language(en, "a\"b").find("<w:lang w:val=\"a&quot;b\"") != std::string::npos);
  // A reference whose defaults name no language gets one; one without run defaults is left as it is.
  std::string no_lang = styles_xml("<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val=\"24\"/></w:rPr></w:rPrDefault>"
                                   "</w:docDefaults>");
  CHECK(tk::docx::styles_for_language(no_lang, "fr-CA").find("<w:sz w:val=\"24\"/><w:lang w:val=\"fr-CA\"/></w:rPr>") !=
        std::string::npos);
  std::string no_defaults = styles_xml("");
  CHECK(tk::docx::styles_for_language(no_defaults, "fr-CA") == no_defaults);
}

TEST_CASE("docx styles: a reference lacking styles gets the default's, matched by id, else by name", "[docx][styles]") {
  std::string defaults = styles_part(kDefaultReference);
  // As LibreOffice saves it: Hyperlink as InternetLink, toc 1 as Contents1 ("TOC 1"); as a German Word: heading 1
  // as berschrift1, with a style based on it.
  std::string ref = styles_xml(
      "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Standard\"><w:name w:val=\"Normal\"/></w:style>"
      "<w:style w:type=\"character\" w:styleId=\"InternetLink\"><w:name w:val=\"Hyperlink\"/><w:rPr>"
      "<w:color w:val=\"00AA00\"/></w:rPr></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"Contents1\"><w:name w:val=\"TOC 1\"/></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"berschrift1\"><w:name w:val=\"heading 1\"/><w:rPr>"
      "<w:color w:val=\"C00000\"/></w:rPr></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"Mine\"><w:name w:val=\"Mine\"/><w:basedOn w:val=\"berschrift1\"/>"
      "</w:style>");
  Element root = parse(tk::docx::merge_styles(ref, defaults));
  REQUIRE(styles_with_id(root, "Heading1").size() == 1);
  CHECK(styles_with_id(root, "Heading1")[0]->all("w:color")[0]->get("w:val") == "C00000");  // the reference's
  CHECK(styles_with_id(root, "berschrift1").empty());
  CHECK(styles_with_id(root, "Mine")[0]->child("w:basedOn")->get("w:val") == "Heading1");
  REQUIRE(styles_with_id(root, "Hyperlink").size() == 1);
  CHECK(styles_with_id(root, "Hyperlink")[0]->all("w:color")[0]->get("w:val") == "00AA00");
  CHECK(styles_with_id(root, "TOC1").size() == 1);
  CHECK(styles_with_id(root, "Contents1").empty());
  for (const char* id : {"FieldLabel", "PlaceholderText", "TableGrid", "Heading2", "TOC2"})
    CHECK(styles_with_id(root, id).size() == 1);  // missing: the default theme's
  int default_paragraphs = 0;
  for (const Element* s : root.all("w:style"))
    default_paragraphs += s->get("w:type") == "paragraph" && s->get("w:default") == "1";
  CHECK(default_paragraphs == 1);  // the default's Normal is not added beside the reference's default
  CHECK(styles_with_id(root, "Normal").size() == 1);  // "Standard", named Normal (as LibreOffice names it)
  CHECK(styles_with_id(root, "Standard").empty());
  CHECK_THROWS_AS(tk::docx::merge_styles("<w:document/>", defaults), std::runtime_error);
}

TEST_CASE("docx styles: the theme reads reference.docx when it loads; an edited style reaches the documents",
          "[docx][styles][theme]") {
  tk::test::TempDir dir;
  std::string theme_dir = copy_default_theme(dir);
  std::string styles = styles_part(kDefaultReference);
  const std::string old_color = "<w:color w:val=\"1F3864\"/><w:sz w:val=\"32\"/>";
  REQUIRE(styles.find(old_color) != std::string::npos);
  styles.replace(styles.find(old_color), old_color.size(), "<w:color w:val=\"C00000\"/><w:sz w:val=\"40\"/>");
  dir.write("theme/reference.docx", docx_with(styles));
  tk::Diagnostics diags;
  tk::html::Theme theme;
  REQUIRE(theme.load(theme_dir, diags));
  Element root = parse(theme.docx_styles());
  REQUIRE(styles_with_id(root, "Heading1").size() == 1);
  const Element* h1 = styles_with_id(root, "Heading1")[0];
  CHECK(h1->all("w:color")[0]->get("w:val") == "C00000");
  CHECK(h1->all("w:sz")[0]->get("w:val") == "40");
  CHECK(tk::docx::styles_for_language(theme.docx_styles(), "en-US") == styles);

  // Without reference.docx, the default theme's.
  fs::remove(theme_dir + "/reference.docx");
  tk::html::Theme bare;
  REQUIRE(bare.load(theme_dir, diags));
  CHECK(bare.docx_styles() == styles_part(kDefaultReference));
}

TEST_CASE("docx styles: a reference.docx that cannot be used is an error at its path", "[docx][styles][theme]") {
  tk::test::TempDir dir;
  std::string theme_dir = copy_default_theme(dir);
  const std::string ref = theme_dir + "/reference.docx";
  struct Case {
    const char* what;
    std::string bytes;
    const char* says;
  };
  std::string zip = tk::zip::write({{"word/document.xml", "<w:document/>"}});
  std::string whole;
  REQUIRE(tk::read_whole_file(kDefaultReference, whole));
  for (const Case& c : {Case{"not a zip", "not a zip", "cannot be read as a .docx"},
                        Case{"cut short", whole.substr(0, whole.size() / 2), "cannot be read as a .docx"},
                        Case{"empty", "", "cannot be read as a .docx"},
                        Case{"no styles part", zip, "holds no word/styles.xml"},
                        Case{"no styles root", docx_with("<w:document/>"), "has no <w:styles> element"}}) {
    INFO(c.what);
    fs::remove_all(ref);
    dir.write("theme/reference.docx", c.bytes);
    tk::Diagnostics diags;
    tk::html::Theme theme;
    CHECK_FALSE(theme.load(theme_dir, diags));
    std::string msgs = tk::test::all_messages(diags);
    CHECK(msgs.rfind(ref + ": error: ", 0) == 0);
    INFO(msgs);
    CHECK(msgs.find(c.says) != std::string::npos);
  }
  fs::remove_all(ref);
  fs::create_directory(ref);
  tk::Diagnostics diags;
  tk::html::Theme theme;
  CHECK_FALSE(theme.load(theme_dir, diags));
  CHECK(tk::test::all_messages(diags).find(ref + ": error: is not a file") != std::string::npos);
  // A theme without one, and no default theme to fall back on.
  tk::test::TempDir bare;
  CHECK_THROWS_AS(tk::docx::theme_styles(bare.path(), ""), tk::docx::ReferenceError);
}
