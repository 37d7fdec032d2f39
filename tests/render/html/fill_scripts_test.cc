// The web form's classic scripts (render/html/fill_scripts.cc): each template's blank document and the
// field font, read back as js/fill.js reads them (the call's arguments, base64, gzip).
#include <catch2/catch.hpp>

#include <random>

#include "render/html/fill_scripts.h"
#include "render/pdf/fonts.h"
#include "search/search_test_util.h"

namespace {

/// RFC 4648 base64 back to bytes, as the browser's atob() does; throws on a character outside the alphabet.
std::string unbase64(const std::string& s) {
  static const std::string abc = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  REQUIRE(s.size() % 4 == 0);
  std::string out;
  unsigned bits = 0;
  int n = 0;
  for (char c : s) {
    if (c == '=') break;
    std::size_t v = abc.find(c);
    if (v == std::string::npos) throw std::runtime_error(std::string("not base64: ") + c);
    bits = (bits << 6) | static_cast<unsigned>(v);
    n += 6;
    if (n >= 8) {
      n -= 8;
      out += static_cast<char>((bits >> n) & 0xFF);
    }
  }
  return out;
}

/// The base64 argument of `<fn>("<b64>");\n` (std::regex would recurse once per character of a
/// 100 KB argument); a failed check when the script is not such a call.
std::string b64_arg(const std::string& script, const std::string& prefix) {
  const std::string tail = "\");\n";
  REQUIRE(script.size() >= prefix.size() + tail.size());
  REQUIRE(script.compare(0, prefix.size(), prefix) == 0);
  REQUIRE(script.compare(script.size() - tail.size(), tail.size(), tail) == 0);
  std::string b64 = script.substr(prefix.size(), script.size() - prefix.size() - tail.size());
  REQUIRE(b64.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=") == std::string::npos);
  return b64;
}

}  // namespace

TEST_CASE("fill scripts: a document's script sits beside it, and only those are fill scripts", "[html]") {
  CHECK(tk::html::fill_script_path("tools/compact.pdf") == "tools/compact.pdf.js");
  CHECK(tk::html::fill_script_path("jobs/liaison.docx") == "jobs/liaison.docx.js");
  CHECK(tk::html::is_fill_script("tools/compact.pdf.js"));
  CHECK(tk::html::is_fill_script("jobs/liaison.docx.js"));
  for (const char* other : {"js/fill.js", "js/fill-font.js", "tools/compact.pdf", "search/meta.js", "a.pdf.json",
                            "tools/compact/index.html"})
    CHECK_FALSE(tk::html::is_fill_script(other));
  CHECK(std::string(tk::html::kFillFontScript) == "js/fill-font.js");
  CHECK_FALSE(tk::html::is_fill_script(tk::html::kFillFontScript));  // loaded by form pages: serve reloads them
}

TEST_CASE("fill scripts: the blank's script names the document and carries its exact bytes", "[html]") {
  CHECK(tk::html::fill_script("tools/a.pdf", "") == "tkBlank(\"tools/a.pdf\",\"\");\n");
  CHECK(tk::html::fill_script("tools/a.pdf", "f") == "tkBlank(\"tools/a.pdf\",\"Zg==\");\n");
  CHECK(tk::html::fill_script("tools/a.docx", "PK\x03\x04") == "tkBlank(\"tools/a.docx\",\"UEsDBA==\");\n");
  // Whatever the bytes hold, the script holds letters, digits, + / = only: no quote, no backslash, no
  // "</script>" that could end an inline script, no line break inside the call.
  std::mt19937 rng(17);
  std::string bytes = "%PDF-1.7\n</script><script>alert(1)</script>\"'\\\n\r";
  for (int i = 0; i < 5000; ++i) bytes += static_cast<char>(rng() & 0xFF);
  for (std::size_t cut : {bytes.size(), bytes.size() - 1, bytes.size() - 2}) {
    const std::string part = bytes.substr(0, cut);
    const std::string script = tk::html::fill_script("tools/compact.pdf", part);
    CAPTURE(cut);
    CHECK(script.find("</script") == std::string::npos);
    CHECK(script.find('<') == std::string::npos);
    CHECK(unbase64(b64_arg(script, "tkBlank(\"tools/compact.pdf\",\"")) == part);
    CHECK(tk::html::fill_script("tools/compact.pdf", part) == script);  // deterministic
  }
}

TEST_CASE("fill scripts: js/fill-font.js carries the PDF field font's program, gzipped, once per process", "[html]") {
  const std::string& script = tk::html::fill_font_script();
  CHECK(&tk::html::fill_font_script() == &script);  // made once
  std::string font;
  REQUIRE(tk::test::gunzip(unbase64(b64_arg(script, "tkFont(\"")), &font));
  CHECK(font == tk::pdf::field_font().program);  // the glyphs the filled PDF's answers are drawn with
  REQUIRE(font.size() > 12);
  CHECK(font.compare(0, 4, std::string("\x00\x01\x00\x00", 4)) == 0);  // a TrueType program
  CHECK(script.size() < 60000);  // about 40 KB: it loads with the first press of Download filled PDF
}
