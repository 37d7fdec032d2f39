// PDF templates and the bundle, read back from their bytes: fields, tags, metadata, determinism,
// and the layout's structure elements for lists, tables and fields.
#include <algorithm>
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "render/pdf/blocks.h"
#include "render/pdf/documents.h"
#include "render/pdf/fonts.h"
#include "render/pdf/objstm.h"
#include "render/pdf/pdf_writer.h"
#include "render/pdf/pdf_read_back.h"
#include "support/test_support.h"

using tk::model::Kind;
using tk::test::pdf::count;
using tk::test::pdf::unpacked;

namespace {

const char* kTool = R"(---
title: Sample Form
summary: A form with one field of each kind.
updated: 2026-11-02
stages: [start]
---
## Parties

District: ______________________________

- [ ] Agree
- [x] Already agreed

| Role | Name |
|---|---|
| Lead | |

```field
label: Goals
lines: 3
```

```field
label: Start date
type: date
```

```field
label: Lead signature
type: signature
```

See [the other form](/jobs/other/) and [the parties](#parties).
)";

const char* kJob = R"(---
title: Other Form
stages: [start, later]
---
Name: __________
)";

struct Fixture {
  using Files = std::map<std::string, std::string>;
  tk::test::TempDir dir;
  tk::Diagnostics diags;
  tk::model::Site site;
  Fixture() : Fixture([] {
    auto files = tk::test::minimal_site();
    files["stages/01-start.md"] = "---\ntitle: Start\nactivities: [Meet]\n---\nBegin with [the form](/tools/sample/).\n";
    files["stages/02-later.md"] = "---\ntitle: Later\nactivities: [Review]\n---\nLater.\n";
    files["tools/sample.md"] = kTool;
    files["jobs/other.md"] = kJob;
    return files;
  }()) {}
  explicit Fixture(const Files& files) { site = tk::test::load_files(dir, files, diags); }
  const tk::model::Page& tool() const { return *site.find(Kind::Tool, "sample"); }
};

}  // namespace

TEST_CASE("pdf: a template has one AcroForm field per fill-in field, named and typed as on the web", "[pdf]") {
  Fixture f;
  REQUIRE_FALSE(f.diags.has_errors());
  tk::pdf::Result r = tk::pdf::write_form(f.site, f.tool());
  const std::string pdf = unpacked(tk::pdf::form_document(f.site, f.tool()));
  CHECK(r.bytes.rfind("%PDF-1.7", 0) == 0);
  CHECK(r.pages >= 1);
  CHECK(count(pdf, "/Type /Page\n") == std::size_t(r.pages));
  REQUIRE(count(pdf, "/AcroForm") == 1);
  for (const auto& field : f.tool().fields) {
    INFO(field.name);
    CHECK(count(pdf, "/T (" + field.name + ")") == 1);
  }
  CHECK(count(pdf, "/Subtype /Widget") == f.tool().fields.size());
  CHECK(count(pdf, "/FT /Btn") == 2);
  CHECK(count(pdf, "/Ff 4096") == 2);  // the ```field block and the empty table cell
  CHECK(count(pdf, "/AS /Yes") == 1);  // "- [x]"
  CHECK(count(pdf, "/TU (Start date (mm/dd/yyyy))") == 1);
  CHECK(count(pdf, "/TU (District)") == 1);
  CHECK(count(pdf, "/AP") == f.tool().fields.size());
  CHECK(pdf.find("NeedAppearances") == std::string::npos);
  // Typed values are painted with the embedded field font (no Helvetica), every widget has its own
  // appearance streams (a text box one, a checkbox two), and borders are 1 pt wide (PDFium reads /W as
  // an integer).
  CHECK(pdf.find("/Helv") == std::string::npos);
  CHECK(count(pdf, "/DA (/DejaVuSans ") == f.tool().fields.size() - 2 + 1);  // text fields + the form
  CHECK(std::regex_search(pdf, std::regex("/DejaVuSans [0-9]+ 0 R")));
  CHECK(count(pdf, "/Subtype /Form") == f.tool().fields.size() + 2);
  CHECK(count(pdf, "/W 0.75") == 0);
  CHECK(count(pdf, "/W 1\n") + count(pdf, "/W 1 ") > 0);
}

