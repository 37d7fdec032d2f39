// The document tree that every writer walks (HTML, search, PDF, DOCX) through doc/walk.h: Markdown parsed once.
#pragma once
#include <cstdint>
#include <memory>
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

/// The attributes few nodes have (links, images, headings, code blocks, tables), kept out of line.
struct NodeExtra {
  std::string url;           ///< Link, Image
  std::string title;         ///< Link, Image title
  std::string id;            ///< Heading anchor id (unique within the page)
  std::string info;          ///< CodeBlock info string
  std::vector<char> aligns;  ///< Table: 'l', 'r', 'c' or 0 per column
};

/// One node of the tree. Value type (copies are deep); children owned.
///
/// Link URLs are resolved at load time: an internal link is stored as a site-root path
/// ("/tools/partnership-compact/", "/tools/x/#heading", "/assets/img/a.png"); an external one
/// as written ("https://...", "mailto:..."). Writers make site paths relative (HTML) or absolute
/// from site.base_url (PDF, DOCX). Unsafe URLs (javascript:, data:, ...) never reach the tree.
///
/// A site holds millions of nodes, so a node is kept small (88 bytes): the fields every kind may use
/// inline, the rare ones (NodeExtra) behind one pointer that most nodes leave empty.
struct Node {
  Kind kind = Kind::Document;
  std::uint8_t level = 0;  ///< Heading level
  bool ordered = false;    ///< List
  bool tight = true;       ///< List
  bool header = false;     ///< TableRow: header row
  bool checked = false;    ///< Item: task item ticked ("- [x]")
  int start = 1;           ///< List start number
  int field = -1;          ///< Item/TableCell/FieldBlock/FieldInline: index into Page::fields
  int line = 0;            ///< 1-based line in the source file (from the top of the file)
  int col = 0;             ///< 1-based column
  std::string text;        ///< Text, Code, CodeBlock literal
  std::vector<Node> children;

  Node() = default;
  Node(const Node& o);
  Node& operator=(const Node& o);
  Node(Node&&) noexcept = default;
  Node& operator=(Node&&) noexcept = default;
  ~Node() = default;

  const std::string& url() const { return x_ ? x_->url : empty_string(); }
  const std::string& title() const { return x_ ? x_->title : empty_string(); }
  const std::string& id() const { return x_ ? x_->id : empty_string(); }
  const std::string& info() const { return x_ ? x_->info : empty_string(); }
  const std::vector<char>& aligns() const;
  /// The rare attributes, for writing (made on first use).
  NodeExtra& extra();

  bool is_block() const { return kind <= Kind::FieldBlock; }

 private:
  static const std::string& empty_string();
  std::unique_ptr<NodeExtra> x_;
};

/// The plain text of a node's inline content (Text, Code; soft/line breaks as spaces), through the
/// walk of doc/walk.h (the one traversal of the tree).
std::string plain_text(const Node& n);

}  // namespace tk::doc
