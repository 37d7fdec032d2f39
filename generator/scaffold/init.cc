#include "scaffold/init.h"

#include <ctime>
#include <filesystem>
#include <fstream>
#include <system_error>
#include <vector>

#include "core/diagnostics.h"
#include "core/text.h"
#include "load/site_loader.h"
#include "scaffold/scaffold.h"

namespace tk::scaffold {
namespace fs = std::filesystem;

namespace {

const char* kSiteYaml = R"(# The toolkit's settings. Every key is described in the README beside this folder.
title: My Partnership Toolkit
publisher: Your agency's name
base_url: https://toolkit.example.org/  # where the site will be published (with its sub-path)
language: en-US
description: >-
  Templates, protocols and examples that help school districts and educator preparation
  programs run student teaching partnerships.
contact: toolkit@example.org
nav:
  - title: Toolkit
    url: /
  - title: Downloads
    url: /downloads/
  - title: About
    url: /about/
footer: |
  **Your agency's name** · [toolkit@example.org](mailto:toolkit@example.org) · [About this toolkit](/about/)
# edit_url: https://github.com/your-agency/your-toolkit/edit/main/content/{path}  # adds "Edit this page"
)";

const char* kIndex = R"(---
title: My Partnership Toolkit
summary: What this toolkit is for, in one sentence.
---
Say in a few sentences who this toolkit is for and how to use it. The stages and their tools are
listed below this text.
)";

const char* kStage = R"(---
title: Getting Started
summary: The first stage of a partnership, in one sentence.
weight: 1
activities:
  - Name the people who lead the partnership
  - Agree on what the partnership will do
---
Say what happens in this stage and who takes part. Tools that list this stage in their `stages:`
appear on this page.
)";

const char* kAbout = R"(---
title: About
summary: Who publishes this toolkit and how to reach them.
---
## Who we are

Say who publishes the toolkit and how to reach them.

## Accessibility

Say how a reader can ask for a document in another format.
)";

const char* kReadme = R"(# Our toolkit

This folder is a toolkit built with **toolkitgen**: a website, fill-in PDF forms and Word templates
made from the Markdown files in `content/`.

## Everyday commands

Run them in this folder:

```sh
toolkitgen serve --drafts        # preview at http://127.0.0.1:8000/ while you edit; Ctrl+C stops it
toolkitgen new tool "Mentor Feedback Form"   # start a new page (also: stage, job, spotlight, focus-area, page)
toolkitgen check                 # every error and warning, nothing written
toolkitgen build                 # the site, PDFs and Word files into output/
```

Every mistake is reported as `file:line: error: what is wrong`; a failed build leaves `output/`
as it was.

## What is where

- `content/site.yaml`: the toolkit's title, publisher, address (`base_url`), menu and footer.
- `content/index.md`: the home page's introduction.
- `content/stages/`: the stages, each with its key activities.
- `content/tools/`: the tools. The body of a tool is its fill-in template: each blank becomes a
  field in the PDF, the Word file and the web form (see `content/tools/partnership-agreement.md`,
  which shows every kind of field).
- `content/pages/`: free pages such as About.
- `content/assets/`: pictures and files (create the folder when you need it).

## Publishing

`output/` is a complete static site: copy the whole folder to any web host, under any sub-path
(set `base_url` in `content/site.yaml` to its address first), or open `output/index.html` from disk.

`toolkitgen --help` and `toolkitgen <command> --help` describe every option.
)";

// Today's date for the starter pages' `updated:` (their "Last updated" line and the feed), written
// once into the files: later builds read it from there, never from the clock.
std::string today() { return text::w3cdtf(std::time(nullptr)).substr(0, 10); }

// Puts `updated: DATE` after a page's title line.
std::string dated(const std::string& page, const std::string& date) {
  std::size_t title = page.find("\ntitle:");
  if (title == std::string::npos) return page;
  std::size_t eol = page.find('\n', title + 1);
  return page.substr(0, eol + 1) + "updated: " + date + "\n" + page.substr(eol + 1);
}

