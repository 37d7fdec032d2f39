#!/usr/bin/env bash
# Every shipped template filled the way partners fill it, then read back: pdftk (XFDF fill_form), MuPDF
# (mutool run tests/tools/mupdf_fill.js), pdf.js (saveDocument), pdf-lib (updateFieldAppearances with
# DejaVu Sans), PDFium (wasm: focus, type, click) and qpdf --generate-appearances (after /V is set).
# Every text field gets its own token (one field per template a non-WinAnsi name, the compact's first table
# cell a 154-character answer), every checkbox is ticked, and one option of every choice (radio buttons) is
# picked: pdftk by its label (XFDF), pdf-lib by its label (PDFRadioGroup.select), PDFium by clicking the
# button whose export value is the label, pdf.js and MuPDF by the button's on state, qpdf by setting /V and
# /AS. Then, for each engine's copy:
#   - every value is stored (pdftk dump_data_fields_utf8) and every checkbox is /Yes; a choice's /V is the
#     picked option's on state, /Opt maps it to the label, and only that button is on;
#   - every token is painted (mutool draw -F txt of the pages: the text as rendered, widgets included),
#     the long answer in full (qpdf: its start; it does not wrap); the non-WinAnsi name is painted exactly where the engine can
#     (pdf-lib, pdftk; the Polish one also pdf.js and PDFium)
#     and at least as its Latin-1 letters elsewhere (see README "Filling the PDF forms");
#   - every framed box's appearance still draws its border and every ticked box's appearance a tick; every
#     radio button draws its ring, and rendered (mutool draw), the picked one's centre is dark, the others' light;
#   - tests/tools/check_pdfua.py passes on the MuPDF copy except for the fonts MuPDF 1.21 itself writes
#     (it paints typed values with non-embedded Helvetica, whatever the form's /DR font).
# Needs pdftk, mutool, qpdf, node with tests/browser's npm packages and python3-pikepdf (skips without).
source "$(dirname "$0")/lib.bash"
PY=/usr/bin/python3
for tool in pdftk mutool qpdf node; do
  command -v "$tool" >/dev/null || { echo "skip: $tool is not installed"; exit 77; }
done
"$PY" -c 'import pikepdf' 2>/dev/null || { echo "skip: python3-pikepdf is not installed"; exit 77; }
for pkg in pdfjs-dist @embedpdf/pdfium @cantoo/pdf-lib @cantoo/fontkit; do
  [ -d "$browser/node_modules/$pkg" ] || fail "run scripts/install-deps.sh test (npm ci in tests/browser: no $pkg)"
done

build_shipped "$WORK/site"

"$PY" - "$WORK" "$TK_SOURCE_DIR" <<'PY'
import concurrent.futures, json, os, re, subprocess, sys
import pikepdf

work, src = sys.argv[1], sys.argv[2]
tools = os.path.join(src, "tests", "tools")
site = os.path.join(work, "site")
errors = []
def fail(msg): errors.append(msg)
NAMES = ["Łukasz Dąbrowski", "Nguyễn Thị Ánh"]
LONG = ("Weekly check-ins on Tuesdays; the district shares hiring forecasts each October; candidates join "
        "two staff meetings a month and one family night per term.")
ENGINES = ["pdftk", "mupdf", "pdfjs", "pdflib", "pdfium", "qpdf"]
DEJAVU = os.path.join(os.environ.get("TOOLKITGEN_FONT_DIR", "/usr/share/fonts/truetype/dejavu"), "DejaVuSans.ttf")
# Engines that paint each non-WinAnsi name exactly (README: what each engine does). pdf.js writes with the
# field font's /Differences letters (Latin Extended-A), which Vietnamese does not fit in.
EXACT = {NAMES[0]: {"pdflib", "pdftk", "pdfjs", "pdfium"}, NAMES[1]: {"pdflib", "pdftk"}}

def run(args, **kw):
    return subprocess.run(args, capture_output=True, text=True, **kw)

