#!/usr/bin/env bash
# Installs what toolkitgen needs on Debian 12, only what is missing: `scripts/install-deps.sh build|test|package`.
#   build: compilers and libraries (make site)
#   test:  also every command a test runs (the real clients that read our output back, curl, ss, clang for
#          fuzzing, Node.js and npm) and the browser tests' npm packages (npm ci in tests/browser).
# Debian packages come from apt-get, run as root or through sudo (a normal user needs sudo rights);
# the npm packages are installed as the user who runs the script.
#   package: what `make package` needs besides build (dpkg-shlibdeps).
set -euo pipefail
what=${1:-build}
here=$(cd "$(dirname "$0")/.." && pwd)
case "$what" in build|test|package) ;; *) echo "usage: scripts/install-deps.sh build|test|package" >&2; exit 2;; esac

build_pkgs=(g++ cmake ninja-build pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev
  libkainjow-mustache-dev libhpdf-dev libyaml-cpp-dev libzip-dev nlohmann-json3-dev libcli11-dev
  libcpp-httplib-dev libstemmer-dev zlib1g-dev libjemalloc-dev fonts-dejavu-core fonts-dejavu-extra catch2)
# qpdf, pdftk, poppler (pdfinfo, pdftotext, pdffonts, pdftoppm), LibreOffice and pandoc read our PDFs and .docx
# files; unzip, xmllint (libxml2-utils) and python3 check them; curl and ss (iproute2) talk to `serve`;
# Chromium and Node.js (with npm, a separate package in Debian 12) run the browser tests; clang and its
# libFuzzer runtime build the fuzz targets.
test_pkgs=(qpdf poppler-utils pdftk-java fonts-urw-base35 libreoffice-writer-nogui pandoc
  chromium nodejs npm clang libclang-rt-14-dev python3 unzip libxml2-utils curl iproute2
  mupdf-tools python3-pikepdf)

pkgs=("${build_pkgs[@]}")
[ "$what" = test ] && pkgs+=("${test_pkgs[@]}")
[ "$what" = package ] && pkgs=(dpkg-dev file)  # cpack's dpkg-shlibdeps

missing=()
for p in "${pkgs[@]}"; do
  # Node.js may come from another packaging (nodesource's nodejs ships npm): a working command is enough.
  case "$p" in nodejs) command -v node >/dev/null && continue;; npm) command -v npm >/dev/null && continue;; esac
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: installing Debian packages: ${missing[*]}"
  if [ "$(id -u)" -eq 0 ]; then
    as_root=(env)
  elif command -v sudo >/dev/null; then
    as_root=(sudo env)
  else
    echo "install-deps: installing packages needs root: run this as root, or install sudo and give this user sudo rights" >&2
    exit 1
  fi
  "${as_root[@]}" DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${as_root[@]}" DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ "$what" = test ]; then
  # The browser tests run on Debian 12's Node.js 18 and on later ones (playwright-core is pinned for that).
  node -e 'process.exit(+process.versions.node.split(".")[0] >= 18 ? 0 : 1)' || {
    echo "install-deps: $(command -v node) is Node.js $(node --version); the browser tests need 18 or later" >&2
    exit 1
  }
  # playwright-core and axe-core drive Debian's Chromium; no browser is ever downloaded. npm ci runs again
  # whenever package-lock.json differs from the one node_modules was installed from.
  browser="$here/tests/browser"
  if ! cmp -s "$browser/package-lock.json" "$browser/node_modules/.toolkitgen-installed-lock.json"; then
    echo "install-deps: npm ci in tests/browser"
    (cd "$browser" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
    cp "$browser/package-lock.json" "$browser/node_modules/.toolkitgen-installed-lock.json"
  fi
fi
