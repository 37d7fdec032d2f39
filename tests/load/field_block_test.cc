// A ```field block's YAML -> model::Field (generator/load/field_block.cc): each key the editor writes becomes
// the field, each mistake is an error at its file line with the message the editor sees.
#include <catch2/catch.hpp>

#include "load/field_block.h"
#include "load/markdown.h"
#include "support/test_support.h"

using tk::Diagnostics;
using tk::model::Field;
using tk::model::FieldType;
using tk::test::all_messages;

namespace {

// The block's YAML starts at file line 11 (the ```field line is line 10).
struct Parsed {
  bool ok;
  Field field;
  int name_line;
  std::string messages;
};

Parsed parse(const std::string& yaml) {
  Diagnostics d;
  Parsed p{};
  p.ok = tk::load::parse_field_block(yaml, "content/tools/t.md", 11, p.field, d, &p.name_line);
  p.messages = all_messages(d);
  return p;
}

}  // namespace

TEST_CASE("field block: every key the editor writes becomes the field", "[load][field_block]") {
  Parsed p = parse("label: Mentor's goals\nfull_label: The mentor's goals for the term\nname: mentor_goals\n"
                   "type: multiline\nlines: 7\nhelp: Two or three goals\n");
  REQUIRE(p.messages.empty());
  CHECK(p.ok);
  CHECK(p.field.label == "Mentor's goals");
  CHECK(p.field.full_label == "The mentor's goals for the term");
  CHECK(p.field.name == "mentor_goals");
  CHECK(p.name_line == 13);
  CHECK(p.field.type == FieldType::Multiline);
  CHECK(p.field.lines == 7);
  CHECK(p.field.help == "Two or three goals");
  CHECK(p.field.line == 10);

  Parsed choice = parse("label: '  Keep or revise?  '\ntype: choice\noptions: [Keep, ' Revise ', Drop]\n");
  REQUIRE(choice.messages.empty());
  CHECK(choice.field.type == FieldType::Choice);
  CHECK(choice.field.label == "Keep or revise?");
  CHECK(choice.field.options == std::vector<std::string>{"Keep", "Revise", "Drop"});
  CHECK(choice.field.name == "keep_or_revise");  // made from the label
  CHECK(choice.name_line == 0);
  CHECK(choice.field.lines == 1);  // only a multi-line field has lines
}

TEST_CASE("field block: what leaving a key out means", "[load][field_block]") {
  Parsed p = parse("label: Notes\n");
  REQUIRE(p.messages.empty());
  CHECK(p.field.type == FieldType::Multiline);
  CHECK(p.field.lines == 4);
  CHECK(p.field.name == "notes");
  CHECK(p.field.full_label.empty());
  CHECK(p.field.help.empty());
  CHECK(p.field.options.empty());
  for (const char* type : {"text", "date", "checkbox", "signature"}) {
    INFO(type);
    Parsed t = parse(std::string("label: X\ntype: ") + type + "\nlines: 9\n");
    CHECK(t.messages.empty());
    CHECK(t.field.lines == 1);
  }
}

TEST_CASE("field block: each mistake is an error at its line", "[load][field_block]") {
  Parsed lines = parse("label: Plan\nlines: abc\n");
  CHECK_FALSE(lines.ok);
  CHECK(lines.messages == "content/tools/t.md:12:8: error: 'lines' must be a whole number from 1 to 40 (got 'abc')\n");
  const std::vector<std::pair<std::string, std::string>> cases = {
    {"label: Notes\nrequired: true\n",
      "content/tools/t.md:12:1: error: unknown key 'required' in a field block\n"},
    {"lable: Notes\n",
      "content/tools/t.md:10:1: error: a field block needs a 'label'\n"
      "content/tools/t.md:11:1: error: unknown key 'lable' in a field block (did you mean 'label'?)\n"},
    {"label: Plan\nlines: 41\n",
      "content/tools/t.md:12:8: error: 'lines' must be a whole number from 1 to 40 (got '41')\n"},
    {"label: Q\ntype: choice\n",
      "content/tools/t.md:10:1: error: a choice field needs 'options:', a list of at least two labels to pick one from\n"},
    {"label: Q\ntype: choice\noptions: [Only]\n",
      "content/tools/t.md:13:1: error: a choice field needs at least two options to pick one from\n"},
    {"label: Q\ntype: choise\noptions: [A, B]\n",
      "content/tools/t.md:12:7: error: unknown field type 'choise'; use text, multiline, date, checkbox, signature or "
      "choice (did you mean 'choice'?)\n"},
    {"label: Q\nname: Mentor-Goals\n",
      "content/tools/t.md:12:7: error: a field name may hold only a-z, 0-9 and _ (got 'Mentor-Goals')\n"},
    {"label: ''\n", "content/tools/t.md:11:8: error: a field's label must not be empty\n"},
    {"label: [a, b]\n",
      "content/tools/t.md:11:8: error: 'label' must be a text value\n"
      "content/tools/t.md:11:8: error: a field's label must not be empty\n"},
    {"label: Q\nhelp:\n",
      "content/tools/t.md:12:1: error: 'help' has no value: write it after 'help:' on the same line, or remove the line\n"},
    {"- label: Q\n", "content/tools/t.md:11:1: error: a field block must be a set of 'key: value' lines\n"},
    {"", "content/tools/t.md:10:1: error: a field block needs at least 'label: ...'\n"},
  };
  for (const auto& [yaml, messages] : cases) {
    INFO(yaml);
    CHECK(parse(yaml).messages == messages);
  }
}

TEST_CASE("field block: a field name used twice in a page is an error at the second block's name", "[load][field_block]") {
  Diagnostics d;
  auto r = tk::load::parse_markdown({"```field\nlabel: Goals\nname: goals\n```\n\n```field\nlabel: More goals\nname: goals\n```\n",
                                     "content/tools/t.md", 5, true, {}},
                                    d);
  CHECK(all_messages(d) ==
        "content/tools/t.md:12: error: field name 'goals' is already used by the field at line 7; a 'name' must be "
        "unique in the page\n");
  REQUIRE(r.fields.size() == 2);
  CHECK(r.fields[0].name == "goals");
}