TEST_CASE("pdf: the form's /DR font is WinAnsi; each text field's own /DR adds Latin Extended-A letters", "[pdf]") {
  // In the document: the form's /DR font is plain WinAnsi (qpdf writes only with a named encoding); each
  // text field's own /DR has the /Differences one (pdf.js and pdftk take a field's /DR first).
  Fixture f;
  const std::string pdf = unpacked(tk::pdf::form_document(f.site, f.tool()));
  CHECK(count(pdf, "/Encoding /WinAnsiEncoding") == 1);
  CHECK(count(pdf, "/BaseEncoding /WinAnsiEncoding") == 1);
  CHECK(pdf.find("/Differences [ 1 /Aogonek 2 /aogonek") != std::string::npos);
  CHECK(count(pdf, "/FontFile2") == count(pdf, "/Type /FontDescriptor"));  // the two share one program
  std::size_t text_fields = f.tool().fields.size() - 2;
  const std::regex dr("/DR [0-9]+ 0 R");
  CHECK(std::size_t(std::distance(std::sregex_iterator(pdf.begin(), pdf.end(), dr), std::sregex_iterator())) ==
        text_fields);
}

TEST_CASE("pdf: metadata, language, tags and a content-derived /ID", "[pdf]") {
  Fixture f;
  std::string raw = tk::pdf::write_form(f.site, f.tool()).bytes;
  std::string pdf = unpacked(tk::pdf::form_document(f.site, f.tool()));
  CHECK(pdf.find("/Title (Sample Form)") != std::string::npos);
  CHECK(pdf.find("/Author (Test Agency)") != std::string::npos);
  CHECK(pdf.find("/Subject (A form with one field of each kind.)") != std::string::npos);
  CHECK(pdf.find("/CreationDate (D:20261102000000Z") != std::string::npos);
  CHECK(pdf.find("/Lang (en)") != std::string::npos);
  CHECK(pdf.find("/DisplayDocTitle true") != std::string::npos);
  CHECK(pdf.find("/Marked true") != std::string::npos);
  CHECK(pdf.find("<pdfuaid:part>1</pdfuaid:part>") != std::string::npos);
  CHECK(pdf.find("/StructTreeRoot") != std::string::npos);
  CHECK(pdf.find("/Tabs /S") != std::string::npos);
  for (const char* role : {"/S /H1", "/S /H2", "/S /P", "/S /L", "/S /LI", "/S /Table", "/S /TH", "/S /TD", "/S /Form",
                           "/S /Link"}) {
    INFO(role);
    CHECK(pdf.find(role) != std::string::npos);
  }
  CHECK(std::regex_search(pdf, std::regex("/URI \\(https://example.org/tk/jobs/other/\\)")));
  std::smatch id;
  REQUIRE(std::regex_search(raw, id, std::regex("/ID \\[ <([0-9A-F]{32})> <([0-9A-F]{32})> \\]")));
  CHECK(id[1] != std::string(32, '0'));
  CHECK(id[1] == id[2]);
  CHECK(tk::pdf::write_form(f.site, f.tool()).bytes == raw);  // deterministic
}

TEST_CASE("pdf: no dates without `updated` or a build time (SOURCE_DATE_EPOCH)", "[pdf]") {
  Fixture f;
  // The environment is the CLI's to read: a SOURCE_DATE_EPOCH here changes nothing.
  const char* saved = std::getenv("SOURCE_DATE_EPOCH");
  std::string keep = saved ? saved : "";
  setenv("SOURCE_DATE_EPOCH", "1800000000", 1);
  const auto& job = *f.site.find(Kind::Job, "other");
  // A page without `updated` takes the site's newest date (as the feed does), never the clock.
  std::string newest;
  for (const auto& p : f.site.pages) newest = std::max(newest, p.updated);
  REQUIRE(job.updated.empty());
  REQUIRE(!newest.empty());
  std::string from_site = unpacked(tk::pdf::form_document(f.site, job));
  CHECK(from_site.find("/CreationDate (D:" + newest.substr(0, 4) + newest.substr(5, 2) + newest.substr(8, 2)) != std::string::npos);
  // No date anywhere: none in the file, or the build time's (the site's, which the loader gets from the CLI).
  for (auto& p : f.site.pages) p.updated.clear();
  std::string pdf = unpacked(tk::pdf::form_document(f.site, job));
  CHECK(pdf.find("/CreationDate") == std::string::npos);
  f.site.config.build_time = 1700000000;
  std::string dated = unpacked(tk::pdf::form_document(f.site, job));
  CHECK(dated.find("/CreationDate (D:20231114221320Z") != std::string::npos);
  if (saved) setenv("SOURCE_DATE_EPOCH", keep.c_str(), 1);
  else unsetenv("SOURCE_DATE_EPOCH");
}

