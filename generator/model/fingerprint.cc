// Model fingerprints: pages and settings serialized field by field into an FNV-1a hash.
#include "model/fingerprint.h"

namespace tk::model {

std::uint64_t fnv1a(const std::string& bytes, std::uint64_t h) {
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

void Hasher::bytes(const std::string& s) {
  num(static_cast<long long>(s.size()));
  h = fnv1a(s, h);
}

void Hasher::num(long long v) {
  for (int i = 0; i < 8; ++i) {
    h ^= static_cast<unsigned char>(v >> (8 * i));
    h *= 1099511628211ull;
  }
}

void Hasher::strings(const std::vector<std::string>& v) {
  num(static_cast<long long>(v.size()));
  for (const auto& s : v) bytes(s);
}

void Hasher::node(const doc::Node& n) {
  num(static_cast<long long>(n.kind));
  bytes(n.text);
  bytes(n.url());
  bytes(n.title());
  bytes(n.id());
  bytes(n.info());
  num(n.level);
  num(n.ordered);
  num(n.start);
  num(n.tight);
  num(n.header);
  num(n.checked);
  num(n.field);
  bytes(std::string(n.aligns().begin(), n.aligns().end()));
  num(static_cast<long long>(n.children.size()));
  for (const auto& c : n.children) node(c);
}

void Hasher::page_meta(const Page& p) {
  num(static_cast<long long>(p.kind));
  for (const std::string* s : {&p.slug, &p.source_path, &p.title, &p.summary, &p.updated, &p.link, &p.contact, &p.location,
                               &p.image, &p.image_alt, &p.field_says})
    bytes(*s);
  num(p.weight);
  num(p.draft);
  num(p.on_request);
  num(p.number);
  for (const auto* v : {&p.activities, &p.stages, &p.formats, &p.audience, &p.focus_areas}) strings(*v);
  num(static_cast<long long>(p.partners.size()));
  for (const auto& pr : p.partners) {
    bytes(pr.name);
    bytes(pr.type);
  }
}

void Hasher::page(const Page& p) {
  page_meta(p);
  node(p.body);
  num(static_cast<long long>(p.fields.size()));
  for (const auto& f : p.fields) {
    bytes(f.name);
    bytes(f.label);
    bytes(f.help);
    num(static_cast<long long>(f.type));
    num(f.width);
    num(f.lines);
    num(f.in_table);
    num(f.checked);
    strings(f.options);
    bytes(f.full_label);
  }
  num(static_cast<long long>(p.faq.size()));
  for (const auto& f : p.faq) {
    bytes(f.q);
    node(f.a);
  }
}

void Hasher::config(const SiteConfig& c) {
  for (const std::string* s : {&c.title, &c.publisher, &c.base_url, &c.language, &c.description, &c.contact, &c.edit_url}) bytes(*s);
  num(static_cast<long long>(c.nav.size()));
  for (const auto& n : c.nav) {
    bytes(n.title);
    bytes(n.url);
  }
  node(c.footer);
}

}  // namespace tk::model
