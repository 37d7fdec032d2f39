// Strict YAML (issue 21): what YAML would silently drop is an error at its line, in front matter, field blocks
// and site.yaml; lone CRs count as line breaks; explicit field names are never renamed; heading ids are
// unambiguous.
#include <catch2/catch.hpp>

#include "load/markdown.h"
#include "load/yaml_util.h"
#include "support/test_support.h"

using tk::Diagnostics;
using tk::test::all_messages;

namespace {

std::string yaml_errors(const std::string& text, bool whole_file = false) {
  Diagnostics d;
  tk::load::YamlFile yf{"f.yaml", 10, &d, whole_file};
  yf.parse(text);
  return all_messages(d);
}

std::string page_errors(const std::string& rel, const std::string& text) {
  tk::test::TempDir dir;
  auto files = tk::test::minimal_site();
  files[rel] = text;
  Diagnostics d;
  tk::test::load_files(dir, files, d);
  std::string out;
  for (const auto& x : d.all())
    if (x.severity == tk::Severity::Error) out += x.format() + "\n";
  return out;
}

}  // namespace

TEST_CASE("a key given twice is an error at the second, naming the first", "[load][yaml]") {
  CHECK(yaml_errors("title: A\nbase_url: x\nbase_url: y\n") ==
        "f.yaml:12:1: error: 'base_url' is given twice (first at line 11)\n");
  CHECK(yaml_errors("nav:\n  - title: A\n    url: /a/\n    title: B\n") ==
        "f.yaml:13:5: error: 'title' is given twice (first at line 11)\n");
  CHECK(yaml_errors("a: 1\nb: 2\n").empty());
}

TEST_CASE("a quote that is not closed on its line is an error at the quote", "[load][yaml]") {
  CHECK(yaml_errors("title: A\nsummary: \"A one-page ...\nstages: [plan]\n") ==
        "f.yaml:11:10: error: invalid YAML: the \" that starts this value is not closed: end the value with \" on "
        "the same line\n");
  CHECK(yaml_errors("title: 'It is\n") ==
        "f.yaml:10:8: error: invalid YAML: the ' that starts this value is not closed: end the value with ' on the "
        "same line\n");
  CHECK(yaml_errors("label: 'Partner's notes'\n") ==
        "f.yaml:10:8: error: invalid YAML: the ' that starts this value ends before the value does (at column 16): "
        "write '' for an apostrophe inside '...', or quote the value with \"...\"\n");
  // What stays valid: quotes closed on the line, escapes, quotes inside plain values and comments, quoted keys,
  // flow lists, block scalars, and a quoted value that goes on over lines indented further.
  CHECK(yaml_errors("a: \"x \\\" y\"\nb: 'it''s'\nc: He said \"hi\n\"d\": [\"x\", 'y']  # \"\ne: |\n  \"open\n"
                    "f: \"long\n  text\"\ng: {h: 'i', j: \"k\"}\n")
            .empty());
}

TEST_CASE("document markers inside the YAML are errors; site.yaml may start with ---", "[load][yaml]") {
  CHECK(yaml_errors("title: A\n...\nweight: 2\n") ==
        "f.yaml:11:1: error: invalid YAML: a '...' line ends the YAML here, so the lines after it would be ignored: "
        "remove it\n");
  CHECK(yaml_errors("title: A\n--- x\n").find("f.yaml:11:1: error: invalid YAML: a '---' line starts") == 0);
  CHECK(yaml_errors("---\ntitle: A\n", true).empty());
  CHECK_FALSE(yaml_errors("---\ntitle: A\n", false).empty());
  CHECK_FALSE(yaml_errors("title: A\n---\nb: 1\n", true).empty());
  CHECK(yaml_errors("a: |\n  ---\n  ...\nb: '--- x'\n").empty());
}

TEST_CASE("a tab in the indentation says: use spaces, not tabs", "[load][yaml]") {
  CHECK(yaml_errors("stages:\n\t- plan\n") == "f.yaml:11:1: error: invalid YAML: a tab in the indentation: use spaces, not tabs\n");
  CHECK(yaml_errors("a:\n  \tb: 1\n") == "f.yaml:11:3: error: invalid YAML: a tab in the indentation: use spaces, not tabs\n");
  CHECK(yaml_errors("a: x\tb\n").empty());  // a tab inside a value is no indentation
}

