#!/usr/bin/env bash
# PDF/UA-1 by its machine-checkable rules (tests/tools/check_pdfua.py, python3-pikepdf) over every PDF the
# build writes: the shipped site (templates and the whole toolkit) and tests/fixtures/pdf_site. The checker
# must also find the faults it exists for: a copy without pdfuaid:part, with a link tagged P and with a
# non-embedded Helvetica /DA font fails. Skips without python3-pikepdf.
source "$(dirname "$0")/lib.bash"
PY=/usr/bin/python3
"$PY" -c 'import pikepdf' 2>/dev/null || { echo "skip: python3-pikepdf is not installed"; exit 77; }
check="$TK_SOURCE_DIR/tests/tools/check_pdfua.py"
build_shipped "$WORK/site"
"$TOOLKITGEN" build --content "$TK_SOURCE_DIR/tests/fixtures/pdf_site" --theme "$TK_SOURCE_DIR/themes/default" \
  --out "$WORK/fixture" >"$WORK/fixture.log" 2>&1 || { cat "$WORK/fixture.log" >&2; fail "fixture build failed"; }
mapfile -t pdfs < <(find "$WORK/site" "$WORK/fixture" -name '*.pdf' | sort)
[ "${#pdfs[@]}" -ge 12 ] || fail "only ${#pdfs[@]} PDFs"
"$PY" "$check" "${pdfs[@]}" || fail "PDF/UA problems (above)"
bundle=$(find "$WORK/site/downloads" -name '*.pdf' ! -name downloads.pdf | head -1)  # downloads.pdf: the page's own
"$PY" - "$bundle" "$WORK/broken.pdf" <<'PY'
import sys, pikepdf
pdf = pikepdf.open(sys.argv[1])
meta = pdf.Root.Metadata
meta.write(meta.read_bytes().replace(b"<pdfuaid:part>1</pdfuaid:part>", b""))
def retag(e):
    k = e.get("/K")
    for c in (list(k) if isinstance(k, pikepdf.Array) else [k] if k is not None else []):
        if isinstance(c, pikepdf.Dictionary) and "/S" in c:
            if str(c.S) == "/Link": c.S = pikepdf.Name.P; return True
            if retag(c): return True
    return False
retag(pdf.Root.StructTreeRoot)
helv = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1,
                                            BaseFont=pikepdf.Name.Helvetica, Encoding=pikepdf.Name.WinAnsiEncoding))
pdf.Root.AcroForm.DR.Font.Helv = helv
pdf.Root.AcroForm.DA = pikepdf.String("/Helv 0 Tf 0 g")
for f in pdf.Root.AcroForm.Fields:
    for w in (list(f.Kids) if "/Kids" in f else [f]):
        if "/DA" in w: del w["/DA"]
pdf.save(sys.argv[2])
PY
out=$("$PY" "$check" "$WORK/broken.pdf" || true)
for rule in "06-002: XMP" "28-011: " "31-009: text field"; do
  grep -q "$rule" <<<"$out" || fail "the checker misses '$rule' in a broken copy: $out"
done
echo "ok: ${#pdfs[@]} PDFs pass the PDF/UA checks; a broken copy fails them"
