#!/usr/bin/env bash
# Every PDF the build writes (shipped content and tests/fixtures/pdf_site), read back with real clients:
# qpdf --check passes; qpdf's field list equals the web form's control names, in order, with the right
# types and flags; pdftk sees the same fields, fills every one (XFDF) and the flattened file's text shows
# the values; pdffonts shows every font embedded; pdftoppm's first page is not blank; the bundle keeps
# every field as <slug>.<field> with bookmarks and page labels; two builds give the same bytes.
# Needs qpdf, pdftk, pdftotext, pdffonts, pdftoppm and python3 (need_tool).
source "$(dirname "$0")/lib.bash"
need_tool qpdf pdftk pdftotext pdffonts pdftoppm python3

build_shipped "$WORK/content"
for out in fixture fixture2; do
  "$TOOLKITGEN" build --content "$TK_SOURCE_DIR/tests/fixtures/pdf_site" --theme "$TK_SOURCE_DIR/themes/default" \
    --out "$WORK/$out" >"$WORK/$out.log" 2>&1 || { cat "$WORK/$out.log" >&2; fail "fixture build failed"; }
done

python3 - "$WORK" <<'PY'
import concurrent.futures, html.parser, json, os, re, subprocess, sys

work = sys.argv[1]
errors = []
def fail(msg): errors.append(msg)

def run(args, **kw):
    p = subprocess.run(args, capture_output=True, text=True, **kw)
    p.stderr = "\n".join(l for l in p.stderr.splitlines() if "begincidrange" not in l)
    return p

class Form(html.parser.HTMLParser):
    """Controls inside <form class="template-form"> as (name, tag, type), and the page's <h1>."""
    def __init__(self):
        super().__init__(); self.depth = 0; self.controls = []; self.options = []; self.h1 = None; self._in_h1 = False
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and "template-form" in (a.get("class") or "").split(): self.depth = 1; return
        if self.depth and tag == "form": self.depth += 1
        if self.depth and tag in ("input", "textarea", "select") and a.get("name") and a.get("type") != "submit":
            if a.get("type") == "radio" and self.controls and self.controls[-1][0] == a["name"]:
                self.options[-1].append(a.get("value")); return  # a choice is one field, its radios its options
            self.controls.append((a["name"], tag, a.get("type") or ""))
            self.options.append([a.get("value")] if a.get("type") == "radio" else [])
        if tag == "h1" and self.h1 is None: self._in_h1 = True; self.h1 = ""
    def handle_endtag(self, tag):
        if self.depth and tag == "form": self.depth -= 1
        if tag == "h1": self._in_h1 = False
    def handle_data(self, data):
        if self._in_h1: self.h1 += data

def form_of(site_dir, pdf_rel):
    f = Form()
    with open(os.path.join(site_dir, os.path.dirname(pdf_rel), "index.html"), encoding="utf-8") as h: f.feed(h.read())
    return f

def acroform(path):
    p = run(["qpdf", "--json", "--json-key=acroform", path])
    return json.loads(p.stdout)["acroform"]["fields"]

def pdftk_fields(path):
    out = run(["pdftk", path, "dump_data_fields_utf8"]).stdout
    fields = []
    for block in out.split("---"):
        kv = dict(l.split(": ", 1) for l in block.strip().splitlines() if ": " in l)
        if "FieldName" in kv: fields.append(kv)
    return fields

def not_blank(path, tmp):
    run(["pdftoppm", "-r", "24", "-gray", "-f", "1", "-l", "1", "-singlefile", path, tmp])
    data = open(tmp + ".pgm", "rb").read()
    parts = data.split(maxsplit=4)  # P5 width height maxval pixels
    pixels = parts[4]
    dark = sum(1 for b in pixels if b < 160)
    return 0.003 < dark / len(pixels) < 0.6

