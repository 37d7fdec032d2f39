#!/usr/bin/python3
"""fill_check.py SITE OUT: the documents fill.test.js downloaded (OUT/<slug>-<mode>.pdf|.docx, with the answers
typed in OUT/<slug>-<mode>.expected.json), read back by real clients:
  PDF  - qpdf --check; every value stored (pikepdf: /V, checkboxes /V and /AS /Yes or /Off) and listed by
         pdftk and pdf.js; every answer painted (mutool draw -F txt: the non-WinAnsi names exactly, every line
         of multi-line answers, dates as mm/dd/yyyy); filled in place (the blank's pages: same count, same
         content streams, same number of structure elements, every widget still in it); check_pdfua.py;
  .docx - every content control with an answer holds it and no longer shows its placeholder, checkboxes ticked
         or not, dates with w:fullDate; LibreOffice's text conversion and pandoc show every answer and the
         ticks; the OOXML validator (ooxml-validator) when it is installed.
Prints one line per problem and exits 1 when there is any; "ok: ..." otherwise."""
import glob, json, os, re, shutil, subprocess, sys, zipfile
import xml.etree.ElementTree as ET

import pikepdf

site, out = sys.argv[1], sys.argv[2]
src = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errors = []
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"


def fail(msg):
    errors.append(msg)


def run(args, **kw):
    return subprocess.run(args, capture_output=True, text=True, **kw)


def squash(s):
    return re.sub(r"\s+", "", s)


def us_date(v):
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", v)
    return f"{m[2]}/{m[3]}/{m[1]}" if m else v


def full_name(a):
    parts, f = [], a
    while f is not None:
        if "/T" in f:
            parts.insert(0, str(f.T))
        f = f.get("/Parent")
    return ".".join(parts)


def field_value(a):
    f = a
    while f is not None:
        if "/V" in f:
            return f.V
        f = f.get("/Parent")
    return None


def shape(pdf):
    """What filling must not change: each page's content bytes, the structure elements, the widgets' names."""
    pages = [b"".join(c.read_bytes() for c in (p.obj.Contents if isinstance(p.obj.Contents, pikepdf.Array)
                                               else [p.obj.Contents])) for p in pdf.pages]
    elems = 0
    stack = [pdf.Root.StructTreeRoot]
    seen = set()
    while stack:
        e = stack.pop()
        if isinstance(e, pikepdf.Dictionary):
            if e.objgen != (0, 0):
                if e.objgen in seen:
                    continue
                seen.add(e.objgen)
            if e.get("/Type") == "/StructElem" or "/S" in e:
                elems += 1
            k = e.get("/K")
            if isinstance(k, pikepdf.Array):
                stack.extend(k)
            elif isinstance(k, pikepdf.Dictionary):
                stack.append(k)
    widgets = sorted(full_name(a) for p in pdf.pages for a in p.obj.get("/Annots", [])
                     if a.get("/Subtype") == "/Widget")
    return pages, elems, widgets


