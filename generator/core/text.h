// Text helpers with no third-party dependency: escaping, slugs, UTF-8, names, dates, sizes.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace tk::text {

/// HTML-escapes & < > " '.
std::string html_escape(std::string_view s);
/// XML-escapes & < > " (for OOXML parts); drops characters XML 1.0 forbids.
std::string xml_escape(std::string_view s);
/// True when s is valid UTF-8; on failure sets *bad_offset to the first bad byte.
bool valid_utf8(std::string_view s, std::size_t* bad_offset = nullptr);
/// GitHub-style heading id: lower-case, spaces to '-', keep [a-z0-9_-] and non-ASCII letters, drop the rest.
std::string heading_id(std::string_view heading_text);
/// A field name from a label: lower-case, runs of chars outside [a-z0-9] to '_', trimmed of '_'.
std::string field_name(std::string_view label);
/// A URL slug: lower-case, runs of chars outside [a-z0-9] to '-', trimmed of '-'.
std::string slugify(std::string_view s);
/// True for [a-z0-9-]+.
bool is_slug(std::string_view s);
/// Trims ASCII white space (space, tab, CR, LF, FF, VT) at both ends.
std::string trim(std::string_view s);
/// s ends with suffix (".html").
inline bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}
/// "84 KB", "1.2 MB" (1 KB = 1024 bytes, rounded up to whole KB below 1 MB).
std::string human_size(std::uint64_t bytes);
/// Parses YYYY-MM-DD (a real calendar date); returns false otherwise.
bool parse_date(std::string_view s, int* y, int* m, int* d);
/// Seconds since the epoch at 00:00 UTC of a date.
std::int64_t date_to_epoch(int y, int m, int d);
/// "November 2, 2026" from "2026-11-02".
std::string long_date(std::string_view iso);
/// The document timestamp: the page's `updated` date, else `build_time` (model::SiteConfig::build_time).
std::int64_t document_time(std::string_view updated, std::int64_t build_time);
/// The seconds a SOURCE_DATE_EPOCH value gives (null or not a non-negative integer: 0). The CLI reads
/// the variable once; nothing else does.
std::int64_t source_date_epoch(const char* value);
/// A time as W3C-DTF / RFC 3339 in UTC: "2026-11-02T00:00:00Z" (docx core properties, the Atom feed).
std::string w3cdtf(std::int64_t epoch);
/// Percent-encodes bytes outside the URL-safe ASCII set (for PDF URIs).
std::string percent_encode_non_ascii(std::string_view url);
/// Standard base64 (RFC 4648, with padding).
std::string base64(std::string_view in);
/// The address of a site path ("/tools/x/#h") where the site is published: base_url ("https://x.org/kit/";
/// "" counts as "/", a missing final '/' is added) + the path without its '/'. Anything else (an outside
/// link, "//host/...", "#h") is returned as it is.
std::string site_url(std::string_view base_url, const std::string& path);

}  // namespace tk::text
