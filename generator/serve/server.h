// The preview web server: the LiveSite's files from memory on 127.0.0.1, the reload script, its wait and its poll.
#pragma once
#include <memory>
#include <string>

#include "serve/events.h"
#include "serve/live_site.h"

namespace tk::serve {

/// How many connections are served at once and how long each may stay idle or slow (stated in README.md).
struct ServerLimits {
  int max_threads = 128;           ///< connections served at once (threads made as needed); more wait their turn
  int read_timeout_s = 5;          ///< a request must arrive at this pace: each read waits at most this long
  int write_timeout_s = 5;         ///< each write to a client that does not read waits at most this long
  int keep_alive_s = 2;            ///< an idle connection (no request yet, or between requests) is closed after this
  int keep_alive_requests = 100;   ///< requests on one connection before it is closed
  int max_waits = 32;              ///< live-reload waits held open at once (one per browser); more get 503
  int wait_s = 25;                 ///< a live-reload wait with no rebuild is answered after this
};

class Server {
 public:
  Server(const LiveSite& site, const ChangeLog& changes, ServerLimits limits = {});
  ~Server();  ///< stops
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  /// Binds host:port; port 0 picks a free port. Returns the port bound, or -1. Requests are answered only
  /// when their Host is 127.0.0.1, localhost or [::1] with this port (others get 403).
  int bind(const std::string& host, int port);
  /// Serves in a background thread until stop().
  void start();
  /// Stops serving. Idempotent.
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace tk::serve