def check_pdf(path, blank, want, kinds):
    name = os.path.basename(path)
    p = run(["qpdf", "--check", path])
    if p.returncode != 0 or "WARNING" in p.stdout + p.stderr:
        fail(f"{name}: qpdf --check: {(p.stdout + p.stderr)[-300:]}")
    with pikepdf.open(blank) as b, pikepdf.open(path) as f:
        sb, sf = shape(b), shape(f)
        if len(sb[0]) != len(sf[0]):
            fail(f"{name}: {len(sf[0])} pages, the blank has {len(sb[0])}")
        elif sb[0] != sf[0]:
            fail(f"{name}: page content differs from the blank's (not filled in place)")
        if sb[1] != sf[1]:
            fail(f"{name}: {sf[1]} structure elements, the blank has {sb[1]}")
        if sb[2] != sf[2]:
            fail(f"{name}: the widgets differ from the blank's")
        blank_da = {full_name(a): str(a.get("/DA", "")) for p in b.pages for a in p.obj.get("/Annots", [])
                    if a.get("/Subtype") == "/Widget"}
        for p in f.pages:
            for a in p.obj.get("/Annots", []):
                if a.get("/Subtype") == "/Widget" and str(a.get("/DA", "")) != blank_da.get(full_name(a)):
                    fail(f"{name}: {full_name(a)}: /DA {str(a.get('/DA', ''))!r}, the blank's is {blank_da.get(full_name(a))!r}")
        if "/NeedAppearances" in f.Root.AcroForm and bool(f.Root.AcroForm.NeedAppearances):
            fail(f"{name}: NeedAppearances is set (viewers would redraw with the WinAnsi font)")
        seen = set()
        for page in f.pages:
            for a in page.obj.get("/Annots", []):
                if a.get("/Subtype") != "/Widget":
                    continue
                n = full_name(a)
                if n not in want:
                    continue
                seen.add(n)
                if "/StructParent" not in a:
                    fail(f"{name}: {n}: no /StructParent")
                v, w = field_value(a), want[n]
                if kinds[n] == "checkbox":
                    state = "/Yes" if w else "/Off"
                    if str(v if v is not None else "/Off") != state or str(a.get("/AS", "/Off")) != state:
                        fail(f"{name}: {n}: /V {v} /AS {a.get('/AS')}, want {state}")
                    if w and "/Yes" not in a.AP.N:
                        fail(f"{name}: {n}: no /Yes appearance")
                elif kinds[n] == "radio":
                    # The field's /V is the on state of the option picked: its position in /Opt (/0, /1, ...);
                    # this widget is on exactly when it is that option's.
                    field = a.get("/Parent") if "/T" not in a else a
                    opts = [str(o) for o in field.get("/Opt", [])]
                    if w not in opts:
                        fail(f"{name}: {n}: {w!r} is not among the options {opts}")
                        continue
                    on = "/" + str(opts.index(w))
                    if str(v) != on:
                        fail(f"{name}: {n}: /V {v}, want {on} ({w!r})")
                    states = [str(k) for k in a.AP.N.keys() if str(k) != "/Off"]
                    if str(a.get("/AS", "/Off")) != ("/Off" if states != [on] else on):
                        fail(f"{name}: {n}: a widget with on state {states} shows /AS {a.get('/AS')} (picked {on})")
                else:
                    expect = us_date(w) if kinds[n] == "date" else w
                    if str(v) != expect:
                        fail(f"{name}: {n}: /V {str(v)!r}, want {expect!r}")
                    if "/AP" not in a:
                        fail(f"{name}: {n}: no appearance stream")
        missing = set(want) - seen
        if missing:
            fail(f"{name}: fields of the web form not in the PDF: {sorted(missing)}")
    # What is painted: every text answer, line by line (the form font cannot encode the names: the
    # appearances' own subset font must).
    p = run(["mutool", "draw", "-F", "txt", "-o", "-", path])
    painted = squash(p.stdout)
    for n, w in want.items():
        if kinds[n] in ("checkbox", "radio") or not w:
            continue
        for line in (us_date(w) if kinds[n] == "date" else w).split("\n"):
            if squash(line) not in painted:
                fail(f"{name}: {n}: {line!r} is not painted (mutool draw -F txt)")
    # pdftk and pdf.js read the same values.
    p = run(["pdftk", path, "dump_data_fields_utf8"])
    if p.returncode != 0:
        fail(f"{name}: pdftk cannot read it: {p.stderr[-200:]}")
    else:
        got = {}
        for block in p.stdout.split("---"):
            m = re.search(r"^FieldName: (.*)$", block, re.M)
            v = re.search(r"^FieldValue: (.*)$", block, re.M)
            if m:
                got[m[1]] = v[1] if v else ""
        for n, w in want.items():
            if kinds[n] not in ("text", "date", "multiline") or not w:
                continue
            # A multi-line value goes on over the next lines of the dump: its first line is on FieldValue.
            expect = (us_date(w) if kinds[n] == "date" else w).split("\n")[0]
            if got.get(n) != expect:
                fail(f"{name}: pdftk reads {n} as {got.get(n)!r}, want {expect!r}")
    return painted


PDFJS = r"""
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
const require = createRequire(process.argv[1] + '/package.json');
const lib = await import(pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.mjs')).href);
const out = {};
for (const f of process.argv.slice(2)) {
  const doc = await lib.getDocument({ data: new Uint8Array(readFileSync(f)), isEvalSupported: false, verbosity: 0 }).promise;
  const fields = await doc.getFieldObjects();
  out[f] = Object.fromEntries(Object.entries(fields || {}).map(([k, v]) => [k, v[0].value]));
}
console.log(JSON.stringify(out));
"""


