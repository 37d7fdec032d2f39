// The .docx writer's fixture site, built by hand: every node kind and field type, a template listed
// on two stages, and a slug shared by a tool and a job.
#pragma once
#include <string>
#include <utility>
#include <vector>

#include "doc/build.h"
#include "doc/ast.h"
#include "model/site.h"

namespace tk::test::docx {

namespace fx {

using doc::Kind;
using doc::Node;

using doc::node;
using doc::para;
using doc::text;
inline Node heading(int level, const std::string& s) {
  Node n = node(Kind::Heading, {text(s)});
  n.level = level;
  return n;
}
inline Node link(const std::string& url, std::vector<Node> inl, const std::string& title = "") {
  Node n = node(Kind::Link, std::move(inl));
  n.extra().url = url;
  n.extra().title = title;
  return n;
}
inline Node with_field(Node n, int field) {
  n.field = field;
  return n;
}
inline Node blank(int field) { return with_field(node(Kind::FieldInline), field); }
inline Node list(bool ordered, std::vector<Node> items, int start = 1, bool tight = true) {
  Node n = node(Kind::List, std::move(items));
  n.ordered = ordered;
  n.start = start;
  n.tight = tight;
  return n;
}
inline Node item(std::vector<Node> blocks) { return node(Kind::Item, std::move(blocks)); }
inline Node cell(std::vector<Node> inl) { return node(Kind::TableCell, std::move(inl)); }
inline Node row(std::vector<Node> cells, bool header = false) {
  Node n = node(Kind::TableRow, std::move(cells));
  n.header = header;
  return n;
}

inline model::Field field(const std::string& name, const std::string& label, model::FieldType t) {
  model::Field f;
  f.name = name;
  f.label = label;
  f.type = t;
  return f;
}

}  // namespace fx

/// The fixture's fill-in template: "/tools/sample-form/", fields in reading order.
inline model::Page sample_form() {
  using namespace fx;
  using FT = model::FieldType;
  model::Page p;
  p.kind = model::Kind::Tool;
  p.slug = "sample-form";
  p.source_path = "tools/sample-form.md";
  p.title = "Sample Form";
  p.summary = "A form that uses every kind of blank & markup.";
  p.updated = "2026-11-02";
  p.weight = 1;
  p.stages = {"start", "finish"};
  p.formats = {"pdf", "docx"};

  p.fields = {field("district", "District", FT::Text),
              field("agree_to_terms", "Agree to terms", FT::Checkbox),
              field("share_data", "Share data", FT::Checkbox),
              field("lead_name", "Lead: Name", FT::Multiline),
              field("phone", "Phone", FT::Text),
              field("shared_goals", "Shared goals", FT::Multiline),
              field("start_date", "Start date", FT::Date),
              field("director_signature", "Director signature", FT::Signature),
              field("approved", "Approved", FT::Checkbox),
              field("reference_number", "Reference number", FT::Text)};
  p.fields[0].width = 20;
  p.fields[2].checked = true;
  p.fields[3].in_table = true;
  p.fields[4].in_table = true;
  p.fields[5].help = "List two goals.";
  p.fields[5].lines = 3;

  Node img = node(Kind::Image, {text("A chart")});
  img.extra().url = "/assets/img/chart.png";
  Node code = node(Kind::Code);
  code.text = "x < y";
  Node quote_text = text("Quoted & <special> \"chars\"");
  Node code_block = node(Kind::CodeBlock);
  code_block.text = "line 1\n\tline 2\n";
  code_block.extra().info = "text";
  Node table = node(Kind::Table, {row({cell({text("Role")}), cell({text("Name")}), cell({text("Notes")})}, true),
                                  row({cell({text("Lead")}), with_field(cell({}), 3),
                                       cell({text("Phone: "), blank(4)})})});
  table.extra().aligns = {'l', 'c', 'r'};
  Node checked_item = with_field(item({para({text("Share data")})}), 2);
  checked_item.checked = true;

  p.body = node(Kind::Document, {
      heading(2, "Parties"),
      para({text("District: "), blank(0)}),
      para({text("Plain, "), node(Kind::Emph, {text("emphasis")}), text(", "),
            node(Kind::Strong, {text("strong "), node(Kind::Emph, {text("both")})}), text(", "),
            node(Kind::Strike, {text("struck")}), text(", "), code, node(Kind::SoftBreak),
            link("/tools/other/#part-two", {text("the other tool")}), text(" and "),
            link("https://example.com/a?b=1&c=2", {text("an outside page")}, "Outside"),
            node(Kind::LineBreak), img}),
      heading(3, "Lists"),
      list(false, {item({para({text("One")}),
                         list(true, {item({para({text("Three")})}), item({para({text("Four")})})}, 3)}),
                   item({para({text("Two")})})}),
      list(true, {item({para({text("First")})}), item({para({text("Second")}), para({text("More on second")})})},
           1, false),
      list(true, {item({para({text("Again from one")})})}),
      list(false, {with_field(item({para({text("Agree to terms")})}), 1), checked_item}),
      heading(4, "Table"),
      table,
      node(Kind::FieldBlock),
      node(Kind::FieldBlock),
      node(Kind::FieldBlock),
      node(Kind::FieldBlock),
      node(Kind::FieldBlock),
      node(Kind::BlockQuote, {para({quote_text})}),
      code_block,
      node(Kind::ThematicBreak),
  });
  for (int i = 0; i < 5; ++i) p.body.children[10 + static_cast<std::size_t>(i)].field = 5 + i;
  return p;
}

/// The fixture site: two stages (the sample form sits on both), another tool, and a job whose slug is
/// the sample form's.
inline model::Site fixture_site() {
  using namespace fx;
  model::Site site;
  site.config.title = "Fixture Toolkit";
  site.config.publisher = "Fixture Agency";
  site.config.base_url = "https://example.org/toolkit/";
  site.config.language = "en-US";
  site.config.description = "A toolkit for tests.";

  model::Page start;
  start.kind = model::Kind::Stage;
  start.slug = "start";
  start.title = "Getting Started";
  start.summary = "Begin here.";
  start.weight = 1;
  start.updated = "2026-10-01";
  start.activities = {"Meet the partners.", "Write a plan."};
  start.body = node(Kind::Document, {heading(2, "About this stage"),
                                     para({text("Fill in the "), link("/tools/sample-form/", {text("sample form")}),
                                           text(".")})});
  model::Page finish = start;
  finish.slug = "finish";
  finish.title = "Finishing";
  finish.summary = "End here.";
  finish.weight = 2;
  finish.activities = {"Review the plan."};
  finish.body = node(Kind::Document, {para({text("Review the work.")})});

  model::Page other;
  other.kind = model::Kind::Tool;
  other.slug = "other";
  other.source_path = "tools/other.md";
  other.title = "Other Tool";
  other.weight = 2;
  other.stages = {"finish"};
  other.formats = {"docx"};
  other.fields = {field("district", "District", model::FieldType::Text)};
  other.body = node(Kind::Document, {heading(2, "Part two"), para({text("District: "), blank(0)})});

  model::Page job = other;
  job.kind = model::Kind::Job;
  job.slug = "sample-form";
  job.source_path = "jobs/sample-form.md";
  job.title = "Sample Job";
  job.stages = {};
  job.formats = {"pdf", "docx"};

  model::Page pdf_only = other;
  pdf_only.slug = "pdf-only";
  pdf_only.title = "PDF Only";
  pdf_only.weight = 3;
  pdf_only.formats = {"pdf"};

  site.pages = {start, finish, sample_form(), other, pdf_only, job};
  return site;
}

}  // namespace tk::test::docx
