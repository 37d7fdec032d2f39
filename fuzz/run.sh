#!/usr/bin/env bash
# Runs fuzz targets for a set time: `fuzz/run.sh BUILD_DIR SECONDS [TARGET...]` (default: every target).
# Seeds come from content/ (fuzz/make_corpus.sh) and tests/regress/<target>/; the growing corpus is kept in
# BUILD_DIR/fuzz-corpus/<target> (FUZZ_FRESH=1: a throw-away one), crashes in BUILD_DIR/fuzz-artifacts/<target>/.
# Extra libFuzzer flags: FUZZ_ARGS.
# Exit: 0 clean, 1 when a target found a crash, hang or broken invariant, 77 when the targets are not built.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
src=$(dirname "$here")
[ -d "${1:?usage: run.sh BUILD_DIR SECONDS [TARGET...]}" ] || { echo "run.sh: $1 does not exist (fuzz/build.sh $1)" >&2; exit 77; }
build=$(cd "$1" && pwd)
seconds=${2:-60}
shift 2 || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(front_matter page_loader fields page_html)

tmp=$(mktemp -d "${TMPDIR:-/tmp}/tk-fuzz.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
seeds="$tmp/seeds"
bash "$here/make_corpus.sh" "$src/content" "$seeds" >/dev/null

failed=()
for t in "${targets[@]}"; do
  exe="$build/fuzz/fuzz_$t"
  if [ ! -x "$exe" ]; then
    echo "run.sh: $exe is not built (fuzz/build.sh $build)" >&2
    exit 77
  fi
  corpus="$build/fuzz-corpus/$t"
  [ -n "${FUZZ_FRESH:-}" ] && corpus="$tmp/corpus-$t"  # CI: start from the seeds every time
  artifacts="$build/fuzz-artifacts/$t"
  log="$build/fuzz-$t.log"
  mkdir -p "$corpus" "$artifacts"
  dirs=("$corpus" "$seeds/$t")
  [ -d "$src/tests/regress/$t" ] && dirs+=("$src/tests/regress/$t")
  echo "fuzz: $t for ${seconds}s (log $log)"
  # shellcheck disable=SC2086
  if ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 UBSAN_OPTIONS=print_stacktrace=1 \
     "$exe" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -error_exitcode=1 -timeout_exitcode=1 \
       -dict="$here/toolkit.dict" -artifact_prefix="$artifacts/" -print_final_stats=1 ${FUZZ_ARGS:-} \
       "${dirs[@]}" >"$log" 2>&1; then
    grep -E '^(#[0-9]+.*DONE|stat::number_of_executed_units|stat::peak_rss_mb)' "$log" | sed "s/^/  /" || true
    echo "  corpus: $(find "$corpus" -type f | wc -l) inputs"
  else
    echo "FAIL: fuzz_$t found a problem; the input is in $artifacts/:" >&2
    ls -t "$artifacts" | head -3 | sed "s|^|  $artifacts/|" >&2
    # The first report and the frames in our code (the full log stays in $log).
    grep -E 'ERROR: (AddressSanitizer|libFuzzer|LeakSanitizer)|runtime error|fuzz invariant broken|ALARM|SUMMARY|#[0-9]+ 0x[0-9a-f]+ in (tk::|LLVMFuzzer)' "$log" |
      grep -v -E 'in tk::fuzz::\(anonymous|std::' | head -20 >&2 || tail -50 "$log" >&2
    failed+=("$t")
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: problems found by: ${failed[*]} (add each input to tests/regress/<target>/)" >&2
  exit 1
fi
