// Every output format as one row of one table: its name, file extension, label, and its writers, all of
// one signature that writes into the output sink (render::Output). build.cc and pipeline.cc look formats
// up here, never by comparing strings; adding a format is adding a row (see README, "Adding an output").
#pragma once
#include <string>
#include <vector>

#include "render/document_input.h"
#include "render/output.h"

namespace tk::render {

/// One file a writer makes: its output path and what it is made from (exactly one of page, bundle).
struct Job {
  std::string path;                     ///< "tools/x/x.pdf", "downloads/<stem>.zip"
  const DocumentInput* page = nullptr;  ///< one page's document (a template download, a page's own PDF)
  const BundleInput* bundle = nullptr;  ///< the whole toolkit
};

/// The one writer signature: makes job.path into out (out.put(path, bytes, pages) with the page count
/// of a PDF, 0 otherwise). Reads nothing but the job. Throws std::runtime_error on failure.
using Writer = void (*)(const Job& job, Output& out);

struct Format {
  const char* name;       ///< "pdf": front matter `formats:`, DocumentInput::format
  const char* extension;  ///< ".pdf"
  const char* label;      ///< "PDF": download labels ("PDF, 3 pages, 84 KB")
  Writer page;            ///< one page's document, or nullptr (no per-page file of this format)
  Writer bundle;          ///< the whole toolkit as one file, or nullptr
  bool styled;            ///< its writers read word/styles.xml (DocumentInput::styles, BundleInput::styles)
  bool holds_downloads;   ///< its bundle holds every template's downloads (reads their bytes: BundleInput::document)
  const char* bundle_title;  ///< /downloads/: what the bundle is ("The whole toolkit as one PDF")
  const char* bundle_note;   ///< /downloads/: what it keeps ("with every fill-in field")
};

/// Every format, in the order /downloads/ offers the bundles.
const std::vector<Format>& formats();
/// The format named `name` ("pdf", "docx", "zip"), or nullptr.
const Format* format(const std::string& name);
/// The format named `name`; throws std::runtime_error (an internal error) when there is none.
const Format& format_of(const std::string& name);

}  // namespace tk::render
