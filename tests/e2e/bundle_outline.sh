#!/usr/bin/env bash
# The whole-toolkit outline (model/outline.h) is one: the PDF bundle, the .docx bundle, the .zip and
# /downloads/ agree on it, read back with real clients (qpdf --json for the PDF's fields, pdftotext for its
# cover, unzip for the .docx and the .zip). For the shipped content and tests/fixtures/outline_site (a tool
# and a job sharing a slug, a template in two stages listed in the later one first in its front matter, a
# template on no stage, one-format templates, a page newer than every stage and template):
# - every field of the PDF bundle is named <name>.<field>, and so is every content control of the .docx
#   bundle, where <name> is the template's slug, or <kind>-<slug> when a tool and a job share it; the two
#   bundles hold the same names for every template they both hold (each exactly its own download's fields);
# - both bundles show the same "Updated" date (cover, title page) and carry it as their date (PDF ModDate,
#   docProps/core.xml), the newest `updated` of the stages and templates;
# - the .zip's folders and /downloads/ list the same templates in the same groups and order (the templates
#   on no stage included), and a template listed again says where it was listed first.
source "$(dirname "$0")/lib.bash"
need_tool qpdf pdftotext pdfinfo unzip python3
build_shipped "$WORK/shipped"
"$TOOLKITGEN" build --quiet --content "$TK_SOURCE_DIR/tests/fixtures/outline_site" --theme "$TK_SOURCE_DIR/themes/default" \
  --out "$WORK/fixture" || fail "build of tests/fixtures/outline_site failed"

for site in "$WORK/shipped" "$WORK/fixture"; do
  python3 - "$site" <<'PY' || fail "the bundles of $site disagree (above)"
import html, json, os, re, subprocess, sys, zipfile
site = sys.argv[1]
dl = os.path.join(site, "downloads")
stem = [f[:-4] for f in os.listdir(dl) if f.endswith(".zip")][0]
bad = []

# The templates, from the .zip: (folder, file stem, extension) in archive order; each one's page, found
# by the bytes of its download.
zf = zipfile.ZipFile(os.path.join(dl, stem + ".zip"))
members = [n for n in zf.namelist() if n != "README.txt"]
def page_of(member):
    stem_, ext = os.path.splitext(os.path.basename(member))
    data = zf.read(member)
    found = []
    for kind in ("tools", "jobs"):
        for slug in os.listdir(os.path.join(site, kind)) if os.path.isdir(os.path.join(site, kind)) else []:
            p = os.path.join(site, kind, slug, slug + ext)
            if os.path.isfile(p) and open(p, "rb").read() == data and stem_.endswith(slug):
                found.append((kind[:-1], slug))
    if len(found) != 1: bad.append(f"{member}: matches {found or 'no download'}")
    return found[0] if found else (None, stem_)
templates = {}  # (kind, slug) -> set of extensions
order = []      # (folder, (kind, slug)) in zip order, each template once
for m in members:
    t = page_of(m)
    if t not in templates:
        templates[t] = set()
        order.append((m.split("/")[0], t))
    templates[t].add(os.path.splitext(m)[1])
slugs = [s for _, s in templates]
def name(t):  # the documented prefix: the slug, or <kind>-<slug> when a tool and a job share it
    return (t[0] + "-" if slugs.count(t[1]) > 1 else "") + t[1]
for m in members:
    t = page_of(m)
    if os.path.splitext(os.path.basename(m))[0] != name(t): bad.append(f"{m}: the file is not named {name(t)}")

def pdf_fields(path):
    j = json.loads(subprocess.run(["qpdf", "--json", "--json-key=acroform", path], capture_output=True, text=True, check=True).stdout)
    return {f["fullname"] for f in j["acroform"]["fields"]}
def docx_tags(path):
    xml = zipfile.ZipFile(path).read("word/document.xml").decode()
    return set(re.findall(r'<w:tag w:val="([^"]*)"', xml))

