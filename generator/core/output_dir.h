// The output folder: which --out may be replaced, and how a build replaces it (Linux).
//
// A build writes the new site into a staging folder beside the output (`<name>.tmp-<pid>`), then
// swaps the two with one renameat2(RENAME_EXCHANGE): at every instant `output/` is the previous
// site or the new one, and it stays a real folder (a web server's root, an upload tool's source).
// The staging folder gets the output's mode, group and owner before anything is written into it,
// so files inherit a setgid group as they did before. When the output cannot be renamed (a mount
// point, a parent folder the user cannot write, a group the user cannot set) the site is staged
// inside it (`<out>/.toolkitgen-staging-<pid>`) and each top-level entry is exchanged in place.
//
// Every output, and every staging folder, carries a marker file at its root (kMarkerName). It is
// how a later build knows a folder is its own to replace, and which leftovers of a killed build it
// may remove. It is the same bytes in every build (reproducible builds), and no page links to it.
#pragma once
#include <signal.h>

#include <string>
#include <thread>

namespace tk::outdir {

/// The marker file's name at the root of every output.
inline constexpr const char* kMarkerName = ".toolkitgen-output";
/// The marker file's text (fixed: no time, no process id).
const std::string& marker_text();

/// The folders no build may replace or hold, with the user's options.
struct Places {
  std::string content_dir;
  std::string theme_dir;
  std::string cwd;   ///< empty: the process's working folder
  std::string home;  ///< $HOME as the CLI read it (empty: none); the password file's home is one too
};

/// What --out names once links, `..` and trailing slashes are resolved.
struct Target {
  std::string given;   ///< as the user wrote it, without trailing slashes (for messages)
  std::string path;    ///< the absolute real path of the folder to replace (a link's target)
  std::string link;    ///< non-empty when --out is a symbolic link to a folder (its text)
  bool exists = false;
  bool is_dir = false;
};

struct Decision {
  bool ok = false;
  std::string error;  ///< why not, and how to go on (exit code 2)
  Target target;
};

/// Decides whether `out` may be replaced by a build. Reads the file system, changes nothing.
/// `force` allows a folder toolkitgen did not write, or a file; never the content or theme folder,
/// a folder that holds or is inside either, the working folder or one that holds it, the home
/// folder or one that holds it, `/`.
Decision check(const std::string& out, const Places& places, bool force);

/// True when `dir` is a folder whose marker file says toolkitgen wrote it.
bool has_marker(const std::string& dir);

/// One build's replacement of one output folder. Not copyable. Its staging folder is removed on
/// failure (abandon), on SIGINT/SIGTERM/SIGHUP while an InterruptCleanup is alive, or by a later
/// build when this process was killed.
class Publisher {
 public:
  explicit Publisher(Target target);
  ~Publisher();
  Publisher(const Publisher&) = delete;
  Publisher& operator=(const Publisher&) = delete;

  /// Removes what builds killed earlier left beside (or inside) this output: staging folders of
  /// processes that are no longer alive that carry the marker or are empty. Returns how many.
  int remove_leftovers();
  /// Makes the staging folder (marker, mode, group) and returns its path. Throws std::runtime_error.
  std::string begin();
  /// Puts the staged site in place of the output and removes the previous one. Throws std::runtime_error.
  void commit();
  /// Removes the staging folder (after an error). Never throws.
  void abandon() noexcept;
  /// True when the site was staged inside the output (each top-level entry replaced on its own).
  bool in_place() const { return in_place_; }

 private:
  void stage_inside();
  void commit_beside();
  void commit_inside();
  friend struct InterruptState;
  Target target_;
  std::string staging_;
  bool in_place_ = false;
  bool committed_ = false;
  unsigned mode_ = 0;  ///< the output folder's mode bits (07777) to give the new one; 0: the default
};

/// While alive, SIGINT, SIGTERM and SIGHUP are handled by a thread of their own: it waits for a
/// swap in progress to finish, or stops the writers and removes the staging folder, then ends the
/// process by the same signal. Construct it before any other thread starts (they inherit the mask).
class InterruptCleanup {
 public:
  InterruptCleanup();
  ~InterruptCleanup();
  InterruptCleanup(const InterruptCleanup&) = delete;
  InterruptCleanup& operator=(const InterruptCleanup&) = delete;

 private:
  int stop_fd_[2] = {-1, -1};
  int signal_fd_ = -1;
  std::thread thread_;
  sigset_t old_mask_{};
};

/// Every file write into a staging folder passes this gate (render::DirOutput). Once an interrupt
/// closes it, writers block until the process ends, so the staging folder can be removed safely.
class WriteGate {
 public:
  struct Pass {
    Pass();
    ~Pass();
    Pass(const Pass&) = delete;
    Pass& operator=(const Pass&) = delete;
  };
};

/// A test hook: when the point set by set_test_pause names this point, prints
/// "toolkitgen: test pause at <point>" to stderr and sleeps (the milliseconds set with it) or until an
/// interrupt, so that a test can kill the build exactly there. Points written as "name-N" pause at the
/// N-th call with that name ("write-5": the fifth file). Does nothing until a point is set.
void test_pause(const char* point);

/// Where test_pause pauses and for how long: the CLI gives TOOLKITGEN_TEST_PAUSE and
/// TOOLKITGEN_TEST_PAUSE_MS (default 30000), once, before any build starts. "": no pause.
void set_test_pause(const std::string& point, long ms);

}  // namespace tk::outdir
