#!/usr/bin/env bash
# The command line: help for each subcommand, exit codes, the summary line, drafts, the swap.
source "$(dirname "$0")/lib.bash"
"$TOOLKITGEN" --help | grep -q "build" || fail "--help does not list build"
"$TOOLKITGEN" build --help | grep -q -- "--content" || fail "build --help does not list --content"
set +e
"$TOOLKITGEN" >/dev/null 2>&1; [ $? -eq 2 ] || fail "no subcommand must exit 2"
"$TOOLKITGEN" build --bogus >/dev/null 2>&1; [ $? -eq 2 ] || fail "unknown option must exit 2"
"$TOOLKITGEN" build --content "$WORK/none" --out "$WORK/o" >/dev/null 2>"$WORK/err"; rc=$?
set -e
[ $rc -eq 1 ] || fail "missing content folder: exit $rc"
grep -q "content folder not found" "$WORK/err" || fail "missing content folder message"

fix="$TK_SOURCE_DIR/tests/fixtures/site_minimal"
cp -r "$fix" "$WORK/content"
"$TOOLKITGEN" build -q --content "$WORK/content" --theme "$TK_SOURCE_DIR/themes/default" --out "$WORK/out"
echo stale > "$WORK/out/stale.html"  # a file left in an earlier output goes with it
"$TOOLKITGEN" build --content "$WORK/content" --theme "$TK_SOURCE_DIR/themes/default" --out "$WORK/out" >"$WORK/summary"
grep -Eq '^Built [0-9]+ pages and [0-9]+ documents in [0-9.]+ s into .*/out/ \(0 warnings\)$' "$WORK/summary" \
  || { cat "$WORK/summary"; fail "summary line"; }
[ ! -e "$WORK/out/stale.html" ] || fail "the new site must replace the old one (stale file kept)"
[ -f "$WORK/out/index.html" ] || fail "no index.html"

# Drafts: left out by default, built with --drafts.
printf -- '---\ntitle: Work in progress\ndraft: true\n---\nSoon.\n' > "$WORK/content/pages/wip.md"
"$TOOLKITGEN" build --content "$WORK/content" --theme "$TK_SOURCE_DIR/themes/default" --out "$WORK/out" >/dev/null
[ ! -e "$WORK/out/wip/index.html" ] || fail "draft built without --drafts"
"$TOOLKITGEN" build --drafts --content "$WORK/content" --theme "$TK_SOURCE_DIR/themes/default" --out "$WORK/out" >/dev/null
[ -f "$WORK/out/wip/index.html" ] || fail "draft not built with --drafts"
echo "cli ok"
