// The fuzz harnesses: feed bytes to the loader and the HTML body writer, then assert the invariants.
#include "harness.h"

#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "checks.h"
#include "core/text.h"
#include "load/field_block.h"
#include "load/front_matter.h"
#include "load/markdown.h"
#include "load/page_loader.h"
#include "model/validate.h"
#include "render/html/body_html.h"

namespace tk::fuzz {
namespace {

FailureHandler& handler() {
  static FailureHandler h = [](const std::string& target, const std::string& what) {
    std::fprintf(stderr, "\n==fuzz invariant broken== [%s] %s\n", target.c_str(), what.c_str());
    std::abort();
  };
  return h;
}

void require(const char* target, const Problem& p) {
  if (!p.empty()) handler()(target, p);
}

const model::Kind kKinds[] = {model::Kind::Home,      model::Kind::Stage,     model::Kind::Tool, model::Kind::Job,
                              model::Kind::Spotlight, model::Kind::FocusArea, model::Kind::Page};

model::Kind kind_of(std::uint8_t b) { return kKinds[b % 7]; }

load::SourceFile source_for(model::Kind k, std::string bytes) {
  load::SourceFile f;
  std::string folder = model::kind_folder(k);
  f.rel = k == model::Kind::Home ? "index.md" : folder + "/fuzz.md";
  f.display = "content/" + f.rel;
  f.bytes = std::move(bytes);
  return f;
}

// The diagnostics about one file (validation also reports on the other pages of the site).
void about(const Diagnostics& all, const std::string& path, Diagnostics& out) {
  for (const auto& d : all.all())
    if (d.path == path) out.add(d);
}

bool has_heading_id(const doc::Node& n, const std::string& id) {
  if (n.kind == doc::Kind::Heading && n.id() == id) return true;
  for (const auto& c : n.children)
    if (has_heading_id(c, id)) return true;
  return false;
}

std::string site_url(const std::string& site_path) {
  return "https://example.org/toolkit/" + (site_path.empty() ? std::string() : site_path.substr(1));
}

void check_page(const char* target, const model::Page& p, const Diagnostics& diags) {
  require(target, check_fields(p.body, p.fields));
  require(target, check_heading_ids(p.body));
  for (const auto& f : p.faq) require(target, check_heading_ids(f.a));
  bool template_kind = p.kind == model::Kind::Tool || p.kind == model::Kind::Job;
  if (!template_kind && !p.fields.empty()) handler()(target, "fields on a page that is not a tool or job");
  if (diags.has_errors()) return;
  if (text::trim(p.title).empty()) handler()(target, "a page without errors has an empty title");
  if (p.kind != model::Kind::Home && !text::is_slug(p.slug)) handler()(target, "bad slug '" + p.slug + "'");
  for (const auto& f : p.formats)
    if (f != "pdf" && f != "docx") handler()(target, "unknown format '" + f + "'");
  if (!p.formats.empty() && !template_kind) handler()(target, "downloads on a page that is not a tool or job");
  if (!p.image.empty() && p.image_alt.empty()) handler()(target, "an image without alt text");
}

}  // namespace

void set_failure_handler(FailureHandler h) { handler() = std::move(h); }

void run_front_matter(const std::uint8_t* data, std::size_t size) {
  const char* T = "front_matter";
  std::string_view file(reinterpret_cast<const char*>(data), size);
  const std::string path = "content/tools/fuzz.md";
  Diagnostics diags;
  load::FrontMatter fm;
  bool ok = load::split_front_matter(file, path, fm, diags);
  require(T, check_diagnostics(diags, path, file));
  if (!ok) {
    if (!diags.has_errors()) handler()(T, "split_front_matter failed without an error");
    return;
  }
  if (diags.has_errors()) handler()(T, "split_front_matter succeeded with errors");
  Diagnostics again;
  if (!load::check_bytes(file, path, again)) handler()(T, "split succeeded on bytes check_bytes rejects");
  const std::string unified = load::unify_line_breaks(file);  // a lone CR is a line break
  std::string_view s = unified;
  if (s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  std::size_t eol = s.find('\n');
  if (eol == std::string_view::npos || fm.yaml_line != 2 || s.substr(eol + 1, fm.yaml.size()) != fm.yaml)
    handler()(T, "yaml is not the text after the first '---' line");
  if (!fm.body.empty()) {
    if (fm.body.size() > s.size() || s.substr(s.size() - fm.body.size()) != fm.body)
      handler()(T, "body is not the end of the file");
    std::string_view before = s.substr(0, s.size() - fm.body.size());
    int line = 1 + static_cast<int>(std::count(before.begin(), before.end(), '\n'));
    if (line != fm.body_line)
      handler()(T, "body_line " + std::to_string(fm.body_line) + " but the body starts on line " + std::to_string(line));
  }
}

void run_page_loader(const std::uint8_t* data, std::size_t size) {
  if (size < 1) return;
  const char* T = "page_loader";
  model::Kind kind = kind_of(data[0]);
  load::SourceFile src = source_for(kind, std::string(reinterpret_cast<const char*>(data + 1), size - 1));
  Diagnostics diags;
  std::optional<model::Page> page = load::load_page(src, kind, diags);
  require(T, check_diagnostics(diags, src.display, src.bytes));
  if (!page) {
    if (!diags.has_errors()) handler()(T, "no page and no error");
    return;
  }
  if (page->kind != kind) handler()(T, "page has another kind");
  check_page(T, *page, diags);
}

void run_fields(const std::uint8_t* data, std::size_t size) {
  if (size < 1) return;
  const char* T = "fields";
  const std::string path = "content/tools/fuzz.md";
  std::string text(reinterpret_cast<const char*>(data + 1), size - 1);
  Diagnostics diags;
  if (data[0] % 2 == 1) {
    model::Field f;
    bool ok = load::parse_field_block(text, path, 2, f, diags);
    require(T, check_diagnostics(diags, path, "```field\n" + text + "\n```"));
    if (ok != !diags.has_errors()) handler()(T, "parse_field_block's result disagrees with its diagnostics");
    if (!ok) return;
    if (text::trim(f.label).empty()) handler()(T, "a field block without a label was accepted");
    for (char c : f.name)
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'))
        handler()(T, "field block name '" + f.name + "' has a character outside [a-z0-9_]");
    if (f.lines < 1 || f.lines > 40) handler()(T, "field block lines=" + std::to_string(f.lines));
    return;
  }
  if (!text::valid_utf8(text)) return;  // the loader rejects such files before Markdown sees them
  load::MarkdownInput in;
  in.text = text;
  in.path = path;
  in.fields = true;
  load::MarkdownResult md = load::parse_markdown(in, diags);
  require(T, check_diagnostics(diags, path, text));
  require(T, check_fields(md.root, md.fields));
  require(T, check_heading_ids(md.root));
  model::Page page;
  page.kind = model::Kind::Tool;
  page.body = std::move(md.root);
  page.fields = std::move(md.fields);
  require(T, check_body_html(html::render_body(page.body, &page, site_url), false));
}

void run_page_html(const std::uint8_t* data, std::size_t size) {
  if (size < 1) return;
  const char* T = "page_html";
  model::Kind kind = kind_of(data[0]);
  load::SourceFile src = source_for(kind, std::string(reinterpret_cast<const char*>(data + 1), size - 1));
  Diagnostics diags;
  std::optional<model::Page> loaded = load::load_page(src, kind, diags);
  if (!loaded) return;
  model::Site site;
  site.config.title = "Fuzz toolkit";
  site.config.publisher = "Fuzz agency";
  site.config.base_url = "https://example.org/toolkit/";
  if (kind != model::Kind::Home) {
    model::Page home;
    home.kind = model::Kind::Home;
    home.title = "Home";
    home.source_path = "index.md";
    site.pages.push_back(std::move(home));
  }
  site.pages.push_back(std::move(*loaded));
  model::validate(site, "content", diags);
  Diagnostics mine;
  about(diags, src.display, mine);
  require(T, check_diagnostics(mine, src.display, src.bytes));
  const bool valid = !diags.has_errors();
  for (const model::Page& p : site.pages) {
    for (const auto& layout_id : model::layout_anchors(p.kind))
      if (has_heading_id(p.body, layout_id)) handler()(T, "a body heading takes the layout's id '" + layout_id + "'");
    require(T, check_body_html(html::render_body(p.body, &p, site_url), valid));
    for (const auto& f : p.faq) require(T, check_body_html(html::render_body(f.a, nullptr, site_url), valid));
  }
}

Harness harness_for(const std::string& target) {
  if (target == "front_matter") return run_front_matter;
  if (target == "page_loader") return run_page_loader;
  if (target == "fields") return run_fields;
  if (target == "page_html") return run_page_html;
  return nullptr;
}

std::uint8_t kind_byte_for_folder(const std::string& folder) {
  for (std::uint8_t i = 0; i < 7; ++i)
    if (folder == model::kind_folder(kKinds[i])) return i;
  return 6;  // anything else loads as a plain page
}

}  // namespace tk::fuzz
