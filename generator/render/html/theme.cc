// Theme loading: partials expanded textually ({{> name}}), so each template is parsed once per build.
#include "render/html/theme.h"

#include <kainjow/mustache.hpp>
#include <nlohmann/json.hpp>

#include "core/files.h"
#include "model/fingerprint.h"
#include "render/docx/styles.h"

#include <algorithm>
#include <cctype>
#include <atomic>
#include <filesystem>

namespace tk::html {
namespace fs = std::filesystem;
using kainjow::mustache::mustache;

Theme::Theme() = default;
Theme::~Theme() = default;

const std::vector<std::string>& Theme::required() {
  static const std::vector<std::string> r = {"layout", "home", "stage", "tool", "spotlights", "spotlight",
                                             "focus_area", "page", "downloads", "search", "404"};
  return r;
}

const std::vector<std::string>& Theme::page_kinds() {
  static const std::vector<std::string> k = {"home", "stage", "tool", "job", "spotlight", "focus-area", "page",
                                             "spotlights", "downloads", "search", "404"};
  return k;
}

const std::vector<std::string>& Theme::action_names() {
  static const std::vector<std::string> a = {"email", "print", "pdf"};
  return a;
}

std::string Theme::template_of(model::Kind k) {
  switch (k) {
    case model::Kind::Job: return "tool";
    case model::Kind::FocusArea: return "focus_area";
    default: return model::kind_name(k);
  }
}

namespace {

// Every id="..." in a template's text, in order, once each; ids written with a {{tag}} are left out.
std::vector<std::string> ids_in(const std::string& src) {
  std::vector<std::string> ids;
  for (std::size_t at = src.find("id=\""); at != std::string::npos; at = src.find("id=\"", at + 4)) {
    if (at == 0 || !std::isspace(static_cast<unsigned char>(src[at - 1]))) continue;  // data-id=, aria-...id=
    std::size_t b = at + 4, e = src.find('"', b);
    if (e == std::string::npos) break;
    std::string id = src.substr(b, e - b);
    if (!id.empty() && id.find("{{") == std::string::npos && std::find(ids.begin(), ids.end(), id) == ids.end())
      ids.push_back(id);
  }
  return ids;
}

// The names in the theme's static folder (copied to the site's root), sorted; dot-files are not copied.
std::vector<std::string> static_names(const std::string& theme_dir) {
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(fs::path(theme_dir) / "static", ec)) {
    std::string n = e.path().filename().string();
    if (!n.empty() && n[0] != '.') names.push_back(n);
  }
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace

bool Theme::has_action(const std::string& kind, const std::string& action) const {
  auto it = actions_.find(kind);
  return it != actions_.end() && std::find(it->second.begin(), it->second.end(), action) != it->second.end();
}

// theme.json: { "page_actions": { "<kind>": ["email", "print", "pdf"], ... } }. Read with nlohmann-json
// (render/ does not use yaml-cpp); every mistake is an error at its line.
bool Theme::load_settings(const std::string& theme_dir, Diagnostics& diags) {
  actions_.clear();
  for (const char* k : {"home", "stage", "tool", "job", "spotlight", "focus-area", "page"})
    actions_[k] = action_names();
  fs::path p = fs::path(theme_dir) / "theme.json";
  std::error_code ec;
  if (!fs::exists(p, ec)) return true;
  std::string src;
  const std::string path = p.string();
  if (!read_whole_file(path, src)) {
    diags.error(path, 0, 0, "cannot read the theme's settings");
    return false;
  }
  auto line_at = [&](std::size_t pos) { return 1 + int(std::count(src.begin(), src.begin() + long(std::min(pos, src.size())), '\n')); };
  // The line of the first `"key"` after `from` (nlohmann keeps no positions).
  auto line_of = [&](const std::string& key, std::size_t from = 0) {
    std::size_t at = src.find("\"" + key + "\"", from);
    return at == std::string::npos ? 0 : line_at(at);
  };
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(src);
  } catch (const nlohmann::json::parse_error& e) {
    std::string what = e.what();
    std::size_t colon = what.find("syntax error");
    diags.error(path, line_at(e.byte > 0 ? e.byte - 1 : 0), 0,
                "not valid JSON: " + (colon == std::string::npos ? what : what.substr(colon)));
    return false;
  }
  std::size_t before = diags.error_count();
  if (!j.is_object()) {
    diags.error(path, 1, 0, "theme.json must be an object: {\"page_actions\": {...}}");
    return false;
  }
  for (auto it = j.begin(); it != j.end(); ++it)
    if (it.key() != "page_actions") diags.error(path, line_of(it.key()), 0, "unknown setting '" + it.key() + "'" + hint(it.key(), {"page_actions"}));
  if (!j.contains("page_actions")) return diags.error_count() == before;
  const nlohmann::json& pa = j["page_actions"];
  std::size_t base = src.find("\"page_actions\"");
  if (!pa.is_object()) {
    diags.error(path, line_of("page_actions"), 0, "'page_actions' must map page kinds to lists of actions, e.g. {\"spotlight\": [\"email\", \"print\", \"pdf\"]}");
    return false;
  }
  actions_.clear();
  for (auto it = pa.begin(); it != pa.end(); ++it) {
    int line = line_of(it.key(), base);
    const auto& kinds = page_kinds();
    if (std::find(kinds.begin(), kinds.end(), it.key()) == kinds.end()) {
      diags.error(path, line, 0, "'" + it.key() + "' is not a page kind" + hint(it.key(), kinds));
      continue;
    }
    if (!it.value().is_array()) {
      diags.error(path, line, 0, "the actions of '" + it.key() + "' must be a list such as [\"email\", \"print\", \"pdf\"]");
      continue;
    }
    std::vector<std::string>& mine = actions_[it.key()];
    for (const auto& a : it.value()) {
      const auto& names = action_names();
      std::string name = a.is_string() ? a.get<std::string>() : a.dump();
      if (!a.is_string() || std::find(names.begin(), names.end(), name) == names.end())
        diags.error(path, line, 0, "'" + name + "' is not a page action (email, print or pdf)" + hint(name, names));
      else if (std::find(mine.begin(), mine.end(), name) == mine.end())
        mine.push_back(name);
    }
  }
  return diags.error_count() == before;
}

// reference.docx: the Word styles, read once here; a file that cannot be used is an error at its path.
bool Theme::load_docx_styles(const std::string& theme_dir, Diagnostics& diags) {
  try {
    docx_styles_ = docx::theme_styles(theme_dir, docx::default_reference());
    return true;
  } catch (const docx::ReferenceError& e) {
    diags.error(e.path, 0, 0, e.what());
    return false;
  }
}

// Replaces {{> name}} with the partial's text, recursively (depth-limited).
static bool expand(std::string& src, const std::map<std::string, std::string>& partials, const std::string& path,
                   Diagnostics& diags, int depth) {
  if (depth > 10) {
    diags.error(path, 0, 0, "partials include each other in a loop");
    return false;
  }
  std::string out;
  std::size_t pos = 0;
  while (true) {
    std::size_t b = src.find("{{>", pos);
    if (b == std::string::npos) break;
    std::size_t e = src.find("}}", b);
    if (e == std::string::npos) break;
    std::string name = src.substr(b + 3, e - b - 3);
    name.erase(0, name.find_first_not_of(" \t"));
    name.erase(name.find_last_not_of(" \t") + 1);
    auto it = partials.find(name);
    out += src.substr(pos, b - pos);
    if (it == partials.end()) {
      std::vector<std::string> names;
      for (const auto& kv : partials) names.push_back(kv.first);
      diags.error(path, 1 + static_cast<int>(std::count(src.begin(), src.begin() + static_cast<long>(b), '\n')), 0,
                  "unknown partial '" + name + "'" + hint(name, names));
      return false;
    }
    std::string inner = it->second;
    if (!expand(inner, partials, path, diags, depth + 1)) return false;
    out += inner;
    pos = e + 2;
  }
  out += src.substr(pos);
  src = std::move(out);
  return true;
}

bool Theme::load(const std::string& theme_dir, Diagnostics& diags) {
  static std::atomic<std::uint64_t> loads{0};
  serial_ = ++loads;
  dir_ = theme_dir;
  layout_names_ = model::LayoutNames{};
  layout_names_.static_names = static_names(theme_dir);
  fs::path tdir = fs::path(theme_dir) / "templates";
  std::error_code ec;
  if (!fs::is_directory(tdir, ec)) {
    diags.error(tdir.string(), 0, 0, "theme templates folder not found");
    return false;
  }
  std::map<std::string, std::string> partials;
  if (fs::is_directory(tdir / "partials", ec))
    for (const auto& e : fs::directory_iterator(tdir / "partials", ec))
      if (e.path().extension() == ".mustache") read_whole_file(e.path().string(), partials[e.path().stem().string()]);
  std::size_t before = diags.error_count();
  model::Hasher key;
  std::map<std::string, std::vector<std::string>> ids;  // template -> its ids
  for (const auto& name : required()) {
    fs::path p = tdir / (name + ".mustache");
    std::string src;
    if (!read_whole_file(p.string(), src)) {
      diags.error(p.string(), 0, 0, "missing template '" + name + ".mustache'");
      continue;
    }
    if (!expand(src, partials, p.string(), diags, 0)) continue;
    key.bytes(name);
    key.bytes(src);
    ids[name] = ids_in(src);
    auto t = std::make_unique<mustache>(src);
    if (!t->is_valid()) {
      diags.error(p.string(), 0, 0, "template error: " + t->error_message());
      continue;
    }
    templates_[name] = std::move(t);
  }
  for (model::Kind k : {model::Kind::Home, model::Kind::Stage, model::Kind::Tool, model::Kind::Job, model::Kind::Spotlight,
                        model::Kind::FocusArea, model::Kind::Page}) {
    std::vector<std::string>& mine = layout_names_.ids[k];
    mine = ids["layout"];
    for (const auto& id : ids[template_of(k)])
      if (std::find(mine.begin(), mine.end(), id) == mine.end()) mine.push_back(id);
  }
  load_settings(theme_dir, diags);
  load_docx_styles(theme_dir, diags);
  for (const auto& [kind, acts] : actions_) {
    key.bytes(kind);
    for (const auto& a : acts) key.bytes(a);
  }
  key_ = key.h;
  return diags.error_count() == before;
}

std::string Theme::render(const std::string& name, const kainjow::mustache::data& data) const {
  // kainjow's render is not const: each thread renders its own copies of the parsed templates,
  // made on its first use of each and kept while it renders the same theme.
  thread_local struct {
    std::uint64_t serial = 0;
    std::map<std::string, std::unique_ptr<mustache>> copies;
  } mine;
  if (mine.serial != serial_) {
    mine.copies.clear();
    mine.serial = serial_;
  }
  std::unique_ptr<mustache>& t = mine.copies[name];
  if (!t) t = std::make_unique<mustache>(*templates_.at(name));
  std::string out;
  out.reserve(16384);
  t->render(data, [&out](const std::string& piece) { out += piece; });
  return out;
}

}  // namespace tk::html
