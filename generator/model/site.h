// The typed, validated model of a toolkit site: plain data, no YAML, cmark or I/O.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "doc/ast.h"

namespace tk::model {

enum class Kind { Home, Stage, Tool, Job, Spotlight, FocusArea, Page };

/// "stage", "tool", ... (as used in URLs' folder names: "stages", "tools", ...).
const char* kind_name(Kind k);
const char* kind_folder(Kind k);   ///< "stages", "tools", "jobs", "spotlights", "focus-areas", "pages", ""
const char* kind_label(Kind k);    ///< "Stage", "Tool", "Sample job description", "Spotlight", "Focus area", "Page"

enum class FieldType { Text, Multiline, Date, Checkbox, Signature, Choice };
const char* field_type_name(FieldType t);  ///< "text", "multiline", "date", "checkbox", "signature", "choice"

/// One fill-in field. The same name and label in the HTML form, the PDF and the .docx.
struct Field {
  std::string name;    ///< unique within the page: [a-z0-9_]+
  std::string label;   ///< accessible label (never empty)
  std::string help;    ///< tooltip / extra description (may be empty)
  FieldType type = FieldType::Text;
  int width = 0;       ///< inline text fields: number of underscores in the blank
  int lines = 1;       ///< multi-line fields: height in lines (default 4)
  bool in_table = false;  ///< the field sits in a table cell
  bool checked = false;   ///< checkbox default ("- [x]")
  std::vector<std::string> options;  ///< choice: the option labels, in order (at least two, all different)
  int line = 0;        ///< source line
  std::string full_label;  ///< field blocks: the accessible name when the printed label leans on its section ("" = label)
};

/// The name a screen reader announces and the PDF /TU and .docx alias carry: full_label, else label.
inline const std::string& accessible_label(const Field& f) { return f.full_label.empty() ? f.label : f.full_label; }

struct Partner {
  std::string name;
  std::string type;    ///< district, program, state, nonprofit
};

struct Faq {
  std::string q;
  doc::Node a;         ///< Markdown answer, parsed
};

struct NavItem {
  std::string title;
  std::string url;     ///< site path ("/spotlights/") or external URL
  int line = 0;        ///< site.yaml line of the url (0 = unknown)
};

struct SiteConfig {
  std::string title;
  std::string publisher;
  std::string base_url;     ///< always ends with '/'
  std::string language = "en";
  std::string description;
  std::string contact;      ///< email or URL
  std::vector<NavItem> nav;
  doc::Node footer;         ///< Markdown
  int reading_grade_max = 0;  ///< check warns on a page above this Flesch-Kincaid grade (0: no check)
  std::string edit_url;     ///< "Edit this page" pattern with {path} (the file relative to the content root), or empty
  bool page_pdfs = true;    ///< every page gets a PDF of itself ("PDF of this page"); site.yaml `page_pdfs: false` turns them off
  std::string source_path;  ///< "site.yaml" relative to the content root
  bool chars_reported = false;  ///< the loader already reported characters documents cannot carry
  std::map<std::string, int> key_lines;  ///< site.yaml key -> file line (for diagnostics)
  /// Not from site.yaml: the documents' and feed's date where no page gives one (seconds since the epoch):
  /// SOURCE_DATE_EPOCH as the CLI read it, else 0 (load::LoadOptions::build_time); never the clock.
  std::int64_t build_time = 0;
};

/// One content file: every kind shares the common keys; kind-specific keys are empty elsewhere.
struct Page {
  Kind kind = Kind::Page;
  std::string slug;
  std::string source_path;  ///< as the editor knows it, relative to the content root ("tools/x.md")
  std::string title;
  std::string summary;
  int weight = 0;
  bool draft = false;
  std::string updated;      ///< YYYY-MM-DD or empty

  doc::Node body;           ///< the Markdown body
  std::vector<Field> fields;///< fill-in fields in reading order (tools and jobs)

  // stage
  std::vector<std::string> activities;
  // tool, job
  std::vector<std::string> stages;       ///< stage slugs
  std::vector<std::string> formats;      ///< "pdf", "docx" (resolved: empty when no downloads)
  std::string link;                      ///< outside URL or site path; no body, no downloads
  bool on_request = false;
  std::string contact;
  std::vector<std::string> audience;
  // tool, job, spotlight
  std::vector<std::string> focus_areas;  ///< focus-area slugs
  // spotlight
  std::vector<Partner> partners;
  std::string location;
  // any
  std::string image;                     ///< path inside the content root ("assets/img/x.png")
  std::string image_alt;
  // focus area
  int number = 0;
  std::string field_says;
  std::vector<Faq> faq;

  bool chars_reported = false;           ///< the loader already reported characters documents cannot carry
  std::map<std::string, int> key_lines;  ///< front matter key -> file line (for diagnostics)
  /// File line of a front matter key, or 0.
  int line_of(const std::string& key) const {
    auto it = key_lines.find(key);
    return it == key_lines.end() ? 0 : it->second;
  }

  /// Site-root permalink: "/", "/tools/<slug>/", "/<slug>/" for pages.
  std::string url() const;
  /// The page is a fill-in template with downloads of this format ("pdf" or "docx").
  bool has_format(const std::string& f) const;
  /// Site path of a download: "/tools/<slug>/<slug>.pdf".
  std::string download_url(const std::string& format) const;
  /// Site path of the page's own PDF ("PDF of this page"): a template's PDF download when it has one,
  /// else "<url><slug>.pdf" ("/stages/initiation/initiation.pdf"; the home page's is "/index.pdf").
  std::string page_pdf_url() const;
  bool is_external_link() const;  ///< link starts with http(s)
  /// Who fills it in, as the page and its PDF say it: "school districts, preparation programs" ("" = none).
  std::string audience_text() const;
};

/// The whole site. Pages are in a stable order: by kind, then weight, then title.
struct Site {
  SiteConfig config;
  std::vector<Page> pages;
  std::vector<std::string> assets;  ///< files under content/assets/, relative to the content root, sorted
  std::string content_dir;          ///< the content folder it was loaded from (the PDFs read their images there)

  const Page* home() const;
  const Page* find(Kind k, const std::string& slug) const;
  std::vector<const Page*> of_kind(Kind k) const;          ///< in weight/title order
  /// Tools and jobs listed on a stage, in weight/title order (tools first, then jobs).
  std::vector<const Page*> stage_items(const std::string& stage_slug) const;
  /// Spotlights tagged with a focus area, alphabetical.
  std::vector<const Page*> spotlights_for(const std::string& focus_slug) const;
  /// The forms: every tool and job with downloads (pdf and/or docx; "fill-in templates" to editors), in
  /// stage order, each once.
  std::vector<const Page*> forms() const;
  /// "/downloads/<title-slug>" without extension: the whole-toolkit bundles' path stem.
  std::string bundle_stem() const;

  /// Builds the lookup index behind find() and of_kind(); call after `pages` stops changing size
  /// (the loader does). Without a current index the lookups scan every page.
  void reindex();

 private:
  bool indexed() const { return indexed_size_ == pages.size() && indexed_data_ == pages.data() && !pages.empty(); }
  std::map<std::pair<int, std::string>, std::size_t> by_slug_;
  std::vector<std::vector<std::size_t>> by_kind_;
  std::size_t indexed_size_ = 0;
  const Page* indexed_data_ = nullptr;
};

}  // namespace tk::model
