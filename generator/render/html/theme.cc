// Theme loading: partials expanded textually ({{> name}}), so each template is parsed once per build.
#include "render/html/theme.h"

#include <kainjow/mustache.hpp>

#include "core/files.h"
#include "model/fingerprint.h"

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
    auto t = std::make_unique<mustache>(src);
    if (!t->is_valid()) {
      diags.error(p.string(), 0, 0, "template error: " + t->error_message());
      continue;
    }
    templates_[name] = std::move(t);
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
