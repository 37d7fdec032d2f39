// The whole-toolkit outline: which section (a stage, or "other") holds each fill-in template, where a
// template listed under a second stage is only pointed to, the name each template goes by in the
// bundles, and the bundles' "Updated" date. Built once from a Site; the PDF and .docx bundles, the .zip
// and /downloads/ all read it, so they agree on every one of these facts.
#pragma once
#include <string>
#include <vector>

#include "model/site.h"

namespace tk::model {

/// One template as a section lists it.
struct OutlineEntry {
  const Page* page = nullptr;
  /// Listed here first: the section shows the template whole. false: it was listed under an earlier
  /// stage (`first_under`), and this section only points to it ("see above").
  bool first = true;
  const Page* first_under = nullptr;  ///< the stage it is shown under (nullptr: the "other" section)
  /// The template's name in the bundles: its slug, or `<kind>-<slug>` when a tool and a job with
  /// downloads share the slug. The PDF bundle's fields are `<name>.<field>`, so are the .docx bundle's
  /// content-control tags; the .zip's files are `<name>.<ext>`.
  std::string name;
};

/// A stage and the templates it lists (Site::stage_items order), or the templates on no stage.
struct OutlineSection {
  const Page* stage = nullptr;  ///< nullptr: "Other templates" (the templates no stage lists)
  int number = 0;               ///< the stage's position, 1 for the first (0 for "other")
  std::vector<OutlineEntry> entries;
  /// Its heading: the stage's title, or "Other templates".
  std::string title() const { return stage ? stage->title : std::string("Other templates"); }
};

struct Outline {
  /// Every stage in order (one without templates too), then "other" when some template is on no stage.
  std::vector<OutlineSection> sections;
  /// The bundles' date: the newest `updated` (YYYY-MM-DD) of the pages the bundles print, that is every
  /// stage and every template of the outline whatever its formats ("" when none has one). Other pages
  /// (home, spotlights, ...) do not date it: the bundles do not print them.
  std::string updated;

  /// The same outline with only the templates that have downloads of `format` ("pdf", "docx"): the
  /// stages stay (empty ones too), "other" only when it keeps a template. Names and date are unchanged.
  Outline with_format(const std::string& format) const;
  /// Every template once, where it is listed first, in outline order (= Site::forms()).
  std::vector<const OutlineEntry*> firsts() const;
  /// The entry where `page` is listed first, or nullptr when it is not a template of the outline.
  const OutlineEntry* first(const Page& page) const;
  /// The same outline over `to`, a copy of `from` (the site it was made from) with the same pages in
  /// the same order (pipeline's copy for the bundles): each page pointer moves to the page at the same
  /// position. Throws std::logic_error when `to` does not have `from`'s pages.
  Outline over(const Site& from, const Site& to) const;
};

/// The outline of every template (a tool or job with downloads) of the site. Computed once per run, by
/// pipeline::units, and shared by every unit that reads it (the downloads page, its PDF, the bundles).
Outline outline(const Site& site);

}  // namespace tk::model
