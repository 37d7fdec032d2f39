#!/usr/bin/env bash
# Seed corpora for the fuzz targets from a content tree: `fuzz/make_corpus.sh CONTENT_DIR OUT_DIR`.
# Writes OUT_DIR/<target>/<name> in each target's input format (see fuzz/harness.h):
#   front_matter  the file's bytes
#   page_loader   one kind byte (by folder) + the file's bytes; page_html the same
#   fields        byte 0 + a tool's or job's body; byte 1 + the YAML inside each ```field block
set -euo pipefail
content=${1:?usage: make_corpus.sh CONTENT_DIR OUT_DIR}
out=${2:?usage: make_corpus.sh CONTENT_DIR OUT_DIR}
mkdir -p "$out"/{front_matter,page_loader,fields,page_html}

# The kind byte for a folder; the order is fuzz/harness.cc's kKinds (Home Stage Tool Job Spotlight FocusArea Page).
kind_byte() {
  case "$1" in
    .) echo 0 ;; stages) echo 1 ;; tools) echo 2 ;; jobs) echo 3 ;;
    spotlights) echo 4 ;; focus-areas) echo 5 ;; *) echo 6 ;;
  esac
}
prefixed() {  # prefixed BYTE FILE: writes the byte then the file to stdout
  printf "\\x$(printf %02x "$1")"
  cat "$2"
}

n=0
while IFS= read -r -d '' f; do
  rel=${f#"$content"/}
  name=${rel//\//_}
  folder=$(dirname "$rel")
  cp "$f" "$out/front_matter/$name"
  [ "${rel##*.}" = md ] || continue
  k=$(kind_byte "$folder")
  prefixed "$k" "$f" >"$out/page_loader/$name"
  prefixed "$k" "$f" >"$out/page_html/$name"
  if [ "$folder" = tools ] || [ "$folder" = jobs ]; then
    # The body: everything after the second '---' line.
    { printf '\x00'; awk 'c >= 2 { print; next } /^---[ \t\r]*$/ { c++ }' "$f"; } >"$out/fields/body_$name"
    # Each ```field block's YAML.
    awk -v dir="$out/fields" -v base="$name" '
      /^```[ \t]*field[ \t\r]*$/ { inblk = 1; k++; file = dir "/block_" base "_" k; printf "\001" > file; next }
      inblk && /^```/ { inblk = 0; close(file); next }
      inblk { print > file }' "$f"
  fi
  n=$((n + 1))
done < <(find "$content" -type f \( -name '*.md' -o -name '*.yaml' \) -print0 | sort -z)
echo "make_corpus: $n content files -> $(find "$out" -type f | wc -l) seeds in $out"
