# Shared helpers for the end-to-end scripts (sourced). Env: TOOLKITGEN, TK_SOURCE_DIR, TK_BUILD_DIR.
set -euo pipefail
: "${TOOLKITGEN:?TOOLKITGEN must name the toolkitgen binary}"
: "${TK_SOURCE_DIR:?}"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/tk-e2e.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
# build_shipped DIR: builds the shipped content into DIR (fails the test on any diagnostic).
build_shipped() {
  "$TOOLKITGEN" build --content "$TK_SOURCE_DIR/content" --theme "$TK_SOURCE_DIR/themes/default" --out "$1" \
    >"$WORK/build.out" 2>"$WORK/build.err" || { cat "$WORK/build.err" >&2; fail "build of the shipped content failed"; }
}