def full_name(a):
    parts, f = [], a
    while f is not None:
        if "/T" in f: parts.insert(0, str(f.T))
        f = f.get("/Parent")
    return ".".join(parts)

def widgets(pdf):
    for page in pdf.pages:
        for a in page.obj.get("/Annots", []):
            if str(a.get("/Subtype", "")) == "/Widget": yield a, full_name(a)

def radio(a):
    """The radio-button field a widget belongs to (a kid without /T), or None."""
    p = a.get("/Parent")
    if "/T" in a or p is None or str(p.get("/FT", "")) != "/Btn" or not int(p.get("/Ff", 0)) & (1 << 15): return None
    return p

def on_state(a):
    return next((str(k)[1:] for k in a.AP.N.keys() if k != "/Off"), None)

def fields_of(path):
    """[(full name, kind, framed)] with kind 'text', 'check' or ('choice', [option labels])."""
    out, seen = [], set()
    with pikepdf.open(path) as pdf:
        for a, name in widgets(pdf):
            r = radio(a)
            if r is not None:
                if name not in seen: out.append((name, ("choice", [str(o) for o in r.Opt]), True))
                seen.add(name)
                continue
            kind = "check" if str(a.get("/FT", "")) == "/Btn" else "text"
            out.append((name, kind, float(a.get("/BS", {}).get("/W", 0)) > 0))
    return out

templates = sorted(os.path.join(d, f) for d, _, fs in os.walk(site) for f in fs
                   if f.endswith(".pdf") and not d.endswith("downloads")
                   # a template download, not another page's own PDF
                   and 'id="tk-downloads"' in open(os.path.join(d, "index.html"), encoding="utf-8").read())
if len(templates) < 5: fail(f"only {len(templates)} templates")

def values_for(n, path, fields):
    vals, tokens, i = {}, {}, 0
    long_done = "partnership-compact" not in path
    for c, (name, kind, framed) in enumerate(fields):
        if kind == "check": vals[name] = True; continue
        if kind[0] == "choice":
            k = (n + c) % len(kind[1])  # not always the first option
            vals[name] = {"choice": kind[1][k], "state": str(k)}
            continue
        if i == 0: v = NAMES[n % 2]
        elif not long_done and name.endswith("_name"): v = LONG; long_done = True
        else: v = f"Qz{n:02d}x{i:03d}"
        vals[name] = v; tokens[name] = v; i += 1
    return vals, tokens

def fill(engine, path, vals, out, n):
    # One file per job: two engines fill the same template at once (a shared name let one truncate the
    # file while the other's reader had it open: "Unexpected end of JSON input" under load).
    vj = os.path.join(work, f"v{n}-{engine}.json")
    with open(vj, "w", encoding="utf-8") as f: json.dump(vals, f, ensure_ascii=False)
    if engine == "pdftk":
        esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")
        text = lambda v: "Yes" if v is True else esc(v["choice"]) if isinstance(v, dict) else esc(v)
        body = "".join(f'<field name="{esc(k)}"><value>{text(v)}</value></field>' for k, v in vals.items())
        xf = os.path.join(work, f"v{n}-{engine}.xfdf")
        open(xf, "w", encoding="utf-8").write('<?xml version="1.0" encoding="UTF-8"?><xfdf xmlns="http://ns.adobe.com/xfdf/" '
                                             f'xml:space="preserve"><fields>{body}</fields></xfdf>')
        # A print shop filling non-Latin names names a Unicode font: pdftk's replacement_font option.
        return run(["pdftk", path, "fill_form", xf, "output", out, "replacement_font", DEJAVU])
    if engine == "mupdf":
        return run(["mutool", "run", os.path.join(tools, "mupdf_fill.js"), path, out, vj])
    if engine == "qpdf":
        with pikepdf.open(path) as pdf:
            for a, name in widgets(pdf):
                v = vals.get(name)
                if isinstance(v, dict):
                    a.Parent.V = pikepdf.Name("/" + v["state"])
                    a.AS = pikepdf.Name("/" + v["state"]) if on_state(a) == v["state"] else pikepdf.Name.Off
                elif v is True: a.V = a.AS = pikepdf.Name.Yes
                elif v is not None: a.V = pikepdf.String(v)
            pdf.Root.AcroForm.NeedAppearances = True
            pdf.save(out + ".in.pdf")
        return run(["qpdf", "--generate-appearances", out + ".in.pdf", out])
    return run(["node", os.path.join(tools, "pdf_fill.mjs"), engine, path, out, vj])

