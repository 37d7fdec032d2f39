#!/usr/bin/env bash
# Every .docx the build writes (shipped content and tests/fixtures/docx_site): each part is well-formed
# XML; a template's content-control tags equal its web form's field names; the bundle keeps every control
# with a unique tag; LibreOffice converts them all (one soffice call) and the PDF holds the document's
# text; pandoc reads every one. Needs soffice, pdftotext, pdftoppm, pandoc, xmllint (need_tool).
source "$(dirname "$0")/lib.bash"
need_tool soffice pdftotext pdftoppm pandoc xmllint python3

build_shipped "$WORK/content"
"$TOOLKITGEN" build --content "$TK_SOURCE_DIR/tests/fixtures/docx_site" --theme "$TK_SOURCE_DIR/themes/default" \
  --out "$WORK/fixture" >"$WORK/fixture.out" 2>&1 || { cat "$WORK/fixture.out" >&2; fail "fixture build failed"; }

python3 - "$WORK" <<'PY'
import html.parser, json, os, re, shutil, subprocess, sys, zipfile
import xml.etree.ElementTree as ET

work = sys.argv[1]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
errors = []
def fail(msg): errors.append(msg)

class FormNames(html.parser.HTMLParser):
    """The `name` of every control inside <form class="template-form">."""
    def __init__(self):
        super().__init__(); self.depth = 0; self.names = []; self.headings = []; self._h = None
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and "template-form" in (a.get("class") or "").split(): self.depth = 1; return
        if self.depth and tag == "form": self.depth += 1
        if self.depth and tag in ("input", "textarea", "select") and a.get("name") and a.get("type") != "submit":
            if a.get("type") == "radio" and a["name"] in self.names: return
            self.names.append(a["name"])
        if self.depth and tag in ("h2", "h3", "h4"): self._h = ""
    def handle_endtag(self, tag):
        if self.depth and tag == "form": self.depth -= 1
        if self._h is not None and tag in ("h2", "h3", "h4"): self.headings.append(self._h.strip()); self._h = None
    def handle_data(self, data):
        if self._h is not None: self._h += data

def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ").replace("\u2019", "'")).strip()

def para_text(p):
    out = []
    for e in p.iter():
        if e.tag == W + "t": out.append(e.text or "")
        elif e.tag in (W + "tab", W + "br"): out.append(" ")
    return "".join(out)

docs = []  # (site, rel path, file)
for site in ("content", "fixture"):
    root = os.path.join(work, site)
    for dirpath, _, files in os.walk(root):
        for f in sorted(files):
            if f.endswith(".docx"): docs.append((site, os.path.relpath(os.path.join(dirpath, f), root), os.path.join(dirpath, f)))
if not any(s == "fixture" for s, _, _ in docs): fail("the fixture build wrote no .docx")
if sum(1 for s, _, _ in docs if s == "content") < 5: fail("the shipped content gave fewer than 5 .docx files")

info = {}
template_names = {"content": {}, "fixture": {}}
for site, rel, path in docs:
    z = zipfile.ZipFile(path)
    names = z.namelist()
    if names[0] != "[Content_Types].xml": fail(f"{rel}: [Content_Types].xml is not the first entry")
    if z.testzip() is not None: fail(f"{rel}: bad CRC")
    parts = {}
    for n in names:
        data = z.read(n)
        try: parts[n] = ET.fromstring(data)
        except ET.ParseError as e: fail(f"{rel}: {n} is not well-formed: {e}")
    tmp = os.path.join(work, "parts", site, rel)
    z.extractall(tmp)
    lint = subprocess.run(["xmllint", "--noout"] + [os.path.join(tmp, n) for n in names], capture_output=True, text=True)
    if lint.returncode != 0: fail(f"{rel}: xmllint: {lint.stderr[:500]}")
    doc = parts.get("word/document.xml")
    if doc is None: fail(f"{rel}: no word/document.xml"); continue
    tags = [t.get(W + "val") for t in doc.iter(W + "tag")]
    if len(tags) != len(set(tags)): fail(f"{rel}: repeated tags {sorted(t for t in set(tags) if tags.count(t) > 1)}")
    ids = [i.get(W + "val") for s in doc.iter(W + "sdt") for i in s.iter(W + "id")]
    if len(ids) != len(set(ids)): fail(f"{rel}: repeated content control ids")
    # The text LibreOffice must show: body paragraphs whole, table cells word by word.
    in_table = {id(p) for tbl in doc.iter(W + "tbl") for p in tbl.iter(W + "p")}
    paras, words, headings = [], [], []
    for p in doc.iter(W + "p"):
        t = norm(para_text(p))
        if not t: continue
        (words.extend(t.split()) if id(p) in in_table else paras.append(t))
        st = p.find(f"{W}pPr/{W}pStyle")
        if st is not None and re.fullmatch(r"Heading[1-6]", st.get(W + "val") or ""): headings.append(t)
    info[(site, rel)] = dict(paras=paras, words=words, headings=headings, tags=tags)
    m = re.fullmatch(r"(tools|jobs)/([a-z0-9-]+)/([a-z0-9-]+)\.docx", rel)
    if m and m.group(2) == m.group(3):
        page = os.path.join(work, site, m.group(1), m.group(2), "index.html")
        if not os.path.exists(page): fail(f"{rel}: no web page beside it"); continue
        form = FormNames(); form.feed(open(page, encoding="utf-8").read())
        if sorted(form.names) != sorted(tags):
            fail(f"{rel}: tags differ from the web form's names:\n  only in docx: {sorted(set(tags) - set(form.names))}"
                 f"\n  only on the page: {sorted(set(form.names) - set(tags))}")
        for h in form.headings:
            if norm(h) not in headings: fail(f"{rel}: web heading '{h}' is not a heading in the .docx")
        if not form.names: fail(f"{rel}: the web page has no fill-in form")
        template_names[site][(m.group(1), m.group(2))] = tags

