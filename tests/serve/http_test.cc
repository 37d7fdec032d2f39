// serve's HTTP helpers: traversal refused, content types, the injected reload script, the error page.
#include <catch2/catch.hpp>

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
  CHECK(out.find("<script src=\"/__toolkitgen/reload.js\" data-generation=\"7\" data-error=\"0\"></script>\n</BODY>") !=
        std::string::npos);
  CHECK(inject_reload("<p>fragment</p>", 1, true).rfind("data-error=\"1\"></script>\n") != std::string::npos);
  CHECK(reload_script().find("EventSource('/__toolkitgen/events')") != std::string::npos);
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

TEST_CASE("reload events name the pages that changed and whether styles changed", "[serve]") {
  CHECK(page_url("index.html") == "/");
  CHECK(page_url("tools/x/index.html") == "/tools/x/");
  CHECK(page_url("404.html") == "/404.html");
  CHECK(reload_json(3, false, {"tools/x/index.html", "tools/x/x.pdf", "index.html"}) ==
        "{\"generation\":3,\"all\":false,\"assets\":false,\"pages\":[\"/tools/x/\",\"/\"]}");
  CHECK(reload_json(4, true, {"css/site.css"}) == "{\"generation\":4,\"all\":true,\"assets\":true,\"pages\":[]}");
  CHECK(sse_message("reload", "{}") == "event: reload\ndata: {}\n\n");
}
