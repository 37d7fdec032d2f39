#!/usr/bin/env bash
# Keyboard only, in Debian's Chromium: a tool form's tab order and visible focus, the skip link, the spotlight
# filters, and search by typing and Enter, on the built shipped site. Exit 77 (skipped) when the theme has no
# js/search.js yet; the other checks still have to pass first.
source "$(dirname "$0")/lib.bash"
need_browser playwright-core

build_shipped "$WORK/site"
(cd "$browser" && SITE_DIR="$WORK/site" node --test keyboard.test.js)
if [ ! -f "$WORK/site/js/search.js" ]; then
  echo "skip: the search part did not run (js/search.js is absent from the built site)"
  exit 77
fi
