// ```field blocks: YAML describing one fill-in field.
#pragma once
#include <string>

#include "core/diagnostics.h"
#include "model/site.h"

namespace tk::load {

/// Parses the YAML of a ```field block whose first line is file line first_line. On success fills f
/// (label, name, type, lines, help; name defaulted from the label) and returns true. name_line, when
/// given, gets the file line of an explicit `name:` (0 when the name comes from the label).
bool parse_field_block(const std::string& yaml, const std::string& path, int first_line, model::Field& f,
                       Diagnostics& diags, int* name_line = nullptr);

}  // namespace tk::load
