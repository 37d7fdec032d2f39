// Pictures (render/pdf/images.cc): which files can be embedded and at what size, and what the PDF
// shows: a PNG or JPEG drawn as a Figure with its alt text, a file that cannot be read as its alt text
// in brackets, a picture libharu cannot decode a clear error naming it.
#include <catch2/catch.hpp>

#include <iterator>
#include <sstream>

#include "core/files.h"
#include "render/pdf/images.h"
#include "render/pdf/pdf_read_back.h"

using tk::model::Kind;
namespace rb = tk::test::pdf;

namespace {

std::string fixture(const std::string& name) {
  std::string bytes;
  REQUIRE(tk::read_whole_file(std::string(TK_FIXTURES) + "/pictures/" + name, bytes));
  return bytes;
}

using Files = std::map<std::string, std::shared_ptr<const std::string>>;

// A page of two pictures, laid out with `files` as its pictures' source.
tk::pdf::DocLayout pictures_page(const Files& files, rb::SiteFixture& f) {
  return rb::body_layout(f.page(Kind::Page, "pictures"), tk::pdf::input_files(files));
}

rb::SiteFixture pictures_site() {
  return rb::SiteFixture(
      {{"assets/img/partners.png", fixture("partners.png")},
       {"assets/img/timeline.jpg", fixture("timeline.jpg")},
       {"pages/pictures.md", "---\ntitle: Pictures\n---\nBefore.\n\n![Partners at the table](/assets/img/partners.png)\n\n"
                             "![A timeline of the year](/assets/img/timeline.jpg)\n\nAfter.\n"}});
}

}  // namespace

TEST_CASE("pdf images: PNG and JPEG headers give the size; other files are not pictures", "[pdf]") {
  auto png = tk::pdf::read_image("assets/img/partners.png", fixture("partners.png"));
  REQUIRE(png);
  CHECK(png->png);
  CHECK(png->path == "assets/img/partners.png");
  auto jpg = tk::pdf::read_image("timeline.jpg", fixture("timeline.jpg"));
  REQUIRE(jpg);
  CHECK_FALSE(jpg->png);
  // The sizes pdfimages reads from the same files once embedded (below) are these.
  CHECK(png->width > 0);
  CHECK(jpg->height > 0);
  CHECK_FALSE(tk::pdf::read_image("icon.gif", fixture("icon.gif")));
  CHECK_FALSE(tk::pdf::read_image("cut.png", fixture("partners.png").substr(0, 20)));
  CHECK_FALSE(tk::pdf::read_image("cut.jpg", fixture("timeline.jpg").substr(0, 3)));
  CHECK_FALSE(tk::pdf::read_image("text.png", "not a picture at all, just words"));
  double w = 0, h = 0;
  tk::pdf::image_box(800, 400, 300, 1000, w, h);  // 600 x 300 pt at 96 dpi, narrowed to 300 wide
  CHECK(w == Approx(300));
  CHECK(h == Approx(150));
  tk::pdf::image_box(100, 200, 500, 500, w, h);
  CHECK(w == Approx(75));
  CHECK(h == Approx(150));
  tk::pdf::image_box(1000, 2000, 600, 300, w, h);  // too tall: the height rules
  CHECK(h == Approx(300));
  CHECK(w == Approx(150));
}

TEST_CASE("pdf images: the files of a content folder, nothing outside it", "[pdf]") {
  tk::test::TempDir dir;
  dir.write("content/assets/img/a.png", "bytes");
  dir.write("secret.txt", "no");
  tk::pdf::FileSource files = tk::pdf::content_files(dir.path() + "/content");
  CHECK(files("/assets/img/a.png") == std::optional<std::string>("bytes"));
  CHECK_FALSE(files("/assets/img/missing.png"));
  CHECK_FALSE(files("/../secret.txt"));
  CHECK_FALSE(files("assets/img/a.png"));
}

TEST_CASE("pdf images: pictures are embedded as figures with their alt text, in reading order", "[pdf]") {
  rb::SiteFixture f = pictures_site();
  REQUIRE_FALSE(f.diags.has_errors());
  Files files{{"/assets/img/partners.png", std::make_shared<const std::string>(fixture("partners.png"))},
              {"/assets/img/timeline.jpg", std::make_shared<const std::string>(fixture("timeline.jpg"))}};
  tk::pdf::DocLayout layout = pictures_page(files, f);
  rb::PdfFile pdf(rb::draw(layout));
  nlohmann::json j = pdf.json();
  auto figures = rb::struct_elems(j, "/Figure");
  REQUIRE(figures.size() == 2);
  CHECK(rb::json_text(figures[0]["/Alt"]) == "Partners at the table");
  CHECK(rb::json_text(figures[1]["/Alt"]) == "A timeline of the year");
  REQUIRE(j.at("pages").size() == 1);
  CHECK(j.at("pages")[0].at("images").size() == 2);
  // pdfimages: one PNG-decoded (Flate) and one JPEG (DCT) picture, at the files' pixel sizes.
  const std::string list = rb::run("pdfimages -list '" + pdf.path() + "'");
  INFO(list);
  auto png = tk::pdf::read_image("p", fixture("partners.png")), jpg = tk::pdf::read_image("j", fixture("timeline.jpg"));
  std::vector<std::string> rows;  // "width height encoding" of each picture
  std::istringstream lines(list);
  for (std::string line; std::getline(lines, line);) {
    std::istringstream in(line);
    std::vector<std::string> col{std::istream_iterator<std::string>(in), std::istream_iterator<std::string>()};
    if (col.size() > 9 && col[0] == "1" && col[2] == "image") rows.push_back(col[3] + " " + col[4] + " " + col[8]);
  }
  CHECK(rows == std::vector<std::string>{std::to_string(png->width) + " " + std::to_string(png->height) + " image",
                                         std::to_string(jpg->width) + " " + std::to_string(jpg->height) + " jpeg"});
  const std::string text = pdf.text("-raw");
  CHECK(text.find("Before.") < text.find("After."));
  CHECK(text.find("[Image") == std::string::npos);
}

TEST_CASE("pdf images: a picture that is missing or not PNG/JPEG is its alt text; one that cannot be decoded is an error naming it", "[pdf]") {
  rb::SiteFixture f = pictures_site();
  Files missing{{"/assets/img/timeline.jpg", std::make_shared<const std::string>(fixture("icon.gif"))}};
  const std::string text = rb::PdfFile(rb::draw(pictures_page(missing, f))).text("-raw");
  INFO(text);
  CHECK(text.find("[Image: Partners at the table]") != std::string::npos);
  CHECK(text.find("[Image: A timeline of the year]") != std::string::npos);
  // A PNG whose header is whole but whose data is cut: read_image accepts it, libharu cannot draw it.
  std::string png = fixture("partners.png");
  Files broken{{"/assets/img/partners.png", std::make_shared<const std::string>(png.substr(0, 40))},
               {"/assets/img/timeline.jpg", std::make_shared<const std::string>(fixture("timeline.jpg"))}};
  tk::pdf::DocLayout layout = pictures_page(broken, f);
  REQUIRE(layout.images.size() == 2);
  CHECK_THROWS_WITH(rb::draw(layout), "the picture assets/img/partners.png cannot be read (its PNG data is damaged or cut short)");
  // (libpng would abort the process on such data: tests/core/png_test.cc checks what tells it.)
}
