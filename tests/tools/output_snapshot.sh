#!/usr/bin/env bash
# Builds the shipped content, every valid fixture site and a generated corpus with one toolkitgen, and writes
# DIR/manifest.txt: "sha256  site/path" for every output file, plus each invalid case's diagnostics
# (DIR/invalid/<case>.txt: what `build --content content/ --out output` prints in the case's folder, made from
# tests/invalid/<case>.txtar, then its exit code; paths are relative to the case folder). Used to show a
# restructuring changed no byte:
#   tests/tools/output_snapshot.sh build/toolkitgen /tmp/before   (on the old tree)
#   tests/tools/output_snapshot.sh build/toolkitgen /tmp/after    (on the new tree)
#   diff /tmp/before/manifest.txt /tmp/after/manifest.txt && diff -r /tmp/before/invalid /tmp/after/invalid
# A snapshot made before the cases moved to tests/invalid/ (its paths start tests/fixtures/invalid/<case>/, its
# closing lines name DIR/invalid-out/) compares after: tests/tools/output_snapshot.sh --relative-invalid OLD NEW
# writes NEW/invalid/ from OLD/invalid/ with paths relative to the case folder, as this script prints them.
# Run from the repository's top folder.
set -euo pipefail
if [ "${1:-}" = --relative-invalid ]; then
  old=$2 new=$3
  mkdir -p "$new/invalid"
  for f in "$old"/invalid/*.txt; do
    n=$(basename "$f" .txt)
    sed -e "s|tests/fixtures/invalid/$n/||g" -e 's|nothing was written, .*/invalid-out/ is unchanged$|nothing was written, output/ is unchanged|' \
      "$f" >"$new/invalid/$n.txt"
  done
  exit 0
fi
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
# --content content/ with its slash, as the snapshots before tests/invalid/ ran it (some paths print as content//).
top=$PWD
python3 tests/tools/txtar.py unpack "$dir/invalid-src" tests/invalid/*.txtar
for c in tests/invalid/*.txtar; do
  n=$(basename "$c" .txtar)
  rc=0
  (cd "$dir/invalid-src/$n" && "$tk" build --content content/ --theme "$top/$theme" --out output) \
    >"$dir/invalid/$n.txt" 2>&1 || rc=$?
  echo "exit $rc" >>"$dir/invalid/$n.txt"
done
rm -rf "$dir/invalid-src"
(cd "$dir/sites" && find . -type f ! -name '*.log' ! -name .toolkitgen-output -print0 | sort -z |
  xargs -0 sha256sum) >"$dir/manifest.txt"
echo "$(wc -l <"$dir/manifest.txt") files in $dir/manifest.txt"
