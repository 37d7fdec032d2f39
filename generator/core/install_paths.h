// Where toolkitgen finds the data it ships (the default theme, the example toolkit): beside the
// program when it is installed, in the source tree when it runs from its build folder.
#pragma once
#include <string>

namespace tk::install {

/// <prefix>/share/toolkitgen for an installed program (found from the program's own path, so
/// `make install PREFIX=...` and the .deb work without configuration), else this source tree
/// when the program runs from its build folder, else "" (nothing found).
std::string data_dir();

/// The theme used when --theme is not given: `themes/default` in the working folder when there is
/// one (this repository, or a toolkit that keeps its own copy of the theme), else the installed one.
std::string default_theme_dir();

/// The shipped toolkit's content folder (for `toolkitgen init --example`), or "" when not found.
std::string example_content_dir();

}  // namespace tk::install
