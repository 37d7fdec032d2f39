#!/usr/bin/env bash
# -j N is obeyed by every parallel step (loading, validation, documents, pages, search): the CLI passes it
# down in the options structs (there is no process-wide thread count). A build of a 500-page generated corpus
# is sampled every millisecond (/proc/PID/task): with -j 1 it never runs more than 2 threads (the one that
# works, and the signal thread that removes the staging folder on Ctrl+C), with -j 3 never more than 6 (a
# step that runs inside a parallel round, the search index, has its own 3: 3 + 2 + the signal thread) and at
# least 3 at some point (so the sampling sees the workers). Each build is repeated twice; the outputs of
# -j 1 and -j 3 are the same bytes.
source "$(dirname "$0")/lib.bash"
need_tool python3
python3 "$TK_SOURCE_DIR/bench/gen_corpus.py" --pages 500 --out "$WORK/corpus" --seed 11 >/dev/null

# max_threads OUT JOBS: builds with -j JOBS into OUT and prints the most threads seen at once.
max_threads() {
  python3 - "$TOOLKITGEN" "$WORK/corpus" "$TK_SOURCE_DIR/themes/default" "$1" "$2" <<'PY'
import os, subprocess, sys, time
tk, content, theme, out, jobs = sys.argv[1:]
p = subprocess.Popen([tk, "build", "--quiet", "--content", content, "--theme", theme, "--out", out, "-j", jobs],
                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
most = 0
while p.poll() is None:
    try:
        most = max(most, len(os.listdir(f"/proc/{p.pid}/task")))
    except FileNotFoundError:
        break
    time.sleep(0.001)
err = p.stderr.read().decode()
if p.returncode != 0:
    sys.exit(f"build -j {jobs} failed ({p.returncode}): {err}")
print(most)
PY
}

for round in 1 2; do
  one=$(max_threads "$WORK/one" 1) || fail "build -j 1 failed"
  [ "$one" -le 2 ] || fail "round $round: build -j 1 ran $one threads at once (at most 2: the worker and the signal thread)"
  three=$(max_threads "$WORK/three" 3) || fail "build -j 3 failed"
  [ "$three" -le 6 ] || fail "round $round: build -j 3 ran $three threads at once (at most 6)"
  [ "$three" -ge 3 ] || fail "round $round: build -j 3 never ran 3 threads at once (saw $three): the sampling misses the workers"
  echo "round $round: -j 1 at most $one threads, -j 3 at most $three"
done
diff -r "$WORK/one" "$WORK/three" >/dev/null || fail "-j 1 and -j 3 wrote different files"
echo "ok"
