// The whole toolkit as one .docx: title page, table of contents, then each stage and its templates.
#include <map>

#include "core/text.h"
#include "render/docx/body.h"
#include "render/docx/docx_writer.h"
#include "render/docx/package_state.h"
#include "render/docx/ooxml.h"
#include "render/docx/package.h"
#include "render/docx/styles.h"

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
  explicit BundleWriter(const render::BundleInput& in)
      : site_(*in.site), outline_(in.outline.with_format("docx")), doc_(site_.config.base_url) {
    int n = 0;
    for (const model::OutlineEntry* e : outline_.firsts())
      anchors_[e->page->url()] = "_Tpl" + std::to_string(++n);  // links to a template stay in the document
    for (const model::OutlineSection& sec : outline_.sections)
      if (sec.stage) anchors_[sec.stage->url()] = "_Stage" + std::to_string(sec.number);
  }

  std::string body() {
    std::string sections;
    for (const model::OutlineSection& sec : outline_.sections) {
      if (sec.stage) stage_section(sec, sections);
      else sections += heading(1, "Other templates", true);
      for (const model::OutlineEntry& e : sec.entries) {
        if (e.first) template_section(e, sections);
        else see_above(e, sections);
      }
    }
    return title_page() + toc(toc_) + sections;
  }

  PackageState& doc() { return doc_; }

 private:
  std::string title_page() {
    std::string out = para(pstyle("Title") + "<w:spacing w:before=\"2880\"/>", run("", site_.config.title));
    if (!site_.config.description.empty()) out += para(pstyle("Subtitle"), run("", site_.config.description));
    out += para("", run("", site_.config.publisher));
    if (!outline_.updated.empty()) out += para("", run("", text::long_date(outline_.updated)));
    out += para("", run("", site_.config.base_url));
    return out + ooxml::page_break();
  }

  std::string heading(int level, const std::string& text, bool new_page, std::string bookmark = "") {
    if (bookmark.empty()) bookmark = "_Toc" + std::to_string(doc_.next_id());
    toc_.push_back({level, text, bookmark});
    return heading_para(doc_, level, run("", text), bookmark, new_page ? "<w:pageBreakBefore/>" : "");
  }

  // The stage's heading, introduction and key activities (its templates follow).
  void stage_section(const model::OutlineSection& sec, std::string& out) {
    const model::Page& stage = *sec.stage;
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
                        std::to_string(PackageState::kBulletNum) + "\"/></w:numPr>",
                    run("", a));
    }
  }

  // A template shown under an earlier stage: point to it.
  void see_above(const model::OutlineEntry& e, std::string& out) {
    const model::Page& p = *e.page;
    out += para("", run("", p.title + ": see ") + "<w:hyperlink w:anchor=\"" + ooxml::esc(anchors_[p.url()]) +
                        "\" w:history=\"1\">" + run(ooxml::rstyle("Hyperlink"), p.title + " under " + e.first_under->title) +
                        "</w:hyperlink>" + run("", "."));
  }

  void template_section(const model::OutlineEntry& e, std::string& out) {
    const model::Page& p = *e.page;
    out += heading(2, p.title, true, anchors_[p.url()]);
    if (!p.summary.empty()) out += para(pstyle("Subtitle"), run("", p.summary));
    BodyOptions opt;
    opt.heading_shift = 1;  // "## Parties" under the template's Heading 2
    opt.tag_prefix = e.name + ".";
    opt.anchors = &anchors_;
    write_body(doc_, p, opt, out);
  }

  const model::Site& site_;
  const model::Outline outline_;
  PackageState doc_;
  std::vector<TocEntry> toc_;
  std::map<std::string, std::string> anchors_;  ///< site path -> bookmark of a page in the document
};

}  // namespace

namespace {

std::string bundle_docx(const render::BundleInput& in) {
  const model::Site& site = *in.site;
  BundleWriter w(in);
  std::string body = w.body();
  PackageInfo info;
  info.title = site.config.title;
  info.description = site.config.description;
  info.creator = site.config.publisher;
  info.language = site.config.language;
  info.time = text::document_time(in.outline.updated, site.config.build_time);  // never the clock
  info.header = site.config.title;
  info.footer = site.config.publisher;
  info.footer_note = site.config.base_url;
  info.title_page = true;
  info.update_fields = true;
  return package(w.doc(), body, in.styles, info);
}

}  // namespace

void write_bundle(const render::Job& job, render::Output& out) { out.put(job.path, bundle_docx(*job.bundle)); }

std::string write_bundle(const model::Site& site, const std::string& theme_dir) {
  return bundle_docx(render::bundle_input(site, styles_for(theme_dir, site.config.language)));
}

}  // namespace tk::docx
