// Output sinks: staging folder and in-memory.
#include "render/output.h"

#include <filesystem>
#include <fstream>
#include <stdexcept>

namespace tk::render {

void Output::put(const std::string& path, const std::string& bytes, int pages) {
  if (path.empty() || path[0] == '/' || path.find("..") != std::string::npos)
    throw std::runtime_error("refusing to write outside the site: " + path);
  store(path, bytes);
  std::lock_guard<std::mutex> lock(mu_);
  files_[path] = FileInfo{bytes.size(), pages};
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
  namespace fs = std::filesystem;
  fs::path full = fs::path(root_) / path;
  std::error_code ec;
  fs::create_directories(full.parent_path(), ec);
  if (ec) throw std::runtime_error("cannot create folder " + full.parent_path().string() + ": " + ec.message());
  std::ofstream f(full, std::ios::binary | std::ios::trunc);
  if (!f) throw std::runtime_error("cannot write " + full.string());
  f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!f) throw std::runtime_error("cannot write " + full.string());
}

void MemoryOutput::store(const std::string& path, const std::string& bytes) {
  std::lock_guard<std::mutex> lock(mu_);
  data[path] = bytes;
}

}  // namespace tk::render