TEST_CASE("lone CRs are line breaks in every position", "[load][yaml]") {
  CHECK(page_errors("pages/a.md", "---\rtitle: A\rsummary: B\rweight: x\r---\rBody\r") ==
        "content/pages/a.md:4:9: error: 'weight' must be a whole number from -1000000 to 1000000 (got 'x')\n");
  CHECK(page_errors("pages/b.md", "---\r\ntitle: B\r\nweight: y\r\n---\r\n") ==
        "content/pages/b.md:3:9: error: 'weight' must be a whole number from -1000000 to 1000000 (got 'y')\n");
}

TEST_CASE("an empty value is reported at its key's own line; dates are real and in range", "[load][yaml]") {
  CHECK(page_errors("pages/a.md", "---\ntitle: A\nsummary:\nupdated: 2026-02-30\n---\n") ==
        "content/pages/a.md:3:1: error: 'summary' has no value: write it after 'summary:' on the same line, or "
        "remove the line\n"
        "content/pages/a.md:4:10: error: 'updated' is 2026-02-30, which is not a real date\n");
  CHECK(page_errors("pages/a.md", "---\ntitle: A\nupdated: 0000-01-01\n---\n") ==
        "content/pages/a.md:3:10: error: 'updated' is 0000-01-01: the year must be from 1980 to 2099\n");
  CHECK(page_errors("pages/a.md", "---\ntitle: A\nupdated: 2024-02-29\n---\n").empty());
}

TEST_CASE("a field block's key given twice or written with a tab is an error at its file line", "[load][yaml]") {
  Diagnostics d;
  tk::load::parse_markdown({"Text.\n\n```field\nlabel: A\nlabel: B\n```\n\n```field\nlabel: C\n\tlines: 2\n```\n",
                            "t.md", 20, true, {}},
                           d);
  CHECK(all_messages(d) ==
        "t.md:24:1: error: 'label' is given twice (first at line 23)\n"
        "t.md:29:1: error: invalid YAML: a tab in the indentation: use spaces, not tabs\n");
}

TEST_CASE("an explicit field name used twice is an error at the second; automatic names step aside", "[load][fields]") {
  Diagnostics d;
  auto r = tk::load::parse_markdown({"Notes: _____\n\n```field\nlabel: Notes\nname: notes\n```\n\n"
                                     "```field\nlabel: A\nname: shared\n```\n\n```field\nlabel: B\nname: shared\n```\n\n"
                                     "Notes: _____\n",
                                     "t.md", 1, true, {}},
                                    d);
  CHECK(all_messages(d) ==
        "t.md:15: error: field name 'shared' is already used by the field at line 10; a 'name' must be unique in the "
        "page\n");
  REQUIRE(r.fields.size() == 5);
  CHECK(r.fields[0].name == "notes_2");  // automatic, before the explicit 'notes'
  CHECK(r.fields[1].name == "notes");
  CHECK(r.fields[3].name == "shared_2");  // reported, and still unique in the model
  CHECK(r.fields[4].name == "notes_3");
  Diagnostics ok;
  auto r2 = tk::load::parse_markdown({"Notes: ___\n\nNotes: ___\n\nNotes: ___\n", "t.md", 1, true, {}}, ok);
  CHECK_FALSE(ok.has_errors());
  REQUIRE(r2.fields.size() == 3);
  CHECK(r2.fields[1].name == "notes_2");
  CHECK(r2.fields[2].name == "notes_3");
}

TEST_CASE("headings without letters or digits never take a text heading's id", "[load][headings]") {
  Diagnostics d;
  auto r = tk::load::parse_markdown({"## !!!\n\n## ???\n\n## Section\n\n## Section\n", "t.md", 1, false, {}}, d);
  REQUIRE(r.root.children.size() == 4);
  CHECK(r.root.children[0].id() == "section.1");
  CHECK(r.root.children[1].id() == "section.2");
  CHECK(r.root.children[2].id() == "section");
  CHECK(r.root.children[3].id() == "section-1");
}
