// word/styles.xml: the built-in named styles, or a theme's reference.docx styles completed with ours.
#pragma once
#include <string>

namespace tk::docx {

/// The built-in styles.xml (Arial 11 pt, US English defaults overridden by `language`).
std::string builtin_styles(const std::string& language);

/// The styles for a document: `<theme_dir>/reference.docx`'s word/styles.xml when that file exists
/// (any built-in style whose w:styleId it lacks is added, so every style the body uses is defined),
/// else builtin_styles(language). Throws std::runtime_error on an unreadable reference.docx.
std::string styles_for(const std::string& theme_dir, const std::string& language);

/// Merges the built-in styles missing from a reference styles.xml into it (by w:styleId).
std::string merge_styles(const std::string& reference_styles);

}  // namespace tk::docx
