// The data the web form's document buttons need, as classic scripts (they load from file:// too, where
// fetch() of local files is blocked): each template document's blank bytes, and the field font.
#pragma once
#include <map>
#include <string>

#include "render/output.h"

namespace tk::html {

/// "tools/compact.pdf" -> "tools/compact.pdf.js".
std::string fill_script_path(const std::string& document_path);
/// True for "<document>.pdf.js" / "<document>.docx.js" (no page loads them by itself: a change to one
/// reloads no open page in serve).
bool is_fill_script(const std::string& path);
/// The script that carries one blank document: tkBlank("<document path>","<base64 of its bytes>");
std::string fill_script(const std::string& document_path, const std::string& bytes);
/// Where the field font's script goes: js/fill-font.js.
extern const char* const kFillFontScript;

/// js/fill-font.js: tkFont("<base64 of the gzip of the PDF field font's TrueType program>")
/// (pdf::field_font(): the glyphs the filled PDF's appearances are drawn with), made once per process.
/// pipeline::units writes it, and each template document's fill_script.
const std::string& fill_font_script();

}  // namespace tk::html
