// Fill-in fields as Word content controls (render/docx/controls.cc) read back as XML: what Word shows
// (the alias a user sees, the placeholder, the checkbox glyphs) and what a filler finds (the w:tag).
#include <catch2/catch.hpp>

#include "render/docx/controls.h"
#include "render/docx/fixture.h"
#include "render/docx/test_support.h"

using namespace tk::test::docx;
using FT = tk::model::FieldType;
using tk::test::docx::fx::field;

namespace {

/// The one control of a fragment.
Control only_control(const Element& root) {
  auto cs = controls(root);
  REQUIRE(cs.size() == 1);
  return cs[0];
}

}  // namespace

TEST_CASE("docx controls: lower_first lowers a plain first word only", "[docx]") {
  CHECK(tk::docx::lower_first("School district") == "school district");
  CHECK(tk::docx::lower_first("Name") == "name");
  CHECK(tk::docx::lower_first("CAP goals") == "CAP goals");      // an acronym
  CHECK(tk::docx::lower_first("iPad model") == "iPad model");    // not upper-case to start with
  CHECK(tk::docx::lower_first("McNair scholar") == "McNair scholar");  // an inner capital
  CHECK(tk::docx::lower_first("I agree") == "I agree");          // a single letter
  CHECK(tk::docx::lower_first("Mentor's name") == "mentor's name");
  CHECK(tk::docx::lower_first("Co-teacher") == "co-teacher");
  CHECK(tk::docx::lower_first("Łukasz") == "Łukasz");          // not ASCII: left as it is
  CHECK(tk::docx::lower_first("") == "");
  CHECK(tk::docx::lower_first("A") == "A");
}

TEST_CASE("docx controls: each field type's placeholder says what to enter", "[docx]") {
  CHECK(tk::docx::placeholder_text(field("district", "School district", FT::Text)) == "Enter school district");
  CHECK(tk::docx::placeholder_text(field("notes", "Notes", FT::Multiline)) == "Enter notes");
  CHECK(tk::docx::placeholder_text(field("start", "Start date", FT::Date)) == "Enter start date (M/D/YYYY)");
  CHECK(tk::docx::placeholder_text(field("sig", "Director signature", FT::Signature)) == "Sign or type full name");
  CHECK(tk::docx::placeholder_text(field("ok", "OK", FT::Checkbox)).empty());
  auto helped = field("goals", "Goals", FT::Multiline);
  helped.help = "List two goals.";
  CHECK(tk::docx::placeholder_text(helped) == "List two goals.");  // the help text instead
  helped.type = FT::Signature;
  CHECK(tk::docx::placeholder_text(helped) == "List two goals.");
  auto pick = field("p", "Pick", FT::Choice);
  pick.options = {"A", "B"};
  CHECK(tk::docx::placeholder_text(pick) == "Choose one: A or B");
  CHECK(tk::docx::choice_list({"Only"}) == "Only");
  CHECK(tk::docx::choice_list({"A", "B", "C"}) == "A, B, or C");
}

TEST_CASE("docx controls: a text control carries its tag, the alias Word shows, a fresh id and its placeholder", "[docx]") {
  tk::docx::PackageState doc("https://example.org/");
  auto f = field("partner_name", "Partner \"A\" & <B>", FT::Text);
  const std::string xml = tk::docx::run_control(doc, f, "compact.partner_name", false);
  Element root = parse_fragment(xml);
  Control c = only_control(root);
  CHECK(c.tag == "compact.partner_name");
  CHECK(c.alias == "Partner \"A\" & <B>");  // escaped in the markup, as typed for the user
  CHECK(c.id == "1");
  CHECK(c.type == "text");
  CHECK(c.placeholder);
  CHECK(c.content == "Enter partner \"A\" & <B>");
  CHECK(c.content_style == "PlaceholderText");
  const Element* pr = c.sdt->child("w:sdtPr");
  CHECK(pr->child("w:lock")->get("w:val") == "sdtLocked");  // the control cannot be deleted by accident
  // The placeholder names the glossary building block that holds the same text.
  CHECK(pr->child("w:placeholder")->child("w:docPart")->get("w:val") == doc.placeholder("Enter partner \"A\" & <B>"));
  // A second control gets the next id; full_label is the alias, a given placeholder the text.
  f.full_label = "Łukasz Dąbrowski's partner";
  Control second = only_control(parse_fragment(tk::docx::run_control(doc, f, "x", false, "Enter name")));
  CHECK(second.id == "2");
  CHECK(second.alias == "Łukasz Dąbrowski's partner");
  CHECK(second.content == "Enter name");
}