def check_docx(path, want, kinds, lo_text, pandoc_text):
    name = os.path.basename(path)
    with zipfile.ZipFile(path) as z:
        if z.testzip() is not None:
            fail(f"{name}: a damaged zip member")
        root = ET.fromstring(z.read("word/document.xml"))
    seen = set()
    for sdt in root.iter(W + "sdt"):
        pr = sdt.find(W + "sdtPr")
        tag = pr.find(W + "tag") if pr is not None else None
        n = tag.get(W + "val") if tag is not None else None
        if n not in want:
            continue
        seen.add(n)
        w, content = want[n], sdt.find(W + "sdtContent")
        box = pr.find(W14 + "checkbox")
        if kinds[n] == "checkbox":
            if box is None:
                fail(f"{name}: {n}: not a checkbox content control")
                continue
            val = box.find(W14 + "checked").get(W14 + "val")
            mark = "".join(t.text or "" for t in content.iter(W + "t"))
            if val != ("1" if w else "0") or mark != ("\u2612" if w else "\u2610"):
                fail(f"{name}: {n}: checked {val} showing {mark!r}, want {w}")
            continue
        text = ""
        for el in content.iter():
            if el.tag == W + "t":
                text += el.text or ""
            elif el.tag == W + "br":
                text += "\n"
        expect = w
        if kinds[n] == "date" and w:
            y, m, d = w.split("-")
            expect = f"{int(m)}/{int(d)}/{y}"
            full = pr.find(W + "date").get(W + "fullDate")
            if full != w + "T00:00:00Z":
                fail(f"{name}: {n}: w:fullDate {full}")
        if w and pr.find(W + "showingPlcHdr") is not None:
            fail(f"{name}: {n}: still showing its placeholder")
        if w and any(r.get(W + "val") == "PlaceholderText" for r in content.iter(W + "rStyle")):
            fail(f"{name}: {n}: still in the placeholder style")
        if w and text != expect:
            fail(f"{name}: {n}: holds {text!r}, want {expect!r}")
        for reader, got in (("LibreOffice", lo_text), ("pandoc", pandoc_text)):
            for line in str(expect).split("\n"):
                if w and squash(line) not in got:
                    fail(f"{name}: {n}: {line!r} not shown by {reader}")
    missing = set(want) - seen
    if missing:
        fail(f"{name}: fields of the web form not in the .docx: {sorted(missing)}")
    ticks = sum(1 for n, w in want.items() if kinds[n] == "checkbox" and w)
    for reader, got in (("LibreOffice", lo_text), ("pandoc", pandoc_text)):
        if got.count("\u2612") < ticks:
            fail(f"{name}: {reader} shows {got.count(chr(0x2612))} ticked boxes, want {ticks}")


cases = sorted(glob.glob(os.path.join(out, "*.expected.json")))
if not cases:
    fail(f"no downloads in {out}")
pdfs, docxs = [], []
for exp in cases:
    stem = exp[: -len(".expected.json")]
    slug = re.sub(r"-(http|disk)$", "", os.path.basename(stem))
    blank = glob.glob(os.path.join(site, "*", slug, slug + ".pdf"))
    if not blank:
        fail(f"{slug}: no blank PDF in the site")
        continue
    pdfs.append((stem + ".pdf", blank[0], exp))
    docxs.append((stem + ".docx", exp))

for path, blank, exp in pdfs:
    e = json.load(open(exp, encoding="utf-8"))
    check_pdf(path, blank, e["want"], e["kinds"])
    p = run(["/usr/bin/python3", os.path.join(src, "tools", "check_pdfua.py"), path])
    if p.returncode != 0:
        fail(f"{os.path.basename(path)}: check_pdfua.py: {p.stdout[-600:]}")

p = run(["node", "--input-type=module", "-e", PDFJS, os.path.join(src, "browser")] + [x[0] for x in pdfs])
if p.returncode != 0:
    fail(f"pdf.js: {p.stderr[-400:]}")
else:
    got = json.loads(p.stdout)
    for path, blank, exp in pdfs:
        e = json.load(open(exp, encoding="utf-8"))
        for n, w in e["want"].items():
            k = e["kinds"][n]
            if k in ("text", "date", "multiline"):
                expect = us_date(w) if k == "date" else w
                if got[path].get(n) != expect:
                    fail(f"{os.path.basename(path)}: pdf.js reads {n} as {got[path].get(n)!r}, want {expect!r}")

# LibreOffice: one conversion for every .docx (it starts once), into text and PDF (for a look).
lo = os.path.join(out, "lo")
os.makedirs(lo, exist_ok=True)
profile = "file://" + os.path.join(out, "lo-profile")
for fmt in ("txt:Text (encoded):UTF8", "pdf"):
    p = run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", fmt, "--outdir", lo]
            + [d for d, _ in docxs], timeout=300)
    if p.returncode != 0:
        fail(f"LibreOffice: {p.stderr[-300:]}")
for path, exp in docxs:
    e = json.load(open(exp, encoding="utf-8"))
    stem = os.path.splitext(os.path.basename(path))[0]
    txt = os.path.join(lo, stem + ".txt")
    lo_text = squash(open(txt, encoding="utf-8-sig").read()) if os.path.exists(txt) else ""
    if not lo_text:
        fail(f"{stem}.docx: LibreOffice made no text")
    p = run(["pandoc", "-f", "docx", "-t", "plain", "--wrap=none", path])
    if p.returncode != 0:
        fail(f"{stem}.docx: pandoc: {p.stderr[-300:]}")
    check_docx(path, e["want"], e["kinds"], lo_text, squash(p.stdout))
    if shutil.which("ooxml-validator"):
        p = run(["ooxml-validator", path])
        if '"ok":true' not in p.stdout.replace(" ", ""):
            fail(f"{stem}.docx: ooxml-validator: {p.stdout[-600:]}")

validator = "ooxml-validator" if shutil.which("ooxml-validator") else "no ooxml-validator installed"
for e in errors:
    print(e)
if errors:
    sys.exit(1)
print(f"ok: {len(pdfs)} filled PDFs, {len(docxs)} filled .docx files ({validator})")
