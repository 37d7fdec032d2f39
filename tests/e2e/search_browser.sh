#!/usr/bin/env bash
# Search, end to end: builds the shipped site, checks the index with the client's own code (JS tokenizer and
# stemmer against libstemmer's output), then types queries into the search page in Debian's Chromium
# (playwright-core) with the site served under a sub-path. Needs node, chromium and tests/browser's npm packages.
source "$(dirname "$0")/lib.bash"
browser="$TK_SOURCE_DIR/tests/browser"
command -v node >/dev/null || { echo "skip: node is not installed"; exit 77; }
[ -x "${CHROMIUM:-/usr/bin/chromium}" ] || { echo "skip: chromium is not installed"; exit 77; }
[ -d "$browser/node_modules/playwright-core" ] || fail "run scripts/install-deps.sh test (npm ci in tests/browser)"

build_shipped "$WORK/site"
[ -f "$WORK/site/search/meta.json" ] || fail "the build wrote no search index"
[ -f "$WORK/site/js/search.js" ] || fail "the build did not copy js/search.js"
cd "$browser"
SITE_DIR="$WORK/site" TK_SOURCE_DIR="$TK_SOURCE_DIR" node --test search_index.test.js search.test.js
