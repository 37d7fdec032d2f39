#!/usr/bin/env python3
"""Deterministic benchmark corpus: N pages in toolkitgen's content format, optionally mirrored as a Hugo site.

Usage:
  bench/gen_corpus.py --pages N --out DIR [--seed S] [--templates-share F] [--formats both|pdf|docx|none]
                      [--hugo DIR]

DIR gets site.yaml, index.md, stages/ (3), focus-areas/ (6), and the other N - 10 pages spread over
tools/ (55%), jobs/ (15%), spotlights/ (20%) and pages/ (10%). A share F of all N pages (default 0.2) are
fill-in templates (tools and jobs whose bodies hold blanks, task lists, tables with empty cells and
```field blocks); every other tool and job has `formats: []`. --formats sets the templates' downloads
(default both; `none` writes `formats: []`: the same Markdown, website path only; `pdf`/`docx` time one
writer). The Markdown bodies do not depend on --formats. Prose has headings, lists, tables and
links; every link points at a page that exists, and `#anchors` only at headings that exist.

--hugo DIR writes the SAME Markdown bodies as a Hugo site: DIR/content/ (front matter reduced to what Hugo
knows, the rest kept as params) plus the skeleton in bench/hugo/ (config and layouts), so `hugo -s DIR` builds.
The output depends only on the arguments: same arguments, same bytes.
"""
import argparse
import itertools
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

STAGES = [("initiation", "Initiation"), ("implementation", "Implementation"),
          ("continuous-improvement", "Continuous Improvement")]
FOCUS = [("strong-partnerships", "Strong Partnerships"), ("mentor-matches", "Mentor Matches"),
         ("mentor-training", "Mentor Training"), ("placement-sites", "Placement Sites"),
         ("skill-development", "Skill Development"), ("data-and-outcomes", "Data and Outcomes")]
RESERVED = {"stages", "tools", "jobs", "spotlights", "focus-areas", "downloads", "search", "assets", "css", "js",
            "fonts", "img", "404", "sitemap"}

NOUNS = """partnership district program candidate mentor teacher school principal classroom placement cohort
committee goal plan data report survey interview observation rubric feedback meeting schedule timeline budget
stipend residency pipeline vacancy hiring retention license practicum seminar workshop training coaching lesson
unit curriculum standard assessment evaluation evidence outcome student family community leader supervisor
coordinator faculty university agreement compact roadmap protocol template checklist calendar semester year
region state agency office network grant fund policy guideline framework practice strategy priority need
strength challenge barrier support resource tool site partner role responsibility expectation vision mission
progress result measure target indicator trend gap analysis review cycle conference reflection portfolio
artifact video log journal notes minutes agenda roster list contact email phone address building grade subject
science mathematics literacy history language arts music health counseling special education bilingual
paraprofessional substitute induction onboarding recruitment selection matching orientation handbook""".split()
VERBS = """builds reviews shares collects tracks plans supports guides improves measures compares describes
explains records schedules invites trains matches selects places observes coaches assesses reports updates
funds hosts prepares connects aligns strengthens documents summarizes publishes revises approves""".split()
ADJS = """shared clear strong weekly monthly yearly early regular formal informal local regional statewide
effective practical simple detailed brief careful consistent reliable timely useful honest open public
new experienced diverse rural urban suburban high-need hard-to-staff paid unpaid joint written""".split()
ADVS = """carefully regularly together quickly openly early often clearly jointly closely""".split()
CONNECT = ["Because of this,", "In practice,", "For example,", "Over time,", "As a result,", "In many places,",
           "At the same time,", "Where possible,", "Before each meeting,", "After the first year,"]
PLACES = ["Springfield", "Riverside", "Fairview", "Madison", "Georgetown", "Franklin", "Clinton", "Salem",
          "Greenville", "Bristol", "Oakland", "Ashland", "Dover", "Milton", "Newport", "Hudson", "Marion",
          "Lakewood", "Kingston", "Burlington"]
