#!/usr/bin/env bash
# serve never sends a file from outside the site: "..", encoded dots and slashes, absolute paths, and links
# (symlinks) out of the content or the theme give 400 or 404, never the file.
source "$(dirname "$0")/lib.bash"
source "$(dirname "$0")/serve_lib.bash"
cp -r "$TK_SOURCE_DIR/tests/fixtures/site_minimal" "$WORK/content"
cp -r "$TK_SOURCE_DIR/themes/default" "$WORK/theme"
echo "secret-outside-the-site" >"$WORK/secret.txt"
ln -s "$WORK/secret.txt" "$WORK/theme/static/secret.txt"
ln -s "$WORK" "$WORK/theme/static/up"
start_serve "$WORK/content" "$WORK/theme"

refused() {  # refused PATH: 400 or 404, and neither /etc/passwd nor the secret in the body
  local code out
  code=$(status "$1")
  out=$(body "$1")
  case "$code" in 400|404) ;; *) fail "$1 gave HTTP $code";; esac
  if echo "$out" | grep -q -e 'root:' -e 'secret-outside-the-site'; then fail "$1 leaked a file"; fi
}
for p in /../etc/passwd /../../../../etc/passwd '/%2e%2e/%2e%2e/etc/passwd' '/%2e%2e/' '/..%2f..%2fetc/passwd' '/..%2f' \
         '/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd' '/tools/..%2f..%2f..%2fetc/passwd' '/..%5c..%5cetc%5cpasswd' '//etc/passwd' \
         '/etc/passwd' '/secret.txt' '/up/secret.txt' '/css/../../secret.txt' '/%00' '/index.html%00.css'; do
  refused "$p"
done
[ "$(status /../etc/passwd)" = 400 ] || fail "/../etc/passwd should be 400"
[ "$(status '/%2e%2e/')" = 400 ] || fail "/%2e%2e/ should be 400"
[ "$(status '/..%2f')" = 400 ] || fail "/..%2f should be 400"
[ "$(status /)" = 200 ] || fail "the site itself must still be served"

# A link in content/ that points out: the build refuses it, the page says so, the file is never sent.
ln -s /etc/passwd "$WORK/content/assets/passwd"
eventually "error page for the outside link" sh -c "curl -s '${URL}' | grep -q 'points outside the content folder'"
refused /assets/passwd
rm "$WORK/content/assets/passwd"
eventually "site back after removing the link" sh -c "[ \"\$(curl -s -o /dev/null -w '%{http_code}' '${URL}')\" = 200 ]"
refused /assets/passwd
stop_serve
echo "serve paths ok"
