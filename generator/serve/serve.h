// `toolkitgen serve`: build into memory, serve on 127.0.0.1, watch, rebuild, tell open pages to reload.
#pragma once
#include <ostream>
#include <string>

#include "serve/live_site.h"

namespace tk::serve {

struct ServeOptions {
  LiveOptions live;
  std::string host = "127.0.0.1";  ///< loopback only
  int port = 8000;                 ///< 0 = any free port
  bool trace = false;  ///< print each step's time to stderr (serve/events.h trace()): the CLI gives TOOLKITGEN_SERVE_TRACE
};

/// Runs until SIGINT or SIGTERM. Prints "Serving the site at http://HOST:PORT/" once the first build is
/// done, then one line per rebuild, to out; diagnostics go to err. Returns 0 after a clean stop, 1 when
/// the content folder does not exist, 2 when the port cannot be bound. Content errors never stop it: pages show them until they are fixed.
int run(const ServeOptions& opts, std::ostream& out, std::ostream& err);

}  // namespace tk::serve