STATES = ["MA", "TX", "IL", "MI", "NC", "OH", "WA", "CO", "GA", "NY", "PA", "CA"]
SYLL = ["al", "ber", "cor", "dan", "el", "fen", "gar", "hol", "is", "jen", "kel", "lor", "mar", "nor", "or",
        "pel", "quin", "ros", "sal", "tor", "ul", "ven", "wes", "yar", "zel"]


class Gen:
  """Random prose and structure from one seeded generator."""

  def __init__(self, seed):
    self.r = random.Random(seed)
    # A Zipf-like vocabulary: common domain words plus rarer pseudo-names, so the search index grows like real text.
    rare = sorted({"".join(self.r.choice(SYLL) for _ in range(self.r.randint(2, 4))) for _ in range(4000)})
    self.vocab = NOUNS + rare
    self.cum = list(itertools.accumulate(1.0 / (i + 1) ** 0.9 for i in range(len(self.vocab))))

  def pick(self, seq):
    return self.r.choice(seq)

  def noun(self):
    return self.r.choices(self.vocab, cum_weights=self.cum)[0] if self.r.random() < 0.35 else self.pick(NOUNS)

  def sentence(self, links=()):
    r = self.r
    parts = []
    if r.random() < 0.25:
      parts.append(self.pick(CONNECT))
    subj = "the " + (self.pick(ADJS) + " " if r.random() < 0.4 else "") + self.noun()
    adj = self.pick(ADJS)
    art = "the" if r.random() < 0.5 else "an" if adj[0] in "aeiou" else "a"
    parts += [subj, self.pick(VERBS), art, adj, self.noun()]
    if r.random() < 0.5:
      parts += ["with the", self.noun(), "and", self.noun()]
    if r.random() < 0.3:
      parts += [self.pick(ADVS)]
    if links and r.random() < 0.5:
      parts += ["(see", links[r.randrange(len(links))] + ")"]
    if r.random() < 0.15:
      parts += ["in", str(r.randint(2015, 2026))]
    s = " ".join(parts)
    s = s[0].upper() + s[1:]
    return s + "."

  def paragraph(self, links, lo=3, hi=7):
    return " ".join(self.sentence(links) for _ in range(self.r.randint(lo, hi)))

  def title(self, words=(2, 4)):
    n = self.r.randint(*words)
    ws = [self.noun() if i % 2 else self.pick(ADJS + NOUNS) for i in range(n)]
    return " ".join(w.capitalize() for w in ws)

  def heading(self, used):
    for _ in range(100):
      h = " ".join([self.pick(VERBS).capitalize(), "the", self.pick(ADJS), self.noun()])
      if h.lower() not in used:
        used.add(h.lower())
        return h
    raise RuntimeError("no fresh heading")


def heading_id(h):
  return "".join(c if c.isalnum() or c in "-_" else "-" if c == " " else "" for c in h.lower())


def slugify(s):
  out, pending = "", False
  for c in s.lower():
    if c.isascii() and c.isalnum():
      out += ("-" if pending and out else "") + c
      pending = False
    else:
      pending = True
  return out


class Page:
  def __init__(self, kind, slug, title, fm, url):
    self.kind, self.slug, self.title, self.fm, self.url = kind, slug, title, fm, url
    self.headings = []
    self.template = False
    self.body = ""
    self.file = ""


