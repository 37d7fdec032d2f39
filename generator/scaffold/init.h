// `toolkitgen init DIR`: a new toolkit of one's own (or, with --example, a copy of the shipped one).
#pragma once
#include <string>

namespace tk::scaffold {

struct InitOptions {
  std::string dir;             ///< the folder to create; it must not exist or be empty
  bool example = false;        ///< copy the shipped toolkit instead of the small starter
  std::string example_content; ///< where the shipped toolkit's content is (install::example_content_dir())
};

struct InitResult {
  int exit_code = 0;    ///< 0 written; 1 refused (the folder is not empty); 2 usage or I/O
  std::string message;  ///< why it was refused, or what was written
  int files = 0;        ///< files written
};

/// Writes DIR/content/ (site.yaml, index.md, a stage, a tool with each kind of field, a page),
/// DIR/README.md for its editors and DIR/.gitignore. Never writes into a folder that holds anything.
/// The new content is loaded back before returning: a toolkit `init` makes always builds.
InitResult init(const InitOptions& opts);

}  // namespace tk::scaffold
