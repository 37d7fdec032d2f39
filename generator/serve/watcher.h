// Watches folders for edits (inotify, recursive, new folders too) and reports them in debounced batches.
// A root folder deleted or renamed away and put back (by rename or by copy) is watched again: each root's
// parent folder is watched for that name.
#pragma once
#include <chrono>
#include <map>
#include <mutex>
#include <string>
#include <vector>

namespace tk::serve {

class Watcher {
 public:
  /// Watches every folder below each root, skipping dot folders. A batch is reported once no event
  /// has come for `quiet` (or `max_wait` after its first event, under a steady stream of writes).
  explicit Watcher(const std::vector<std::string>& roots, std::chrono::milliseconds quiet = std::chrono::milliseconds(50),
                   std::chrono::milliseconds max_wait = std::chrono::milliseconds(1000));
  ~Watcher();
  Watcher(const Watcher&) = delete;
  Watcher& operator=(const Watcher&) = delete;

  /// "" when watching works; otherwise why it does not (e.g. the inotify limit).
  const std::string& error() const { return error_; }
  /// Blocks until the next batch: the changed paths (files and folders, sorted, each once). Returns an
  /// empty list once stop() is called. Call from one thread.
  std::vector<std::string> wait();
  /// Makes wait() return an empty list now and from then on. Thread-safe.
  void stop();
  /// Number of folders watched.
  std::size_t watched() const;

 private:
  void add_tree(const std::string& dir);
  void drop_tree(const std::string& dir);  // removes the watches of dir and every folder below it
  void read_events(std::vector<std::string>& batch);

  int fd_ = -1;       // inotify
  int stop_fd_ = -1;  // eventfd
  std::chrono::milliseconds quiet_, max_wait_;
  mutable std::mutex mu_;
  std::map<int, std::string> dirs_;  // watch descriptor -> folder
  std::map<int, std::vector<std::string>> parents_;  // watch descriptor of a root's parent -> the roots in it
  std::string error_;
};

/// True for names that editors' own files use (".x.swp", "x~", "4913", ".#x"): changes to them are ignored.
bool is_editor_temp(const std::string& name);

}  // namespace tk::serve
