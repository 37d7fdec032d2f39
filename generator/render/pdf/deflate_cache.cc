// DeflateCache: a byte-budgeted map from a stream's bytes to libharu's compression of them.
#include "render/pdf/deflate_cache.h"

namespace tk::pdf {

std::shared_ptr<const std::string> DeflateCache::get(const std::string& bytes, const Deflate& deflate) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = now_.find(bytes);
    if (it != now_.end()) {
      ++hits_;
      return it->second;
    }
    auto old = before_.find(bytes);
    if (old != before_.end()) {
      ++hits_;
      std::shared_ptr<const std::string> z = old->second;
      before_bytes_ -= old->first.size() + z->size();
      before_.erase(old);
      keep(bytes, z);
      return z;
    }
  }
  auto z = std::make_shared<const std::string>(deflate(bytes));
  std::lock_guard<std::mutex> lock(mu_);
  if (!now_.count(bytes)) keep(bytes, z);  // another thread may have kept the same bytes meanwhile
  return z;
}

void DeflateCache::keep(const std::string& bytes, std::shared_ptr<const std::string> z) {
  const std::size_t size = bytes.size() + z->size();
  if (size > budget_ / 2) return;  // would not fit in a generation
  if (now_bytes_ + size > budget_ / 2) {
    before_ = std::move(now_);
    before_bytes_ = now_bytes_;
    now_ = Map();
    now_bytes_ = 0;
  }
  now_.emplace(bytes, std::move(z));
  now_bytes_ += size;
}

void DeflateCache::set_budget(std::size_t budget) {
  std::lock_guard<std::mutex> lock(mu_);
  budget_ = budget;
  if (before_bytes_ + now_bytes_ > budget_) {
    now_.clear();
    before_.clear();
    now_bytes_ = before_bytes_ = 0;
  }
}

std::size_t DeflateCache::budget() const {
  std::lock_guard<std::mutex> lock(mu_);
  return budget_;
}

std::size_t DeflateCache::kept_bytes() const {
  std::lock_guard<std::mutex> lock(mu_);
  return now_bytes_ + before_bytes_;
}

std::size_t DeflateCache::hits() const {
  std::lock_guard<std::mutex> lock(mu_);
  return hits_;
}

DeflateCache& deflate_cache() {
  static DeflateCache cache(0);
  return cache;
}

}  // namespace tk::pdf
