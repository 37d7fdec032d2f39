#!/usr/bin/env bash
# serve: pages from memory with the reload script, a change seen by fetch and by the reload poll, an error
# page with file:line until the error is fixed, a theme edit, a busy port, and a clean stop.
source "$(dirname "$0")/lib.bash"
source "$(dirname "$0")/serve_lib.bash"
need_tool ss
cp -r "$TK_SOURCE_DIR/tests/fixtures/site_minimal" "$WORK/content"
cp -r "$TK_SOURCE_DIR/themes/default" "$WORK/theme"
tool="$WORK/content/tools/01-compact.md"
cd "$WORK"
"$TOOLKITGEN" serve --help | grep -q -- '--port' || fail "serve --help does not list --port"
set +e
timeout 20 "$TOOLKITGEN" serve --content "$WORK/none" --port 0 >/dev/null 2>"$WORK/none.err"; rc=$?
set -e
[ $rc -eq 1 ] && grep -q "content folder not found" "$WORK/none.err" || fail "missing content folder: exit $rc"
rm "$WORK/none.err"
start_serve "$WORK/content" "$WORK/theme"
[ "$(ls "$WORK")" = "$(printf 'content\nserve.err\nserve.out\ntheme')" ] || fail "serve wrote files: $(ls "$WORK")"
case "$URL" in http://127.0.0.1:*) ;; *) fail "URL $URL is not on 127.0.0.1";; esac
port=${URL#http://127.0.0.1:}; port=${port%/}
ss -ltn | grep -q "127.0.0.1:$port " || fail "not listening on 127.0.0.1:$port"
ss -ltn | grep -Eq "(0\.0\.0\.0|\*|\[::\]):$port " && fail "listening beyond loopback on port $port"

# Pages, with the right types; the reload script only in HTML, and never in build's output.
[ "$(status /)" = 200 ] || fail "GET / is not 200"
ct=$(curl -s -o /dev/null -w '%{content_type}' "${URL}tools/compact/")
[ "$ct" = "text/html; charset=utf-8" ] || fail "tool page Content-Type: $ct"
grep -q '<script src="/__toolkitgen/reload.js"' <<<"$(body /tools/compact/)" || fail "no reload script in served HTML"
[ "$(curl -s -o /dev/null -w '%{content_type}' "${URL}tools/compact/compact.pdf")" = application/pdf ] || fail "PDF type"
[ "$(curl -s -o /dev/null -w '%{content_type}' "${URL}css/site.css")" = "text/css; charset=utf-8" ] || fail "CSS type"
grep -q __toolkitgen <<<"$(body /css/site.css)" && fail "reload script injected into CSS"
body /tools/compact/compact.pdf > "$WORK/compact.pdf"
[ "$(head -c 5 "$WORK/compact.pdf")" = '%PDF-' ] || fail "the PDF is not a PDF"
[ "$(status /search/)" = 200 ] || fail "search page"
[[ "$(curl -s -o /dev/null -w '%{content_type}' "${URL}search/meta.js")" == text/javascript* ]] || fail "search index"
[ "$(status /tools/compact)" = 301 ] || fail "/tools/compact should redirect to /tools/compact/"
[ "$(status /no-such-page/)" = 404 ] || fail "missing page is not 404"
grep -q 'Page not found' <<<"$(body /no-such-page/)" || fail "404 is not the site's 404 page"
grep -q "fetch(q" <<<"$(body /__toolkitgen/reload.js)" || fail "reload.js"
"$TOOLKITGEN" build --content "$WORK/content" --theme "$WORK/theme" --out "$WORK/built" -q
! grep -rq "__toolkitgen" "$WORK/built" || fail "build output contains serve's reload script"

# A content change: the poll tells the page that shows it to reload, and the page shows it.
page=$(body /tools/compact/)
inst=$(grep -o 'data-instance="[0-9a-f]*"' <<<"$page" | cut -d'"' -f2)
gen0=$(grep -o 'data-generation="[0-9]*"' <<<"$page" | cut -d'"' -f2)
poll() { body "/__toolkitgen/poll?instance=$inst&gen=$1&error=0&path=$2"; }
[ "$(poll "$gen0" /tools/compact/)" = "{\"reload\":false,\"generation\":$gen0}" ] || fail "poll before the edit: $(poll "$gen0" /tools/compact/)"
sed -i 's/^title: Partnership Compact$/title: Partnership Compact Revised/' "$tool"
eventually "edited title served" sh -c "curl -s '${URL}tools/compact/' | grep -q 'Partnership Compact Revised'"
eventually "the poll says reload" sh -c "curl -s '${URL}__toolkitgen/poll?instance=$inst&gen=$gen0&error=0&path=/tools/compact/' | grep -q '\"reload\":true'"
grep -q 'Partnership Compact Revised' <<<"$(body /stages/start/)" || fail "the stage that lists the tool was not rebuilt"

# An error: every page shows it (file:line and message, escaped) until it is fixed.
sed -i 's/^stages: \[start, grow\]$/stages: [start, <grwo>]/' "$tool"
eventually "error page shown" sh -c "curl -s '${URL}' | grep -q 'The site has 1 error'"
page=$(body /tools/compact/)
echo "$page" | grep -q "tools/01-compact.md:6" || fail "error page lacks file:line: $page"
echo "$page" | grep -q "&#39;&lt;grwo&gt;&#39;, which is not a stage" || fail "error message missing or not escaped: $(grep -o "error[^<]*<[^<]*" <<<"$page" | head -5)"
[ "$(status /)" = 500 ] || fail "error page status"
[ "$(status /css/site.css)" = 200 ] || fail "static files must stay available during an error"
grep -q "tools/01-compact.md:6.*error" "$WORK/serve.err" || fail "error not printed on the terminal"
kill -0 "$SERVE_PID" || fail "the server stopped on a content error"
sed -i 's/^stages: \[start, <grwo>\]$/stages: [start, grow]/' "$tool"
eventually "fixed page served" sh -c "[ \"\$(curl -s -o /dev/null -w '%{http_code}' '${URL}tools/compact/')\" = 200 ]"
[ "$(poll "$gen0" /accessibility/)" = '{"reload":true}' ] || fail "the error and the fix do not reload every page"

# A theme change re-renders the pages; a new page in a new file appears.
sed -i 's|</main>|</main><p id="theme-edit">edited</p>|' "$WORK/theme/templates/layout.mustache"
eventually "theme edit served" sh -c "curl -s '${URL}accessibility/' | grep -q theme-edit"
printf -- '---\ntitle: Brand New\nsummary: New.\n---\nHello there.\n' >"$WORK/content/pages/brand-new.md"
eventually "new page served" sh -c "curl -s '${URL}brand-new/' | grep -q 'Hello there'"

# A second server on the same port: a clear error, exit 2.
set +e
timeout 20 "$TOOLKITGEN" serve --content "$WORK/content" --theme "$WORK/theme" --port "$port" >/dev/null 2>"$WORK/busy.err"; rc=$?
set -e
[ "$rc" = 2 ] || fail "busy port: exit $rc"
grep -q "cannot listen on 127.0.0.1:$port" "$WORK/busy.err" || fail "busy port message"
stop_serve
grep -q '^Rebuilt in [0-9]* ms' "$WORK/serve.out" || fail "no rebuild lines printed"
echo "serve live ok"
