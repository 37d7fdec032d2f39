// The .docx package: every part around the body (content types, relationships, properties, settings,
// header and footer, section properties), zipped in a fixed order with fixed timestamps.
#pragma once
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "render/docx/package_state.h"

namespace tk::docx {

/// What the package parts say about the document.
struct PackageInfo {
  std::string title;        ///< dc:title
  std::string description;  ///< dc:description (the page summary)
  std::string creator;      ///< dc:creator and Company (the publisher)
  std::string language;     ///< dc:language and w:themeFontLang
  std::int64_t time = 0;    ///< dcterms:created/modified and the zip timestamps (epoch, UTC)
  std::string header;       ///< text at the top of every page
  std::string footer;       ///< left of the page number at the bottom of every page
  std::string footer_note;  ///< second footer line (the web address)
  bool title_page = false;  ///< the first page has no header or footer
  bool update_fields = false;  ///< ask Word to update fields (the table of contents) on open
};

/// Every part of the .docx, in archive order: (path, bytes). `body` is the inner XML of w:body
/// without its w:sectPr; `styles` is word/styles.xml.
std::vector<std::pair<std::string, std::string>> package_parts(const PackageState& doc, const std::string& body,
                                                               const std::string& styles,
                                                               const PackageInfo& info);

/// The .docx bytes: package_parts zipped deterministically.
std::string package(const PackageState& doc, const std::string& body, const std::string& styles,
                    const PackageInfo& info);

}  // namespace tk::docx
