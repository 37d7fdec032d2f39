#!/usr/bin/env python3
"""Checks a built site as a publisher would: links, anchors, ids, headings, labels, outside requests.

Usage: check_site.py SITE_DIR. Prints every problem and exits 1 if there is any."""
import os
import re
import sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from urllib.parse import urlsplit, unquote

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids, self.dup_ids, self.links, self.headings = set(), set(), [], []
        self.lang = None
        self.meta_desc = self.canonical = None
        self.title = ""
        self.in_title = False
        self.controls, self.label_for = [], set()
        self.label_depth = 0
        self.outside = []
        self.h1 = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            (self.dup_ids if a["id"] in self.ids else self.ids).add(a["id"])
        if tag == "html":
            self.lang = a.get("lang")
        elif tag == "title":
            self.in_title = True
        elif tag == "meta" and a.get("name") == "description":
            self.meta_desc = a.get("content")
        elif tag == "link" and a.get("rel") == "canonical":
            self.canonical = a.get("href")
        elif tag == "link" and a.get("href"):
            self.links.append(("link", a["href"]))
        elif tag == "a" and "href" in a:
            self.links.append(("a", a["href"]))
        elif tag in ("img", "script", "iframe", "source") and a.get("src"):
            self.links.append((tag, a["src"]))
        elif tag == "form" and a.get("action"):
            self.links.append(("form", a["action"]))
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))
            self.h1 += tag == "h1"
        if tag == "label":
            self.label_depth += 1
            if a.get("for"):
                self.label_for.add(a["for"])
        if tag in ("input", "textarea", "select") and a.get("type") not in ("hidden", "submit", "reset", "button"):
            self.controls.append((tag, a, self.label_depth > 0))
        for key in ("src", "href", "action"):
            v = a.get(key, "")
            if tag != "a" and not (tag == "link" and a.get("rel") == "canonical") and re.match(r"(?i)(https?:)?//", v):
                self.outside.append(f"<{tag} {key}={v}>")

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        if tag == "label":
            self.label_depth -= 1

    def handle_data(self, data):
        if self.in_title:
            self.title += data


def main(site):
    problems = []
    pages = {}
    base = None
    sitemap = os.path.join(site, "sitemap.xml")
    if os.path.exists(sitemap):
        ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
        locs = [e.text for e in ET.parse(sitemap).getroot().findall("s:url/s:loc", ns)]
        if locs:
            base = locs[0] if locs[0].endswith("/") else locs[0].rsplit("/", 1)[0] + "/"
            base = min(locs, key=len)
        for loc in locs:
            rel = loc[len(base):]
            path = os.path.join(site, rel, "index.html") if rel == "" or rel.endswith("/") else os.path.join(site, rel)
            if not os.path.exists(path):
                problems.append(f"sitemap.xml: {loc} has no file")
    else:
        problems.append("no sitemap.xml")
    if not os.path.exists(os.path.join(site, "robots.txt")):
        problems.append("no robots.txt")

    for root, _, files in os.walk(site):
        for f in files:
            if f.endswith(".html"):
                p = os.path.join(root, f)
                parser = Page()
                with open(p, encoding="utf-8") as fh:
                    parser.feed(fh.read())
                pages[os.path.relpath(p, site)] = parser

    for rel, pg in sorted(pages.items()):
        where = rel
        if not pg.lang:
            problems.append(f"{where}: no lang")
        if not pg.title.strip():
            problems.append(f"{where}: empty <title>")
        if not pg.meta_desc:
            problems.append(f"{where}: no meta description")
        if not pg.canonical or not re.match(r"https?://", pg.canonical):
            problems.append(f"{where}: no absolute canonical link")
        if "tk-main" not in pg.ids:
            problems.append(f"{where}: no main landmark target for the skip link")
        if pg.h1 != 1:
            problems.append(f"{where}: {pg.h1} h1 elements")
        for i in range(1, len(pg.headings)):
            if pg.headings[i] > pg.headings[i - 1] + 1:
                problems.append(f"{where}: heading h{pg.headings[i]} follows h{pg.headings[i-1]}")
                break
        for d in sorted(pg.dup_ids):
            problems.append(f"{where}: duplicate id '{d}'")
        for tag, a, wrapped in pg.controls:
            if not (wrapped or a.get("aria-label") or a.get("aria-labelledby") or a.get("id") in pg.label_for):
                problems.append(f"{where}: <{tag} name={a.get('name')}> has no label")
        for o in pg.outside:
            if base and ("=" + base) in o:
                continue  # absolute links to the site itself (the 404 page is served at any depth)
            problems.append(f"{where}: request leaves the site: {o}")
        for tag, url in pg.links:
            if base and url.startswith(base):
                url = "/" + url[len(base):]
                target_base = site
            parts = urlsplit(url)
            if parts.scheme in ("http", "https", "mailto", "tel") or url.startswith("//"):
                continue
            if parts.scheme:
                problems.append(f"{where}: link with scheme '{parts.scheme}:' ({url})")
                continue
            if url.startswith("/"):
                target = os.path.normpath(os.path.join(site, unquote(parts.path).lstrip("/")))
            elif parts.path == "":
                target = os.path.join(site, rel)
            else:
                target = os.path.normpath(os.path.join(site, os.path.dirname(rel), unquote(parts.path)))
            if os.path.isdir(target):
                target = os.path.join(target, "index.html")
            if not target.startswith(os.path.abspath(site) if os.path.isabs(site) else os.path.normpath(site)):
                problems.append(f"{where}: link leaves the site: {url}")
                continue
            if not os.path.exists(target):
                problems.append(f"{where}: broken link {url}")
                continue
            if parts.fragment and target.endswith(".html"):
                tp = pages.get(os.path.relpath(target, site))
                if tp is not None and parts.fragment not in tp.ids:
                    problems.append(f"{where}: broken anchor {url}")
    for p in problems:
        print(p)
    print(f"check_site: {len(pages)} pages, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
