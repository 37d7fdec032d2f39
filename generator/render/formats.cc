// The format table: the one place a format's writers are named.
#include "render/formats.h"

#include <stdexcept>

#include "render/docx/docx_writer.h"
#include "render/pdf/pdf_writer.h"
#include "render/zip/toolkit.h"

namespace tk::render {

const std::vector<Format>& formats() {
  static const std::vector<Format> table = {
      // name, extension, label, page writer, bundle writer, styled, holds downloads, /downloads/ title and note
      {"pdf", ".pdf", "PDF", pdf::write_page, pdf::write_bundle, false, false, "The whole toolkit as one PDF",
       "with every fill-in field"},
      {"docx", ".docx", "Word", docx::write_form, docx::write_bundle, true, false,
       "The whole toolkit as one Word document", "with every content control"},
      {"zip", ".zip", "ZIP", nullptr, zip::write_toolkit, false, true, "Every template, PDF and Word, in one .zip file",
       "one folder per stage"},
  };
  return table;
}

const Format* format(const std::string& name) {
  for (const Format& f : formats())
    if (name == f.name) return &f;
  return nullptr;
}

const Format& format_of(const std::string& name) {
  if (const Format* f = format(name)) return *f;
  throw std::runtime_error("internal error: no output format '" + name + "'");
}

}  // namespace tk::render
