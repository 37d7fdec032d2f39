// ChangeLog: the last rebuilds' changed pages, and the one question an open page asks.
#include "serve/events.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>

#include "core/text.h"
#include "serve/http.h"

namespace tk::serve {

namespace {
std::atomic<bool> trace_on{false};
}  // namespace

bool tracing() { return trace_on.load(std::memory_order_relaxed); }

void set_tracing(bool on) { trace_on = on; }

void trace(const std::string& what) {
  if (!tracing()) return;
  double ms = std::chrono::duration<double, std::milli>(std::chrono::system_clock::now().time_since_epoch()).count();
  std::fprintf(stderr, "trace %.1f %s\n", ms, what.c_str());  // one write per line: lines of threads do not mix
}

void ChangeLog::record(std::uint64_t generation, bool all, const std::vector<std::string>& changed_files) {
  Change c;
  c.generation = generation;
  c.all = all;
  for (const auto& f : changed_files) {
    if (is_page_asset(f)) (text::ends_with(f, ".css") ? c.styles : c.assets) = true;
    if (text::ends_with(f, ".html")) c.pages.push_back(page_url(f));
  }
  std::sort(c.pages.begin(), c.pages.end());
  c.pages.erase(std::unique(c.pages.begin(), c.pages.end()), c.pages.end());
  std::lock_guard<std::mutex> lock(mu_);
  recent_.push_back(std::move(c));
  while (recent_.size() > kKeep) recent_.pop_front();
  generation_ = std::max(generation_, generation);
  recorded_.notify_all();
}

std::uint64_t ChangeLog::generation() const {
  std::lock_guard<std::mutex> lock(mu_);
  return generation_;
}

std::uint64_t ChangeLog::wait_newer(std::uint64_t seen, std::chrono::milliseconds timeout) const {
  std::unique_lock<std::mutex> lock(mu_);
  recorded_.wait_for(lock, timeout, [&] { return generation_ > seen; });
  return generation_;
}

Since ChangeLog::since(std::uint64_t seen) const {
  std::lock_guard<std::mutex> lock(mu_);
  Since s;
  s.generation = generation_;
  if (seen >= generation_) return s;  // up to date (or newer than recorded yet: the record follows)
  s.changed = true;
  // Every generation after `seen` must be known, or a page cannot tell what it missed.
  std::uint64_t next = seen + 1;
  for (const Change& c : recent_) {
    if (c.generation <= seen) continue;
    if (c.generation != next) {
      s.reload = true;
      break;
    }
    ++next;
    if (c.all || c.assets) s.reload = true;
    if (c.styles) s.styles = true;
    s.pages.insert(s.pages.end(), c.pages.begin(), c.pages.end());
  }
  if (next <= generation_) s.reload = true;
  std::sort(s.pages.begin(), s.pages.end());
  s.pages.erase(std::unique(s.pages.begin(), s.pages.end()), s.pages.end());
  return s;
}

Update ChangeLog::update(std::uint64_t seen, const std::string& page_path, bool broken) const {
  return since(seen).update(page_path, broken);
}

Update Since::update(const std::string& page_path, bool broken) const {
  Update u;
  u.generation = generation;
  if (!changed) return u;
  u.styles = styles;
  if (reload || broken) u.what = Update::Reload;  // the error page reloads on any change
  else if (std::binary_search(pages.begin(), pages.end(), page_path)) u.what = Update::Page;
  else if (styles) u.what = Update::Styles;
  return u;
}

}  // namespace tk::serve
