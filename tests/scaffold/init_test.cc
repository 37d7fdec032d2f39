// `toolkitgen init DIR` (generator/scaffold/init.cc): into a new or empty folder it writes a toolkit that
// builds; a folder that holds anything, or a file, is refused and left exactly as it was.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "build.h"
#include "load/site_loader.h"
#include "scaffold/init.h"
#include "support/test_support.h"

namespace fs = std::filesystem;

namespace {

const std::string kTheme = std::string(TK_SOURCE_DIR) + "/themes/default";

std::string slurp(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

// Every file below dir with its bytes, by relative path.
std::map<std::string, std::string> tree(const fs::path& dir) {
  std::map<std::string, std::string> out;
  for (auto it = fs::recursive_directory_iterator(dir); it != fs::recursive_directory_iterator(); ++it)
    out[fs::relative(it->path(), dir).generic_string()] = it->is_regular_file() ? slurp(it->path()) : "<folder>";
  return out;
}

}  // namespace

TEST_CASE("init into a new folder writes a toolkit that builds", "[scaffold][init]") {
  tk::test::TempDir tmp;
  const fs::path kit = fs::path(tmp.path()) / "mykit";
  tk::scaffold::InitResult r = tk::scaffold::init({kit.string(), false, ""});
  INFO(r.message);
  REQUIRE(r.exit_code == 0);
  CHECK(r.files == 7);
  for (const char* f : {"README.md", ".gitignore", "content/site.yaml", "content/index.md", "content/stages/getting-started.md",
                        "content/tools/partnership-agreement.md", "content/pages/about.md"}) {
    INFO(f);
    CHECK(fs::is_regular_file(kit / f));
  }
  CHECK(slurp(kit / ".gitignore") == "output/\n");

  tk::Diagnostics diags;
  tk::model::Site site = tk::load::load_site({(kit / "content").string(), false}, diags);
  INFO(tk::test::all_messages(diags));
  CHECK_FALSE(diags.has_errors());
  const tk::model::Page* tool = site.find(tk::model::Kind::Tool, "partnership-agreement");
  REQUIRE(tool);
  CHECK_FALSE(tool->draft);  // published, unlike `new`'s starter
  CHECK(tool->stages == std::vector<std::string>{"getting-started"});
  CHECK(tool->updated.size() == 10);  // today's date, written into the file
  CHECK(tool->fields.size() >= 4);

  tk::BuildOptions o;
  o.content_dir = (kit / "content").string();
  o.theme_dir = kTheme;
  o.out_dir = (kit / "output").string();
  o.jobs = 2;
  tk::Diagnostics build_diags;
  tk::BuildResult b = tk::build(o, build_diags);
  INFO(tk::test::all_messages(build_diags));
  REQUIRE(b.exit_code == 0);
  CHECK(b.pages > 0);
  CHECK(fs::is_regular_file(kit / "output" / "index.html"));
  CHECK(fs::is_regular_file(kit / "output" / "tools" / "partnership-agreement" / "partnership-agreement.pdf"));
  CHECK(fs::is_regular_file(kit / "output" / "tools" / "partnership-agreement" / "partnership-agreement.docx"));
}

TEST_CASE("init into an empty folder writes; --example copies the shipped toolkit", "[scaffold][init]") {
  tk::test::TempDir tmp;
  const fs::path empty = fs::path(tmp.path()) / "empty";
  fs::create_directory(empty);
  tk::scaffold::InitResult r = tk::scaffold::init({empty.string(), false, ""});
  INFO(r.message);
  CHECK(r.exit_code == 0);
  CHECK(fs::is_regular_file(empty / "content" / "site.yaml"));

  const fs::path example = fs::path(tmp.path()) / "example";
  const std::string shipped = std::string(TK_SOURCE_DIR) + "/content";
  tk::scaffold::InitResult e = tk::scaffold::init({example.string(), true, shipped});
  INFO(e.message);
  REQUIRE(e.exit_code == 0);
  CHECK(tree(example / "content") == tree(shipped));
  CHECK(tk::scaffold::init({(fs::path(tmp.path()) / "no-example").string(), true, ""}).exit_code == 2);
  CHECK_FALSE(fs::exists(fs::path(tmp.path()) / "no-example"));
}

TEST_CASE("init refuses a folder that holds anything, or a file, and touches nothing", "[scaffold][init]") {
  tk::test::TempDir tmp;
  const fs::path full = fs::path(tmp.path()) / "full";
  tmp.write("full/.notes", "mine\n");
  tmp.write("full/content/site.yaml", "title: Mine\n");
  const auto before = tree(full);
  tk::scaffold::InitResult r = tk::scaffold::init({full.string(), false, ""});
  CHECK(r.exit_code == 1);
  CHECK(r.message == full.string() + " is not empty; init writes only into a new or empty folder (choose another name)");
  CHECK(r.files == 0);
  CHECK(tree(full) == before);

  tmp.write("afile", "x");
  const fs::path file = fs::path(tmp.path()) / "afile";
  tk::scaffold::InitResult f = tk::scaffold::init({file.string(), false, ""});
  CHECK(f.exit_code == 1);
  CHECK(f.message == file.string() + " exists and is not a folder; choose another name");
  CHECK(slurp(file) == "x");

  tk::scaffold::InitResult none = tk::scaffold::init({"", false, ""});
  CHECK(none.exit_code == 2);
  CHECK(none.message == "name the folder for the new toolkit, e.g. toolkitgen init mykit");
}
