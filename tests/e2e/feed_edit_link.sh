#!/usr/bin/env bash
# The Atom feed (/feed.xml, linked from every page's head) and the "Edit this page" link from site.yaml's
# edit_url, read back with a real XML parser and checked against RFC 4287's required elements.
source "$(dirname "$0")/lib.bash"
theme="$TK_SOURCE_DIR/themes/default"
cp -r "$TK_SOURCE_DIR/tests/fixtures/site_minimal" "$WORK/content"
"$TOOLKITGEN" build -q --content "$WORK/content" --theme "$theme" --out "$WORK/plain" || fail "build failed"
# Without edit_url: no edit link anywhere.
! grep -rl 'Edit this page' "$WORK/plain" --include='*.html' | grep -q . || fail "an edit link without edit_url"

echo 'edit_url: https://github.com/agency/toolkit/edit/main/content/{path}' >> "$WORK/content/site.yaml"
"$TOOLKITGEN" build -q --content "$WORK/content" --theme "$theme" --out "$WORK/out" || fail "build with edit_url failed"
python3 - "$WORK/out" "$WORK/content" <<'PY' || fail "feed or edit links wrong"
import os, re, sys, html.parser, xml.etree.ElementTree as ET
out, content = sys.argv[1], sys.argv[2]
A = "{http://www.w3.org/2005/Atom}"
base = "https://example.org/toolkit/"
root = ET.parse(os.path.join(out, "feed.xml")).getroot()
assert root.tag == A + "feed", root.tag
rfc3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$")
def one(el, name):
    found = el.findall(A + name)
    assert len(found) == 1, f"{name}: {len(found)} in {el.tag}"
    return found[0]
assert one(root, "title").text == "Fixture Toolkit"
assert one(root, "id").text == base
assert rfc3339.match(one(root, "updated").text)
assert one(one(root, "author"), "name").text == "Fixture Department of Education"
selfs = [l for l in root.findall(A + "link") if l.get("rel") == "self"]
assert selfs and selfs[0].get("href") == base + "feed.xml"
entries = root.findall(A + "entry")
# Every tool, job, spotlight and free page, once; no stage, focus area or home page.
expect = set()
for folder, prefix in (("tools", "tools/"), ("jobs", "jobs/"), ("spotlights", "spotlights/"), ("pages", "")):
    for f in os.listdir(os.path.join(content, folder)):
        text = open(os.path.join(content, folder, f), encoding="utf-8").read()
        if "\ndraft: true" in text: continue
        m = re.search(r"^slug: *(\S+)", text, re.M)
        slug = m.group(1) if m else re.sub(r"^\d+-", "", f[:-3])
        expect.add(base + prefix + slug + "/")
ids = [one(e, "id").text for e in entries]
assert sorted(ids) == sorted(expect), (sorted(ids), sorted(expect))
dates = []
for e in entries:
    assert one(e, "title").text
    up = one(e, "updated").text
    assert rfc3339.match(up), up
    dates.append(up)
    alt = [l for l in e.findall(A + "link") if l.get("rel") == "alternate"]
    assert len(alt) == 1 and alt[0].get("href") == one(e, "id").text
    assert os.path.isfile(os.path.join(out, alt[0].get("href")[len(base):], "index.html")), alt[0].get("href")
assert dates == sorted(dates, reverse=True), "entries are not newest first"

class Links(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(); self.feeds = []; self.edit = []; self._a = None
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "link" and a.get("type") == "application/atom+xml": self.feeds.append(a.get("href"))
        if tag == "a": self._a = a.get("href")
    def handle_data(self, d):
        if self._a is not None and d.strip() == "Edit this page": self.edit.append(self._a)
    def handle_endtag(self, tag):
        if tag == "a": self._a = None
sources = {}
for dirpath, _, files in os.walk(content):
    for f in files:
        if f.endswith(".md"):
            rel = os.path.relpath(os.path.join(dirpath, f), content)
            sources[rel] = open(os.path.join(dirpath, f), encoding="utf-8").read()
edits = 0
for dirpath, _, files in os.walk(out):
    for f in files:
        if not f.endswith(".html"): continue
        path = os.path.join(dirpath, f)
        p = Links(); p.feed(open(path, encoding="utf-8").read())
        rel = os.path.relpath(path, out)
        assert len(p.feeds) == 1, f"{rel}: {len(p.feed)} feed links"
        target = os.path.normpath(os.path.join(os.path.dirname(path), p.feeds[0])) if not p.feeds[0].startswith("http") else None
        assert target is None or target == os.path.join(out, "feed.xml"), (rel, p.feeds[0])
        generated = rel in ("search/index.html", "downloads/index.html", "spotlights/index.html", "404.html")
        if generated:
            assert not p.edit, f"{rel}: an edit link on a page made from no file"
            continue
        assert len(p.edit) == 1, f"{rel}: {len(p.edit)} edit links"
        prefix = "https://github.com/agency/toolkit/edit/main/content/"
        assert p.edit[0].startswith(prefix), p.edit[0]
        src = p.edit[0][len(prefix):]
        assert src in sources, f"{rel}: edit link to {src}, no such content file"
        edits += 1
assert edits >= 10, edits
print("feed entries:", len(entries), "edit links:", edits)
PY
# A pattern without {path}, or not http(s), is an error at its line.
sed -i 's|^edit_url:.*|edit_url: https://github.com/agency/toolkit/edit/main/|' "$WORK/content/site.yaml"
if "$TOOLKITGEN" build -q --content "$WORK/content" --theme "$theme" --out "$WORK/bad" 2>"$WORK/err"; then fail "edit_url without {path} accepted"; fi
grep -q "site.yaml:[0-9]*:[0-9]*: error: 'edit_url' needs '{path}'" "$WORK/err" || { cat "$WORK/err"; fail "no error at edit_url's line"; }
echo "feed + edit link: ok"
