// DocumentInput: made in one place, hashed through model::Hasher.
#include "render/document_input.h"

#include "model/fingerprint.h"

namespace tk::render {

DocumentInput document_input(const model::Site& site, const model::Page& page, const std::string& format, std::string styles) {
  DocumentInput in;
  in.page = &page;
  in.format = format;
  const model::SiteConfig& c = site.config;
  in.site = DocumentInput::Settings{c.title, c.publisher, c.base_url, c.language};
  in.styles = std::move(styles);
  return in;
}

std::uint64_t document_key(const DocumentInput& in) {
  model::Hasher x;
  x.page(*in.page);
  x.bytes(in.format);
  for (const std::string* s : {&in.site.title, &in.site.publisher, &in.site.base_url, &in.site.language}) x.bytes(*s);
  x.bytes(in.styles);
  return x.h;
}

}  // namespace tk::render
