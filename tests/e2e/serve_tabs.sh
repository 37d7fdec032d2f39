#!/usr/bin/env bash
# Twenty preview tabs in one Debian Chromium (playwright-core): all load; after a save all ask again within 2 s and show it within 5 s.
source "$(dirname "$0")/lib.bash"
source "$(dirname "$0")/serve_lib.bash"
need_browser playwright-core
cp -r "$TK_SOURCE_DIR/tests/fixtures/site_minimal" "$WORK/content"
start_serve "$WORK/content" "$TK_SOURCE_DIR/themes/default"
cd "$browser"
SERVE_URL="$URL" TOOL="$WORK/content/tools/01-compact.md" SITE="$WORK/content/site.yaml" CHROMIUM="$chromium" timeout 300 node --test serve_tabs.test.js ||
  { cat "$WORK/serve.out"; fail "twenty tabs"; }
kill -0 "$SERVE_PID" || fail "serve stopped"
stop_serve
echo "serve tabs ok"
