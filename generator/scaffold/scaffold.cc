// Scaffolding: per-kind starter text, the context it refers to, and the careful write.
#include "scaffold/scaffold.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

#include <kainjow/mustache.hpp>

#include "core/diagnostics.h"
#include "core/files.h"
#include "core/install_paths.h"
#include "core/text.h"
#include "load/page_loader.h"
#include "load/site_loader.h"
#include "model/schema.h"
#include "render/html/theme.h"

namespace tk::scaffold {
namespace fs = std::filesystem;

namespace {

std::string quoted(const std::string& s) {
  std::string o = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') o += '\\';
    o += c;
  }
  return o + "\"";
}

std::string join(const std::vector<std::string>& v, const char* sep) {
  std::string s;
  for (const auto& x : v) s += (s.empty() ? "" : sep) + x;
  return s;
}

std::string folder_of(const std::string& kind) {
  if (kind == "focus-area") return "focus-areas";
  return kind + "s";
}

// The front matter of a file, as (key, value) for top-level "key: value" lines.
std::vector<std::pair<std::string, std::string>> top_keys(const std::string& path) {
  std::vector<std::pair<std::string, std::string>> keys;
  std::ifstream f(path);
  std::string line;
  if (!std::getline(f, line) || text::trim(line) != "---") return keys;
  while (std::getline(f, line) && text::trim(line) != "---") {
    std::size_t colon = line.find(':');
    if (line.empty() || line[0] == ' ' || line[0] == '#' || colon == std::string::npos) continue;
    std::string v = text::trim(line.substr(colon + 1));
    if (v.size() >= 2 && (v[0] == '"' || v[0] == '\'') && v.back() == v[0]) v = v.substr(1, v.size() - 2);
    keys.emplace_back(text::trim(line.substr(0, colon)), v);
  }
  return keys;
}

struct FileSlug {
  std::string file, slug;
  bool draft = false;
};

std::vector<FileSlug> slugs_in(const fs::path& folder) {
  std::vector<FileSlug> out;
  std::error_code ec;
  if (!fs::is_directory(folder, ec)) return out;
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(folder, ec))
    if (e.path().extension() == ".md" && e.path().filename().string()[0] != '.') files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const auto& p : files) {
    FileSlug fsl{p.string(), load::slug_from_filename(p.filename().string()), false};
    for (const auto& [k, v] : top_keys(p.string())) {
      if (k == "slug") fsl.slug = v;
      if (k == "draft") fsl.draft = v == "true";
    }
    out.push_back(fsl);
  }
  return out;
}

// The archetype of a kind: <theme>/archetypes/<kind>.md, else the installed default theme's.
std::string archetype_path(const std::string& theme_dir, const std::string& kind) {
  std::error_code ec;
  const std::string own = join_path(theme_dir, "archetypes/" + kind + ".md");
  if (fs::is_regular_file(own, ec)) return own;
  const std::string data = install::data_dir();
  const std::string shipped = data.empty() ? std::string() : data + "/themes/default/archetypes/" + kind + ".md";
  return !shipped.empty() && fs::is_regular_file(shipped, ec) ? shipped : own;
}

}  // namespace

const std::vector<std::string>& kinds() {
  static const std::vector<std::string> k = {"stage", "tool", "job", "spotlight", "focus-area", "page"};
  return k;
}

Context read_context(const std::string& content_dir) {
  Context c;
  std::vector<FileSlug> stages = slugs_in(fs::path(content_dir) / "stages");
  std::stable_partition(stages.begin(), stages.end(), [](const FileSlug& s) { return !s.draft; });
  for (const auto& s : stages) c.stages.push_back(s.slug);
  std::vector<FileSlug> focus = slugs_in(fs::path(content_dir) / "focus-areas");
  for (const auto& f : focus) c.focus_areas.push_back(f.slug);
  c.focus_area_files = static_cast<int>(focus.size());
  return c;
}

