#!/usr/bin/env bash
# axe-core in Debian's Chromium over every page of the built shipped site and of every fixture site
# (tests/fixtures/*/site.yaml): zero WCAG 2.1 A and AA violations. Needs node, chromium and tests/browser's
# npm packages (scripts/install-deps.sh test).
source "$(dirname "$0")/lib.bash"
need_browser playwright-core axe-core

build_shipped "$WORK/shipped"
sites="$WORK/shipped"
for cfg in "$TK_SOURCE_DIR"/tests/fixtures/*/site.yaml; do
  fixture=$(dirname "$cfg")
  name=$(basename "$fixture")
  "$TOOLKITGEN" build --content "$fixture" --theme "$TK_SOURCE_DIR/themes/default" --out "$WORK/$name" \
    >"$WORK/$name.out" 2>&1 || { cat "$WORK/$name.out" >&2; fail "build of fixture $name failed"; }
  sites="$sites:$WORK/$name"
done
cd "$browser"
SITE_DIRS="$sites" node --test a11y.test.js
