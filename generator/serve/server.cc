// Server: cpp-httplib routes; every request passes the Host and Origin checks, then route() and the current snapshot.
#include "serve/server.h"

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
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

// httplib's ThreadPool has a fixed size and every connection holds a thread while it is open (idle ones
// too, until the keep-alive timeout). This pool makes threads as connections need them, up to a limit:
// a few idle sockets cost a few sleeping threads instead of making the next request wait behind them.
class GrowingPool : public httplib::TaskQueue {
 public:
  explicit GrowingPool(std::size_t max_threads) : max_(max_threads < 1 ? 1 : max_threads) {}
  ~GrowingPool() override { shutdown(); }

  void enqueue(std::function<void()> fn) override {
    {
      std::lock_guard<std::mutex> lock(mu_);
      jobs_.push_back(std::move(fn));
      if (idle_ < jobs_.size() && threads_.size() < max_) threads_.emplace_back([this] { work(); });
    }
    cv_.notify_one();
  }

  void shutdown() override {
    {
      std::lock_guard<std::mutex> lock(mu_);
      if (done_) return;
      done_ = true;
    }
    cv_.notify_all();
    for (auto& t : threads_) t.join();  // enqueue is no longer called (the accept loop has ended)
  }

 private:
  void work() {
    std::unique_lock<std::mutex> lock(mu_);
    for (;;) {
      ++idle_;
      cv_.wait(lock, [&] { return done_ || !jobs_.empty(); });
      --idle_;
      if (jobs_.empty()) return;  // done_ and nothing left
      std::function<void()> fn = std::move(jobs_.front());
      jobs_.pop_front();
      lock.unlock();
      fn();
      lock.lock();
    }
  }

  const std::size_t max_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<std::function<void()>> jobs_;
  std::vector<std::thread> threads_;
  std::size_t idle_ = 0;
  bool done_ = false;
};

// Sets the body as it is, never compressed. Debian builds cpp-httplib with brotli, and httplib then
// compresses every text body (pages, CSS, scripts, each poll's answer) at brotli's highest quality when
// the browser accepts it: with twenty tabs open that was 73% of serve's CPU (perf) and gains nothing on
// loopback. httplib compresses only a body set whole or a chunked provider; one given with its length
// through a content provider is sent as is (and not copied: the provider holds the bytes).
void send(httplib::Response& res, Bytes body, const std::string& type) {
  if (body->empty()) return res.set_content("", type.c_str());
  const std::size_t size = body->size();
  res.set_content_provider(size, type.c_str(), [body = std::move(body)](std::size_t offset, std::size_t length, httplib::DataSink& sink) {
    return sink.write(body->data() + offset, length);
  });
}
void send(httplib::Response& res, std::string body, const std::string& type) {
  send(res, std::make_shared<const std::string>(std::move(body)), type);
}

// Pages a wait's answer lists at most (more: each tab asks about its own).
constexpr std::size_t kWaitPages = 500;

std::uint64_t number_param(const httplib::Request& req, const char* name) {
  std::string v = req.get_param_value(name);
  if (v.empty() || v.size() > 19 || v.find_first_not_of("0123456789") != std::string::npos) return 0;
  return std::stoull(v);
}

}  // namespace

struct Server::Impl {
  const LiveSite& site;
  const ChangeLog& changes;
  ServerLimits limits;
  httplib::Server http;
  std::thread thread;
  int port = -1;
  bool stopped = false;
  std::atomic<bool> stopping{false};
  std::atomic<int> waiting{0};

  Impl(const LiveSite& s, const ChangeLog& c, ServerLimits l) : site(s), changes(c), limits(l) {}

