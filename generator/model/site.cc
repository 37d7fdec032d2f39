// Model accessors: permalinks, lookups and the orders lists are shown in.
#include "model/site.h"

#include <algorithm>
#include <set>

#include "core/text.h"

namespace tk::model {

const char* kind_name(Kind k) {
  switch (k) {
    case Kind::Home: return "home";
    case Kind::Stage: return "stage";
    case Kind::Tool: return "tool";
    case Kind::Job: return "job";
    case Kind::Spotlight: return "spotlight";
    case Kind::FocusArea: return "focus-area";
    case Kind::Page: return "page";
  }
  return "";
}

const char* kind_folder(Kind k) {
  switch (k) {
    case Kind::Home: return "";
    case Kind::Stage: return "stages";
    case Kind::Tool: return "tools";
    case Kind::Job: return "jobs";
    case Kind::Spotlight: return "spotlights";
    case Kind::FocusArea: return "focus-areas";
    case Kind::Page: return "pages";
  }
  return "";
}

const char* kind_label(Kind k) {
  switch (k) {
    case Kind::Home: return "Home";
    case Kind::Stage: return "Stage";
    case Kind::Tool: return "Tool";
    case Kind::Job: return "Sample job description";
    case Kind::Spotlight: return "Spotlight";
    case Kind::FocusArea: return "Focus area";
    case Kind::Page: return "Page";
  }
  return "";
}

const char* field_type_name(FieldType t) {
  switch (t) {
    case FieldType::Text: return "text";
    case FieldType::Multiline: return "multiline";
    case FieldType::Date: return "date";
    case FieldType::Checkbox: return "checkbox";
    case FieldType::Signature: return "signature";
    case FieldType::Choice: return "choice";
  }
  return "";
}

std::string Page::url() const {
  switch (kind) {
    case Kind::Home: return "/";
    case Kind::Page: return "/" + slug + "/";
    default: return std::string("/") + kind_folder(kind) + "/" + slug + "/";
  }
}

bool Page::has_format(const std::string& f) const {
  return std::find(formats.begin(), formats.end(), f) != formats.end();
}

std::string Page::download_url(const std::string& format) const {
  return url() + slug + "." + format;
}

std::string Page::page_pdf_url() const {
  if (has_format("pdf")) return download_url("pdf");
  return url() + (kind == Kind::Home ? std::string("index") : slug) + ".pdf";
}

std::string Page::audience_text() const {
  std::string aud;
  for (const auto& a : audience)
    aud += (aud.empty() ? "" : ", ") + std::string(a == "district" ? "school districts" : a == "program" ? "preparation programs" : "the state");
  return aud;
}

bool Page::is_external_link() const {
  return link.rfind("http://", 0) == 0 || link.rfind("https://", 0) == 0;
}

const Page* Site::home() const {
  for (const auto& p : pages)
    if (p.kind == Kind::Home) return &p;
  return nullptr;
}

void Site::reindex() {
  by_slug_.clear();
  by_kind_.assign(static_cast<std::size_t>(Kind::Page) + 1, {});
  for (std::size_t i = 0; i < pages.size(); ++i) {
    by_slug_.emplace(std::make_pair(static_cast<int>(pages[i].kind), pages[i].slug), i);
    by_kind_[static_cast<std::size_t>(pages[i].kind)].push_back(i);
  }
  indexed_size_ = pages.size();
  indexed_data_ = pages.data();
}

const Page* Site::find(Kind k, const std::string& slug) const {
  if (indexed()) {
    auto it = by_slug_.find(std::make_pair(static_cast<int>(k), slug));
    return it == by_slug_.end() ? nullptr : &pages[it->second];
  }
  for (const auto& p : pages)
    if (p.kind == k && p.slug == slug) return &p;
  return nullptr;
}

std::vector<const Page*> Site::of_kind(Kind k) const {
  std::vector<const Page*> out;
  if (indexed()) {
    for (std::size_t i : by_kind_[static_cast<std::size_t>(k)]) out.push_back(&pages[i]);
    return out;
  }
  for (const auto& p : pages)
    if (p.kind == k) out.push_back(&p);
  return out;  // pages are kept sorted by kind, weight, title
}

std::vector<const Page*> Site::stage_items(const std::string& stage_slug) const {
  std::vector<const Page*> out;
  for (Kind k : {Kind::Tool, Kind::Job})
    for (const auto& p : pages)
      if (p.kind == k && std::find(p.stages.begin(), p.stages.end(), stage_slug) != p.stages.end())
        out.push_back(&p);
  return out;
}

std::vector<const Page*> Site::spotlights_for(const std::string& focus_slug) const {
  std::vector<const Page*> out;
  for (const auto& p : pages)
    if (p.kind == Kind::Spotlight &&
        std::find(p.focus_areas.begin(), p.focus_areas.end(), focus_slug) != p.focus_areas.end())
      out.push_back(&p);
  std::stable_sort(out.begin(), out.end(), [](const Page* a, const Page* b) { return a->title < b->title; });
  return out;
}

std::vector<const Page*> Site::forms() const {
  std::vector<const Page*> out;
  std::set<const Page*> seen;
  auto add = [&](const Page* p) {
    if (!p->formats.empty() && seen.insert(p).second) out.push_back(p);
  };
  for (const Page* s : of_kind(Kind::Stage))
    for (const Page* p : stage_items(s->slug)) add(p);
  for (Kind k : {Kind::Tool, Kind::Job})
    for (const Page* p : of_kind(k)) add(p);  // templates on no stage come last
  return out;
}

std::string Site::bundle_stem() const {
  // "downloads" would be the downloads page's own PDF (downloads/downloads.pdf).
  std::string slug = text::slugify(config.title);
  return "/downloads/" + (slug.empty() || slug == "downloads" ? std::string("toolkit") : slug);
}

}  // namespace tk::model
