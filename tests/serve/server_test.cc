// Server: real HTTP over a loopback socket (raw requests, so no client library tidies the paths).
#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <thread>

#include <nlohmann/json.hpp>

#include "serve/http.h"
#include "serve/server.h"
#include "support/test_support.h"

using namespace tk::serve;
namespace fs = std::filesystem;

namespace {

// Sends one raw request and returns the response: all of it (Connection: close), or up to `until`.
// headers: more request headers, each ending in \r\n; host: the Host header ("" = 127.0.0.1:port).
std::string raw_get(int port, const std::string& target, const std::string& until = "", const std::string& headers = "",
                    std::string host = "") {
  int s = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_port = htons(static_cast<std::uint16_t>(port));
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(s, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0) {
    ::close(s);
    return "";
  }
  if (host.empty()) host = "127.0.0.1:" + std::to_string(port);
  std::string req = "GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n" + headers + "\r\n";
  (void)!::write(s, req.data(), req.size());
  std::string out;
  char buf[8192];
  for (ssize_t n; (until.empty() || out.find(until) == std::string::npos) && (n = ::read(s, buf, sizeof buf)) > 0;)
    out.append(buf, static_cast<std::size_t>(n));
  ::close(s);
  return out;
}

// The JSON body of a response.
nlohmann::json json_of(const std::string& response) {
  std::size_t at = response.find("\r\n\r\n");
  return at == std::string::npos ? nlohmann::json() : nlohmann::json::parse(response.substr(at + 4), nullptr, false);
}

int status_of(const std::string& response) { return response.size() > 12 ? std::stoi(response.substr(9, 3)) : 0; }

// The fixture site built into memory and served on a free loopback port.
struct Running {
  tk::test::TempDir dir;
  std::string content = dir.path() + "/content";
  std::unique_ptr<LiveSite> live;
  ChangeLog changes;
  std::unique_ptr<Server> owned;
  Server& server;
  int port;
  Running() : live(make_live(content)), owned(std::make_unique<Server>(*live, changes)), server(*owned), port(server.bind("127.0.0.1", 0)) {
    REQUIRE(port > 0);
    server.start();
  }
  static std::unique_ptr<LiveSite> make_live(const std::string& content) {
    fs::copy(std::string(TK_FIXTURES) + "/site_minimal", content, fs::copy_options::recursive);
    auto l = std::make_unique<LiveSite>(LiveOptions{content, std::string(TK_SOURCE_DIR) + "/themes/default", false, 2});
    REQUIRE(l->rebuild().ok);
    return l;
  }
};

}  // namespace

