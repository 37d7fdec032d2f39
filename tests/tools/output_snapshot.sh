#!/usr/bin/env bash
# Builds the shipped content, every valid fixture site and a generated corpus with one toolkitgen, and writes
# DIR/manifest.txt: "sha256  site/path" for every output file, plus each invalid fixture's diagnostics
# (DIR/invalid/<case>.txt). Used to show a restructuring changed no byte:
#   tests/tools/output_snapshot.sh build/toolkitgen /tmp/before   (on the old tree)
#   tests/tools/output_snapshot.sh build/toolkitgen /tmp/after    (on the new tree)
#   diff /tmp/before/manifest.txt /tmp/after/manifest.txt && diff -r /tmp/before/invalid /tmp/after/invalid
# Run from the repository's top folder.
set -euo pipefail
tk=$(realpath "$1"); dir=$2
rm -rf "$dir"; mkdir -p "$dir/sites" "$dir/invalid"
export SOURCE_DATE_EPOCH=1700000000
theme=themes/default
build_one() { # name content
  "$tk" build --quiet --content "$2" --theme "$theme" --out "$dir/sites/$1" >"$dir/sites/$1.log" 2>&1 ||
    { echo "build of $1 failed:"; cat "$dir/sites/$1.log"; exit 1; }
}
build_one shipped content
for f in site_minimal pdf_site docx_site; do build_one "$f" "tests/fixtures/$f"; done
python3 bench/gen_corpus.py --pages 300 --out "$dir/corpus-src" --seed 7 >/dev/null
build_one corpus "$dir/corpus-src"
for c in tests/fixtures/invalid/*/content/; do
  n=$(basename "$(dirname "$c")")
  rc=0; "$tk" build --content "$c" --theme "$theme" --out "$dir/invalid-out" >"$dir/invalid/$n.txt" 2>&1 || rc=$?
  echo "exit $rc" >>"$dir/invalid/$n.txt"
done
rm -rf "$dir/invalid-out"
(cd "$dir/sites" && find . -type f ! -name '*.log' ! -name .toolkitgen-output -print0 | sort -z |
  xargs -0 sha256sum) >"$dir/manifest.txt"
echo "$(wc -l <"$dir/manifest.txt") files in $dir/manifest.txt"
