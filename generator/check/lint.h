// Editorial warnings: things that build accepts but readers would trip on.
#pragma once
#include <string>

#include "core/diagnostics.h"
#include "model/site.h"

namespace tk::check {

/// Titles longer than this (in characters) are cut off in search results and browser tabs.
inline constexpr std::size_t kMaxTitleChars = 70;

/// Warns about: a page without a summary; a title longer than kMaxTitleChars; an empty section (a heading
/// followed directly by a heading of the same or a higher level, or ending the page); a file in assets/ that
/// no page, footer or menu links to or shows. content_dir prefixes the paths ("content").
void lint(const model::Site& site, const std::string& content_dir, Diagnostics& diags);

/// The number of characters (UTF-8 code points) in s.
std::size_t char_count(const std::string& s);

}  // namespace tk::check