TEST_CASE("pdf layout: fields, list items and table cells get their structure elements", "[pdf]") {
  Fixture f;
  tk::pdf::DocLayout layout;
  tk::pdf::BodyBuilder b(layout, tk::pdf::font_measure(), [](const std::string& u) { return tk::pdf::LinkTarget{u, "", ""}; });
  b.begin_page(f.tool(), "", "", 1);
  b.blocks(f.tool().body, tk::pdf::body_ctx(0));
  const auto& elems = layout.tree.elems;
  auto role_chain = [&](int e) {
    std::string s;
    for (; e >= 0; e = elems[std::size_t(e)].parent) s = elems[std::size_t(e)].role + (s.empty() ? "" : ">") + s;
    return s;
  };
  std::multiset<std::string> fields;
  bool header_row = false, outline = false;
  for (const auto& u : layout.units) {
    header_row = header_row || (u.table_header && u.keep_with_next);
    outline = outline || (u.outline_level == 1 && u.outline_title == "Parties" && u.dest == "parties");
    for (const auto& it : u.items)
      if (it.kind == tk::pdf::ItemKind::Field) fields.insert(role_chain(it.tag));
  }
  CHECK(header_row);
  CHECK(outline);
  CHECK(fields.count("Document>P>Form") == 2);                 // the inline blank and the date
  CHECK(fields.count("Document>L>LI>Lbl>Form") == 2);          // checkboxes
  CHECK(fields.count("Document>Table>TR>TD>Form") == 1);       // the empty cell
  CHECK(fields.count("Document>Form") == 2);                   // multi-line box and signature
  CHECK(layout.fields.size() == f.tool().fields.size());
}

TEST_CASE("pdf bundle: every template once, fields renamed <slug>.<field>, bookmarks and labels", "[pdf]") {
  Fixture f;
  tk::pdf::Result r = tk::pdf::write_bundle(f.site);
  const std::string pdf = unpacked(tk::pdf::bundle_document(f.site));
  CHECK(r.pages >= 4);
  std::size_t total = f.tool().fields.size() + f.site.find(Kind::Job, "other")->fields.size();
  CHECK(count(pdf, "/Subtype /Widget") == total);  // the job is on two stages, its fields are kept once
  CHECK(count(pdf, "/T (sample)") == 1);
  CHECK(count(pdf, "/T (other)") == 1);
  CHECK(count(pdf, "/Parent ") >= total);
  CHECK(pdf.find("/PageLabels") != std::string::npos);
  CHECK(pdf.find("/PageMode /UseOutlines") != std::string::npos);
  CHECK(count(pdf, "/S /TOCI") >= 4);
  CHECK(tk::pdf::write_bundle(f.site).bytes == r.bytes);
}

namespace {
const char* kChoiceTool = R"(---
title: Pick Form
stages: [start]
---
## Vision

```field
label: Keep or revise the vision?
name: keep_or_revise
type: choice
options: [Keep, Revise]
```

```field
label: Evidence level
type: choice
options:
  - No evidence of progress yet, and the partners have not started any work on this phrase
  - Some evidence of progress, from one school or one source of data
  - Strong evidence of progress across the partnership, from data both partners share
```
)";

struct ChoiceFixture : Fixture {
  ChoiceFixture() : Fixture([] {
    auto files = tk::test::minimal_site();
    files["stages/01-start.md"] = "---\ntitle: Start\nactivities: [Meet]\n---\nBegin.\n";
    files["tools/pick.md"] = kChoiceTool;
    return files;
  }()) {}
  const tk::model::Page& pick() const { return *site.find(Kind::Tool, "pick"); }
};
}  // namespace

