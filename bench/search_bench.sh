#!/usr/bin/env bash
# Search benchmark: toolkitgen's index and client against Pagefind on the same built site, on generated
# corpora (bench/gen_corpus.py) and the shipped content. Reports index size, bytes fetched before the first
# result shows (cold cache, without and with HTTP gzip) and warm query time, in Debian's Chromium.
# Usage: bench/search_bench.sh [SIZE|shipped ...]   (default: shipped 1000 10000)
# Env: BUILD (default build/) holds the toolkitgen binary; results go to bench/out/search/.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${BUILD:-$ROOT/build}
BIN=${TOOLKITGEN:-$BUILD/toolkitgen}
PAGEFIND=$ROOT/tests/browser/node_modules/@pagefind/linux-x64/bin/pagefind_extended
OUT=$ROOT/bench/out/search
[ -x "$BIN" ] || { echo "no $BIN: build first (make compile)" >&2; exit 1; }
[ -x "$PAGEFIND" ] || { echo "no Pagefind: run scripts/install-deps.sh test (npm ci in tests/browser)" >&2; exit 1; }
mkdir -p "$OUT"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(shipped 1000 10000)

for n in "${sizes[@]}"; do
  if [ "$n" = shipped ]; then
    content=$ROOT/content
  else
    content=$OUT/corpus-$n
    [ -f "$content/site.yaml" ] || python3 "$ROOT/bench/gen_corpus.py" --pages "$n" --out "$content" --formats none >/dev/null
  fi
  site=$OUT/site-$n pf=$OUT/pagefind-$n
  echo "== $n: toolkitgen build"
  /usr/bin/time -f "   %e s, %M KB peak" "$BIN" build --content "$content" --theme "$ROOT/themes/default" --out "$site"
  echo "== $n: Pagefind $("$PAGEFIND" --version) on the same site (root selector: main)"
  rm -rf "$pf" && cp -r "$site" "$pf"
  /usr/bin/time -f "   %e s, %M KB peak" "$PAGEFIND" --site "$pf" --root-selector main --silent
  node "$ROOT/bench/search_bench.js" --label "$n" --ours "$site" --pagefind "$pf" --json "$OUT/result-$n.json" \
    | tee "$OUT/result-$n.md"
done
