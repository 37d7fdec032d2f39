// The output folder: which --out may be replaced (real paths), the marker, the swap, leftovers of killed builds.
#include <catch2/catch.hpp>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "core/files.h"
#include "core/output_dir.h"
#include "support/test_support.h"

namespace fs = std::filesystem;
using tk::outdir::check;
using tk::outdir::Places;

namespace {

struct Project {
  tk::test::TempDir tmp;
  Places places;
  Project() {
    tmp.write("proj/content/index.md", "x");
    tmp.write("proj/themes/default/templates/page.mustache", "x");
    tmp.write("home/me/.profile", "x");
    tmp.write("proj/mine/notes.txt", "keep");
    tmp.write("proj/notes.txt", "keep");
    places = Places{p("proj/content"), p("proj/themes/default"), p("proj"), p("home/me")};
  }
  std::string p(const std::string& rel) const { return tmp.path() + "/" + rel; }
  std::string refused(const std::string& out, bool force = false) const {
    tk::outdir::Decision d = check(out, places, force);
    REQUIRE_FALSE(d.ok);
    return d.error;
  }
};

pid_t dead_pid() {  // a child that has exited and been reaped
  pid_t pid = ::fork();
  if (pid == 0) ::_exit(0);
  ::waitpid(pid, nullptr, 0);
  return pid;
}

}  // namespace

TEST_CASE("an --out that holds, is or lies inside a protected folder is refused even with --force", "[core][outdir]") {
  Project pr;
  for (bool force : {false, true}) {
    CHECK_THAT(pr.refused(pr.p("proj/content"), force), Catch::Contains("is the content folder; toolkitgen never replaces it, even with --force"));
    CHECK_THAT(pr.refused(pr.p("proj/content/"), force), Catch::Contains("is the content folder"));
    CHECK_THAT(pr.refused(pr.p("proj/mine/../content"), force), Catch::Contains("is the content folder"));
    CHECK_THAT(pr.refused(pr.p("proj/content/out"), force), Catch::Contains("is inside the content folder"));
    CHECK_THAT(pr.refused(pr.p("proj/themes"), force), Catch::Contains("holds the theme folder"));
    CHECK_THAT(pr.refused(pr.p("proj/themes/default/static"), force), Catch::Contains("is inside the theme folder"));
    CHECK_THAT(pr.refused(pr.p("proj"), force), Catch::Contains("holds the content folder"));
    CHECK_THAT(pr.refused(pr.p("home/me"), force), Catch::Contains("is your home folder"));
    CHECK_THAT(pr.refused(pr.p("home"), force), Catch::Contains("holds your home folder"));
    CHECK_THAT(pr.refused("/", force), Catch::Contains("is the root of the file system"));
    CHECK_THAT(pr.refused("//", force), Catch::Contains("is the root of the file system"));
  }
  Places elsewhere = pr.places;
  elsewhere.cwd = pr.p("proj/mine");
  CHECK_THAT(check(pr.p("proj/mine"), elsewhere, true).error, Catch::Contains("is the working folder"));
  // Through a link: the real path is compared.
  fs::create_directory_symlink(pr.p("proj/content"), pr.p("proj/c-link"));
  CHECK_THAT(pr.refused(pr.p("proj/c-link"), true), Catch::Contains("(a link to " + pr.p("proj/content") + ") is the content folder"));
  fs::create_directory_symlink(pr.p("proj"), pr.p("up"));
  CHECK_THAT(pr.refused(pr.p("up/content/x"), true), Catch::Contains("is inside the content folder"));
}

