// `check --external`: outside links (http, https) fetched with short timeouts. Never part of the build.
#pragma once
#include <chrono>
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "model/site.h"

namespace tk::check {

/// One use of an outside link, where an editor wrote it.
struct ExternalLink {
  std::string url;
  std::string file;  ///< "content/tools/x.md" or "content/site.yaml"
  int line = 0;
  int col = 0;
};

/// Every http(s) link of the site: bodies, FAQ answers, 'link' keys, contacts, the menu and the footer.
std::vector<ExternalLink> external_links(const model::Site& site, const std::string& content_dir);

/// What fetching a URL gave.
struct Probe {
  int status = 0;     ///< final HTTP status after redirects; 0 when no answer
  std::string error;  ///< why there was no answer (timeout, DNS, TLS, ...)
};

/// HEAD, then GET when HEAD fails or answers an error; redirects followed. timeout applies to connecting
/// and to each read.
Probe probe(const std::string& url, std::chrono::milliseconds timeout);

/// Probes each distinct URL once (jobs at a time) and reports at every place it is used: HTTP 404 or 410
/// is an error; other error statuses and no answer at all are warnings (the site may block robots or be
/// down for a moment). Returns the number of distinct URLs checked.
std::size_t check_external(const model::Site& site, const std::string& content_dir, Diagnostics& diags,
                           std::chrono::milliseconds timeout, int jobs);

}  // namespace tk::check
