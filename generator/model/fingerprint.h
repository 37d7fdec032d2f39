// Fingerprints of the model: 64-bit hashes of pages and settings, so that `serve` can tell what an
// edit changed and rebuild only the files made from it.
#pragma once
#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "model/site.h"

namespace tk::model {

/// FNV-1a 64 of bytes, continuing from h.
std::uint64_t fnv1a(const std::string& bytes, std::uint64_t h = 14695981039346656037ull);

/// Feeds values into one hash (within one process: keys are never stored), each length-prefixed so that
/// ("ab","c") and ("a","bc") differ.
struct Hasher {
  std::uint64_t h = 14695981039346656037ull;
  void bytes(const std::string& s);
  void num(long long v);
  void strings(const std::vector<std::string>& v);
  void node(const doc::Node& n);  ///< the tree, source lines left out
  /// What lists, cards and links show of a page: everything but its body, fields and FAQ.
  void page_meta(const Page& p);
  /// The whole page as loaded and validated (front matter, body tree, fields, FAQ); lines left out.
  void page(const Page& p);
  /// site.yaml's settings: title, publisher, address, language, description, contact, nav, footer.
  void config(const SiteConfig& c);
};

/// The page as lists and cards show it (page_meta's members), without its body, fields and FAQ.
Page without_body(const Page& p);

/// Hasher::page of a page, as one value.
std::uint64_t page_key(const Page& p);

/// page_key of each page of one site and of its without_body copy, each made once, on first use: the
/// site must not change while this is used (serve keeps one per loaded site, which it reuses until the
/// content changes). A page not of the site is hashed at each call. Thread-safe.
class PageKeys {
 public:
  explicit PageKeys(const Site& site);
  std::uint64_t whole(const Page& p) const;  ///< page_key(p)
  std::uint64_t meta(const Page& p) const;   ///< page_key(without_body(p))

 private:
  const Site& site_;
  std::unique_ptr<std::atomic<std::uint64_t>[]> whole_, meta_;  // 0: not made yet
  std::uint64_t memo(const std::unique_ptr<std::atomic<std::uint64_t>[]>& slots, const Page& p, std::uint64_t (*make)(const Page&)) const;
};

}  // namespace tk::model
