#!/usr/bin/env bash
# Twenty preview tabs in one Debian Chromium (playwright-core): all load; after a save (site.yaml, a tool,
# the CSS) every tab that shows the change shows it within 1 s (stretched by load/cores on a busy machine);
# idle tabs ask nothing (one of them waits for the next rebuild for all).
source "$(dirname "$0")/lib.bash"
source "$(dirname "$0")/serve_lib.bash"
need_browser playwright-core
cp -r "$TK_SOURCE_DIR/tests/fixtures/site_minimal" "$WORK/content"
cp -r "$TK_SOURCE_DIR/themes/default" "$WORK/theme"
load=$(cut -d' ' -f1 /proc/loadavg)  # before the browser adds its own
export TOOLKITGEN_SERVE_TRACE=1
start_serve "$WORK/content" "$WORK/theme"
cd "$browser"
SERVE_URL="$URL" TOOL="$WORK/content/tools/01-compact.md" SITE="$WORK/content/site.yaml" CSS="$WORK/theme/static/css/site.css" \
  SERVE_TRACE="$WORK/serve.err" LOAD="$load" CHROMIUM="$chromium" timeout 300 node --test serve_tabs.test.js ||
  { cat "$WORK/serve.out"; grep -v '^trace ' "$WORK/serve.err"; fail "twenty tabs"; }
kill -0 "$SERVE_PID" || fail "serve stopped"
stop_serve
echo "serve tabs ok"
