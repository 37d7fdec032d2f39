#!/usr/bin/env python3
"""Unit tests mirror generator/ file by file (README, "Tests").

A source generator/<dir>/<file>.cc (or a header with no .cc beside it) is mirrored by tests/<dir>/<file>_test.cc,
or by tests/<dir>/<file>_<aspect>_test.cc (a second test of the same file, e.g. markdown_threads_test.cc).
Every unit test must mirror a source the same way, except in the folders listed in NOT_MIRRORS.
Prints every source without a test that is not on tests/test_layout_allow.txt (and every allow-list line that
names a tested or missing source, so the list only shrinks), every test that mirrors nothing; exit 1 if any.
Usage: tests/tools/test_layout.py [REPO]   (default: the repository holding this script)
"""
import pathlib
import sys

# Test folders that do not mirror generator/: what they test lives elsewhere.
NOT_MIRRORS = {
    "regress": "replays what fuzzing found through fuzz/harness.cc",
}

repo = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parents[2])
gen, tests = repo / "generator", repo / "tests"

sources = {}  # "dir/file" -> shown name
for p in sorted(gen.rglob("*")):
    if p.suffix not in (".cc", ".h"):
        continue
    stem = p.relative_to(gen).with_suffix("").as_posix()
    if p.suffix == ".h" and p.with_suffix(".cc").exists():
        continue  # the .cc's test covers its header
    sources[stem] = p.relative_to(repo).as_posix()

test_files = sorted(t.relative_to(tests).as_posix()[: -len("_test.cc")]
                    for t in tests.rglob("*_test.cc") if "node_modules" not in t.parts)


def mirrors(test, stem):
    return test == stem or test.startswith(stem + "_")


allowed = {}
allow_file = tests / "test_layout_allow.txt"
for n, line in enumerate(allow_file.read_text().splitlines(), 1):
    entry = line.split("#", 1)[0].strip()
    if entry:
        allowed[entry] = n

problems = []
for stem, shown in sources.items():
    tested = any(mirrors(t, stem) for t in test_files)
    if not tested and shown not in allowed:
        problems.append(f"{shown}: no unit test: write tests/{stem}_test.cc (or allow it in {allow_file.name} with a reason)")
    if tested and shown in allowed:
        problems.append(f"tests/{allow_file.name}:{allowed[shown]}: {shown} has a test now: remove it from the list")
for entry, n in allowed.items():
    if entry not in sources.values():
        problems.append(f"tests/{allow_file.name}:{n}: {entry} is not a source file (renamed or removed?)")
for t in test_files:
    if t.split("/", 1)[0] in NOT_MIRRORS:
        continue
    if not any(mirrors(t, stem) for stem in sources):
        problems.append(f"tests/{t}_test.cc: mirrors no generator/ source: name it tests/<dir>/<file>_test.cc "
                        f"after the generator/<dir>/<file>.cc it tests")

for p in problems:
    print(p)
untested = sum(1 for s in sources if not any(mirrors(t, s) for t in test_files))
print(f"{len(sources)} sources, {len(sources) - untested} with a mirrored unit test, {untested} allowed without; "
      f"{len(problems)} problem(s)")
sys.exit(1 if problems else 0)
