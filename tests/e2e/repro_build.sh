#!/usr/bin/env bash
# Reproducible output: the shipped site built three times, at different times, in different time zones and
# locales, from another working directory, into differently named folders, with 1 or all worker threads,
# and with SOURCE_DATE_EPOCH unset or set far in the future, is byte-identical, PDFs and .docx included.
# SOURCE_DATE_EPOCH may only matter for documents made from pages without `updated`; the shipped tools and
# jobs all have it, so the third build must match too (checked, and the test says so if that changes).
source "$(dirname "$0")/lib.bash"
content="$TK_SOURCE_DIR/content"
theme="$TK_SOURCE_DIR/themes/default"
build() {  # build OUT_DIR JOBS [env assignments...]: runs from /, so relative paths cannot leak in
  local out=$1 jobs=$2
  shift 2
  (cd / && env "$@" "$TOOLKITGEN" build --content "$content" --theme "$theme" --out "$out" --jobs "$jobs" \
    >"$out.log" 2>&1) ||
    { cat "$out.log" >&2; fail "build into $out failed"; }
}
sums() { (cd "$1" && find . -type f -print0 | sort -z | xargs -0 sha256sum); }
compare() {  # compare DIR_A DIR_B WHAT: fails listing every differing, missing or extra file
  sums "$1" >"$WORK/a.sums"
  sums "$2" >"$WORK/b.sums"
  if ! cmp -s "$WORK/a.sums" "$WORK/b.sums"; then
    echo "FAIL: $3: these files differ:" >&2
    diff <(awk '{print $2, $1}' "$WORK/a.sums") <(awk '{print $2, $1}' "$WORK/b.sums") | grep '^[<>]' |
      awk '{print $2}' | sort -u | while read -r f; do
        if [ -f "$1/$f" ] && [ -f "$2/$f" ]; then
          echo "  $f: $(cmp "$1/$f" "$2/$f" 2>&1 | head -1)" >&2
        else
          echo "  $f: only in $([ -f "$1/$f" ] && echo first || echo second) build" >&2
        fi
      done
    exit 1
  fi
}

unset SOURCE_DATE_EPOCH
build "$WORK/first" 0 TZ=UTC LC_ALL=C.UTF-8
n=$(find "$WORK/first" -type f | wc -l)
docs=$(find "$WORK/first" -type f \( -name '*.pdf' -o -name '*.docx' -o -name '*.zip' \) | wc -l)
[ "$docs" -gt 0 ] || fail "the shipped site has no PDF, .docx or .zip to compare"
grep -rqF "$WORK" "$WORK/first" && fail "the output contains the output folder's absolute path"
sleep 2
build "$WORK/second-build" 1 TZ=America/Los_Angeles LC_ALL=C
compare "$WORK/first" "$WORK/second-build" "two builds 2 s apart, in UTC and America/Los_Angeles, all threads vs 1"

# Two threads, with SOURCE_DATE_EPOCH in 2033 (later than any `updated`), in UTC+05:30.
missing=$(grep -L '^updated:' "$content"/tools/*.md "$content"/jobs/*.md || true)
build "$WORK/third" 2 TZ=Asia/Kolkata SOURCE_DATE_EPOCH=2000000000 LC_ALL=C.UTF-8
if [ -n "$missing" ]; then
  echo "note: SOURCE_DATE_EPOCH may change documents of these pages without 'updated':" $missing
else
  compare "$WORK/first" "$WORK/third" "SOURCE_DATE_EPOCH unset vs 2000000000, with 'updated' on every tool and job"
fi
echo "ok: $n files ($docs PDF/.docx/.zip) byte-identical across builds"
