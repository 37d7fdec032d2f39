// Plain text of a document tree for the search index, split into sections at headings.
#pragma once
#include <string>
#include <vector>

#include "doc/walk.h"
#include "model/site.h"

namespace tk::search {

/// A part of a page's text: the text before the first heading, or one heading and what follows it.
struct Section {
  std::string id;       ///< heading anchor id; "" for the text before the first heading
  std::string heading;  ///< the heading's plain text ("" before the first heading)
  int level = 0;        ///< heading level (0 before the first heading)
  std::string text;     ///< plain text; blocks end with '\n', runs of white space are one space
  bool label = false;   ///< the heading is a fixed label added by the index ("Key activities"), not page text
};

/// Walks a document and collects its plain text by section (the pattern of cmark-gfm's plaintext.c).
/// Fill-in blocks contribute their label and help text (the labels of other fields are already
/// in the text: the words before a blank, a checkbox's item, a table's header and first column).
class PlainText : public doc::Visitor {
 public:
  explicit PlainText(const std::vector<model::Field>& fields);
  bool enter(const doc::Step& at) override;
  void exit(const doc::Step& at) override;
  /// The sections so far; the first one is the text before the first heading (possibly empty).
  std::vector<Section> take();

 private:
  void add(const std::string& s);
  void end_block();
  void field_block(const model::Field& f);
  const std::vector<model::Field>& fields_;
  std::vector<Section> sections_;
};

/// The sections of a document (see PlainText).
std::vector<Section> plain_sections(const doc::Node& body, const std::vector<model::Field>& fields);

/// All the plain text of a document in one string (sections joined, headings included).
std::string plain_string(const doc::Node& body, const std::vector<model::Field>& fields = {});

}  // namespace tk::search
