// Scaffolding: per-kind starter text, the context it refers to, and the careful write.
#include "scaffold/scaffold.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "core/diagnostics.h"
#include "core/text.h"
#include "load/page_loader.h"
#include "load/site_loader.h"

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

const char* kTemplateBody = R"(Say in a sentence or two when to use this template and who fills it in.
Each blank below becomes a fill-in field in the PDF, the Word file and on the web page.

## About the partnership

District: ______________________________

Preparation program: ______________________________

## Who does what

| Task | District | Program |
|---|---|---|
| Place teacher candidates | | |
| Train mentors | | |

## Agreements

- [ ] We will meet every month
- [ ] We will share placement data each term

```field
label: Notes for the next meeting
lines: 4
help: Anything the partners want to follow up on
```

```field
label: Date agreed
type: date
```
)";

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

std::string starter(const std::string& kind, const std::string& title, const Context& ctx) {
  std::string t = "---\ntitle: " + quoted(title) + "\n";
  std::string stages_hint = ctx.stages.empty() ? "" : "  # stages: " + join(ctx.stages, ", ");
  std::string focus_hint = ctx.focus_areas.empty() ? "" : "  (" + join(ctx.focus_areas, ", ") + ")";
  std::string body;
  if (kind == "stage") {
    t += "summary: \"One or two sentences: what partners do in this stage.\"\n"
         "activities:\n  - \"The first key activity, as a short sentence.\"\n  - \"The second key activity.\"\n"
         "weight: 100  # order among the stages (ascending)\n";
    body = "Introduce the stage: why it matters and what partners should have at the end of it.\n";
  } else if (kind == "tool" || kind == "job") {
    t += std::string("summary: \"One or two sentences: what this ") + (kind == "job" ? "position description" : "template") +
         " is for and who fills it in.\"\n";
    if (!ctx.stages.empty()) t += "stages: [" + ctx.stages.front() + "]" + stages_hint + "\n";
    t += "audience: [district, program]  # who fills it in: district, program, state\n";
    t += "# focus_areas: []  # tags" + focus_hint + "\n";
    t += "# formats: [pdf, docx]  # downloads to make (both by default)\n";
    t += "weight: 100  # order in its lists (ascending)\n";
    body = kTemplateBody;
  } else if (kind == "spotlight") {
    t += "summary: \"One or two sentences: who the partners are and what they changed.\"\n"
         "partners:\n  - name: \"Example School District\"\n    type: district  # district, program, state or nonprofit\n"
         "  - name: \"Example University\"\n    type: program\n"
         "location: \"City, ST\"\n"
         "# focus_areas: []  # tags" + focus_hint + "\n"
         "# link: https://example.org/the-original-case-study\n";
    body = "## The partners\n\nWho they are and whom they serve.\n\n## What they did\n\nThe change, step by step.\n\n"
           "## Results\n\nWhat changed for teacher candidates, mentors and students.\n";
  } else if (kind == "focus-area") {
    t += "summary: \"One or two sentences: why this area of clinical practice matters.\"\n"
         "number: " + std::to_string(ctx.focus_area_files + 1) + "  # its place in the list of focus areas (1..n, each once)\n"
         "field_says: \"What surveys or research say about this area, in a sentence or two.\"\n"
         "faq:\n  - q: \"But what about ...?\"\n    a: \"An answer in a few sentences (Markdown).\"\n";
    body = "## Why this matters\n\nWhat goes wrong without it, and what good practice looks like.\n\n"
           "## Key components and actions\n\n- A first action partners can take.\n- A second action.\n\n"
           "## Questions to consider\n\n- A question partners should answer together.\n";
  } else {
    t += "summary: \"One or two sentences about this page.\"\n";
    body = "Write the page here. Use ## for section headings.\n";
  }
  t += "draft: true  # delete this line to publish\n---\n\n";
  return t + body;
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

  std::string text = starter(opts.kind, title, read_context(opts.content_dir));
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
  load::load_site({opts.content_dir, true}, diags);
  const std::string& dir = opts.content_dir;  // the loader's way of naming files in diagnostics
  std::string display = dir == "." ? rel : dir.back() == '/' ? dir + rel : dir + "/" + rel;
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
