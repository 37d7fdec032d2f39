// The document tree that every writer walks (HTML, search, PDF, DOCX): Markdown parsed once.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace tk::doc {

/// Node kinds. Block kinds first, then inline kinds.
enum class Kind : std::uint8_t {
  Document,       ///< root; children are blocks
  Paragraph,      ///< children inline
  Heading,        ///< level 1..6 (body headings start at 2), id = GitHub-style anchor
  List,           ///< ordered/start/tight; children are Items
  Item,           ///< children are blocks; field >= 0 when it is a task-list checkbox
  BlockQuote,     ///< children are blocks
  CodeBlock,      ///< text = literal, info = info string
  ThematicBreak,
  Table,          ///< children are TableRows; aligns has one entry per column
  TableRow,       ///< header = true for the header row; children are TableCells
  TableCell,      ///< children inline; field >= 0 when the (empty) cell is a multi-line field
  FieldBlock,     ///< a ```field block: field >= 0
  Text,           ///< text
  Code,           ///< inline code: text
  Emph,
  Strong,
  Strike,
  Link,           ///< url = resolved href (see below), title; children inline
  Image,          ///< url, title; children = alt text
  SoftBreak,
  LineBreak,
  FieldInline,    ///< a run of underscores: field >= 0
};

/// One node of the tree. Plain value type; children owned.
///
/// Link URLs are resolved at load time: an internal link is stored as a site-root path
/// ("/tools/partnership-compact/", "/tools/x/#heading", "/assets/img/a.png"); an external one
/// as written ("https://...", "mailto:..."). Writers make site paths relative (HTML) or absolute
/// from site.base_url (PDF, DOCX). Unsafe URLs (javascript:, data:, ...) never reach the tree.
struct Node {
  Kind kind = Kind::Document;
  std::string text;    ///< Text, Code, CodeBlock literal
  std::string url;     ///< Link, Image
  std::string title;   ///< Link, Image title
  std::string id;      ///< Heading anchor id (unique within the page)
  std::string info;    ///< CodeBlock info string
  int level = 0;       ///< Heading level
  bool ordered = false;///< List
  int start = 1;       ///< List start number
  bool tight = true;   ///< List
  bool header = false; ///< TableRow: header row
  bool checked = false;///< Item: task item ticked ("- [x]")
  int field = -1;      ///< Item/TableCell/FieldBlock/FieldInline: index into Page::fields
  std::vector<char> aligns;  ///< Table: 'l', 'r', 'c' or 0 per column
  int line = 0;        ///< 1-based line in the source file (from the top of the file)
  int col = 0;         ///< 1-based column
  std::vector<Node> children;

  bool is_block() const { return kind <= Kind::FieldBlock; }
};

/// The plain text of a node's inline content (Text, Code; soft/line breaks as spaces).
std::string plain_text(const Node& n);

/// Walk events: enter returns false to skip the node's children. exit is called for every node.
struct Visitor {
  virtual ~Visitor() = default;
  virtual bool enter(const Node& n) = 0;
  virtual void exit(const Node& n) { (void)n; }
};
void walk(const Node& root, Visitor& v);

}  // namespace tk::doc
