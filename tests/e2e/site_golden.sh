#!/usr/bin/env bash
# HTML and search goldens (beside tests/golden/docx/): tests/fixtures/site_minimal built with a fixed
# SOURCE_DATE_EPOCH; six pages (home, a stage, a tool with fields, a spotlight, the downloads page, 404) must be
# byte for byte tests/golden/html/<path>, and the search index, decoded to text by tests/tools/search_dump.js
# (JSON pretty-printed, one term a line), must be tests/golden/search/site_minimal.txt. A difference fails with
# a unified diff. When a change is intended, rewrite every golden (these and the .docx ones) and review the diff:
#   cd build && TK_UPDATE_GOLDEN=1 ctest -R golden && git diff ../tests/golden
source "$(dirname "$0")/lib.bash"
need_tool node diff
export SOURCE_DATE_EPOCH=1700000000
pages=(index.html stages/start/index.html tools/compact/index.html spotlights/a-partnership/index.html
  downloads/index.html 404.html)
golden="$TK_SOURCE_DIR/tests/golden"
"$TOOLKITGEN" build --quiet --content "$TK_SOURCE_DIR/tests/fixtures/site_minimal" \
  --theme "$TK_SOURCE_DIR/themes/default" --out "$WORK/site" >"$WORK/build.out" 2>&1 ||
  { cat "$WORK/build.out" >&2; fail "build of site_minimal failed"; }
mkdir -p "$WORK/got/html" "$WORK/got/search"
for p in "${pages[@]}"; do
  mkdir -p "$WORK/got/html/$(dirname "$p")"
  cp "$WORK/site/$p" "$WORK/got/html/$p"
done
node "$TK_SOURCE_DIR/tests/tools/search_dump.js" "$WORK/site" >"$WORK/got/search/site_minimal.txt"
if [ "${TK_UPDATE_GOLDEN:-}" = 1 ]; then
  rm -rf "$golden/html" "$golden/search"
  cp -r "$WORK/got/html" "$WORK/got/search" "$golden/"
  echo "golden files rewritten in $golden/html and $golden/search"
  exit 0
fi
ln -s "$golden" "$WORK/golden"
differ=()
for d in html search; do (cd "$WORK" && diff -ru "golden/$d" "got/$d" >&2) || differ+=("tests/golden/$d"); done
[ ${#differ[@]} -eq 0 ] || fail "${differ[*]} differ from the build (- golden, + got); if the change is intended:" \
  "cd build && TK_UPDATE_GOLDEN=1 ctest -R golden"
echo "${#pages[@]} pages and the search index equal tests/golden/html and tests/golden/search"
