// The key tables. Order matters: it is the order of "did you mean" candidates and of missing-key errors.
#include "model/schema.h"

namespace tk::model {
namespace {

constexpr Kinds kTemplates = kind_bit(Kind::Tool) | kind_bit(Kind::Job);

}  // namespace

const std::vector<KeySpec>& front_matter_keys() {
  static const std::vector<KeySpec> t = {
      {"title", "text", kAnyKind, kAnyKind, "", "the page's title (its only top heading)", "missing required key 'title'"},
      {"summary", "text", kAnyKind, 0, "", "one or two sentences for lists, search results and the page's description", ""},
      {"slug", "a-z, 0-9 and -", kAnyKind, 0, "the file name without its number and .md", "the last part of the page's address", ""},
      {"weight", "whole number from -1000000 to 1000000", kAnyKind, 0, "0", "the order in its lists (ascending)", ""},
      {"draft", "true or false", kAnyKind, 0, "false", "left out of the site unless --drafts", ""},
      {"updated", "date YYYY-MM-DD", kAnyKind, 0, "", "the \"Last updated\" date", ""},
      {"image", "a picture in content/assets/", kAnyKind, 0, "", "a picture shown with the page", ""},
      {"image_alt", "text", kAnyKind, 0, "", "the picture's description (required with image)", ""},
      {"activities", "list of text", kind_bit(Kind::Stage), kind_bit(Kind::Stage), "", "the stage's key activities",
       "a stage needs 'activities': the list of its key activities"},
      {"stages", "list of stage slugs", kTemplates, 0, "[]", "the stages that list it", ""},
      {"formats", "list of pdf, docx", kTemplates, 0, "[pdf, docx] with a body, else []", "the downloads to make", ""},
      {"link", "an http(s) URL or a site path", kTemplates | kind_bit(Kind::Spotlight), 0, "",
       "a tool: the page it is (no body, no downloads); a spotlight: the original source", ""},
      {"availability", "on-request", kTemplates, 0, "", "sent on request, from 'contact' (no downloads)", ""},
      {"contact", "an email address or an http(s) URL", kTemplates, 0, "site.yaml's contact", "whom to ask for an on-request tool", ""},
      {"focus_areas", "list of focus-area slugs", kTemplates | kind_bit(Kind::Spotlight), 0, "[]", "the focus areas it belongs to", ""},
      {"audience", "list of district, program, state", kTemplates, 0, "[]", "who fills it in", ""},
      {"partners", "list of {name, type}", kind_bit(Kind::Spotlight), 0, "", "the partners (type district, program, state or nonprofit)", ""},
      {"location", "text", kind_bit(Kind::Spotlight), 0, "", "a state or city", ""},
      {"number", "whole number from 1 to the number of focus areas", kind_bit(Kind::FocusArea), kind_bit(Kind::FocusArea), "",
       "its place in the list of focus areas", "a focus area needs 'number' (its place in the list, 1..n)"},
      {"field_says", "text", kind_bit(Kind::FocusArea), 0, "", "what surveys or research say (\"What the field says\")", ""},
      {"faq", "list of {q, a}", kind_bit(Kind::FocusArea), 0, "", "\"But what about...\" questions, answers in Markdown", ""},
  };
  return t;
}

const std::vector<KeySpec>& site_keys() {
  static const std::vector<KeySpec> t = {
      {"title", "text", kAnyKind, kAnyKind, "", "the site's name", "site.yaml needs a 'title'"},
      {"base_url", "an absolute http(s) URL", kAnyKind, kAnyKind, "", "the address the site is published at",
       "site.yaml needs a 'base_url' (the address the site is published at)"},
      {"publisher", "text", kAnyKind, kAnyKind, "", "the agency's name", "site.yaml needs a 'publisher' (the agency's name)"},
      {"language", "a BCP 47 tag", kAnyKind, 0, "en", "the language of every page and document", ""},
      {"description", "text", kAnyKind, 0, "", "the description of pages without a summary", ""},
      {"contact", "an email address or an http(s) URL", kAnyKind, 0, "", "whom to ask (on-request tools)", ""},
      {"nav", "list of {title, url}", kAnyKind, 0, "", "the menu", ""},
      {"footer", "Markdown", kAnyKind, 0, "", "the text at the foot of every page", ""},
      {"reading_grade_max", "whole number from 1 to 20", kAnyKind, 0, "", "check warns on pages above this reading grade", ""},
      {"edit_url", "an http(s) URL with {path}", kAnyKind, 0, "", "an \"Edit this page\" link", ""},
      {"page_pdfs", "true or false", kAnyKind, 0, "true", "a PDF of every page", ""},
  };
  return t;
}

const std::vector<KeySpec>& field_block_keys() {
  static const std::vector<KeySpec> t = {
      {"label", "text", kAnyKind, kAnyKind, "", "the field's printed label", "a field block needs a 'label'"},
      {"full_label", "text", kAnyKind, 0, "the label", "the name screen readers announce", ""},
      {"name", "a-z, 0-9 and _", kAnyKind, 0, "made from the label", "the field's stable name", ""},
      {"type", "text, multiline, date, checkbox, signature or choice", kAnyKind, 0, "multiline", "the kind of field", ""},
      {"lines", "whole number from 1 to 40", kAnyKind, 0, "4", "the height of a multi-line field", ""},
      {"help", "text", kAnyKind, 0, "", "the tooltip screen readers read out", ""},
      {"options", "list of text", kAnyKind, 0, "", "a choice's options (at least two)", ""},
  };
  return t;
}

std::vector<std::string> allowed_keys(Kind k) {
  std::vector<std::string> keys;
  for (const auto& s : front_matter_keys())
    if (allows(s, k)) keys.emplace_back(s.key);
  return keys;
}

std::vector<std::string> key_names(const std::vector<KeySpec>& table) {
  std::vector<std::string> keys;
  for (const auto& s : table) keys.emplace_back(s.key);
  return keys;
}

}  // namespace tk::model
