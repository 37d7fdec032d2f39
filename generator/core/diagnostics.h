// Positioned, collected diagnostics: "path:line:col: error: message (did you mean 'x'?)".
#pragma once
#include <mutex>
#include <string>
#include <vector>

namespace tk {

enum class Severity { Error, Warning };

struct Diagnostic {
  Severity severity = Severity::Error;
  std::string path;   ///< as the editor knows it (relative to the content root's parent, e.g. "content/tools/x.md")
  int line = 0;       ///< 1-based, from the top of the file; 0 = whole file
  int col = 0;        ///< 1-based; 0 = unknown
  std::string message;

  /// "path:line:col: error: message"
  std::string format() const;
};

/// Collects diagnostics from every stage of the build. Thread-safe.
class Diagnostics {
 public:
  void error(const std::string& path, int line, int col, const std::string& msg);
  void warning(const std::string& path, int line, int col, const std::string& msg);
  void add(Diagnostic d);
  bool has_errors() const;
  std::size_t error_count() const;
  std::size_t warning_count() const;
  /// Sorted by path, line, column (stable for equal positions).
  std::vector<Diagnostic> sorted() const;
  const std::vector<Diagnostic>& all() const { return items_; }

 private:
  mutable std::mutex mu_;
  std::vector<Diagnostic> items_;
};

/// The closest candidate within a small edit distance, or "" ("did you mean").
std::string did_you_mean(const std::string& word, const std::vector<std::string>& candidates);
/// " (did you mean 'x'?)" or "".
std::string hint(const std::string& word, const std::vector<std::string>& candidates);

}  // namespace tk
