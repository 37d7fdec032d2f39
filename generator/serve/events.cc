// ChangeLog: the last rebuilds' changed pages, and the one question an open page asks.
#include "serve/events.h"

#include <algorithm>

#include "core/text.h"
#include "serve/http.h"

namespace tk::serve {

void ChangeLog::record(std::uint64_t generation, bool all, const std::vector<std::string>& changed_files) {
  Change c;
  c.generation = generation;
  c.all = all;
  for (const auto& f : changed_files) {
    if (is_page_asset(f)) c.assets = true;
    if (text::ends_with(f, ".html")) c.pages.push_back(page_url(f));
  }
  std::sort(c.pages.begin(), c.pages.end());
  std::lock_guard<std::mutex> lock(mu_);
  recent_.push_back(std::move(c));
  while (recent_.size() > kKeep) recent_.pop_front();
  generation_ = std::max(generation_, generation);
}

std::uint64_t ChangeLog::generation() const {
  std::lock_guard<std::mutex> lock(mu_);
  return generation_;
}

bool ChangeLog::must_reload(std::uint64_t seen, const std::string& page_path, bool broken) const {
  std::lock_guard<std::mutex> lock(mu_);
  if (seen >= generation_) return false;  // up to date (or newer than recorded yet: the record follows)
  // Every generation after `seen` must be known, or the page cannot tell what it missed.
  std::uint64_t next = seen + 1;
  bool reload = false;
  for (const Change& c : recent_) {
    if (c.generation <= seen) continue;
    if (c.generation != next) return true;
    ++next;
    if (broken || c.all || c.assets || std::binary_search(c.pages.begin(), c.pages.end(), page_path)) reload = true;
  }
  return reload || next <= generation_;
}

}  // namespace tk::serve
