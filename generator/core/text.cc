// Text helpers: escaping, UTF-8 validation, slugs and ids, sizes and dates.
#include "core/text.h"

#include <cstdio>
#include <cstdlib>
#include <ctime>

namespace tk::text {

std::string html_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 16);
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string xml_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 16);
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    if (u < 0x20 && c != '\t' && c != '\n' && c != '\r') continue;
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

bool valid_utf8(std::string_view s, std::size_t* bad_offset) {
  std::size_t i = 0, n = s.size();
  while (i < n) {
    auto c = static_cast<unsigned char>(s[i]);
    std::size_t len;
    std::uint32_t cp;
    if (c < 0x80) { ++i; continue; }
    if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1F; }
    else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0F; }
    else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07; }
    else { if (bad_offset) *bad_offset = i; return false; }
    if (i + len > n) { if (bad_offset) *bad_offset = i; return false; }
    for (std::size_t k = 1; k < len; ++k) {
      auto cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) { if (bad_offset) *bad_offset = i; return false; }
      cp = (cp << 6) | (cc & 0x3F);
    }
    bool overlong = (len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
    if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      if (bad_offset) *bad_offset = i;
      return false;
    }
    i += len;
  }
  return true;
}

static bool ascii_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }
static char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::string heading_id(std::string_view s) {
  std::string out;
  for (char c0 : s) {
    char c = lower(c0);
    if (ascii_alnum(c) || c == '-' || c == '_') out += c;
    else if (c == ' ') out += '-';
    else if (static_cast<unsigned char>(c) >= 0x80) out += c;  // keep non-ASCII letters as GitHub does
  }
  return out;
}

static std::string collapse(std::string_view s, char sep) {
  std::string out;
  bool pending = false;
  for (char c0 : s) {
    char c = lower(c0);
    if (ascii_alnum(c)) {
      if (pending && !out.empty()) out += sep;
      pending = false;
      out += c;
    } else {
      pending = true;
    }
  }
  return out;
}

std::string field_name(std::string_view label) { return collapse(label, '_'); }
std::string slugify(std::string_view s) { return collapse(s, '-'); }

bool is_slug(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!ascii_alnum(c) && c != '-') return false;
  return true;
}

static bool ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

std::string trim(std::string_view s) {
  std::size_t b = 0, e = s.size();
  while (b < e && ascii_space(s[b])) ++b;
  while (e > b && ascii_space(s[e - 1])) --e;
  return std::string(s.substr(b, e - b));
}

std::string human_size(std::uint64_t bytes) {
  char buf[32];
  if (bytes < 1024 * 1024) {
    std::snprintf(buf, sizeof buf, "%llu KB", static_cast<unsigned long long>((bytes + 1023) / 1024));
  } else {
    std::snprintf(buf, sizeof buf, "%.1f MB", static_cast<double>(bytes) / (1024.0 * 1024.0));
  }
  return buf;
}

bool parse_date(std::string_view s, int* y, int* m, int* d) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[static_cast<std::size_t>(i)] < '0' || s[static_cast<std::size_t>(i)] > '9') return false;
  int yy = std::atoi(std::string(s.substr(0, 4)).c_str());
  int mm = std::atoi(std::string(s.substr(5, 2)).c_str());
  int dd = std::atoi(std::string(s.substr(8, 2)).c_str());
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (mm < 1 || mm > 12 || dd < 1) return false;
  bool leap = (yy % 4 == 0 && yy % 100 != 0) || yy % 400 == 0;
  int maxd = days[mm - 1] + (mm == 2 && leap ? 1 : 0);
  if (dd > maxd) return false;
  *y = yy; *m = mm; *d = dd;
  return true;
}

std::int64_t date_to_epoch(int y, int m, int d) {
  // Howard Hinnant's days_from_civil.
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = static_cast<unsigned>((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1);
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return (era * 146097 + static_cast<std::int64_t>(doe) - 719468) * 86400;
}

std::string long_date(std::string_view iso) {
  static const char* months[] = {"January", "February", "March", "April", "May", "June", "July",
                                 "August", "September", "October", "November", "December"};
  int y, m, d;
  if (!parse_date(iso, &y, &m, &d)) return std::string(iso);
  return std::string(months[m - 1]) + " " + std::to_string(d) + ", " + std::to_string(y);
}

std::int64_t document_time(std::string_view updated, std::int64_t build_time) {
  int y, m, d;
  if (parse_date(updated, &y, &m, &d)) return date_to_epoch(y, m, d);
  return build_time;
}

std::int64_t source_date_epoch(const char* value) {
  if (!value) return 0;
  char* end = nullptr;
  long long v = std::strtoll(value, &end, 10);
  return end && *end == '\0' && v >= 0 ? v : 0;
}

std::string w3cdtf(std::int64_t epoch) {
  std::time_t t = static_cast<std::time_t>(epoch);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

std::string percent_encode_non_ascii(std::string_view url) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (char c : url) {
    auto u = static_cast<unsigned char>(c);
    if (u >= 0x80 || u <= 0x20 || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' || c == '`' ||
        c == '{' || c == '|' || c == '}' || c == '(' || c == ')') {
      out += '%';
      out += hex[u >> 4];
      out += hex[u & 15];
    } else {
      out += c;
    }
  }
  return out;
}

// Standard base64 (RFC 4648, with padding). Twenty lines of our own instead of a dependency: the
// libraries at hand (OpenSSL's EVP_EncodeBlock through cpp-httplib) are not ours to link for this.
std::string base64(std::string_view in) {
  static const char* k = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((in.size() + 2) / 3 * 4);
  std::size_t i = 0;
  for (; i + 2 < in.size(); i += 3) {
    unsigned v = static_cast<unsigned char>(in[i]) << 16 | static_cast<unsigned char>(in[i + 1]) << 8 |
                 static_cast<unsigned char>(in[i + 2]);
    out += k[v >> 18];
    out += k[(v >> 12) & 63];
    out += k[(v >> 6) & 63];
    out += k[v & 63];
  }
  if (i < in.size()) {
    unsigned v = static_cast<unsigned char>(in[i]) << 16;
    if (i + 1 < in.size()) v |= static_cast<unsigned char>(in[i + 1]) << 8;
    out += k[v >> 18];
    out += k[(v >> 12) & 63];
    out += i + 1 < in.size() ? k[(v >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

std::string site_url(std::string_view base_url, const std::string& path) {
  if (path.empty() || path[0] != '/' || (path.size() > 1 && path[1] == '/')) return path;
  std::string base(base_url.empty() ? std::string_view("/") : base_url);
  if (base.back() != '/') base += '/';
  return base + path.substr(1);
}

}  // namespace tk::text
