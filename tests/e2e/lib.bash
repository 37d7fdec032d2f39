# Shared helpers for the end-to-end scripts (sourced). Env: TOOLKITGEN, TK_SOURCE_DIR, TK_BUILD_DIR, and under
# CTest TK_SHIPPED_SITE (the shipped site built once per run, see build_shipped). CI set: a skip is a failure.
set -euo pipefail
: "${TOOLKITGEN:?TOOLKITGEN must name the toolkitgen binary}"
: "${TK_SOURCE_DIR:?}"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/tk-e2e.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
# skip REASON...: the test cannot run here; exit 77 (CTest: skipped) saying why. When CI is set, a failure:
# CI must run every test.
skip() {
  [ -z "${CI:-}" ] || fail "$* (CI is set, so a test that cannot run fails instead of skipping)"
  echo "skip: $*"
  exit 77
}
# need_tool CMD...: every command must be on PATH, or the test is skipped (fails under CI) naming the missing
# ones. scripts/install-deps.sh test installs every command a test needs.
need_tool() {
  local t missing=()
  for t in "$@"; do command -v "$t" >/dev/null || missing+=("$t"); done
  [ ${#missing[@]} -eq 0 ] || skip "not installed: ${missing[*]} (scripts/install-deps.sh test installs it)"
}
# build_shipped DIR: the shipped content built into DIR, fails the test if the build fails; what the build
# printed is in $WORK/build.out and $WORK/build.err. Under CTest the site is built once per run (fixture
# tk_shipped: tests/e2e/shipped_site.bash into $TK_SHIPPED_SITE) and copied to DIR; by hand, built here.
build_shipped() {
  if [ -n "${TK_SHIPPED_SITE:-}" ]; then
    [ -f "$TK_SHIPPED_SITE/ok" ] ||
      fail "no shipped site in $TK_SHIPPED_SITE (the fixture 'e2e setup: shipped site' did not run or failed)"
    mkdir -p "$1"
    cp -r "$TK_SHIPPED_SITE/site/." "$1"
    cp "$TK_SHIPPED_SITE/build.out" "$TK_SHIPPED_SITE/build.err" "$WORK/"
    return 0
  fi
  "$TOOLKITGEN" build --content "$TK_SOURCE_DIR/content" --theme "$TK_SOURCE_DIR/themes/default" --out "$1" \
    >"$WORK/build.out" 2>"$WORK/build.err" || { cat "$WORK/build.err" >&2; fail "build of the shipped content failed"; }
}
# need_browser PKG...: Node.js 18 or later and Debian's Chromium (skipped when absent, a failure under CI) and the
# named npm packages of tests/browser (a failure: scripts/install-deps.sh test installs them). Sets $browser
# and $chromium.
browser="$TK_SOURCE_DIR/tests/browser"
chromium=${CHROMIUM:-/usr/bin/chromium}
need_browser() {
  need_tool node
  [ -x "$chromium" ] || skip "not installed: chromium ($chromium; scripts/install-deps.sh test installs it)"
  node -e 'process.exit(+process.versions.node.split(".")[0] >= 18 ? 0 : 1)' ||
    fail "Node.js $(node --version) is too old: the browser tests need Node.js 18 or later"
  local pkg
  for pkg in "$@"; do
    [ -d "$browser/node_modules/$pkg" ] || fail "run scripts/install-deps.sh test (npm ci in tests/browser: no $pkg)"
  done
}
