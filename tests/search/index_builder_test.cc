// Tests of the search index: built from a hand-made site, encoded, and decoded back from the files.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <mutex>

#include "render/output.h"
#include "search/index_builder.h"
#include "search/index_format.h"
#include "search/index_writer.h"
#include "search/search_test_util.h"

using tk::doc::Kind;
using tk::doc::Node;
using tk::model::Page;
using tk::search::Index;

namespace {

Node text(const std::string& s) {
  Node n;
  n.kind = Kind::Text;
  n.text = s;
  return n;
}
Node para(const std::string& s) {
  Node n;
  n.kind = Kind::Paragraph;
  n.children = {text(s)};
  return n;
}
Node heading(const std::string& id, const std::string& s) {
  Node n;
  n.kind = Kind::Heading;
  n.level = 2;
  n.extra().id = id;
  n.children = {text(s)};
  return n;
}
Node body(std::vector<Node> blocks) {
  Node n;
  n.kind = Kind::Document;
  n.children = std::move(blocks);
  return n;
}
Page page(tk::model::Kind k, const std::string& slug, const std::string& title, const std::string& summary,
          std::vector<Node> blocks) {
  Page p;
  p.kind = k;
  p.slug = slug;
  p.title = title;
  p.summary = summary;
  p.body = body(std::move(blocks));
  return p;
}

// Pages deliberately out of kind order.
tk::model::Site sample_site() {
  using K = tk::model::Kind;
  tk::model::Site site;
  site.config.title = "Toolkit";
  site.config.base_url = "https://example.gov/";
  Page smart = page(K::Tool, "developing-smart-goals", "Developing SMART Goals", "Turn a vision into goals.",
                    {para("Goals give the partnership a direction."), heading("writing-goals", "Writing goals"),
                     para("Each goal is specific and measurable.")});
  smart.stages = {"initiation"};
  smart.focus_areas = {"strong-partnerships"};
  site.pages.push_back(smart);
  Page dsa = page(K::Tool, "data-sharing-agreement", "Data Sharing Agreement", "What partners may share.",
                  {para("Partnerships that exchange records sign it. It protects privacy."),
                   heading("signatures", "Signatures"), para("Both partners sign.")});
  dsa.stages = {"continuous-improvement"};
  site.pages.push_back(dsa);
  Page ext = page(K::Tool, "sustainability", "Sustainability Planning Resources", "Outside guidance.", {});
  ext.link = "https://example.org/sustain";
  ext.stages = {"initiation"};
  site.pages.push_back(ext);
  site.pages.push_back(page(K::Home, "", "Toolkit", "Start here.", {para("Welcome to the partnership toolkit.")}));
  Page stage = page(K::Stage, "initiation", "Initiation", "Getting started.", {para("Form a team.")});
  stage.activities = {"Write SMART goals", "Sign a compact"};
  site.pages.push_back(stage);
  Page spot = page(K::Spotlight, "bu", "Boston University and Boston Public Schools", "A network.",
                   {para("They calibrated their observers.")});
  spot.partners = {{"Boston University", "program"}};
  spot.location = "Boston";
  spot.focus_areas = {"strong-partnerships"};
  site.pages.push_back(spot);
  Page focus = page(K::FocusArea, "strong-partnerships", "Strong Partnerships", "Why partnerships matter.", {});
  tk::model::Faq faq;
  faq.q = "But what about cost?";
  faq.a = body({para("Costs are shared.")});
  focus.faq = {faq};
  site.pages.push_back(focus);
  site.pages.push_back(page(K::Page, "about", "About", "About the toolkit.", {para("Published by the Department.")}));
  return site;
}

const tk::search::Term* find_term(const Index& ix, const std::string& stem) {
  for (const auto& t : ix.terms)
    if (t.stem == stem) return &t;
  return nullptr;
}

std::uint8_t weight_in(const tk::search::Term& t, std::uint32_t doc) {
  for (const auto& p : t.postings)
    if (p.doc == doc) return p.weight;
  return 0;
}

std::uint32_t doc_of(const Index& ix, const std::string& title) {
  for (std::size_t i = 0; i < ix.docs.size(); ++i)
    if (ix.docs[i].title == title) return static_cast<std::uint32_t>(i);
  FAIL("no doc " << title);
  return 0;
}

}  // namespace

TEST_CASE("the index orders documents by kind and keeps links and sections", "[search]") {
  const Index ix = tk::search::build_index(sample_site());
  REQUIRE(ix.docs.size() == 8);
  CHECK(ix.docs[0].kind == tk::model::Kind::Home);
  CHECK(ix.docs[0].url.empty());
  CHECK(ix.docs[1].title == "Initiation");
  CHECK(ix.docs[1].url == "stages/initiation/");
  CHECK(ix.docs[2].title == "Developing SMART Goals");
  CHECK(ix.docs[2].url == "tools/developing-smart-goals/");
  CHECK(ix.docs[4].url == "https://example.org/sustain");
  CHECK(ix.docs[7].url == "about/");
  const auto& s = ix.docs[2].sections;
  REQUIRE(s.size() == 2);
  CHECK(s[1].id == "writing-goals");
  CHECK(s[1].text == "Each goal is specific and measurable.");
  // Extras: activities, partners and FAQ become labelled sections.
  CHECK(ix.docs[1].sections.back().heading == "Key activities");
  CHECK(ix.docs[1].sections.back().text == "Write SMART goals\nSign a compact");
  CHECK(ix.docs[5].sections.back().text == "Boston University (program)\nBoston");
  CHECK(ix.docs[6].sections.back().heading == "But what about cost?");
}

