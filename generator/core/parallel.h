// A small parallel loop over indices on a few threads (the build's only concurrency primitive).
#pragma once
#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace tk {

/// Worker count for `jobs` (0 = one per hardware thread). Every parallel step is given its `jobs` by its
/// caller (the CLI's -j travels in BuildOptions, serve's LiveOptions, load::LoadOptions, pipeline::Sources
/// and RunOptions): there is no process-wide count.
inline int worker_count(int jobs) {
  return jobs > 0 ? jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

/// Runs fn(i) for every i in [0, n) on up to `jobs` threads (the calling thread is one of them).
/// Rethrows the first exception after every thread has stopped.
template <typename Fn>
void parallel_for(std::size_t n, int jobs, Fn&& fn) {
  std::size_t workers = std::min<std::size_t>(n, static_cast<std::size_t>(worker_count(jobs)));
  std::atomic<std::size_t> next{0};
  std::exception_ptr err;
  std::mutex mu;
  auto work = [&] {
    for (std::size_t i; (i = next++) < n;) {
      try {
        fn(i);
      } catch (...) {
        std::lock_guard<std::mutex> lock(mu);
        if (!err) err = std::current_exception();
      }
    }
  };
  std::vector<std::thread> threads;
  for (std::size_t t = 1; t < workers; ++t) threads.emplace_back(work);
  work();
  for (auto& t : threads) t.join();
  if (err) std::rethrow_exception(err);
}

}  // namespace tk
