// model::outline: the one place the whole-toolkit outline is worked out.
#include "model/outline.h"

#include <algorithm>
#include <functional>
#include <map>
#include <stdexcept>

namespace tk::model {

Outline outline(const Site& site) {
  Outline o;
  std::map<const Page*, const Page*> first_under;  // template -> the stage it is listed under first
  int number = 0;
  for (const Page* s : site.of_kind(Kind::Stage)) {
    OutlineSection sec;
    sec.stage = s;
    sec.number = ++number;
    for (const Page* p : site.stage_items(s->slug)) {
      if (p->formats.empty()) continue;
      auto [it, added] = first_under.emplace(p, s);
      sec.entries.push_back(OutlineEntry{p, added, it->second, ""});
    }
    o.sections.push_back(std::move(sec));
  }
  OutlineSection other;
  for (const Page* p : site.forms())
    if (first_under.emplace(p, nullptr).second) other.entries.push_back(OutlineEntry{p, true, nullptr, ""});
  if (!other.entries.empty()) o.sections.push_back(std::move(other));

  // Names: slugs are unique within a kind, so a slug is shared only by a tool and a job.
  std::map<std::string, int> uses;
  for (const auto& [p, stage] : first_under) ++uses[p->slug];
  for (OutlineSection& sec : o.sections)
    for (OutlineEntry& e : sec.entries)
      e.name = (uses[e.page->slug] > 1 ? std::string(kind_name(e.page->kind)) + "-" : "") + e.page->slug;

  for (const OutlineSection& sec : o.sections) {
    if (sec.stage) o.updated = std::max(o.updated, sec.stage->updated);
    for (const OutlineEntry& e : sec.entries) o.updated = std::max(o.updated, e.page->updated);
  }
  return o;
}

Outline Outline::with_format(const std::string& format) const {
  Outline o;
  o.updated = updated;
  for (const OutlineSection& sec : sections) {
    OutlineSection s{sec.stage, sec.number, {}};
    for (const OutlineEntry& e : sec.entries)
      if (e.page->has_format(format)) s.entries.push_back(e);
    if (s.stage || !s.entries.empty()) o.sections.push_back(std::move(s));
  }
  return o;
}

std::vector<const OutlineEntry*> Outline::firsts() const {
  std::vector<const OutlineEntry*> out;
  for (const OutlineSection& sec : sections)
    for (const OutlineEntry& e : sec.entries)
      if (e.first) out.push_back(&e);
  return out;
}

const OutlineEntry* Outline::first(const Page& page) const {
  for (const OutlineSection& sec : sections)
    for (const OutlineEntry& e : sec.entries)
      if (e.first && e.page == &page) return &e;
  return nullptr;
}

Outline Outline::over(const Site& from, const Site& to) const {
  if (from.pages.size() != to.pages.size()) throw std::logic_error("Outline::over: the sites have different pages");
  auto moved = [&](const Page* p) -> const Page* {
    if (!p) return nullptr;
    const Page* begin = from.pages.data();
    const Page* end = begin + from.pages.size();
    if (std::less<const Page*>()(p, begin) || !std::less<const Page*>()(p, end))
      throw std::logic_error("Outline::over: a page of the outline is not one of the site's");
    const Page& q = to.pages[static_cast<std::size_t>(p - begin)];
    if (q.kind != p->kind || q.slug != p->slug) throw std::logic_error("Outline::over: the sites have different pages");
    return &q;
  };
  Outline o = *this;
  for (OutlineSection& sec : o.sections) {
    sec.stage = moved(sec.stage);
    for (OutlineEntry& e : sec.entries) {
      e.page = moved(e.page);
      e.first_under = moved(e.first_under);
    }
  }
  return o;
}

}  // namespace tk::model
