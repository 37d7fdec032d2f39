#!/usr/bin/env bash
# Incremental rebuild time of `toolkitgen serve` on the shipped site: edits one file at a time (a tool, a
# stage, the site's CSS, the layout template) and reads serve's own "Rebuilt in N ms" lines (load, documents
# whose inputs changed, HTML, diff; the 50 ms debounce before a rebuild is not included), then prints the
# median and the worst time per kind of edit, the CPU time serve used per edit (all threads, from
# /proc/PID/stat: steadier than the wall time on a busy machine), and whether a tool edit stays under 100 ms.
# Usage: bench/incremental_bench.sh [path/to/toolkitgen] [edits per kind, default 10]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-${TOOLKITGEN:-$here/build/toolkitgen}}
runs=${2:-10}
[ -x "$bin" ] || { echo "no toolkitgen binary at $bin (build it, or pass its path)" >&2; exit 2; }
work=$(mktemp -d "${TMPDIR:-/tmp}/tk-bench.XXXXXX")
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
cp -r "$here/content" "$work/content"
cp -r "$here/themes/default" "$work/theme"

"$bin" serve --content "$work/content" --theme "$work/theme" --port 0 >"$work/out" 2>"$work/err" &
pid=$!
for _ in $(seq 600); do grep -q '^Serving' "$work/out" && break; sleep 0.1; done
grep -q '^Serving' "$work/out" || { cat "$work/err" >&2; echo "serve did not start" >&2; exit 1; }
echo "first build: $(head -1 "$work/out") (load average $(cut -d" " -f1-3 /proc/loadavg) on $(nproc) cores)"

# edit KIND FILE COMMAND: runs COMMAND (sed script) on FILE $runs times, collecting the rebuild times.
declare -A median worst
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{ print ($14 + $15) * 1000 / hz }' "/proc/$pid/stat"; }
bench() {
  local kind=$1 file=$2 i n times=() cpu0
  cpu0=$(cpu_ms)
  for i in $(seq "$runs"); do
    n=$(grep -c '^Rebuilt' "$work/out" || true)
    "$3" "$file" "$i"
    for _ in $(seq 200); do [ "$(grep -c '^Rebuilt' "$work/out" || true)" -gt "$n" ] && break; sleep 0.02; done
    times+=("$(grep '^Rebuilt' "$work/out" | tail -1 | sed -E 's/^Rebuilt in ([0-9]+) ms.*/\1/')")
    sleep 0.15
  done
  mapfile -t sorted < <(printf '%s\n' "${times[@]}" | sort -n)
  median[$kind]=${sorted[$(( ${#sorted[@]} / 2 ))]}
  worst[$kind]=${sorted[-1]}
  printf '%-22s median %4s ms   worst %4s ms   cpu %5.1f ms/edit   (%s)\n' "$kind" "${median[$kind]}" "${worst[$kind]}" \
    "$(echo "$(cpu_ms) $cpu0 $runs" | awk '{ print ($1 - $2) / $3 }')" "$(grep '^Rebuilt' "$work/out" | tail -1 | sed 's/^Rebuilt in [0-9]* ms: //')"
}
append_md() { printf '\nA sentence added by the benchmark, run %s.\n' "$2" >>"$1"; }
append_css() { printf '\n/* bench %s */\n' "$2" >>"$1"; }
edit_tmpl() { sed -i "s|</main>|</main><!-- bench $2 -->|" "$1"; }

bench "tool (PDF + .docx)" "$work/content/tools/partnership-compact.md" append_md
bench "stage" "$work/content/stages/01-initiation.md" append_md
bench "theme CSS" "$work/theme/static/css/site.css" append_css
bench "theme template" "$work/theme/templates/layout.mustache" edit_tmpl
grep -q 'error' "$work/err" && { cat "$work/err" >&2; echo "serve reported errors" >&2; exit 1; }
if [ "${median["tool (PDF + .docx)"]}" -lt 100 ]; then
  echo "OK: a tool edit rebuilds in ${median["tool (PDF + .docx)"]} ms (median of $runs), under 100 ms"
else
  echo "SLOW: a tool edit rebuilds in ${median["tool (PDF + .docx)"]} ms (median of $runs), not under 100 ms"
  exit 1
fi
