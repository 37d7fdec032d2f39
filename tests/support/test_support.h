// Test helpers: build content trees in temporary folders and load them.
#pragma once
#include <map>
#include <string>

#include "core/diagnostics.h"
#include "model/site.h"

namespace tk::test {

/// A fresh temporary folder, removed when the object goes away.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }
  /// Writes a file (creating folders) below the folder.
  void write(const std::string& rel, const std::string& bytes) const;

 private:
  std::string path_;
};

/// A minimal valid site.yaml + index.md, to which a test adds files.
std::map<std::string, std::string> minimal_site();

/// Writes files into a TempDir's "content/" folder and loads it. Paths in diagnostics start "content/".
model::Site load_files(const TempDir& dir, const std::map<std::string, std::string>& files, Diagnostics& diags);

/// Loads a content folder (e.g. the fixtures or the shipped content).
model::Site load_site(const std::string& content_dir, Diagnostics& diags);

/// A copy of tests/fixtures/<name> at <dir>/content, to edit; returns its path.
std::string copy_fixture(const TempDir& dir, const std::string& name);

/// Replaces the first `from` in a file with `to`; throws std::runtime_error when the file has no `from`.
void replace_in(const std::string& path, const std::string& from, const std::string& to);

/// Every diagnostic, formatted, one per line (sorted).
std::string all_messages(const Diagnostics& diags);

}  // namespace tk::test
