// ```field blocks: label, name, type, lines, help.
#include "load/field_block.h"

#include <algorithm>

#include "core/text.h"
#include "load/yaml_util.h"
#include "model/schema.h"

namespace tk::load {

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
  if (!yf.check_keys(n, model::key_names(model::field_block_keys()), "a field block")) return false;
  f.type = model::FieldType::Multiline;
  f.lines = 4;
  int options_line = 0;
  yf.each_entry(n, [&](const std::string& key, const YAML::Node& key_node, const YAML::Node& v) {
    if (key == "label") yf.get_string(v, key, f.label);
    else if (key == "full_label") yf.get_string(v, key, f.full_label);
    else if (key == "help") yf.get_string(v, key, f.help);
    else if (key == "name") {
      if (yf.get_string(v, key, f.name)) {
        bool ok = !f.name.empty();
        for (char c : f.name) ok = ok && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_');
        if (!ok) yf.error(v, "a field name may hold only a-z, 0-9 and _ (got '" + f.name + "')");
        if (name_line) *name_line = yf.line(key_node);
      }
    } else if (key == "type") {
      std::string t;
      if (yf.get_string(v, key, t)) {
        static const std::vector<std::string> types = {"text", "multiline", "date", "checkbox", "signature", "choice"};
        if (t == "text") f.type = model::FieldType::Text;
        else if (t == "multiline") f.type = model::FieldType::Multiline;
        else if (t == "date") f.type = model::FieldType::Date;
        else if (t == "checkbox") f.type = model::FieldType::Checkbox;
        else if (t == "signature") f.type = model::FieldType::Signature;
        else if (t == "choice") f.type = model::FieldType::Choice;
        else yf.error(v, "unknown field type '" + t + "'; use text, multiline, date, checkbox, signature or choice" + hint(t, types));
      }
    } else if (key == "lines") {
      yf.get_int(v, key, f.lines, 1, 40);
    } else if (key == "options") {
      options_line = yf.line(key_node);
      if (yf.get_string_list(v, key, f.options)) {
        for (std::size_t i = 0; i < f.options.size(); ++i) {
          std::string& o = f.options[i];
          o = text::trim(o);
          const YAML::Node item = v[i];
          if (o.empty()) yf.error(item, "an option of a choice must not be empty");
          else if (std::find(f.options.begin(), f.options.begin() + static_cast<long>(i), o) != f.options.begin() + static_cast<long>(i))
            yf.error(item, "the option '" + o + "' is listed twice: each option must be different");
        }
      }
    }
  });
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
