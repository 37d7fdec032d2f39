// Fill-in fields (render/pdf/fields.cc, with the inline blanks of blocks.cc) as a PDF reader gets them:
// AcroForm names, types and flags, the label as the tooltip (/TU) in any language, appearance streams,
// and each field's label printed beside or above it.
#include <catch2/catch.hpp>

#include <map>

#include "render/pdf/pdf_read_back.h"

using tk::model::Kind;
namespace rb = tk::test::pdf;

namespace {

const char* kForm = R"(---
title: Field Form
stages: [start]
---
Imię i nazwisko ucznia: ______________________

Họ và tên người hướng dẫn: ______________________

```field
label: Goals for the year
name: goals
lines: 3
help: Two or three goals both partners share.
```

```field
label: Agree to meet monthly
type: checkbox
```

```field
label: First visit
type: date
```

```field
label: Mentor signature
type: signature
```

```field
label: Signed on
type: date
```
)";

struct FormSite {
  rb::SiteFixture f{{"stages/01-start.md", "---\ntitle: Start\nactivities: [Meet]\n---\nBegin.\n"},
                    {"tools/form.md", kForm}};
  const tk::model::Page& page() const { return f.page(Kind::Tool, "form"); }
};

// The AcroForm's fields by full name, as qpdf reads them.
std::map<std::string, nlohmann::json> fields_by_name(const nlohmann::json& j) {
  std::map<std::string, nlohmann::json> out;
  for (const auto& fld : j.at("acroform").at("fields")) out[fld.at("fullname").get<std::string>()] = fld;
  return out;
}

}  // namespace

TEST_CASE("pdf fields: names, types, flags and tooltips as the page defines them, in Polish and Vietnamese too", "[pdf]") {
  FormSite s;
  REQUIRE_FALSE(s.f.diags.has_errors());
  const tk::model::Page& page = s.page();
  rb::PdfFile pdf(rb::draw(rb::body_layout(page)));
  nlohmann::json j = pdf.json();
  REQUIRE(j.at("acroform").at("hasacroform") == true);
  auto fields = fields_by_name(j);
  REQUIRE(fields.size() == page.fields.size());
  for (const auto& fld : page.fields) {
    INFO(fld.name);
    REQUIRE(fields.count(fld.name));
    const auto& got = fields[fld.name];
    CHECK(rb::json_text(got["alternativename"]) == tk::pdf::field_tooltip(fld));
    int flags = got["fieldflags"].get<int>();
    bool multiline = (flags & 4096) != 0;
    CHECK(multiline == (fld.type == tk::model::FieldType::Multiline));
    CHECK(got["fieldtype"] == (fld.type == tk::model::FieldType::Checkbox ? "/Btn" : "/Tx"));
  }
  CHECK(rb::json_text(fields.at("imi_i_nazwisko_ucznia")["alternativename"]) == "Imię i nazwisko ucznia");
  CHECK(fields.count("goals"));
  CHECK(rb::json_text(fields.at("first_visit")["alternativename"]) == "First visit (mm/dd/yyyy)");
  // Vietnamese letters survive in the tooltip (UTF-16) whatever the field's name became.
  bool vietnamese = false;
  for (const auto& [name, fld] : fields) vietnamese = vietnamese || rb::json_text(fld["alternativename"]) == "Họ và tên người hướng dẫn";
  CHECK(vietnamese);
}

TEST_CASE("pdf fields: every widget has its appearance streams and a Form element", "[pdf]") {
  FormSite s;
  rb::PdfFile pdf(rb::draw(rb::body_layout(s.page())));
  nlohmann::json j = pdf.json();
  std::size_t widgets = 0;
  for (const auto& o : rb::objects(j)) {
    if (!o.is_object() || o.value("/Subtype", "") != "/Widget") continue;
    ++widgets;
    INFO(o.dump());
    REQUIRE(o.contains("/AP"));
    CHECK(o.at("/AP").contains("/N"));
    CHECK(o.contains("/StructParent"));
  }
  CHECK(widgets == s.page().fields.size());
  CHECK(rb::struct_elems(j, "/Form").size() == s.page().fields.size());
  int status = 1;
  pdf.check(&status);
  CHECK(status == 0);
}

TEST_CASE("pdf fields: labels, help and the signature's caption are printed where the fields are", "[pdf]") {
  FormSite s;
  const std::string text = rb::PdfFile(rb::draw(rb::body_layout(s.page()))).text("-raw");
  INFO(text);
  std::vector<std::string> order{"Imię i nazwisko ucznia:", "Họ và tên người hướng dẫn:", "Goals for the year",
                                 "Two or three goals both partners share.", "Agree to meet monthly",
                                 "First visit (mm/dd/yyyy):", "Mentor signature", "Signed on"};
  CHECK(rb::missing_in_order(text, order) == "");
  CHECK(text.find('?') == std::string::npos);  // no letter fell back to '?'
}