TEST_CASE("build --out may replace a new, empty or marked folder; a foreign folder or a file only with --force", "[core][outdir]") {
  Project pr;
  auto ok = [&](const std::string& out, bool force = false) { return check(out, pr.places, force).ok; };
  CHECK(ok(pr.p("proj/output")));
  CHECK(ok(pr.p("proj/output/")));
  CHECK(ok(pr.p("proj/new/deep/output")));
  fs::create_directory(pr.p("proj/empty"));
  CHECK(ok(pr.p("proj/empty")));
  CHECK_THAT(pr.refused(pr.p("proj/mine")), Catch::Contains("is a folder toolkitgen did not write (it holds 'notes.txt')"));
  CHECK_THAT(pr.refused(pr.p("proj/mine")), Catch::Contains("add --force"));
  CHECK(ok(pr.p("proj/mine"), true));
  CHECK_THAT(pr.refused(pr.p("proj/notes.txt")), Catch::Contains("is a file, not a folder"));
  CHECK(ok(pr.p("proj/notes.txt"), true));
  // The marker makes a folder an output; a marker with other text, or a link named like it, does not.
  pr.tmp.write("proj/mine/.toolkitgen-output", "something else\n");
  CHECK_FALSE(ok(pr.p("proj/mine")));
  pr.tmp.write("proj/mine/.toolkitgen-output", tk::outdir::marker_text());
  CHECK(ok(pr.p("proj/mine")));
  CHECK(tk::outdir::has_marker(pr.p("proj/mine")));
  fs::create_directory(pr.p("proj/linked"));
  fs::create_symlink(pr.p("proj/mine/.toolkitgen-output"), pr.p("proj/linked/.toolkitgen-output"));
  CHECK_FALSE(tk::outdir::has_marker(pr.p("proj/linked")));
  // A link to nothing, or to a file, is refused with what it points to.
  fs::create_symlink("nowhere", pr.p("proj/dangling"));
  CHECK_THAT(pr.refused(pr.p("proj/dangling"), true), Catch::Contains("is a symbolic link to 'nowhere', which does not exist"));
  fs::create_symlink("notes.txt", pr.p("proj/file-link"));
  CHECK_THAT(pr.refused(pr.p("proj/file-link"), true), Catch::Contains("which is not a folder"));
  // A link to a folder: the folder is the target, the link is kept.
  fs::create_directory_symlink(pr.p("proj/empty"), pr.p("proj/site"));
  tk::outdir::Decision d = check(pr.p("proj/site/"), pr.places, false);
  REQUIRE(d.ok);
  CHECK(d.target.path == fs::canonical(pr.p("proj/empty")).string());
  CHECK(d.target.link == pr.p("proj/empty"));
}

TEST_CASE("a publisher swaps the staged site in, keeps the mode, and removes what killed builds left", "[core][outdir]") {
  Project pr;
  const std::string out = pr.p("proj/output");
  fs::create_directory(out);
  pr.tmp.write("proj/output/old.html", "old");
  pr.tmp.write("proj/output/.toolkitgen-output", tk::outdir::marker_text());
  ::chmod(out.c_str(), 02750);
  // Leftovers: a dead process's marked staging folder and an empty one go; an unmarked one and a live one stay.
  const std::string dead = std::to_string(dead_pid());
  pr.tmp.write("proj/output.tmp-" + dead + "/.toolkitgen-output", tk::outdir::marker_text());
  pr.tmp.write("proj/output.tmp-" + dead + "/a/b.html", "partial");
  fs::create_directory(pr.p("proj/output.old-" + dead));
  pr.tmp.write("proj/output.tmp-1" + dead + "/mine.txt", "not ours");
  pr.tmp.write("proj/output.tmp-1/.toolkitgen-output", tk::outdir::marker_text());  // pid 1 is alive
  pr.tmp.write("proj/output.tmp-x1/.toolkitgen-output", tk::outdir::marker_text());  // not a pid

  tk::outdir::Decision d = check(out, pr.places, false);
  REQUIRE(d.ok);
  tk::outdir::Publisher pub(d.target);
  CHECK(pub.remove_leftovers() == 2);
  CHECK_FALSE(fs::exists(pr.p("proj/output.tmp-" + dead)));
  CHECK_FALSE(fs::exists(pr.p("proj/output.old-" + dead)));
  CHECK(fs::exists(pr.p("proj/output.tmp-1" + dead + "/mine.txt")));
  CHECK(fs::exists(pr.p("proj/output.tmp-1")));
  CHECK(fs::exists(pr.p("proj/output.tmp-x1")));

  std::string staging = pub.begin();
  CHECK(staging == out + ".tmp-" + std::to_string(::getpid()));
  CHECK(tk::outdir::has_marker(staging));
  CHECK_FALSE(pub.in_place());
  std::ofstream(staging + "/index.html") << "new";
  pub.commit();
  std::string bytes;
  CHECK(tk::read_whole_file(out + "/index.html", bytes));
  CHECK(bytes == "new");
  CHECK_FALSE(fs::exists(out + "/old.html"));
  CHECK_FALSE(fs::exists(staging));
  struct stat st;
  REQUIRE(::stat(out.c_str(), &st) == 0);
  CHECK((st.st_mode & 07777) == 02750);
}

TEST_CASE("an abandoned build leaves the output as it was and no staging folder", "[core][outdir]") {
  Project pr;
  const std::string out = pr.p("proj/output");
  pr.tmp.write("proj/output/index.html", "old");
  pr.tmp.write("proj/output/.toolkitgen-output", tk::outdir::marker_text());
  tk::outdir::Publisher pub(check(out, pr.places, false).target);
  std::string staging = pub.begin();
  std::ofstream(staging + "/index.html") << "half";
  pub.abandon();
  CHECK_FALSE(fs::exists(staging));
  std::string bytes;
  CHECK(tk::read_whole_file(out + "/index.html", bytes));
  CHECK(bytes == "old");
}
