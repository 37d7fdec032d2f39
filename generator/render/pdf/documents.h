// The documents behind the entry points, laid out and paginated but not yet drawn (tests draw them
// without object streams to read their dictionaries).
#pragma once
#include <vector>

#include "model/site.h"
#include "render/document_input.h"
#include "render/pdf/flow.h"
#include "render/pdf/render.h"

namespace tk::pdf {

/// A laid-out, paginated document and how to draw it.
struct LaidOut {
  DocLayout layout;
  std::vector<PageLayout> pages;
  RenderSpec spec;
};

/// Any page's PDF from its input: title block, picture, front-matter sections and body (write_page draws it).
LaidOut page_document(const render::DocumentInput& in);
/// A page's PDF document with the input made from the whole site (render::document_input).
LaidOut form_document(const model::Site& site, const model::Page& page);
/// The whole toolkit, in the sections of in.outline (write_bundle draws it).
LaidOut bundle_document(const render::BundleInput& in);
/// The same from a whole site (tests): pictures from `files` when given, else from site.content_dir.
LaidOut bundle_document(const model::Site& site, const std::map<std::string, std::shared_ptr<const std::string>>* files = nullptr);

}  // namespace tk::pdf
