// Server: real HTTP over a loopback socket (raw requests, so no client library tidies the paths).
#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <filesystem>

#include "serve/server.h"
#include "support/test_support.h"

using namespace tk::serve;
namespace fs = std::filesystem;

namespace {

// Sends one raw request and returns the response: all of it (Connection: close), or up to `until`.
std::string raw_get(int port, const std::string& target, const std::string& until = "") {
  int s = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_port = htons(static_cast<std::uint16_t>(port));
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(s, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0) {
    ::close(s);
    return "";
  }
  std::string req = "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
  (void)!::write(s, req.data(), req.size());
  std::string out;
  char buf[8192];
  for (ssize_t n; (until.empty() || out.find(until) == std::string::npos) && (n = ::read(s, buf, sizeof buf)) > 0;)
    out.append(buf, static_cast<std::size_t>(n));
  ::close(s);
  return out;
}

int status_of(const std::string& response) { return response.size() > 12 ? std::stoi(response.substr(9, 3)) : 0; }

}  // namespace

TEST_CASE("the server sends the site from memory and nothing outside it", "[serve]") {
  tk::test::TempDir dir;
  std::string content = dir.path() + "/content";
  fs::copy(std::string(TK_FIXTURES) + "/site_minimal", content, fs::copy_options::recursive);
  LiveSite live(LiveOptions{content, std::string(TK_SOURCE_DIR) + "/themes/default", false, 2});
  REQUIRE(live.rebuild().ok);
  EventHub hub;
  Server server(live, hub);
  int port = server.bind("127.0.0.1", 0);
  REQUIRE(port > 0);
  server.start();

  std::string home = raw_get(port, "/");
  CHECK(status_of(home) == 200);
  CHECK(home.find("Content-Type: text/html; charset=utf-8") != std::string::npos);
  CHECK(home.find("/__toolkitgen/reload.js") != std::string::npos);
  std::string css = raw_get(port, "/css/site.css");
  CHECK(status_of(css) == 200);
  CHECK(css.find("Content-Type: text/css") != std::string::npos);
  CHECK(css.find("__toolkitgen") == std::string::npos);  // only HTML gets the script
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

  // The events stream says hello with the current generation, then relays what is published.
  std::string events = raw_get(port, "/__toolkitgen/events", "}\n\n");
  CHECK(events.find("Content-Type: text/event-stream") != std::string::npos);
  CHECK(events.find("event: hello\ndata: {\"generation\":1}") != std::string::npos);
  server.stop();
}
