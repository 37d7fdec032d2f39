// Markdown conversion: heading ids, the four forms of fill-in field and their names, raw HTML, nesting.
#include <catch2/catch.hpp>

#include <ctime>

#include "load/markdown.h"
#include "support/test_support.h"

using tk::Diagnostics;
using tk::model::FieldType;

static tk::load::MarkdownResult md(const std::string& text, Diagnostics& d, bool fields = true) {
  return tk::load::parse_markdown({text, "t.md", 10, fields, {}}, d);
}

TEST_CASE("headings get GitHub-style ids, unique in the page", "[load]") {
  Diagnostics d;
  auto r = md("## Step 2: Share & merge\n\n## Notes\n\n## Notes\n", d);
  REQUIRE(r.root.children.size() == 3);
  CHECK(r.root.children[0].id() == "step-2-share--merge");
  CHECK(r.root.children[1].id() == "notes");
  CHECK(r.root.children[2].id() == "notes-1");
  CHECK(r.root.children[0].line == 10);
}

TEST_CASE("the four forms of fill-in field, named by the naming rule", "[load]") {
  Diagnostics d;
  auto r = md("District: __________ School name: _____\n\n"
              "- [ ] We agree\n- [x] We agree\n\n"
              "| Goal | Owner | Due |\n|---|---|---|\n| Hire more | | ______ |\n\n"
              "```field\nlabel: Signature of the superintendent\ntype: signature\nhelp: Sign after review\n```\n\n"
              "```field\nlabel: Notes\nname: extra_notes\nlines: 6\n```\n",
              d);
  REQUIRE_FALSE(d.has_errors());
  REQUIRE(r.fields.size() == 8);
  CHECK(r.fields[0].name == "district");
  CHECK(r.fields[0].width == 10);
  CHECK(r.fields[1].name == "school_name");
  CHECK(r.fields[2].name == "we_agree");
  CHECK(r.fields[2].type == FieldType::Checkbox);
  CHECK(r.fields[3].name == "we_agree_2");
  CHECK(r.fields[3].checked);
  CHECK(r.fields[4].label == "Hire more: Owner");
  CHECK(r.fields[4].type == FieldType::Multiline);
  CHECK(r.fields[4].in_table);
  CHECK(r.fields[5].label == "Due");
  CHECK(r.fields[5].type == FieldType::Text);
  CHECK(r.fields[5].name == "due");
  CHECK(r.fields[6].name == "signature_of_the_superintendent");
  CHECK(r.fields[6].type == FieldType::Signature);
  CHECK(r.fields[6].help == "Sign after review");
  CHECK(r.fields[7].name == "extra_notes");
  CHECK(r.fields[7].lines == 6);
}

TEST_CASE("field blocks: types, lines, help and errors", "[load]") {
  Diagnostics d;
  auto r = md("```field\nlabel: Start date\ntype: date\n```\n\n```field\nlabel: Plan\nlines: 6\nhelp: Three steps\n```\n", d);
  REQUIRE(r.fields.size() == 2);
  CHECK(r.fields[0].type == FieldType::Date);
  CHECK(r.fields[1].type == FieldType::Multiline);
  CHECK(r.fields[1].lines == 6);
  CHECK(r.fields[1].help == "Three steps");

  Diagnostics bad;
  md("```field\nlabl: X\ntype: textarea\n```\n", bad);
  CHECK(tk::test::all_messages(bad) ==
        "t.md:10:1: error: a field block needs a 'label'\n"
        "t.md:11:1: error: unknown key 'labl' in a field block (did you mean 'label'?)\n"
        "t.md:12:7: error: unknown field type 'textarea'; use text, multiline, date, checkbox, signature or choice\n");
}

// Markdown that must give exactly two fields and no message.
static tk::load::MarkdownResult two_fields(const std::string& text) {
  Diagnostics d;
  auto r = md(text, d);
  REQUIRE(tk::test::all_messages(d).empty());
  REQUIRE(r.fields.size() == 2);
  return r;
}

