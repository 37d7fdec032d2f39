// ```field blocks: the keys read by their table (model/schema.h, field_block_keys) and this file's readers of
// name, type and options; then the rules across keys (a choice's options, the label, the name's default).
#include "load/field_block.h"

#include <algorithm>
#include <map>

#include "core/text.h"
#include "load/yaml_util.h"
#include "model/schema.h"

namespace tk::load {
namespace {

// A field block's Read::Custom keys (model/schema.cc).

void read_name(const YamlFile& yf, const YAML::Node& v, model::Field& f) {
  if (!yf.get_string(v, "name", f.name)) return;
  bool ok = !f.name.empty();
  for (char c : f.name) ok = ok && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_');
  if (!ok) yf.error(v, "a field name may hold only a-z, 0-9 and _ (got '" + f.name + "')");
}

void read_type(const YamlFile& yf, const YAML::Node& v, model::Field& f) {
  std::string t;
  if (!yf.get_string(v, "type", t)) return;
  static const std::vector<std::string> types = {"text", "multiline", "date", "checkbox", "signature", "choice"};
  if (t == "text") f.type = model::FieldType::Text;
  else if (t == "multiline") f.type = model::FieldType::Multiline;
  else if (t == "date") f.type = model::FieldType::Date;
  else if (t == "checkbox") f.type = model::FieldType::Checkbox;
  else if (t == "signature") f.type = model::FieldType::Signature;
  else if (t == "choice") f.type = model::FieldType::Choice;
  else yf.error(v, "unknown field type '" + t + "'; use text, multiline, date, checkbox, signature or choice" + hint(t, types));
}

void read_options(const YamlFile& yf, const YAML::Node& v, model::Field& f) {
  if (!yf.get_string_list(v, "options", f.options)) return;
  for (std::size_t i = 0; i < f.options.size(); ++i) {
    std::string& o = f.options[i];
    o = text::trim(o);
    const YAML::Node item = v[i];
    if (o.empty()) yf.error(item, "an option of a choice must not be empty");
    else if (std::find(f.options.begin(), f.options.begin() + static_cast<long>(i), o) != f.options.begin() + static_cast<long>(i))
      yf.error(item, "the option '" + o + "' is listed twice: each option must be different");
  }
}

const std::vector<CustomReader<model::Field>> kFieldReaders = {
    {"name", read_name}, {"type", read_type}, {"options", read_options}};

}  // namespace

bool parse_field_block(const std::string& yaml, const std::string& path, int first_line, model::Field& f,
                       Diagnostics& diags, int* name_line) {
  YamlFile yf{path, first_line, &diags};
  if (name_line) *name_line = 0;
  f.line = first_line - 1;
  std::size_t before = diags.error_count();
  YAML::Node n = yf.parse(yaml);
  if (!n.IsDefined() || n.IsNull()) {
    if (diags.error_count() == before)
      diags.error(path, first_line - 1, 1, "a field block needs at least 'label: ...'");
    return false;
  }
  f.type = model::FieldType::Multiline;
  f.lines = 4;
  std::map<std::string, Given> given;  // the keys read, with their nodes
  if (!yf.read_keys(n, model::field_block_keys(), model::key_names(model::field_block_keys()), "a field block",
                    kFieldReaders, f, &given))
    return false;
  if (name_line && given.count("name") && given["name"].value.IsScalar()) *name_line = yf.line(given["name"].key);
  const int options_line = given.count("options") ? yf.line(given["options"].key) : 0;
  if (f.type == model::FieldType::Choice && f.options.size() < 2 && diags.error_count() == before)
    diags.error(path, options_line ? options_line : first_line - 1, 1,
                f.options.empty() ? "a choice field needs 'options:', a list of at least two labels to pick one from"
                                  : "a choice field needs at least two options to pick one from");
  if (f.type != model::FieldType::Choice && !f.options.empty() && diags.error_count() == before)
    diags.error(path, options_line, 1, "'options' belongs to a field of type: choice (this field is " +
                                           std::string(model::field_type_name(f.type)) + "): add 'type: choice' or remove the options");
  f.label = text::trim(f.label);
  if (f.label.empty()) {
    if (!n["label"]) diags.error(path, first_line - 1, 1, model::field_block_keys().front().missing);
    else if (!n["label"].IsNull()) yf.error(n["label"], "a field's label must not be empty");
    return false;
  }
  f.full_label = text::trim(f.full_label);
  if (n["full_label"] && f.full_label.empty() && diags.error_count() == before)
    yf.error(n["full_label"], "a field's full_label must not be empty: leave it out to use the label");
  if (f.type != model::FieldType::Multiline) f.lines = 1;
  if (f.name.empty()) f.name = text::field_name(model::accessible_label(f));
  return diags.error_count() == before;
}

}  // namespace tk::load
