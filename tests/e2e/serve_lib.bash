# Helpers for the serve end-to-end scripts (sourced after lib.bash): start the server, poll, fetch.
need_tool curl
SERVE_PID=""
trap '[ -n "$SERVE_PID" ] && kill "$SERVE_PID" 2>/dev/null; rm -rf "$WORK"' EXIT

# start_serve CONTENT THEME [ARGS...]: starts serve on a free loopback port; sets SERVE_PID and URL.
start_serve() {
  "$TOOLKITGEN" serve --content "$1" --theme "$2" --port 0 "${@:3}" >"$WORK/serve.out" 2>"$WORK/serve.err" &
  SERVE_PID=$!
  URL=""
  for _ in $(seq 200); do
    URL=$(grep -o 'http://127\.0\.0\.1:[0-9]*/' "$WORK/serve.out" || true)
    [ -n "$URL" ] && return 0
    kill -0 "$SERVE_PID" 2>/dev/null || { cat "$WORK/serve.err" >&2; fail "serve exited early"; }
    sleep 0.05
  done
  fail "serve printed no URL within 10 s"
}

# stop_serve: SIGTERM, and the server must exit by itself, cleanly.
stop_serve() {
  kill "$SERVE_PID"
  local rc=0
  wait "$SERVE_PID" || rc=$?
  SERVE_PID=""
  [ "$rc" -eq 0 ] || fail "serve exited with $rc after SIGTERM"
}

# status PATH: the HTTP status of a GET (the path is sent as written: --path-as-is).
status() { curl -s --path-as-is -o /dev/null -w '%{http_code}' "${URL%/}$1"; }
# body PATH: the body of a GET.
body() { curl -s --path-as-is "${URL%/}$1"; }

# eventually DESCRIPTION CMD...: retries CMD for up to 10 s (rebuilds are debounced by 50 ms).
eventually() {
  local what=$1; shift
  for _ in $(seq 100); do "$@" && return 0; sleep 0.1; done
  fail "$what (after 10 s)"
}
