#!/usr/bin/env bash
# The shipped toolkit builds with no errors and no warnings, and every downloadable template is a real
# form: at least five fields and at least 150 words of guidance (checked on the built pages).
source "$(dirname "$0")/lib.bash"
need_tool python3
build_shipped "$WORK/site"
[ ! -s "$WORK/build.err" ] || { cat "$WORK/build.err"; fail "the shipped content has warnings"; }
python3 "$TK_SOURCE_DIR/tests/tools/check_templates.py" "$WORK/site" "$TK_SOURCE_DIR/content"
