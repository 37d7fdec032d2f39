// Object streams and the cross-reference stream (render/pdf/objstm.cc): every object where the xref
// stream says, and a packed file that qpdf checks clean and reads as the classic one.
#include <catch2/catch.hpp>

#include <regex>
#include <sstream>
#include <zlib.h>

#include "render/pdf/objstm.h"
#include "render/pdf/pdf_read_back.h"
#include "render/pdf/pdf_writer.h"

using tk::model::Kind;
namespace rb = tk::test::pdf;

namespace {

rb::SiteFixture form_site() {
  return rb::SiteFixture({{"stages/01-start.md", "---\ntitle: Start\nactivities: [Meet]\n---\nBegin.\n"},
                          {"tools/sample.md", "---\ntitle: Sample Form\nstages: [start]\n---\n## Parties\n\n"
                                              "District: ______\n\n- [ ] Agree\n\n| Role | Name |\n|---|---|\n| Lead | |\n\n"
                                              "See [the parties](#parties).\n"}});
}

std::string zlib_deflate(const std::string& in) {
  uLongf n = compressBound(uLong(in.size()));
  std::string out(n, '\0');
  REQUIRE(compress2(reinterpret_cast<Bytef*>(&out[0]), &n, reinterpret_cast<const Bytef*>(in.data()), uLong(in.size()), 9) == Z_OK);
  out.resize(n);
  return out;
}

}  // namespace

TEST_CASE("pdf: object streams and an xref stream whose entries point at every object", "[pdf]") {
  rb::SiteFixture f = form_site();
  tk::pdf::LaidOut d = tk::pdf::form_document(f.site, f.page(Kind::Tool, "sample"));
  d.spec.pack = false;
  std::string classic = tk::pdf::render_pdf(d.layout, d.pages, d.spec);
  // With an identity "deflate" the packed file stays readable.
  std::string packed = tk::pdf::pack_objects(classic, [](const std::string& s) { return s; });
  CHECK(packed.find("\nxref\n") == std::string::npos);
  std::size_t sx = packed.rfind("startxref\n");
  REQUIRE(sx != std::string::npos);
  std::size_t xref_at = std::stoul(packed.substr(sx + 10));
  std::size_t dict = packed.find("<<", xref_at), stream = packed.find("stream\n", xref_at) + 7;
  std::string head = packed.substr(dict, stream - dict);
  REQUIRE(head.find("/Type /XRef") != std::string::npos);
  REQUIRE(head.find("/W [1 4 2]") != std::string::npos);
  CHECK(head.find("/Root ") != std::string::npos);
  CHECK(head.find("/ID [") != std::string::npos);
  std::size_t size = std::stoul(head.substr(head.find("/Size ") + 6));
  std::string rows = packed.substr(stream, 7 * size);
  auto field = [&](std::size_t row, std::size_t at, int n) {
    unsigned long v = 0;
    for (int i = 0; i < n; ++i) v = (v << 8) | std::uint8_t(rows[7 * row + at + std::size_t(i)]);
    return v;
  };
  std::size_t in_streams = 0, direct = 0;
  for (std::size_t n = 1; n < size; ++n) {
    INFO("object " << n);
    if (field(n, 0, 1) == 1) {
      ++direct;
      CHECK(packed.compare(field(n, 1, 4), std::to_string(n).size() + 6, std::to_string(n) + " 0 obj") == 0);
    } else if (field(n, 0, 1) == 2) {
      ++in_streams;
      // The object stream's index lists this object at that position.
      unsigned long stm = field(n, 1, 4), index = field(n, 5, 2);
      std::size_t at = packed.find("\n" + std::to_string(stm) + " 0 obj\n<< /Type /ObjStm");
      REQUIRE(at != std::string::npos);
      std::size_t data = packed.find("stream\n", at) + 7;
      std::istringstream in(packed.substr(data, 2000));
      unsigned long num = 0, off = 0;
      for (unsigned long i = 0; i <= index; ++i) in >> num >> off;
      CHECK(num == n);
    }
  }
  CHECK(in_streams > direct);  // the dictionaries moved; streams (pages, fonts, appearances) stay
  CHECK(field(0, 0, 1) == 0);
  CHECK(packed.rfind("%PDF-1.7", 0) == 0);
  CHECK(tk::pdf::write_form(f.site, f.page(Kind::Tool, "sample")).bytes.find("/Type /ObjStm") != std::string::npos);
}


TEST_CASE("pdf objstm: the packed file passes qpdf --check and reads as the classic one", "[pdf]") {
  rb::SiteFixture f = form_site();
  tk::pdf::LaidOut d = tk::pdf::form_document(f.site, f.page(Kind::Tool, "sample"));
  d.spec.pack = false;
  const std::string classic = tk::pdf::render_pdf(d.layout, d.pages, d.spec);
  const std::string packed = tk::pdf::pack_objects(classic, zlib_deflate);
  CHECK(packed.size() < classic.size());
  rb::PdfFile a(classic), b(packed);
  int status = 1;
  const std::string report = b.check(&status);
  INFO(report);
  CHECK(status == 0);
  CHECK(report.find("No syntax or stream encoding errors") != std::string::npos);
  nlohmann::json ja = a.json(), jb = b.json();
  CHECK(ja.at("pages").size() == jb.at("pages").size());
  CHECK(ja.at("acroform") == jb.at("acroform"));
  CHECK(ja.at("outlines") == jb.at("outlines"));
  CHECK(rb::objects(jb).size() > rb::objects(ja).size());  // the same objects, plus the streams holding them
  CHECK(a.text() == b.text());
  CHECK(std::regex_search(b.info(), std::regex("PDF version: +1\\.7\n")));
}

TEST_CASE("pdf objstm: what is not a PDF it understands is an error, not a damaged file", "[pdf]") {
  auto same = [](const std::string& s) { return s; };
  CHECK_THROWS_WITH(tk::pdf::pack_objects("not a pdf", same), Catch::StartsWith("PDF packing: "));
  rb::SiteFixture f = form_site();
  tk::pdf::LaidOut d = tk::pdf::form_document(f.site, f.page(Kind::Tool, "sample"));
  d.spec.pack = false;
  std::string classic = tk::pdf::render_pdf(d.layout, d.pages, d.spec);
  CHECK_THROWS_WITH(tk::pdf::pack_objects(classic.substr(0, classic.size() / 2), same), Catch::StartsWith("PDF packing: "));
}
