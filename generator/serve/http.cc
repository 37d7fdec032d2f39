// serve's pure HTTP helpers: path safety, Host and Origin checks, content types, script injection, the error page.
#include "serve/http.h"

#include <chrono>
#include <cstdio>
#include <map>
#include <random>

#include "core/text.h"
#include "model/fingerprint.h"
#include "render/html/fill_scripts.h"

namespace tk::serve {
namespace {

std::string extension(const std::string& file) {
  std::size_t slash = file.rfind('/');
  std::size_t dot = file.rfind('.');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return "";
  std::string e = file.substr(dot + 1);
  for (auto& c : e) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return e;
}

}  // namespace

Route route(const std::string& p) {
  Route r;
  if (p.empty() || p[0] != '/' || p.find('\0') != std::string::npos || p.find('\\') != std::string::npos) {
    r.status = 400;
    return r;
  }
  std::size_t s = 1;
  while (s <= p.size()) {
    std::size_t e = p.find('/', s);
    std::string seg = p.substr(s, e == std::string::npos ? std::string::npos : e - s);
    if (seg == "." || seg == "..") {
      r.status = 400;
      return r;
    }
    if (e == std::string::npos) break;
    s = e + 1;
  }
  r.file = p.substr(1);
  while (!r.file.empty() && r.file[0] == '/') r.file.erase(0, 1);  // "//etc/passwd" is the site's "etc/passwd"
  if (r.file.empty() || r.file.back() == '/') r.file += "index.html";
  return r;
}

std::string content_type(const std::string& file) {
  static const std::map<std::string, std::string> types = {
      {"html", "text/html; charset=utf-8"},       {"css", "text/css; charset=utf-8"},
      {"js", "text/javascript; charset=utf-8"},   {"json", "application/json"},
      {"xml", "application/xml; charset=utf-8"},  {"txt", "text/plain; charset=utf-8"},
      {"svg", "image/svg+xml"},                   {"png", "image/png"},
      {"jpg", "image/jpeg"},                      {"jpeg", "image/jpeg"},
      {"gif", "image/gif"},                       {"webp", "image/webp"},
      {"ico", "image/x-icon"},                    {"pdf", "application/pdf"},
      {"docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
      {"zip", "application/zip"},                 {"woff2", "font/woff2"},
      {"woff", "font/woff"},                      {"ttf", "font/ttf"},
      {"otf", "font/otf"},                        {"csv", "text/csv; charset=utf-8"},
      {"md", "text/markdown; charset=utf-8"},     {"mp4", "video/mp4"}};
  auto it = types.find(extension(file));
  return it == types.end() ? "application/octet-stream" : it->second;
}

bool is_page_asset(const std::string& file) {
  static const char* const exts[] = {"css", "js", "svg", "png", "jpg", "jpeg", "gif", "webp", "ico", "woff2", "woff", "ttf", "otf"};
  if (html::is_fill_script(file)) return false;  // a blank document, loaded only when a form button is pressed
  std::string e = extension(file);
  for (const char* x : exts)
    if (e == x) return true;
  return false;
}

std::string page_url(const std::string& file) {
  const std::string idx = "index.html";
  if (file == idx) return "/";
  if (file.size() > idx.size() && file.compare(file.size() - idx.size() - 1, idx.size() + 1, "/" + idx) == 0)
    return "/" + file.substr(0, file.size() - idx.size());
  return "/" + file;
}

std::string inject_reload(const std::string& html, std::uint64_t generation, bool error) {
  std::string tag = std::string("<script src=\"") + kPrefix + "reload.js\" data-generation=\"" + std::to_string(generation) +
                    "\" data-error=\"" + (error ? "1" : "0") + "\" data-instance=\"" + instance_id() + "\"></script>\n";
  // The last </body>, in any case.
  for (std::size_t i = html.size(); i-- > 0;) {
    if (html[i] != '<' || html.size() - i < 7) continue;
    std::string t = html.substr(i, 7);
    for (auto& c : t) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (t == "</body>") return html.substr(0, i) + tag + html.substr(i);
  }
  return html + tag;
}

std::string error_page(const std::vector<Diagnostic>& diagnostics, std::uint64_t generation) {
  std::size_t errors = 0;
  std::string items;
  for (const auto& d : diagnostics) {
    if (d.severity != Severity::Error) continue;
    ++errors;
    std::string where = d.path;
    if (d.line > 0) where += ":" + std::to_string(d.line);
    if (d.line > 0 && d.col > 0) where += ":" + std::to_string(d.col);
    items += "<li><code>" + text::html_escape(where) + "</code>: " + text::html_escape(d.message) + "</li>\n";
  }
  std::string warnings;
  for (const auto& d : diagnostics)
    if (d.severity == Severity::Warning) warnings += "<li>" + text::html_escape(d.format()) + "</li>\n";
  std::string count = std::to_string(errors) + (errors == 1 ? " error" : " errors");
  std::string html =
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>The site has " + count + " | toolkitgen serve</title>\n"
      "<style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1b1b1b}"
      "h1{color:#a4121c;font-size:1.6rem}li{margin:.6rem 0}code{background:#f3f3f3;padding:.1rem .3rem;"
      "font-weight:bold}ul.errors{padding-left:1.2rem}details{margin-top:2rem;color:#555}</style>\n</head>\n<body>\n"
      "<main>\n<h1>The site has " + count + "</h1>\n"
      "<p>The preview shows this page until the files below are fixed. Save the file and this page reloads by itself.</p>\n"
      "<ul class=\"errors\">\n" + items + "</ul>\n";
  if (!warnings.empty()) html += "<details><summary>Warnings</summary><ul>\n" + warnings + "</ul></details>\n";
  html += "<p>Nothing was published: <code>toolkitgen build</code> stops on the same errors and leaves <code>output/</code> as it was.</p>\n"
          "</main>\n</body>\n</html>\n";
  return inject_reload(html, generation, true);
}

const std::string& reload_script() {
  static const std::string js = R"JS(// toolkitgen serve: keeps this page up to date while the site is rebuilt. Added by serve only, never by build.
// One request waits for every tab of the browser: the tab that holds the Web Lock "toolkitgen-live" keeps
// one request open at /__toolkitgen/wait until the site is rebuilt and tells the other tabs (a
// BroadcastChannel); so any number of tabs stay live (a browser opens at most six connections to a host)
// and idle tabs cost nothing. When the lock's tab closes, another takes the lock. Each tab told of a
// rebuild asks once about its own page (/__toolkitgen/poll, one short request). A browser without Web
// Locks or BroadcastChannel asks /__toolkitgen/poll every 150 ms instead. Then, as the poll tells:
// "styles": the stylesheets are fetched again in place (the page stays as it is); "page": the page is
// fetched once and its head and body replace the old ones (scroll kept; the page's scripts run again,
// as on a load); otherwise, or when the new page has other scripts or stylesheets, a full reload.
(function () {
  'use strict';
  var PREFIX = '/__toolkitgen/';
  var me = document.currentScript;
  var gen = me.getAttribute('data-generation');
  var instance = me.getAttribute('data-instance');
  var broken = me.getAttribute('data-error') === '1';
  var path = location.pathname.replace(/index\.html$/, '');
  var timer = 0, busy = false, again = false;  // again: told of a rebuild while busy
  var shared = typeof BroadcastChannel === 'function' && !!navigator.locks && typeof navigator.locks.request === 'function';
  var channel = null;
  var each = function (list, fn) { Array.prototype.forEach.call(list, fn); };
  // The page's scripts and stylesheets as served (not those its scripts add later): an update in place
  // keeps them, so a new page with others is reloaded in full.
  function assets(doc) {
    var out = [];
    each(doc.querySelectorAll('script[src], link[rel~="stylesheet"]'), function (e) {
      var url = e.getAttribute('src') || e.getAttribute('href');
      if (url.indexOf(PREFIX) < 0) out.push(e.tagName + ' ' + url + ' ' + (e.getAttribute('media') || ''));
    });
    return out.join('\n');
  }
  var served = assets(document);
  function later(ms) { clearTimeout(timer); timer = setTimeout(poll, ms); }
  // Asks now, without a timer (a browser runs a background tab's timers late, up to a minute).
  function now() { clearTimeout(timer); poll(); }
  // Done with what the last poll said: asks at once if told of a rebuild meanwhile (its answer may have
  // been on the way before that rebuild), else after `ms` (none: the channel will tell).
  function done(ms) {
    busy = false;
    if (again) {
      again = false;
      now();
    } else if (ms) later(ms);
  }
  function reload() { busy = true; location.reload(); }
  function restyle() {
    each(document.querySelectorAll('link[rel~="stylesheet"][href]'), function (old) {
      var url = new URL(old.href, location.href);
      if (url.origin !== location.origin) return;
      url.searchParams.set('__toolkitgen', String(Date.now()));
      var link = old.cloneNode(false);
      link.href = url.href;
      link.onload = link.onerror = function () { old.remove(); };  // no moment without styles
      old.parentNode.insertBefore(link, old.nextSibling);
    });
  }
  // A script element of a parsed document, as one that runs when inserted (in order: not async).
  function runnable(s) {
    var n = document.createElement('script');
    each(s.attributes, function (a) { n.setAttribute(a.name, a.value); });
    n.async = false;
    n.text = s.text;
    return n;
  }
  function swap(html, styles) {
    var doc = new DOMParser().parseFromString(html, 'text/html');
    var tag = doc.querySelector('script[src="' + PREFIX + 'reload.js"]');
    if (!tag || tag.getAttribute('data-error') === '1' || tag.getAttribute('data-instance') !== instance ||
        assets(doc) !== served) return reload();
    var x = window.scrollX, y = window.scrollY;
    var head = document.head;
    // The head: the stylesheets stay (no flash, nothing fetched); the rest is the new page's.
    each(head.querySelectorAll(':scope > :not(link[rel~="stylesheet"])'), function (e) { e.remove(); });
    var first = head.firstChild;
    each(Array.prototype.slice.call(doc.head.childNodes), function (e) {
      if (e.nodeType !== 1 || !e.matches('link[rel~="stylesheet"]')) head.insertBefore(document.adoptNode(e), first);
    });
    each(doc.documentElement.attributes, function (a) { document.documentElement.setAttribute(a.name, a.value); });
    document.documentElement.replaceChild(document.adoptNode(doc.body), document.body);
    // The page's scripts run again, as on a load (its new elements have no handlers yet).
    each(document.querySelectorAll('script'), function (s) {
      if ((s.getAttribute('src') || '').indexOf(PREFIX) < 0) s.parentNode.replaceChild(runnable(s), s);
    });
    window.scrollTo(x, y);
    if (styles) restyle();
    gen = tag.getAttribute('data-generation');
    done(150);
  }
  function update(styles) {
    fetch(location.href, { cache: 'no-store', credentials: 'same-origin' }).then(function (r) {
      if (!r.ok || r.redirected) throw new Error(String(r.status));
      return r.text();
    }).then(function (html) { swap(html, styles); }, reload);
  }
  function poll() {
    if (busy) {
      again = true;
      return;
    }
    busy = true;
    var q = '/__toolkitgen/poll?instance=' + encodeURIComponent(instance) + '&gen=' + gen + '&error=' + (broken ? 1 : 0) +
            '&path=' + encodeURIComponent(path);
    fetch(q, { cache: 'no-store', credentials: 'omit' }).then(function (r) {
      if (!r.ok) throw new Error(String(r.status));
      return r.json();
    }).then(act, function () {
      again = false;
      done(1000);  // the server is away (stopped or restarting): keep asking
    });
  }
  // Does what a poll's answer says (busy is set).
  function act(d) {
    if (!d.reload) {
      gen = d.generation;
      return done(shared ? 0 : 150);  // shared: the next rebuild is told on the channel
    }
    if (d.update === 'page') return update(d.styles);
    if (d.update !== 'styles') return reload();
    restyle();
    gen = d.generation;
    done(150);
  }
  // A rebuild told on the channel (or by this tab's own wait): the wait's answer says what the rebuilds
  // since `from` did to every page, so a tab at `from` acts on it without asking (the poll's answer for
  // its path: in the list, its page; else the stylesheets, or nothing); any other tab asks.
  function heard(d) {
    if (d.instance === instance && !(d.generation > Number(gen))) return;
    if (d.instance !== instance || !d.pages || broken || d.from !== Number(gen)) return now();
    if (busy) {
      again = true;
      return;
    }
    busy = true;
    act(d.reload ? { reload: true } : d.pages.indexOf(path) >= 0 ? { reload: true, update: 'page', styles: d.styles } :
        d.styles ? { reload: true, update: 'styles', generation: d.generation } : { reload: false, generation: d.generation });
  }
  // The tab that holds the lock: waits for a rebuild newer than `known` (the server answers at once when
  // it is another instance, or after 25 s with nothing new), tells every tab, and waits again.
  function lead() {
    var known = gen;
    return new Promise(function () {  // never settles: the lock is held until the tab goes
      (function wait() {
        fetch(PREFIX + 'wait?instance=' + encodeURIComponent(instance) + '&gen=' + known, { cache: 'no-store', credentials: 'omit' })
          .then(function (r) {
            if (!r.ok) throw new Error(String(r.status));
            return r.json();
          }).then(function (d) {
            if (d.instance !== instance || d.generation > known) {
              known = d.generation;
              channel.postMessage(d);
              heard(d);  // a channel does not tell the tab that posts
            }
            wait();
          }, function () { setTimeout(wait, 1000); });  // the server is away (stopped or restarting): keep asking
      })();
    });
  }
  if (shared) {
    channel = new BroadcastChannel('toolkitgen-live');
    channel.onmessage = function (e) { heard(e.data || {}); };
    navigator.locks.request('toolkitgen-live', lead);
  }
  document.addEventListener('visibilitychange', function () { if (!document.hidden) later(0); });
  window.addEventListener('pageshow', function (e) { if (e.persisted) later(0); });
  later(150);  // once, for what changed while this page loaded
})();
)JS";
  return js;
}

std::string etag(const std::string& bytes) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "\"%016llx\"", static_cast<unsigned long long>(model::fnv1a(bytes)));
  return buf;
}

