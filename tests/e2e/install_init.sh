#!/usr/bin/env bash
# Installed like a tool: `cmake --install` into a temporary prefix, then, from folders that are not this
# repository, `toolkitgen init` starts a toolkit that builds, checks and serves with the installed theme
# (no --theme); init refuses a folder that holds anything; --example starts from the shipped toolkit.
source "$(dirname "$0")/lib.bash"
: "${TK_BUILD_DIR:?}"
prefix="$WORK/prefix"
cmake --install "$TK_BUILD_DIR" --prefix "$prefix" >"$WORK/install.log" 2>&1 || { cat "$WORK/install.log"; fail "cmake --install failed"; }
tk="$prefix/bin/toolkitgen"
[ -x "$tk" ] || fail "no bin/toolkitgen under the prefix"
[ -f "$prefix/share/toolkitgen/themes/default/templates/layout.mustache" ] || fail "the default theme is not installed"
[ -f "$prefix/share/toolkitgen/example/content/site.yaml" ] || fail "the example toolkit is not installed"
[ -f "$prefix/share/man/man1/toolkitgen.1" ] || fail "no man page"
if command -v man >/dev/null; then
  man -l "$prefix/share/man/man1/toolkitgen.1" 2>/dev/null | grep -q "toolkitgen init" || fail "the man page does not describe init"
fi
# No font was copied: the documents use Debian's DejaVu packages.
! find "$prefix" -name '*.ttf' | grep -q . || fail "fonts were copied into the prefix"

# init in an empty folder elsewhere (the working folder has no themes/default).
mkdir "$WORK/elsewhere"
cd "$WORK/elsewhere"
"$tk" init mykit >"$WORK/init.out" 2>&1 || { cat "$WORK/init.out"; fail "init mykit failed"; }
grep -q "cd mykit" "$WORK/init.out" || fail "init does not say what to do next"
for f in content/site.yaml content/index.md content/stages/getting-started.md content/tools/partnership-agreement.md \
         content/pages/about.md README.md .gitignore; do
  [ -f "mykit/$f" ] || fail "init did not write $f"
done
cd mykit
"$tk" check >"$WORK/check.out" 2>&1 || { cat "$WORK/check.out"; fail "check fails on a new toolkit"; }
grep -q "0 errors, 0 warnings" "$WORK/check.out" || { cat "$WORK/check.out"; fail "a new toolkit has warnings"; }
"$tk" build >"$WORK/build.out" 2>&1 || { cat "$WORK/build.out"; fail "build fails on a new toolkit"; }
for f in index.html stages/getting-started/index.html tools/partnership-agreement/index.html \
         tools/partnership-agreement/partnership-agreement.pdf tools/partnership-agreement/partnership-agreement.docx \
         about/index.html downloads/index.html feed.xml css/site.css; do
  [ -f "output/$f" ] || fail "the new toolkit's output has no $f"
done
grep -q 'name="' output/tools/partnership-agreement/index.html || fail "the starter tool has no form fields"
if command -v qpdf >/dev/null; then
  n=$(qpdf --json output/tools/partnership-agreement/partnership-agreement.pdf |
      python3 -c 'import json,sys; print(len(json.load(sys.stdin).get("acroform",{}).get("fields",[])))')
  [ "$n" -ge 5 ] || fail "the starter tool's PDF has $n fields"
fi
# serve with the installed theme answers the home page.
port_file="$WORK/serve.out"
"$tk" serve --port 0 >"$port_file" 2>&1 &
spid=$!
for _ in $(seq 50); do grep -q 'http://127.0.0.1:' "$port_file" && break; sleep 0.1; done
url=$(grep -o 'http://127.0.0.1:[0-9]*/' "$port_file" | head -1)
[ -n "$url" ] || { kill "$spid"; cat "$port_file"; fail "serve did not start in the new toolkit"; }
page=$(python3 - "$url" <<'PY'
import sys, urllib.request
print(urllib.request.urlopen(sys.argv[1], timeout=10).read().decode())
PY
) || { kill "$spid"; fail "serve did not answer"; }
kill "$spid"; wait "$spid" 2>/dev/null || true
grep -q "My Partnership Toolkit" <<<"$page" || fail "serve's home page is not the new toolkit's"
# new's starters are the installed theme's archetypes (the working folder has no theme).
for k in stage tool job spotlight focus-area page; do
  [ -f "$prefix/share/toolkitgen/themes/default/archetypes/$k.md" ] || fail "the archetype $k.md is not installed"
  "$tk" new "$k" "Second $k" >"$WORK/new.out" 2>&1 || { cat "$WORK/new.out"; fail "new $k fails with the installed theme"; }
done
grep -q '^## Key components and actions$' content/focus-areas/second-focus-area.md || fail "new focus-area lost its section headings"
"$tk" build --drafts --out "$WORK/drafts-out" >"$WORK/build.out" 2>&1 || { cat "$WORK/build.out"; fail "the new pages do not build"; }
cd "$WORK/elsewhere"

# Never into a folder that holds anything (a hidden file counts), nor over a file; nothing is changed.
mkdir full && echo "notes" > full/.notes
if "$tk" init full >"$WORK/full.out" 2>&1; then fail "init wrote into a non-empty folder"; fi
grep -q "not empty" "$WORK/full.out" || { cat "$WORK/full.out"; fail "init's refusal does not say why"; }
[ "$(ls -A full)" = ".notes" ] || fail "init changed a non-empty folder"
echo x > afile
if "$tk" init afile >/dev/null 2>&1; then fail "init accepted a file"; fi
[ "$(cat afile)" = x ] || fail "init changed a file"
mkdir empty
"$tk" init empty >/dev/null 2>&1 || fail "init refused an empty folder"

# --example: the shipped toolkit, which builds as it does in the repository.
"$tk" init --example kit2 >/dev/null 2>&1 || fail "init --example failed"
diff -r "$TK_SOURCE_DIR/content" kit2/content >/dev/null || fail "init --example is not the shipped content"
(cd kit2 && "$tk" build -q) || fail "the example toolkit does not build"
[ -f kit2/output/downloads/index.html ] || fail "the example toolkit has no downloads page"
echo "install + init: ok"
