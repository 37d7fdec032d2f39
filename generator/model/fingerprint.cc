// Model fingerprints: pages and settings serialized field by field into a 64-bit hash.
#include "model/fingerprint.h"

#include <functional>
#include <stdexcept>
#include <string_view>

#include "doc/walk.h"

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
  // The bytes through the standard library's string hash (a word at a time, several times faster than
  // FNV-1a's byte at a time: serve hashes every page's data on each rebuild), then into h.
  num(static_cast<long long>(std::hash<std::string_view>{}(s)));
}

// A word at a time through splitmix64's finaliser (two multiplies; FNV-1a's eight, one per byte, were
// most of a page's hash: serve hashes every page and document input on each rebuild). For a given value
// each step is a bijection of the state: two inputs that differ in one value and agree after it never end
// in one state.
void Hasher::num(long long v) {
  std::uint64_t z = h ^ static_cast<std::uint64_t>(v);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  h = z ^ (z >> 31);
}

void Hasher::strings(const std::vector<std::string>& v) {
  num(static_cast<long long>(v.size()));
  for (const auto& s : v) bytes(s);
}

namespace {

// A node's attributes and its number of children (source lines left out).
void node_attributes(Hasher& x, const doc::Node& n) {
  x.num(static_cast<long long>(n.kind));
  x.bytes(n.text);
  x.bytes(n.url());
  x.bytes(n.title());
  x.bytes(n.id());
  x.bytes(n.info());
  x.num(n.level);
  x.num(n.ordered);
  x.num(n.start);
  x.num(n.tight);
  x.num(n.header);
  x.num(n.checked);
  x.num(n.field);
  x.bytes(std::string(n.aligns().begin(), n.aligns().end()));
  x.num(static_cast<long long>(n.children.size()));
}

}  // namespace

// Each node in document order (the walk's), its attributes before its children's: the bytes a
// recursion over the tree writes.
void Hasher::node(const doc::Node& root) {
  doc::walk(root, [this](const doc::Step& at) {
    node_attributes(*this, at.node);
    return true;
  });
}

// Each function below takes its struct apart with a structured binding, which names every member:
// a member added to Page, Field, Partner, Faq, NavItem or SiteConfig stops this file compiling until
// it is hashed here (or said to be left out, with the reason). That keeps the one serialisation of the
// model complete, and with it every key serve derives from it.

void Hasher::page_meta(const Page& p) {
  const auto& [kind, slug, source_path, title, summary, weight, draft, updated, body, fields, activities, stages, formats,
               link, on_request, contact, audience, focus_areas, partners, location, image, image_alt, number, field_says,
               faq, chars_reported, key_lines] = p;
  (void)body, (void)fields, (void)faq;  // page() adds them
  (void)chars_reported, (void)key_lines;  // loader bookkeeping and source lines: no output shows them
  num(static_cast<long long>(kind));
  for (const std::string* s : {&slug, &source_path, &title, &summary, &updated, &link, &contact, &location, &image, &image_alt,
                               &field_says})
    bytes(*s);
  num(weight);
  num(draft);
  num(on_request);
  num(number);
  for (const auto* v : {&activities, &stages, &formats, &audience, &focus_areas}) strings(*v);
  num(static_cast<long long>(partners.size()));
  for (const auto& pr : partners) {
    const auto& [name, type] = pr;
    bytes(name);
    bytes(type);
  }
}

void Hasher::page(const Page& p) {
  page_meta(p);
  node(p.body);
  num(static_cast<long long>(p.fields.size()));
  for (const auto& f : p.fields) {
    const auto& [name, label, help, type, width, lines, in_table, checked, options, line, full_label] = f;
    (void)line;  // a source line
    bytes(name);
    bytes(label);
    bytes(help);
    num(static_cast<long long>(type));
    num(width);
    num(lines);
    num(in_table);
    num(checked);
    strings(options);
    bytes(full_label);
  }
  num(static_cast<long long>(p.faq.size()));
  for (const auto& f : p.faq) {
    const auto& [q, a] = f;
    bytes(q);
    node(a);
  }
}

void Hasher::config(const SiteConfig& c) {
  const auto& [title, publisher, base_url, language, description, contact, nav, footer, reading_grade_max, edit_url,
               page_pdfs, source_path, chars_reported, key_lines, build_time] = c;
  (void)reading_grade_max;  // only `check` reads it
  (void)source_path, (void)chars_reported, (void)key_lines;  // always "site.yaml"; loader bookkeeping; source lines
  for (const std::string* s : {&title, &publisher, &base_url, &language, &description, &contact, &edit_url}) bytes(*s);
  num(page_pdfs ? 1 : 0);
  num(static_cast<long long>(build_time));
  num(static_cast<long long>(nav.size()));
  for (const auto& n : nav) {
    const auto& [ntitle, url, line] = n;
    (void)line;
    bytes(ntitle);
    bytes(url);
  }
  node(footer);
}

Page without_body(const Page& p) {
  Page q;
  q.kind = p.kind;
  q.slug = p.slug;
  q.source_path = p.source_path;
  q.title = p.title;
  q.summary = p.summary;
  q.weight = p.weight;
  q.draft = p.draft;
  q.updated = p.updated;
  q.activities = p.activities;
  q.stages = p.stages;
  q.formats = p.formats;
  q.link = p.link;
  q.on_request = p.on_request;
  q.contact = p.contact;
  q.audience = p.audience;
  q.focus_areas = p.focus_areas;
  q.partners = p.partners;
  q.location = p.location;
  q.image = p.image;
  q.image_alt = p.image_alt;
  q.number = p.number;
  q.field_says = p.field_says;
  q.key_lines = p.key_lines;
  Hasher a, b;
  a.page_meta(p);
  b.page_meta(q);
  if (a.h != b.h) throw std::logic_error("without_body: a member of Page is not copied");
  return q;
}

std::uint64_t page_key(const Page& p) {
  Hasher x;
  x.page(p);
  return x.h;
}

namespace {
std::uint64_t meta_key(const Page& p) { return page_key(without_body(p)); }
}  // namespace

PageKeys::PageKeys(const Site& site)
    : site_(site),
      whole_(new std::atomic<std::uint64_t>[site.pages.size()]()),
      meta_(new std::atomic<std::uint64_t>[site.pages.size()]()) {}

std::uint64_t PageKeys::memo(const std::unique_ptr<std::atomic<std::uint64_t>[]>& slots, const Page& p,
                             std::uint64_t (*make)(const Page&)) const {
  const Page* first = site_.pages.data();
  if (site_.pages.empty() || &p < first || &p >= first + site_.pages.size()) return make(p);
  std::atomic<std::uint64_t>& slot = slots[static_cast<std::size_t>(&p - first)];
  std::uint64_t k = slot.load(std::memory_order_relaxed);
  if (k == 0) {  // two threads may both make it: the same value
    k = make(p);
    slot.store(k, std::memory_order_relaxed);
  }
  return k;
}

std::uint64_t PageKeys::whole(const Page& p) const { return memo(whole_, p, page_key); }
std::uint64_t PageKeys::meta(const Page& p) const { return memo(meta_, p, meta_key); }

}  // namespace tk::model
