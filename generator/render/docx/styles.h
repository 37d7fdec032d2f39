// word/styles.xml from a theme's reference.docx, as pandoc's --reference-doc: the look of every .docx is
// in the theme as a file that Word and LibreOffice edit, not in the code.
#pragma once
#include <stdexcept>
#include <string>

namespace tk::docx {

/// A reference.docx that cannot be used: the file and what is wrong with it (what()).
class ReferenceError : public std::runtime_error {
 public:
  ReferenceError(std::string file, const std::string& what) : std::runtime_error(what), path(std::move(file)) {}
  std::string path;
};

/// The default theme's reference.docx beside the program (install::data_dir()), or "" when there is none.
std::string default_reference();

/// A theme's Word styles: `<theme_dir>/reference.docx`'s word/styles.xml, or `default_reference`'s when the
/// theme has none. A style of the default's that the theme's file lacks is taken from the default's (matched
/// by style id, else by the name Word and LibreOffice show, since LibreOffice renames some ids), so every
/// style the writer uses is defined. Throws ReferenceError for a file that is not a .docx with a styles part.
std::string theme_styles(const std::string& theme_dir, const std::string& default_reference);

/// `reference` (a styles.xml) with every style of `defaults` it lacks, as theme_styles says.
/// Throws std::runtime_error when `reference` has no w:styles root.
std::string merge_styles(const std::string& reference, const std::string& defaults);

/// The styles part of a document in `language` ("" = en-US): the document defaults' w:lang set to it,
/// as pandoc does with `lang`.
std::string styles_for_language(const std::string& styles, const std::string& language);

/// theme_styles(theme_dir, or the default theme for "") for `language` in one call (tests, tools).
std::string styles_for(const std::string& theme_dir, const std::string& language);

}  // namespace tk::docx
