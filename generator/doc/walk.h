// The one walk over the document tree that every writer (HTML, PDF, .docx, search text) and every
// reader (plain text, pictures, lint) goes through: the traversal, the tree's shape and the policy
// for fill-in fields live here, each writer only says what a node becomes.
//
// Every walk over the tree goes through here, writers and readers alike (lint, validation, the
// fingerprint, the outside-link check): none recurses over `children` itself.
//
// Design (as cmark's iterator, cmark-gfm's render.c and plaintext.c): the walk sends an enter event
// before a node's children and an exit event after them, in document order, and the visitor switches
// over the node's kind. Events rather than a typed visitor whose methods recurse themselves (pandoc's
// blockToX) because the writers are stateful and finish their work after the children: the PDF puts
// a list item's marker on the first line laid out for it, draws a quote's bar beside every line of
// the quote and lays a table out only when all its cells are measured; the .docx writer collects
// runs into the paragraph that holds them. With events the order, the nesting and the "what may hold
// what" rules are written once, here, and no writer can walk a part of the tree its own way.
//
// Every writer's switch over doc::Kind names every kind and has no `default:`: GCC's -Wswitch (in
// -Wall, an error with TOOLKITGEN_WERROR) then refuses to build a writer that forgets a new kind.
//
// Policy for what a writer cannot render, decided once:
//  - Fill-in fields: the loader makes a field node only together with the page's field (a blank
//    without a label, a bad ```field block, a checkbox without a label are content errors with
//    file:line at load time and never reach the tree). A writer's walk is given the number of fields
//    of its page; a field node whose index is not one of them is a programming error: the walk
//    throws TreeError, the same in every writer, before any event for the node's parent (so a
//    visitor may read a sibling's field ahead of the walk).
//  - Node kinds: a node whose kind may not stand where it is (an Item outside a List, a block inside
//    a paragraph, a TableCell outside a row, children under a leaf) is a programming error too
//    (TreeError). Markdown parsing and the writers' own trees (pdf_writer.cc, bundles) never make one.
#pragma once
#include <cstddef>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

#include "doc/ast.h"

namespace tk::doc {

/// What the children of a node of a kind may be: the tree's grammar.
enum class Holds : std::uint8_t {
  Blocks,   ///< Document, Item, BlockQuote: block nodes
  Items,    ///< List: Items
  Rows,     ///< Table: TableRows
  Cells,    ///< TableRow: TableCells
  Inlines,  ///< Paragraph, Heading, TableCell, Emph, Strong, Strike, Link, Image: inline nodes
  Nothing,  ///< CodeBlock, ThematicBreak, FieldBlock, Text, Code, SoftBreak, LineBreak, FieldInline
};
Holds holds(Kind k);

/// Whether a node of a kind is a fill-in field: always (FieldBlock, FieldInline), or when its field
/// index is set (a task-list Item's checkbox, an empty TableCell's box), or never.
enum class FieldUse : std::uint8_t { Never, Optional, Always };
FieldUse field_use(Kind k);

/// The kind's name as in the enum ("TableCell"), for messages and tests.
const char* kind_name(Kind k);

/// Where the walk is: the node and its place in the tree. Steps chain up to the walk's start.
struct Step {
  const Node& node;
  const Step* parent = nullptr;  ///< the enclosing node's step; nullptr at the node the walk started from
  std::size_t index = 0;         ///< position among the parent's children
  int lists = 0;                 ///< Lists enclosing this node (an Item of a top-level list: 1)

  /// The following sibling, or nullptr.
  const Node* next() const;
  bool first() const { return index == 0; }
  /// The nearest enclosing List, or nullptr.
  const Node* list() const;
  /// A block directly inside an Item of a tight list (HTML writes its paragraphs without <p>).
  bool in_tight_item() const;
  /// TableCell: its column's alignment from the table ('l', 'r', 'c' or 0).
  char align() const;
};

/// The events of a walk. enter returns false to skip the node's children; exit follows every enter.
struct Visitor {
  virtual ~Visitor() = default;
  virtual bool enter(const Step& at) = 0;
  virtual void exit(const Step& at) { (void)at; }
};

/// A node out of place or a field the page does not have: a programming error, never a content error
/// ("source:line:col: internal error: ..."). A runtime_error, so that it fails a build the way any
/// writer's failure does (the pipeline reports it and writes nothing).
struct TreeError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/// Walks root and everything below it in document order, for a reading that resolves no field
/// (plain text, the pictures of a page, lint). The start node may be of any kind.
void walk(const Node& root, Visitor& v);

/// Walks a page's tree for a writer: every field node must name one of the page's `field_count`
/// fields; `source` (the page's file) names where a TreeError comes from.
void walk(const Node& root, Visitor& v, std::size_t field_count, const std::string& source);

/// The same walk for a reading that only looks at each node on the way in (the links of a page, its
/// headings, a hash of the tree): `enter` says whether to go into the node's children.
void walk(const Node& root, const std::function<bool(const Step& at)>& enter);

/// The same walk over a tree the caller owns, for the one pass that changes it after loading (validation
/// resolves links): `edit` gets each node to change, in document order before its children. It may
/// change the node's attributes (a link's url), never the children of any node.
void edit(Node& root, const std::function<void(Node& n, const Step& at)>& fn);

/// The ids of the headings of a tree that have one, in document order.
std::vector<std::string> heading_ids(const Node& root);

}  // namespace tk::doc
