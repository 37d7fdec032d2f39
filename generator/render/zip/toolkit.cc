// write_toolkit: the .zip bundle, from the outline.
#include "render/zip/toolkit.h"

#include "render/zip/archive.h"

namespace tk::zip {

void write_toolkit(const render::Job& job, render::Output& out) {
  const render::BundleInput& in = *job.bundle;
  const model::SiteConfig& c = in.site->config;
  std::vector<Entry> entries;
  std::string readme = c.title + "\r\n" + c.publisher + "\r\n\r\n" +
                       "Every blank template of the toolkit, one folder per stage.\r\n"
                       "PDF files have fill-in fields (Adobe Acrobat Reader, Preview, a web browser).\r\n"
                       "Word files (.docx) have content controls (Microsoft Word, LibreOffice).\r\n"
                       "A template that belongs to two stages is in the folder of the first.\r\n\r\n"
                       "Online: " + c.base_url + "\r\n";
  entries.emplace_back("README.txt", readme);
  for (const model::OutlineSection& sec : in.outline.sections) {
    std::string folder = sec.stage ? (sec.number < 10 ? "0" : "") + std::to_string(sec.number) + "-" + sec.stage->slug + "/" : "other/";
    for (const model::OutlineEntry& e : sec.entries)
      if (e.first)
        for (const auto& f : e.page->formats) entries.emplace_back(folder + e.name + render::format_of(f).extension,
                               in.document(e.page->download_url(f).substr(1)));
  }
  out.put(job.path, write(entries, 0));
}

}  // namespace tk::zip