def norm(s): return re.sub(r"[\s\u00ad-]", "", s)

def latin1(s): return "".join(c for c in s if ord(c) < 256 and c != " ")

def check(job):
    n, path, engine = job
    rel = os.path.relpath(path, site)
    where = f"{engine}: {rel}"
    fields = fields_of(path)
    vals, tokens = values_for(n, path, fields)
    out = os.path.join(work, f"filled{n}-{engine}.pdf")
    p = fill(engine, path, vals, out, n)
    if p.returncode != 0 or not os.path.exists(out):
        return [f"{where}: fill failed: {p.stderr[-400:]}"]
    errs = []
    # Stored: pdftk reads every value back.
    dump = run(["pdftk", out, "dump_data_fields_utf8"]).stdout
    stored = {}
    for block in dump.split("---"):
        kv = dict(l.split(": ", 1) for l in block.strip().splitlines() if ": " in l)
        if "FieldName" in kv: stored[kv["FieldName"]] = kv.get("FieldValue", "")
    for name, v in vals.items():
        want = "Yes" if v is True else v["choice"] if isinstance(v, dict) else v
        if stored.get(name) != want: errs.append(f"{where}: {name} stored {stored.get(name)!r}, wanted {want!r}")
    # Painted: the rendered text of every page.
    text = norm(run(["mutool", "draw", "-q", "-F", "txt", out]).stdout)
    for name, v in tokens.items():
        if v in NAMES:
            exact = engine in EXACT[v]
            want = v if exact else latin1(v)
            if exact and norm(v) not in text: errs.append(f"{where}: {name}: {v!r} is not painted exactly")
            elif not exact and not all(ch in text for ch in want): errs.append(f"{where}: {name}: not even {want!r} painted")
        elif v == LONG and engine == "qpdf":
            # qpdf writes a multi-line value as one unwrapped line (its generator has no wrapping)
            if norm(v[:20]) not in text: errs.append(f"{where}: {name}: the long answer is not painted")
        elif norm(v) not in text:
            errs.append(f"{where}: {name}: {v[:40]!r} is not painted (in full)")
    # Boxes and ticks: each framed box's appearance draws a border, each ticked box's a stroke.
    with pikepdf.open(out) as pdf:
        framed = {name for name, kind, fr in fields if fr}
        pages = {p.objgen: i for i, p in enumerate(pdf.pages)}
        dots = []  # (page index, centre x, centre y, picked)
        picked = {}
        for a, name in widgets(pdf):
            r = radio(a)
            if r is None: continue
            v, on = vals[name], on_state(a)
            if str(r.get("/V", "")) != "/" + v["state"]: errs.append(f"{where}: {name}: /V is {r.get('/V')}, wanted /{v['state']}")
            if str(r.Opt[int(v["state"])]) != v["choice"]: errs.append(f"{where}: {name}: /Opt does not map /{v['state']} to {v['choice']!r}")
            chosen = on == v["state"]
            if str(a.get("/AS", "")) != ("/" + on if chosen else "/Off"):
                errs.append(f"{where}: {name}: button /{on} shows {a.get('/AS')}, wanted {'/' + on if chosen else '/Off'}")
            picked[name] = picked.get(name, 0) + chosen
            for state in ("/" + on, "/Off"):
                s = a.AP.N.get(state)
                ops = s.read_bytes().decode("latin-1") if isinstance(s, pikepdf.Stream) else ""
                if len(re.findall(r"\bc\b", ops)) < 4: errs.append(f"{where}: {name}: appearance {state} of /{on} draws no ring")
            x0, y0, x1, y1 = [float(c) for c in a.Rect]
            dots.append((pages[a.P.objgen], (x0 + x1) / 2, (y0 + y1) / 2, chosen, name))
        errs += [f"{where}: {name}: {k} buttons picked, wanted 1" for name, k in picked.items() if k != 1]
        for page in sorted({d[0] for d in dots}):
            # The page as MuPDF paints it, at 4 px per point: the picked button's centre is dark, the others' light.
            ppm = os.path.join(work, f"dots{n}-{engine}-{page}.ppm")
            run(["mutool", "draw", "-q", "-r", "288", "-c", "gray", "-o", ppm, out, str(page + 1)])
            data = open(ppm, "rb").read()
            m = re.match(rb"P([56])\s+(\d+)\s+(\d+)\s+\d+\s", data)
            if not m: errs.append(f"{where}: mutool draw wrote no page image"); continue
            ch, w = (1 if m.group(1) == b"5" else 3), int(m.group(2))
            pix = data[m.end():]
            height = float(pdf.pages[page].MediaBox[3])
            for _, x, y, chosen, name in (d for d in dots if d[0] == page):
                px = pix[(int((height - y) * 4) * w + int(x * 4)) * ch]
                if chosen != (px < 100): errs.append(f"{where}: {name}: the {'picked' if chosen else 'other'} button paints {px} at its centre")
        for a, name in widgets(pdf):
            if radio(a) is not None: continue
            ap = a.get("/AP", {}).get("/N")
            ft = a.get("/FT")
            if ft is None and "/Parent" in a: ft = a.Parent.get("/FT")
            if str(ft) == "/Btn":
                if str(a.get("/AS", "")) != "/Yes": errs.append(f"{where}: {name} is not ticked"); continue
                s = ap.get("/Yes") if ap is not None and not isinstance(ap, pikepdf.Stream) else None
                ops = s.read_bytes().decode("latin-1") if s is not None else ""
                if not re.search(r"(^|\s)(S|f|Tj)(\s|$)", ops) or not re.search(r"\bre\b", ops):
                    errs.append(f"{where}: {name}: the ticked appearance draws no box and tick")
            elif ap is None:
                # pdf.js leaves a value its font cannot encode without an appearance, for the viewer
                if not bool(pdf.Root.AcroForm.get("/NeedAppearances", False)):
                    errs.append(f"{where}: {name} has no appearance and NeedAppearances is not set")
            elif name in framed:
                ops = ap.read_bytes().decode("latin-1") if isinstance(ap, pikepdf.Stream) else ""
                if not re.search(r"\b(re|h)\b", ops) or not re.search(r"(^|\s)(S|s|f\*|B|b)(\s|$)", ops):
                    errs.append(f"{where}: {name}: the appearance draws no border")
    if engine == "mupdf":
        p = run(["/usr/bin/python3", os.path.join(tools, "check_pdfua.py"), out])
        other = [l for l in p.stdout.splitlines() if p.returncode and not re.search(r": 31-00[69]: .*\(/Helvetica\)", l)]
        if p.returncode and not other and "(/Helvetica)" not in p.stdout: other = p.stdout.splitlines()
        errs += [f"{where}: PDF/UA: {l}" for l in other[:5]]
    return errs

jobs = [(n, path, e) for n, path in enumerate(templates) for e in ENGINES]
if os.environ.get("TK_FILL_ONLY"): jobs = [j for j in jobs if os.environ["TK_FILL_ONLY"] in j[1] + ":" + j[2]]
with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
    for errs in pool.map(check, jobs): errors += errs

if errors:
    print("\n".join(errors[:80]), file=sys.stderr)
    sys.exit(1)
print(f"ok: {len(templates)} templates filled by {len(ENGINES)} engines, values stored and painted, boxes and ticks drawn")
PY
