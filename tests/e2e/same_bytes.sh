#!/usr/bin/env bash
# The same bytes, every time (issue 21): 200 consecutive builds of the same tree at the default thread count
# give the same output, for the shipped tree and for a tree of many pages that use every Markdown extension
# (strikethrough, tables, task lists, autolinks, fields). One hash stands for the whole output: every file's
# path and contents. A build in 20 used to print `~~struck~~` literally (cmark-gfm's shared special-character
# table, see generator/load/markdown.cc); 200 builds catch that with near certainty.
# TK_SAME_BYTES_BUILDS overrides the count (e.g. 20 for a quick look).
source "$(dirname "$0")/lib.bash"
theme="$TK_SOURCE_DIR/themes/default"
builds=${TK_SAME_BYTES_BUILDS:-200}

hash_tree() { (cd "$1" && find . -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -d' ' -f1); }

# same_bytes NAME CONTENT: builds CONTENT $builds times into one folder, each output hashed against the first.
same_bytes() {
  local name=$1 content=$2 out="$WORK/$1-out" first="" h i
  for ((i = 1; i <= builds; i++)); do
    "$TOOLKITGEN" build --content "$content" --theme "$theme" --out "$out" -q >"$WORK/$name.log" 2>&1 ||
      { cat "$WORK/$name.log" >&2; fail "$name: build $i failed"; }
    h=$(hash_tree "$out")
    if [ -z "$first" ]; then
      first=$h
      cp -r "$out" "$WORK/$name-first"
    elif [ "$h" != "$first" ]; then
      echo "FAIL: $name: build $i differs from build 1:" >&2
      diff -r "$WORK/$name-first" "$out" | head -20 >&2
      exit 1
    fi
  done
  echo "ok: $name: $builds builds, $(find "$out" -type f | wc -l) files, all $first"
}

# A tree where every page uses every extension, so pages parse on all worker threads at once.
ext="$WORK/extensions"
mkdir -p "$ext/stages" "$ext/tools" "$ext/pages"
cat >"$ext/site.yaml" <<'EOF'
title: Extensions
publisher: Test Agency
base_url: https://example.org/
EOF
printf -- '---\ntitle: Home\n---\nSee ~~the old~~ the [start](/stages/start/) stage, www.example.org and https://example.net.\n' >"$ext/index.md"
printf -- '---\ntitle: Start\nactivities: [Begin]\n---\nThe ~~first~~ stage.\n' >"$ext/stages/01-start.md"
body() {  # body N: Markdown with strikethrough, autolinks, a table, a task list, blanks and a field block
  local p
  echo "## Part $1 ~~draft~~"
  for p in 1 2 3 4 5 6; do
    echo
    echo "Keep ~~struck $1.$p~~ and ~single~ text; see www.example.org/$1 or https://example.net/$p, mail a$1@example.com, ~~*both*~~ kinds."
  done
  printf '\n| Task ~~x~~ | District | Program |\n|:---|:---:|---:|\n| Plan ~~it~~ www.example.com | | |\n| Do | ~~nobody~~ | Name: ______ |\n'
  printf '\n- [ ] Agree ~~later~~ %s\n- [x] Share https://example.org/data\n- plain ~~item~~\n' "$1"
  printf '\nSchool district: __________\n\n```field\nlabel: Notes %s\n```\n' "$1"
}
for i in $(seq 1 24); do
  { printf -- '---\ntitle: Page %s\nsummary: A page.\n---\n' "$i"; body "$i"; } >"$ext/pages/page-$i.md"
done
for i in 1 2 3 4; do
  { printf -- '---\ntitle: Tool %s\nsummary: A tool.\nstages: [start]\nupdated: 2026-01-0%s\n---\n' "$i" "$i"; body "t$i"; } \
    >"$ext/tools/tool-$i.md"
done
"$TOOLKITGEN" build --content "$ext" --theme "$theme" --out "$WORK/probe" -q || fail "the extensions tree does not build"
grep -q '<del>struck 1.1</del>' "$WORK/probe/page-1/index.html" || fail "the extensions tree has no <del>"
grep -q 'href="http://www.example.org/1"' "$WORK/probe/page-1/index.html" || fail "the extensions tree has no autolink"
! grep -rq '~~' "$WORK/probe" --include='*.html' || fail "a literal ~~ in the first build"

same_bytes extensions "$ext"
same_bytes shipped "$TK_SOURCE_DIR/content"
