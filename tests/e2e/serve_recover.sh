#!/usr/bin/env bash
# serve keeps going: the content folder renamed away and back, deleted and copied back, or replaced by a
# folder renamed into its place, is watched again by itself (an edit after that shows); a symlink loop, a FIFO
# or an unreadable file never stops the server (the loader's error shows on every page until it is gone).
source "$(dirname "$0")/lib.bash"
source "$(dirname "$0")/serve_lib.bash"
cp -r "$TK_SOURCE_DIR/tests/fixtures/site_minimal" "$WORK/content"
cp -r "$WORK/content" "$WORK/backup"
cd "$WORK"
start_serve content "$TK_SOURCE_DIR/themes/default"   # relative, as an editor types it
tool=content/tools/01-compact.md

# The page is read whole first: `curl | grep -q` under pipefail fails when grep stops before curl's last write.
shows() { local page; page=$(curl -s "${URL}tools/compact/"); grep -q "$1" <<<"$page"; }
alive() { kill -0 "$SERVE_PID" || fail "serve stopped ($1): $(tail -5 "$WORK/serve.err")"; }
# edited NAME: an edit of the tool shows (the new folder is watched).
edited() {
  sed -i "s/^title: .*/title: Compact $1/" "$tool"
  eventually "the edit after $1 shows" shows "Compact $1"
}
missing() { eventually "$1: the error page says the folder is gone" sh -c "curl -s '$URL' | grep -q 'content folder not found'"; }
back() { eventually "$1: the site is back" sh -c "[ \"\$(curl -s -o /dev/null -w '%{http_code}' '$URL')\" = 200 ]"; }

mv content content.away; missing "renamed away"
mv content.away content; back "renamed back"; edited renamed
rm -rf content; missing "deleted"
cp -r backup content; back "copied back"; edited copied
mv content content.old; cp -r backup content.new; mv content.new content; back "replaced by a rename"; edited replaced
# The old tree is not watched any more under the content's name: an edit there changes nothing.
sed -i 's/^title: .*/title: Compact Stale/' content.old/tools/01-compact.md
sleep 0.5; shows "Compact replaced" || fail "an edit to the renamed-away folder changed the site"
rm -rf content.old
alive "folders"

# A symlink loop: an error (or at least no crash), and the site comes back once it is removed.
ln -s loop-b content/tools/loop-a; ln -s loop-a content/tools/loop-b
eventually "a symlink loop shows an error page" sh -c "curl -s '$URL' | grep -q 'loop-'"
[ "$(status /)" = 500 ] || fail "symlink loop: status $(status /)"
alive "symlink loop"
rm content/tools/loop-a content/tools/loop-b; back "loop removed"; edited unlooped

# A FIFO: reading it would block for ever; the server must stay up and keep rebuilding.
mkfifo content/tools/05-pipe.md
edited fifo
alive "fifo"
rm content/tools/05-pipe.md; back "fifo removed"

# An unreadable file (root reads every file: then this case cannot be made).
if [ "$(id -u)" != 0 ]; then
  chmod 000 content/tools/02-external.md
  eventually "an unreadable file shows an error page" sh -c "curl -s '$URL' | grep -q '02-external.md'"
  alive "unreadable"
  chmod 644 content/tools/02-external.md; back "readable again"
else
  echo "running as root: the unreadable-file case is skipped"
fi
alive "the end"
stop_serve
echo "serve recover ok"
