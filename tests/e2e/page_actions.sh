#!/usr/bin/env bash
# Page actions and page PDFs (issue 19), read back with real clients:
#   - every page of the shipped site and of a fixture with every kind has one "Share or print this page" group
#     with E-mail this page (the mailto: decodes to the page's title and its absolute address from base_url),
#     Print this page (an in-page help target, so it works without JavaScript), and, where the theme asks,
#     PDF of this page whose label ("PDF, 2 pages, 41 KB") is the file's page count (pdfinfo) and size;
#   - every page PDF passes qpdf --check and tests/tools/check_pdfua.py, has the page's h2/h3 headings as
#     bookmarks and H2/H3 tags, its title, "Online version" address and publisher, and pdftotext holds every
#     paragraph and list item of the page's body;
#   - PNG and JPEG pictures are embedded (pdfimages) as tagged Figures with /Alt; a GIF stays its alt text;
#   - site.yaml `page_pdfs: false` writes no page PDF but the templates'; theme.json decides the actions per
#     kind, and a mistake in it is an error at its line with a suggestion.
source "$(dirname "$0")/lib.bash"
need_tool qpdf pdfinfo pdftotext pdfimages
PY=/usr/bin/python3
"$PY" -c 'import pikepdf' 2>/dev/null || skip "not installed: python3-pikepdf"
THEME="$TK_SOURCE_DIR/themes/default"
build_shipped "$WORK/shipped"

