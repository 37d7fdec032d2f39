#!/usr/bin/env bash
# Every number and capitalised name in the shipped spotlights, focus areas and home page is in the content
# fact brief or in tests/fact_allowlist.txt. The brief: $TK_FACTS, else tests/fixtures/content-facts.md (a copy,
# so a clone anywhere runs this); where ../shared/content-facts.md is beside the source tree, the copy must equal it.
source "$(dirname "$0")/lib.bash"
copy="$TK_SOURCE_DIR/tests/fixtures/content-facts.md"
shared="$TK_SOURCE_DIR/../shared/content-facts.md"
if [ -f "$shared" ] && ! cmp -s "$shared" "$copy"; then
  fail "tests/fixtures/content-facts.md differs from ../shared/content-facts.md: copy the brief again"
fi
facts=${TK_FACTS:-$copy}
[ -f "$facts" ] || fail "no fact brief at $facts (set TK_FACTS to its path)"
python3 "$TK_SOURCE_DIR/tests/tools/check_facts.py" "$TK_SOURCE_DIR/content" "$facts" \
  "$TK_SOURCE_DIR/tests/fact_allowlist.txt" || fail "unsourced numbers or names in the shipped content"
# The check itself catches an invented detail (a name and a number the facts do not hold).
mkdir -p "$WORK/c/spotlights" "$WORK/c/focus-areas"
printf -- '---\ntitle: "X"\n---\nIn 1896 the Lubbock ISD partnered with the school.\n' >"$WORK/c/spotlights/x.md"
printf -- '---\ntitle: "Home"\n---\nWelcome.\n' >"$WORK/c/index.md"
if python3 "$TK_SOURCE_DIR/tests/tools/check_facts.py" "$WORK/c" "$facts" "$TK_SOURCE_DIR/tests/fact_allowlist.txt" \
  >"$WORK/neg.out"; then fail "an invented name and number passed the fact check"; fi
grep -q "number '1896'" "$WORK/neg.out" || fail "the invented number was not reported: $(cat "$WORK/neg.out")"
grep -q "name 'Lubbock ISD'" "$WORK/neg.out" || fail "the invented name was not reported: $(cat "$WORK/neg.out")"
echo "ok"
