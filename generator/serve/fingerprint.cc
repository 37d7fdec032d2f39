// Document fingerprints: the page model serialized field by field into an FNV-1a hash.
#include "serve/fingerprint.h"

namespace tk::serve {
namespace {

// Feeds values into the hash, each length-prefixed so that ("ab","c") and ("a","bc") differ.
struct Hasher {
  std::uint64_t h = 14695981039346656037ull;
  void bytes(const std::string& s) {
    num(static_cast<long long>(s.size()));
    h = fnv1a(s, h);
  }
  void num(long long v) {
    for (int i = 0; i < 8; ++i) {
      h ^= static_cast<unsigned char>(v >> (8 * i));
      h *= 1099511628211ull;
    }
  }
  void strings(const std::vector<std::string>& v) {
    num(static_cast<long long>(v.size()));
    for (const auto& s : v) bytes(s);
  }
  void node(const doc::Node& n) {
    num(static_cast<long long>(n.kind));
    bytes(n.text);
    bytes(n.url);
    bytes(n.title);
    bytes(n.id);
    bytes(n.info);
    num(n.level);
    num(n.ordered);
    num(n.start);
    num(n.tight);
    num(n.header);
    num(n.checked);
    num(n.field);
    bytes(std::string(n.aligns.begin(), n.aligns.end()));
    num(static_cast<long long>(n.children.size()));
    for (const auto& c : n.children) node(c);
  }
};

}  // namespace

std::uint64_t fnv1a(const std::string& bytes, std::uint64_t h) {
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

std::uint64_t document_fingerprint(const model::Site& site, const model::Page& p, const std::string& extra) {
  Hasher x;
  const model::SiteConfig& c = site.config;
  for (const std::string* s : {&c.title, &c.publisher, &c.base_url, &c.language, &c.description, &c.contact}) x.bytes(*s);
  x.num(static_cast<long long>(p.kind));
  for (const std::string* s : {&p.slug, &p.source_path, &p.title, &p.summary, &p.updated, &p.link, &p.contact, &p.location,
                               &p.image, &p.image_alt, &p.field_says})
    x.bytes(*s);
  x.num(p.weight);
  x.num(p.draft);
  x.num(p.on_request);
  x.num(p.number);
  x.node(p.body);
  x.num(static_cast<long long>(p.fields.size()));
  for (const auto& f : p.fields) {
    x.bytes(f.name);
    x.bytes(f.label);
    x.bytes(f.help);
    x.num(static_cast<long long>(f.type));
    x.num(f.width);
    x.num(f.lines);
    x.num(f.in_table);
    x.num(f.checked);
  }
  for (const auto* v : {&p.activities, &p.stages, &p.formats, &p.audience, &p.focus_areas}) x.strings(*v);
  for (const auto& pr : p.partners) {
    x.bytes(pr.name);
    x.bytes(pr.type);
  }
  for (const auto& f : p.faq) {
    x.bytes(f.q);
    x.node(f.a);
  }
  // The pages it names: their titles and addresses may be printed in the document.
  for (const auto& s : p.stages)
    if (const model::Page* q = site.find(model::Kind::Stage, s)) x.bytes(q->title + "\n" + q->url());
  for (const auto& s : p.focus_areas)
    if (const model::Page* q = site.find(model::Kind::FocusArea, s)) x.bytes(q->title + "\n" + q->url());
  x.bytes(extra);
  return x.h;
}

}  // namespace tk::serve
