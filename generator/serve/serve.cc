// serve's main loop: bind, first build, serve, then wait for edits -> rebuild -> reload event, until a signal.
#include "serve/serve.h"

#include <csignal>
#include <pthread.h>

#include <filesystem>
#include <iomanip>
#include <thread>

#include "core/text.h"
#include "render/pdf/deflate_cache.h"
#include "serve/events.h"
#include "serve/http.h"
#include "serve/server.h"
#include "serve/watcher.h"

namespace tk::serve {
namespace {

std::string plural(std::size_t n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); }

// Prints the diagnostics when they differ from the last ones printed.
void print_diagnostics(const Snapshot& snap, std::vector<std::string>& last, std::ostream& err) {
  std::vector<std::string> now;
  for (const auto& d : snap.diagnostics) now.push_back(d.format());
  if (now == last) return;
  for (const auto& line : now) err << line << "\n";
  err.flush();
  last = std::move(now);
}

void report(const RebuildReport& r, const Snapshot& snap, bool first, std::ostream& out) {
  if (!r.ok) {
    out << (first ? "Built" : "Rebuilt") << " in " << std::fixed << std::setprecision(0) << r.ms << " ms: "
        << plural(r.errors, "error", "errors") << "; every page shows them until they are fixed" << std::endl;
    return;
  }
  if (first) {
    std::size_t pages = 0;
    for (const auto& kv : snap.files)
      if (text::ends_with(kv.first, ".html")) ++pages;
    out << "Built " << pages << " pages and " << r.documents_written << " documents in " << std::fixed << std::setprecision(2)
        << r.ms / 1000 << " s (" << plural(r.warnings, "warning", "warnings") << ")" << std::endl;
    return;
  }
  std::size_t pages = 0;
  for (const auto& f : r.changed)
    if (text::ends_with(f, ".html")) ++pages;
  out << "Rebuilt in " << std::fixed << std::setprecision(0) << r.ms << " ms: " << (r.state_changed ? "errors fixed; " : "")
      << plural(r.documents_written, "document", "documents") << " written, " << plural(r.pages_written, "page", "pages")
      << " rendered, " << plural(pages, "page", "pages") << " changed"
      << std::endl;
}

}  // namespace

int run(const ServeOptions& opts, std::ostream& out, std::ostream& err) {
  // Signals are taken by sigwait below: block them before any thread starts (threads inherit the mask).
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  set_tracing(opts.trace);

  std::error_code ec;
  if (!std::filesystem::is_directory(opts.live.content_dir, ec)) {
    err << opts.live.content_dir << ": error: content folder not found\n";
    return 1;
  }
  // serve makes a page's PDF again after every edit of it: keep what was compressed for more of them.
  pdf::deflate_cache().set_budget(pdf::kServeDeflateBudget);
  LiveSite site(opts.live);
  ChangeLog changes;
  Server server(site, changes);
  int port = server.bind(opts.host, opts.port);
  if (port < 0) {
    err << "toolkitgen: error: cannot listen on " << opts.host << ":" << opts.port
        << " (is another server using it? choose another with --port N, or --port 0 for any free port)\n";
    return 2;
  }
  Watcher watcher({opts.live.content_dir, opts.live.theme_dir});
  if (!watcher.error().empty()) err << "toolkitgen: warning: " << watcher.error() << "\n";

  std::vector<std::string> last_diags;
  RebuildReport first = site.rebuild();
  print_diagnostics(*site.snapshot(), last_diags, err);
  report(first, *site.snapshot(), true, out);
  server.start();
  out << "Serving the site at http://" << opts.host << ":" << port << "/ (watching " << opts.live.content_dir << " and "
      << opts.live.theme_dir << "; press Ctrl+C to stop)" << std::endl;

  std::thread loop([&] {
    for (std::vector<std::string> batch; !(batch = watcher.wait()).empty();) {
      trace("batch " + std::to_string(batch.size()));
      RebuildReport r;
      try {
        r = site.rebuild();  // turns what the loaders and writers throw into errors on the page
      } catch (const std::exception& e) {  // anything else (out of memory): keep serving the last state
        err << "toolkitgen: error: the rebuild failed: " << e.what() << std::endl;
        continue;
      }
      auto snap = site.snapshot();
      print_diagnostics(*snap, last_diags, err);
      if (r.state_changed || !r.changed.empty()) {
        report(r, *snap, false, out);
        changes.record(r.generation, r.state_changed, r.changed);
        trace("rebuilt " + std::to_string(r.generation) + " in " + std::to_string(r.ms) + " ms");
      }
    }
  });

  int sig = 0;
  sigwait(&stop_signals, &sig);
  out << "Stopping." << std::endl;
  watcher.stop();
  loop.join();
  server.stop();
  return 0;
}

}  // namespace tk::serve
