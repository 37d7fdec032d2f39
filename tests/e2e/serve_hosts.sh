#!/usr/bin/env bash
# serve answers only its own loopback names (a web page that rebinds its DNS name to 127.0.0.1 gets 403 and
# nothing of the site), refuses requests made by another site's pages, sends no CORS headers, binds loopback.
source "$(dirname "$0")/lib.bash"
source "$(dirname "$0")/serve_lib.bash"
cp -r "$TK_SOURCE_DIR/tests/fixtures/site_minimal" "$WORK/content"
start_serve "$WORK/content" "$TK_SOURCE_DIR/themes/default" --drafts
port=${URL#http://127.0.0.1:}; port=${port%/}
if command -v ss >/dev/null; then
  ss -ltn | grep -q "127.0.0.1:$port " || fail "not listening on 127.0.0.1:$port"
  ss -ltn | grep -Eq "(0\.0\.0\.0|\*|\[::\]):$port " && fail "listening beyond loopback on port $port"
fi
"$TOOLKITGEN" serve --help | grep -Eq -- '--(host|bind|listen)' && fail "serve offers a wider bind"

# code_of ARGS...: "status bytes" of a GET with curl's ARGS (headers kept in $WORK/h).
code_of() { curl -s --path-as-is -D "$WORK/h" -o "$WORK/b" -w '%{http_code} %{size_download}' "$@"; }
for path in / /tools/compact/ /tools/compact/compact.pdf /css/site.css /search/meta.json /__toolkitgen/reload.js \
            "/__toolkitgen/poll?instance=x&gen=1&error=0&path=/" "/__toolkitgen/wait?instance=x&gen=1" /no/such/page/; do
  for host in evil.example "evil.example:$port" "127.0.0.1:1" localhost 192.168.0.10:$port "localhost.:$port"; do
    r=$(code_of -H "Host: $host" "${URL%/}$path")
    [ "${r%% *}" = 403 ] || fail "Host: $host $path answered ${r%% *}"
    grep -Eqi 'html|%PDF|reload|compact' "$WORK/b" && fail "Host: $host $path sent content: $(head -c 200 "$WORK/b")"
    grep -qi '^access-control' "$WORK/h" && fail "CORS header sent"
  done
  # The right names, and the same requests from another site's page.
  for host in "127.0.0.1:$port" "localhost:$port" "[::1]:$port"; do
    r=$(code_of -H "Host: $host" "${URL%/}$path")
    case "${r%% *}" in 200|404) ;; *) fail "Host: $host $path answered ${r%% *}";; esac
  done
  for h in "Origin: http://evil.example" "Origin: null" "Origin: http://localhost:$port"; do
    r=$(code_of -H "$h" "${URL%/}$path")
    [ "${r%% *}" = 403 ] || fail "$h $path answered ${r%% *}"
  done
  r=$(code_of -H "Sec-Fetch-Site: cross-site" -H "Sec-Fetch-Mode: no-cors" "${URL%/}$path")
  [ "${r%% *}" = 403 ] || fail "a cross-site subresource $path answered ${r%% *}"
  grep -qi '^access-control' "$WORK/h" && fail "CORS header sent"
done
r=$(code_of -H "Origin: http://127.0.0.1:$port" -H "Sec-Fetch-Site: same-origin" "${URL}__toolkitgen/reload.js")
[ "${r%% *}" = 200 ] || fail "the preview's own page cannot fetch its script: $r"
grep -qi '^access-control' "$WORK/h" && fail "CORS header sent"
r=$(code_of -H "Sec-Fetch-Site: cross-site" -H "Sec-Fetch-Mode: navigate" "${URL}tools/compact/")
[ "${r%% *}" = 200 ] || fail "a link from another site is refused: $r"
# Other methods get no content either.
r=$(code_of -X POST -H "Host: evil.example" "${URL}")
[ "${r%% *}" = 403 ] || fail "POST with another Host answered ${r%% *}"
kill -0 "$SERVE_PID" || fail "serve stopped"
stop_serve
echo "serve hosts ok"
