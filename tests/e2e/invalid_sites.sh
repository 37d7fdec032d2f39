#!/usr/bin/env bash
# Every invalid fixture fails with exactly its expected diagnostics, exit 1, and leaves output/ as it was;
# `check` on it exits 1 with the same errors as `build` (it runs the same validation).
source "$(dirname "$0")/lib.bash"
n=0
for dir in "$TK_SOURCE_DIR"/tests/fixtures/invalid/*/; do
  name=$(basename "$dir")
  cp -r "$dir" "$WORK/$name"
  mkdir -p "$WORK/$name/output" && echo "previous site" > "$WORK/$name/output/index.html"
  set +e
  (cd "$WORK/$name" && "$TOOLKITGEN" build --theme "$TK_SOURCE_DIR/themes/default") >"$WORK/$name.out" 2>"$WORK/$name.err"
  rc=$?
  set -e
  [ $rc -eq 1 ] || fail "$name: exit $rc, expected 1"
  grep -v '^toolkitgen: ' "$WORK/$name.err" > "$WORK/$name.diag" || true
  if ! diff -u "$dir/expected.txt" "$WORK/$name.diag"; then fail "$name: diagnostics differ"; fi
  grep -q "nothing was written" "$WORK/$name.err" || fail "$name: no closing line"
  [ "$(cat "$WORK/$name/output/index.html")" = "previous site" ] || fail "$name: previous output was touched"
  [ -z "$(ls -d "$WORK/$name"/output.* 2>/dev/null)" ] || fail "$name: staging folder left behind"
  set +e
  (cd "$WORK/$name" && "$TOOLKITGEN" check --theme "$TK_SOURCE_DIR/themes/default") >"$WORK/$name.cout" 2>"$WORK/$name.cerr"
  rc=$?
  set -e
  [ $rc -eq 1 ] || fail "$name: check exits $rc where build exits 1"
  if ! diff -u <(grep ': error: ' "$WORK/$name.diag") <(grep ': error: ' "$WORK/$name.cerr"); then
    fail "$name: check reports other errors than build (- build, + check)"
  fi
  n=$((n + 1))
done
[ $n -ge 10 ] || fail "only $n invalid fixtures found"
echo "$n invalid sites rejected with their exact diagnostics"
