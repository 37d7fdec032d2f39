// doc::Node -> HTML fragment (the page body), with fill-in fields as labelled form controls.
#pragma once
#include <functional>
#include <string>

#include "doc/ast.h"
#include "model/site.h"

namespace tk::html {

/// Turns a resolved site path ("/tools/x/#a") into an href relative to the current page.
using LinkMapper = std::function<std::string(const std::string& site_path)>;

/// Renders a body. page may be null (footer, faq answers): fields then render as plain text.
std::string render_body(const doc::Node& root, const model::Page* page, const LinkMapper& link);

/// The HTML form control(s) for one field (used by the body renderer; exposed for tests).
std::string render_control(const model::Field& f);

}  // namespace tk::html