# A fixture with every kind, and a page with a PNG, a JPEG and a GIF.
cp -r "$TK_SOURCE_DIR/tests/fixtures/site_minimal" "$WORK/fix"
cp "$TK_SOURCE_DIR"/tests/fixtures/pictures/* "$WORK/fix/assets/img/"
cat >"$WORK/fix/pages/pictures.md" <<'EOF'
---
title: Pictures & "Quotes" / 100% of them?
summary: A page with pictures.
updated: 2026-10-05
---
## Who takes part

![Two partners joined by a circle](/assets/img/partners.png)

The partners meet every month.

## Timeline

![A timeline with ten blue bars](/assets/img/timeline.jpg)

- First list item of the timeline
- Second list item, with *emphasis*

## Icons

![A small grey icon](/assets/img/icon.gif)
EOF
"$TOOLKITGEN" build --content "$WORK/fix" --theme "$THEME" --out "$WORK/fixout" -q >"$WORK/fix.log" 2>&1 ||
  { cat "$WORK/fix.log" >&2; fail "the fixture did not build"; }

# check_site SITE BASE_URL: the actions on every page and every page PDF.
check_site() {
  "$PY" - "$1" "$2" "$TK_SOURCE_DIR/tests/tools/check_pdfua.py" <<'PY'
import html.parser, os, re, subprocess, sys, urllib.parse
import pikepdf
site, base, checker = sys.argv[1], sys.argv[2], sys.argv[3]
errors = []
def err(m): errors.append(m)
def run(*a): return subprocess.run(a, capture_output=True, text=True)

class Page(html.parser.HTMLParser):
    BLOCKS = {"p", "li", "h2", "h3", "td", "th", "summary"}
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.title = None; self.h1 = ""; self.in_h1 = False; self.main = 0; self.skip = 0
        self.actions = []; self.groups = 0; self.group_label = None; self.in_group = 0
        self.stack = []; self.blocks = []; self.cur = None; self.in_a = False; self.table_cls = []; self.ids = set(); self.canonical = None; self.kind = None
    def handle_starttag(self, tag, a):
        a = dict(a)
        if "id" in a: self.ids.add(a["id"])
        if tag == "link" and a.get("rel") == "canonical": self.canonical = a.get("href")
        if tag == "body": self.kind = (a.get("class") or "").replace("kind-", "")
        if tag == "main": self.main += 1
        if tag == "h1": self.in_h1 = True
        cls = (a.get("class") or "").split()
        if tag == "table": self.table_cls = cls
        if "page-actions" in cls:
            self.groups += 1; self.group_label = (a.get("role"), a.get("aria-label")); self.in_group = 1
        elif self.in_group and tag == "div": self.in_group += 1
        if self.in_group and tag == "a": self.actions.append([a, ""]); self.in_a = True
        # What the PDF must hold: the body's text blocks, not the web page's own furniture.
        if tag in ("form", "nav", "details") or "visually-hidden" in cls or "page-actions" in cls or "edit-link" in cls \
           or (tag == "thead" and "stage-table" in self.table_cls) or "no-print" in cls or "eyebrow" in cls or "downloads-box" in cls or "download-links" in cls or "badge" in cls or "switcher" in cls or tag in ("script", "select", "button", "label"):
            self.skip += 1; self.stack.append((tag, True))
        else: self.stack.append((tag, False))
        if tag in self.BLOCKS and self.main and not self.skip: self.blocks.append([tag, ""]); self.cur = self.blocks[-1]
    def handle_endtag(self, tag):
        if tag == "main": self.main -= 1
        if tag == "h1": self.in_h1 = False
        if self.in_group and tag == "div": self.in_group -= 1
        if tag == "a": self.in_a = False
        if tag in self.BLOCKS: self.cur = None
        while self.stack:
            t, s = self.stack.pop()
            if s: self.skip -= 1
            if t == tag: break
    def handle_data(self, d):
        if self.in_h1: self.h1 += d
        if self.in_group and self.in_a: self.actions[-1][1] += d
        if self.main and not self.skip and self.cur is not None: self.cur[1] += d

# Spaces and hyphens out: lines break anywhere, and pdftotext joins "pre-" at a line's end to the next word.
def norm(s): return re.sub(r"[\s\u00a0\u00ad-]+", "", s)
def human(n): return f"{(n + 1023) // 1024} KB" if n < 1024 * 1024 else f"{n / 1048576:.1f} MB"

pdfs = 0
for root, _, files in os.walk(site):
    for f in files:
        if not f.endswith(".html"): continue
        path = os.path.join(root, f); rel = os.path.relpath(path, site)
        p = Page(); p.feed(open(path, encoding="utf-8").read())
        if rel in ("404.html", "search/index.html"):
            if p.groups: err(f"{rel}: has page actions")
            continue
        if p.groups != 1: err(f"{rel}: {p.groups} page-action groups"); continue
        if p.group_label != ("group", "Share or print this page"): err(f"{rel}: group labelled {p.group_label}")
        acts = {(a.get("class") or "").split()[-1]: (a, t) for a, t in p.actions}
        url = base + (rel[:-len("index.html")] if rel.endswith("index.html") else rel)
        if p.canonical != url: err(f"{rel}: canonical {p.canonical} is not {url}")
        mail = acts.get("action-email")
        if not mail: err(f"{rel}: no E-mail this page")
        else:
            a, text = mail
            if text.strip() != "E-mail this page": err(f"{rel}: e-mail link says {text!r}")
            u = urllib.parse.urlsplit(a["href"])
            q = urllib.parse.parse_qs(u.query)
            if u.scheme != "mailto" or q.get("subject") != [p.h1.strip()] or q.get("body") != [url]:
                err(f"{rel}: mailto {a['href']} is not subject={p.h1.strip()!r} body={url!r}")
            if re.search(r"[ \"<>]", a["href"]): err(f"{rel}: mailto not percent-encoded: {a['href']}")
        pr = acts.get("action-print")
        if not pr or pr[1].strip() != "Print this page" or pr[0].get("href") != "#tk-print-help" or "tk-print-help" not in p.ids:
            err(f"{rel}: no Print this page with its in-page help")
        pdf = acts.get("action-pdf")
        if not pdf: err(f"{rel}: no PDF of this page"); continue
        a, text = pdf
        target = os.path.normpath(os.path.join(root, a["href"]))
        if not os.path.isfile(target): err(f"{rel}: PDF link {a['href']} leads nowhere"); continue
        pdfs += 1
        pages = int(re.search(r"Pages:\s+(\d+)", run("pdfinfo", target).stdout).group(1))
        label = f"PDF, {pages} page{'s' if pages != 1 else ''}, {human(os.path.getsize(target))}"
        if f"PDF of this page ({label})" not in " ".join(text.split()): err(f"{rel}: PDF label {text!r}, file is {label}")
        c = run("qpdf", "--check", target)
        if c.returncode != 0: err(f"{rel}: qpdf --check: {c.stdout[-300:]}")
        c = run("/usr/bin/python3", checker, target)
        if c.returncode != 0: err(f"{rel}: check_pdfua: {c.stdout[-400:]}")
        txt = norm(run("pdftotext", "-enc", "UTF-8", "-x", "0", "-y", "55", "-W", "612", "-H", "685", target, "-").stdout)
        whole = norm(run("pdftotext", "-enc", "UTF-8", target, "-").stdout)
        for need in (p.h1, url, "Massachusetts Department" if "toolkit.example.gov" in base else "Fixture Department"):
            if norm(need) not in whole: err(f"{rel}: the PDF lacks {need!r}")
        for tag, t in p.blocks:
            if norm(t) and norm(t) not in txt: err(f"{rel}: the PDF lacks the {tag} {t.strip()[:70]!r}")
        with pikepdf.open(target) as d:
            marks = []
            def walk(o):
                for x in (o.get("/First"),):
                    while x is not None:
                        marks.append(str(x.Title)); walk(x); x = x.get("/Next")
            if "/Outlines" in d.Root: walk(d.Root.Outlines)
            roles = []
            def tags(e):
                k = e.get("/K")
                for c in (list(k) if isinstance(k, pikepdf.Array) else [k] if k is not None else []):
                    if isinstance(c, pikepdf.Dictionary) and "/S" in c: roles.append(str(c.S)); tags(c)
            tags(d.Root.StructTreeRoot)
        heads = [" ".join(t.split()) for tag, t in p.blocks if tag in ("h2", "h3")]
        for h in heads:
            if h not in [" ".join(m.split()) for m in marks]: err(f"{rel}: heading {h!r} is not a bookmark of {a['href']}")
        if heads and "/H2" not in roles: err(f"{rel}: {a['href']} has no H2 tags")
print(f"{pdfs} page PDFs checked")
if errors:
    print("\n".join(errors[:60])); print(f"{len(errors)} problems"); sys.exit(1)
PY
}
check_site "$WORK/shipped" "https://toolkit.example.gov/" || fail "the shipped site (above)"
check_site "$WORK/fixout" "https://example.org/toolkit/" || fail "the fixture (above)"

# Pictures: the PNG (with its alpha as a soft mask) and the JPEG embedded, Figures with /Alt, the GIF as text.
pics="$WORK/fixout/pictures/pictures.pdf"
pdfimages -list "$pics" >"$WORK/images.txt"
grep -Eq ' image +240 +120 ' "$WORK/images.txt" || { cat "$WORK/images.txt"; fail "the PNG is not in the PDF"; }
grep -Eq ' smask +240 +120 ' "$WORK/images.txt" || { cat "$WORK/images.txt"; fail "the PNG's transparency is lost"; }
grep -Eq ' image +400 +200 .* jpeg ' "$WORK/images.txt" || { cat "$WORK/images.txt"; fail "the JPEG is not in the PDF"; }
"$PY" - "$pics" <<'PY' || fail "figures (above)"
import sys, pikepdf
alts = []
def tags(e):
    k = e.get("/K")
    for c in (list(k) if isinstance(k, pikepdf.Array) else [k] if k is not None else []):
        if isinstance(c, pikepdf.Dictionary) and "/S" in c:
            if str(c.S) == "/Figure": alts.append(str(c.Alt))
            tags(c)
with pikepdf.open(sys.argv[1]) as d: tags(d.Root.StructTreeRoot)
want = ["Two partners joined by a circle", "A timeline with ten blue bars"]
if alts != want: print("figures:", alts, "expected", want); sys.exit(1)
PY
pdftotext "$pics" - | grep -q '\[Image: A small grey icon\]' || fail "the GIF's alt text is not in the PDF"
# The spotlight's front-matter image is an SVG: its alt text is not lost either (the page says it in HTML).
cmp -s "$pics" <("$TOOLKITGEN" build --content "$WORK/fix" --theme "$THEME" --out "$WORK/again" -q >/dev/null 2>&1 && cat "$WORK/again/pictures/pictures.pdf") ||
  fail "the page PDF differs between two builds"

# site.yaml page_pdfs: false: no page PDFs, the templates' PDFs stay (and are their pages' PDFs).
cp -r "$WORK/fix" "$WORK/nopdf"
echo "page_pdfs: false" >>"$WORK/nopdf/site.yaml"
"$TOOLKITGEN" build --content "$WORK/nopdf" --theme "$THEME" --out "$WORK/nopdfout" -q || fail "page_pdfs: false did not build"
[ ! -e "$WORK/nopdfout/pictures/pictures.pdf" ] && [ ! -e "$WORK/nopdfout/index.pdf" ] &&
  [ ! -e "$WORK/nopdfout/downloads/downloads.pdf" ] && [ ! -e "$WORK/nopdfout/spotlights/spotlights.pdf" ] ||
  fail "page_pdfs: false still wrote page PDFs"
! grep -q 'action-pdf' "$WORK/nopdfout/pictures/index.html" || fail "page_pdfs: false still links a page PDF"
grep -q 'action-email' "$WORK/nopdfout/pictures/index.html" || fail "page_pdfs: false dropped the other actions"
tool=$(grep -l 'action-pdf' "$WORK/nopdfout"/tools/*/index.html | head -1)
[ -n "$tool" ] || fail "page_pdfs: false took the templates' PDF action away"
echo "page_pdfs: maybe" >>"$WORK/nopdf/site.yaml"
sed -i '/page_pdfs: false/d' "$WORK/nopdf/site.yaml"
out=$("$TOOLKITGEN" build --content "$WORK/nopdf" --theme "$THEME" --out "$WORK/bad" 2>&1) && fail "page_pdfs: maybe was accepted"
grep -q "site.yaml:[0-9]*:.*'page_pdfs' must be true or false" <<<"$out" || fail "page_pdfs: maybe: $out"

