// A page: its front matter read by the key table (model/schema.h) and this file's readers of the keys that need
// their own (Read::Custom), then the rules across keys, then the body's Markdown. site.yaml the same way.
#include "load/page_loader.h"

#include <map>

#include "core/text.h"
#include "load/front_matter.h"
#include "load/markdown.h"
#include "load/yaml_util.h"
#include "model/schema.h"
#include "model/validate.h"

namespace tk::load {
namespace {

using model::Kind;

bool body_has_content(std::string_view body) { return !text::trim(body).empty(); }

// The front matter's Read::Custom keys (model/schema.cc).

void read_slug(const YamlFile& yf, const YAML::Node& v, model::Page& p) {
  if (yf.get_string(v, "slug", p.slug) && !text::is_slug(p.slug))
    yf.error(v, "a slug may hold only a-z, 0-9 and - (got '" + p.slug + "')");
}

void read_availability(const YamlFile& yf, const YAML::Node& v, model::Page& p) {
  std::string availability;
  if (!yf.get_string(v, "availability", availability)) return;
  if (availability == "on-request") p.on_request = true;
  else yf.error(v, "'availability' must be on-request" + hint(availability, {"on-request"}));
}

void read_partners(const YamlFile& yf, const YAML::Node& v, model::Page& p) {
  if (!v.IsSequence()) { yf.error(v, "'partners' must be a list of {name, type}"); return; }
  for (const auto& item : v) {
    if (!yf.check_keys(item, {"name", "type"}, "a partner")) continue;
    model::Partner partner;
    if (item["name"]) yf.get_string(item["name"], "name", partner.name);
    else yf.error(item, "a partner needs a 'name'");
    if (item["type"]) {
      if (yf.get_string(item["type"], "type", partner.type)) {
        static const std::vector<std::string> types = {"district", "program", "state", "nonprofit"};
        bool ok = false;
        for (const auto& t : types) ok = ok || t == partner.type;
        if (!ok) yf.error(item["type"], "partner type '" + partner.type + "' must be district, program, state or nonprofit" + hint(partner.type, types));
      }
    } else yf.error(item, "a partner needs a 'type' (district, program, state or nonprofit)");
    p.partners.push_back(partner);
  }
}

void read_faq(const YamlFile& yf, const YAML::Node& v, model::Page& p) {
  if (!v.IsSequence()) { yf.error(v, "'faq' must be a list of {q, a}"); return; }
  for (const auto& item : v) {
    if (!yf.check_keys(item, {"q", "a"}, "a faq entry")) continue;
    model::Faq faq;
    if (item["q"]) yf.get_string(item["q"], "q", faq.q);
    else yf.error(item, "a faq entry needs a question 'q'");
    std::string a;
    if (item["a"] && yf.get_string(item["a"], "a", a)) {
      // Block scalars start on the line after the key; plain scalars on the key's line.
      int line = yf.line(item["a"]);
      MarkdownResult md = parse_markdown({a, yf.path, line, false, {}}, *yf.diags);
      faq.a = std::move(md.root);
    } else if (!item["a"]) yf.error(item, "a faq entry needs an answer 'a'");
    p.faq.push_back(std::move(faq));
  }
}

const std::vector<CustomReader<model::Page>> kPageReaders = {
    {"slug", read_slug}, {"availability", read_availability}, {"partners", read_partners}, {"faq", read_faq}};

// site.yaml's Read::Custom keys.

bool http_url(const std::string& s) { return s.rfind("https://", 0) == 0 || s.rfind("http://", 0) == 0; }

void read_base_url(const YamlFile& yf, const YAML::Node& v, model::SiteConfig& c) {
  if (!yf.get_string(v, "base_url", c.base_url)) return;
  if (!http_url(c.base_url)) yf.error(v, "'base_url' must be an absolute http or https URL, e.g. https://example.org/toolkit/");
  else if (c.base_url.back() != '/') c.base_url += '/';
}

void read_language(const YamlFile& yf, const YAML::Node& v, model::SiteConfig& c) {
  if (!yf.get_string(v, "language", c.language)) return;
  bool ok = !c.language.empty() && c.language.size() <= 35;
  for (char ch : c.language) ok = ok && (std::isalnum(static_cast<unsigned char>(ch)) || ch == '-');
  if (!ok) yf.error(v, "'language' must be a BCP 47 tag such as en or en-US");
}

void read_reading_grade_max(const YamlFile& yf, const YAML::Node& v, model::SiteConfig& c) {
  if (yf.get_int(v, "reading_grade_max", c.reading_grade_max) && (c.reading_grade_max < 1 || c.reading_grade_max > 20))
    yf.error(v, "'reading_grade_max' must be a school grade from 1 to 20 (e.g. 10)");
}

void read_edit_url(const YamlFile& yf, const YAML::Node& v, model::SiteConfig& c) {
  if (!yf.get_string(v, "edit_url", c.edit_url)) return;
  if (!http_url(c.edit_url))
    yf.error(v, "'edit_url' must be an absolute http or https URL, e.g. https://github.com/agency/toolkit/edit/main/content/{path}");
  else if (c.edit_url.find("{path}") == std::string::npos)
    yf.error(v, "'edit_url' needs '{path}' where the page's file goes, e.g. https://github.com/agency/toolkit/edit/main/content/{path}");
}

void read_footer(const YamlFile& yf, const YAML::Node& v, model::SiteConfig& c) {
  std::string md;
  if (yf.get_string(v, "footer", md)) c.footer = parse_markdown({md, yf.path, yf.line(v), false, {}}, *yf.diags).root;
}

void read_nav(const YamlFile& yf, const YAML::Node& v, model::SiteConfig& c) {
  if (!v.IsSequence()) { yf.error(v, "'nav' must be a list of {title, url}"); return; }
  for (const auto& item : v) {
    if (!yf.check_keys(item, {"title", "url"}, "a nav entry")) continue;
    model::NavItem n;
    if (item["title"]) yf.get_string(item["title"], "title", n.title);
    else yf.error(item, "a nav entry needs a 'title'");
    if (item["url"]) {
      yf.get_string(item["url"], "url", n.url);
      n.line = yf.line(item["url"]);
    } else yf.error(item, "a nav entry needs a 'url'");
    c.nav.push_back(n);
  }
}

const std::vector<CustomReader<model::SiteConfig>> kSiteReaders = {
    {"base_url", read_base_url}, {"language", read_language}, {"nav", read_nav},
    {"footer", read_footer},     {"reading_grade_max", read_reading_grade_max}, {"edit_url", read_edit_url}};

}  // namespace

std::string slug_from_filename(const std::string& filename) {
  std::string base = filename;
  if (base.size() > 3 && base.compare(base.size() - 3, 3, ".md") == 0) base.resize(base.size() - 3);
  std::size_t i = 0;
  while (i < base.size() && base[i] >= '0' && base[i] <= '9') ++i;
  if (i > 0 && i < base.size() && base[i] == '-') base = base.substr(i + 1);
  return base;
}

std::optional<model::Page> load_page(const SourceFile& file, Kind kind, Diagnostics& diags,
                                     const std::vector<std::string>* reserved_ids) {
  FrontMatter fm;
  if (!split_front_matter(file.bytes, file.display, fm, diags)) return std::nullopt;
  YamlFile yf{file.display, fm.yaml_line, &diags};
  YAML::Node root = yf.parse(fm.yaml);
  if (!root.IsDefined()) return std::nullopt;  // unreadable; a key given twice is reported and read on
  if (!root.IsMap()) {
    diags.error(file.display, fm.yaml_line, 1, "front matter must be 'key: value' lines (at least 'title: ...')");
    return std::nullopt;
  }

  model::Page p;
  p.kind = kind;
  p.source_path = file.rel;
  std::size_t slash = file.rel.rfind('/');
  p.slug = slug_from_filename(slash == std::string::npos ? file.rel : file.rel.substr(slash + 1));
  if (kind == Kind::Home) p.slug = "";
  std::map<std::string, Given> given;  // the keys read, with their nodes
  yf.read_keys(root, model::front_matter_keys(), model::allowed_keys(kind),
               "the front matter of a " + std::string(model::kind_name(kind)), kPageReaders, p, &given, &p.key_lines);
  const bool has_formats = given.count("formats") > 0;
  const YAML::Node formats_node = has_formats ? given["formats"].value : YAML::Node();

  p.title = text::trim(p.title);
  for (const model::KeySpec<model::Page>& spec : model::front_matter_keys()) {
    if (!model::requires_key(spec, kind)) continue;
    // A required text (the title) must not be empty; any other required key must be there.
    const bool is_text = spec.read == model::Read::Text;
    if (is_text ? !(p.*spec.into.text).empty() : static_cast<bool>(root[spec.key])) continue;
    if (is_text && given.count(spec.key)) yf.error(given[spec.key].value, "'" + std::string(spec.key) + "' must not be empty");
    else diags.error(file.display, fm.yaml_line, 1, spec.missing);
  }
  if (!p.image.empty() && p.image_alt.empty())
    yf.error(given["image"].value, "'image_alt' is required with 'image': describe the picture for people who cannot see it");

  bool is_template_kind = kind == Kind::Tool || kind == Kind::Job;
  bool has_body = body_has_content(fm.body);
  if (is_template_kind) {
    if (!p.link.empty()) {
      if (has_body) diags.error(file.display, fm.body_line, 1, "a tool with 'link' has no body: remove the text or the link");
      if (has_formats && !p.formats.empty()) yf.error(formats_node, "a tool with 'link' has no downloads: remove 'formats'");
      p.formats.clear();
    } else if (p.on_request) {
      if (has_formats && !p.formats.empty()) yf.error(formats_node, "an on-request tool has no downloads: remove 'formats'");
      p.formats.clear();
    } else if (!has_formats) {
      if (has_body) p.formats = {"pdf", "docx"};
    } else if (!has_body && !p.formats.empty()) {
      yf.error(formats_node, "'formats' asks for downloads but the body is empty: write the template below the front matter");
    }
    if (!p.contact.empty() && !p.on_request)
      diags.warning(file.display, fm.yaml_line, 1, "'contact' is only used with 'availability: on-request'");
  }

  MarkdownInput body_in{fm.body, file.display, fm.body_line, is_template_kind,
                        reserved_ids ? *reserved_ids : model::layout_anchors(kind)};
  MarkdownResult md = parse_markdown(body_in, diags);
  p.body = std::move(md.root);
  p.fields = std::move(md.fields);
  return p;
}

model::SiteConfig load_site_config(const SourceFile& file, Diagnostics& diags) {
  model::SiteConfig c;
  c.source_path = file.rel;
  if (!check_bytes(file.bytes, file.display, diags)) return c;
  YamlFile yf{file.display, 1, &diags, true};
  YAML::Node root = yf.parse(file.bytes);
  if (!root.IsDefined()) return c;
  if (!root.IsMap()) {
    diags.error(file.display, 1, 1, "site.yaml must be 'key: value' lines (at least 'title: ...')");
    return c;
  }
  yf.read_keys(root, model::site_keys(), model::key_names(model::site_keys()), "site.yaml", kSiteReaders, c, nullptr,
               &c.key_lines);
  for (const model::KeySpec<model::SiteConfig>& spec : model::site_keys())
    if (spec.required && (c.*spec.into.text).empty()) diags.error(file.display, 1, 1, spec.missing);
  return c;
}

}  // namespace tk::load
