#!/usr/bin/env bash
# new: writes a draft in the kind's folder, prints its path, builds with --drafts (its PDF has the starter's
# fields), and refuses to overwrite.
source "$(dirname "$0")/lib.bash"
need_tool qpdf python3
theme="$TK_SOURCE_DIR/themes/default"
cp -r "$TK_SOURCE_DIR/tests/fixtures/site_minimal" "$WORK/content"
"$TOOLKITGEN" new --help | grep -q "focus-area" || fail "new --help lists the kinds"
for kind in stage tool job spotlight focus-area page; do
  path=$("$TOOLKITGEN" new "$kind" "Mentor Survey $kind" --content "$WORK/content" 2>/dev/null)
  [ -f "$path" ] || fail "new $kind: printed '$path', no such file"
  head -1 "$path" | grep -q '^---$' || fail "new $kind: no front matter"
  grep -q '^draft: true' "$path" || fail "new $kind: not a draft"
done
tool="$WORK/content/tools/mentor-survey-tool.md"
[ -f "$tool" ] || fail "the tool is not at tools/<slug>.md"
grep -q '^stages: \[start\]' "$tool" || fail "the tool names no existing stage"

# Without --drafts the build ignores them; with --drafts they build, the tool with its fill-in fields.
"$TOOLKITGEN" build -q --content "$WORK/content" --theme "$theme" --out "$WORK/out"
[ ! -e "$WORK/out/tools/mentor-survey-tool" ] || fail "draft built without --drafts"
"$TOOLKITGEN" build -q --drafts --content "$WORK/content" --theme "$theme" --out "$WORK/out" 2>"$WORK/err" || { cat "$WORK/err"; fail "build --drafts failed"; }
[ ! -s "$WORK/err" ] || { cat "$WORK/err"; fail "the starters give warnings"; }
for p in stages/mentor-survey-stage jobs/mentor-survey-job spotlights/mentor-survey-spotlight focus-areas/mentor-survey-focus-area mentor-survey-page; do
  [ -f "$WORK/out/$p/index.html" ] || fail "$p not built"
done
pdf="$WORK/out/tools/mentor-survey-tool/mentor-survey-tool.pdf"
[ -f "$pdf" ] || fail "the new tool has no PDF"
fields=$(qpdf --json "$pdf" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(len(d.get("acroform",{}).get("fields",[])))')
[ "$fields" -ge 8 ] || fail "the new tool's PDF has $fields fields"

# Never overwrite; the editor's text stays.
echo "My own words." >>"$tool"
set +e
"$TOOLKITGEN" new tool "Mentor Survey Tool" --content "$WORK/content" >"$WORK/out2" 2>"$WORK/err"; rc=$?
"$TOOLKITGEN" new widget "X" --content "$WORK/content" >/dev/null 2>"$WORK/err2"; rc2=$?
set -e
[ $rc -eq 1 ] || fail "overwrite attempt: exit $rc"
grep -q "already exists" "$WORK/err" || fail "overwrite message: $(cat "$WORK/err")"
[ ! -s "$WORK/out2" ] || fail "a refused new printed a path"
grep -q "My own words." "$tool" || fail "the file was overwritten"
[ $rc2 -eq 2 ] || fail "unknown kind: exit $rc2"
grep -q "unknown kind 'widget'" "$WORK/err2" || fail "unknown kind message"
echo "editor new ok"