def plan(g, n, share, formats):
  """Every page's kind, slug, title, front matter and headings, before any body is written."""
  pages = []
  for i, (slug, title) in enumerate(STAGES):
    fm = {"title": title, "summary": g.sentence(), "weight": i + 1, "updated": "2026-11-02",
          "activities": [g.sentence() for _ in range(4)]}
    pages.append(Page("stages", slug, title, fm, "/stages/%s/" % slug))
  for i, (slug, title) in enumerate(FOCUS):
    fm = {"title": title, "number": i + 1, "weight": i + 1, "summary": g.sentence(),
          "field_says": g.paragraph((), 2, 3), "faq": None}
    pages.append(Page("focus-areas", slug, title, fm, "/focus-areas/%s/" % slug))
  rest = max(0, n - 10)
  counts = {"tools": int(rest * 0.55), "jobs": int(rest * 0.15), "spotlights": int(rest * 0.20)}
  counts["pages"] = rest - sum(counts.values())
  n_templates = min(int(round(n * share)), counts["tools"] + counts["jobs"])
  tj = [(k, i) for k in ("tools", "jobs") for i in range(counts[k])]
  templates = {tj[j] for j in g.r.sample(range(len(tj)), n_templates)}
  taken = set()
  order = [(k, i) for k in ("tools", "jobs", "spotlights", "pages") for i in range(counts[k])]
  for idx, (kind, i) in enumerate(order):
    title = g.title()
    if kind == "jobs":
      title += " " + g.pick(["Position Description", "Job Description", "Selection Criteria", "Role Profile"])
    if kind == "spotlights":
      title = g.pick(PLACES) + " " + g.pick(["Public Schools", "School District", "Unified", "Partnership"])
    slug = slugify(title)
    k = 2
    base = slug
    while (kind, slug) in taken or (kind == "pages" and slug in RESERVED):
      slug = "%s-%d" % (base, k)
      k += 1
    if k > 2:
      title += " %d" % (k - 1)
    taken.add((kind, slug))
    fm = {"title": title, "summary": g.sentence(), "weight": (i + 1) * 10, "updated": "2026-%02d-%02d" % (
        g.r.randint(1, 12), g.r.randint(1, 28))}
    fas = sorted(g.r.sample([f[0] for f in FOCUS], g.r.randint(1, 3)))
    url = "/%s/" % slug if kind == "pages" else "/%s/%s/" % (kind, slug)
    p = Page(kind, slug, title, fm, url)
    if kind in ("tools", "jobs"):
      fm["stages"] = sorted(g.r.sample([s[0] for s in STAGES], g.r.randint(1, 2)))
      fm["audience"] = sorted(g.r.sample(["district", "program", "state"], g.r.randint(1, 2)))
      fm["focus_areas"] = fas
      p.template = (kind, i) in templates
      if not p.template or formats == "none":
        fm["formats"] = []
      elif formats != "both":
        fm["formats"] = [formats]
    elif kind == "spotlights":
      fm["partners"] = [{"name": title, "type": "district"},
                        {"name": g.pick(PLACES) + " " + g.pick(["State University", "College", "Teacher Residency"]),
                         "type": "program"}]
      fm["location"] = "%s, %s" % (g.pick(PLACES), g.pick(STATES))
      fm["focus_areas"] = fas
      fm["link"] = "https://example.org/case-study/%s" % slug
    pages.append(p)
  for p in pages:
    used = set()
    p.headings = [g.heading(used) for _ in range(g.r.randint(3, 6))]
  return pages


def link_targets(g, pages, me, k):
  """k Markdown links to other pages, some with an anchor to one of their headings."""
  out = []
  for _ in range(k):
    q = pages[g.r.randrange(len(pages))]
    if q is me:
      continue
    url = q.url
    text = q.title
    if q.headings and g.r.random() < 0.3:
      h = g.pick(q.headings)
      url += "#" + heading_id(h)
      text = h.lower()
    out.append("[%s](%s)" % (text, url))
  return out


def table(g, links, rows=None, empty=False):
  cols = g.r.randint(3, 5)
  head = [g.noun().capitalize() for _ in range(cols)]
  lines = ["| " + " | ".join(head) + " |", "|" + "---|" * cols]
  for i in range(rows or g.r.randint(3, 6)):
    cells = ["%s %d" % (head[0], i + 1)]
    for _ in range(cols - 1):
      if empty:
        cells.append("")
      else:
        cells.append(" ".join(g.noun() for _ in range(g.r.randint(1, 4))))
    if links and not empty and g.r.random() < 0.2:
      cells[-1] = g.pick(links)
    lines.append("| " + " | ".join(cells) + " |")
  return "\n".join(lines)


