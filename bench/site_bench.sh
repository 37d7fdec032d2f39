#!/usr/bin/env bash
# toolkitgen against Hugo + Pagefind on the same Markdown, and document throughput against pandoc and LibreOffice.
#
# Usage: bench/site_bench.sh            (run by hand; not part of `make test`)
# Environment: TOOLKITGEN (binary; default $BUILD/toolkitgen, BUILD default build/), SIZES ("1000 10000"),
# RUNS (5), DOC_PAGES (500: a corpus whose 20% fill-in templates give the documents), DOC_RUNS (3),
# BENCH_OUT (bench/out), BENCH_TMP (corpora and outputs; default a folder in /dev/shm, see bench/README.md).
# Results: $BENCH_OUT/results.tsv (every run) and $BENCH_OUT/summary.md (medians, ratios).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${BUILD:-$ROOT/build}
TK=${TOOLKITGEN:-$BUILD/toolkitgen}
THEME=$ROOT/themes/default
SIZES=${SIZES:-"1000 10000"}
RUNS=${RUNS:-5}
DOC_PAGES=${DOC_PAGES:-500}
DOC_RUNS=${DOC_RUNS:-3}
OUT=${BENCH_OUT:-$ROOT/bench/out}
# Corpora and outputs on tmpfs: on ext4, creating ~20,000 files within a minute of deleting as many makes the
# inode allocator skip the recently deleted inodes one by one (kernel recently_deleted()); a second `cp -r` of a
# 10,000-page site took 23 s instead of 2.4 s. That would time the file system, differently for each run.
AUTO_TMP=""
if [ -z "${BENCH_TMP:-}" ] && [ -d /dev/shm ] && [ -w /dev/shm ]; then BENCH_TMP=/dev/shm/toolkitgen-bench-$$; AUTO_TMP=1; fi
WORK=${BENCH_TMP:-$OUT/work}
CORPUS=$WORK/corpus
TSV=$OUT/results.tsv
SUMMARY=$OUT/summary.md
T0=$(date +%s)

