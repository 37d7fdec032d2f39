// `toolkitgen new KIND "Title"`: a new content file with the kind's front matter and a body to start from.
#pragma once
#include <string>
#include <vector>

namespace tk::scaffold {

/// The kinds `new` writes: stage, tool, job, spotlight, focus-area, page.
const std::vector<std::string>& kinds();

/// What a new file may refer to, read from the content folder so that the placeholders validate.
struct Context {
  std::vector<std::string> stages;       ///< stage slugs, published ones first, in file order
  std::vector<std::string> focus_areas;  ///< focus-area slugs, in file order
  int focus_area_files = 0;              ///< focus-area files (drafts included)
};

/// Reads the slugs of the stages and focus areas below content_dir (missing folders give none).
Context read_context(const std::string& content_dir);

/// The text of a new file, from the kind's archetype (as Hugo's): `<theme>/archetypes/<kind>.md`, else the
/// installed default theme's; theme_dir "" is the default theme (install::default_theme_dir()). An archetype
/// is a Mustache template (README, "Themes") of front matter with every key the kind needs (valid
/// placeholders, hints as YAML comments, `draft: true`) and a starter body (for tools and jobs: a template
/// with each of the four field forms). False, with error, when the archetype cannot be read or parsed.
bool starter(const std::string& kind, const std::string& title, const Context& ctx, const std::string& theme_dir,
             std::string& out, std::string& error);

struct NewOptions {
  std::string kind;
  std::string title;
  std::string content_dir = "content";
  std::string theme_dir{};  ///< where the archetypes are ("": the default theme)
};

struct NewResult {
  int exit_code = 0;    ///< 0 written; 1 refused (the file or its slug exists, or it would not validate); 2 usage
  std::string path;     ///< the file written ("content/tools/my-tool.md")
  std::string message;  ///< why it was refused
};

/// Writes <content>/<folder>/<slug>.md (slug from the title). Never overwrites; checks that the new file
/// loads without errors (with drafts) and removes it again if it does not.
NewResult create(const NewOptions& opts);

}  // namespace tk::scaffold
