// Document fingerprints: the page model and what it names, through model::Hasher.
#include "serve/fingerprint.h"

namespace tk::serve {

std::uint64_t document_fingerprint(const model::Site& site, const model::Page& p, const std::string& extra) {
  model::Hasher x;
  const model::SiteConfig& c = site.config;
  for (const std::string* s : {&c.title, &c.publisher, &c.base_url, &c.language, &c.description, &c.contact}) x.bytes(*s);
  x.page(p);
  // The pages it names: their titles and addresses may be printed in the document.
  for (const auto& s : p.stages)
    if (const model::Page* q = site.find(model::Kind::Stage, s)) x.bytes(q->title + "\n" + q->url());
  for (const auto& s : p.focus_areas)
    if (const model::Page* q = site.find(model::Kind::FocusArea, s)) x.bytes(q->title + "\n" + q->url());
  x.bytes(extra);
  return x.h;
}

}  // namespace tk::serve
