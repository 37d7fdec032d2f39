// Fingerprints of the model: 64-bit FNV-1a hashes of pages and settings, so that `serve` can tell
// what an edit changed and rebuild only the files made from it.
#pragma once
#include <cstdint>
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

}  // namespace tk::model
