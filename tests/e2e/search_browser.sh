#!/usr/bin/env bash
# Search, end to end: builds the shipped site (plus one page whose text looks like HTML), checks the index
# with the client's own code (JS tokenizer and stemmer against libstemmer's output), then types queries into
# the search page in Debian's Chromium (playwright-core) with the site served under a sub-path, then opened from disk.
# Needs node, chromium and tests/browser's npm packages (scripts/install-deps.sh test).
source "$(dirname "$0")/lib.bash"
need_browser playwright-core

cp -r "$TK_SOURCE_DIR/content" "$WORK/content"
cat > "$WORK/content/pages/markup-sample.md" <<'MD'
---
title: Markup sample
summary: A page whose text looks like HTML, for the search tests.
---

Editors sometimes quote HTML such as `<img src=x onerror="window.pwned=true">` or
`<script>window.pwned=true</script>` in examples, and search must show it as text.
MD
"$TOOLKITGEN" build --content "$WORK/content" --theme "$TK_SOURCE_DIR/themes/default" --out "$WORK/site" \
  >"$WORK/build.out" 2>&1 || { cat "$WORK/build.out" >&2; fail "build failed"; }
[ -f "$WORK/site/search/meta.js" ] || fail "the build wrote no search index"
cmp -s "$WORK/site/js/search.js" "$TK_SOURCE_DIR/themes/default/static/js/search.js" || fail "js/search.js is not the theme's"
cd "$browser"
SITE_DIR="$WORK/site" TK_SOURCE_DIR="$TK_SOURCE_DIR" node --test search_index.test.js search.test.js
# The same queries from disk (file://: a USB stick, a shared drive), where pages cannot fetch() files.
SITE_DIR="$WORK/site" TK_SOURCE_DIR="$TK_SOURCE_DIR" SEARCH_FROM_DISK=1 node --test search.test.js
