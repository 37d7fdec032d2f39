#!/usr/bin/env bash
# The Word files are reproducible: two builds in different time zones write byte-identical .docx files
# (templates and the whole-toolkit bundle), stamped with the page's date, not the clock.
source "$(dirname "$0")/lib.bash"
need_tool python3
FIXTURE="$TK_SOURCE_DIR/tests/fixtures/docx_site"
for tz in UTC America/New_York America/Santiago Pacific/Auckland; do
  TZ=$tz "$TOOLKITGEN" build --content "$FIXTURE" --theme "$TK_SOURCE_DIR/themes/default" --out "$WORK/$tz" \
    >"$WORK/build.out" 2>&1 || { cat "$WORK/build.out" >&2; fail "build in $tz failed"; }
done
mapfile -t docs < <(cd "$WORK/UTC" && find . -name '*.docx' | sort)
[ "${#docs[@]}" -ge 4 ] || fail "expected at least 4 .docx files, found ${#docs[@]}"
for d in "${docs[@]}"; do
  for tz in America/New_York America/Santiago Pacific/Auckland; do
    cmp -s "$WORK/UTC/$d" "$WORK/$tz/$d" || fail "$d differs between TZ=UTC and TZ=$tz"
  done
done
# Every entry carries the page's `updated` date (2026-11-02 for the placement agreement), at 00:00.
python3 - "$WORK/UTC/tools/placement-agreement/placement-agreement.docx" <<'PY' || fail "zip timestamps"
import sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
stamps = {i.date_time for i in z.infolist()}
assert stamps == {(2026, 11, 2, 0, 0, 0)}, stamps
PY
echo "${#docs[@]} .docx files identical in 4 time zones"
