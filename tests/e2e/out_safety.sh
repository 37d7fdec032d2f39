#!/usr/bin/env bash
# build --out replaces only a folder that does not exist, is empty, or is an earlier toolkitgen output. Each
# refused --out gets its message and exit 2, and nothing on disk changes (a checksum listing of the whole project
# and of the folders around it before and after). --force replaces a foreign folder or a file, never the content or
# theme folder, a folder holding or inside either, the working folder, the home folder, /. Paths are compared as
# real paths (links, .., trailing slashes).
source "$(dirname "$0")/lib.bash"
proj="$WORK/proj"
mkdir -p "$proj" "$WORK/users/me"
cp -r "$TK_SOURCE_DIR/tests/fixtures/site_minimal" "$proj/content"
mkdir -p "$proj/themes" && cp -r "$TK_SOURCE_DIR/themes/default" "$proj/themes/default"
echo "my notes" >"$proj/notes.txt"
mkdir "$proj/mine" && echo "keep me" >"$proj/mine/letter.txt"
mkdir "$proj/.git" && echo "ref: refs/heads/main" >"$proj/.git/HEAD"
ln -s content "$proj/content-link"
ln -s nowhere "$proj/dangling"
ln -s notes.txt "$proj/file-link"
export HOME="$WORK/users/me"
cd "$proj"

listing() { (cd "$WORK" && find . -print0 | sort -z | xargs -0 stat -c '%n %a %U %G %s %Y' && find . -type f -print0 | sort -z | xargs -0 sha256sum); }
# refused OUT MESSAGE [args]: exit 2, the message (a fixed string), nothing changed anywhere below $WORK.
refused() {
  local o=$1 msg=$2
  shift 2
  listing >"$WORK/../before.$$"
  local rc=0
  "$TOOLKITGEN" build -q --out "$o" "$@" >"$WORK/../out.$$" 2>&1 || rc=$?
  listing >"$WORK/../after.$$"
  local said
  said=$(cat "$WORK/../out.$$")
  rm -f "$WORK/../out.$$"
  [ "$rc" -eq 2 ] || fail "--out $o $*: exit $rc, expected 2 ($said)"
  grep -qF -- "$msg" <<<"$said" || fail "--out $o $*: the message is '$said', expected it to contain '$msg'"
  grep -q -- "--force" <<<"$said" || fail "--out $o: the message does not say whether --force helps: $said"
  if ! cmp -s "$WORK/../before.$$" "$WORK/../after.$$"; then
    diff "$WORK/../before.$$" "$WORK/../after.$$" | head >&2
    rm -f "$WORK/../before.$$" "$WORK/../after.$$"
    fail "--out $o $*: the refused build changed files"
  fi
  rm -f "$WORK/../before.$$" "$WORK/../after.$$"
  echo "refused --out $o $*: $said"
}
never="toolkitgen never replaces it, even with --force"
for f in "" --force; do
  refused content "--out content is the content folder; $never" $f
  refused content/ "--out content/ is the content folder; $never" $f
  refused ./content/../content "is the content folder; $never" $f
  refused content-link "--out content-link (a link to $proj/content) is the content folder; $never" $f
  refused themes/default "--out themes/default is the theme folder; $never" $f
  refused themes "--out themes holds the theme folder ($proj/themes/default); $never" $f
  refused . "--out . holds the content folder ($proj/content); $never" $f
  refused .. "--out .. holds the content folder ($proj/content); $never" $f
  refused "../proj" "--out ../proj holds the content folder" $f
  refused content/site "--out content/site is inside the content folder ($proj/content); toolkitgen never writes there, even with --force" $f
  refused content/tools/x "is inside the content folder" $f
  refused themes/default/static/out "is inside the theme folder" $f
  refused / "--out / is the root of the file system; $never" $f
  refused "$HOME" "--out $HOME is your home folder; $never" $f
  refused "$HOME/" "is your home folder; $never" $f
  refused "$(dirname "$HOME")" "holds your home folder" $f
  refused dangling "--out dangling is a symbolic link to 'nowhere', which does not exist" $f
  refused file-link "--out file-link is a symbolic link to 'notes.txt', which is not a folder" $f
  refused /dev/null "is neither a folder nor a file" $f