def fill_section(g, n):
  """Blanks, a task list, a table with empty cells or field blocks: the parts of a fill-in template."""
  r = g.r
  out = []
  kind = n % 4
  if kind == 0:
    for _ in range(r.randint(3, 6)):
      out.append("%s %s: %s" % (g.pick(ADJS).capitalize(), g.noun(), "_" * r.choice([8, 20, 30])))
    return "\n\n".join(out)
  if kind == 1:
    return "\n".join("- [ ] %s %s %s" % (g.pick(VERBS).capitalize(), g.pick(ADJS), g.noun())
                     for _ in range(r.randint(3, 7)))
  if kind == 2:
    return table(g, (), rows=r.randint(3, 6), empty=True)
  blocks = []
  for _ in range(r.randint(1, 3)):
    ftype = r.choice(["multiline", "multiline", "date", "text", "signature"])
    b = "```field\nlabel: %s %s\ntype: %s\n" % (g.pick(ADJS).capitalize(), g.noun(), ftype)
    if ftype == "multiline":
      b += "lines: %d\n" % r.randint(2, 6)
    if r.random() < 0.5:
      b += "help: %s\n" % g.sentence().rstrip(".")
    blocks.append(b + "```")
  return "\n\n".join(blocks)


def body(g, pages, p):
  links = link_targets(g, pages, p, g.r.randint(4, 12))
  parts = []
  for i, h in enumerate(p.headings):
    parts.append("## " + h)
    parts.append(g.paragraph(links))
    x = g.r.random()
    if p.template and i > 0:
      parts.append(fill_section(g, i - 1))
    elif x < 0.3:
      parts.append("\n".join("- " + g.sentence(links) for _ in range(g.r.randint(3, 6))))
    elif x < 0.45:
      parts.append("\n".join("%d. %s" % (j + 1, g.sentence(links)) for j in range(g.r.randint(3, 5))))
    elif x < 0.6:
      parts.append(table(g, links))
    elif x < 0.7:
      parts.append("### %s details\n\n%s" % (h, g.paragraph(links, 2, 4)))
    if g.r.random() < 0.5:
      parts.append(g.paragraph(links, 2, 5))
  return "\n\n".join(parts) + "\n"


def yaml_scalar(v):
  if isinstance(v, bool):
    return "true" if v else "false"
  if isinstance(v, int):
    return str(v)
  return '"' + str(v).replace("\\", "\\\\").replace('"', '\\"') + '"'


def yaml_dump(fm):
  out = []
  for k, v in fm.items():
    if v is None:
      continue
    if isinstance(v, list) and v and isinstance(v[0], dict):
      out.append(k + ":")
      for item in v:
        first = True
        for ik, iv in item.items():
          if isinstance(iv, str) and "\n" in iv:
            val = ">-\n" + "\n".join("      " + ln for ln in iv.split("\n"))
          else:
            val = yaml_scalar(iv)
          out.append(("  - " if first else "    ") + ik + ": " + val)
          first = False
    elif isinstance(v, list):
      out.append(k + ": [" + ", ".join(yaml_scalar(x) if not isinstance(x, str) or " " in x or ":" in x
                                       else x for x in v) + "]")
    else:
      out.append(k + ": " + yaml_scalar(v))
  return "---\n" + "\n".join(out) + "\n---\n\n"


def hugo_fm(p):
  """Hugo front matter: title, weight, draft, date/lastmod; every other key stays as a page param."""
  fm = {"title": p.fm["title"], "weight": p.fm.get("weight", 0), "draft": False}
  if "updated" in p.fm:
    fm["lastmod"] = p.fm["updated"]
  for k, v in p.fm.items():
    if k not in ("title", "weight", "updated"):
      fm[k] = v
  return fm


