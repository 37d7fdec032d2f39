// DocumentInput: made in one place, hashed through model::Hasher.
#include "render/document_input.h"

#include "core/files.h"
#include "doc/walk.h"
#include "model/fingerprint.h"

namespace tk::render {

Listing listing(const model::Site& site, const model::PageKeys* keys) {
  auto s = std::make_shared<model::Site>();
  s->pages.reserve(site.pages.size());
  for (const auto& p : site.pages) s->pages.push_back(model::without_body(p));
  s->reindex();
  model::Hasher x;
  x.num(static_cast<long long>(s->pages.size()));
  for (std::size_t i = 0; i < s->pages.size(); ++i)
    x.num(static_cast<long long>(keys ? keys->meta(site.pages[i]) : model::page_key(s->pages[i])));
  return Listing{s, x.h};
}

std::vector<std::string> pictures(const model::Page& page) {
  struct Pictures : doc::Visitor {
    std::vector<std::string> urls;
    bool enter(const doc::Step& at) override {
      const doc::Node& n = at.node;
      if (n.kind == doc::Kind::Image && n.url().rfind("/", 0) == 0) urls.push_back(n.url());
      return true;
    }
  } pics;
  if (!page.image.empty()) pics.urls.push_back("/" + page.image);
  doc::walk(page.body, pics);
  return pics.urls;
}

void read_pictures(const model::Site& site, const model::Page& page, const ReadFile& read,
                   std::map<std::string, std::shared_ptr<const std::string>>& files) {
  for (const auto& url : pictures(page)) {
    if (files.count(url)) continue;
    std::shared_ptr<const std::string> bytes;
    if (url.find("..") == std::string::npos) {
      const std::string path = site.content_dir + url;
      if (read) {
        try {
          bytes = read(path);
        } catch (const std::exception&) {
          bytes = nullptr;
        }
      } else {
        std::string b;
        if (read_whole_file(path, b)) bytes = std::make_shared<const std::string>(std::move(b));
      }
    }
    files[url] = bytes;
  }
}

DocumentInput document_input(const model::Site& site, const model::Page& page, const std::string& format, std::string styles,
                             const Listing* given, const ReadFile& read) {
  using model::Kind;
  DocumentInput in;
  in.page = &page;
  in.format = format;
  const model::SiteConfig& c = site.config;
  in.site = DocumentInput::Settings{c.title, c.publisher, c.base_url, c.language, c.build_time};
  in.styles = std::move(styles);
  if (format != "pdf") return in;
  if (page.kind == Kind::Home || page.kind == Kind::Stage || page.kind == Kind::FocusArea || page.kind == Kind::Spotlight)
    in.listing = given ? *given : listing(site);
  if (page.updated.empty())
    for (const auto& p : site.pages) in.newest = std::max(in.newest, p.updated);
  read_pictures(site, page, read, in.files);
  return in;
}

BundleInput bundle_input(const model::Site& site, std::string styles) {
  BundleInput in;
  in.site = std::shared_ptr<const model::Site>(&site, [](const model::Site*) {});
  in.outline = model::outline(site);
  in.styles = std::move(styles);
  return in;
}

std::uint64_t document_key(const DocumentInput& in, const model::PageKeys* keys) {
  model::Hasher x;
  x.num(static_cast<long long>(keys ? keys->whole(*in.page) : model::page_key(*in.page)));
  x.bytes(in.format);
  for (const std::string* s : {&in.site.title, &in.site.publisher, &in.site.base_url, &in.site.language}) x.bytes(*s);
  x.num(static_cast<long long>(in.site.build_time));
  x.bytes(in.styles);
  x.num(in.listing.site ? 1 : 0);
  x.num(static_cast<long long>(in.listing.key));
  x.bytes(in.newest);
  x.num(static_cast<long long>(in.files.size()));
  for (const auto& [url, bytes] : in.files) {
    x.bytes(url);
    x.num(bytes ? 1 : 0);
    if (bytes) x.bytes(*bytes);
  }
  return x.h;
}

}  // namespace tk::render
