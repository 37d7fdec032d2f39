// EventHub: listeners get every message published after they joined, and wake up on close.
#include <catch2/catch.hpp>

#include <thread>

#include "serve/events.h"

using namespace tk::serve;
using namespace std::chrono_literals;

TEST_CASE("listeners receive messages published after they joined", "[serve]") {
  EventHub hub;
  hub.publish("old");
  std::uint64_t seen = hub.latest();
  std::vector<std::string> got;
  CHECK(hub.wait(&seen, 10ms, &got));
  CHECK(got.empty());  // timed out: nothing new
  std::thread t([&] { hub.publish("a"), hub.publish("b"); });
  t.join();
  CHECK(hub.wait(&seen, 1000ms, &got));
  CHECK(got == std::vector<std::string>{"a", "b"});
  got.clear();
  CHECK(hub.wait(&seen, 10ms, &got));
  CHECK(got.empty());
}

TEST_CASE("close wakes a waiting listener at once", "[serve]") {
  EventHub hub;
  std::uint64_t seen = hub.latest();
  std::vector<std::string> got;
  auto t0 = std::chrono::steady_clock::now();
  std::thread t([&] {
    std::this_thread::sleep_for(20ms);
    hub.close();
  });
  CHECK_FALSE(hub.wait(&seen, 10s, &got));
  t.join();
  CHECK(std::chrono::steady_clock::now() - t0 < 5s);
}
