// Blank documents and the field font as classic scripts for themes/default/static/js/fill.js.
#include "render/html/fill_scripts.h"

#include "core/text.h"
#include "render/pdf/fonts.h"
#include "search/gzip.h"

namespace tk::html {

const char* const kFillFontScript = "js/fill-font.js";

std::string fill_script_path(const std::string& document_path) { return document_path + ".js"; }

bool is_fill_script(const std::string& path) {
  return text::ends_with(path, ".pdf.js") || text::ends_with(path, ".docx.js");
}

std::string fill_script(const std::string& document_path, const std::string& bytes) {
  return "tkBlank(\"" + document_path + "\",\"" + text::base64(bytes) + "\");\n";
}

const std::string& fill_font_script() {
  // The same bytes for every build of a process (serve rebuilds often): made once.
  static const std::string script = "tkFont(\"" + text::base64(search::gzip(pdf::field_font().program)) + "\");\n";
  return script;
}

}  // namespace tk::html
