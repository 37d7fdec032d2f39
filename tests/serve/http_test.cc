// serve's HTTP helpers: traversal refused, Host and Origin checks, content types, the injected reload script, the error page.
#include <catch2/catch.hpp>

#include "core/text.h"
#include "serve/http.h"

using namespace tk::serve;

TEST_CASE("route maps site paths and refuses ways out of the site", "[serve]") {
  CHECK(route("/").file == "index.html");
  CHECK(route("/tools/x/").file == "tools/x/index.html");
  CHECK(route("/css/site.css").file == "css/site.css");
  CHECK(route("/tools/x").file == "tools/x");
  CHECK(route("//etc/passwd").file == "etc/passwd");  // an absolute path is still a site path
  for (const char* bad : {"/../etc/passwd", "/..", "/a/../../etc/passwd", "/./index.html", "/tools/..", "../x", "",
                          "relative", "/a\\..\\b", "/..\\x"}) {
    INFO(bad);
    CHECK(route(bad).status == 400);
  }
  CHECK(route(std::string("/a\0b", 4)).status == 400);
  CHECK(route("/tools/x/").status == 200);
  CHECK(route("/..foo/bar").status == 200);  // a name that starts with dots is not a parent folder
}

TEST_CASE("content types follow the extension", "[serve]") {
  CHECK(content_type("index.html") == "text/html; charset=utf-8");
  CHECK(content_type("css/site.css") == "text/css; charset=utf-8");
  CHECK(content_type("js/search.js") == "text/javascript; charset=utf-8");
  CHECK(content_type("search/meta.json") == "application/json");
  CHECK(content_type("tools/x/x.pdf") == "application/pdf");
  CHECK(content_type("tools/x/x.docx") == "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  CHECK(content_type("downloads/t.zip") == "application/zip");
  CHECK(content_type("assets/img/MAP.SVG") == "image/svg+xml");
  CHECK(content_type("sitemap.xml") == "application/xml; charset=utf-8");
  CHECK(content_type("search/v/0.bin") == "application/octet-stream");
  CHECK(content_type("a.dir/noext") == "application/octet-stream");
}

TEST_CASE("the reload script goes before the last </body>, or at the end", "[serve]") {
  std::string html = "<html><body><p>x</p></BODY></html>";
  std::string out = inject_reload(html, 7, false);
  CHECK(out.find("<script src=\"/__toolkitgen/reload.js\" data-generation=\"7\" data-error=\"0\" data-instance=\"" + instance_id() +
                 "\"></script>\n</BODY>") != std::string::npos);
  CHECK(instance_id().size() == 16);
  CHECK(tk::text::ends_with(inject_reload("<p>fragment</p>", 1, true), "data-error=\"1\" data-instance=\"" + instance_id() + "\"></script>\n"));
  // It polls: no EventSource, which would hold one of the browser's six connections per host for each tab.
  CHECK(reload_script().find("fetch(q") != std::string::npos);
  CHECK(reload_script().find("/__toolkitgen/poll?") != std::string::npos);
  CHECK(reload_script().find("EventSource") == std::string::npos);
}

TEST_CASE("only the loopback names with the server's port are answered", "[serve]") {
  for (const char* ok : {"127.0.0.1:8000", "localhost:8000", "LocalHost:8000", "[::1]:8000"}) {
    INFO(ok);
    CHECK(allowed_host(ok, 8000));
  }
  for (const char* bad : {"", "evil.example", "evil.example:8000", "127.0.0.1", "localhost", "127.0.0.1:8001", "localhost:80",
                          "127.0.0.2:8000", "0.0.0.0:8000", "192.168.1.5:8000", "localhost.:8000", "localhost.evil.example:8000",
                          "127.0.0.1:8000.evil.example", "[::1]", "127.0.0.1:8000 ", "user@127.0.0.1:8000", "[::ffff:127.0.0.1]:8000"}) {
    INFO(bad);
    CHECK_FALSE(allowed_host(bad, 8000));
  }
  CHECK(allowed_host("localhost", 80));
  CHECK(allowed_host("localhost:80", 80));
}

TEST_CASE("requests from another site are refused, links from it are followed", "[serve]") {
  const std::string host = "127.0.0.1:8000";
  CHECK(allowed_origin("", host, "", ""));                            // curl, an address typed in
  CHECK(allowed_origin("http://127.0.0.1:8000", host, "same-origin", "cors"));
  CHECK(allowed_origin("", host, "none", "navigate"));
  CHECK(allowed_origin("", host, "cross-site", "navigate"));          // a link on another site
  CHECK_FALSE(allowed_origin("http://evil.example", host, "cross-site", "cors"));
  CHECK_FALSE(allowed_origin("null", host, "", ""));
  CHECK_FALSE(allowed_origin("http://localhost:8000", host, "", ""));  // another origin than the one asked
  CHECK_FALSE(allowed_origin("http://127.0.0.1:3000", host, "same-site", "cors"));
  CHECK_FALSE(allowed_origin("https://127.0.0.1:8000", host, "", ""));
  CHECK_FALSE(allowed_origin("", host, "cross-site", "no-cors"));     // <img src> or <script src> on another site
  CHECK_FALSE(allowed_origin("", host, "same-site", "no-cors"));      // another port of localhost
}

TEST_CASE("the reserved prefix is no page's address", "[serve]") {
  CHECK(reserved_path("__toolkitgen/x.html"));
  CHECK(reserved_path("__toolkitgen/index.html"));
  CHECK(reserved_path("__toolkitgen"));
  CHECK_FALSE(reserved_path("tools/__toolkitgen/index.html"));
  CHECK_FALSE(reserved_path("__toolkitgenx/index.html"));
  // Slugs are a-z, 0-9 and -: the prefix's underscores cannot come from one.
  CHECK_FALSE(tk::text::is_slug("__toolkitgen"));
}

TEST_CASE("the error page lists each error with file:line:col, escaped", "[serve]") {
  std::vector<tk::Diagnostic> d = {
      {tk::Severity::Error, "content/tools/x.md", 12, 3, "unknown key '<script>' & more"},
      {tk::Severity::Error, "content/site.yaml", 0, 0, "site.yaml needs a 'title'"},
      {tk::Severity::Warning, "content/tools/y.md", 2, 0, "a warning"}};
  std::string page = error_page(d, 4);
  CHECK(page.find("The site has 2 errors") != std::string::npos);
  CHECK(page.find("<code>content/tools/x.md:12:3</code>: unknown key &#39;&lt;script&gt;&#39; &amp; more") != std::string::npos);
  CHECK(page.find("<code>content/site.yaml</code>: site.yaml needs") != std::string::npos);
  CHECK(page.find("<script>'") == std::string::npos);
  CHECK(page.find("content/tools/y.md:2: warning: a warning") != std::string::npos);
  CHECK(page.find("data-generation=\"4\" data-error=\"1\"") != std::string::npos);
}

TEST_CASE("page_url maps HTML files to the addresses pages poll with", "[serve]") {
  CHECK(page_url("index.html") == "/");
  CHECK(page_url("tools/x/index.html") == "/tools/x/");
  CHECK(page_url("404.html") == "/404.html");
}

TEST_CASE("entity tags: one per content, matched in If-None-Match lists", "[serve]") {
  std::string a = etag("body { color: red }"), b = etag("body { color: blue }");
  CHECK(a.size() == 18);
  CHECK(a.front() == '"');
  CHECK(a != b);
  CHECK(a == etag("body { color: red }"));
  CHECK(etag_matches(a, a));
  CHECK(etag_matches(b + ", " + a, a));
  CHECK(etag_matches("W/" + a, a));
  CHECK(etag_matches("*", a));
  CHECK_FALSE(etag_matches(b, a));
  CHECK_FALSE(etag_matches("", a));
}
