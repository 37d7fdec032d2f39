// Diagnostics: formatting, collection, did-you-mean.
#include "core/diagnostics.h"

#include <algorithm>

namespace tk {

std::string Diagnostic::format() const {
  std::string s = path;
  if (line > 0) {
    s += ':' + std::to_string(line);
    if (col > 0) s += ':' + std::to_string(col);
  }
  s += severity == Severity::Error ? ": error: " : ": warning: ";
  s += message;
  return s;
}

void Diagnostics::error(const std::string& path, int line, int col, const std::string& msg) {
  add(Diagnostic{Severity::Error, path, line, col, msg});
}

void Diagnostics::warning(const std::string& path, int line, int col, const std::string& msg) {
  add(Diagnostic{Severity::Warning, path, line, col, msg});
}

void Diagnostics::add(Diagnostic d) {
  std::lock_guard<std::mutex> lock(mu_);
  items_.push_back(std::move(d));
}

bool Diagnostics::has_errors() const { return error_count() > 0; }

std::size_t Diagnostics::error_count() const {
  std::lock_guard<std::mutex> lock(mu_);
  return static_cast<std::size_t>(std::count_if(items_.begin(), items_.end(),
                                                [](const Diagnostic& d) { return d.severity == Severity::Error; }));
}

std::size_t Diagnostics::warning_count() const {
  std::lock_guard<std::mutex> lock(mu_);
  return items_.size() - static_cast<std::size_t>(std::count_if(
                             items_.begin(), items_.end(),
                             [](const Diagnostic& d) { return d.severity == Severity::Error; }));
}

std::vector<Diagnostic> Diagnostics::sorted() const {
  std::vector<Diagnostic> v;
  {
    std::lock_guard<std::mutex> lock(mu_);
    v = items_;
  }
  std::stable_sort(v.begin(), v.end(), [](const Diagnostic& a, const Diagnostic& b) {
    if (a.path != b.path) return a.path < b.path;
    if (a.line != b.line) return a.line < b.line;
    return a.col < b.col;
  });
  return v;
}

// Optimal string alignment distance: insertions, deletions, substitutions and adjacent transpositions.
static std::size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i)
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.size()][b.size()];
}

std::string did_you_mean(const std::string& word, const std::vector<std::string>& candidates) {
  std::string best;
  // A suggestion must be close: at most one edit per three characters (and at least one).
  std::size_t best_d = std::max<std::size_t>(1, word.size() / 3) + 1;
  for (const auto& c : candidates) {
    std::size_t d = edit_distance(word, c);
    if (d < best_d) {
      best_d = d;
      best = c;
    }
  }
  return best;
}

std::string hint(const std::string& word, const std::vector<std::string>& candidates) {
  std::string m = did_you_mean(word, candidates);
  return m.empty() ? std::string() : " (did you mean '" + m + "'?)";
}

}  // namespace tk