TEST_CASE("the server sends the site from memory and nothing outside it", "[serve]") {
  Running run;
  ChangeLog& changes = run.changes;
  Server& server = run.server;
  const int port = run.port;

  std::string home = raw_get(port, "/");
  CHECK(status_of(home) == 200);
  CHECK(home.find("Content-Type: text/html; charset=utf-8") != std::string::npos);
  CHECK(home.find("/__toolkitgen/reload.js") != std::string::npos);
  std::string css = raw_get(port, "/css/site.css");
  CHECK(status_of(css) == 200);
  CHECK(css.find("Content-Type: text/css") != std::string::npos);
  CHECK(css.find("__toolkitgen") == std::string::npos);  // only HTML gets the script
  // Files other than pages: kept by the browser, asked for again each time, 304 while unchanged.
  CHECK(css.find("Cache-Control: no-cache\r\n") != std::string::npos);
  CHECK(css.find("no-store") == std::string::npos);
  std::size_t tag_at = css.find("ETag: \"");
  REQUIRE(tag_at != std::string::npos);
  std::string tag = css.substr(tag_at + 6, css.find("\r\n", tag_at) - tag_at - 6);
  std::string again = raw_get(port, "/css/site.css", "", "If-None-Match: " + tag + "\r\n");
  CHECK(status_of(again) == 304);
  CHECK(again.find(":root") == std::string::npos);
  CHECK(status_of(raw_get(port, "/css/site.css", "", "If-None-Match: \"0000000000000000\"\r\n")) == 200);
  CHECK(home.find("Cache-Control: no-store\r\n") != std::string::npos);  // pages carry the generation
  CHECK(home.find("ETag") == std::string::npos);
  CHECK(status_of(raw_get(port, "/tools/compact/compact.pdf")) == 200);

  std::string missing = raw_get(port, "/no/such/page/");
  CHECK(status_of(missing) == 404);
  CHECK(missing.find("<html") != std::string::npos);  // the site's 404 page
  CHECK(status_of(raw_get(port, "/tools/compact")) == 301);

  for (const char* bad : {"/../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc/passwd", "/%2E%2E/", "/tools/%2e%2e/%2e%2e/x",
                          "/..%5c..%5cetc/passwd", "//etc/passwd", "/etc/passwd"}) {
    INFO(bad);
    std::string r = raw_get(port, bad);
    CHECK((status_of(r) == 400 || status_of(r) == 404));
    CHECK(r.find("root:") == std::string::npos);
  }

  // The poll: up to date, then told to reload once a rebuild changed the page (or by a page of another server).
  const std::string poll = "/__toolkitgen/poll?instance=" + instance_id() + "&gen=1&error=0&path=%2Ftools%2Fcompact%2F";
  std::string p = raw_get(port, poll);
  CHECK(status_of(p) == 200);
  CHECK(p.find("Content-Type: application/json") != std::string::npos);
  CHECK(p.find("{\"reload\":false,\"generation\":1}") != std::string::npos);
  changes.record(2, false, {"tools/compact/index.html"});
  CHECK(raw_get(port, poll).find("{\"reload\":true,\"update\":\"page\",\"styles\":false,\"generation\":2}") != std::string::npos);
  changes.record(3, false, {"css/site.css"});
  CHECK(raw_get(port, poll).find("{\"reload\":true,\"update\":\"page\",\"styles\":true,\"generation\":3}") != std::string::npos);
  CHECK(raw_get(port, "/__toolkitgen/poll?instance=" + instance_id() + "&gen=2&error=0&path=%2F")
            .find("{\"reload\":true,\"update\":\"styles\",\"styles\":true,\"generation\":3}") != std::string::npos);
  changes.record(4, false, {"js/search.js"});
  CHECK(raw_get(port, poll).find("{\"reload\":true}") != std::string::npos);
  CHECK(raw_get(port, "/__toolkitgen/poll?instance=x&gen=2&error=0&path=%2F").find("{\"reload\":true}") != std::string::npos);
  CHECK(raw_get(port, "/__toolkitgen/poll?instance=" + instance_id() + "&gen=4&error=0&path=%2F").find("\"reload\":false") !=
        std::string::npos);
  CHECK(status_of(raw_get(port, "/__toolkitgen/events")) == 404);
  server.stop();
}

TEST_CASE("the server answers only its own loopback names, and no other site", "[serve]") {
  Running run;
  Server& server = run.server;
  const int port = run.port;
  const std::string p = std::to_string(port);
  const std::string poll = "/__toolkitgen/poll?instance=" + instance_id() + "&gen=1&error=0&path=%2F";

  for (const std::string& host : {"127.0.0.1:" + p, "localhost:" + p, "[::1]:" + p}) {
    INFO(host);
    CHECK(status_of(raw_get(port, "/", "", "", host)) == 200);
  }
  // DNS rebinding: another name that resolves to 127.0.0.1. Every path, the reserved ones too, and HEAD.
  for (const std::string& host : {std::string("evil.example"), "evil.example:" + p, std::string("127.0.0.1:1"), std::string("localhost")}) {
    for (const std::string& path : {std::string("/"), std::string("/tools/compact/compact.pdf"), std::string("/css/site.css"), poll,
                                    std::string("/__toolkitgen/reload.js"), std::string("/no/such/")}) {
      INFO(host << " " << path);
      std::string r = raw_get(port, path, "", "", host);
      CHECK(status_of(r) == 403);
      CHECK(r.find("<html") == std::string::npos);
      CHECK(r.find("%PDF") == std::string::npos);
      CHECK(r.find("reload") == std::string::npos);
    }
  }
  // Another site's script, even with the right Host; a sandboxed frame; another port of localhost.
  for (const char* h : {"Origin: http://evil.example\r\n", "Origin: null\r\n", "Origin: http://127.0.0.1:1\r\n",
                        "Sec-Fetch-Site: cross-site\r\nSec-Fetch-Mode: no-cors\r\n", "Sec-Fetch-Site: same-site\r\nSec-Fetch-Mode: cors\r\n"}) {
    INFO(h);
    CHECK(status_of(raw_get(port, poll, "", h)) == 403);
    CHECK(status_of(raw_get(port, "/", "", h)) == 403);
  }
  CHECK(status_of(raw_get(port, poll, "", "Origin: http://127.0.0.1:" + p + "\r\nSec-Fetch-Site: same-origin\r\n")) == 200);
  CHECK(status_of(raw_get(port, "/", "", "Sec-Fetch-Site: cross-site\r\nSec-Fetch-Mode: navigate\r\n")) == 200);  // a link
  // No CORS headers, ever.
  std::string r = raw_get(port, poll, "", "Origin: http://127.0.0.1:" + p + "\r\n");
  CHECK(r.find("Access-Control") == std::string::npos);
  CHECK(raw_get(port, "/").find("Access-Control") == std::string::npos);
  server.stop();
}