# theme.json decides: spotlights get e-mail only; a misspelt kind or action is an error at its line.
cp -r "$THEME" "$WORK/theme"
cat >"$WORK/theme/theme.json" <<'EOF'
{
  "page_actions": {
    "spotlight": ["email"],
    "page": ["email", "print", "pdf"]
  }
}
EOF
"$TOOLKITGEN" build --content "$WORK/fix" --theme "$WORK/theme" --out "$WORK/themed" -q || fail "the theme.json build failed"
s=$(ls "$WORK/themed"/spotlights/*/index.html | head -1)
grep -q 'action-email' "$s" && ! grep -q 'action-print\|action-pdf' "$s" || fail "theme.json: a spotlight has other actions than e-mail"
! grep -q 'page-actions' "$WORK/themed/stages/start/index.html" || fail "theme.json: a stage (not listed) has actions"
grep -q 'action-pdf' "$WORK/themed/pictures/index.html" || fail "theme.json: a page lost its PDF"
cat >"$WORK/theme/theme.json" <<'EOF'
{
  "page_actions": {
    "spotligt": ["email"],
    "page": ["email", "prnt"]
  }
}
EOF
out=$("$TOOLKITGEN" build --content "$WORK/fix" --theme "$WORK/theme" --out "$WORK/bad2" 2>&1) && fail "a bad theme.json was accepted"
grep -q "theme.json:3: error: 'spotligt' is not a page kind (did you mean 'spotlight'?)" <<<"$out" || fail "bad kind: $out"
grep -q "theme.json:4: error: 'prnt' is not a page action (email, print or pdf) (did you mean 'print'?)" <<<"$out" || fail "bad action: $out"
echo '{"page_actions": {"page": ["email",]}}' >"$WORK/theme/theme.json"
out=$("$TOOLKITGEN" build --content "$WORK/fix" --theme "$WORK/theme" --out "$WORK/bad3" 2>&1) && fail "broken JSON was accepted"
grep -q "theme.json:1: error: not valid JSON" <<<"$out" || fail "broken JSON: $out"

# A toolkit titled "Downloads": the whole-toolkit files are not the downloads page's own PDF.
cp -r "$WORK/fix" "$WORK/dltitle"
sed -i 's/^title: .*/title: Downloads/' "$WORK/dltitle/site.yaml"
"$TOOLKITGEN" build --content "$WORK/dltitle" --theme "$THEME" --out "$WORK/dltitleout" -q || fail "title Downloads did not build"
pdftotext "$WORK/dltitleout/downloads/downloads.pdf" - | grep -q "The whole toolkit as one PDF" || fail "downloads/downloads.pdf is not the downloads page"
[ -f "$WORK/dltitleout/downloads/toolkit.pdf" ] || fail "the bundle of a toolkit titled Downloads is not downloads/toolkit.pdf"
echo "ok"
