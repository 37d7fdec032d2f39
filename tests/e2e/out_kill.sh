#!/usr/bin/env bash
# A build killed at any moment leaves output/ complete: the previous site or the new one, never none and never a
# mix. The build stops at each named point of the output folder's code (TOOLKITGEN_TEST_PAUSE, see
# generator/core/output_dir.h), between the steps of the swap included, and is killed there with SIGKILL (nothing
# can clean up: the next build removes the leftovers) and with SIGINT / SIGTERM (Ctrl+C: the build cleans up itself).
source "$(dirname "$0")/lib.bash"
set -m  # background jobs keep the default SIGINT (without job control bash starts them with SIGINT ignored)
theme="$TK_SOURCE_DIR/themes/default"
cp -r "$TK_SOURCE_DIR/tests/fixtures/site_minimal" "$WORK/v1"
cp -r "$WORK/v1" "$WORK/v2"
printf '\nA sentence only the second version has.\n' >>"$WORK/v2/index.md"
sed -i 's/^title: .*/title: "Second version"/' "$WORK/v2/pages/"*.md
site="$WORK/site"
out="$site/output"
mkdir -p "$site"
sums() { (cd "$1" && find . \( -type f -o -type l \) -print0 | sort -z | xargs -0 sha256sum); }
build() {  # build CONTENT OUT [args]
  local c=$1 o=$2
  shift 2
  "$TOOLKITGEN" build -q --content "$c" --theme "$theme" --out "$o" "$@" 2>"$WORK/build.err" ||
    { cat "$WORK/build.err" >&2; fail "build of $c into $o failed"; }
}
build "$WORK/v1" "$WORK/ref1"
build "$WORK/v2" "$WORK/ref2"
sums "$WORK/ref1" >"$WORK/v1.sums"
sums "$WORK/ref2" >"$WORK/v2.sums"
cmp -s "$WORK/v1.sums" "$WORK/v2.sums" && fail "the two versions must differ"
grep -q ' ./.toolkitgen-output$' "$WORK/v1.sums" || fail "an output carries no marker file"
files=$(wc -l <"$WORK/v1.sums")

# which_site DIR: "v1", "v2", or fails naming what differs.
which_site() {
  [ -d "$1" ] || fail "$2: $1 does not exist"
  sums "$1" >"$WORK/now.sums"
  if cmp -s "$WORK/now.sums" "$WORK/v1.sums"; then echo v1
  elif cmp -s "$WORK/now.sums" "$WORK/v2.sums"; then echo v2
  else
    diff "$WORK/v1.sums" "$WORK/now.sums" | head -5 >&2
    fail "$2: $1 is neither the previous site nor the new one"
  fi
}
leftovers() { (cd "$site" && ls -A | grep -v '^output$' || true; cd "$out" 2>/dev/null && ls -A | grep '^\.toolkitgen-staging-' || true); }

# kill_at POINT SIGNAL [build args]: starts a build of v2 over v1, kills it when it pauses at POINT, checks output/.
kill_at() {
  local point=$1 sig=$2
  shift 2
  rm -rf "$out" && cp -a "$WORK/ref1" "$out"
  : >"$WORK/pause.err"
  TOOLKITGEN_TEST_PAUSE=$point TOOLKITGEN_TEST_PAUSE_MS=20000 \
    "$TOOLKITGEN" build -q --content "$WORK/v2" --theme "$theme" --out "$out" "$@" 2>"$WORK/pause.err" &
  local pid=$! i
  for ((i = 0; i < 1000; i++)); do
    grep -q "test pause at $point" "$WORK/pause.err" && break
    kill -0 "$pid" 2>/dev/null || { cat "$WORK/pause.err" >&2; fail "$point: the build ended before it paused there"; }
    sleep 0.01
  done
  [ "$i" -lt 1000 ] || fail "$point: the build never paused there"
  kill -s "$sig" "$pid"
  local rc=0
  wait "$pid" 2>/dev/null || rc=$?
  [ "$rc" -ne 0 ] || fail "$point/$sig: the killed build exited 0"
  local now want=v2
  now=$(which_site "$out" "$point/$sig")
  # Before the exchange the previous site; from it on the new one. An interrupt lets a started swap finish.
  case $point/$sig in start/* | staging/* | marker/* | write-*/* | commit/KILL | ready/KILL) want=v1 ;; esac
  [ "$now" = "$want" ] || fail "$point/$sig: output/ is $now, expected $want"
  case $sig in
    INT | TERM)
      [ "$rc" -eq $((128 + $(kill -l "$sig"))) ] || fail "$point/$sig: exit $rc, not death by the signal"
      [ -z "$(leftovers)" ] || fail "$point/$sig: the interrupted build left $(leftovers)"
      grep -v "test pause" "$WORK/pause.err" && fail "$point/$sig: messages on an interrupt" ;;
  esac
  # The next build removes what was left and puts the new site in place.
  build "$WORK/v2" "$out"
  [ "$(which_site "$out" "$point/$sig, then a build")" = v2 ] || fail "$point/$sig: the next build did not give the new site"
  [ -z "$(leftovers)" ] || fail "$point/$sig: the next build left $(leftovers)"
  echo "$point/$sig: output was $now, clean after the next build"
}

