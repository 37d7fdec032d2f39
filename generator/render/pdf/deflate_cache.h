// The compressed bytes of the PDF streams made lately, by their bytes: the field font and its ToUnicode
// map (the same in every template), widget appearances (many alike) and, in serve, every stream of a
// document made again after an edit that left it as it was. Deflate was a quarter of the CPU of a tool
// edit's rebuild in serve (perf), most of it on bytes compressed the rebuild before.
//
// Written here rather than taken from a library: it is a map with a byte budget, and its one subtle
// part (what goes in is exactly what libharu would have written) lives in ext::compress_streams.
#pragma once
#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

namespace tk::pdf {

class DeflateCache {
 public:
  using Deflate = std::function<std::string(const std::string&)>;
  /// Keeps at most about `budget` bytes (each entry counts its bytes and its compressed bytes); 0 keeps
  /// nothing (every call compresses).
  explicit DeflateCache(std::size_t budget) : budget_(budget) {}
  /// The compressed form of `bytes`: the kept one, else `deflate(bytes)`, then kept. Thread-safe;
  /// `deflate` runs outside the lock.
  std::shared_ptr<const std::string> get(const std::string& bytes, const Deflate& deflate);
  /// A new budget; what is kept beyond it is dropped.
  void set_budget(std::size_t budget);
  std::size_t budget() const;
  /// The bytes kept now (bytes and compressed bytes of every entry), for tests.
  std::size_t kept_bytes() const;
  std::size_t hits() const;

 private:
  using Map = std::unordered_map<std::string, std::shared_ptr<const std::string>>;
  void keep(const std::string& bytes, std::shared_ptr<const std::string> z);
  // Two generations: entries go into now_; when now_ holds half the budget it becomes before_ (the older
  // before_ is dropped). An entry found in before_ moves back into now_, so what every rebuild uses
  // stays while a build of many pages passes through.
  mutable std::mutex mu_;
  Map now_, before_;
  std::size_t now_bytes_ = 0, before_bytes_ = 0, budget_ = 0, hits_ = 0;
};

/// The process's cache, used by every PDF written (render_pdf). It keeps nothing until serve gives it
/// a budget (serve::run: it makes a tool's PDF again after each edit of the tool); a build compresses
/// each stream once and keeps none, so its memory is what it was without the cache (measured: 8 MB more
/// peak memory for a 300-page site with a budget of 8 MB, and no time saved that the noise did not hide).
DeflateCache& deflate_cache();
constexpr std::size_t kServeDeflateBudget = std::size_t(64) << 20;

}  // namespace tk::pdf
