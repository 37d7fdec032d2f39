#!/usr/bin/env bash
# Build progress: plain "[n/N] step" lines when stdout is not a terminal, one line rewritten with \r on a
# terminal, nothing with --quiet; the summary line last in each case but --quiet.
source "$(dirname "$0")/lib.bash"
need_tool script
args=(--content "$TK_SOURCE_DIR/tests/fixtures/site_minimal" --theme "$TK_SOURCE_DIR/themes/default" --out "$WORK/out")
"$TOOLKITGEN" build "${args[@]}" >"$WORK/plain"
grep -Eq '^\[1/[0-9]+\] ' "$WORK/plain" || fail "no progress lines: $(cat "$WORK/plain")"
grep -Eq '^\[([0-9]+)/\1\] pages$' "$WORK/plain" || fail "no final step"
grep -q $'\r' "$WORK/plain" && fail "carriage returns when stdout is not a terminal"
tail -1 "$WORK/plain" | grep -Eq '^Built [0-9]+ pages and [0-9]+ documents in [0-9.]+ s into .*/out/ \(0 warnings\)$' || fail "summary not last"

"$TOOLKITGEN" build -q "${args[@]}" >"$WORK/quiet"
[ ! -s "$WORK/quiet" ] || fail "--quiet printed: $(cat "$WORK/quiet")"

script -qec "$(printf '%q ' "$TOOLKITGEN" build "${args[@]}")" /dev/null >"$WORK/tty"
grep -q $'\r\033\[K\[1/' "$WORK/tty" || fail "no in-place progress on a terminal"
[ "$(grep -c '^\[' "$WORK/tty" || true)" -le 1 ] || fail "progress on a terminal must stay on one line"
grep -q 'Built [0-9]* pages' "$WORK/tty" || fail "no summary on a terminal"
echo "editor progress ok"
