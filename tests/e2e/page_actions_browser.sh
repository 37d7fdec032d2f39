#!/usr/bin/env bash
# The page actions in Debian's Chromium (tests/browser/page_actions.test.js): keyboard order, Print with and
# without JavaScript, hidden in print, no sideways scrolling at 320 px. axe over every page (with the group)
# is e2e: a11y_axe.
source "$(dirname "$0")/lib.bash"
need_browser playwright-core

build_shipped "$WORK/site"
(cd "$browser" && SITE_DIR="$WORK/site" SHOTS="${TK_SHOTS:-}" node --test page_actions.test.js)
