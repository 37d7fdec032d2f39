// The search index's files: encoded, and decoded back (blocks, postings, JSON, gzip).
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>

#include "search/index_builder.h"
#include "search/index_format.h"
#include "search/sample_site.h"
#include "search/search_test_util.h"

using namespace tk::test::search_site;

TEST_CASE("encoded files decode back to the index", "[search]") {
  const Index ix = tk::search::build_index(sample_site());
  tk::search::Layout layout;
  layout.block_bytes = 200;     // several blocks
  layout.inline_postings = 4;   // some posting lists in their own files
  const auto files = tk::search::encode_index(ix, layout);
  const auto meta = nlohmann::json::parse(files.at("search/meta.json"));
  CHECK(meta["v"] == 1);
  CHECK(meta["docs"] == ix.docs.size());
  CHECK(meta["build"].get<std::string>().size() == 16);
  CHECK(meta["kinds"][2] == nlohmann::json::array({"tool", "Tool", 2, 3}));
  CHECK(meta["stages"] == nlohmann::json::array({"continuous-improvement", "initiation"}));
  const auto keys = meta["blocks"].get<std::vector<std::string>>();
  REQUIRE(keys.size() > 2);
  CHECK(std::is_sorted(keys.begin(), keys.end()));

  std::size_t global = 0, external = 0;
  for (std::size_t b = 0; b < keys.size(); ++b) {
    const std::string block = tk::test::unpack(files.at("search/v/" + std::to_string(b) + ".bin"));
    tk::test::Reader r{block};
    const auto count = r.varint();
    CHECK(r.varint() == global);
    std::string prev;
    for (std::uint64_t i = 0; i < count; ++i, ++global) {
      const auto& want = ix.terms.at(global);
      const auto shared = r.varint();
      const std::string stem = prev.substr(0, shared) + r.bytes(r.varint());
      CHECK(stem == want.stem);
      CHECK(tk::search::block_key(stem) >= keys[b]);
      std::vector<std::string> variants(r.varint());
      for (auto& v : variants) {
        const auto drop = r.varint();
        v = stem.substr(0, stem.size() - drop) + r.bytes(r.varint());
      }
      CHECK(variants == want.variants);
      const auto flag = r.varint();
      const auto df = flag >> 1;
      REQUIRE(df == want.postings.size());
      std::string ext_blob;
      if (!(flag & 1)) {
        ext_blob = tk::test::unpack(files.at("search/p/" + std::to_string(global) + ".bin"));
        ++external;
      }
      tk::test::Reader pr = (flag & 1) ? r : tk::test::Reader{ext_blob};
      std::uint64_t doc = 0;
      for (std::size_t k = 0; k < df; ++k) {
        doc = k == 0 ? pr.varint() : doc + pr.varint();
        CHECK(doc == want.postings[k].doc);
      }
      for (std::size_t k = 0; k < df; ++k) CHECK(static_cast<std::uint8_t>(pr.bytes(1)[0]) == want.postings[k].weight);
      if (flag & 1) r.pos = pr.pos;
      else CHECK(pr.done());
      prev = stem;
    }
    CHECK(r.done());
  }
  CHECK(global == ix.terms.size());
  CHECK(external > 0);

  const std::string f = tk::test::unpack(files.at("search/f/stage-initiation.bin"));
  tk::test::Reader fr{f};
  CHECK(fr.varint() == 3);
  CHECK(fr.varint() == 1);

  const auto frag = nlohmann::json::parse(tk::test::unpack(files.at("search/d/2.bin")));
  CHECK(frag["t"] == "Developing SMART Goals");
  CHECK(frag["u"] == "tools/developing-smart-goals/");
  CHECK(frag["k"] == 2);
  CHECK(frag["x"][1] == nlohmann::json::array({"writing-goals", "Writing goals", "Each goal is specific and measurable."}));
  const auto stage = nlohmann::json::parse(tk::test::unpack(files.at("search/d/1.bin")));
  CHECK(stage["x"].back() == nlohmann::json::array({"", "Key activities", "Write SMART goals\nSign a compact", 1}));
}

TEST_CASE("filter values that are not slugs never become file names", "[search]") {
  Index ix = tk::search::build_index(sample_site());
  ix.stage_docs["../../etc"] = {0};
  const auto files = tk::search::encode_index(ix);
  for (const auto& [path, bytes] : files) CHECK(path.find("..") == std::string::npos);
  CHECK(nlohmann::json::parse(files.at("search/meta.json"))["stages"] ==
        nlohmann::json::array({"continuous-improvement", "initiation"}));
}

TEST_CASE("page text files are the JSON nlohmann would write", "[search]") {
  const auto files = tk::search::encode_index(tk::search::build_index(sample_site()));
  std::size_t docs = 0;
  for (const auto& [path, bytes] : files) {
    if (path.rfind("search/d/", 0) != 0) continue;
    const std::string text = tk::test::unpack(bytes);
    CHECK(nlohmann::json::parse(text).dump() == text);
    ++docs;
  }
  CHECK(docs == 8);
}

TEST_CASE("JSON strings escape quotes, backslashes and control characters only", "[search]") {
  auto quoted = [](const std::string& s) {
    std::string out = "x";  // appends to what is there
    tk::search::put_json_string(out, s);
    return out.substr(1);
  };
  CHECK(quoted("") == "\"\"");
  CHECK(quoted("plain text / 100%") == "\"plain text / 100%\"");
  CHECK(quoted("say \"hi\" \\ bye") == "\"say \\\"hi\\\" \\\\ bye\"");
  CHECK(quoted("a\nb\tc\rd\be\ff") == "\"a\\nb\\tc\\rd\\be\\ff\"");
  CHECK(quoted(std::string("\0\x01\x1f\x7f", 4)) == "\"\\u0000\\u0001\\u001f\x7f\"");
  CHECK(quoted("Déjà vu — 中文 🙂") == "\"Déjà vu — 中文 🙂\"");
  // The same bytes as nlohmann::json, for every single byte and for invalid UTF-8 (replaced).
  std::vector<std::string> inputs = {"\xff", "ab\xc3", "\xed\xa0\x80", "\xc0\xaf", "ok \xe2\x82 then", "\xf4\x90\x80\x80"};
  for (int c = 0; c < 128; ++c) inputs.push_back(std::string(1, static_cast<char>(c)) + "é");
  for (const auto& in : inputs) {
    CAPTURE(in);
    CHECK(quoted(in) == nlohmann::json(in).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  }
}

TEST_CASE("raw files that would look like gzip are compressed", "[search]") {
  // A posting list for documents 31 and 170 starts with the bytes 1f 8b (31, then the gap 139).
  Index ix;
  tk::search::Term t;
  t.stem = "ab";
  t.variants = {"ab"};
  t.postings = {{31, 64}, {170, 64}};
  ix.terms = {t};
  tk::search::Layout layout;
  layout.inline_postings = 0;  // into p/0.bin
  const auto files = tk::search::encode_index(ix, layout);
  const std::string& p = files.at("search/p/0.bin");
  REQUIRE(p.size() > 3);
  CHECK(p[2] == 8);  // a gzip member (deflate), not the raw list
  std::string raw;
  REQUIRE(tk::test::gunzip(p, &raw));
  CHECK(raw == std::string("\x1f\x8b\x01\x40\x40", 5));
}