def xfdf(values):
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")
    body = "".join(f'<field name="{esc(n)}"><value>{esc(v)}</value></field>' for n, v in values)
    return ('<?xml version="1.0" encoding="UTF-8"?><xfdf xmlns="http://ns.adobe.com/xfdf/" xml:space="preserve">'
            f'<fields>{body}</fields></xfdf>')

def check_template(site, site_dir, rel, n):
    path = os.path.join(site_dir, rel)
    where = f"{site}/{rel}"
    p = run(["qpdf", "--check", path])
    if p.returncode != 0: fail(f"{where}: qpdf --check: {p.stdout[-300:]} {p.stderr[-300:]}")
    form = form_of(site_dir, rel)
    fields = []
    for f in acroform(path):  # qpdf lists a radio-button field once per button: keep the first
        if f.get("isradiobutton") and fields and fields[-1]["fullname"] == f["fullname"]: continue
        fields.append(f)
    names = [f["fullname"] for f in fields]
    html_names = [c[0] for c in form.controls]
    if names != html_names: fail(f"{where}: PDF fields {names} != web form {html_names}")
    for f, (name, tag, typ) in zip(fields, form.controls):
        multiline = bool(f["fieldflags"] & 4096)
        if typ == "checkbox":
            if f["fieldtype"] != "/Btn" or not f["ischeckbox"]: fail(f"{where}: {name} is not a checkbox")
        elif typ == "radio":
            if f["fieldtype"] != "/Btn" or not f["isradiobutton"]: fail(f"{where}: {name} is not a radio-button field")
        elif f["fieldtype"] != "/Tx" or multiline != (tag == "textarea"):
            fail(f"{where}: {name}: {f['fieldtype']} flags {f['fieldflags']} for <{tag} type={typ}>")
        if not f.get("alternativename"): fail(f"{where}: {name} has no /TU")
    tk = pdftk_fields(path)
    if [f["FieldName"] for f in tk] != html_names: fail(f"{where}: pdftk sees {[f['FieldName'] for f in tk]}")
    # Fill every field: short unique tokens in text fields, "Yes" in checkboxes, a choice's last option.
    values, tokens = [], []
    for i, (name, tag, typ) in enumerate(form.controls):
        if typ == "checkbox": values.append((name, "Yes"))
        elif typ == "radio": values.append((name, form.options[i][-1]))
        else:
            tok = f"Qz{n:02d}x{i:02d}"
            values.append((name, tok)); tokens.append(tok)
    data = os.path.join(work, f"fill{n}.xfdf")
    open(data, "w", encoding="utf-8").write(xfdf(values))
    filled, flat = os.path.join(work, f"filled{n}.pdf"), os.path.join(work, f"flat{n}.pdf")
    if run(["pdftk", path, "fill_form", data, "output", filled]).returncode != 0: fail(f"{where}: pdftk fill_form failed")
    else:
        got = {f["FieldName"]: f.get("FieldValue", "") for f in pdftk_fields(filled)}
        for name, v in values:
            if got.get(name) != v: fail(f"{where}: filled {name} = {got.get(name)!r}, wanted {v!r}")
    if run(["pdftk", path, "fill_form", data, "output", flat, "flatten"]).returncode != 0: fail(f"{where}: flatten failed")
    else:
        text = run(["pdftotext", flat, "-"]).stdout
        missing = [t for t in tokens if t not in text]
        if missing: fail(f"{where}: flattened text lacks {missing[:5]}")
        if acroform(flat): fail(f"{where}: the flattened file still has fields")
    for line in run(["pdffonts", path]).stdout.splitlines()[2:]:
        cols = line.split()
        if len(cols) >= 7 and cols[-5] != "yes": fail(f"{where}: font not embedded: {line}")
    if len(run(["pdffonts", path]).stdout.splitlines()) < 3: fail(f"{where}: pdffonts lists no font")
    if not not_blank(path, os.path.join(work, f"page{n}")): fail(f"{where}: page 1 renders blank (or black)")
    return form