# Field names: each bundle holds exactly <name>.<field> for every field of each template's own download.
want = {".pdf": set(), ".docx": set()}
for t, exts in templates.items():
    own = os.path.join(site, t[0] + "s", t[1], t[1])
    for ext in exts:
        fields = pdf_fields(own + ext) if ext == ".pdf" else docx_tags(own + ext)
        want[ext] |= {name(t) + "." + f for f in fields}
got = {".pdf": pdf_fields(os.path.join(dl, stem + ".pdf")), ".docx": docx_tags(os.path.join(dl, stem + ".docx"))}
for ext in want:
    for n in sorted(got[ext] - want[ext]): bad.append(f"{stem}{ext} has field '{n}', which no template's download explains")
    for n in sorted(want[ext] - got[ext]): bad.append(f"{stem}{ext} lacks field '{n}'")
both = {name(t) for t, e in templates.items() if e == {".pdf", ".docx"}}
under = lambda s: {n for n in s if n.split(".")[0] in both}
if under(got[".pdf"]) != under(got[".docx"]):
    bad.append(f"the bundles name the fields of the templates they both hold differently: "
               f"PDF only {sorted(under(got['.pdf']) - under(got['.docx']))[:5]}, "
               f"Word only {sorted(under(got['.docx']) - under(got['.pdf']))[:5]}")

# The date: the PDF's cover and ModDate, the .docx's title page and core.xml.
cover = subprocess.run(["pdftotext", "-l", "2", os.path.join(dl, stem + ".pdf"), "-"], capture_output=True, text=True).stdout
m = re.search(r"Updated (\w+ \d+, \d{4})", cover)
pdf_date = m.group(1) if m else None
info = subprocess.run(["pdfinfo", "-isodates", os.path.join(dl, stem + ".pdf")], capture_output=True, text=True).stdout
pdf_mod = re.search(r"ModDate:\s+(\S+)", info).group(1)[:10]
dz = zipfile.ZipFile(os.path.join(dl, stem + ".docx"))
doc = dz.read("word/document.xml").decode()
m = re.search(r">(January|February|March|April|May|June|July|August|September|October|November|December) (\d+), (\d{4})<", doc)
docx_date = f"{m.group(1)} {m.group(2)}, {m.group(3)}" if m else None
docx_mod = re.search(r"<dcterms:modified[^>]*>([^<]+)<", dz.read("docProps/core.xml").decode()).group(1)[:10]
if pdf_date != docx_date: bad.append(f"the PDF bundle says 'Updated {pdf_date}', the .docx bundle '{docx_date}'")
if pdf_mod != docx_mod: bad.append(f"the PDF bundle is dated {pdf_mod}, the .docx bundle {docx_mod}")

# /downloads/: its groups and templates in order, and the "listed under" notes.
page = open(os.path.join(dl, "index.html"), encoding="utf-8").read()
groups = re.findall(r'<h2 id="dl-([^"]+)">([^<]*)</h2>(.*?)</section>', page, re.S)
listed, first_under = [], {}
for slug, title, body in groups:
    for href, note in re.findall(r'<li class="item"><a href="\.\./([a-z]+s/[^/]+)/index\.html">[^<]*</a>( <span class="note">\(listed under [^)]*\)</span>)?', body):
        t = (href.split("/")[0][:-1], href.split("/")[1])
        if not note:
            listed.append((slug, t))
            first_under[t] = html.unescape(title)
        elif f"(listed under {html.escape(first_under.get(t, '?'), quote=False)})" not in note:
            bad.append(f"/downloads/: {t[1]} under {title} says '{note.strip()}', but it is listed first under {first_under.get(t)}")
zip_listed = [(re.sub(r"^\d+-", "", folder), t) for folder, t in order]
zip_listed = [("other_templates" if f == "other" else f, t) for f, t in zip_listed]
if listed != zip_listed:
    bad.append(f"/downloads/ lists {listed}\n  the .zip holds {zip_listed}")

for b in bad: print("  " + b)
print(f"{os.path.basename(site)}: {len(templates)} templates, {len(got['.pdf'])} PDF fields, {len(got['.docx'])} content controls, "
      f"updated {pdf_date}: {'ok' if not bad else str(len(bad)) + ' problems'}")
sys.exit(1 if bad else 0)
PY
done
echo "bundle outline ok"
