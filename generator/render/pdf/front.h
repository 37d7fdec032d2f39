// Front matter shared by the templates and the bundle: links made absolute and a page's title block.
#pragma once
#include <string>

#include "model/site.h"
#include "render/pdf/blocks.h"

namespace tk::pdf {

/// The absolute URI of a link from the tree: site paths ("/tools/x/#h") under site.config.base_url.
LinkTarget site_link(const model::Site& site, const std::string& url);

/// A template's opening: kind and site, the title (H1), the summary, publisher and date, the web
/// address, and how to fill the form in (when it has fields). Returns the title's first unit.
std::size_t title_block(BodyBuilder& b, const model::Site& site, const model::Page& page, const Ctx& ctx);

}  // namespace tk::pdf
