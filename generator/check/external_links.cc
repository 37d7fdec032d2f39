// Outside links: collected from the model, fetched with cpp-httplib (HEAD, then GET), reported per use.
#include "check/external_links.h"

#include <httplib.h>

#include <map>

#include "build.h"
#include "core/files.h"
#include "core/parallel.h"
#include "doc/walk.h"

namespace tk::check {
namespace {

bool is_http(const std::string& u) { return u.rfind("http://", 0) == 0 || u.rfind("https://", 0) == 0; }

void collect(const doc::Node& root, const std::string& file, std::vector<ExternalLink>& out) {
  doc::walk(root, [&](const doc::Step& at) {
    const doc::Node& n = at.node;
    if ((n.kind == doc::Kind::Link || n.kind == doc::Kind::Image) && is_http(n.url())) out.push_back({n.url(), file, n.line, n.col});
    return true;
  });
}

}  // namespace

std::vector<ExternalLink> external_links(const model::Site& site, const std::string& content_dir) {
  std::vector<ExternalLink> out;
  std::string site_file = join_path(content_dir, "site.yaml");
  for (const auto& n : site.config.nav)
    if (is_http(n.url)) out.push_back({n.url, site_file, 0, 0});
  collect(site.config.footer, site_file, out);
  if (is_http(site.config.contact)) out.push_back({site.config.contact, site_file, 0, 0});
  for (const auto& p : site.pages) {
    std::string file = join_path(content_dir, p.source_path);
    if (is_http(p.link)) out.push_back({p.link, file, p.line_of("link"), 0});
    if (is_http(p.contact)) out.push_back({p.contact, file, p.line_of("contact"), 0});
    collect(p.body, file, out);
    for (const auto& f : p.faq) collect(f.a, file, out);
  }
  return out;
}

Probe probe(const std::string& url, std::chrono::milliseconds timeout) {
  Probe r;
  // scheme://host[:port] and the rest (path and query; the #fragment is the browser's business).
  std::size_t host_start = url.find("://") + 3;
  std::size_t path_start = url.find_first_of("/?#", host_start);
  std::string origin = url.substr(0, path_start);
  std::string path = path_start == std::string::npos ? "/" : url.substr(path_start);
  path = path.substr(0, path.find('#'));
  if (path.empty() || path[0] != '/') path = "/" + path;
  try {
    httplib::Client cli(origin);
    if (!cli.is_valid()) {
      r.error = "not a valid address";
      return r;
    }
    cli.set_follow_location(true);
    auto secs = std::chrono::duration_cast<std::chrono::seconds>(timeout);
    auto usecs = std::chrono::duration_cast<std::chrono::microseconds>(timeout - secs);
    cli.set_connection_timeout(secs.count(), usecs.count());
    cli.set_read_timeout(secs.count(), usecs.count());
    cli.set_write_timeout(secs.count(), usecs.count());
    httplib::Headers headers = {{"User-Agent", "toolkitgen-check/0.1 (link checker)"}, {"Accept", "*/*"}};
    auto res = cli.Head(path.c_str(), headers);
    if (!res || res->status >= 400) {
      auto get = cli.Get(path.c_str(), headers);
      if (get) res = std::move(get);
      else if (!res) {
        r.error = httplib::to_string(get.error());
        return r;
      }
    }
    r.status = res->status;
  } catch (const std::exception& e) {
    r.error = e.what();
  }
  return r;
}

std::size_t check_external(const model::Site& site, const std::string& content_dir, Diagnostics& diags,
                           std::chrono::milliseconds timeout, int jobs) {
  std::vector<ExternalLink> links = external_links(site, content_dir);
  std::map<std::string, Probe> results;
  for (const auto& l : links) results[l.url];
  std::vector<std::string> urls;
  for (const auto& kv : results) urls.push_back(kv.first);
  std::vector<Probe> probes(urls.size());
  tk::parallel_for(urls.size(), jobs, [&](std::size_t i) { probes[i] = probe(urls[i], timeout); });
  for (std::size_t i = 0; i < urls.size(); ++i) results[urls[i]] = probes[i];
  for (const auto& l : links) {
    const Probe& p = results[l.url];
    if (p.status == 404 || p.status == 410)
      diags.error(l.file, l.line, l.col, "broken outside link " + l.url + ": HTTP " + std::to_string(p.status) +
                                              (p.status == 404 ? " Not Found" : " Gone") + "; fix or remove the link");
    else if (p.status >= 400)
      diags.warning(l.file, l.line, l.col, "outside link " + l.url + " answered HTTP " + std::to_string(p.status) +
                                               "; open it in a browser to see whether it still works");
    else if (p.status == 0)
      diags.warning(l.file, l.line, l.col, "outside link " + l.url + " could not be checked: " + p.error);
  }
  return urls.size();
}

}  // namespace tk::check
