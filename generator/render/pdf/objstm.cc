// Object streams and a cross-reference stream for a saved PDF (see objstm.h).
#include "render/pdf/objstm.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <stdexcept>
#include <vector>

namespace tk::pdf {
namespace {

constexpr std::size_t kPerStream = 100;  // objects per object stream

[[noreturn]] void bad(const char* what) { throw std::runtime_error(std::string("PDF packing: ") + what); }

std::size_t skip_space(const std::string& s, std::size_t p) {
  while (p < s.size() && std::isspace(static_cast<unsigned char>(s[p]))) ++p;
  return p;
}

// Reads an unsigned number at p (after white space); advances p.
unsigned long number(const std::string& s, std::size_t* p) {
  *p = skip_space(s, *p);
  std::size_t start = *p;
  while (*p < s.size() && std::isdigit(static_cast<unsigned char>(s[*p]))) ++*p;
  if (start == *p) bad("number expected");
  return std::stoul(s.substr(start, *p - start));
}

// The value after /Key in a dictionary's text: "12 0 R" or "[ ... ]".
std::string value_of(const std::string& dict, const std::string& key) {
  std::size_t k = dict.find("/" + key);
  if (k == std::string::npos) return "";
  std::size_t v = skip_space(dict, k + key.size() + 1);
  if (dict[v] == '[') return dict.substr(v, dict.find(']', v) + 1 - v);
  std::size_t e = dict.find('R', v);
  return e == std::string::npos ? "" : dict.substr(v, e + 1 - v);
}

std::string trim(const std::string& s) {
  std::size_t b = skip_space(s, 0), e = s.size();
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return s.substr(b, e - b);
}

void put(std::string& row, unsigned long v, int bytes) {
  for (int i = bytes - 1; i >= 0; --i) row += char((v >> (8 * i)) & 0xFF);
}

}  // namespace

std::string pack_objects(const std::string& pdf, const Deflate& deflate) {
  std::size_t sx = pdf.rfind("startxref");
  if (sx == std::string::npos) bad("no startxref");
  std::size_t p = sx + 9;
  std::size_t xref_at = number(pdf, &p);
  if (pdf.compare(xref_at, 4, "xref") != 0) bad("no classic xref table");
  p = xref_at + 4;
  std::map<unsigned long, std::size_t> offsets;  // object number -> offset (in use)
  for (;;) {
    p = skip_space(pdf, p);
    if (pdf.compare(p, 7, "trailer") == 0) break;
    unsigned long first = number(pdf, &p), count = number(pdf, &p);
    for (unsigned long i = 0; i < count; ++i) {
      std::size_t off = number(pdf, &p);
      number(pdf, &p);  // generation
      p = skip_space(pdf, p);
      if (pdf[p] == 'n') offsets[first + i] = off;
      ++p;
    }
  }
  std::string trailer = pdf.substr(p, sx - p);
  std::size_t tp = trailer.find("/Size");
  if (tp == std::string::npos) bad("trailer without /Size");
  tp += 5;
  unsigned long size = number(trailer, &tp);
  std::string root = value_of(trailer, "Root"), info = value_of(trailer, "Info"), id = value_of(trailer, "ID");
  if (root.empty()) bad("trailer without /Root");

  std::vector<std::pair<std::size_t, unsigned long>> order;
  for (const auto& [num, off] : offsets) order.emplace_back(off, num);
  std::sort(order.begin(), order.end());
  if (order.empty()) bad("no objects");
  std::string out = pdf.substr(0, order.front().first);
  std::map<unsigned long, std::pair<int, std::pair<unsigned long, unsigned long>>> entries;  // num -> (type, f2, f3)
  std::vector<std::pair<unsigned long, std::string>> small;
  for (std::size_t i = 0; i < order.size(); ++i) {
    auto [off, num] = order[i];
    std::size_t end = i + 1 < order.size() ? order[i + 1].first : xref_at;
    std::string span = pdf.substr(off, end - off);
    std::size_t head = span.find("obj");
    std::size_t tail = span.rfind("endobj");
    if (head == std::string::npos || tail == std::string::npos || tail < head) bad("malformed object");
    std::string body = trim(span.substr(head + 3, tail - head - 3));
    if (body.size() >= 9 && body.compare(body.size() - 9, 9, "endstream") == 0) {
      entries[num] = {1, {out.size(), 0}};
      out += std::to_string(num) + " 0 obj\n" + body + "\nendobj\n";
    } else {
      small.emplace_back(num, body);
    }
  }
  unsigned long next = size;
  for (std::size_t start = 0; start < small.size(); start += kPerStream) {
    std::size_t end = std::min(small.size(), start + kPerStream);
    unsigned long stm = next++;
    std::string index, data;
    for (std::size_t k = start; k < end; ++k) {
      index += std::to_string(small[k].first) + " " + std::to_string(data.size()) + " ";
      data += small[k].second + "\n";
      entries[small[k].first] = {2, {stm, k - start}};
    }
    std::string z = deflate(index + "\n" + data);
    entries[stm] = {1, {out.size(), 0}};
    out += std::to_string(stm) + " 0 obj\n<< /Type /ObjStm /N " + std::to_string(end - start) + " /First " +
           std::to_string(index.size() + 1) + " /Filter /FlateDecode /Length " + std::to_string(z.size()) +
           " >>\nstream\n" + z + "\nendstream\nendobj\n";
  }
  unsigned long xref = next++;
  entries[xref] = {1, {out.size(), 0}};
  std::string rows;
  for (unsigned long n = 0; n < next; ++n) {
    auto it = entries.find(n);
    if (it == entries.end()) {
      put(rows, 0, 1), put(rows, 0, 4), put(rows, n == 0 ? 65535 : 0, 2);
    } else {
      put(rows, unsigned(it->second.first), 1), put(rows, it->second.second.first, 4), put(rows, it->second.second.second, 2);
    }
  }
  std::string z = deflate(rows);
  std::size_t xref_offset = out.size();
  out += std::to_string(xref) + " 0 obj\n<< /Type /XRef /Size " + std::to_string(next) + " /W [1 4 2] /Root " + root +
         (info.empty() ? "" : " /Info " + info) + (id.empty() ? "" : " /ID " + id) +
         " /Filter /FlateDecode /Length " + std::to_string(z.size()) + " >>\nstream\n" + z + "\nendstream\nendobj\n";
  out += "startxref\n" + std::to_string(xref_offset) + "\n%%EOF\n";
  return out;
}

}  // namespace tk::pdf
