// Fill-in fields as Word content controls (w:sdt): text, multi-line, date, checkbox, signature.
#pragma once
#include <string>
#include <vector>

#include "model/site.h"
#include "render/docx/package_state.h"

namespace tk::docx {

/// "Keep or Revise", "A, B, or C": the options as a phrase.
std::string choice_list(const std::vector<std::string>& options);

/// The placeholder a field shows until it is filled in: what to enter ("Enter school district").
std::string placeholder_text(const model::Field& f);

/// A run-level content control (inside a paragraph) for `f`: w:tag = tag, w:alias = label, a fresh id.
/// Checkboxes are w14:checkbox controls showing ☐/☒ (`checked` gives the default). A non-empty
/// `placeholder` replaces placeholder_text(f) (a table cell says what its column wants).
std::string run_control(PackageState& doc, const model::Field& f, const std::string& tag, bool checked,
                        const std::string& placeholder = "");

/// "School district" -> "school district"; keeps acronyms and words with inner capitals ("CAP", "iPad").
std::string lower_first(const std::string& s);

/// A ```field block on its own: a labelled line for text and dates, a labelled box for multi-line
/// text, a box and its label for checkboxes, a control over a signature line with the label under it.
std::string block_control(PackageState& doc, const model::Field& f, const std::string& tag);

}  // namespace tk::docx
