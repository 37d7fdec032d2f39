#!/usr/bin/env python3
"""Every downloadable template of the shipped site is a real form: >= 5 fields and >= 150 words.

Usage: check_templates.py SITE_DIR CONTENT_DIR."""
import os
import re
import sys
from html.parser import HTMLParser


class Form(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.names, self.words, self.downloads = [], 0, []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and "template-form" in (a.get("class") or ""):
            self.depth = 1
        elif self.depth and tag == "form":
            self.depth += 1
        if self.depth and tag in ("input", "textarea", "select") and a.get("name"):
            # a choice's radio buttons share its one name
            if not (a.get("type") == "radio" and self.names and self.names[-1] == a["name"]):
                self.names.append(a["name"])
        # a template's download links (not "PDF of this page", which every page has)
        if tag == "a" and "download" in a and "page-action" not in (a.get("class") or ""):
            self.downloads.append(a.get("href"))

    def handle_endtag(self, tag):
        if self.depth and tag == "form":
            self.depth -= 1

    def handle_data(self, data):
        if self.depth:
            self.words += len(re.findall(r"[A-Za-z][A-Za-z'’-]*", data))


def main(site, content):
    problems, count = [], 0
    for kind in ("tools", "jobs"):
        for root, _, files in os.walk(os.path.join(site, kind)):
            if "index.html" not in files:
                continue
            f = Form()
            with open(os.path.join(root, "index.html"), encoding="utf-8") as fh:
                f.feed(fh.read())
            if not f.downloads:
                continue
            count += 1
            rel = os.path.relpath(root, site)
            if len(f.names) < 5:
                problems.append(f"{rel}: {len(f.names)} fields, at least 5 needed")
            if len(set(f.names)) != len(f.names):
                problems.append(f"{rel}: repeated field names")
            if f.words < 150:
                problems.append(f"{rel}: {f.words} words of guidance, at least 150 needed")
    if count < 10:
        problems.append(f"only {count} downloadable templates")
    for p in problems:
        print(p)
    print(f"check_templates: {count} templates, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
