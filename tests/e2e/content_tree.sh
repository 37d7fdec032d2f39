#!/usr/bin/env bash
# What git cannot hold well, made at run time in a copy of a valid fixture: link loops (to itself and to
# a folder above), a dangling link, a link inside the tree, a named pipe, a folder named like a page, a
# file name that is not UTF-8 (a page and an asset), an unreadable file. build and check report each at
# its path with the exact diagnostics below, exit 1, never crash and never block on the pipe.
source "$(dirname "$0")/lib.bash"
source "$(dirname "$0")/serve_lib.bash"
site="$WORK/site"
cp -r "$TK_SOURCE_DIR/tests/fixtures/site_minimal" "$site"
ln -s self.md "$site/pages/self.md"
ln -s .. "$site/tools/up"
ln -s gone.md "$site/pages/dangling.md"
printf -- '---\ntitle: Target\n---\nSee [x](/nope/).\n' > "$site/pages/target.md"
ln -s ../pages/target.md "$site/pages/alias.md"
ln -s ../../assets "$site/assets/img/again"
mkfifo "$site/pages/pipe.md"
mkdir "$site/pages/folder.md"
printf -- '---\ntitle: Latin-1\n---\nText.\n' > "$site/pages/caf$(printf '\351').md"
cp "$site/assets/img/map.svg" "$site/assets/img/m$(printf '\377')p.svg"
printf -- '---\ntitle: Locked\n---\nText.\n' > "$site/pages/locked.md"
chmod 000 "$site/pages/locked.md"
if [ "$(id -u)" = 0 ]; then
  # root reads any file: there is no unreadable file to report.
  rm "$site/pages/locked.md"
  locked=""
else
  locked="content/pages/locked.md: error: cannot read this file: Permission denied"
fi
mv "$site" "$WORK/content" && site="$WORK/content"

expected() {
  cat <<'EOF'
content/assets/img/again: error: this link is a loop: it points to the folder 'content/assets', which holds the link; remove it
content/assets/img/m\xFFp.svg: error: this name holds bytes that are not UTF-8 (\xFF), which a link cannot name; rename the file
content/pages/alias.md:4:5: error: link to a page that does not exist: '/nope/' (content/pages/alias.md is a link to content/pages/target.md)
content/pages/caf\xE9.md: error: the file name 'caf\xE9.md' is not a slug (only a-z, 0-9 and -): rename it to 'caf.md'
content/pages/dangling.md: error: this link points to 'gone.md', which does not exist; remove the link or fix it
content/pages/folder.md: warning: a folder named like a page: a page is a file, so 'folder.md' is not read as one (rename the folder)
content/pages/pipe.md: warning: a named pipe, not a file; left out
content/pages/self.md: error: this link is a loop (it points to 'self.md', which leads back to it); remove it
content/pages/target.md:4:5: error: link to a page that does not exist: '/nope/'
content/tools/up: error: this link is a loop: it points to the folder 'content', which holds the link; remove it
EOF
  [ -z "$locked" ] || echo "$locked"
}

set +e
(cd "$WORK" && timeout 60 "$TOOLKITGEN" build --theme "$TK_SOURCE_DIR/themes/default") >"$WORK/build.out" 2>"$WORK/build.err"
rc=$?
set -e
[ $rc -ne 124 ] || fail "build blocked (on the named pipe?)"
[ $rc -eq 1 ] || { cat "$WORK/build.err" >&2; fail "build: exit $rc, expected 1"; }
grep -v '^toolkitgen: ' "$WORK/build.err" | sort > "$WORK/build.diag" || true
expected | sort > "$WORK/expected"
diff -u "$WORK/expected" "$WORK/build.diag" || fail "build: diagnostics differ"
[ ! -e "$WORK/output" ] || fail "a failed build wrote output/"

# check reports the same (and adds its own warnings).
set +e
(cd "$WORK" && timeout 60 "$TOOLKITGEN" check --theme "$TK_SOURCE_DIR/themes/default") >"$WORK/check.out" 2>"$WORK/check.err"
rc=$?
set -e
[ $rc -eq 1 ] || { cat "$WORK/check.err" >&2; fail "check: exit $rc, expected 1"; }
missing=$(grep -vxF -f "$WORK/check.err" "$WORK/expected" || true)
[ -z "$missing" ] || fail "check does not report: $missing"

# serve keeps running and shows the errors on its page.
start_serve "$site" "$TK_SOURCE_DIR/themes/default"
eventually "the preview shows the loop" sh -c "curl -s '$URL' | grep -q 'this link is a loop'"
kill -0 "$SERVE_PID" || fail "serve died"
stop_serve
echo "content tree hazards reported by build, check and serve at their paths: no crash, no block"
