// Output sinks: staging folder and in-memory.
#include "render/output.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <stdexcept>

#include "core/output_dir.h"

namespace tk::render {

void Output::put(const std::string& path, const std::string& bytes, int pages) {
  if (path.empty() || path[0] == '/' || path.find("..") != std::string::npos)
    throw std::runtime_error("refusing to write outside the site: " + path);
  {
    // Two writers of one path would leave one file of the two, whichever came last.
    std::lock_guard<std::mutex> lock(mu_);
    if (!files_.emplace(path, FileInfo{bytes.size(), pages}).second)
      throw std::runtime_error("internal error: " + path + " was written twice");
  }
  try {
    store(path, bytes);
  } catch (...) {
    std::lock_guard<std::mutex> lock(mu_);
    files_.erase(path);
    throw;
  }
}

const FileInfo* Output::info(const std::string& path) const {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = files_.find(path);
  return it == files_.end() ? nullptr : &it->second;
}

std::map<std::string, FileInfo> Output::files() const {
  std::lock_guard<std::mutex> lock(mu_);
  return files_;
}

void DirOutput::store(const std::string& path, const std::string& bytes) {
  write_file(path, bytes);
  outdir::test_pause("write");
}

void DirOutput::write_file(const std::string& path, const std::string& bytes) {
  namespace fs = std::filesystem;
  outdir::WriteGate::Pass pass;  // an interrupt waits for this file, then removes the staging folder
  const std::string full = root_ + "/" + path;
  const std::string dir = full.substr(0, full.rfind('/'));
  bool known;
  {
    std::lock_guard<std::mutex> lock(dirs_mu_);
    known = dirs_.count(dir) > 0;
  }
  if (!known) {  // a site has thousands of files in far fewer folders: each folder is made once
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) throw std::runtime_error("cannot create folder " + dir + ": " + ec.message());
    std::lock_guard<std::mutex> lock(dirs_mu_);
    dirs_.insert(dir);
  }
  int fd = ::open(full.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  if (fd < 0) throw std::runtime_error("cannot write " + full + ": " + std::strerror(errno));
  const char* p = bytes.data();
  std::size_t left = bytes.size();
  while (left > 0) {
    ssize_t n = ::write(fd, p, left);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      int err = errno;
      ::close(fd);
      throw std::runtime_error("cannot write " + full + ": " + std::strerror(err));
    }
    p += n;
    left -= static_cast<std::size_t>(n);
  }
  if (::close(fd) != 0) throw std::runtime_error("cannot write " + full + ": " + std::strerror(errno));
}

void MemoryOutput::store(const std::string& path, const std::string& bytes) {
  std::lock_guard<std::mutex> lock(mu_);
  data[path] = bytes;
}

}  // namespace tk::render
