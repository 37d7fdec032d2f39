// parallel_for: every index once, on at most `jobs` threads counting the caller, exceptions after every thread stops.
#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>
#include <vector>

#include "core/parallel.h"

using tk::parallel_for;

TEST_CASE("parallel_for runs every index exactly once", "[core][parallel]") {
  for (int jobs : {1, 2, 3, 8}) {
    for (std::size_t n : {std::size_t(0), std::size_t(1), std::size_t(5), std::size_t(1000)}) {
      std::vector<std::atomic<int>> hits(n);
      parallel_for(n, jobs, [&](std::size_t i) { hits[i]++; });
      for (std::size_t i = 0; i < n; ++i) {
        INFO("jobs " << jobs << ", n " << n << ", index " << i);
        CHECK(hits[i].load() == 1);
      }
    }
  }
}

TEST_CASE("parallel_for with one job runs on the calling thread, in order", "[core][parallel]") {
  std::vector<std::size_t> order;
  std::set<std::thread::id> threads;
  parallel_for(10, 1, [&](std::size_t i) {  // no lock: with jobs = 1 only the caller may run fn
    order.push_back(i);
    threads.insert(std::this_thread::get_id());
  });
  CHECK(order == std::vector<std::size_t>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
  CHECK(threads == std::set<std::thread::id>{std::this_thread::get_id()});
}

TEST_CASE("parallel_for uses at most `jobs` threads, the caller among them, and no more than there are indices",
          "[core][parallel]") {
  std::mutex mu;
  std::set<std::thread::id> threads;
  std::atomic<int> running{0}, most{0};
  parallel_for(64, 3, [&](std::size_t) {
    int now = ++running;
    for (int m = most.load(); now > m && !most.compare_exchange_weak(m, now);) {
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
    {
      std::lock_guard<std::mutex> lock(mu);
      threads.insert(std::this_thread::get_id());
    }
    --running;
  });
  CHECK(threads.size() <= 3);
  CHECK(most.load() <= 3);
  CHECK(threads.count(std::this_thread::get_id()) == 1);

  threads.clear();
  parallel_for(2, 16, [&](std::size_t) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
    std::lock_guard<std::mutex> lock(mu);
    threads.insert(std::this_thread::get_id());
  });
  CHECK(threads.size() <= 2);
}

TEST_CASE("parallel_for rethrows the first exception only after every index has run and every thread stopped",
          "[core][parallel]") {
  for (int jobs : {1, 4}) {
    INFO("jobs " << jobs);
    std::atomic<int> done{0}, running{0};
    std::atomic<int> running_at_throw_seen{-1};
    try {
      parallel_for(200, jobs, [&](std::size_t i) {
        ++running;
        std::this_thread::sleep_for(std::chrono::microseconds(200));
        ++done;
        --running;
        if (i == 3 || i == 150) throw std::runtime_error("index " + std::to_string(i));
      });
      FAIL("no exception");
    } catch (const std::runtime_error& e) {
      running_at_throw_seen = running.load();
      if (jobs == 1) CHECK(std::string(e.what()) == "index 3");  // in order on one thread: the first thrown
      else CHECK((std::string(e.what()) == "index 3" || std::string(e.what()) == "index 150"));
    }
    CHECK(done.load() == 200);  // the other indices still ran: an error does not lose the rest of the work
    CHECK(running_at_throw_seen.load() == 0);  // no worker is still inside fn when the caller sees the error
  }
}