TEST_CASE("terms are stemmed, carry their word variants and rank titles first", "[search]") {
  const Index ix = tk::search::build_index(sample_site());
  REQUIRE(std::is_sorted(ix.terms.begin(), ix.terms.end(),
                         [](const auto& a, const auto& b) { return a.stem < b.stem; }));
  CHECK(find_term(ix, "the") == nullptr);  // stop word
  const auto* partnership = find_term(ix, "partnership");
  REQUIRE(partnership);
  CHECK(std::find(partnership->variants.begin(), partnership->variants.end(), "partnerships") !=
        partnership->variants.end());
  CHECK(std::find(partnership->variants.begin(), partnership->variants.end(), "partnership") !=
        partnership->variants.end());
  const auto* goal = find_term(ix, "goal");
  REQUIRE(goal);
  CHECK(goal->variants.front() == "goals");  // the most frequent form first
  const auto smart_doc = doc_of(ix, "Developing SMART Goals");
  const auto stage_doc = doc_of(ix, "Initiation");
  CHECK(weight_in(*goal, smart_doc) > weight_in(*goal, stage_doc));
  CHECK(weight_in(*goal, stage_doc) > 0);
  const auto* calibr = find_term(ix, "calibr");
  REQUIRE(calibr);
  CHECK(calibr->variants == std::vector<std::string>{"calibrated"});
  // Meta words: a tool is found by its stage's name, a spotlight by its partner.
  const auto* initi = find_term(ix, "initi");
  REQUIRE(initi);
  CHECK(weight_in(*initi, smart_doc) > 0);
  CHECK(weight_in(*find_term(ix, "univers"), doc_of(ix, "Boston University and Boston Public Schools")) > 0);
  for (const auto& t : ix.terms)
    for (std::size_t i = 1; i < t.postings.size(); ++i) CHECK(t.postings[i - 1].doc < t.postings[i].doc);
}

TEST_CASE("filters list documents by stage and focus area", "[search]") {
  const Index ix = tk::search::build_index(sample_site());
  const auto stage = doc_of(ix, "Initiation"), smart = doc_of(ix, "Developing SMART Goals");
  const auto ext = doc_of(ix, "Sustainability Planning Resources");
  CHECK(ix.stage_docs.at("initiation") == std::vector<std::uint32_t>{stage, smart, ext});
  CHECK(ix.stage_docs.at("continuous-improvement") ==
        std::vector<std::uint32_t>{doc_of(ix, "Data Sharing Agreement")});
  CHECK(ix.focus_docs.at("strong-partnerships") ==
        std::vector<std::uint32_t>{smart, doc_of(ix, "Boston University and Boston Public Schools"),
                                   doc_of(ix, "Strong Partnerships")});
}

TEST_CASE("term weights follow BM25 with title and heading bonuses", "[search]") {
  using tk::search::term_weight;
  CHECK(term_weight(1, 100, 100, true, false) > term_weight(1, 100, 100, false, true));
  CHECK(term_weight(1, 100, 100, false, true) > term_weight(1, 100, 100, false, false));
  CHECK(term_weight(3, 100, 100, false, false) > term_weight(1, 100, 100, false, false));
  CHECK(term_weight(1, 50, 100, false, false) > term_weight(1, 400, 100, false, false));
  CHECK(term_weight(1000, 1, 100, true, true) <= 255);
  CHECK(term_weight(0.001, 10000, 1, false, false) >= 1);
}

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

TEST_CASE("a document sink gets every document's sections once, and the index keeps none", "[search]") {
  const Index whole = tk::search::build_index(sample_site());
  std::mutex mu;
  std::map<std::uint32_t, std::vector<tk::search::Section>> seen;
  const Index ix = tk::search::build_index(sample_site(), [&](std::uint32_t doc, const tk::search::Doc& d) {
    std::lock_guard<std::mutex> lock(mu);
    CHECK(seen.count(doc) == 0);
    seen[doc] = d.sections;
  });
  REQUIRE(seen.size() == whole.docs.size());
  REQUIRE(ix.docs.size() == whole.docs.size());
  for (std::uint32_t d = 0; d < ix.docs.size(); ++d) {
    CHECK(ix.docs[d].sections.empty());
    CHECK(ix.docs[d].title == whole.docs[d].title);
    REQUIRE(seen[d].size() == whole.docs[d].sections.size());
    for (std::size_t s = 0; s < seen[d].size(); ++s) CHECK(seen[d][s].text == whole.docs[d].sections[s].text);
  }
  REQUIRE(ix.terms.size() == whole.terms.size());
  for (std::size_t t = 0; t < ix.terms.size(); ++t) {
    CHECK(ix.terms[t].stem == whole.terms[t].stem);
    CHECK(ix.terms[t].variants == whole.terms[t].variants);
    CHECK(ix.terms[t].postings.size() == whole.terms[t].postings.size());
  }
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
