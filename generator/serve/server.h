// The preview web server: the LiveSite's files from memory on 127.0.0.1, the events, the reload script.
#pragma once
#include <memory>
#include <string>

#include "serve/events.h"
#include "serve/live_site.h"

namespace tk::serve {

class Server {
 public:
  Server(const LiveSite& site, EventHub& hub);
  ~Server();  ///< stops
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  /// Binds host:port; port 0 picks a free port. Returns the port bound, or -1.
  int bind(const std::string& host, int port);
  /// Serves in a background thread until stop().
  void start();
  /// Ends open event streams and stops serving. Idempotent.
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace tk::serve
