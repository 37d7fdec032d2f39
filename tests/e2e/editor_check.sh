#!/usr/bin/env bash
# check: writes nothing; warnings (summary, long title, empty section, unused asset) exit 0; errors exit 1;
# --external checks outside links against a local server started here (never the internet).
source "$(dirname "$0")/lib.bash"
need_tool python3
theme="$TK_SOURCE_DIR/themes/default"
cp -r "$TK_SOURCE_DIR/tests/fixtures/site_minimal" "$WORK/content"
cd "$WORK"

# The fixture is clean apart from what we add.
"$TOOLKITGEN" check --content content --theme "$theme" >"$WORK/out" 2>"$WORK/err" || { cat "$WORK/err"; fail "clean fixture: check failed"; }
grep -q '^Checked [0-9]* pages: 0 errors, ' "$WORK/out" || fail "summary line: $(cat "$WORK/out")"

printf -- '---\ntitle: A title for this page that is much too long to show whole in a browser tab\n---\n## Empty\n\n## Filled\n\nText.\n' \
  >content/pages/long.md
echo "unused" >content/assets/orphan.txt
set +e
"$TOOLKITGEN" check --content content --theme "$theme" >"$WORK/out" 2>"$WORK/err"; rc=$?
set -e
[ $rc -eq 0 ] || { cat "$WORK/err"; fail "warnings alone must exit 0 (got $rc)"; }
grep -q '^content/pages/long.md:2: warning: no .summary.' "$WORK/err" || fail "no-summary warning: $(cat "$WORK/err")"
grep -q '^content/pages/long.md:2: warning: the title is 74 characters long' "$WORK/err" || fail "long-title warning"
grep -q "^content/pages/long.md:4:1: warning: empty section 'Empty'" "$WORK/err" || fail "empty-section warning"
grep -q "Filled" "$WORK/err" && fail "a section with text was reported empty"
grep -q '^content/assets/orphan.txt: warning: no page links to this file' "$WORK/err" || fail "unused-asset warning"
grep -q 'map.svg' "$WORK/err" && fail "a used asset was reported unused"
[ "$(ls "$WORK")" = "$(printf 'content\nerr\nout')" ] || fail "check wrote files: $(ls "$WORK")"

# An error: exit 1, reported as file:line:col.
sed -i 's/^stages: \[start, grow\]$/stages: [start, grwo]/' content/tools/01-compact.md
set +e
"$TOOLKITGEN" check --content content --theme "$theme" >"$WORK/out" 2>"$WORK/err"; rc=$?
set -e
[ $rc -eq 1 ] || fail "errors must exit 1 (got $rc)"
grep -q "^content/tools/01-compact.md:6: error: 'stages' names 'grwo'" "$WORK/err" || fail "error message: $(cat "$WORK/err")"
sed -i 's/grwo/grow/' content/tools/01-compact.md
"$TOOLKITGEN" check --help | grep -q -- '--external' || fail "check --help"

# --external against a local web server: one good page, one redirect to it, one missing page.
mkdir -p "$WORK/www/dir" && echo ok >"$WORK/www/dir/index.html" && echo ok >"$WORK/www/good.html"
# -u: Python block-buffers stdout into a file, and the "port N" line read below would come too late.
(cd "$WORK/www" && exec python3 -u -m http.server 0 --bind 127.0.0.1) >"$WORK/www.log" 2>&1 &
www=$!
trap 'kill $www 2>/dev/null; rm -rf "$WORK"' EXIT
port=""
for _ in $(seq 100); do
  port=$(grep -o 'port [0-9]*' "$WORK/www.log" | head -1 | cut -d' ' -f2 || true)
  [ -n "$port" ] && break
  sleep 0.1
done
[ -n "$port" ] || fail "the local web server did not start"
base="http://127.0.0.1:$port"
# Every outside link of the test site points at the local server: the test never reaches the internet.
sed -i "s|https://example.org/[a-z]*|$base/good.html|" content/spotlights/a-partnership.md content/tools/02-external.md
! grep -rq 'https\?://[^1]' content/*/*.md || fail "an outside link to the internet is left in the test site"
printf -- '---\ntitle: Links\nsummary: Outside links.\n---\nSee [good](%s/good.html), [moved](%s/dir) and\n[gone](%s/gone.html).\n' \
  "$base" "$base" "$base" >content/pages/links.md
# Without --external, no request is made.
"$TOOLKITGEN" check --content content --theme "$theme" >/dev/null 2>"$WORK/err"
grep -q "$base" "$WORK/err" && fail "outside links checked without --external"
grep -q 'GET\|HEAD' "$WORK/www.log" && fail "check made requests without --external"
set +e
"$TOOLKITGEN" check --external --timeout 3000 --content content --theme "$theme" >"$WORK/out" 2>"$WORK/err"; rc=$?
set -e
[ $rc -eq 1 ] || { cat "$WORK/err"; fail "a broken outside link must exit 1 (got $rc)"; }
grep -q "^content/pages/links.md:6:1: error: broken outside link $base/gone.html: HTTP 404" "$WORK/err" || fail "404 not reported: $(cat "$WORK/err")"
grep -q "good.html" "$WORK/err" && fail "a working link was reported: $(cat "$WORK/err")"
grep -q "$base/dir" "$WORK/err" && fail "a redirect was not followed"
grep -q '"HEAD /good.html' "$WORK/www.log" || fail "no HEAD request seen"
grep -q "and 3 outside links: 1 error, " "$WORK/out" || fail "summary: $(cat "$WORK/out")"
echo "editor check ok"
