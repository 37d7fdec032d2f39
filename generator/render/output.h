// Where writers put files: a staging folder on disk (build) or memory (tests). Thread-safe.
#pragma once
#include <cstdint>
#include <map>
#include <mutex>
#include <set>
#include <string>

namespace tk::render {

/// What the build knows about a file it wrote (for download labels and the bundles).
struct FileInfo {
  std::uint64_t bytes = 0;
  int pages = 0;  ///< page count for PDFs (0 when unknown)
};

/// Sink for generated files. Paths are relative to the site root, '/'-separated, never "..".
class Output {
 public:
  virtual ~Output() = default;
  /// Stores a file; pages is the page count for documents (0 otherwise). Thread-safe. Throws
  /// std::runtime_error for a path outside the site or one put before (each file has one writer).
  void put(const std::string& path, const std::string& bytes, int pages = 0);
  /// Info about a file put earlier, or nullptr.
  const FileInfo* info(const std::string& path) const;
  /// Every file put so far, sorted by path.
  std::map<std::string, FileInfo> files() const;

 protected:
  virtual void store(const std::string& path, const std::string& bytes) = 0;

 private:
  mutable std::mutex mu_;
  std::map<std::string, FileInfo> files_;
};

/// Writes below a folder, creating sub-folders as needed. Throws std::runtime_error on I/O errors.
/// Each write passes outdir::WriteGate (an interrupt stops the writers before it removes the folder).
class DirOutput : public Output {
 public:
  explicit DirOutput(std::string root) : root_(std::move(root)) {}
  const std::string& root() const { return root_; }

 protected:
  void store(const std::string& path, const std::string& bytes) override;

 private:
  void write_file(const std::string& path, const std::string& bytes);
  std::string root_;
  std::mutex dirs_mu_;
  std::set<std::string> dirs_;  // folders made (or found) so far
};

/// Keeps files in memory (tests).
class MemoryOutput : public Output {
 public:
  std::map<std::string, std::string> data;
  const std::string& at(const std::string& path) const { return data.at(path); }

 protected:
  void store(const std::string& path, const std::string& bytes) override;

 private:
  std::mutex mu_;
};

}  // namespace tk::render