def write(path, text):
  os.makedirs(os.path.dirname(path), exist_ok=True)
  with open(path, "w", encoding="utf-8", newline="\n") as f:
    f.write(text)


def main():
  ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
  ap.add_argument("--pages", type=int, required=True, help="total Markdown pages (>= 10)")
  ap.add_argument("--out", required=True, help="content folder to write (replaced)")
  ap.add_argument("--seed", type=int, default=1)
  ap.add_argument("--templates-share", type=float, default=0.2, help="share of pages that are fill-in templates")
  ap.add_argument("--formats", choices=["both", "pdf", "docx", "none"], default="both",
                  help="downloads of the templates (none: formats: [], the website path only)")
  ap.add_argument("--hugo", help="also write the same Markdown as a Hugo site here (replaced)")
  a = ap.parse_args()
  if a.pages < 10:
    sys.exit("gen_corpus: --pages must be at least 10 (home, 3 stages, 6 focus areas)")
  g = Gen(a.seed)
  pages = plan(g, a.pages, max(0.0, min(1.0, a.templates_share)), a.formats)
  for p in pages:
    p.body = body(g, pages, p)
  for p in pages:
    if p.kind == "focus-areas":
      p.fm["faq"] = [{"q": "But what about the %s?" % g.noun(), "a": g.paragraph(link_targets(g, pages, p, 2), 2, 3)}
                     for _ in range(g.r.randint(2, 3))]
  home_links = "\n".join("- [%s](%s)" % (p.title, p.url) for p in pages[:9])
  home_body = "## About this toolkit\n\n%s\n\n## Where to start\n\n%s\n\n%s\n" % (
      g.paragraph(()), home_links, g.paragraph(()))
  home_fm = {"title": "Benchmark Partnership Toolkit", "summary": g.sentence(), "updated": "2026-11-02"}

  for d in [a.out] + ([a.hugo] if a.hugo else []):
    if os.path.isdir(d):
      shutil.rmtree(d)
  site_yaml = """title: Benchmark Partnership Toolkit
publisher: Department of Benchmarks
base_url: https://toolkit.example.gov/
language: en-US
description: A generated corpus for timing the build.
contact: bench@example.gov
nav:
  - title: Toolkit
    url: /
  - title: Focus areas
    url: /focus-areas/strong-partnerships/
  - title: Spotlights
    url: /spotlights/
  - title: Search
    url: /search/
footer: |
  **Department of Benchmarks** · [bench@example.gov](mailto:bench@example.gov)
"""
  write(os.path.join(a.out, "site.yaml"), site_yaml)
  write(os.path.join(a.out, "index.md"), yaml_dump(home_fm) + home_body)
  for p in pages:
    write(os.path.join(a.out, p.kind, p.slug + ".md"), yaml_dump(p.fm) + p.body)

  if a.hugo:
    skel = os.path.join(HERE, "hugo")
    for item in os.listdir(skel):
      src = os.path.join(skel, item)
      if item == "content":
        continue
      if os.path.isdir(src):
        shutil.copytree(src, os.path.join(a.hugo, item))
      else:
        os.makedirs(a.hugo, exist_ok=True)
        shutil.copy(src, os.path.join(a.hugo, item))
    c = os.path.join(a.hugo, "content")
    write(os.path.join(c, "_index.md"), yaml_dump(home_fm) + home_body)
    for p in pages:
      rel = (p.slug + ".md") if p.kind == "pages" else os.path.join(p.kind, p.slug + ".md")
      write(os.path.join(c, rel), yaml_dump(hugo_fm(p)) + p.body)
  n_t = sum(1 for p in pages if p.template)
  print("gen_corpus: %d pages (%d fill-in templates) in %s%s" % (len(pages) + 1, n_t, a.out,
                                                                 " and " + a.hugo if a.hugo else ""))


if __name__ == "__main__":
  main()
