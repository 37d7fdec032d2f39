// Test helpers: temporary content trees.
#include "support/test_support.h"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <stdexcept>

#include "load/site_loader.h"

namespace tk::test {
namespace fs = std::filesystem;

TempDir::TempDir() {
  std::random_device rd;
  fs::path p = fs::temp_directory_path() / ("tk-test-" + std::to_string(rd()) + std::to_string(rd()));
  fs::create_directories(p);
  path_ = p.string();
}

TempDir::~TempDir() {
  std::error_code ec;
  fs::remove_all(path_, ec);
}

void TempDir::write(const std::string& rel, const std::string& bytes) const {
  fs::path p = fs::path(path_) / rel;
  fs::create_directories(p.parent_path());
  std::ofstream f(p, std::ios::binary);
  f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

std::map<std::string, std::string> minimal_site() {
  return {{"site.yaml", "title: Test Toolkit\npublisher: Test Agency\nbase_url: https://example.org/tk/\ncontact: a@example.org\n"},
          {"index.md", "---\ntitle: Home\n---\nWelcome.\n"}};
}

model::Site load_files(const TempDir& dir, const std::map<std::string, std::string>& files, Diagnostics& diags) {
  for (const auto& [rel, bytes] : files) dir.write("content/" + rel, bytes);
  fs::path cwd = fs::current_path();
  fs::current_path(dir.path());
  model::Site s = load::load_site({"content", false}, diags);
  fs::current_path(cwd);
  return s;
}

model::Site load_site(const std::string& content_dir, Diagnostics& diags) {
  return load::load_site({content_dir, false}, diags);
}

std::string copy_fixture(const TempDir& dir, const std::string& name) {
  std::string content = dir.path() + "/content";
  fs::copy(std::string(TK_FIXTURES) + "/" + name, content, fs::copy_options::recursive);
  return content;
}

void replace_in(const std::string& path, const std::string& from, const std::string& to) {
  std::ifstream in(path, std::ios::binary);
  std::string s((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::size_t at = s.find(from);
  if (at == std::string::npos) throw std::runtime_error(path + " has no '" + from + "'");
  s.replace(at, from.size(), to);
  std::ofstream(path, std::ios::binary | std::ios::trunc) << s;
}

std::string all_messages(const Diagnostics& diags) {
  std::string s;
  for (const auto& d : diags.sorted()) s += d.format() + "\n";
  return s;
}

}  // namespace tk::test
