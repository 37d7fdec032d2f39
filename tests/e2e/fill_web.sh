#!/usr/bin/env bash
# The web form's document buttons, end to end: the shipped site built, then in Debian's Chromium
# (playwright-core) over http (a sub-path) and from disk (file://): every control of three templates filled,
# Download filled PDF / Word file and Save answers pressed, Open answers with the filled PDF (and copies filled
# by pdf.js and PDFium) and the answers
# file on a fresh page, another template's files refused, Clear answers, no request off the site, nothing
# loaded before a press, axe, print (tests/browser/fill.test.js). The downloads are then read by real clients
# (tests/browser/fill_check.py: qpdf, pikepdf, pdftk, pdf.js, mutool draw, check_pdfua.py, LibreOffice, pandoc).
# Also: the libraries under js/vendor are the pinned npm packages of tests/browser, with their licences.
# Prints the bytes loaded on the first press and the time each filled document took.
source "$(dirname "$0")/lib.bash"
need_browser playwright-core axe-core @cantoo/pdf-lib @cantoo/fontkit fflate pdfjs-dist
need_tool qpdf pdftk mutool soffice pandoc
/usr/bin/python3 -c 'import pikepdf' 2>/dev/null || skip "not installed: python3-pikepdf"

vendor="$TK_SOURCE_DIR/themes/default/static/js/vendor"
nm="$browser/node_modules"
for pair in "pdf-lib.min.js:@cantoo/pdf-lib/dist/pdf-lib.min.js" "pdf-lib.LICENSE.md:@cantoo/pdf-lib/LICENSE.md" \
            "fontkit.umd.js:@cantoo/fontkit/dist/fontkit.umd.js" "fontkit.LICENSE:@cantoo/fontkit/LICENSE" \
            "fflate.umd.js:fflate/umd/index.js" "fflate.LICENSE:fflate/LICENSE"; do
  cmp -s "$vendor/${pair%%:*}" "$nm/${pair#*:}" ||
    fail "js/vendor/${pair%%:*} is not $nm/${pair#*:} (update both together: see README, The web form)"
done

build_shipped "$WORK/site"
for d in "$WORK"/site/*/*/; do
  [ -f "$d/index.html" ] && grep -q 'id="tk-form"' "$d/index.html" || continue
  for doc in "$d"*.pdf "$d"*.docx; do
    [ -f "$doc" ] || continue
    [ -f "$doc.js" ] || fail "no ${doc#$WORK/site/}.js beside the document"
    head -c 9 "$doc.js" | grep -q '^tkBlank("' || fail "${doc#$WORK/site/}.js is not a tkBlank script"
  done
done
[ -f "$WORK/site/js/fill-font.js" ] || fail "no js/fill-font.js"

cd "$browser"
SITE_DIR="$WORK/site" OUT_DIR="$WORK/out" node --test fill.test.js
SITE_DIR="$WORK/site" OUT_DIR="$WORK/out" FILL_FROM_DISK=1 node --test fill.test.js
/usr/bin/python3 "$browser/fill_check.py" "$WORK/site" "$WORK/out"

# What a press costs: the scripts loaded on the first one (PDF and Word file), and the times measured.
node -e '
const fs = require("fs"), path = require("path");
const [site, out] = process.argv.slice(1);
for (const mode of ["http", "disk"]) {
  const t = JSON.parse(fs.readFileSync(path.join(out, `timings-${mode}.json`), "utf8"));
  for (const [slug, x] of Object.entries(t)) {
    const sizes = x.loaded_on_press.map((f) => [f, fs.statSync(path.join(site, decodeURIComponent(f))).size]);
    const total = sizes.reduce((a, s) => a + s[1], 0);
    console.log(`${mode} ${slug}: filled PDF in ${x.pdf_ms} ms, Word file in ${x.docx_ms} ms; loaded on press ${total} bytes: ` +
      sizes.map(([f, n]) => `${f.replace(/^.*\//, "")} ${n}`).join(", "));
  }
}' "$WORK/site" "$WORK/out"
