// The output folder: the safety check, the marker, the staging folder, the atomic swap, leftovers, interrupts.
#include "core/output_dir.h"

#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <pwd.h>
#include <sys/signalfd.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <mutex>
#include <set>
#include <shared_mutex>
#include <stdexcept>
#include <vector>

#include "core/files.h"

#ifndef RENAME_NOREPLACE
#define RENAME_NOREPLACE (1 << 0)
#endif
#ifndef RENAME_EXCHANGE
#define RENAME_EXCHANGE (1 << 1)
#endif
#ifndef STATX_ATTR_MOUNT_ROOT
#define STATX_ATTR_MOUNT_ROOT 0x00002000
#endif

namespace tk::outdir {
namespace fs = std::filesystem;

const std::string& marker_text() {
  static const std::string text =
      "This folder is a site built by toolkitgen (toolkitgen build).\n"
      "The next build replaces the whole folder: keep no other files in it.\n";
  return text;
}

namespace {

const char* kStagingPrefix = ".toolkitgen-staging-";  // inside the output (in-place mode)

std::string sys_error(const std::string& what, int err) { return what + ": " + std::strerror(err); }

// renameat2 through syscall(2): the same on every glibc (the wrapper came in 2.28).
int rename2(const std::string& from, const std::string& to, unsigned flags) {
  return static_cast<int>(::syscall(SYS_renameat2, AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), flags));
}

bool lexists(const std::string& p) {
  struct stat st;
  return ::lstat(p.c_str(), &st) == 0;
}

// a == b, or a lies below b (both absolute and normal).
bool within(const std::string& a, const std::string& b) {
  if (b == "/") return true;
  return a == b || (a.size() > b.size() && a.compare(0, b.size(), b) == 0 && a[b.size()] == '/');
}

std::string real(const std::string& p) {
  std::error_code ec;
  fs::path r = fs::weakly_canonical(fs::absolute(p, ec), ec);
  std::string s = r.lexically_normal().string();
  while (s.size() > 1 && s.back() == '/') s.pop_back();
  return s;
}

std::string strip_slashes(std::string s) {
  while (s.size() > 1 && s.back() == '/') s.pop_back();
  return s;
}

std::vector<std::string> entries(const std::string& dir) {
  std::vector<std::string> names;
  std::error_code ec;
  for (auto it = fs::directory_iterator(dir, ec); !ec && it != fs::directory_iterator(); it.increment(ec))
    names.push_back(it->path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

// An output built by toolkitgen before outputs carried the marker: its four fixed files and its layout.
bool legacy_output(const std::string& dir) {
  for (const char* f : {"index.html", "404.html", "sitemap.xml", "robots.txt"}) {
    struct stat st;
    if (::lstat((dir + "/" + f).c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return false;
  }
  std::string index;
  return read_whole_file(dir + "/index.html", index) && index.find("<main id=\"tk-main\"") != std::string::npos;
}

bool pid_alive(long pid) {
  if (pid <= 0 || pid == static_cast<long>(::getpid())) return false;  // ours: an earlier process's
  return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}

// The process id at the end of a leftover's name (prefix + digits), or -1.
long leftover_pid(const std::string& name, const std::string& prefix) {
  if (name.size() <= prefix.size() || name.compare(0, prefix.size(), prefix) != 0) return -1;
  std::string digits = name.substr(prefix.size());
  if (digits.size() > 9 || digits.find_first_not_of("0123456789") != std::string::npos) return -1;
  return std::stol(digits);
}

void write_text(const std::string& path, const std::string& t) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  if (fd < 0) throw std::runtime_error(sys_error("cannot write " + path, errno));
  bool ok = ::write(fd, t.data(), t.size()) == static_cast<ssize_t>(t.size());
  int err = errno;
  if (::close(fd) != 0 && ok) ok = false, err = errno;
  if (!ok) throw std::runtime_error(sys_error("cannot write " + path, err));
}

void write_marker(const std::string& dir) { write_text(dir + "/" + kMarkerName, marker_text()); }

// Removes a folder a build owns, its marker last: a kill at any moment leaves a folder that still
// carries the marker, or an empty one, and the next build removes either.
void remove_tree(const std::string& dir) {
  struct stat st;
  if (::lstat(dir.c_str(), &st) != 0) return;
  std::error_code ec;
  if (!S_ISDIR(st.st_mode)) {
    fs::remove(dir, ec);
    return;
  }
  bool first = true;
  for (const auto& name : entries(dir)) {
    if (name == kMarkerName) continue;
    fs::remove_all(dir + "/" + name, ec);
    if (first) test_pause("removing");
    first = false;
  }
  fs::remove(dir + "/" + kMarkerName, ec);
  test_pause("unmarked");
  fs::remove(dir, ec);
}

bool is_mount_point(const std::string& path) {
  struct statx sx;
  if (::statx(AT_FDCWD, path.c_str(), AT_SYMLINK_NOFOLLOW, STATX_BASIC_STATS, &sx) == 0 &&
      (sx.stx_attributes_mask & STATX_ATTR_MOUNT_ROOT))
    return (sx.stx_attributes & STATX_ATTR_MOUNT_ROOT) != 0;
  struct stat a, b;  // kernels before 5.8: another device than the parent's
  return ::stat(path.c_str(), &a) == 0 && ::stat(fs::path(path).parent_path().c_str(), &b) == 0 && a.st_dev != b.st_dev;
}

}  // namespace

bool has_marker(const std::string& dir) {
  struct stat st;
  std::string m = dir + "/" + kMarkerName, text;
  if (::lstat(m.c_str(), &st) != 0 || !S_ISREG(st.st_mode) || st.st_size > 4096) return false;
  if (!read_whole_file(m, text)) return false;
  const std::string& want = marker_text();
  return text.compare(0, want.find('\n') + 1, want, 0, want.find('\n') + 1) == 0;
}

// ---------------------------------------------------------------------------------------------------------------
// Which --out may be replaced.

Decision check(const std::string& out, const Places& places, bool force) {
  Decision d;
  Target& t = d.target;
  t.given = strip_slashes(out);
  const std::string opt = "--out " + (out.empty() ? std::string("''") : out);
  if (t.given.empty()) {
    d.error = "--out needs a folder, e.g. --out output";
    return d;
  }

  struct stat st;
  std::string shown = opt;  // the option, and where a link leads
  if (::lstat(t.given.c_str(), &st) == 0 && S_ISLNK(st.st_mode)) {
    std::error_code ec;
    fs::path to = fs::read_symlink(t.given, ec);
    fs::path target = fs::canonical(t.given, ec);
    if (ec) {
      d.error = opt + " is a symbolic link to '" + to.string() +
                "', which does not exist: create that folder, remove the link, or choose another folder (--force never replaces a link)";
      return d;
    }
    if (!fs::is_directory(target)) {
      d.error = opt + " is a symbolic link to '" + to.string() +
                "', which is not a folder: point the link to a folder or choose another folder (--force never replaces a link)";
      return d;
    }
    t.link = to.string();
    t.path = target.string();
    shown = opt + " (a link to " + t.path + ")";
  } else {
    t.path = real(t.given);
  }

  const std::string never = "; toolkitgen never replaces it, even with --force. Choose a folder of its own, e.g. --out output";
  if (t.path == "/") {
    d.error = shown + " is the root of the file system" + never;
    return d;
  }
  struct Place {
    std::string path;
    const char* what;
    bool inside_ok;  // a folder inside it may be the output
  };
  std::vector<Place> list;
  list.push_back({real(places.content_dir), "the content folder", false});
  list.push_back({real(places.theme_dir), "the theme folder", false});
  std::string cwd = places.cwd;
  if (cwd.empty()) {
    std::error_code ec;
    cwd = fs::current_path(ec).string();
  }
  if (!cwd.empty()) list.push_back({real(cwd), "the working folder", true});
  std::vector<std::string> homes;
  if (!places.home.empty()) homes.push_back(places.home);
  if (const passwd* pw = ::getpwuid(::getuid()); pw && pw->pw_dir && *pw->pw_dir) homes.push_back(pw->pw_dir);
  for (const auto& h : homes)
    if (real(h) != "/") list.push_back({real(h), "your home folder", true});
  for (const auto& p : list) {
    if (t.path == p.path) {
      d.error = shown + " is " + p.what + never;
      return d;
    }
    if (within(p.path, t.path)) {
      d.error = shown + " holds " + p.what + " (" + p.path + ")" + never;
      return d;
    }
    if (!p.inside_ok && within(t.path, p.path)) {
      d.error = shown + " is inside " + p.what + " (" + p.path + "); toolkitgen never writes there, even with --force." +
                " Choose a folder outside it, e.g. --out output";
      return d;
    }
  }

  if (::lstat(t.path.c_str(), &st) != 0) {
    if (errno != ENOENT) {
      d.error = sys_error("cannot read " + t.path, errno);
      return d;
    }
    d.ok = true;  // a new folder
    return d;
  }
  t.exists = true;
  t.is_dir = S_ISDIR(st.st_mode);
  if (t.is_dir) {
    std::vector<std::string> names = entries(t.path);
    if (names.empty() || has_marker(t.path) || legacy_output(t.path) || force) {
      d.ok = true;
      return d;
    }
    std::string some = "'" + names[0] + "'";
    if (names.size() > 1) some += " and " + std::to_string(names.size() - 1) + (names.size() == 2 ? " other entry" : " other entries");
    d.error = shown + " is a folder toolkitgen did not write (it holds " + some +
              "); building would delete what it holds. Choose another folder, or add --force to replace it and everything in it";
    return d;
  }
  if (S_ISREG(st.st_mode)) {
    if (force) {
      d.ok = true;
      return d;
    }
    d.error = shown + " is a file, not a folder; building would replace it with the site. Choose another folder, or add --force to replace the file";
    return d;
  }
  d.error = shown + " is neither a folder nor a file (a device, a pipe or a socket): choose another folder (--force never replaces it)";
  return d;
}

// ---------------------------------------------------------------------------------------------------------------
// Interrupts: one mutex orders the swap against the cleanup; the gate stops the writers.

struct InterruptState {
  static InterruptState& get() {
    static InterruptState* s = new InterruptState;  // never destroyed: the signal thread may use it at exit
    return *s;
  }
  std::recursive_mutex mu;       // held while a Publisher changes folders, and forever by a cleanup
  Publisher* active = nullptr;   // the Publisher whose staging folder exists
  std::atomic<bool> interrupted{false};
  std::shared_mutex gate;        // shared: one file write; exclusive: the cleanup

  // On SIGINT, SIGTERM or SIGHUP: lets a swap in progress finish, or stops the writers and removes
  // the staging folder. Keeps the lock: nothing changes folders any more until the process ends.
  void clean_up() {
    interrupted = true;
    mu.lock();
    if (active && !active->committed_) {
      gate.lock();  // writers finish the file they are writing, then wait for the end
      remove_tree(active->staging_);
    }
  }
};

WriteGate::Pass::Pass() { InterruptState::get().gate.lock_shared(); }
WriteGate::Pass::~Pass() { InterruptState::get().gate.unlock_shared(); }

namespace {
std::string pause_point;    // set_test_pause: once, before any build
long pause_ms = 30000;
}  // namespace

void set_test_pause(const std::string& point, long ms) {
  pause_point = point;
  pause_ms = ms;
}

void test_pause(const char* point) {
  const std::string& spec = pause_point;
  if (spec.empty()) return;
  static std::atomic<long> count{0};
  const std::string p = point;
  bool hit = spec == p;
  if (!hit && spec.size() > p.size() + 1 && spec.compare(0, p.size() + 1, p + "-") == 0) {
    long n = std::atol(spec.c_str() + p.size() + 1);
    hit = ++count == n;
  }
  if (!hit) return;
  std::fprintf(stderr, "toolkitgen: test pause at %s\n", spec.c_str());
  std::fflush(stderr);
  auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(pause_ms);
  while (std::chrono::steady_clock::now() < until && !InterruptState::get().interrupted)
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
}

InterruptCleanup::InterruptCleanup() {
  sigset_t set;
  sigemptyset(&set);
  for (int s : {SIGINT, SIGTERM, SIGHUP}) {
    struct sigaction now;
    if (::sigaction(s, nullptr, &now) == 0 && now.sa_handler != SIG_IGN) sigaddset(&set, s);  // nohup stays nohup
  }
  pthread_sigmask(SIG_BLOCK, &set, &old_mask_);
  signal_fd_ = ::signalfd(-1, &set, SFD_CLOEXEC);
  if (signal_fd_ < 0 || ::pipe2(stop_fd_, O_CLOEXEC) != 0) {  // cannot watch: the default actions, as before
    pthread_sigmask(SIG_SETMASK, &old_mask_, nullptr);
    return;
  }
  thread_ = std::thread([this] {
    pollfd fds[2] = {{signal_fd_, POLLIN, 0}, {stop_fd_[0], POLLIN, 0}};
    for (;;) {
      if (::poll(fds, 2, -1) < 0) {
        if (errno == EINTR) continue;
        return;
      }
      if (fds[1].revents) return;
      signalfd_siginfo info;
      if (::read(signal_fd_, &info, sizeof info) != static_cast<ssize_t>(sizeof info)) continue;
      InterruptState::get().clean_up();
      int sig = static_cast<int>(info.ssi_signo);
      ::signal(sig, SIG_DFL);
      sigset_t one;
      sigemptyset(&one);
      sigaddset(&one, sig);
      pthread_sigmask(SIG_UNBLOCK, &one, nullptr);
      ::raise(sig);
      ::_exit(128 + sig);
    }
  });
}

InterruptCleanup::~InterruptCleanup() {
  if (thread_.joinable()) {
    char c = 1;
    if (::write(stop_fd_[1], &c, 1) == 1) thread_.join();
    else thread_.detach();
  }
  for (int fd : {stop_fd_[0], stop_fd_[1], signal_fd_})
    if (fd >= 0) ::close(fd);
  pthread_sigmask(SIG_SETMASK, &old_mask_, nullptr);
}

// ---------------------------------------------------------------------------------------------------------------
// Publisher

Publisher::Publisher(Target target) : target_(std::move(target)) {}

Publisher::~Publisher() {
  InterruptState& st = InterruptState::get();
  std::lock_guard<std::recursive_mutex> lock(st.mu);
  if (st.active == this) st.active = nullptr;
}

int Publisher::remove_leftovers() {
  test_pause("start");
  int removed = 0;
  auto sweep = [&](const std::string& dir, const std::vector<std::string>& prefixes) {
    for (const auto& name : entries(dir))
      for (const auto& prefix : prefixes) {
        long pid = leftover_pid(name, prefix);
        if (pid < 0 || pid_alive(pid)) continue;
        std::string p = dir + "/" + name;
        struct stat st;
        if (::lstat(p.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) continue;
        if (!has_marker(p) && !entries(p).empty()) continue;  // not ours: left alone
        remove_tree(p);
        ++removed;
      }
  };
  fs::path path(target_.path);
  std::string name = path.filename().string();
  sweep(path.parent_path().string(), {name + ".tmp-", name + ".old-"});
  if (target_.is_dir) sweep(target_.path, {kStagingPrefix});
  return removed;
}

std::string Publisher::begin() {
  std::lock_guard<std::recursive_mutex> lock(InterruptState::get().mu);  // an interrupt waits, then removes it all
  fs::path path(target_.path);
  const std::string pid = std::to_string(::getpid());
  bool inside = target_.is_dir && (is_mount_point(target_.path) || ::access(path.parent_path().c_str(), W_OK) != 0);
  if (inside) {
    stage_inside();
    return staging_;
  }
  std::error_code ec;
  fs::create_directories(path.parent_path(), ec);
  if (ec) throw std::runtime_error("cannot create folder " + path.parent_path().string() + ": " + ec.message());
  std::string staging = target_.path + ".tmp-" + pid;
  if (::mkdir(staging.c_str(), 0777) != 0) throw std::runtime_error(sys_error("cannot create folder " + staging, errno));
  staging_ = staging;
  InterruptState::get().active = this;
  test_pause("staging");
  struct stat old, now;
  if (target_.is_dir && ::stat(target_.path.c_str(), &old) == 0 && ::stat(staging.c_str(), &now) == 0) {
    // The new folder is the old one's twin: owner (root only), group and mode, setgid included, set
    // before any file is written so that files and folders inside inherit the group as before.
    uid_t uid = ::geteuid() == 0 ? old.st_uid : static_cast<uid_t>(-1);
    if ((old.st_gid != now.st_gid || (uid != static_cast<uid_t>(-1) && old.st_uid != now.st_uid)) &&
        ::chown(staging.c_str(), uid, old.st_gid) != 0) {
      // A group this user cannot give: keep the folder itself and replace what it holds.
      abandon();
      stage_inside();
      return staging_;
    }
    mode_ = old.st_mode & 07777;
    if (::chmod(staging.c_str(), mode_ | S_IRWXU) != 0)
      throw std::runtime_error(sys_error("cannot set the mode of " + staging, errno));
  }
  write_marker(staging);
  test_pause("marker");
  return staging_;
}

void Publisher::stage_inside() {
  std::lock_guard<std::recursive_mutex> lock(InterruptState::get().mu);
  std::string staging = target_.path + "/" + kStagingPrefix + std::to_string(::getpid());
  if (::mkdir(staging.c_str(), 0777) != 0) throw std::runtime_error(sys_error("cannot create folder " + staging, errno));
  staging_ = staging;
  InterruptState::get().active = this;
  in_place_ = true;
  write_marker(staging);
  test_pause("marker");
}

void Publisher::commit() {
  InterruptState& st = InterruptState::get();
  std::lock_guard<std::recursive_mutex> lock(st.mu);
  test_pause("commit");
  if (in_place_) commit_inside();
  else commit_beside();
  committed_ = true;
  st.active = nullptr;
  test_pause("done");
}

void Publisher::commit_beside() {
  if (mode_ != 0 && ::chmod(staging_.c_str(), mode_) != 0)
    throw std::runtime_error(sys_error("cannot set the mode of " + staging_, errno));
  test_pause("ready");
  if (!target_.exists) {
    if (rename2(staging_, target_.path, RENAME_NOREPLACE) != 0) {
      int err = errno;
      if (err != EINVAL && err != ENOSYS) throw std::runtime_error(sys_error("cannot rename " + staging_ + " to " + target_.path, err));
      if (::rename(staging_.c_str(), target_.path.c_str()) != 0)
        throw std::runtime_error(sys_error("cannot rename " + staging_ + " to " + target_.path, errno));
    }
    return;
  }
  if (rename2(staging_, target_.path, RENAME_EXCHANGE) != 0) {
    int err = errno;
    if (err == EBUSY || err == EXDEV) {
      // The output became (or is) a mount point we did not see: stage again inside it.
      std::string beside = staging_;
      stage_inside();
      std::error_code ec;
      for (const auto& name : entries(beside))
        if (name != kMarkerName) fs::copy(beside + "/" + name, staging_ + "/" + name, fs::copy_options::recursive, ec);
      if (ec) throw std::runtime_error("cannot copy the site into " + staging_ + ": " + ec.message());
      remove_tree(beside);
      commit_inside();
      return;
    }
    if (err != EINVAL && err != ENOSYS) throw std::runtime_error(sys_error("cannot swap " + staging_ + " and " + target_.path, err));
    // A file system without RENAME_EXCHANGE: two renames (output/ is missing between them).
    std::string old = target_.path + ".old-" + std::to_string(::getpid());
    if (::rename(target_.path.c_str(), old.c_str()) != 0) throw std::runtime_error(sys_error("cannot rename " + target_.path, errno));
    if (::rename(staging_.c_str(), target_.path.c_str()) != 0) {
      int e2 = errno;
      ::rename(old.c_str(), target_.path.c_str());
      throw std::runtime_error(sys_error("cannot rename " + staging_ + " to " + target_.path, e2));
    }
    staging_ = old;
  }
  test_pause("exchanged");
  // staging_ now holds the previous output (or the file --force replaced).
  struct stat s;
  if (::lstat(staging_.c_str(), &s) == 0 && S_ISDIR(s.st_mode) && !has_marker(staging_)) {
    try {
      write_marker(staging_);  // a folder --force replaced: removable by a later build if this one dies
    } catch (const std::exception&) {
    }
  }
  remove_tree(staging_);
}

void Publisher::commit_inside() {
  // The marker first (one rename: it is there at every instant once it was), then each top-level entry.
  const std::string out = target_.path;
  const std::string copy = staging_ + "/.marker-copy";
  write_text(copy, marker_text());
  if (::rename(copy.c_str(), (out + "/" + kMarkerName).c_str()) != 0)
    throw std::runtime_error(sys_error("cannot write " + out + "/" + kMarkerName, errno));
  std::set<std::string> fresh;
  for (const auto& name : entries(staging_)) {
    if (name == kMarkerName) continue;
    fresh.insert(name);
    const std::string from = staging_ + "/" + name, to = out + "/" + name;
    if (!lexists(to)) {
      if (::rename(from.c_str(), to.c_str()) != 0) throw std::runtime_error(sys_error("cannot rename " + from + " to " + to, errno));
    } else if (rename2(from, to, RENAME_EXCHANGE) != 0) {
      int err = errno;
      if (err != EINVAL && err != ENOSYS) throw std::runtime_error(sys_error("cannot swap " + from + " and " + to, err));
      const std::string aside = staging_ + "/.old-" + name;  // no exchange here: old aside, new in
      if (::rename(to.c_str(), aside.c_str()) != 0 || ::rename(from.c_str(), to.c_str()) != 0)
        throw std::runtime_error(sys_error("cannot replace " + to, errno));
    }
    test_pause("moved");
  }
  // What the previous site had and the new one has not goes into the staging folder, removed with it.
  for (const auto& name : entries(out)) {
    if (fresh.count(name) || name == kMarkerName || name.compare(0, std::strlen(kStagingPrefix), kStagingPrefix) == 0) continue;
    if (::rename((out + "/" + name).c_str(), (staging_ + "/" + name).c_str()) != 0)
      throw std::runtime_error(sys_error("cannot remove " + out + "/" + name, errno));
  }
  test_pause("exchanged");
  remove_tree(staging_);
}

void Publisher::abandon() noexcept {
  InterruptState& st = InterruptState::get();
  std::lock_guard<std::recursive_mutex> lock(st.mu);
  if (!staging_.empty() && !committed_) remove_tree(staging_);
  if (st.active == this) st.active = nullptr;
}

}  // namespace tk::outdir