TEST_CASE("pdf: a choice is one radio-button field, a widget per option with its own on and off appearances", "[pdf]") {
  ChoiceFixture f;
  REQUIRE_FALSE(f.diags.has_errors());
  const std::string pdf = unpacked(tk::pdf::form_document(f.site, f.pick()));
  // Two fields (Radio | NoToggleToOff), five widgets without /T of their own, all off until picked.
  CHECK(count(pdf, "/Ff 49152") == 2);
  CHECK(count(pdf, "/T (") == 2);
  CHECK(count(pdf, "/T (keep_or_revise)") == 1);
  CHECK(count(pdf, "/Subtype /Widget") == 5);
  CHECK(count(pdf, "/AS /Off") == 5);
  CHECK(pdf.find("/V ") == std::string::npos);
  CHECK(std::regex_search(pdf, std::regex("/Opt \\[\\s*\\(Keep\\)\\s*\\(Revise\\)\\s*\\]")));
  CHECK(count(pdf, "/TU (Keep or revise the vision?)") == 1);
  CHECK(count(pdf, "/TU (Keep or revise the vision?: Keep)") == 1);
  CHECK(count(pdf, "/TU (Keep or revise the vision?: Revise)") == 1);
  CHECK(count(pdf, "/TU (Evidence level: Some evidence of progress, from one school or one source of data)") == 1);
  // On states by position (/0, /1, ...), each widget its own /N and /D pair: four streams a widget.
  CHECK(std::regex_search(pdf, std::regex("/N <<\\s*/0 [0-9]+ 0 R\\s*/Off [0-9]+ 0 R\\s*>>")));
  CHECK(std::regex_search(pdf, std::regex("/D <<\\s*/2 [0-9]+ 0 R\\s*/Off [0-9]+ 0 R\\s*>>")));
  CHECK(count(pdf, "/Subtype /Form") == 5 * 4);
  CHECK(count(pdf, "/CA (l)") == 5);
  std::set<std::string> refs;
  std::regex ref("/(?:0|1|2|Off) ([0-9]+) 0 R");
  for (auto it = std::sregex_iterator(pdf.begin(), pdf.end(), ref); it != std::sregex_iterator(); ++it) refs.insert((*it)[1]);
  CHECK(refs.size() == 5 * 4);  // no appearance shared between widgets
}

TEST_CASE("pdf layout: a choice prints its question and each option beside its button, each in a Form", "[pdf]") {
  ChoiceFixture f;
  tk::pdf::DocLayout layout;
  tk::pdf::BodyBuilder b(layout, tk::pdf::font_measure(), [](const std::string& u) { return tk::pdf::LinkTarget{u, "", ""}; });
  b.begin_page(f.pick(), "", "", 1);
  b.blocks(f.pick().body, tk::pdf::body_ctx(0));
  std::vector<int> options;
  std::vector<std::string> text;
  std::set<int> forms;
  std::size_t short_line = 0;
  for (const auto& u : layout.units) {
    int buttons = 0;
    for (const auto& it : u.items) {
      if (it.kind == tk::pdf::ItemKind::Text) text.push_back(it.text);
      if (it.kind != tk::pdf::ItemKind::Field) continue;
      options.push_back(it.option);
      forms.insert(it.tag);
      CHECK(layout.tree.elems[std::size_t(it.tag)].role == "Form");
      ++buttons;
    }
    if (buttons == 2) ++short_line;
  }
  CHECK(options == std::vector<int>{0, 1, 0, 1, 2});
  CHECK(forms.size() == 5);    // one Form element per widget
  CHECK(short_line == 1);      // "Keep" and "Revise" share a line; the long options take one each
  auto has = [&](const std::string& s) {
    return std::any_of(text.begin(), text.end(), [&](const std::string& t) { return t.find(s) != std::string::npos; });
  };
  CHECK(has("Keep or revise the vision?"));
  CHECK(has("Revise"));
  CHECK(has("Strong evidence of progress"));
}

TEST_CASE("pdf bundle: a choice's radio-button field sits under its page's group", "[pdf]") {
  ChoiceFixture f;
  const std::string pdf = unpacked(tk::pdf::bundle_document(f.site));
  CHECK(count(pdf, "/T (pick)") == 1);
  CHECK(count(pdf, "/T (keep_or_revise)") == 1);
  CHECK(count(pdf, "/Ff 49152") == 2);
  CHECK(count(pdf, "/Subtype /Widget") == 5);
}
