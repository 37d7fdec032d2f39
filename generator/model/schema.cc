// The key tables. Order matters: it is the order of "did you mean" candidates and of missing-key errors.
// Each row: key, type (as the README says it), kinds allowed, kinds required, default, meaning, the error when
// missing; then how it is read and into which field (a Read::Custom key's function is in its loader).
#include "model/schema.h"

namespace tk::model {
namespace {

constexpr Kinds kTemplates = kind_bit(Kind::Tool) | kind_bit(Kind::Job);
constexpr int kMaxWeight = 1000000;  // 'weight' orders lists: -1000000 to 1000000

}  // namespace

const std::vector<KeySpec<Page>>& front_matter_keys() {
  static const std::vector<KeySpec<Page>> t = {
      {"title", "text", kAnyKind, kAnyKind, "", "the page's title (its only top heading)", "missing required key 'title'",
       Read::Text, &Page::title},
      {"summary", "text", kAnyKind, 0, "", "one or two sentences for lists, search results and the page's description", "",
       Read::Text, &Page::summary},
      {"slug", "a-z, 0-9 and -", kAnyKind, 0, "the file name without its number and .md", "the last part of the page's address", "",
       Read::Custom, {}},
      {"weight", "whole number from -1000000 to 1000000", kAnyKind, 0, "0", "the order in its lists (ascending)", "",
       Read::Whole, &Page::weight, -kMaxWeight, kMaxWeight},
      {"draft", "true or false", kAnyKind, 0, "false", "left out of the site unless --drafts", "", Read::Bool, &Page::draft},
      {"updated", "date YYYY-MM-DD", kAnyKind, 0, "", "the \"Last updated\" date", "", Read::Date, &Page::updated},
      {"image", "a picture in content/assets/", kAnyKind, 0, "", "a picture shown with the page", "", Read::Text, &Page::image},
      {"image_alt", "text", kAnyKind, 0, "", "the picture's description (required with image)", "", Read::Text, &Page::image_alt},
      {"activities", "list of text", kind_bit(Kind::Stage), kind_bit(Kind::Stage), "", "the stage's key activities",
       "a stage needs 'activities': the list of its key activities", Read::TextList, &Page::activities},
      {"stages", "list of stage slugs", kTemplates, 0, "[]", "the stages that list it", "", Read::TextList, &Page::stages},
      {"formats", "list of pdf, docx", kTemplates, 0, "[pdf, docx] with a body, else []", "the downloads to make", "",
       Read::WordList, &Page::formats, 0, 0, "pdf docx"},
      {"link", "an http(s) URL or a site path", kTemplates | kind_bit(Kind::Spotlight), 0, "",
       "a tool: the page it is (no body, no downloads); a spotlight: the original source", "", Read::Text, &Page::link},
      {"availability", "on-request", kTemplates, 0, "", "sent on request, from 'contact' (no downloads)", "", Read::Custom, {}},
      {"contact", "an email address or an http(s) URL", kTemplates, 0, "site.yaml's contact", "whom to ask for an on-request tool", "",
       Read::Text, &Page::contact},
      {"focus_areas", "list of focus-area slugs", kTemplates | kind_bit(Kind::Spotlight), 0, "[]", "the focus areas it belongs to", "",
       Read::TextList, &Page::focus_areas},
      {"audience", "list of district, program, state", kTemplates, 0, "[]", "who fills it in", "",
       Read::WordList, &Page::audience, 0, 0, "district program state"},
      {"partners", "list of {name, type}", kind_bit(Kind::Spotlight), 0, "", "the partners (type district, program, state or nonprofit)", "",
       Read::Custom, {}},
      {"location", "text", kind_bit(Kind::Spotlight), 0, "", "a state or city", "", Read::Text, &Page::location},
      // Its range (1..n) is checked with the whole site (model/validate.cc).
      {"number", "whole number from 1 to the number of focus areas", kind_bit(Kind::FocusArea), kind_bit(Kind::FocusArea), "",
       "its place in the list of focus areas", "a focus area needs 'number' (its place in the list, 1..n)", Read::Whole, &Page::number},
      {"field_says", "text", kind_bit(Kind::FocusArea), 0, "", "what surveys or research say (\"What the field says\")", "",
       Read::Text, &Page::field_says},
      {"faq", "list of {q, a}", kind_bit(Kind::FocusArea), 0, "", "\"But what about...\" questions, answers in Markdown", "",
       Read::Custom, {}},
  };
  return t;
}

const std::vector<KeySpec<SiteConfig>>& site_keys() {
  static const std::vector<KeySpec<SiteConfig>> t = {
      {"title", "text", kAnyKind, kAnyKind, "", "the site's name", "site.yaml needs a 'title'", Read::Text, &SiteConfig::title},
      {"base_url", "an absolute http(s) URL", kAnyKind, kAnyKind, "", "the address the site is published at",
       "site.yaml needs a 'base_url' (the address the site is published at)", Read::Custom, &SiteConfig::base_url},
      {"publisher", "text", kAnyKind, kAnyKind, "", "the agency's name", "site.yaml needs a 'publisher' (the agency's name)",
       Read::Text, &SiteConfig::publisher},
      {"language", "a BCP 47 tag", kAnyKind, 0, "en", "the language of every page and document", "", Read::Custom, {}},
      {"description", "text", kAnyKind, 0, "", "the description of pages without a summary", "", Read::Text, &SiteConfig::description},
      {"contact", "an email address or an http(s) URL", kAnyKind, 0, "", "whom to ask (on-request tools)", "",
       Read::Text, &SiteConfig::contact},
      {"nav", "list of {title, url}", kAnyKind, 0, "", "the menu", "", Read::Custom, {}},
      {"footer", "Markdown", kAnyKind, 0, "", "the text at the foot of every page", "", Read::Custom, {}},
      {"reading_grade_max", "whole number from 1 to 20", kAnyKind, 0, "", "check warns on pages above this reading grade", "",
       Read::Custom, {}},
      {"edit_url", "an http(s) URL with {path}", kAnyKind, 0, "", "an \"Edit this page\" link", "", Read::Custom, {}},
      {"page_pdfs", "true or false", kAnyKind, 0, "true", "a PDF of every page", "", Read::Bool, &SiteConfig::page_pdfs},
  };
  return t;
}

const std::vector<KeySpec<Field>>& field_block_keys() {
  static const std::vector<KeySpec<Field>> t = {
      {"label", "text", kAnyKind, kAnyKind, "", "the field's printed label", "a field block needs a 'label'", Read::Text, &Field::label},
      {"full_label", "text", kAnyKind, 0, "the label", "the name screen readers announce", "", Read::Text, &Field::full_label},
      {"name", "a-z, 0-9 and _", kAnyKind, 0, "made from the label", "the field's stable name", "", Read::Custom, {}},
      {"type", "text, multiline, date, checkbox, signature or choice", kAnyKind, 0, "multiline", "the kind of field", "",
       Read::Custom, {}},
      {"lines", "whole number from 1 to 40", kAnyKind, 0, "4", "the height of a multi-line field", "", Read::Whole, &Field::lines, 1, 40},
      {"help", "text", kAnyKind, 0, "", "the tooltip screen readers read out", "", Read::Text, &Field::help},
      {"options", "list of text", kAnyKind, 0, "", "a choice's options (at least two)", "", Read::Custom, {}},
  };
  return t;
}

std::vector<std::string> allowed_keys(Kind k) {
  std::vector<std::string> keys;
  for (const auto& s : front_matter_keys())
    if (allows(s, k)) keys.emplace_back(s.key);
  return keys;
}

std::vector<std::string> split_words(const char* words) {
  std::vector<std::string> out;
  for (const char* p = words; *p;) {
    const char* e = p;
    while (*e && *e != ' ') ++e;
    out.emplace_back(p, e);
    p = *e ? e + 1 : e;
  }
  return out;
}

}  // namespace tk::model
