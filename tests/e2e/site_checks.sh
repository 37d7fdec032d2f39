#!/usr/bin/env bash
# Built sites (shipped and fixture): every internal link, anchor, image and download resolves; ids unique;
# headings in order; lang, canonical, description, skip link, breadcrumbs; no request leaves the site.
source "$(dirname "$0")/lib.bash"
need_tool python3
build_shipped "$WORK/site"
python3 "$TK_SOURCE_DIR/tests/tools/check_site.py" "$WORK/site"
"$TOOLKITGEN" build --content "$TK_SOURCE_DIR/tests/fixtures/site_minimal" --theme "$TK_SOURCE_DIR/themes/default" \
  --out "$WORK/fixture" >/dev/null
python3 "$TK_SOURCE_DIR/tests/tools/check_site.py" "$WORK/fixture"
