#!/usr/bin/env bash
# The shipped content passes `toolkitgen check` with no warnings: with reading_grade_max set in site.yaml, every
# page reads at that Flesch-Kincaid grade or below and no sentence is over 35 words.
source "$(dirname "$0")/lib.bash"
grep -q '^reading_grade_max: ' "$TK_SOURCE_DIR/content/site.yaml" || fail "content/site.yaml does not set reading_grade_max"
"$TOOLKITGEN" check --content "$TK_SOURCE_DIR/content" --theme "$TK_SOURCE_DIR/themes/default" \
  >"$WORK/check.out" 2>"$WORK/check.err" || { cat "$WORK/check.err" >&2; fail "check found errors"; }
if grep -q ": warning: " "$WORK/check.err" "$WORK/check.out"; then
  cat "$WORK/check.err" "$WORK/check.out" >&2
  fail "check warns about the shipped content"
fi
echo "ok"