TEST_CASE("choice fields: options in order, and every mistake at its line", "[load]") {
  auto r = two_fields("```field\nlabel: Keep or revise?\ntype: choice\noptions: [Keep, ' Revise ']\n```\n\n"
              "```field\nlabel: Level\nname: level\ntype: choice\noptions:\n  - Not yet\n  - Emerging\n  - Established\n```\n");
  CHECK(r.fields[0].type == FieldType::Choice);
  CHECK(r.fields[0].name == "keep_or_revise");
  CHECK(r.fields[0].options == std::vector<std::string>{"Keep", "Revise"});
  CHECK(r.fields[1].options == std::vector<std::string>{"Not yet", "Emerging", "Established"});

  auto errors = [](const std::string& block) {
    Diagnostics bad;
    md("```field\n" + block + "```\n", bad);
    return tk::test::all_messages(bad);
  };
  CHECK(errors("label: Q\ntype: choice\n") ==
        "t.md:10:1: error: a choice field needs 'options:', a list of at least two labels to pick one from\n");
  CHECK(errors("label: Q\ntype: choice\noptions: [Yes]\n") ==
        "t.md:13:1: error: a choice field needs at least two options to pick one from\n");
  CHECK(errors("label: Q\ntype: choice\noptions:\n  - Yes\n  - ''\n") ==
        "t.md:15:5: error: an option of a choice must not be empty\n");
  CHECK(errors("label: Q\ntype: choice\noptions:\n  - Yes\n  - No\n  - Yes\n") ==
        "t.md:16:5: error: the option 'Yes' is listed twice: each option must be different\n");
  CHECK(errors("label: Q\noptions: [Yes, No]\n") ==
        "t.md:12:1: error: 'options' belongs to a field of type: choice (this field is multiline): add 'type: choice' or "
        "remove the options\n");
  CHECK(errors("label: Q\ntype: choice\noptions: Yes, No\n") == "t.md:13:10: error: 'options' must be a list, e.g. [a, b]\n");
  CHECK(errors("label: Q\ntype: choise\noptions: [Yes, No]\n") ==
        "t.md:12:7: error: unknown field type 'choise'; use text, multiline, date, checkbox, signature or choice "
        "(did you mean 'choice'?)\n");
}

TEST_CASE("full_label: the accessible name of a field whose printed label leans on its section", "[load]") {
  auto r = two_fields("```field\nlabel: Decision\nfull_label: ' Phrase 1 decision '\ntype: choice\noptions: [Keep, Revise]\n```\n\n"
              "```field\nlabel: Decision\nfull_label: Phrase 2 decision\ntype: choice\noptions: [Keep, Revise]\n```\n");
  CHECK(r.fields[0].label == "Decision");
  CHECK(r.fields[0].full_label == "Phrase 1 decision");
  CHECK(tk::model::accessible_label(r.fields[0]) == "Phrase 1 decision");
  CHECK(r.fields[0].name == "phrase_1_decision");  // named after the full label, so unique
  CHECK(r.fields[1].name == "phrase_2_decision");
  Diagnostics bad;
  md("```field\nlabel: Decision\nfull_label: ''\n```\n", bad);
  CHECK(tk::test::all_messages(bad) == "t.md:12:13: error: a field's full_label must not be empty: leave it out to use the label\n");
}

TEST_CASE("a blank without a label is an error", "[load]") {
  Diagnostics d;
  md("(__________)\n", d);
  REQUIRE(d.error_count() == 1);
  CHECK(d.all()[0].format() == "t.md:10:1: error: a blank (___) needs a label: write what to enter before it on the same line");
}

TEST_CASE("raw HTML never reaches the tree and is reported once", "[load]") {
  Diagnostics d;
  auto r = md("<script>alert(1)</script>\n\nText <b>bold</b>\n", d);
  CHECK(d.warning_count() == 1);
  for (const auto& c : r.root.children) CHECK(tk::doc::plain_text(c).find("script") == std::string::npos);
}

TEST_CASE("pathological Markdown is rejected or finishes quickly", "[load][pathological]") {
  // CPU time of this thread, not wall time: a busy machine (CI beside other builds) must not fail it.
  auto cpu = [] {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
  };
  double t0 = cpu();
  Diagnostics d1, d2, d3, d4, d5;
  md(std::string(50000, '['), d1);
  md(std::string(50000, '<') + "!--", d2);
  std::string comments;
  for (int i = 0; i < 30000; ++i) comments += "<!--";
  md(comments, d2);
  md(std::string(10000, '>') + " deep", d3);
  CHECK(d3.has_errors());
  std::string lists;
  for (int i = 0; i < 1000; ++i) lists += std::string(static_cast<std::size_t>(i) * 2, ' ') + "- x\n";
  md(lists, d4);
  CHECK(d4.has_errors());
  std::string table = "|";
  for (int i = 0; i < 10000; ++i) table += "a|";
  table += "\n|";
  for (int i = 0; i < 10000; ++i) table += "-|";
  table += "\n";
  md(table, d5);
  double s = cpu() - t0;
  CHECK(s < 3.0);  // generous for sanitizer builds; each input takes milliseconds in a release build
}
