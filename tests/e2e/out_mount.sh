#!/usr/bin/env bash
# --out that is a mount point (a bind-mounted folder, as in a container): it cannot be renamed (EBUSY), so the site
# is staged inside it and each top-level entry is exchanged in place. The build works, the folder itself (its mode,
# group, the mount) is kept, what the previous site had and the new one has not goes, and a build killed in the
# middle leaves every top-level entry complete and nothing the next build does not remove. Needs root and mount
# --bind (skipped, 77, without them); unmounts after.
source "$(dirname "$0")/lib.bash"
[ "$(id -u)" -eq 0 ] || { echo "skip: mount --bind needs root"; exit 77; }
theme="$TK_SOURCE_DIR/themes/default"
cp -r "$TK_SOURCE_DIR/tests/fixtures/site_minimal" "$WORK/v1"
cp -r "$WORK/v1" "$WORK/v2"
printf '\nA sentence only the second version has.\n' >>"$WORK/v2/index.md"
mkdir "$WORK/v2/pages/more" 2>/dev/null || true
printf -- '---\ntitle: Only in v2\nsummary: A page the first version has not.\n---\nNew.\n' >"$WORK/v2/pages/only-two.md"
mkdir -p "$WORK/volume" "$WORK/srv/output"
out="$WORK/srv/output"
mount --bind "$WORK/volume" "$out" || { echo "skip: mount --bind is not allowed here"; exit 77; }
trap 'umount "$out" 2>/dev/null || true; rm -rf "$WORK"' EXIT
findmnt -n "$out" >/dev/null || fail "the bind mount is not a mount point"
sums() { (cd "$1" && find . \( -type f -o -type l \) -print0 | sort -z | xargs -0 sha256sum); }
build() {
  "$TOOLKITGEN" build -q --content "$1" --theme "$theme" --out "$2" 2>"$WORK/build.err" ||
    { cat "$WORK/build.err" >&2; fail "build of $1 into $2 failed"; }
}
build "$WORK/v1" "$WORK/ref1"
build "$WORK/v2" "$WORK/ref2"
chgrp www-data "$out" 2>/dev/null || chgrp daemon "$out"
chmod 2750 "$out"
mode=$(stat -c '%a %G' "$out")

build "$WORK/v1" "$out"
findmnt -n "$out" >/dev/null || fail "the mount point was replaced"
[ "$(stat -c '%a %G' "$out")" = "$mode" ] || fail "the mount point's mode became $(stat -c '%a %G' "$out")"
diff <(sums "$WORK/ref1") <(sums "$out") || fail "first build into the mount point differs from a normal build"
build "$WORK/v2" "$out"
diff <(sums "$WORK/ref2") <(sums "$out") || fail "a rebuild into the mount point differs from a normal build"
[ -f "$WORK/volume/only-two/index.html" ] || fail "the site is not on the mounted volume"
build "$WORK/v1" "$out"
diff <(sums "$WORK/ref1") <(sums "$out") || fail "what v1 has not (only-two/) was kept"
[ "$(ls -A "$WORK/srv")" = output ] || fail "leftovers beside the mount point: $(ls -A "$WORK/srv")"
ls -A "$out" | grep -q '^\.toolkitgen-staging' && fail "a staging folder was left in the mount point"

# Killed in the middle of the in-place swap: every top-level entry is the old or the new one, complete.
set -m
for point in marker write-5 moved-1 moved-4 exchanged removing; do
  for sig in KILL INT; do
    build "$WORK/v1" "$out"
    : >"$WORK/pause.err"
    TOOLKITGEN_TEST_PAUSE=$point "$TOOLKITGEN" build -q --content "$WORK/v2" --theme "$theme" --out "$out" 2>"$WORK/pause.err" &
    pid=$!
    for ((i = 0; i < 1000; i++)); do
      grep -q "test pause at $point" "$WORK/pause.err" && break
      kill -0 "$pid" 2>/dev/null || { cat "$WORK/pause.err" >&2; fail "$point: the build ended before it paused there"; }
      sleep 0.01
    done
    kill -s "$sig" "$pid"
    wait "$pid" 2>/dev/null || true
    findmnt -n "$out" >/dev/null || fail "$point/$sig: the mount point is gone"
    for entry in index.html 404.html tools stages only-two; do
      [ -e "$out/$entry" ] || [ "$entry" = only-two ] || fail "$point/$sig: $entry is missing"
      [ -e "$out/$entry" ] || continue
      a=$(cd "$out" && find "$entry" -type f -print0 | sort -z | xargs -0 sha256sum)
      b1=$(cd "$WORK/ref1" && { find "$entry" -type f -print0 2>/dev/null || true; } | sort -z | xargs -0 -r sha256sum)
      b2=$(cd "$WORK/ref2" && find "$entry" -type f -print0 | sort -z | xargs -0 sha256sum)
      [ "$a" = "$b1" ] || [ "$a" = "$b2" ] || fail "$point/$sig: $entry is neither the old nor the new one"
    done
    if [ "$sig" = INT ]; then
      ls -A "$out" | grep -q '^\.toolkitgen-staging' && fail "$point/INT: the interrupted build left its staging folder"
    fi
    build "$WORK/v2" "$out"
    diff <(sums "$WORK/ref2") <(sums "$out") >/dev/null || fail "$point/$sig: the next build did not give the new site"
    ls -A "$out" | grep -q '^\.toolkitgen-staging' && fail "$point/$sig: the next build left a staging folder"
    echo "$point/$sig: every top-level entry complete; clean after the next build"
  done
done
umount "$out"
echo "out_mount ok"