bool write_file(const fs::path& p, const std::string& text, std::string& err) {
  std::error_code ec;
  fs::create_directories(p.parent_path(), ec);
  std::ofstream f(p, std::ios::binary);
  f << text;
  f.close();
  if (!f) {
    err = "cannot write " + p.string();
    return false;
  }
  return true;
}

// The starter tool: `new tool`'s template (every kind of field), published (no draft line).
bool starter_tool(std::string& out, std::string& error) {
  Context ctx;
  ctx.stages = {"getting-started"};
  std::string text;
  if (!starter("tool", "Partnership Agreement", ctx, "", text, error)) return false;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t nl = text.find('\n', pos);
    std::string line = text.substr(pos, nl == std::string::npos ? std::string::npos : nl - pos + 1);
    if (line.rfind("draft:", 0) != 0) out += line;
    pos = nl == std::string::npos ? text.size() : nl + 1;
  }
  return true;
}

}  // namespace

InitResult init(const InitOptions& opts) {
  InitResult r;
  if (opts.dir.empty()) {
    r.exit_code = 2;
    r.message = "name the folder for the new toolkit, e.g. toolkitgen init mykit";
    return r;
  }
  fs::path dir = opts.dir;
  std::error_code ec;
  fs::file_status st = fs::symlink_status(dir, ec);
  if (fs::exists(st)) {
    if (!fs::is_directory(st)) {
      r.exit_code = 1;
      r.message = opts.dir + " exists and is not a folder; choose another name";
      return r;
    }
    if (!fs::is_empty(dir, ec) || ec) {
      r.exit_code = 1;
      r.message = opts.dir + " is not empty; init writes only into a new or empty folder (choose another name)";
      return r;
    }
  }
  std::vector<std::pair<fs::path, std::string>> files;
  fs::path content = dir / "content";
  if (opts.example) {
    if (opts.example_content.empty()) {
      r.exit_code = 2;
      r.message = "the example toolkit is not installed (share/toolkitgen/example/content next to the program)";
      return r;
    }
    fs::path src = opts.example_content;
    for (auto it = fs::recursive_directory_iterator(src, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (!it->is_regular_file()) continue;
      std::ifstream f(it->path(), std::ios::binary);
      std::string bytes((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
      files.emplace_back(content / fs::relative(it->path(), src), std::move(bytes));
    }
    if (ec) {
      r.exit_code = 2;
      r.message = "cannot read the example toolkit at " + src.string() + ": " + ec.message();
      return r;
    }
  } else {
    const std::string date = today();
    std::string tool;
    if (!starter_tool(tool, r.message)) {
      r.exit_code = 2;
      return r;
    }
    files = {{content / "site.yaml", kSiteYaml},
             {content / "index.md", dated(kIndex, date)},
             {content / "stages" / "getting-started.md", dated(kStage, date)},
             {content / "tools" / "partnership-agreement.md", dated(tool, date)},
             {content / "pages" / "about.md", dated(kAbout, date)}};
  }
  files.emplace_back(dir / "README.md", kReadme);
  files.emplace_back(dir / ".gitignore", "output/\n");
  fs::create_directories(dir, ec);
  if (ec) {
    r.exit_code = 2;
    r.message = "cannot create " + opts.dir + ": " + ec.message();
    return r;
  }
  for (const auto& [path, text] : files) {
    if (!write_file(path, text, r.message)) {
      r.exit_code = 2;
      return r;
    }
    ++r.files;
  }
  // What init writes must load without an error: a failure here is toolkitgen's bug, said plainly.
  Diagnostics diags;
  load::load_site({content.string(), false}, diags);
  for (const auto& d : diags.sorted())
    if (d.severity == Severity::Error) r.message += (r.message.empty() ? "" : "\n") + d.format();
  if (!r.message.empty()) {
    r.exit_code = 2;
    r.message = "the new toolkit does not load (please report this):\n" + r.message;
  }
  return r;
}

}  // namespace tk::scaffold