bool starter(const std::string& kind, const std::string& title, const Context& ctx, const std::string& theme_dir,
             std::string& out, std::string& error) {
  const std::string path = archetype_path(theme_dir.empty() ? install::default_theme_dir() : theme_dir, kind);
  std::string src;
  if (!read_whole_file(path, src)) {
    error = "no starter for '" + kind + "': " + path + " cannot be read (is the theme installed?)";
    return false;
  }
  kainjow::mustache::mustache tmpl(src);
  if (!tmpl.is_valid()) {
    error = path + ": " + tmpl.error_message();
    return false;
  }
  kainjow::mustache::data d;
  d.set("title", quoted(title));
  if (!ctx.stages.empty()) {
    d.set("first_stage", ctx.stages.front());
    d.set("stages", join(ctx.stages, ", "));
  }
  if (!ctx.focus_areas.empty()) d.set("focus_areas", join(ctx.focus_areas, ", "));
  d.set("number", std::to_string(ctx.focus_area_files + 1));
  d.set("actions_heading", std::string(model::kFocusAreaActions.text));
  d.set("questions_heading", std::string(model::kFocusAreaQuestions.text));
  out = tmpl.render(d);
  return true;
}

NewResult create(const NewOptions& opts) {
  NewResult r;
  const auto& ks = kinds();
  if (std::find(ks.begin(), ks.end(), opts.kind) == ks.end()) {
    r.exit_code = 2;
    r.message = "unknown kind '" + opts.kind + "'; use " + join(ks, ", ") + hint(opts.kind, ks);
    return r;
  }
  std::string title = text::trim(opts.title);
  std::string slug = text::slugify(title);
  if (title.empty() || slug.empty()) {
    r.exit_code = 2;
    r.message = title.empty() ? "give the new page a title, e.g. toolkitgen new " + opts.kind + " \"Mentor Survey\""
                              : "the title '" + title + "' gives no file name (it needs some letters a-z or digits)";
    return r;
  }
  std::error_code ec;
  if (!fs::is_directory(opts.content_dir, ec)) {
    r.exit_code = 2;
    r.message = "content folder not found: " + opts.content_dir;
    return r;
  }
  std::string folder = folder_of(opts.kind);
  std::string rel = folder + "/" + slug + ".md";
  r.path = (fs::path(opts.content_dir) / rel).string();
  if (fs::exists(fs::symlink_status(r.path, ec))) {
    r.exit_code = 1;
    r.message = r.path + " already exists; not overwriting it (choose another title, or edit that file)";
    return r;
  }
  for (const auto& other : slugs_in(fs::path(opts.content_dir) / folder))
    if (other.slug == slug) {
      r.exit_code = 1;
      r.message = other.file + " already has the slug '" + slug + "'; choose another title";
      return r;
    }

  std::string text;
  if (!starter(opts.kind, title, read_context(opts.content_dir), opts.theme_dir, text, r.message)) {
    r.exit_code = 2;
    return r;
  }
  fs::create_directories(fs::path(opts.content_dir) / folder, ec);
  {
    std::ofstream f(r.path, std::ios::binary);
    f << text;
    if (!f) {
      r.exit_code = 2;
      r.message = "cannot write " + r.path;
      return r;
    }
  }
  // The new file must load cleanly with --drafts (a reserved slug, for instance, would not).
  Diagnostics diags;
  html::Theme theme;
  Diagnostics theme_diags;  // a theme that does not load is build's to report; `new` checks the page
  theme.load(opts.theme_dir.empty() ? install::default_theme_dir() : opts.theme_dir, theme_diags);
  load::load_site({opts.content_dir, true, theme.layout_names()}, diags);
  const std::string display = join_path(opts.content_dir, rel);  // the loader's way of naming files in diagnostics
  for (const auto& d : diags.sorted())
    if (d.severity == Severity::Error && d.path == display) r.message += (r.message.empty() ? "" : "\n") + d.format();
  if (!r.message.empty()) {
    fs::remove(r.path, ec);
    r.exit_code = 1;
    r.message = "not written, it would not build:\n" + r.message;
  }
  return r;
}

}  // namespace tk::scaffold
