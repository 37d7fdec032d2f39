// Helpers of the PDF tests: a small site to draw, a page's body laid out, and a document read back by
// real clients (qpdf --json / --check, pdftotext, pdfinfo) from a temporary file, or as its own text.
#pragma once
#include <array>
#include <cstdio>
#include <initializer_list>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "render/pdf/blocks.h"
#include "render/pdf/documents.h"
#include "render/pdf/render.h"
#include "render/pdf/style.h"
#include "support/test_support.h"

namespace tk::test::pdf {

/// A site of minimal_site() plus `files` (paths under content/), loaded.
struct SiteFixture {
  TempDir dir;
  Diagnostics diags;
  model::Site site;
  SiteFixture(std::initializer_list<std::pair<const std::string, std::string>> files) {
    auto all = minimal_site();
    for (const auto& [k, v] : files) all[k] = v;
    site = load_files(dir, all, diags);
  }
  const model::Page& page(model::Kind kind, const std::string& slug) const { return *site.find(kind, slug); }
};

/// A page's body laid out alone (no title block), as the templates lay it out.
inline tk::pdf::DocLayout body_layout(const model::Page& page, tk::pdf::FileSource files = nullptr,
                                      int outline_level = 1) {
  tk::pdf::DocLayout layout;
  tk::pdf::BodyBuilder b(layout, tk::pdf::font_measure(), [](const std::string& u) { return tk::pdf::LinkTarget{u, "", ""}; });
  if (files) b.set_files(std::move(files));
  b.begin_page(page, "", "", outline_level);
  b.blocks(page.body, tk::pdf::body_ctx(0));
  return layout;
}

/// A laid-out body drawn alone: paginated on US Letter pages, in English, with the default page chrome.
inline std::string draw(const tk::pdf::DocLayout& layout, bool pack = true) {
  tk::pdf::RenderSpec spec;
  spec.title = "Test";
  spec.lang = "en";
  spec.pack = pack;
  return tk::pdf::render_pdf(layout, tk::pdf::paginate(layout.units, tk::pdf::style::kBodyH), spec);
}

/// The file with its strings made readable: octal escapes in literal strings decoded, and UTF-16
/// hex strings (<FEFF...>) turned into literal UTF-8 ones.
inline std::string readable(const std::string& pdf) {
  std::string out;
  for (std::size_t i = 0; i < pdf.size(); ++i) {
    char c = pdf[i];
    if (c == '\\' && i + 3 < pdf.size() && pdf[i + 1] >= '0' && pdf[i + 1] <= '7') {
      out += char(std::stoi(pdf.substr(i + 1, 3), nullptr, 8));
      i += 3;
    } else if (pdf.compare(i, 5, "<FEFF") == 0) {
      std::size_t end = pdf.find('>', i);
      out += '(';
      for (std::size_t k = i + 5; k + 4 <= end; k += 4) {
        unsigned u = unsigned(std::stoul(pdf.substr(k, 4), nullptr, 16));
        if (u < 0x80) out += char(u);
        else if (u < 0x800) out += char(0xC0 | (u >> 6)), out += char(0x80 | (u & 0x3F));
        else out += char(0xE0 | (u >> 12)), out += char(0x80 | ((u >> 6) & 0x3F)), out += char(0x80 | (u & 0x3F));
      }
      out += ')';
      i = end;
    } else {
      out += c;
    }
  }
  return out;
}

/// A document drawn with a classic xref table, so that its dictionaries can be read as text.
inline std::string unpacked(tk::pdf::LaidOut d) {
  d.spec.pack = false;
  return readable(tk::pdf::render_pdf(d.layout, d.pages, d.spec));
}

inline std::size_t count(const std::string& hay, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t p = hay.find(needle); p != std::string::npos; p = hay.find(needle, p + needle.size())) ++n;
  return n;
}

/// The first of `parts` that `text` does not have after the ones before it ("" when all are there, in order).
inline std::string missing_in_order(const std::string& text, const std::vector<std::string>& parts) {
  std::size_t at = 0;
  for (const std::string& s : parts) {
    std::size_t p = text.find(s, at);
    if (p == std::string::npos) return s;
    at = p + s.size();
  }
  return "";
}

/// Runs a shell command; its standard output (standard error too when `with_errors`), and its exit status.
inline std::string run(const std::string& command, int* status = nullptr, bool with_errors = false) {
  std::string out;
  FILE* p = popen((command + (with_errors ? " 2>&1" : " 2>/dev/null")).c_str(), "r");
  if (!p) return out;
  std::array<char, 4096> buf;
  for (std::size_t n; (n = std::fread(buf.data(), 1, buf.size(), p)) > 0;) out.append(buf.data(), n);
  int st = pclose(p);
  if (status) *status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  return out;
}

/// A PDF's bytes in a temporary file, as a reader gets it.
class PdfFile {
 public:
  explicit PdfFile(const std::string& bytes) : path_(dir_.path() + "/doc.pdf") { dir_.write("doc.pdf", bytes); }
  const std::string& path() const { return path_; }
  /// `qpdf --json` (version 2): pages, outlines, acroform, objects.
  nlohmann::json json() const {
    return nlohmann::json::parse(run("qpdf --json '" + path_ + "'"), nullptr, false);
  }
  /// `qpdf --check`'s report; *status is 0 when qpdf finds nothing wrong.
  std::string check(int* status) const { return run("qpdf --check '" + path_ + "'", status, true); }
  /// The text as pdftotext extracts it (`options` e.g. "-raw" for content order, "-f 2 -l 2").
  std::string text(const std::string& options = "") const {
    return run("pdftotext " + options + " '" + path_ + "' -");
  }
  /// `pdfinfo`'s report (`options` e.g. "-box").
  std::string info(const std::string& options = "") const { return run("pdfinfo " + options + " '" + path_ + "'"); }

 private:
  TempDir dir_;
  std::string path_;
};

/// The objects of `qpdf --json` output: each object's dictionary (a stream's own dictionary).
inline std::vector<nlohmann::json> objects(const nlohmann::json& j) {
  std::vector<nlohmann::json> out;
  for (const auto& [key, o] : j.at("qpdf").at(1).items()) {
    if (key.rfind("obj:", 0) != 0) continue;
    if (o.contains("value")) out.push_back(o["value"]);
    else if (o.contains("stream")) out.push_back(o["stream"]["dict"]);
  }
  return out;
}

/// The structure elements with role `role` ("/H1"), as qpdf reads them.
inline std::vector<nlohmann::json> struct_elems(const nlohmann::json& j, const std::string& role) {
  std::vector<nlohmann::json> out;
  for (const auto& o : objects(j))
    if (o.is_object() && o.value("/S", "") == role && o.contains("/P")) out.push_back(o);
  return out;
}

/// A qpdf JSON string's text ("u:Partners" -> "Partners").
inline std::string json_text(const nlohmann::json& v) {
  std::string s = v.is_string() ? v.get<std::string>() : "";
  return s.rfind("u:", 0) == 0 ? s.substr(2) : s;
}

}  // namespace tk::test::pdf