points=(start staging marker write-1 write-9 write-$((files - 2)) commit ready exchanged removing unmarked done)
for sig in KILL INT; do
  for p in "${points[@]}"; do kill_at "$p" "$sig"; done
done
for p in write-9 exchanged; do kill_at "$p" TERM; done
# The output's mode, group and setgid bit survive the swap, and files inside get the group (a web server's user).
group=$(getent group www-data >/dev/null && echo www-data || getent group daemon | cut -d: -f1)
if [ "$(id -u)" -eq 0 ] && [ -n "$group" ]; then
  rm -rf "$out" && cp -a "$WORK/ref1" "$out"
  chgrp "$group" "$out" && chmod 2750 "$out"
  build "$WORK/v2" "$out"
  [ "$(stat -c '%a %G' "$out")" = "2750 $group" ] || fail "output/ became $(stat -c '%a %G' "$out"), not 2750 $group"
  [ "$(stat -c %G "$out/index.html")" = "$group" ] || fail "files inside output/ do not get the folder's group"
  [ "$(stat -c %G "$out/tools")" = "$group" ] || fail "folders inside output/ do not get the folder's group"
  kill_at exchanged KILL >/dev/null
  echo "mode: 2750 $group kept, files inside get the group"
fi

# A killed first build (no output before) leaves no output and nothing the next build does not remove.
rm -rf "$out"
for p in marker ready; do
  TOOLKITGEN_TEST_PAUSE=$p "$TOOLKITGEN" build -q --content "$WORK/v2" --theme "$theme" --out "$out" 2>"$WORK/pause.err" &
  pid=$!
  until grep -q "test pause" "$WORK/pause.err"; do sleep 0.01; done
  kill -KILL "$pid"
  wait "$pid" 2>/dev/null || true
  [ ! -e "$out" ] || fail "a first build killed at $p left output/"
  build "$WORK/v2" "$out"
  [ -z "$(leftovers)" ] || fail "first build killed at $p: the next build left $(leftovers)"
  rm -rf "$out"
done

# Leftovers that are not ours stay: a folder named like a staging folder without the marker, or of a live process.
build "$WORK/v2" "$out"
mkdir "$site/output.tmp-999999" && echo mine >"$site/output.tmp-999999/notes.txt"
sleep 1000 &
alive=$!
cp -a "$WORK/ref1" "$site/output.tmp-$alive"
build "$WORK/v2" "$out"
[ -f "$site/output.tmp-999999/notes.txt" ] || fail "a folder without the marker was removed"
[ -d "$site/output.tmp-$alive" ] || fail "the staging folder of a live process was removed"
kill "$alive"
wait "$alive" 2>/dev/null || true
sleep 0.1
build "$WORK/v2" "$out"
[ ! -e "$site/output.tmp-$alive" ] || fail "a dead process's staging folder was kept"
echo "out_kill ok: ${#points[@]} points x SIGKILL, SIGINT; output/ always complete, leftovers removed"