done
# The working folder, when it holds neither the content nor the theme.
mkdir -p "$WORK/elsewhere/sub"
(cd "$WORK/elsewhere/sub" && refused . "--out . is the working folder; $never" --content "$proj/content" --theme "$proj/themes/default" --force)
(cd "$WORK/elsewhere/sub" && refused .. "--out .. holds the working folder" --content "$proj/content" --theme "$proj/themes/default")
# Without --force: a folder toolkitgen did not write, and a file.
refused mine "--out mine is a folder toolkitgen did not write (it holds 'letter.txt'); building would delete what it holds. Choose another folder, or add --force"
refused mine/ "--out mine/ is a folder toolkitgen did not write"
refused notes.txt "--out notes.txt is a file, not a folder; building would replace it with the site. Choose another folder, or add --force"
refused .git "it holds 'HEAD'"

# What may be replaced: a new folder (its parents made), an empty one, an earlier output (marked), a trailing slash.
"$TOOLKITGEN" build -q --out public/ || fail "--out public/ (a trailing slash) must build"
[ -f public/index.html ] && [ -f public/.toolkitgen-output ] || fail "--out public/: no site, or no marker"
grep -q "toolkitgen" public/.toolkitgen-output || fail "the marker does not say what it is"
grep -rq "toolkitgen-output" public --include='*.html' --include='*.xml' --include='*.json' && fail "a page links to the marker"
echo stale >public/stale.html
"$TOOLKITGEN" build -q --out public || fail "an earlier output must be replaced"
[ ! -e public/stale.html ] || fail "the earlier output was not replaced as a whole"
"$TOOLKITGEN" build -q --out deep/new/site || fail "a new folder in new parents must build"
mkdir empty && "$TOOLKITGEN" build -q --out empty && [ -f empty/index.html ] || fail "an empty folder must be replaced"
summary=$("$TOOLKITGEN" build --out public/)
grep -q 'into public/ (0 warnings)$' <<<"$summary" || fail "summary with --out public/: $summary"

# --force: a foreign folder, and a file, are replaced (and marked from then on).
"$TOOLKITGEN" build -q --out mine --force || fail "--force on a foreign folder must build"
[ -f mine/index.html ] && [ ! -e mine/letter.txt ] && [ -f mine/.toolkitgen-output ] || fail "--force did not replace mine/"
"$TOOLKITGEN" build -q --out mine || fail "a forced output is an output from then on"
cp notes.txt notes2.txt
"$TOOLKITGEN" build -q --out notes2.txt --force && [ -f notes2.txt/index.html ] || fail "--force on a file must build"
[ -f notes.txt ] && [ -L file-link ] || fail "files beside the output changed"

# A link to a folder: the site goes into its target, beside which it is staged; the link stays as it was.
mkdir -p "$WORK/srv/releases" && ln -s "$WORK/srv/releases/site" published
"$TOOLKITGEN" build -q --out published 2>"$WORK/err" && fail "a link to nothing must be refused"
mkdir "$WORK/srv/releases/site"
"$TOOLKITGEN" build -q --out published/ || fail "a link to an empty folder must build"
[ -L published ] && [ "$(readlink published)" = "$WORK/srv/releases/site" ] || fail "the link was replaced"
[ -f "$WORK/srv/releases/site/index.html" ] || fail "the site is not in the link's target"
[ "$(ls -A "$WORK/srv/releases")" = site ] || fail "leftovers beside the link's target: $(ls -A "$WORK/srv/releases")"

# A legacy output (built before outputs carried the marker) is recognised by its fixed files and layout.
"$TOOLKITGEN" build -q --out legacy && rm legacy/.toolkitgen-output
"$TOOLKITGEN" build -q --out legacy || fail "an output of an earlier toolkitgen must be replaced"
echo "out_safety ok"
