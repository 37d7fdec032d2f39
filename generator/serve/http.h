// What `serve` sends, as pure functions: request paths to site files, content types, the reload hook, the error page.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/diagnostics.h"

namespace tk::serve {

/// The URL prefix `serve` keeps for itself (events and the reload script); never a site path.
inline constexpr const char* kPrefix = "/__toolkitgen/";

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
/// page shows; error marks the error page (which reloads on any change).
std::string inject_reload(const std::string& html, std::uint64_t generation, bool error);

/// The page every request gets while the site has errors: each diagnostic as "file:line:col: message",
/// HTML-escaped. Self-contained (inline styles), with the reload script.
std::string error_page(const std::vector<Diagnostic>& diagnostics, std::uint64_t generation);

/// The script injected into HTML: listens to the events and reloads the page when it changed.
const std::string& reload_script();

/// One server-sent event ("event: name\ndata: json\n\n").
std::string sse_message(const std::string& event, const std::string& json);

/// The data of a reload event: {"generation":N,"all":bool,"assets":bool,"pages":["/x/", ...]}.
std::string reload_json(std::uint64_t generation, bool all, const std::vector<std::string>& changed_files);

}  // namespace tk::serve