say() { printf '[bench %4ss] %s\n' "$(( $(date +%s) - T0 ))" "$*" >&2; }
die() { say "error: $*"; exit 1; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi; }
apt_install() {
  say "installing Debian package(s): $*"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$@" >/dev/null ||
    { as_root apt-get update >/dev/null && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$@" >/dev/null; } ||
    die "could not install $* (run as root or with sudo)"
}

# --- Tools ------------------------------------------------------------------------------------------------------
[ -x /usr/bin/time ] || apt_install time
command -v hugo >/dev/null || apt_install hugo
command -v python3 >/dev/null || die "python3 is needed for the corpus generator"
if [ ! -x "$TK" ]; then
  say "building toolkitgen (Release) in $BUILD"
  [ -f "$BUILD/build.ninja" ] || cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$BUILD" --target toolkitgen -j "$(nproc)" >/dev/null
fi
BT=$(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$(dirname "$TK")/CMakeCache.txt" 2>/dev/null || true)
[ "$BT" = Release ] || say "warning: $TK is not a Release build (CMAKE_BUILD_TYPE='$BT'); figures will be pessimistic"

# Pagefind from npm: the test suite's copy if there is one, else a pinned copy under bench/.npm.
PF_PKG=""
for d in "$ROOT/tests/browser/node_modules" "$ROOT/bench/.npm/node_modules"; do
  [ -d "$d/pagefind" ] && { PF_PKG=$d; break; }
done
if [ -z "$PF_PKG" ]; then
  command -v npm >/dev/null || die "npm is needed to install pagefind"
  say "installing pagefind@1.6.0 from npm into bench/.npm"
  npm install --silent --no-audit --no-fund --prefix "$ROOT/bench/.npm" pagefind@1.6.0 >/dev/null
  PF_PKG=$ROOT/bench/.npm/node_modules
fi
# The native binary npm installed beside the Node wrapper: timing it leaves out Node's start-up (fairer to Pagefind).
PAGEFIND=$(ls "$PF_PKG"/@pagefind/linux-*/bin/pagefind_extended "$PF_PKG"/@pagefind/linux-*/bin/pagefind 2>/dev/null | head -1 || true)
[ -n "$PAGEFIND" ] || PAGEFIND=$PF_PKG/.bin/pagefind

# --- Helpers ----------------------------------------------------------------------------------------------------
# timed SIZE TOOL RUN cmd...: runs cmd under /usr/bin/time, appends "size tool run wall user sys maxrss_kb" to TSV.
timed() {
  local size=$1 tool=$2 run=$3; shift 3
  local tf=$OUT/.time
  if ! /usr/bin/time -f '%e %U %S %M' -o "$tf" "$@" >"$OUT/.log" 2>&1; then
    cat "$OUT/.log" >&2
    die "$tool failed at $size pages"
  fi
  printf '%s\t%s\t%s\t%s\n' "$size" "$tool" "$run" "$(tr ' ' '\t' <"$tf")" >>"$TSV"
}
run_tk() { rm -rf "$WORK/tk-site"; timed "$1" "$2" "$3" "$TK" build --content "$4" --theme "$THEME" --out "$WORK/tk-site"; }
run_hugo_pf() {
  rm -rf "$WORK/hugo-site"
  timed "$1" hugo "$2" hugo --quiet --source "$CORPUS/hugo-$1" --destination "$WORK/hugo-site"
  timed "$1" pagefind "$2" "$PAGEFIND" --site "$WORK/hugo-site"
}
html_count() { find "$1" -name '*.html' | wc -l; }

mkdir -p "$OUT" "$CORPUS"
[ -z "$AUTO_TMP" ] || trap 'rm -rf "$WORK"' EXIT   # only the folder this run made up
: >"$TSV"
LOAD=$(cut -d' ' -f1-3 /proc/loadavg)
say "toolkitgen: $TK; hugo: $(hugo version | cut -d' ' -f2); pagefind: $("$PAGEFIND" --version 2>/dev/null | cut -d' ' -f2)"
say "load average before the run: $LOAD (on $(nproc) cores; close other work for clean figures)"

# --- Website + search index -------------------------------------------------------------------------------------
for n in $SIZES; do
  say "corpus: $n pages, no fill-in templates (website and search path), and the same Markdown for Hugo"
  python3 "$ROOT/bench/gen_corpus.py" --pages "$n" --templates-share 0 --out "$CORPUS/tk-$n" --hugo "$CORPUS/hugo-$n" >/dev/null
  # One untimed build each: checks both succeed and warms the page cache equally.
  run_tk "$n" warmup 0 "$CORPUS/tk-$n"
  run_hugo_pf "$n" 0
  sed -i '/\twarmup\t0\t\|\thugo\t0\t\|\tpagefind\t0\t/d' "$TSV"
  say "  pages written: toolkitgen $(html_count "$WORK/tk-site") HTML, hugo $(html_count "$WORK/hugo-site") HTML;" \
      "search: toolkitgen $(du -sk "$WORK/tk-site/search" 2>/dev/null | cut -f1) KB, pagefind $(du -sk "$WORK/hugo-site/pagefind" | cut -f1) KB"
  for r in $(seq 1 "$RUNS"); do
    if [ $((r % 2)) = 1 ]; then run_tk "$n" toolkitgen "$r" "$CORPUS/tk-$n"; run_hugo_pf "$n" "$r"
    else run_hugo_pf "$n" "$r"; run_tk "$n" toolkitgen "$r" "$CORPUS/tk-$n"; fi
    say "  $n pages: run $r/$RUNS done"
  done
done
rm -rf "$WORK/hugo-site" "$WORK/tk-site"

# --- Documents --------------------------------------------------------------------------------------------------
# The same Markdown with the templates' downloads off, PDF only, .docx only; the difference is the writer's cost
# (each includes its share of the whole-toolkit bundle and .zip).
D=$DOC_PAGES
TEMPLATES=0
if [ "$D" -le 0 ]; then
  say "DOC_PAGES=0: documents skipped"
else
  for f in none pdf docx; do
    python3 "$ROOT/bench/gen_corpus.py" --pages "$D" --formats "$f" --out "$CORPUS/doc-$f" >/dev/null
  done
  grep -l '^formats: \[pdf\]' "$CORPUS"/doc-pdf/tools/*.md "$CORPUS"/doc-pdf/jobs/*.md >"$OUT/.templates"
  TEMPLATES=$(wc -l <"$OUT/.templates")
  say "documents: $D pages, $TEMPLATES fill-in templates; toolkitgen with downloads off / PDF / .docx, $DOC_RUNS runs each"
  run_tk doc warmup 0 "$CORPUS/doc-pdf"
  sed -i '/\twarmup\t0\t/d' "$TSV"
  for r in $(seq 1 "$DOC_RUNS"); do
    for f in none pdf docx; do run_tk doc "tk-$f" "$r" "$CORPUS/doc-$f"; done
  done
  say "  toolkitgen wrote $(find "$WORK/tk-site" -name '*.docx' | wc -l) .docx files in the last build"
  rm -rf "$WORK/tk-site"

  if command -v pandoc >/dev/null; then
    say "pandoc: one .docx per template, one call per file, $DOC_RUNS runs"
    for r in $(seq 1 "$DOC_RUNS"); do
      rm -rf "$WORK/pandoc"; mkdir -p "$WORK/pandoc"
      timed doc pandoc "$r" sh -c 'while read -r f; do pandoc -o "$1/$(basename "$f" .md).docx" "$f" || exit 1; done <"$2"' \
        sh "$WORK/pandoc" "$OUT/.templates"
    done
    if command -v soffice >/dev/null; then
      # A private profile (other soffice processes may be running); kept across runs, so run 1 pays its creation.
      say "LibreOffice: PDF from pandoc's .docx files, one call for all, $DOC_RUNS runs"
      rm -rf "$WORK/lo-profile"
      for r in $(seq 1 "$DOC_RUNS"); do
        rm -rf "$WORK/lo-pdf"; mkdir -p "$WORK/lo-pdf"
        timed doc soffice "$r" soffice "-env:UserInstallation=file://$WORK/lo-profile" --headless --convert-to pdf \
          --outdir "$WORK/lo-pdf" "$WORK"/pandoc/*.docx
      done
      say "  LibreOffice wrote $(find "$WORK/lo-pdf" -name '*.pdf' | wc -l) PDFs"
      rm -rf "$WORK/lo-pdf" "$WORK/lo-profile"
    else say "soffice not found: LibreOffice skipped"; fi
  else say "pandoc not found: pandoc and LibreOffice skipped"; fi
fi

# --- Summary ----------------------------------------------------------------------------------------------------
python3 - "$TSV" "$SUMMARY" "$SIZES" "$TEMPLATES" "$LOAD" "$(( $(date +%s) - T0 ))" <<'PY'
import statistics as st, sys
tsv, out, sizes, templates, load, elapsed = sys.argv[1], sys.argv[2], sys.argv[3].split(), int(sys.argv[4]), sys.argv[5], sys.argv[6]
rows = {}
for line in open(tsv):
  size, tool, run, wall, user, sysc, rss = line.split("\t")
  rows.setdefault((size, tool), {})[run] = (float(wall), float(user) + float(sysc), int(rss))
def med(size, tool, i): return st.median(v[i] for v in rows[(size, tool)].values())
def hp(size, i):  # Hugo then Pagefind, per run: wall and CPU add up, peak memory is the larger of the two
  h, p = rows[(size, "hugo")], rows[(size, "pagefind")]
  vals = [(h[r][0] + p[r][0], h[r][1] + p[r][1], max(h[r][2], p[r][2])) for r in h]
  return st.median(v[i] for v in vals)
L = ["# site_bench summary", "", "Load average at start: %s; whole bench: %s s." % (load, elapsed), "",
     "## Website + search index (medians of %d alternating runs)" % len(rows[(sizes[0], "toolkitgen")]), "",
     "| pages | tool | wall s | CPU s | CPU/wall | peak RSS MB | wall ms/page |", "|---|---|---|---|---|---|---|"]
for n in sizes:
  for tool in ("toolkitgen", "hugo", "pagefind"):
    w, c, m = med(n, tool, 0), med(n, tool, 1), med(n, tool, 2)
    L.append("| %s | %s | %.2f | %.2f | %.2f | %.0f | %.3f |" % (n, tool, w, c, c / w, m / 1024, 1000 * w / int(n)))
  w, c, m = hp(n, 0), hp(n, 1), hp(n, 2)
  L.append("| %s | hugo + pagefind | %.2f | %.2f | %.2f | %.0f | %.3f |" % (n, w, c, c / w, m / 1024, 1000 * w / int(n)))
L += ["", "## Ratios toolkitgen / (hugo + pagefind) (aims: wall <= 0.20, peak memory <= 0.25)", "",
      "| pages | wall | CPU | peak RSS |", "|---|---|---|---|"]
for n in sizes:
  L.append("| %s | %.3f | %.3f | %.3f |" % (n, med(n, "toolkitgen", 0) / hp(n, 0), med(n, "toolkitgen", 1) / hp(n, 1),
                                           med(n, "toolkitgen", 2) / hp(n, 2)))
if len(sizes) >= 2:
  a, b = sizes[0], sizes[-1]
  L += ["", "## Linearity: cost per page at %s vs %s pages (1.00 = linear)" % (b, a), "",
        "| tool | wall/page ratio | CPU/page ratio | peak RSS ratio (pages x%d) |" % (int(b) // int(a)), "|---|---|---|---|"]
  for tool in ("toolkitgen", "hugo", "pagefind"):
    L.append("| %s | %.2f | %.2f | %.2f |" % (tool, (med(b, tool, 0) / int(b)) / (med(a, tool, 0) / int(a)),
                                              (med(b, tool, 1) / int(b)) / (med(a, tool, 1) / int(a)), med(b, tool, 2) / med(a, tool, 2)))
if ("doc", "tk-none") in rows:
  base = med("doc", "tk-none", 0)
  L += ["", "## Documents: %d fill-in templates (medians)" % templates, "",
        "| writer | wall s | documents/s | CPU/wall | peak RSS MB |", "|---|---|---|---|---|"]
  for tool, what in (("tk-pdf", "toolkitgen PDF (build with PDF minus build without downloads)"),
                     ("tk-docx", "toolkitgen .docx (build with .docx minus build without downloads)")):
    w = med("doc", tool, 0) - base
    c = med("doc", tool, 1) - med("doc", "tk-none", 1)
    L.append("| %s | %.2f | %.1f | %.2f | %.0f |" % (what, w, templates / w if w > 0 else float("inf"), c / w if w > 0 else 0,
                                                 med("doc", tool, 2) / 1024))
  for tool, what in (("pandoc", "pandoc .docx (one call per file)"), ("soffice", "LibreOffice PDF from .docx (one call)")):
    if ("doc", tool) in rows:
      w = med("doc", tool, 0)
      L.append("| %s | %.2f | %.1f | %.2f | %.0f |" % (what, w, templates / w, med("doc", tool, 1) / w, med("doc", tool, 2) / 1024))
  L.append("")
  L.append("toolkitgen website-only build of that corpus: %.2f s wall." % base)
open(out, "w").write("\n".join(L) + "\n")
print("\n".join(L))
PY
say "done: $SUMMARY (raw runs in $TSV)"
