#!/usr/bin/env python3
"""Every number and every capitalised name in the spotlights, the focus areas and the home page is sourced.

A token is sourced when it occurs in the content fact brief (shared/content-facts.md) or in the
allow-list (tests/fact_allowlist.txt, one entry a line: `term | why it may appear`).

- Numbers: every run of digits ("$9,600" -> "9,600", "2016-17" -> "2016" and "17") must occur in the
  facts as a number of its own.
- Names: a run of capitalised words, joined by "of", "for", "in", "the", "de" or "&" ("Center for
  Analysis of Longitudinal Data in Education Research"), is split at "and", "or", commas and other
  punctuation; each part must occur in the facts (whole, case-insensitive; a plural "s" may differ).
  A part that opens a sentence, a heading, a list item or a table cell may instead drop its first word
  when that word is also written in lower case somewhere in the checked content (a common word:
  "Students", "Why", "Both").

Usage: check_facts.py CONTENT_DIR FACTS_FILE ALLOWLIST_FILE
Prints every unsourced token as `file:line: ...` and exits 1 when there is one."""
import glob
import os
import re
import sys

# Front-matter keys whose values are not prose (order, dates, addresses, pictures).
SKIP_KEYS = re.compile(r"^\s*(weight|number|updated|slug|link|image|draft|focus_areas|stages|audience|"
                       r"formats|type)\s*:")
JOINERS = {"of", "for", "in", "the", "de", "&", "on"}
SPLITTERS = {"and", "or", "with", "to", "at", "by", "from", "vs"}
WORD = r"[A-Za-z][A-Za-z0-9'’\-]*"


def normalise(text):
    text = text.replace("\u2013", "-").replace("\u2014", "-").replace("\u2011", "-")
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    text = re.sub(r"[*_`]+", "", text)
    return re.sub(r"\s+", " ", text).lower()


class Facts:
    def __init__(self, facts_text, allow):
        self.text = normalise(facts_text)
        self.allow = {normalise(a).strip() for a in allow}
        self.numbers = set(re.findall(r"\d+(?:,\d{3})*(?:\.\d+)?", self.text))
        self.numbers |= {n for n in self.allow if re.fullmatch(r"[\d,.]+", n)}

    def has_name(self, name):
        n = normalise(name).strip(" .'-")
        if not n:
            return True
        candidates = {n}
        for suffix in ("'s", "s'", "s", "es"):
            if n.endswith(suffix):
                candidates.add(n[: -len(suffix)])
        for c in candidates:
            if c in self.allow:
                return True
            if re.search(r"(?<![a-z0-9])" + re.escape(c) + r"(?![a-z0-9])", self.text):
                return True
        return False


def prose_lines(path):
    """(line number, text) for the prose of a content file: front-matter values and the body,
    without link targets, URLs, code spans and the keys of front-matter lines."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    in_front = lines and lines[0].strip() == "---"
    fence = False
    for i, line in enumerate(lines, 1):
        if i == 1 and in_front:
            continue
        if in_front:
            if line.strip() == "---":
                in_front = False
                continue
            if SKIP_KEYS.match(line):
                continue
            line = re.sub(r"^\s*-?\s*[a-z_]+\s*:\s*(>-|\|)?", "", line)
        elif line.startswith("```"):
            fence = not fence
            if fence:
                continue
        if fence and re.match(r"\s*(name|type|lines)\s*:", line):
            continue
        line = re.sub(r"\]\([^)]*\)", "]", line)            # link targets
        line = re.sub(r"https?://\S+|mailto:\S+|\S+@\S+", " ", line)
        line = re.sub(r"`[^`]*`", " ", line)
        yield i, line


SENTENCE_START = re.compile(r"(^\s*|[.!?:;|(\"“]\s*|^\s*(#+|[-*+]|\d+\.|>)\s+(\[[ xX]\]\s+)?)$")


def names_in(line):
    """(name part, opens a sentence) for every capitalised run in a line."""
    tokens = list(re.finditer(WORD + r"|&|[^\sA-Za-z]", line))
    i = 0
    while i < len(tokens):
        t = tokens[i].group(0)
        if not t[0].isupper():
            i += 1
            continue
        start = i
        words = [t]
        j = i + 1
        while j < len(tokens):
            w = tokens[j].group(0)
            if w[0].isupper() or (w[0].isdigit() and words[-1][0].isupper() and False):
                words.append(w)
                j += 1
            elif w.lower() in JOINERS and j + 1 < len(tokens) and tokens[j + 1].group(0)[0].isupper():
                words.append(w)
                j += 1
            else:
                break
        while words and words[-1].lower() in JOINERS:
            words.pop()
        before = re.sub(r"[*_]", "", line[: tokens[start].start()])
        yield " ".join(words).rstrip(".'’"), bool(SENTENCE_START.search(before))
        i = j


def split_parts(name):
    parts, cur = [], []
    for w in name.split(" "):
        if re.search(r"['’]s$", w):
            cur.append(w)       # a possessive ends a name: "NCTQ's Clinical Practice Action Guide"
            parts.append(" ".join(cur))
            cur = []
        elif w.lower() in SPLITTERS:
            if cur:
                parts.append(" ".join(cur))
            cur = []
        else:
            cur.append(w)
    if cur:
        parts.append(" ".join(cur))
    return parts


def main(content, facts_file, allow_file):
    with open(facts_file, encoding="utf-8") as f:
        facts_text = f.read()
    allow = []
    with open(allow_file, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            if "|" not in line or not line.split("|", 1)[1].strip():
                print(f"{allow_file}:{n}: an allow-list entry needs a reason after '|'")
                return 1
            allow.append(line.split("|", 1)[0].strip())
    facts = Facts(facts_text, allow)

    files = sorted(glob.glob(os.path.join(content, "spotlights", "*.md")))
    files += sorted(glob.glob(os.path.join(content, "focus-areas", "*.md")))
    files.append(os.path.join(content, "index.md"))
    texts = {p: list(prose_lines(p)) for p in files}
    lower_words = set(re.findall(r"(?<![A-Za-z])[a-z][a-z'’-]*", facts_text))
    for path in glob.glob(os.path.join(content, "**", "*.md"), recursive=True):
        for _, line in prose_lines(path):
            lower_words |= set(re.findall(r"(?<![A-Za-z])[a-z][a-z'’-]*", line))

    problems = []
    for path, lines in texts.items():
        rel = os.path.relpath(path, os.path.dirname(os.path.abspath(content)))
        for n, line in lines:
            for num in re.findall(r"(?<![A-Za-z])\d+(?:,\d{3})*(?:\.\d+)?", line):
                if num not in facts.numbers:
                    problems.append(f"{rel}:{n}: number '{num}' is not in the facts")
            for name, opens in names_in(line):
                for part in split_parts(name):
                    if facts.has_name(part):
                        continue
                    first, _, rest = part.partition(" ")
                    common = opens and (first.lower() in lower_words or normalise(first) in facts.allow)
                    if common and (not rest or facts.has_name(rest)):
                        continue
                    if common:
                        part = re.sub(r"^((of|for|in|the|de|&|on) )+", "", rest)
                        if facts.has_name(part):
                            continue
                    problems.append(f"{rel}:{n}: name '{part}' is not in the facts")
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} unsourced numbers or names (add them to the facts, rewrite them, "
              f"or allow-list a fictional example or a term of the field in {allow_file})")
        return 1
    print(f"{len(files)} files: every number and capitalised name is in the facts or the allow-list")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    sys.exit(main(*sys.argv[1:]))
