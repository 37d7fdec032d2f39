#!/usr/bin/env bash
# CTest fixture tk_shipped ("e2e setup: shipped site"): builds the shipped content once per run into
# $TK_SHIPPED_SITE/site, with what the build printed beside it (build.out, build.err) and an `ok` marker last;
# build_shipped (lib.bash) in the e2e scripts copies it from there. Not a *.sh: not a test of its own.
source "$(dirname "$0")/lib.bash"
dir=${TK_SHIPPED_SITE:?TK_SHIPPED_SITE must name the fixture folder}
rm -rf "$dir"
mkdir -p "$dir"
TK_SHIPPED_SITE="" build_shipped "$dir/site"
cp "$WORK/build.out" "$WORK/build.err" "$dir/"
touch "$dir/ok"
echo "shipped site built into $dir/site: $(tail -n 1 "$dir/build.out")"
