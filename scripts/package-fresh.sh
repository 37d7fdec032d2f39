#!/usr/bin/env bash
# The Debian package on a newcomer's machine: `make package` here, then in a fresh minimal Debian 12
# chroot that has nothing of this repository but the .deb (../shared/tools/fresh-debian.sh):
# `apt-get install ./toolkitgen_*.deb`, and in an empty folder `toolkitgen init mykit`, then build,
# check, serve and `init --example`. Run as root, from the repository: scripts/package-fresh.sh
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
fresh=${FRESH_DEBIAN:-$here/../shared/tools/fresh-debian.sh}
[ -x "$fresh" ] || { echo "package-fresh: $fresh not found (set FRESH_DEBIAN)"; exit 2; }
make -C "$here" package >/tmp/package-fresh-make.log 2>&1 || { tail -20 /tmp/package-fresh-make.log; exit 1; }
deb=$(ls "$here"/build/toolkitgen_*.deb | head -1)
echo "package: $(basename "$deb") ($(du -k "$deb" | cut -f1) KB)"
dpkg-deb -f "$deb" Depends
# fresh-debian.sh clones a git repository into the chroot: one that holds only the package.
repo=$(mktemp -d /tmp/toolkitgen-deb.XXXXXX)
trap 'rm -rf "$repo"' EXIT
cp "$deb" "$repo/"
git -C "$repo" init -q && git -C "$repo" add . && git -C "$repo" -c user.name=t -c user.email=t@example.org commit -qm deb
"$fresh" "$repo" \
  "apt-get update -qq && apt-get install -y -qq ./toolkitgen_*.deb >/dev/null && toolkitgen --version" \
  "man -w toolkitgen 2>/dev/null || test -f /usr/share/man/man1/toolkitgen.1" \
  "mkdir /tmp/empty && cd /tmp/empty && toolkitgen init mykit && cd mykit && toolkitgen check && toolkitgen build" \
  "cd /tmp/empty/mykit && { toolkitgen serve --port 8123 >/tmp/serve.log 2>&1 & pid=\$!; sleep 2; exec 3<>/dev/tcp/127.0.0.1/8123; printf 'GET / HTTP/1.0\\r\\nHost: 127.0.0.1:8123\\r\\n\\r\\n' >&3; grep -c 'My Partnership Toolkit' <&3; r=\$?; kill \$pid; exit \$r; }" \
  "cd /tmp/empty && toolkitgen init --example kit && cd kit && toolkitgen build -q && ls output/downloads"
