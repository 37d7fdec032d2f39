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
# need_browser PKG...: node, Debian's Chromium (skip with 77 when either is absent) and the named npm packages
# of tests/browser (a failure: scripts/install-deps.sh test installs them). Sets $browser and $chromium.
browser="$TK_SOURCE_DIR/tests/browser"
chromium=${CHROMIUM:-/usr/bin/chromium}
need_browser() {
  command -v node >/dev/null || { echo "skip: node is not installed"; exit 77; }
  [ -x "$chromium" ] || { echo "skip: chromium is not installed"; exit 77; }
  local pkg
  for pkg in "$@"; do
    [ -d "$browser/node_modules/$pkg" ] || fail "run scripts/install-deps.sh test (npm ci in tests/browser: no $pkg)"
  done
}
