#!/usr/bin/env bash
# Keyboard only, in Debian's Chromium: a tool form's tab order and visible focus, the skip link, the spotlight
# filters, and search by typing and Enter, on the built shipped site. Skipped when the theme has no js/search.js
# yet (a failure under CI); the other checks still have to pass first.
source "$(dirname "$0")/lib.bash"
need_browser playwright-core

build_shipped "$WORK/site"
(cd "$browser" && SITE_DIR="$WORK/site" node --test keyboard.test.js)
[ -f "$WORK/site/js/search.js" ] || skip "the search part did not run (js/search.js is absent from the built site)"
