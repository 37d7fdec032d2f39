// What `serve` sends, as pure functions: request paths to site files, content types, the reload hook, the error page.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/diagnostics.h"

namespace tk::serve {

/// The URL prefix `serve` keeps for itself (the reload script, its wait and its poll); never a site path: a page's
/// address is made of slugs ([a-z0-9-]) and folders of the content tree, and the loader refuses a slug or a
/// folder named like it (see reserved_path()).
inline constexpr const char* kPrefix = "/__toolkitgen/";

/// True for a site file ("__toolkitgen/x", "tools/__toolkitgen/") that the reserved prefix would hide.
bool reserved_path(const std::string& file);

/// Whether a request's Host header names this server: 127.0.0.1, localhost or [::1], with `port` (or
/// without a port when it is 80). Anything else (a DNS rebinding name, a LAN address) gets 403.
bool allowed_host(const std::string& host, int port);

/// Whether a request may be answered given its Origin (absent, or exactly http://HOST of the request) and
/// its Sec-Fetch-Site / Sec-Fetch-Mode (absent, same-origin, none, or any site's link being followed).
bool allowed_origin(const std::string& origin, const std::string& host, const std::string& fetch_site,
                    const std::string& fetch_mode);

/// A token that differs in each serve process: pages of an earlier server reload on the new one.
const std::string& instance_id();

/// A request path mapped onto the site.
struct Route {
  int status = 200;   ///< 200: look `file` up; 400: refused (the path tries to leave the site)
  std::string file;   ///< site file without the leading '/' ("tools/x/index.html")
};

/// Maps a decoded request path ("/tools/x/") to a site file. Refuses (400) a path that does not start
/// with '/', holds a NUL or a backslash, or has a "." or ".." segment, however it was encoded.
Route route(const std::string& decoded_path);

/// The Content-Type for a file, from its extension (text types with charset=utf-8).
std::string content_type(const std::string& file);

/// True for files an open page may use (styles, scripts, images, fonts): a change reloads every page.
bool is_page_asset(const std::string& file);

/// The site URL of an HTML file ("tools/x/index.html" -> "/tools/x/", "404.html" -> "/404.html").
std::string page_url(const std::string& file);

/// HTML with the reload script added before </body> (or at the end). generation is the site state the
/// page shows; error marks the error page (which reloads on any change). The tag carries instance_id().
std::string inject_reload(const std::string& html, std::uint64_t generation, bool error);

/// The page every request gets while the site has errors: each diagnostic as "file:line:col: message",
/// HTML-escaped. Self-contained (inline styles), with the reload script.
std::string error_page(const std::vector<Diagnostic>& diagnostics, std::uint64_t generation);

/// The script injected into HTML: one tab per browser (the Web Lock holder) waits at kPrefix + "wait" for
/// the next rebuild and tells the others (BroadcastChannel); each tab told asks kPrefix + "poll" once
/// whether its page changed (a browser without Web Locks polls every 150 ms), then, as the answer says: fetches
/// the stylesheets again in place (a CSS edit), or fetches the page once and puts its head and body in
/// place of the old ones, keeping the scroll position, and runs the page's scripts again (a page edit;
/// a full reload when the new page has other scripts or stylesheets, or is the error page), or reloads.
const std::string& reload_script();

/// A strong entity tag for a file's bytes ("\"<16 hex digits>\"").
std::string etag(const std::string& bytes);
/// Whether an If-None-Match header value ("*", or a list of tags, weak or not) holds `tag`.
bool etag_matches(const std::string& if_none_match, const std::string& tag);

}  // namespace tk::serve
