// Server: cpp-httplib routes; every site request goes through route() and the current snapshot.
#include "serve/server.h"

#include <httplib.h>

#include <thread>

#include "core/text.h"
#include "serve/http.h"

namespace tk::serve {
namespace {

// A path without an extension ("tools/x"): a folder asked for without its '/'.
bool folder_like(const std::string& file) {
  std::size_t slash = file.rfind('/');
  return file.find('.', slash == std::string::npos ? 0 : slash) == std::string::npos;
}

// The 404 page's links are absolute from base_url (it is served at any depth); point them at the preview.
std::string local_links(std::string html, const std::string& base_url) {
  if (base_url.empty()) return html;
  for (const char* q : {"\"", "'"}) {
    std::string from = q + base_url, to = std::string(q) + "/";
    for (std::size_t at = 0; (at = html.find(from, at)) != std::string::npos; at += to.size()) html.replace(at, from.size(), to);
  }
  return html;
}

}  // namespace

struct Server::Impl {
  const LiveSite& site;
  EventHub& hub;
  httplib::Server http;
  std::thread thread;
  bool stopped = false;

  Impl(const LiveSite& s, EventHub& h) : site(s), hub(h) {}

  void send_file(const httplib::Request& req, httplib::Response& res) {
    Route r = route(req.path);
    if (r.status == 400) {
      res.status = 400;
      res.set_content("400 Bad Request: this path leads outside the site.\n", "text/plain; charset=utf-8");
      return;
    }
    std::shared_ptr<const Snapshot> snap = site.snapshot();
    if (!snap->ok && text::ends_with(r.file, ".html")) {  // pages show the errors; other files stay as last built
      res.status = 500;
      res.set_content(error_page(snap->diagnostics, snap->generation), "text/html; charset=utf-8");
      return;
    }
    Bytes b;
    try {
      b = snap->find(r.file);
      if (!b && folder_like(r.file) && snap->find(r.file + "/index.html")) {
        res.set_redirect(req.path + "/", 301);
        return;
      }
    } catch (const std::exception& e) {
      res.status = 500;
      res.set_content(std::string("500: this file could not be made: ") + e.what() + "\n", "text/plain; charset=utf-8");
      return;
    }
    if (!b) {
      res.status = 404;
      Bytes nf = snap->find("404.html");
      if (nf) res.set_content(inject_reload(local_links(*nf, snap->base_url), snap->generation, false), "text/html; charset=utf-8");
      else res.set_content("404 Not Found\n", "text/plain; charset=utf-8");
      return;
    }
    std::string type = content_type(r.file);
    if (text::ends_with(r.file, ".html")) res.set_content(inject_reload(*b, snap->generation, false), type.c_str());
    else res.set_content(*b, type.c_str());
  }

  void send_events(httplib::Response& res) {
    auto seen = std::make_shared<std::uint64_t>(hub.latest());
    auto hello = std::make_shared<std::string>("retry: 1000\n\n" + sse_message("hello", "{\"generation\":" +
                                               std::to_string(site.snapshot()->generation) + "}"));
    EventHub* h = &hub;
    res.set_chunked_content_provider("text/event-stream", [h, seen, hello](std::size_t, httplib::DataSink& sink) {
      std::string out;
      if (!hello->empty()) {
        out.swap(*hello);
      } else {
        std::vector<std::string> msgs;
        if (!h->wait(seen.get(), std::chrono::seconds(15), &msgs)) {
          sink.done();
          return true;
        }
        for (const auto& m : msgs) out += m;
        if (out.empty()) out = ": ping\n\n";  // keeps the stream open and notices closed tabs
      }
      return sink.write(out.data(), out.size());
    });
  }

  void setup() {
    http.new_task_queue = [] { return new httplib::ThreadPool(64); };  // each open page holds one event stream
    http.set_payload_max_length(1 << 16);
    // httplib's default is SO_REUSEPORT, which lets a second server share the port; a busy port must be an error.
    http.set_socket_options([](socket_t sock) {
      int yes = 1;
      ::setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    });
    http.set_default_headers({{"Cache-Control", "no-store"}, {"X-Content-Type-Options", "nosniff"}});
    http.Get(".*", [this](const httplib::Request& req, httplib::Response& res) {
      const std::string prefix = kPrefix;
      if (req.path == prefix + "events") send_events(res);
      else if (req.path == prefix + "reload.js") res.set_content(reload_script(), "text/javascript; charset=utf-8");
      else if (req.path.compare(0, prefix.size(), prefix) == 0) res.status = 404;
      else send_file(req, res);
    });
    http.set_error_handler([](const httplib::Request&, httplib::Response& res) {
      if (res.body.empty()) res.set_content(std::to_string(res.status) + "\n", "text/plain; charset=utf-8");
    });
  }
};

Server::Server(const LiveSite& site, EventHub& hub) : impl_(std::make_unique<Impl>(site, hub)) { impl_->setup(); }

Server::~Server() { stop(); }

int Server::bind(const std::string& host, int port) {
  if (port == 0) return impl_->http.bind_to_any_port(host.c_str());
  return impl_->http.bind_to_port(host.c_str(), port) ? port : -1;
}

void Server::start() {
  impl_->thread = std::thread([this] { impl_->http.listen_after_bind(); });
}

void Server::stop() {
  if (impl_->stopped) return;
  impl_->stopped = true;
  impl_->hub.close();
  impl_->http.stop();
  if (impl_->thread.joinable()) impl_->thread.join();
}

}  // namespace tk::serve
