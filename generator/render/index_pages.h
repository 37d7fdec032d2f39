// The pages made from other pages instead of a content file: the spotlights list (/spotlights/) and the
// downloads page (/downloads/). Their title and summary are the web pages' own; their body lists what the
// web page lists, as a document tree (the bundles' titles from render/formats.h), for "PDF of this page" (the PDF writer lays it out like any body).
#pragma once
#include <vector>

#include "model/outline.h"
#include "model/site.h"

namespace tk::render {

/// Kind::Page with slug "spotlights": a heading per spotlight (linked) with its summary, place and partners.
model::Page spotlights_page(const model::Site& site);

/// Kind::Page with slug "downloads": the whole-toolkit downloads, then each section of the outline with its
/// templates and their PDF and Word links (a template under a later stage says where it is listed first),
/// as on the web page.
model::Page downloads_page(const model::Site& site, const model::Outline& outline);

/// Both, in that order (outline: model::outline(site), made once per run by pipeline::units).
std::vector<model::Page> index_pages(const model::Site& site, const model::Outline& outline);

}  // namespace tk::render
