#!/usr/bin/env bash
# Every invalid case (tests/invalid/<case>.txtar: the shared base site tests/invalid/base/ plus the case's files)
# is built in a folder of its own: stderr and the exit code must be exactly the case's `-- expected --` section,
# output/ must be left as it was, with no staging folder beside it; `check` on it must exit 1 with the same
# errors (it runs the same validation). Every case runs, then each failing one is named with a diff.
# TK_INVALID_CASES="bad-yaml positions" runs only those. One CTest entry for all: the 32 cases take about a
# second, and a failure names its case.
source "$(dirname "$0")/lib.bash"
need_tool python3 diff
txtar="$TK_SOURCE_DIR/tests/tools/txtar.py"
cases=()
if [ -n "${TK_INVALID_CASES:-}" ]; then
  for n in $TK_INVALID_CASES; do cases+=("$TK_SOURCE_DIR/tests/invalid/$n.txtar"); done
else
  cases=("$TK_SOURCE_DIR"/tests/invalid/*.txtar)
fi
python3 "$txtar" unpack "$WORK" "${cases[@]}" || fail "a case file does not read"
n=0 failed=()
bad() { echo "FAIL: $name: $*" >&2; failed+=("$name"); }
for case in "${cases[@]}"; do
  name=$(basename "$case" .txtar)
  dir="$WORK/$name"
  mkdir -p "$dir/output" && echo "previous site" >"$dir/output/index.html"
  rc=0
  (cd "$dir" && "$TOOLKITGEN" build --theme "$TK_SOURCE_DIR/themes/default") >"$dir.out" 2>"$dir.err" || rc=$?
  echo "exit $rc" >>"$dir.err"
  diff -u --label "expected ($case)" --label "toolkitgen build" "$dir.expected" "$dir.err" >&2 ||
    bad "stderr and exit code differ from the expected section (- expected, + got)"
  [ "$(cat "$dir/output/index.html")" = "previous site" ] || bad "previous output was touched"
  [ -z "$(ls -d "$dir"/output.* 2>/dev/null)" ] || bad "staging folder left behind"
  rc=0
  (cd "$dir" && "$TOOLKITGEN" check --theme "$TK_SOURCE_DIR/themes/default") >"$dir.cout" 2>"$dir.cerr" || rc=$?
  [ $rc -eq 1 ] || bad "check exits $rc where build exits 1"
  diff -u --label build --label check <(grep ': error: ' "$dir.err") <(grep ': error: ' "$dir.cerr") >&2 ||
    bad "check reports other errors than build (- build, + check)"
  n=$((n + 1))
done
[ ${#failed[@]} -eq 0 ] || fail "${#failed[@]} of $n invalid cases failed: $(printf '%s\n' "${failed[@]}" | sort -u | tr '\n' ' ')"
[ -n "${TK_INVALID_CASES:-}" ] || [ $n -ge 30 ] || fail "only $n invalid cases found in tests/invalid/"
echo "$n invalid sites rejected with their exact diagnostics and exit code"
