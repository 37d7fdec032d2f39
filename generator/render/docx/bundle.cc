// The whole toolkit as one .docx: title page, table of contents, then each stage and its templates.
#include <algorithm>
#include <map>
#include <set>

#include "core/text.h"
#include "render/docx/body.h"
#include "render/docx/docx_writer.h"
#include "render/docx/document.h"
#include "render/docx/ooxml.h"
#include "render/docx/package.h"

namespace tk::docx {

namespace {

using ooxml::para;
using ooxml::pstyle;
using ooxml::run;

/// The table of contents: a TOC field that Word fills in with page numbers when the document opens
/// (settings ask it to update fields). Until then its result lists every entry as a link.
std::string toc(const std::vector<TocEntry>& entries) {
  std::string out = para(pstyle("TOCHeading"), run("", "Contents"));
  const std::string begin =
      "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\">"
      " TOC \\o \"1-2\" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>";
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const TocEntry& e = entries[i];
    std::string content = i == 0 ? begin : "";
    content += "<w:hyperlink w:anchor=\"" + ooxml::esc(e.bookmark) + "\" w:history=\"1\">";
    content += run(ooxml::rstyle("Hyperlink"), e.text) + "</w:hyperlink>";
    out += para(pstyle(e.level <= 1 ? "TOC1" : "TOC2"), content);
  }
  if (entries.empty()) out += para("", begin);
  out += para("", "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>");
  return out;
}

class BundleWriter {
 public:
  explicit BundleWriter(const model::Site& site) : site_(site), doc_(site.config.base_url) {
    // Field tags are "<slug>.<name>"; a slug shared by a tool and a job gets its kind in front.
    std::map<std::string, int> uses;
    for (const model::Page* p : templates()) ++uses[p->slug];
    int n = 0;
    for (const model::Page* p : templates()) {
      prefix_[p] = (uses[p->slug] > 1 ? std::string(model::kind_name(p->kind)) + "-" : "") + p->slug + ".";
      anchors_[p->url()] = "_Tpl" + std::to_string(++n);  // links to a template stay in the document
    }
    n = 0;
    for (const model::Page* p : site_.of_kind(model::Kind::Stage)) anchors_[p->url()] = "_Stage" + std::to_string(++n);
  }

  std::string body() {
    std::string sections;
    for (const model::Page* stage : site_.of_kind(model::Kind::Stage)) stage_section(*stage, sections);
    std::vector<const model::Page*> rest;
    for (const model::Page* p : templates())
      if (!placed_.count(p)) rest.push_back(p);
    if (!rest.empty()) {
      sections += heading(1, "Other templates", true);
      for (const model::Page* p : rest) template_section(*p, sections);
    }
    return title_page() + toc(toc_) + sections;
  }

  Document& doc() { return doc_; }

  // The newest `updated` of the site (as the PDF bundle does), else the build time: never the clock.
  std::int64_t time() const {
    std::string latest;
    for (const auto& p : site_.pages) latest = std::max(latest, p.updated);
    return text::document_time(latest, site_.config.build_time);
  }

 private:
  std::vector<const model::Page*> templates() const {
    std::vector<const model::Page*> out;
    for (const model::Page* p : site_.templates())
      if (p->has_format("docx")) out.push_back(p);
    return out;
  }

  std::string title_page() {
    std::string out = para(pstyle("Title") + "<w:spacing w:before=\"2880\"/>", run("", site_.config.title));
    if (!site_.config.description.empty()) out += para(pstyle("Subtitle"), run("", site_.config.description));
    out += para("", run("", site_.config.publisher));
    std::string date;
    for (const auto& p : site_.pages) date = std::max(date, p.updated);
    if (!date.empty()) out += para("", run("", text::long_date(date)));
    out += para("", run("", site_.config.base_url));
    return out + ooxml::page_break();
  }

  std::string heading(int level, const std::string& text, bool new_page, std::string bookmark = "") {
    if (bookmark.empty()) bookmark = "_Toc" + std::to_string(doc_.next_id());
    toc_.push_back({level, text, bookmark});
    return heading_para(doc_, level, run("", text), bookmark, new_page ? "<w:pageBreakBefore/>" : "");
  }

  void stage_section(const model::Page& stage, std::string& out) {
    out += heading(1, stage.title, true, anchors_[stage.url()]);
    if (!stage.summary.empty()) out += para(pstyle("Subtitle"), run("", stage.summary));
    BodyOptions opt;
    opt.heading_shift = 0;  // the stage's "## ..." sit beside its tools, at Heading 2
    opt.tag_prefix = stage.slug + ".";
    opt.toc = &toc_;
    opt.anchors = &anchors_;
    write_body(doc_, stage, opt, out);
    if (!stage.activities.empty()) {
      out += heading(2, "Key activities", false);
      for (const auto& a : stage.activities)
        out += para(pstyle("ListBullet") + "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"" +
                        std::to_string(Document::kBulletNum) + "\"/></w:numPr>",
                    run("", a));
    }
    for (const model::Page* p : site_.stage_items(stage.slug)) {
      if (!p->has_format("docx")) continue;
      if (placed_.count(p)) {
        // A template already placed under an earlier stage: point to it.
        out += para("", run("", p->title + ": see ") + "<w:hyperlink w:anchor=\"" + ooxml::esc(placed_[p].second) +
                            "\" w:history=\"1\">" + run(ooxml::rstyle("Hyperlink"), p->title + " under " +
                                                        placed_[p].first) + "</w:hyperlink>" + run("", "."));
        continue;
      }
      placed_[p].first = stage.title;
      template_section(*p, out);
    }
  }

  void template_section(const model::Page& p, std::string& out) {
    out += heading(2, p.title, true, anchors_[p.url()]);
    placed_[&p].second = toc_.back().bookmark;
    if (!p.summary.empty()) out += para(pstyle("Subtitle"), run("", p.summary));
    BodyOptions opt;
    opt.heading_shift = 1;  // "## Parties" under the template's Heading 2
    opt.tag_prefix = prefix_.count(&p) ? prefix_[&p] : p.slug + ".";
    opt.anchors = &anchors_;
    write_body(doc_, p, opt, out);
  }

  const model::Site& site_;
  Document doc_;
  std::vector<TocEntry> toc_;
  std::map<const model::Page*, std::pair<std::string, std::string>> placed_;  ///< stage title, bookmark
  std::map<const model::Page*, std::string> prefix_;
  std::map<std::string, std::string> anchors_;  ///< site path -> bookmark of a page in the document
};

}  // namespace

std::string write_bundle(const model::Site& site, const std::string& styles) {
  BundleWriter w(site);
  std::string body = w.body();
  PackageInfo info;
  info.title = site.config.title;
  info.description = site.config.description;
  info.creator = site.config.publisher;
  info.language = site.config.language;
  info.time = w.time();
  info.header = site.config.title;
  info.footer = site.config.publisher;
  info.footer_note = site.config.base_url;
  info.title_page = true;
  info.update_fields = true;
  return package(w.doc(), body, styles, info);
}

}  // namespace tk::docx
