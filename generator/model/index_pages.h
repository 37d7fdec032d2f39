// The pages made from other pages instead of a content file: the spotlights list (/spotlights/) and the
// downloads page (/downloads/). Their title and summary are the web pages' own; their body lists what the
// web page lists, as a document tree, for "PDF of this page" (the PDF writer lays it out like any body).
#pragma once
#include <vector>

#include "model/site.h"

namespace tk::model {

/// Kind::Page with slug "spotlights": a heading per spotlight (linked) with its summary, place and partners.
Page spotlights_page(const Site& site);

/// Kind::Page with slug "downloads": the whole-toolkit downloads, then each stage's templates with their
/// PDF and Word links (a template under a second stage says where it is listed first), as on the web page.
Page downloads_page(const Site& site);

/// Both, in that order.
std::vector<Page> index_pages(const Site& site);

}  // namespace tk::model
