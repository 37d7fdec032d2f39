#!/usr/bin/env bash
# Benchmark: .docx templates written per second by toolkitgen's Word writer, side by side with
# `pandoc -o x.docx` on the same Markdown files. Usage: bench/docx_bench.sh [content-dir] [seconds]
# Env: BUILD (default build/) must hold a built generator/libtoolkitgen_lib.a.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
CONTENT=${1:-$ROOT/content}
SECONDS_MIN=${2:-3}
BUILD=${BUILD:-$ROOT/build}
LIB=$BUILD/generator/libtoolkitgen_lib.a
[ -f "$LIB" ] || { echo "no $LIB: build first (cmake --build $BUILD)" >&2; exit 1; }
command -v pandoc >/dev/null || { echo "pandoc is not installed" >&2; exit 1; }
TMP=$(mktemp -d "${TMPDIR:-/tmp}/tk-docx-bench.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

cat >"$TMP/bench.cc" <<'EOF'
// Times docx::write_template over every template of a content tree, then one write_bundle.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include "load/site_loader.h"
#include "render/docx/docx_writer.h"
int main(int argc, char** argv) {
  tk::Diagnostics diags;
  tk::load::LoadOptions opts;
  opts.content_dir = argv[1];
  tk::model::Site site = tk::load::load_site(opts, diags);
  if (diags.has_errors()) { for (auto& d : diags.sorted()) std::fprintf(stderr, "%s\n", d.format().c_str()); return 1; }
  double min_seconds = std::atof(argv[2]);
  std::FILE* list = std::fopen(argv[3], "w");
  std::vector<const tk::model::Page*> pages;
  for (const auto* p : site.templates())
    if (p->has_format("docx")) { pages.push_back(p); std::fprintf(list, "%s\n", p->source_path.c_str()); }
  std::fclose(list);
  if (pages.empty()) { std::fprintf(stderr, "no .docx templates in %s\n", argv[1]); return 1; }
  using clock = std::chrono::steady_clock;
  std::size_t docs = 0, bytes = 0;
  auto t0 = clock::now();
  double elapsed = 0;
  while (elapsed < min_seconds) {
    for (const auto* p : pages) { bytes += tk::docx::write_template(site, *p, "").size(); ++docs; }
    elapsed = std::chrono::duration<double>(clock::now() - t0).count();
  }
  std::size_t bundles = 0, bundle_bytes = 0;
  auto t1 = clock::now();
  double belapsed = 0;
  while (belapsed < min_seconds / 3) {
    bundle_bytes = tk::docx::write_bundle(site, "").size();
    ++bundles;
    belapsed = std::chrono::duration<double>(clock::now() - t1).count();
  }
  std::printf("%zu %.6f %zu %zu %.6f %zu %zu\n", docs, elapsed, bytes, bundles, belapsed, bundle_bytes, pages.size());
}
EOF
# shellcheck disable=SC2046
g++ -std=c++17 -O2 -I"$ROOT/generator" "$TMP/bench.cc" "$LIB" $(pkg-config --libs libcmark-gfm libzip yaml-cpp) \
  -lpthread -o "$TMP/bench"
read -r DOCS ELAPSED BYTES BUNDLES BELAPSED BBYTES NPAGES < <("$TMP/bench" "$CONTENT" "$SECONDS_MIN" "$TMP/sources.txt")

# pandoc: one process per file, as a site build would call it, over the same Markdown (front matter
# becomes pandoc metadata), repeated until SECONDS_MIN has passed.
PDOCS=0
start=$(date +%s.%N)
while :; do
  while read -r src; do
    pandoc -f markdown -t docx -o "$TMP/x.docx" "$CONTENT/$src"
    PDOCS=$((PDOCS + 1))
  done <"$TMP/sources.txt"
  now=$(date +%s.%N)
  awk -v a="$start" -v b="$now" -v m="$SECONDS_MIN" 'BEGIN { exit !(b - a < m) }' || break
done
PELAPSED=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.6f", b - a }')
PBYTES=$(stat -c %s "$TMP/x.docx")

awk -v d="$DOCS" -v e="$ELAPSED" -v b="$BYTES" -v nb="$BUNDLES" -v be="$BELAPSED" -v bb="$BBYTES" -v n="$NPAGES" \
    -v pd="$PDOCS" -v pe="$PELAPSED" -v pb="$PBYTES" -v pv="$(pandoc --version | head -1)" -v nproc="$(nproc)" 'BEGIN {
  printf "Word templates: %d Markdown files with fill-in fields (%d cores)\n", n, nproc
  printf "%-44s %10s %12s %10s\n", "writer", "docx/s", "ms per docx", "avg KB"
  printf "%-44s %10.1f %12.2f %10.1f\n", "toolkitgen docx::write_template (in process)", d / e, 1000 * e / d, b / d / 1024
  printf "%-44s %10.1f %12.2f %10.1f\n", pv " -o x.docx (a process each)", pd / pe, 1000 * pe / pd, pb / 1024
  printf "%-44s %10.1f %12.2f %10.1f\n", "toolkitgen docx::write_bundle (whole toolkit)", nb / be, 1000 * be / nb, bb / 1024
  printf "speed-up over pandoc: %.0fx (pandoc writes no content controls)\n", (d / e) / (pd / pe)
}'