# The bundles: every template's controls, tagged <slug>.<name> (or <kind>-<slug>.<name> when a slug repeats).
for site, rel, path in docs:
    if not rel.startswith("downloads/"): continue
    tags = set(info[(site, rel)]["tags"])
    for (kind, slug), names in template_names[site].items():
        for n in names:
            if f"{slug}.{n}" not in tags and f"{kind[:-1]}-{slug}.{n}" not in tags:
                fail(f"{rel}: no control for {kind}/{slug} field {n}")
    if len(tags) != sum(len(v) for v in template_names[site].values()):
        fail(f"{rel}: {len(tags)} controls, expected {sum(len(v) for v in template_names[site].values())}")
if not any(rel.startswith("downloads/") for _, rel, _ in docs): fail("no whole-toolkit .docx under downloads/")
compared = sum(len(v) for v in template_names.values())
if compared < 5: fail(f"only {compared} templates were compared with their web forms")

# LibreOffice: all files in one call, with a private profile.
flat = os.path.join(work, "flat"); pdfs = os.path.join(work, "pdf"); os.makedirs(flat); os.makedirs(pdfs)
flat_names = {}
for site, rel, path in docs:
    name = site + "__" + rel.replace("/", "__")
    shutil.copy(path, os.path.join(flat, name)); flat_names[(site, rel)] = name
r = subprocess.run(["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{work}/lo-profile",
                    "--convert-to", "pdf", "--outdir", pdfs] + [os.path.join(flat, n) for n in sorted(flat_names.values())],
                   capture_output=True, text=True, timeout=480)
if r.returncode != 0: fail(f"soffice failed: {r.stderr[:1000]}")
for key, name in sorted(flat_names.items()):
    pdf = os.path.join(pdfs, name[:-5] + ".pdf")
    rel = key[1]
    if not os.path.exists(pdf): fail(f"{rel}: LibreOffice wrote no PDF"); continue
    raw = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], capture_output=True, text=True).stdout
    body_text = norm(" ".join(l for l in raw.replace("\f", "\n").split("\n")
                              if not re.fullmatch(r"\s*Page \d+ of \d+\s*", l)))
    d = info[key]
    missing = [p for p in d["paras"] if p not in body_text]
    # A paragraph that runs over a page break is interrupted by the footer and header: check its words.
    really = [p for p in missing if not all(w in body_text for w in p.split())]
    if really: fail(f"{rel}: {len(really)} paragraphs not in LibreOffice's PDF, e.g. {really[0]!r}")
    words = set(body_text.split())
    lost = sorted(set(w for w in d["words"] if w not in words and w not in body_text))
    if lost: fail(f"{rel}: table words not in the PDF: {lost[:10]}")
    out = subprocess.run(["pandoc", "-f", "docx", "-t", "plain", "--wrap=none", os.path.join(flat, name)],
                         capture_output=True, text=True)
    if out.returncode != 0: fail(f"{rel}: pandoc failed: {out.stderr[:300]}"); continue
    ptext = norm(out.stdout)
    for h in d["headings"]:  # (pandoc makes the Title paragraph metadata, left out of plain text)
        if h not in ptext: fail(f"{rel}: pandoc lost heading {h!r}")
# One page as a picture, to prove the PDF renders (and for a person to look at).
first = sorted(n for n in os.listdir(pdfs) if "__tools__" in n)[0]
subprocess.run(["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", os.path.join(pdfs, first), os.path.join(work, "page")], check=True)
png = [f for f in os.listdir(work) if f.startswith("page") and f.endswith(".png")]
if not png or os.path.getsize(os.path.join(work, png[0])) < 2000: fail("pdftoppm rendered nothing")

fields = sum(len(t) for v in template_names.values() for t in v.values())
print(f"{len(docs)} .docx files checked ({compared} templates, {fields} fields matched with their web forms): "
      "XML, tags, LibreOffice PDF text, pandoc")
if errors:
    print("\n".join("FAIL: " + e for e in errors), file=sys.stderr); sys.exit(1)
PY
