#!/usr/bin/env bash
# The whole toolkit as one download: the .zip holds every template's PDF and .docx in one folder per
# stage plus README.txt, and every size and page count on /downloads/ is the one of the file written.
source "$(dirname "$0")/lib.bash"
need_tool unzip python3 pdfinfo
build_shipped "$WORK/site"
stem="$WORK/site/downloads/student-teaching-partnership-toolkit"
for ext in pdf docx zip; do [ -s "$stem.$ext" ] || fail "missing bundle $stem.$ext"; done

# The zip: README.txt, stage folders, each template once, every file a real PDF or .docx.
unzip -Z1 "$stem.zip" > "$WORK/zip.txt"
grep -qx 'README.txt' "$WORK/zip.txt" || fail "zip has no README.txt"
for d in 01-initiation 02-implementation 03-continuous-improvement; do
  grep -q "^$d/" "$WORK/zip.txt" || fail "zip has no folder $d/"
done
# The templates: the downloads of pages with a downloads box (a web page's own PDF is not a template).
expected=$(cd "$WORK/site" && for d in $(grep -l 'id="tk-downloads"' tools/*/index.html jobs/*/index.html | xargs -n1 dirname); do
  find "$d" -maxdepth 1 -name '*.pdf' -o -maxdepth 1 -name '*.docx'; done | sed 's#.*/##' | sort)
actual=$(grep -v README.txt "$WORK/zip.txt" | sed 's#.*/##' | sort)
[ "$expected" = "$actual" ] || { diff <(echo "$expected") <(echo "$actual"); fail "zip does not hold every template once"; }
mkdir "$WORK/unz" && (cd "$WORK/unz" && unzip -q "$stem.zip")
while read -r f; do
  case "$f" in
    *.pdf) cmp -s "$WORK/unz/$f" "$WORK/site/$(cd "$WORK/site" && find tools jobs -name "$(basename "$f")")" || fail "$f differs from the site's copy";;
  esac
done < <(grep '\.pdf$' "$WORK/zip.txt")

# Labels on /downloads/ come from the files: "PDF, N pages, K KB" and "Word, K KB".
python3 - "$WORK/site" <<'PY'
import math, os, re, subprocess, sys
site = sys.argv[1]
html = open(os.path.join(site, "downloads/index.html"), encoding="utf-8").read()
links = re.findall(r'<a class="download[^"]*" href="([^"]+)" download>(?:<span class="visually-hidden">[^<]*</span>)?([^<]+?)(?: <span class="spec">\(([^)]*)\)</span>)?</a>', html)
assert len(links) >= 20, f"only {len(links)} download links"
bad = 0
for href, text, spec in links:
    label = spec or text
    path = os.path.normpath(os.path.join(site, "downloads", href))
    size = os.path.getsize(path)
    kb = f"{math.ceil(size / 1024)} KB" if size < 1024 * 1024 else f"{size / 1048576:.1f} MB"
    if not label.endswith(kb):
        print(f"{href}: label '{label}' but the file is {kb}"); bad += 1
    if path.endswith(".pdf"):
        info = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
        pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
        if f"{pages} page" not in label:
            print(f"{href}: label '{label}' but the PDF has {pages} pages"); bad += 1
print(f"{len(links)} download labels checked")
sys.exit(1 if bad else 0)
PY
echo "bundles ok"
