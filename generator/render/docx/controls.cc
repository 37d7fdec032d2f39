// Fill-in fields as Word content controls: the w:sdt markup for each field type.
#include "render/docx/controls.h"

#include <cctype>

#include "render/docx/ooxml.h"

namespace tk::docx {

namespace {

using ooxml::esc;

}  // namespace

std::string lower_first(const std::string& s) {
  if (s.size() < 2 || !std::isupper(static_cast<unsigned char>(s[0]))) return s;
  std::size_t end = s.find(' ');
  if (end == std::string::npos) end = s.size();
  if (end == 1) return s;  // "I", "A-level" style single letters
  for (std::size_t i = 1; i < end; ++i)
    if (!std::islower(static_cast<unsigned char>(s[i])) && s[i] != '-' && s[i] != '\'') return s;
  std::string out = s;
  out[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(out[0])));
  return out;
}

namespace {

const char* kBoxFont =
    "<w:rFonts w:ascii=\"MS Gothic\" w:eastAsia=\"MS Gothic\" w:hAnsi=\"MS Gothic\" w:hint=\"eastAsia\"/>";

std::string type_markup(const model::Field& f, bool checked) {
  switch (f.type) {
    case model::FieldType::Multiline: return "<w:text w:multiLine=\"1\"/>";
    case model::FieldType::Date:
      return "<w:date><w:dateFormat w:val=\"M/d/yyyy\"/><w:lid w:val=\"en-US\"/>"
             "<w:storeMappedDataAs w:val=\"dateTime\"/><w:calendar w:val=\"gregorian\"/></w:date>";
    case model::FieldType::Checkbox:
      return std::string("<w14:checkbox><w14:checked w14:val=\"") + (checked ? "1" : "0") +
             "\"/><w14:checkedState w14:val=\"2612\" w14:font=\"MS Gothic\"/>"
             "<w14:uncheckedState w14:val=\"2610\" w14:font=\"MS Gothic\"/></w14:checkbox>";
    case model::FieldType::Choice: {
      // A drop-down list: one w:listItem per option (display text = value = the option's label).
      std::string out = "<w:dropDownList>";
      for (const std::string& o : f.options)
        out += "<w:listItem w:displayText=\"" + esc(o) + "\" w:value=\"" + esc(o) + "\"/>";
      return out + "</w:dropDownList>";
    }
    case model::FieldType::Text:
    case model::FieldType::Signature: break;
  }
  return "<w:text/>";
}

}  // namespace

std::string choice_list(const std::vector<std::string>& options) {
  // Options that hold commas themselves are set apart with semicolons.
  bool commas = false;
  for (const std::string& o : options) commas = commas || o.find(',') != std::string::npos;
  const std::string sep = commas ? "; " : ", ";
  std::string out;
  for (std::size_t i = 0; i < options.size(); ++i)
    out += (i == 0 ? "" : i + 1 == options.size() ? (options.size() > 2 ? sep + "or " : " or ") : sep) + options[i];
  return out;
}

std::string placeholder_text(const model::Field& f) {
  switch (f.type) {
    case model::FieldType::Checkbox: return "";
    case model::FieldType::Date: return "Enter " + lower_first(f.label) + " (M/D/YYYY)";
    case model::FieldType::Signature: return f.help.empty() ? "Sign or type full name" : f.help;
    case model::FieldType::Choice:
      return (f.help.empty() ? "Choose one" : f.help) + ": " + choice_list(f.options);
    case model::FieldType::Text:
    case model::FieldType::Multiline: break;
  }
  return f.help.empty() ? "Enter " + lower_first(f.label) : f.help;
}

std::string run_control(PackageState& doc, const model::Field& f, const std::string& tag, bool checked,
                        const std::string& placeholder) {
  bool box = f.type == model::FieldType::Checkbox;
  std::string out = "<w:sdt><w:sdtPr>";
  out += "<w:alias w:val=\"" + esc(model::accessible_label(f)) + "\"/>";
  out += "<w:tag w:val=\"" + esc(tag) + "\"/>";
  out += "<w:id w:val=\"" + std::to_string(doc.next_id()) + "\"/>";
  out += "<w:lock w:val=\"sdtLocked\"/>";
  // The placeholder as Word declares one: a glossary building block holds its text, so Word shows it
  // while the control is empty, selects it whole on the first click and puts it back when cleared.
  std::string text = box ? std::string() : placeholder.empty() ? placeholder_text(f) : placeholder;
  if (!box) out += "<w:placeholder><w:docPart w:val=\"" + doc.placeholder(text) + "\"/></w:placeholder><w:showingPlcHdr/>";
  out += type_markup(f, checked);
  out += "</w:sdtPr><w:sdtContent>";
  if (box)
    out += ooxml::run(kBoxFont, checked ? "\xE2\x98\x92" : "\xE2\x98\x90");  // ☒ / ☐
  else
    out += ooxml::run(ooxml::rstyle("PlaceholderText"), text);
  out += "</w:sdtContent></w:sdt>";
  return out;
}

std::string block_control(PackageState& doc, const model::Field& f, const std::string& tag) {
  switch (f.type) {
    case model::FieldType::Checkbox:
      return ooxml::para("", run_control(doc, f, tag, f.checked) + ooxml::run("", " " + f.label));
    case model::FieldType::Signature:
      return ooxml::para(ooxml::pstyle("SignatureLine"), run_control(doc, f, tag, false)) +
             ooxml::para(ooxml::pstyle("SignatureCaption"), ooxml::run("", f.label));
    case model::FieldType::Multiline: {
      // A one-cell box at least `lines` lines high that grows as the user types.
      int lines = f.lines > 0 ? f.lines : 4;
      std::string out = ooxml::para(ooxml::pstyle("FieldLabel"), ooxml::run("", f.label));
      out += "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/>";
      out += "<w:tblLook w:val=\"0000\" w:firstRow=\"0\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\""
             " w:noHBand=\"1\" w:noVBand=\"1\"/>";
      out += "<w:tblDescription w:val=\"" + esc(f.label) + "\"/></w:tblPr>";
      out += "<w:tblGrid><w:gridCol w:w=\"9360\"/></w:tblGrid><w:tr><w:trPr><w:cantSplit/>";
      out += "<w:trHeight w:val=\"" + std::to_string(lines * 300 + 120) + "\" w:hRule=\"atLeast\"/></w:trPr>";
      out += "<w:tc><w:tcPr><w:tcW w:w=\"5000\" w:type=\"pct\"/></w:tcPr>";
      out += ooxml::para(ooxml::pstyle("TableText"), run_control(doc, f, tag, false));
      out += "</w:tc></w:tr></w:tbl>";
      return out;
    }
    case model::FieldType::Choice:
      // The question, then the drop-down on its own line: its placeholder names every option (on paper,
      // the reader circles one).
      return ooxml::para(ooxml::pstyle("FieldLabel"), ooxml::run("", f.label)) +
             ooxml::para("", run_control(doc, f, tag, false));
    case model::FieldType::Text:
    case model::FieldType::Date: break;
  }
  return ooxml::para("", ooxml::run("", f.label + ": ") + run_control(doc, f, tag, false));
}

}  // namespace tk::docx
