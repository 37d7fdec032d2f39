// write_index: the index's files as classic scripts under search/, the same as encode_index over build_index.
#include <catch2/catch.hpp>

#include <algorithm>

#include "render/output.h"
#include "search/index_builder.h"
#include "search/index_format.h"
#include "search/index_writer.h"
#include "search/sample_site.h"
#include "search/search_test_util.h"

using namespace tk::test::search_site;

TEST_CASE("write_index puts every file under search/ and is deterministic", "[search]") {
  tk::render::MemoryOutput a, b;
  tk::search::write_index(sample_site(), a);
  tk::search::write_index(sample_site(), b);
  CHECK(a.data == b.data);
  for (const auto& [path, bytes] : a.data) CHECK(path.rfind("search/", 0) == 0);
  CHECK(a.data.count("search/meta.js") == 1);
  CHECK(a.data.count("search/d/7.js") == 1);
  std::size_t total = 0;
  for (const auto& [path, bytes] : a.data) total += bytes.size();
  CHECK(total < 11000);  // base64: 4/3 of the encoded files
}

TEST_CASE("write_index writes the same files as encode_index over build_index", "[search]") {
  tk::render::MemoryOutput out;
  tk::search::write_index(sample_site(), out);
  const auto files = tk::search::encode_index(tk::search::build_index(sample_site()));
  std::map<std::string, std::string> scripts;
  for (const auto& [path, bytes] : files) scripts[tk::search::script_path(path)] = tk::search::script_file(path, bytes);
  CHECK(out.data == scripts);
}

TEST_CASE("each index file is a classic script that names it and carries its bytes in base64", "[search]") {
  CHECK(tk::search::script_path("search/v/0.bin") == "search/v/0.js");
  CHECK(tk::search::script_path("search/meta.json") == "search/meta.js");
  CHECK(tk::search::script_file("search/p/3.bin", "") == "tkSearch(\"p/3.bin\",\"\");\n");
  CHECK(tk::search::script_file("search/p/3.bin", "f") == "tkSearch(\"p/3.bin\",\"Zg==\");\n");
  CHECK(tk::search::script_file("search/p/3.bin", "fo") == "tkSearch(\"p/3.bin\",\"Zm8=\");\n");
  CHECK(tk::search::script_file("search/meta.json", "foo") == "tkSearch(\"meta.json\",\"Zm9v\");\n");
  CHECK(tk::search::script_file("search/d/1.bin", std::string("\xff\x00\x1f\x8b", 4)) == "tkSearch(\"d/1.bin\",\"/wAfiw==\");\n");
}
