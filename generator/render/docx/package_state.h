// The state of one .docx package being written (docx::PackageState): ids, hyperlink relationships,
// list numbering and placeholder building blocks, shared by every page written into it.
#pragma once
#include <string>
#include <utility>
#include <vector>

namespace tk::docx {

/// State shared by every page written into one .docx (a template, or the whole-toolkit bundle).
class PackageState {
 public:
  /// base_url ends with '/'; site paths ("/tools/x/") are made absolute with it.
  explicit PackageState(std::string base_url) : base_url_(std::move(base_url)) {}

  /// A fresh id for a content control or bookmark (unique in the document).
  int next_id() { return ++last_id_; }

  /// An absolute URL: site paths get the base URL, anything else is returned as is.
  std::string absolute(const std::string& url) const;

  /// The relationship id of an external hyperlink to `url` (made absolute; one id per distinct URL).
  std::string hyperlink(const std::string& url);
  /// Hyperlink relationships in first-use order: (id, absolute URL).
  const std::vector<std::pair<std::string, std::string>>& hyperlinks() const { return links_; }

  /// numId of the shared bullet list (every level, nesting by w:ilvl).
  static constexpr int kBulletNum = 1;
  /// numId of the base numbered list (the List Number style's own numbering).
  static constexpr int kNumberNum = 2;
  /// A new numbered list that restarts at `start` on level `level`; returns its numId.
  int new_ordered_list(int level, int start);

  /// word/numbering.xml for every list used so far.
  std::string numbering_xml() const;

  /// The name of the glossary building block (a placeholder docPart) that holds placeholder `text`, as
  /// Word names them (32 hex digits); one per distinct text, the same text always the same name.
  std::string placeholder(const std::string& text);
  bool has_glossary() const { return !placeholders_.empty(); }
  /// word/glossary/document.xml holding every placeholder named so far ("" when there is none).
  std::string glossary_xml() const;

 private:
  std::string base_url_;
  int last_id_ = 0;
  std::vector<std::pair<std::string, std::string>> links_;
  std::vector<std::pair<int, int>> ordered_;
  std::vector<std::pair<std::string, std::string>> placeholders_;  ///< (docPart name, text) in first-use order  ///< (level, start) of each ordered list, numId = 3 + index
};

}  // namespace tk::docx
