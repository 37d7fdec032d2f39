// DeflateCache (render/pdf/deflate_cache.cc) and ext::compress_streams: a file saved with streams
// compressed ahead, from the cache or not, is byte for byte the file libharu saves compressing them itself.
#include <catch2/catch.hpp>

#include <hpdf.h>

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

#include "render/pdf/deflate_cache.h"
#include "render/pdf/hpdf_ext.h"

using tk::pdf::DeflateCache;

namespace {

struct DocDeleter {
  void operator()(HPDF_Doc d) const { HPDF_Free(d); }
};
using Doc = std::unique_ptr<std::remove_pointer_t<HPDF_Doc>, DocDeleter>;

// A document with what our PDFs hold of libharu's own streams: pages of text and lines, a picture,
// and one of the extension's streams (the XMP metadata: not compressed).
Doc sample(int pages) {
  Doc pdf(HPDF_New(nullptr, nullptr));
  REQUIRE(pdf);
  HPDF_SetCompressionMode(pdf.get(), HPDF_COMP_ALL);
  HPDF_Font font = HPDF_GetFont(pdf.get(), "Helvetica", nullptr);
  std::vector<HPDF_BYTE> rgb(16 * 16 * 3);
  for (std::size_t i = 0; i < rgb.size(); ++i) rgb[i] = HPDF_BYTE(i * 7);
  HPDF_Image img = HPDF_LoadRawImageFromMem(pdf.get(), rgb.data(), 16, 16, HPDF_CS_DEVICE_RGB, 8);
  REQUIRE(img);
  for (int p = 0; p < pages; ++p) {
    HPDF_Page page = HPDF_AddPage(pdf.get());
    HPDF_Page_BeginText(page);
    HPDF_Page_SetFontAndSize(page, font, 12);
    for (int line = 0; line < 40; ++line) {
      HPDF_Page_TextOut(page, 72, HPDF_REAL(720 - 16 * line), ("Line " + std::to_string(line) + " of page " + std::to_string(p)).c_str());
    }
    HPDF_Page_EndText(page);
    HPDF_Page_MoveTo(page, 72, 60);
    HPDF_Page_LineTo(page, 540, 60);
    HPDF_Page_Stroke(page);
    HPDF_Page_DrawImage(page, img, 72, 72, 32, 32);
  }
  tk::pdf::ext::set_xmp(pdf.get(), tk::pdf::ext::Metadata{"Sample", "Agency", "", "en", 0});
  return pdf;
}

std::string saved(HPDF_Doc pdf) {
  REQUIRE(HPDF_SaveToStream(pdf) == HPDF_OK);
  HPDF_UINT32 len = HPDF_GetStreamSize(pdf);
  std::string bytes(len, '\0');
  REQUIRE(HPDF_ReadFromStream(pdf, reinterpret_cast<HPDF_BYTE*>(bytes.data()), &len) == HPDF_OK);
  bytes.resize(len);
  return bytes;
}

}  // namespace

TEST_CASE("pdf: streams compressed ahead, kept or not, give the bytes libharu saves", "[pdf]") {
  const std::string own = saved(sample(3).get());
  REQUIRE(own.find("/Filter [ /FlateDecode ]") != std::string::npos);
  DeflateCache none(0), some(std::size_t(1) << 20);
  for (DeflateCache* cache : {&none, &some, &some}) {  // the second time from `some`, every stream is kept
    Doc pdf = sample(3);
    tk::pdf::ext::compress_streams(pdf.get(), *cache);
    CHECK(saved(pdf.get()) == own);
  }
  CHECK(none.hits() == 0);
  CHECK(none.kept_bytes() == 0);
  CHECK(some.hits() >= 4);  // 3 pages' contents and the picture, at least
  // A different document is not given the first one's streams.
  Doc other = sample(2);
  const std::string own2 = saved(sample(2).get());
  tk::pdf::ext::compress_streams(other.get(), some);
  CHECK(saved(other.get()) == own2);
}

TEST_CASE("deflate cache: kept by exact bytes, within its budget, the used ones kept longest", "[pdf]") {
  int made = 0;
  auto fake = [&made](const std::string& b) {
    ++made;
    return "z(" + b + ")";
  };
  DeflateCache cache(400);  // two generations of 200 bytes
  const std::string a(50, 'a'), b(50, 'b');
  CHECK(*cache.get(a, fake) == "z(" + a + ")");
  CHECK(*cache.get(a, fake) == "z(" + a + ")");
  CHECK(made == 1);
  CHECK(cache.kept_bytes() == 50 + 53);
  CHECK(*cache.get(a + "x", fake) == "z(" + a + "x)");  // bytes that differ by one are not the same entry
  CHECK(made == 2);
  // Filling past half the budget starts a new generation; `a`, used again, moves into it and stays,
  // `b` (never used again) is dropped with its old generation.
  cache.get(b, fake);
  for (int i = 0; i < 6; ++i) {
    cache.get(a, fake);
    cache.get(std::string(50, char('c' + i)), fake);
  }
  CHECK(cache.kept_bytes() <= 400);
  const int before = made;
  cache.get(a, fake);
  CHECK(made == before);
  cache.get(b, fake);
  CHECK(made == before + 1);
  // Too big for a generation: compressed every time, never kept.
  const std::string big(300, 'q');
  cache.get(big, fake);
  cache.get(big, fake);
  CHECK(made == before + 3);
  // A smaller budget drops what no longer fits; 0 keeps nothing.
  cache.set_budget(0);
  CHECK(cache.kept_bytes() == 0);
  cache.get(a, fake);
  cache.get(a, fake);
  CHECK(made == before + 5);
}

TEST_CASE("deflate cache: threads asking for the same bytes all get them", "[pdf][threads]") {
  DeflateCache cache(std::size_t(1) << 20);
  std::atomic<int> wrong{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 500; ++i) {
        const std::string in = "stream " + std::to_string((i + t) % 40);
        if (*cache.get(in, [](const std::string& b) { return b + "!"; }) != in + "!") ++wrong;
      }
    });
  for (auto& th : threads) th.join();
  CHECK(wrong == 0);
  CHECK(cache.hits() >= 8 * 500 - 8 * 40);
}
