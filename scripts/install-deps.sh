#!/usr/bin/env bash
# Installs what toolkitgen needs on Debian 12, only what is missing: `scripts/install-deps.sh build|test`.
#   build: compilers and libraries (make site)
#   test:  also the real clients the tests read our output with, and the browser-test npm packages.
set -euo pipefail
what=${1:-build}
here=$(cd "$(dirname "$0")/.." && pwd)

build_pkgs=(g++ cmake ninja-build pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev
  libkainjow-mustache-dev libhpdf-dev libyaml-cpp-dev libzip-dev nlohmann-json3-dev libcli11-dev
  libcpp-httplib-dev libstemmer-dev zlib1g-dev libjemalloc-dev fonts-dejavu-core fonts-dejavu-extra catch2)
test_pkgs=(qpdf poppler-utils pdftk-java fonts-urw-base35 libreoffice-writer-nogui pandoc
  chromium nodejs npm clang libclang-rt-14-dev python3 unzip libxml2-utils
  mupdf-tools python3-pikepdf)

pkgs=("${build_pkgs[@]}")
[ "$what" = test ] && pkgs+=("${test_pkgs[@]}")

missing=()
for p in "${pkgs[@]}"; do
  # Node.js may come from another packaging (nodesource's nodejs ships npm): a working command is enough.
  case "$p" in nodejs) command -v node >/dev/null && continue;; npm) command -v npm >/dev/null && continue;; esac
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}"
  sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ "$what" = test ]; then
  # playwright-core and axe-core drive Debian's Chromium; no browser is ever downloaded.
  if [ ! -d "$here/tests/browser/node_modules/playwright-core" ] || [ ! -d "$here/tests/browser/node_modules/axe-core" ]; then
    echo "install-deps: npm ci in tests/browser"
    (cd "$here/tests/browser" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
  fi
fi
