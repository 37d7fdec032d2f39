// EventHub: a sequence-numbered ring of recent messages and a condition variable.
#include "serve/events.h"

namespace tk::serve {

void EventHub::publish(std::string message) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    recent_.emplace_back(++seq_, std::move(message));
    while (recent_.size() > 32) recent_.pop_front();
  }
  cv_.notify_all();
}

std::uint64_t EventHub::latest() const {
  std::lock_guard<std::mutex> lock(mu_);
  return seq_;
}

bool EventHub::wait(std::uint64_t* seen, std::chrono::milliseconds timeout, std::vector<std::string>* out) {
  std::unique_lock<std::mutex> lock(mu_);
  cv_.wait_for(lock, timeout, [&] { return closed_ || seq_ > *seen; });
  if (closed_) return false;
  for (const auto& [n, m] : recent_)
    if (n > *seen) out->push_back(m);
  *seen = seq_;
  return true;
}

void EventHub::close() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    closed_ = true;
  }
  cv_.notify_all();
}

}  // namespace tk::serve
