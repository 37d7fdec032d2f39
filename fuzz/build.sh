#!/usr/bin/env bash
# Configures and builds the libFuzzer targets with clang: `fuzz/build.sh [BUILD_DIR]` (default build-fuzz).
# Exit 77 when clang or its libFuzzer runtime is missing (1 when CI is set; scripts/install-deps.sh test installs them).
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$src/build-fuzz}
jobs=${JOBS:-2}
if ! command -v clang++ >/dev/null || [ ! -f "$(clang++ -print-file-name=libclang_rt.fuzzer-x86_64.a)" ]; then
  echo "fuzz/build.sh: clang++ with libFuzzer is missing (apt-get install clang libclang-rt-14-dev)" >&2
  [ -z "${CI:-}" ] || exit 1  # CI set: a test that cannot run fails (see tests/e2e/lib.bash)
  exit 77
fi
if [ ! -f "$build/build.ninja" ]; then
  cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DTOOLKITGEN_FUZZ=ON -DBUILD_TESTING=OFF >/dev/null
fi
cmake --build "$build" -j "$jobs" --target fuzz_targets