  void send_file(const httplib::Request& req, httplib::Response& res) {
    Route r = route(req.path);
    if (r.status == 400) {
      res.status = 400;
      send(res, "400 Bad Request: this path leads outside the site.\n", "text/plain; charset=utf-8");
      return;
    }
    std::shared_ptr<const Snapshot> snap = site.snapshot();
    if (!snap->ok && text::ends_with(r.file, ".html")) {  // pages show the errors; other files stay as last built
      res.status = 500;
      send(res, error_page(snap->diagnostics, snap->generation), "text/html; charset=utf-8");
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
      send(res, std::string("500: this file could not be made: ") + e.what() + "\n", "text/plain; charset=utf-8");
      return;
    }
    if (!b) {
      res.status = 404;
      Bytes nf = snap->find("404.html");
      if (nf) send(res, inject_reload(local_links(*nf, snap->base_url), snap->generation, false), "text/html; charset=utf-8");
      else send(res, "404 Not Found\n", "text/plain; charset=utf-8");
      return;
    }
    if (tracing()) trace("file /" + r.file);
    std::string type = content_type(r.file);
    if (text::ends_with(r.file, ".html")) {
      send(res, inject_reload(*b, snap->generation, false), type);
      return;
    }
    // Other files may be kept by the browser if it asks again each time (a page that reloads fetches
    // only what changed: the others are 304 Not Modified).
    std::string tag = etag(*b);
    res.headers.erase("Cache-Control");
    res.set_header("Cache-Control", "no-cache");
    res.set_header("ETag", tag);
    if (etag_matches(req.get_header_value("If-None-Match"), tag)) res.status = 304;
    else send(res, b, type);
  }

  // {"reload":false,"generation":N} when the page that asks is up to date; {"reload":true} when it must
  // reload in full; {"reload":true,"update":"page"|"styles","styles":true|false,"generation":N} when it may
  // update in place.
  void send_poll(const httplib::Request& req, httplib::Response& res) {
    Update u;
    if (req.get_param_value("instance") != instance_id()) u.what = Update::Reload;
    else u = changes.update(number_param(req, "gen"), req.get_param_value("path"), req.get_param_value("error") == "1");
    std::string body;
    switch (u.what) {
      case Update::None: body = "{\"reload\":false,\"generation\":" + std::to_string(u.generation) + "}"; break;
      case Update::Reload: body = "{\"reload\":true}"; break;
      case Update::Page:
      case Update::Styles:
        body = std::string("{\"reload\":true,\"update\":\"") + (u.what == Update::Page ? "page" : "styles") +
               "\",\"styles\":" + (u.styles ? "true" : "false") + ",\"generation\":" + std::to_string(u.generation) + "}";
        break;
    }
    if (u.what != Update::None && tracing()) trace("poll " + body + " " + req.get_param_value("path"));
    send(res, body, "application/json");
  }

  // The one request a browser keeps open (reload.js's lead()): answered with {"instance":...,
  // "generation":N} when a rebuild newer than `gen` is recorded, after limits.wait_s with nothing new, at
  // once when `instance` is another run's (its tabs then reload), and when the server stops. At most
  // limits.max_waits wait at once: more get 503 (the script asks again a second later).
  void send_wait(const httplib::Request& req, httplib::Response& res) {
    const std::uint64_t seen = number_param(req, "gen");
    const bool mine = req.get_param_value("instance") == instance_id();
    std::uint64_t g = changes.generation();
    if (mine && g <= seen) {
      if (waiting.fetch_add(1) >= limits.max_waits) {
        waiting.fetch_sub(1);
        res.status = 503;
        res.set_header("Retry-After", "1");
        send(res, "503: too many live-reload waits are open\n", "text/plain; charset=utf-8");
        return;
      }
      const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(limits.wait_s);
      while (!stopping && g <= seen && std::chrono::steady_clock::now() < until)
        g = changes.wait_newer(seen, std::chrono::milliseconds(250));  // in slices: a stopping server does not wait 25 s
      waiting.fetch_sub(1);
    }
    if (g > seen && tracing()) trace("wait " + std::to_string(g));
    // What the rebuilds since `gen` did, so that a tab at `gen` needs no poll of its own (the same rule
    // as the poll's: ChangeLog::since). A long list of pages is left out: each tab then asks.
    nlohmann::json j = {{"instance", instance_id()}, {"generation", g}};
    if (mine && g > seen) {  // another run's page reloads whatever changed: nothing more to say
      const Since since = changes.since(seen);
      j["from"] = seen;
      j["generation"] = since.generation;
      j["reload"] = since.reload;
      j["styles"] = since.styles;
      if (since.pages.size() <= kWaitPages) j["pages"] = since.pages;
    }
    send(res, j.dump(), "application/json");
  }

