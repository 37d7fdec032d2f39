#!/usr/bin/env bash
# Benchmark: time to write every shipped fill-in PDF (pdf::write_template, one thread) and the bundle,
# and the size and page count of each. Aims (issue 3): all templates in under 0.5 s, median under 150 KB.
# Usage: bench/pdf_bench.sh [content-dir] [seconds]. Env: BUILD (default build/) must hold a built
# generator/libtoolkitgen_lib.a. Writes the PDFs to bench/out/pdf/ for a look.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
CONTENT=${1:-$ROOT/content}
SECONDS_MIN=${2:-3}
BUILD=${BUILD:-$ROOT/build}
LIB=$BUILD/generator/libtoolkitgen_lib.a
[ -f "$LIB" ] || { echo "no $LIB: build first (cmake --build $BUILD)" >&2; exit 1; }
OUT=$ROOT/bench/out/pdf
rm -rf "$OUT" && mkdir -p "$OUT"
TMP=$(mktemp -d "${TMPDIR:-/tmp}/tk-pdf-bench.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

cat >"$TMP/bench.cc" <<'EOF'
// Times pdf::write_template over every PDF template of a content tree (first pass cold: fonts are
// parsed then), repeated passes warm, then write_bundle; writes each PDF once to the output folder.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>
#include "load/site_loader.h"
#include "render/pdf/pdf_writer.h"
int main(int argc, char** argv) {
  tk::Diagnostics diags;
  tk::load::LoadOptions opts;
  opts.content_dir = argv[1];
  tk::model::Site site = tk::load::load_site(opts, diags);
  if (diags.has_errors()) { for (auto& d : diags.sorted()) std::fprintf(stderr, "%s\n", d.format().c_str()); return 1; }
  double min_seconds = std::atof(argv[2]);
  std::string out = argv[3];
  std::vector<const tk::model::Page*> pages;
  for (const auto* p : site.templates())
    if (p->has_format("pdf")) pages.push_back(p);
  if (pages.empty()) { std::fprintf(stderr, "no PDF templates in %s\n", argv[1]); return 1; }
  using clock = std::chrono::steady_clock;
  auto seconds = [](clock::time_point a) { return std::chrono::duration<double>(clock::now() - a).count(); };
  std::vector<tk::pdf::Result> first;
  auto t0 = clock::now();
  for (const auto* p : pages) first.push_back(tk::pdf::write_template(site, *p));
  double cold = seconds(t0);
  for (std::size_t i = 0; i < pages.size(); ++i) {
    std::ofstream(out + "/" + pages[i]->slug + ".pdf", std::ios::binary) << first[i].bytes;
    std::printf("T %s %d %zu\n", pages[i]->slug.c_str(), first[i].pages, first[i].bytes.size());
  }
  int passes = 0;
  auto t1 = clock::now();
  double warm = 0;
  while (warm < min_seconds) {
    for (const auto* p : pages) tk::pdf::write_template(site, *p);
    ++passes;
    warm = seconds(t1);
  }
  int bundles = 0;
  tk::pdf::Result bundle;
  auto t2 = clock::now();
  double belapsed = 0;
  while (belapsed < min_seconds / 3) {
    bundle = tk::pdf::write_bundle(site);
    ++bundles;
    belapsed = seconds(t2);
  }
  std::ofstream(out + "/bundle.pdf", std::ios::binary) << bundle.bytes;
  std::printf("S %zu %.6f %.6f %d %.6f %d %d %zu\n", pages.size(), cold, warm, passes, belapsed, bundles, bundle.pages,
              bundle.bytes.size());
}
EOF
# shellcheck disable=SC2046
g++ -std=c++17 -O2 -I"$ROOT/generator" "$TMP/bench.cc" "$LIB" $(pkg-config --libs libcmark-gfm libzip yaml-cpp) \
  -lhpdf -lstemmer -lpthread -lz -o "$TMP/bench"
"$TMP/bench" "$CONTENT" "$SECONDS_MIN" "$OUT" >"$TMP/result.txt"

awk -v nproc="$(nproc)" '
  $1 == "T" { n++; name[n] = $2; pages[n] = $3; size[n] = $4; total += $4 }
  $1 == "S" { count = $2; cold = $3; warm = $4; passes = $5; be = $6; nb = $7; bp = $8; bs = $9 }
  END {
    printf "Fill-in PDF templates: %d (pdf::write_template, one thread; machine has %d cores)\n\n", count, nproc
    printf "%-48s %6s %9s\n", "template", "pages", "KB"
    for (i = 1; i <= n; i++) printf "%-48s %6d %9.1f\n", name[i], pages[i], size[i] / 1024
    # median size
    for (i = 1; i <= n; i++) s[i] = size[i]
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (s[j] < s[i]) { t = s[i]; s[i] = s[j]; s[j] = t }
    median = (n % 2) ? s[(n + 1) / 2] : (s[n / 2] + s[n / 2 + 1]) / 2
    per = warm / passes
    printf "\nall %d templates, first pass (fonts parsed):  %8.1f ms\n", count, 1000 * cold
    printf "all %d templates, warm (mean of %d passes):  %8.1f ms  (%.2f ms a template)\n", count, passes, 1000 * per, 1000 * per / count
    printf "sizes: median %.1f KB, largest %.1f KB, total %.1f KB\n", median / 1024, s[n] / 1024, total / 1024
    printf "bundle (whole toolkit): %d pages, %.1f KB, %.1f ms (mean of %d)\n", bp, bs / 1024, 1000 * be / nb, nb
    printf "\naim: all templates < 500 ms: %s; median < 150 KB: %s\n", (cold < 0.5 ? "met" : "MISSED"), (median < 150 * 1024 ? "met" : "MISSED")
  }' "$TMP/result.txt"
echo "PDFs written to ${OUT#"$ROOT"/}/"
