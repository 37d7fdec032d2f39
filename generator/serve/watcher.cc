// The inotify watcher: one watch per folder, new folders added as they appear, events batched by a quiet period.
#include "serve/watcher.h"

#include <poll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <set>

#include "serve/events.h"

namespace tk::serve {
namespace fs = std::filesystem;

namespace {

constexpr std::uint32_t kMask = IN_CLOSE_WRITE | IN_MODIFY | IN_ATTRIB | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO |
                                IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR | IN_DONT_FOLLOW;
// A root's parent: only names appearing and going away. IN_MASK_ADD: the parent may be a watched folder too.
constexpr std::uint32_t kParentMask = IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_ONLYDIR | IN_MASK_ADD;

std::string parent_of(const std::string& p) {
  std::string parent = fs::path(p).parent_path().string();
  return parent.empty() ? "." : parent;
}

std::string base_name(const std::string& p) {
  std::size_t s = p.rfind('/');
  return s == std::string::npos ? p : p.substr(s + 1);
}

}  // namespace

bool is_editor_temp(const std::string& name) {
  if (name.empty()) return false;
  if (name[0] == '.' || name.back() == '~' || name == "4913") return true;
  auto ends = [&](const char* suffix) {
    std::size_t n = std::strlen(suffix);
    return name.size() >= n && name.compare(name.size() - n, n, suffix) == 0;
  };
  return ends(".swp") || ends(".swx") || ends(".tmp");
}

Watcher::Watcher(const std::vector<std::string>& roots, std::chrono::milliseconds quiet, std::chrono::milliseconds max_wait)
    : quiet_(quiet), max_wait_(max_wait) {
  fd_ = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  stop_fd_ = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
  if (fd_ < 0 || stop_fd_ < 0) {
    error_ = std::string("cannot watch for changes: ") + std::strerror(errno);
    return;
  }
  for (const auto& r : roots) {
    std::string root = r;
    while (root.size() > 1 && root.back() == '/') root.pop_back();
    int wd = ::inotify_add_watch(fd_, parent_of(root).c_str(), kParentMask);
    if (wd >= 0) parents_[wd].push_back(root);
    add_tree(root);
  }
}

Watcher::~Watcher() {
  if (fd_ >= 0) ::close(fd_);
  if (stop_fd_ >= 0) ::close(stop_fd_);
}

std::size_t Watcher::watched() const {
  std::lock_guard<std::mutex> lock(mu_);
  return dirs_.size();
}

void Watcher::add_tree(const std::string& dir) {
  // Each folder is watched before it is listed: a subfolder made meanwhile is either listed or reported.
  std::vector<std::string> todo{dir};
  while (!todo.empty()) {
    std::string d = std::move(todo.back());
    todo.pop_back();
    std::error_code ec;
    if (!fs::is_directory(fs::symlink_status(d, ec))) continue;
    {
      std::lock_guard<std::mutex> lock(mu_);
      int wd = ::inotify_add_watch(fd_, d.c_str(), kMask);
      if (wd >= 0) dirs_[wd] = d;
      else if (error_.empty() && errno == ENOSPC)
        error_ = "too many folders to watch (raise fs.inotify.max_user_watches); some changes may be missed";
      if (wd < 0) continue;
    }
    for (auto it = fs::directory_iterator(d, ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
      std::error_code e2;
      if (it->is_symlink(e2) || !it->is_directory(e2)) continue;
      std::string sub = it->path().string();
      if (base_name(sub)[0] != '.') todo.push_back(sub);
    }
  }
}

void Watcher::drop_tree(const std::string& dir) {
  std::lock_guard<std::mutex> lock(mu_);
  for (auto it = dirs_.begin(); it != dirs_.end();) {
    const std::string& d = it->second;
    if (d == dir || (d.size() > dir.size() && d.compare(0, dir.size(), dir) == 0 && d[dir.size()] == '/')) {
      if (!parents_.count(it->first)) ::inotify_rm_watch(fd_, it->first);
      it = dirs_.erase(it);
    } else {
      ++it;
    }
  }
}

void Watcher::read_events(std::vector<std::string>& batch) {
  alignas(struct inotify_event) char buf[16384];
  for (;;) {
    ssize_t n = ::read(fd_, buf, sizeof buf);
    if (n <= 0) return;
    for (char* p = buf; p < buf + n;) {
      auto* ev = reinterpret_cast<struct inotify_event*>(p);
      p += sizeof(struct inotify_event) + ev->len;
      std::string dir;
      std::string name = ev->len ? std::string(ev->name) : std::string();
      std::vector<std::string> roots;  // the roots this event names in their parent
      {
        std::lock_guard<std::mutex> lock(mu_);
        if (ev->mask & IN_Q_OVERFLOW) {
          for (const auto& kv : dirs_) batch.push_back(kv.second);
          continue;
        }
        auto pt = parents_.find(ev->wd);
        if (pt != parents_.end())
          for (const auto& r : pt->second)
            if (!name.empty() && base_name(r) == name) roots.push_back(r);
      }
      for (const auto& r : roots) {
        // A root went away (deleted, renamed) or came back: forget its old watches, watch what is there now.
        if (ev->mask & (IN_MOVED_FROM | IN_DELETE)) drop_tree(r);
        if (ev->mask & (IN_CREATE | IN_MOVED_TO)) {
          drop_tree(r);
          add_tree(r);
        }
        batch.push_back(r);
      }
      {
        std::lock_guard<std::mutex> lock(mu_);
        auto it = dirs_.find(ev->wd);
        if (it == dirs_.end()) continue;
        dir = it->second;
        if (ev->mask & IN_IGNORED) {
          dirs_.erase(it);
          continue;
        }
      }
      if (is_editor_temp(name)) continue;
      std::string path = name.empty() ? dir : dir + "/" + name;
      if ((ev->mask & IN_ISDIR) && (ev->mask & IN_MOVED_FROM)) drop_tree(path);  // its watches would keep the old names
      if ((ev->mask & IN_ISDIR) && (ev->mask & (IN_CREATE | IN_MOVED_TO))) add_tree(path);
      batch.push_back(path);
    }
  }
}

std::vector<std::string> Watcher::wait() {
  std::vector<std::string> batch;
  if (fd_ < 0) {
    // Nothing to watch with: wait for stop() only.
    struct pollfd p{stop_fd_, POLLIN, 0};
    while (stop_fd_ >= 0 && ::poll(&p, 1, -1) < 0 && errno == EINTR) {
    }
    return batch;
  }
  using clock = std::chrono::steady_clock;
  clock::time_point first{};
  for (;;) {
    int timeout = -1;
    if (!batch.empty()) {
      auto left = std::min(quiet_, std::chrono::duration_cast<std::chrono::milliseconds>(first + max_wait_ - clock::now()));
      timeout = static_cast<int>(std::max<long long>(0, left.count()));
    }
    struct pollfd fds[2] = {{fd_, POLLIN, 0}, {stop_fd_, POLLIN, 0}};
    int r = ::poll(fds, 2, timeout);
    if (r < 0 && errno == EINTR) continue;
    if (r < 0 || (fds[1].revents & POLLIN)) return {};
    if (r == 0) break;  // quiet long enough
    bool was_empty = batch.empty();
    read_events(batch);
    if (was_empty && !batch.empty()) {
      first = clock::now();
      trace("event " + batch.front());
    }
    if (!batch.empty() && clock::now() - first >= max_wait_) break;
  }
  std::sort(batch.begin(), batch.end());
  batch.erase(std::unique(batch.begin(), batch.end()), batch.end());
  return batch;
}

void Watcher::stop() {
  std::uint64_t one = 1;
  if (stop_fd_ >= 0) (void)!::write(stop_fd_, &one, sizeof one);
}

}  // namespace tk::serve