  // 403 for a Host that is not this server's loopback name (DNS rebinding), or a request from another site.
  httplib::Server::HandlerResponse guard(const httplib::Request& req, httplib::Response& res) {
    std::string host = req.get_header_value("Host");
    bool ok = allowed_host(host, port) && allowed_origin(req.get_header_value("Origin"), host, req.get_header_value("Sec-Fetch-Site"),
                                                         req.get_header_value("Sec-Fetch-Mode"));
    if (ok) return httplib::Server::HandlerResponse::Unhandled;
    res.status = 403;
    send(res, "403 Forbidden: the preview answers only http://127.0.0.1:" + std::to_string(port) + "/ (or localhost), from its own pages.\n",
                    "text/plain; charset=utf-8");
    return httplib::Server::HandlerResponse::Handled;
  }

  void setup() {
    const std::size_t max_threads = static_cast<std::size_t>(limits.max_threads);
    http.new_task_queue = [max_threads] { return new GrowingPool(max_threads); };
    http.set_read_timeout(limits.read_timeout_s, 0);
    http.set_write_timeout(limits.write_timeout_s, 0);
    http.set_keep_alive_timeout(limits.keep_alive_s);
    http.set_keep_alive_max_count(static_cast<std::size_t>(limits.keep_alive_requests));
    http.set_payload_max_length(1 << 16);
    http.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) { return guard(req, res); });
    // httplib's default is SO_REUSEPORT, which lets a second server share the port; a busy port must be an error.
    http.set_socket_options([](socket_t sock) {
      int yes = 1;
      ::setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    });
    http.set_default_headers({{"Cache-Control", "no-store"}, {"X-Content-Type-Options", "nosniff"}});
    http.Get(".*", [this](const httplib::Request& req, httplib::Response& res) {
      const std::string prefix = kPrefix;
      if (req.path == prefix + "poll") send_poll(req, res);
      else if (req.path == prefix + "wait") send_wait(req, res);
      else if (req.path == prefix + "reload.js") send(res, reload_script(), "text/javascript; charset=utf-8");
      else if (req.path.compare(0, prefix.size(), prefix) == 0) res.status = 404;
      else send_file(req, res);
    });
    http.set_error_handler([](const httplib::Request&, httplib::Response& res) {
      if (res.body.empty() && !res.content_provider_) send(res, std::to_string(res.status) + "\n", "text/plain; charset=utf-8");
    });
  }
};

Server::Server(const LiveSite& site, const ChangeLog& changes, ServerLimits limits)
    : impl_(std::make_unique<Impl>(site, changes, limits)) {
  impl_->setup();
}

Server::~Server() { stop(); }

int Server::bind(const std::string& host, int port) {
  if (port == 0) impl_->port = impl_->http.bind_to_any_port(host.c_str());
  else impl_->port = impl_->http.bind_to_port(host.c_str(), port) ? port : -1;
  return impl_->port;
}

void Server::start() {
  impl_->thread = std::thread([this] { impl_->http.listen_after_bind(); });
}

void Server::stop() {
  if (impl_->stopped) return;
  impl_->stopped = true;
  impl_->stopping = true;  // open waits answer within 250 ms
  impl_->http.stop();
  if (impl_->thread.joinable()) impl_->thread.join();
}

}  // namespace tk::serve
