#!/usr/bin/env bash
# Unit tests mirror generator/ file by file: tests/tools/test_layout.py lists every source without
# tests/<dir>/<file>_test.cc that is not on tests/test_layout_allow.txt, and every test that mirrors no source.
source "$(dirname "$0")/lib.bash"
need_tool python3
python3 "$TK_SOURCE_DIR/tests/tools/test_layout.py" "$TK_SOURCE_DIR"
