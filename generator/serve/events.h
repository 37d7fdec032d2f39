// Server-sent events: one publisher (the rebuild loop), any number of listeners (open pages).
#pragma once
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <string>
#include <vector>

namespace tk::serve {

/// Broadcasts messages to every waiting listener. Thread-safe.
class EventHub {
 public:
  /// Sends a message (already in SSE form) to every listener.
  void publish(std::string message);
  /// The sequence number of the last message (a new listener starts from it).
  std::uint64_t latest() const;
  /// Waits up to timeout for messages after *seen; appends them to out and advances *seen. Returns
  /// false once close() was called (listeners then end their streams).
  bool wait(std::uint64_t* seen, std::chrono::milliseconds timeout, std::vector<std::string>* out);
  /// Wakes every listener for good (server shutdown).
  void close();

 private:
  mutable std::mutex mu_;
  std::condition_variable cv_;
  std::deque<std::pair<std::uint64_t, std::string>> recent_;  // the last few messages
  std::uint64_t seq_ = 0;
  bool closed_ = false;
};

}  // namespace tk::serve
