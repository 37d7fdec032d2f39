// render::formats: one row per format, every writer of the one signature writing into the sink.
#include <catch2/catch.hpp>

#include <set>

#include "build.h"
#include "render/formats.h"
#include "support/test_support.h"

TEST_CASE("formats: each row has a unique name, its extension and label, and at least one writer", "[formats]") {
  std::set<std::string> names;
  for (const tk::render::Format& f : tk::render::formats()) {
    INFO(f.name);
    CHECK(names.insert(f.name).second);
    CHECK(std::string(f.extension) == "." + std::string(f.name));
    CHECK(std::string(f.label).size() > 0);
    CHECK((f.page || f.bundle));
    if (f.bundle) CHECK(std::string(f.bundle_title).size() > 0);
    CHECK(tk::render::format(f.name) == &f);
  }
  CHECK(tk::render::format("odt") == nullptr);
  CHECK_THROWS_AS(tk::render::format_of("odt"), std::runtime_error);
  CHECK(std::string(tk::render::format_of("docx").label) == "Word");
}

TEST_CASE("formats: every row with a bundle writer is one bundle, in table order, and writes its path", "[formats]") {
  tk::Diagnostics d;
  tk::model::Site site = tk::test::load_site(std::string(TK_FIXTURES) + "/outline_site", d);
  REQUIRE_FALSE(d.has_errors());
  std::vector<std::string> want, got;
  for (const tk::render::Format& f : tk::render::formats())
    if (f.bundle) want.push_back("downloads/outline-fixture-toolkit" + std::string(f.extension));
  tk::render::MemoryOutput out;
  tk::render::BundleInput in = tk::render::bundle_input(site);
  in.document = [](const std::string& path) { return "bytes of " + path; };
  for (const tk::steps::BundleTask& t : tk::steps::bundle_tasks(site)) {
    got.push_back(t.path);
    t.format->bundle(tk::render::Job{t.path, nullptr, &in}, out);
    CHECK(out.data.count(t.path));
    if (std::string(t.format->name) == "pdf") CHECK(out.info(t.path)->pages > 1);
  }
  CHECK(got == want);
}