bool etag_matches(const std::string& if_none_match, const std::string& tag) {
  for (std::size_t at = 0; at < if_none_match.size();) {
    std::size_t end = if_none_match.find(',', at);
    if (end == std::string::npos) end = if_none_match.size();
    std::string t = text::trim(if_none_match.substr(at, end - at));
    if (t.compare(0, 2, "W/") == 0) t.erase(0, 2);
    if (t == "*" || t == tag) return true;
    at = end + 1;
  }
  return false;
}

bool reserved_path(const std::string& file) {
  const std::string dir = std::string(kPrefix).substr(1);  // "__toolkitgen/"
  return file.compare(0, dir.size(), dir) == 0 || file == dir.substr(0, dir.size() - 1);
}

bool allowed_host(const std::string& host, int port) {
  std::string h = host;
  for (auto& c : h) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const char* name : {"127.0.0.1", "localhost", "[::1]"}) {
    if (h == std::string(name) + ":" + std::to_string(port)) return true;
    if (port == 80 && h == name) return true;
  }
  return false;
}

bool allowed_origin(const std::string& origin, const std::string& host, const std::string& fetch_site,
                    const std::string& fetch_mode) {
  if (!origin.empty()) {
    std::string o = origin, h = "http://" + host;
    for (auto* s : {&o, &h})
      for (auto& c : *s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (o != h) return false;  // another site's script, "null" (a sandbox, a file://), or another port
  }
  // Browsers say where a request comes from: another site may link to the preview, not fetch from it.
  if (fetch_site.empty() || fetch_site == "same-origin" || fetch_site == "none") return true;
  return fetch_mode == "navigate";
}

const std::string& instance_id() {
  static const std::string id = [] {
    std::random_device rd;
    std::uint64_t v = (static_cast<std::uint64_t>(rd()) << 32) ^ rd() ^
                      static_cast<std::uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count());
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
    return std::string(buf);
  }();
  return id;
}

}  // namespace tk::serve
