// Front matter schema per kind, typed values, and the body's Markdown.
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

constexpr int kMaxWeight = 1000000;  // 'weight' orders lists: -1000000 to 1000000

bool body_has_content(std::string_view body) { return !text::trim(body).empty(); }

void check_enum_list(const YamlFile& yf, const YAML::Node& v, const std::vector<std::string>& values,
                     const std::vector<std::string>& allowed, const std::string& key) {
  std::size_t i = 0;
  for (const auto& item : v) {
    const std::string& s = i < values.size() ? values[i] : std::string();
    bool ok = false;
    for (const auto& a : allowed) ok = ok || a == s;
    if (!ok) {
      std::string list;
      for (const auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
      yf.error(item, "'" + s + "' is not allowed in '" + key + "'; use " + list + hint(s, allowed));
    }
    ++i;
  }
}

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
  yf.check_keys(root, model::allowed_keys(kind), "the front matter of a " + std::string(model::kind_name(kind)));

  model::Page p;
  p.kind = kind;
  p.source_path = file.rel;
  std::size_t slash = file.rel.rfind('/');
  p.slug = slug_from_filename(slash == std::string::npos ? file.rel : file.rel.substr(slash + 1));
  if (kind == Kind::Home) p.slug = "";
  std::string availability;
  YAML::Node formats_node, link_node, image_node, title_node;  // Null until the key is seen
  bool has_formats = false, has_title = false;

  yf.each_entry(root, [&](const std::string& key, const YAML::Node&, const YAML::Node& v) {
    if (key == "title") { yf.get_string(v, key, p.title); title_node = v; has_title = true; }
    else if (key == "summary") yf.get_string(v, key, p.summary);
    else if (key == "slug") {
      if (yf.get_string(v, key, p.slug) && !text::is_slug(p.slug))
        yf.error(v, "a slug may hold only a-z, 0-9 and - (got '" + p.slug + "')");
    } else if (key == "weight") yf.get_int(v, key, p.weight, -kMaxWeight, kMaxWeight);
    else if (key == "draft") yf.get_bool(v, key, p.draft);
    else if (key == "updated") yf.get_date(v, key, p.updated);
    else if (key == "image") { yf.get_string(v, key, p.image); image_node = v; }
    else if (key == "image_alt") yf.get_string(v, key, p.image_alt);
    else if (key == "activities") yf.get_string_list(v, key, p.activities);
    else if (key == "stages") yf.get_string_list(v, key, p.stages);
    else if (key == "focus_areas") yf.get_string_list(v, key, p.focus_areas);
    else if (key == "formats") {
      formats_node = v;
      has_formats = true;
      if (yf.get_string_list(v, key, p.formats)) check_enum_list(yf, v, p.formats, {"pdf", "docx"}, key);
    } else if (key == "audience") {
      if (yf.get_string_list(v, key, p.audience)) check_enum_list(yf, v, p.audience, {"district", "program", "state"}, key);
    } else if (key == "link") { yf.get_string(v, key, p.link); link_node = v; }
    else if (key == "availability") {
      if (yf.get_string(v, key, availability)) {
        if (availability == "on-request") p.on_request = true;
        else yf.error(v, "'availability' must be on-request" + hint(availability, {"on-request"}));
      }
    } else if (key == "contact") yf.get_string(v, key, p.contact);
    else if (key == "location") yf.get_string(v, key, p.location);
    else if (key == "number") yf.get_int(v, key, p.number);  // its range (1..n) is checked with the others
    else if (key == "field_says") yf.get_string(v, key, p.field_says);
    else if (key == "partners") {
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
    } else if (key == "faq") {
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
          MarkdownResult md = parse_markdown({a, file.display, line, false, {}}, diags);
          faq.a = std::move(md.root);
        } else if (!item["a"]) yf.error(item, "a faq entry needs an answer 'a'");
        p.faq.push_back(std::move(faq));
      }
    }
  }, &p.key_lines);

  p.title = text::trim(p.title);
  for (const model::KeySpec& spec : model::front_matter_keys()) {
    if (!model::requires_key(spec, kind)) continue;
    const std::string key = spec.key;
    if (key == "title" ? !p.title.empty() : static_cast<bool>(root[key])) continue;
    if (key == "title" && has_title) yf.error(title_node, "'title' must not be empty");
    else diags.error(file.display, fm.yaml_line, 1, spec.missing);
  }
  if (!p.image.empty() && p.image_alt.empty())
    yf.error(image_node, "'image_alt' is required with 'image': describe the picture for people who cannot see it");

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
  yf.check_keys(root, model::key_names(model::site_keys()), "site.yaml");
  yf.each_entry(root, [&](const std::string& key, const YAML::Node&, const YAML::Node& v) {
    if (key == "title") yf.get_string(v, key, c.title);
    else if (key == "publisher") yf.get_string(v, key, c.publisher);
    else if (key == "base_url") {
      if (yf.get_string(v, key, c.base_url)) {
        if (c.base_url.rfind("https://", 0) != 0 && c.base_url.rfind("http://", 0) != 0)
          yf.error(v, "'base_url' must be an absolute http or https URL, e.g. https://example.org/toolkit/");
        else if (c.base_url.back() != '/') c.base_url += '/';
      }
    } else if (key == "language") {
      if (yf.get_string(v, key, c.language)) {
        bool ok = !c.language.empty() && c.language.size() <= 35;
        for (char ch : c.language) ok = ok && (std::isalnum(static_cast<unsigned char>(ch)) || ch == '-');
        if (!ok) yf.error(v, "'language' must be a BCP 47 tag such as en or en-US");
      }
    } else if (key == "description") yf.get_string(v, key, c.description);
    else if (key == "contact") yf.get_string(v, key, c.contact);
    else if (key == "reading_grade_max") {
      if (yf.get_int(v, key, c.reading_grade_max) && (c.reading_grade_max < 1 || c.reading_grade_max > 20))
        yf.error(v, "'reading_grade_max' must be a school grade from 1 to 20 (e.g. 10)");
    } else if (key == "edit_url") {
      if (yf.get_string(v, key, c.edit_url)) {
        if (c.edit_url.rfind("https://", 0) != 0 && c.edit_url.rfind("http://", 0) != 0)
          yf.error(v, "'edit_url' must be an absolute http or https URL, e.g. https://github.com/agency/toolkit/edit/main/content/{path}");
        else if (c.edit_url.find("{path}") == std::string::npos)
          yf.error(v, "'edit_url' needs '{path}' where the page's file goes, e.g. https://github.com/agency/toolkit/edit/main/content/{path}");
      }
    } else if (key == "page_pdfs") {
      yf.get_bool(v, key, c.page_pdfs);
    } else if (key == "footer") {
      std::string md;
      if (yf.get_string(v, key, md)) c.footer = parse_markdown({md, file.display, yf.line(v), false, {}}, diags).root;
    } else if (key == "nav") {
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
  }, &c.key_lines);
  const std::map<std::string, const std::string*> values = {{"title", &c.title}, {"base_url", &c.base_url}, {"publisher", &c.publisher}};
  for (const model::KeySpec& spec : model::site_keys())
    if (spec.required && values.at(spec.key)->empty()) diags.error(file.display, 1, 1, spec.missing);
  return c;
}

}  // namespace tk::load