TEST_CASE("docx controls: a checkbox is a w14:checkbox showing the box Word toggles", "[docx]") {
  tk::docx::PackageState doc("https://example.org/");
  auto f = field("agree", "I agree", FT::Checkbox);
  for (bool checked : {false, true}) {
    INFO(checked);
    Element root = parse_fragment(tk::docx::run_control(doc, f, "agree", checked));
    Control c = only_control(root);  // c.sdt points into root
    CHECK(c.type == "checkbox");
    CHECK(c.checked == checked);
    CHECK(c.content == (checked ? "\xE2\x98\x92" : "\xE2\x98\x90"));  // ☒ / ☐
    CHECK_FALSE(c.placeholder);
    CHECK(c.sdt->child("w:sdtPr")->child("w:placeholder") == nullptr);
    const Element* box = c.sdt->child("w:sdtPr")->child("w14:checkbox");
    CHECK(box->child("w14:checkedState")->get("w14:val") == "2612");
    CHECK(box->child("w14:checkedState")->get("w14:font") == "MS Gothic");
    CHECK(box->child("w14:uncheckedState")->get("w14:val") == "2610");
    CHECK(c.sdt->child("w:sdtContent")->all("w:rFonts")[0]->get("w:ascii") == "MS Gothic");
  }
  CHECK_FALSE(doc.has_glossary());  // a checkbox needs no placeholder
}

TEST_CASE("docx controls: multi-line and date controls", "[docx]") {
  tk::docx::PackageState doc("https://example.org/");
  Control multi = only_control(parse_fragment(tk::docx::run_control(doc, field("n", "Notes", FT::Multiline), "n", false)));
  CHECK(multi.type == "multiline");
  Element root = parse_fragment(tk::docx::run_control(doc, field("d", "Start date", FT::Date), "d", false));
  Control date = only_control(root);
  CHECK(date.type == "date");
  const Element* d = date.sdt->child("w:sdtPr")->child("w:date");
  CHECK(d->child("w:dateFormat")->get("w:val") == "M/d/yyyy");
  CHECK(d->child("w:lid")->get("w:val") == "en-US");
  CHECK(d->child("w:storeMappedDataAs")->get("w:val") == "dateTime");
  CHECK(d->child("w:calendar")->get("w:val") == "gregorian");
  CHECK(date.content == "Enter start date (M/D/YYYY)");
}