TEST_CASE("bodies go out as they are: never compressed, even when the browser accepts brotli or gzip", "[serve]") {
  Running run;
  for (const char* path : {"/", "/css/site.css", "/__toolkitgen/reload.js", "/no/such/page/"}) {
    INFO(path);
    std::string plain = raw_get(run.port, path), asked = raw_get(run.port, path, "", "Accept-Encoding: gzip, deflate, br\r\n");
    CHECK(asked.find("Content-Encoding") == std::string::npos);
    CHECK(asked.find("Content-Length: ") != std::string::npos);
    CHECK(asked.substr(asked.find("\r\n\r\n")) == plain.substr(plain.find("\r\n\r\n")));
  }
  std::string poll = raw_get(run.port, "/__toolkitgen/poll?instance=" + instance_id() + "&gen=1&error=0&path=%2F", "", "Accept-Encoding: br\r\n");
  CHECK(poll.find("Content-Encoding") == std::string::npos);
  CHECK(poll.find("{\"reload\":false,\"generation\":1}") != std::string::npos);
}

TEST_CASE("the live-reload wait: held until the next rebuild, answered at once for another run or a newer page", "[serve]") {
  Running run;
  const std::string id = instance_id();
  using clock = std::chrono::steady_clock;
  auto ms_since = [](clock::time_point t) { return std::chrono::duration_cast<std::chrono::milliseconds>(clock::now() - t).count(); };
  // Another run's page (the server restarted): told at once, with this run's instance.
  auto t = clock::now();
  std::string other = raw_get(run.port, "/__toolkitgen/wait?instance=x&gen=1");
  CHECK(status_of(other) == 200);
  CHECK(json_of(other) == nlohmann::json{{"instance", id}, {"generation", 1}});
  CHECK(ms_since(t) < 1000);
  // A page behind the newest generation: at once.
  run.changes.record(2, false, {"tools/compact/index.html"});
  // With what the rebuilds since did to every page: a tab at gen 1 needs no poll of its own.
  CHECK(json_of(raw_get(run.port, "/__toolkitgen/wait?instance=" + id + "&gen=1")) ==
        nlohmann::json{{"instance", id}, {"generation", 2}, {"from", 1}, {"reload", false}, {"styles", false},
                       {"pages", {"/tools/compact/"}}});
  // Up to date: held until the next rebuild is recorded.
  t = clock::now();
  std::thread later([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(400));
    run.changes.record(3, false, {"css/site.css"});
  });
  std::string held = raw_get(run.port, "/__toolkitgen/wait?instance=" + id + "&gen=2");
  later.join();
  CHECK(json_of(held) == nlohmann::json{{"instance", id}, {"generation", 3}, {"from", 2}, {"reload", false}, {"styles", true},
                                        {"pages", nlohmann::json::array()}});
  CHECK(ms_since(t) >= 350);
  CHECK(ms_since(t) < 3000);
  // Held waits are limited (one per browser is the use); the ones beyond the limit get 503 at once.
  ServerLimits limits;
  limits.max_waits = 2;
  limits.wait_s = 1;
  Server small(*run.live, run.changes, limits);
  const int port = small.bind("127.0.0.1", 0);
  REQUIRE(port > 0);
  small.start();
  std::vector<std::thread> waits;
  std::vector<std::string> answers(3);
  for (int i = 0; i < 2; ++i)
    waits.emplace_back([&, i] { answers[i] = raw_get(port, "/__toolkitgen/wait?instance=" + id + "&gen=3"); });
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  t = clock::now();
  answers[2] = raw_get(port, "/__toolkitgen/wait?instance=" + id + "&gen=3");
  CHECK(status_of(answers[2]) == 503);
  CHECK(ms_since(t) < 500);
  CHECK(status_of(raw_get(port, "/")) == 200);  // other requests are served meanwhile
  for (auto& w : waits) w.join();
  for (int i = 0; i < 2; ++i) CHECK(json_of(answers[i]) == nlohmann::json{{"instance", id}, {"generation", 3}});  // after wait_s, nothing new
  // A stopping server answers the waits it holds at once instead of after wait_s.
  limits.wait_s = 30;
  Server stopping(*run.live, run.changes, limits);
  const int port2 = stopping.bind("127.0.0.1", 0);
  REQUIRE(port2 > 0);
  stopping.start();
  std::thread held2([&] { answers[0] = raw_get(port2, "/__toolkitgen/wait?instance=" + id + "&gen=3"); });
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  t = clock::now();
  stopping.stop();
  held2.join();
  CHECK(ms_since(t) < 2000);
}