# Templates are checked two at a time (pdftk is a JVM start each call).
jobs, n = [], 0
for site in ("content", "fixture"):
    site_dir = os.path.join(work, site)
    templates = sorted(os.path.relpath(os.path.join(d, f), site_dir)
                       for d, _, fs in os.walk(site_dir) for f in fs
                       if f.endswith(".pdf") and not d.endswith("downloads")
                       # a template download, not another page's own PDF (page_actions.sh checks those)
                       and 'id="tk-downloads"' in open(os.path.join(d, "index.html"), encoding="utf-8").read())
    if len(templates) < (5 if site == "content" else 3): fail(f"{site}: only {len(templates)} template PDFs")
    for rel in templates:
        n += 1
        jobs.append((site, site_dir, rel, n))
with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
    forms = list(pool.map(lambda j: check_template(*j), jobs))

for site in ("content", "fixture"):
    site_dir = os.path.join(work, site)
    mine = [(j[2], form) for j, form in zip(jobs, forms) if j[0] == site]
    expected, titles, slugs = [], [], {}
    for rel, _ in mine:
        slugs.setdefault(rel.split("/")[1], []).append(rel)
    for rel, form in mine:
        kind, slug = rel.split("/")[0], rel.split("/")[1]
        parent = (kind.rstrip("s") + "-" if len(slugs[slug]) > 1 else "") + slug
        expected += [parent + "." + c[0] for c in form.controls]
        titles.append((form.h1 or "").strip())
    bundles = [f for f in os.listdir(os.path.join(site_dir, "downloads")) if f.endswith(".pdf") and f != "downloads.pdf"]  # not the page's own
    if len(bundles) != 1: fail(f"{site}: {len(bundles)} bundle PDFs"); continue
    bundle = os.path.join(site_dir, "downloads", bundles[0])
    p = run(["qpdf", "--check", bundle])
    if p.returncode != 0: fail(f"{site} bundle: qpdf --check: {p.stdout[-300:]}")
    names = [f["fullname"] for f in acroform(bundle)]
    names = [x for i, x in enumerate(names) if i == 0 or x != names[i - 1]]  # a radio group's buttons
    if sorted(names) != sorted(expected): fail(f"{site} bundle: fields differ: {sorted(set(names) ^ set(expected))[:8]}")
    if len(set(names)) != len(names): fail(f"{site} bundle: duplicate field names")
    j = json.loads(run(["qpdf", "--json", "--json-key=outlines", "--json-key=pagelabels", bundle]).stdout)
    outline = []
    def walk(items):
        for o in items: outline.append(o["title"]); walk(o.get("kids", []))
    walk(j["outlines"])
    for t in titles:
        if t and t not in outline: fail(f"{site} bundle: no bookmark for {t!r} in {outline}")
    if not any(t.startswith("Stage 1: ") for t in outline): fail(f"{site} bundle: no stage bookmarks")
    if len(j["pagelabels"]) < 2: fail(f"{site} bundle: page labels {j['pagelabels']}")
    tk = pdftk_fields(bundle)
    if sorted(f["FieldName"] for f in tk) != sorted(expected): fail(f"{site} bundle: pdftk sees other fields")
    if not not_blank(bundle, os.path.join(work, f"bundle-{site}")): fail(f"{site} bundle: cover renders blank")

# Two builds of the same content give byte-identical PDFs.
for d, _, fs in os.walk(os.path.join(work, "fixture")):
    for f in fs:
        if f.endswith(".pdf"):
            a = os.path.join(d, f)
            b = a.replace(os.path.join(work, "fixture"), os.path.join(work, "fixture2"), 1)
            if open(a, "rb").read() != open(b, "rb").read(): fail(f"{f}: two builds differ")

if errors:
    print("\n".join(errors[:60]), file=sys.stderr)
    sys.exit(1)
print(f"ok: {n} templates and 2 bundles read back by qpdf, pdftk, poppler")
PY