TEST_CASE("docx controls: a field block lays out its label and control as each type wants", "[docx]") {
  tk::docx::PackageState doc("https://example.org/");
  // Text and dates: one paragraph, "Label: " then the control.
  Element text = parse_fragment(tk::docx::block_control(doc, field("district", "District", FT::Text), "district"));
  REQUIRE(text.children.size() == 1);
  CHECK(text_of(text.children[0]) == "District: Enter district");
  CHECK(only_control(text).tag == "district");
  // A checkbox: the box, then its label.
  auto box = field("ok", "Approved", FT::Checkbox);
  box.checked = true;
  Element cb = parse_fragment(tk::docx::block_control(doc, box, "ok"));
  REQUIRE(cb.children.size() == 1);
  CHECK(text_of(cb.children[0]) == "\xE2\x98\x92 Approved");
  CHECK(only_control(cb).checked);  // the field's default
  // A signature: the control on a signature line, its label under it.
  Element sig = parse_fragment(tk::docx::block_control(doc, field("sig", "Director signature", FT::Signature), "sig"));
  REQUIRE(sig.children.size() == 2);
  CHECK(pstyle(sig.children[0]) == "SignatureLine");
  CHECK(only_control(sig).content == "Sign or type full name");
  CHECK(pstyle(sig.children[1]) == "SignatureCaption");
  CHECK(text_of(sig.children[1]) == "Director signature");
  // Multi-line: the label, then a one-cell box as tall as its lines, described by the label.
  auto goals = field("goals", "Shared goals & <aims>", FT::Multiline);
  goals.lines = 3;
  Element multi = parse_fragment(tk::docx::block_control(doc, goals, "goals"));
  REQUIRE(multi.children.size() == 2);
  CHECK(pstyle(multi.children[0]) == "FieldLabel");
  CHECK(text_of(multi.children[0]) == "Shared goals & <aims>");
  const Element& tbl = multi.children[1];
  CHECK(tbl.name == "w:tbl");
  CHECK(tbl.child("w:tblPr")->child("w:tblDescription")->get("w:val") == "Shared goals & <aims>");
  CHECK(tbl.all("w:tc").size() == 1);
  const Element* height = tbl.all("w:trHeight")[0];
  CHECK(height->get("w:val") == std::to_string(3 * 300 + 120));
  CHECK(height->get("w:hRule") == "atLeast");  // grows as the user types
  CHECK(only_control(multi).type == "multiline");
  goals.lines = 0;  // no height given: four lines
  CHECK(parse_fragment(tk::docx::block_control(doc, goals, "goals")).all("w:trHeight")[0]->get("w:val") ==
        std::to_string(4 * 300 + 120));
}

TEST_CASE("docx: a choice is a drop-down list of its options under its question; the placeholder names them", "[docx]") {
  tk::model::Field f;
  f.name = "goal_status";
  f.label = "Goal status";
  f.type = tk::model::FieldType::Choice;
  f.options = {"On track", "Behind", "Met"};
  tk::docx::PackageState doc("https://example.gov/");
  Element root = parse_fragment(tk::docx::block_control(doc, f, "goal_status"));
  auto paras = root.all("w:p");
  REQUIRE(paras.size() == 2);
  CHECK(text_of(*paras[0]) == "Goal status");
  auto cs = controls(root);
  REQUIRE(cs.size() == 1);
  CHECK(cs[0].type == "dropdown");
  CHECK(cs[0].tag == "goal_status");
  CHECK(cs[0].alias == "Goal status");
  CHECK(cs[0].placeholder);
  CHECK(cs[0].content_style == "PlaceholderText");
  CHECK(cs[0].content == "Choose one: On track, Behind, or Met");
  std::vector<std::pair<std::string, std::string>> items;
  for (const Element* li : cs[0].sdt->child("w:sdtPr")->child("w:dropDownList")->all("w:listItem"))
    items.push_back({li->get("w:displayText"), li->get("w:value")});
  CHECK(items == std::vector<std::pair<std::string, std::string>>{{"On track", "On track"}, {"Behind", "Behind"}, {"Met", "Met"}});

  CHECK(tk::docx::choice_list({"Keep", "Revise"}) == "Keep or Revise");
  CHECK(tk::docx::choice_list({"Yes, fully", "Partly", "No"}) == "Yes, fully; Partly; or No");
  f.full_label = "Goal 1 status";  // the control's name for screen readers; the printed label stays
  tk::docx::PackageState doc2("https://example.gov/");
  const std::string xml = tk::docx::block_control(doc2, f, "goal_1_status");
  CHECK(xml.find("<w:alias w:val=\"Goal 1 status\"/>") != std::string::npos);
  CHECK(xml.find(">Goal status</w:t>") != std::string::npos);
  f.help = "Pick the status at this review";
  CHECK(tk::docx::placeholder_text(f) == "Pick the status at this review: On track, Behind, or Met");
}
