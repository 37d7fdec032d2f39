#!/usr/bin/python3
"""check_pdfua.py FILE.pdf...: the machine-checkable PDF/UA-1 (ISO 14289-1, Matterhorn Protocol) rules that
matter for toolkitgen's forms, walked with pikepdf (Debian's python3-pikepdf). Prints one line per problem
as "file: rule: what" and exits 1 when there is any; prints "ok: N files" otherwise.

Rules: XMP with dc:title and pdfuaid:part 1; /MarkInfo /Marked true; /Lang; /DisplayDocTitle true; every
marked-content sequence on a page that paints is tagged (an MCID the structure tree references) or an
/Artifact, and every painting operator is inside one; standard structure types; headings nest without
skips; tables have TH cells with /Scope; figures have /Alt; every widget is the OBJR of a Form element and
has a non-empty /TU; every link annotation is the OBJR of a Link element and has /Contents; every page
with annotations has /Tabs /S; every font that paints text (page content and appearance streams) and the
/DA font of every text field is embedded with a ToUnicode CMap (ZapfDingbats named only by checkboxes'
/DA, whose ticks are drawn as paths in their own appearances, is allowed).
"""
import re
import sys

import pikepdf

STANDARD = set("""Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private P H H1 H2 H3 H4
H5 H6 L LI Lbl LBody Table TR TH TD THead TBody TFoot Span Quote Note Reference BibEntry Code Link Annot Ruby RB RT
RP Warichu WT WP Figure Formula Form""".split())
PAINT = {"Tj", "TJ", "'", '"', "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "sh", "Do", "BI"}
TEXT = {"Tj", "TJ", "'", '"'}


class Checker:
    def __init__(self, path):
        self.path = path
        self.problems = []

    def fail(self, rule, what):
        self.problems.append(f"{self.path}: {rule}: {what}")

    def run(self):
        pdf = pikepdf.open(self.path)
        root = pdf.Root
        self.document(pdf, root)
        refs = self.structure(pdf, root)
        self.pages(pdf, refs)
        self.fields(pdf, root)
        return self.problems

    # --- document level -------------------------------------------------------------------------------
    def document(self, pdf, root):
        meta = root.get("/Metadata")
        xmp = meta.read_bytes().decode("utf-8", "replace") if meta is not None else ""
        if not re.search(r"<pdfuaid:part>\s*1\s*</pdfuaid:part>|pdfuaid:part=[\"']1[\"']", xmp):
            self.fail("06-002", "XMP metadata does not declare pdfuaid:part 1")
        if not re.search(r"<dc:title>.*?<rdf:li[^>]*>\s*\S", xmp, re.S):
            self.fail("06-003", "XMP metadata has no dc:title")
        if not bool(root.get("/MarkInfo", {}).get("/Marked", False)):
            self.fail("01-002", "/MarkInfo /Marked is not true")
        if not str(root.get("/Lang", "")).strip():
            self.fail("11-001", "the catalog has no /Lang")
        if not bool(root.get("/ViewerPreferences", {}).get("/DisplayDocTitle", False)):
            self.fail("07-001", "/ViewerPreferences /DisplayDocTitle is not true")

    # --- structure tree -------------------------------------------------------------------------------
    def structure(self, pdf, root):
        """Walks the tree; returns {"mcid": {(page objgen, mcid)}, "objr": {annot objgen: role}}."""
        refs = {"mcid": set(), "objr": {}}
        tree = root.get("/StructTreeRoot")
        if tree is None:
            self.fail("01-006", "no /StructTreeRoot")
            return refs
        rolemap = tree.get("/RoleMap", {})
        headings = []
        seen = set()

        def role_of(elem):
            s = str(elem.get("/S", ""))[1:]
            while s not in STANDARD and ("/" + s) in rolemap:
                s = str(rolemap["/" + s])[1:]
            return s

        def walk(elem, page):
            if elem.objgen != (0, 0):
                if elem.objgen in seen:
                    return
                seen.add(elem.objgen)
            page = elem.get("/Pg", page)
            role = role_of(elem)
            if role not in STANDARD:
                self.fail("02-004", f"structure type /{role} is neither standard nor role-mapped")
            if re.fullmatch(r"H[1-6]", role):
                headings.append(int(role[1]))
            if role == "Figure" and not str(elem.get("/Alt", "")).strip():
                self.fail("13-004", "a Figure has no /Alt")
            if role == "Table":
                ths = []
                collect(elem, "TH", ths)
                if not ths:
                    self.fail("15-003", "a Table has no TH cell")
                for th in ths:
                    if not scope(th):
                        self.fail("15-003", "a TH cell has no /Scope attribute")
            kids = elem.get("/K")
            if kids is None:
                return
            for k in (list(kids) if isinstance(kids, pikepdf.Array) else [kids]):
                if isinstance(k, int) or (hasattr(k, "is_integer") and k.is_integer):
                    refs["mcid"].add((page.objgen if page is not None else None, int(k)))
                elif isinstance(k, pikepdf.Dictionary):
                    t = str(k.get("/Type", ""))
                    if t == "/MCR":
                        pg = k.get("/Pg", page)
                        refs["mcid"].add((pg.objgen if pg is not None else None, int(k.MCID)))
                    elif t == "/OBJR":
                        refs["objr"][k.Obj.objgen] = role
                    else:
                        walk(k, page)

        def collect(elem, want, out):
            kids = elem.get("/K")
            for k in (list(kids) if isinstance(kids, pikepdf.Array) else [kids] if kids is not None else []):
                if isinstance(k, pikepdf.Dictionary) and "/S" in k:
                    if role_of(k) == want:
                        out.append(k)
                    elif role_of(k) != "Table":
                        collect(k, want, out)

        def scope(th):
            attrs = th.get("/A")
            for a in (list(attrs) if isinstance(attrs, pikepdf.Array) else [attrs] if attrs is not None else []):
                if isinstance(a, pikepdf.Dictionary) and str(a.get("/Scope", "")) in ("/Row", "/Column", "/Both"):
                    return True
            return False

        kids = tree.get("/K")
        for k in (list(kids) if isinstance(kids, pikepdf.Array) else [kids] if kids is not None else []):
            walk(k, None)
        previous = 0
        for level in headings:
            if level > previous + 1:
                self.fail("14-003", f"heading H{level} follows H{previous}" if previous else f"the first heading is H{level}")
            previous = level
        return refs

    # --- pages: content tagging, annotations, fonts -------------------------------------------------------
    def pages(self, pdf, refs):
        for number, page in enumerate(pdf.pages, 1):
            obj = page.obj
            self.content(obj, page, number, refs)
            annots = obj.get("/Annots", [])
            if len(annots) and str(obj.get("/Tabs", "")) != "/S":
                self.fail("28-008", f"page {number} has annotations but no /Tabs /S")
            for a in annots:
                sub = str(a.get("/Subtype", ""))
                if sub in ("/Popup",) or int(a.get("/F", 0)) & 2:
                    continue
                role = refs["objr"].get(a.objgen)
                if sub == "/Widget":
                    if role != "Form":
                        self.fail("28-010", f"page {number}: widget {field_name(a)} is not in a Form element ({role})")
                elif sub == "/Link":
                    if role != "Link":
                        self.fail("28-011", f"page {number}: a link annotation is in {role or 'no'} element, not Link")
                    if not str(a.get("/Contents", "")).strip():
                        self.fail("28-012", f"page {number}: a link annotation has no /Contents")
                elif role is None:
                    self.fail("28-002", f"page {number}: a {sub} annotation is not tagged")
                ap = a.get("/AP", {}).get("/N")
                if ap is not None:
                    for s in ([ap] if isinstance(ap, pikepdf.Stream) else [ap[k] for k in ap.keys()]):
                        if isinstance(s, pikepdf.Stream):
                            self.fonts_painting(s, f"page {number} appearance of {field_name(a)}")

    def content(self, obj, page, number, refs):
        stack = []  # each open marked-content sequence: "artifact", "tagged" or "other"
        mcids = set()
        try:
            ops = pikepdf.parse_content_stream(page)
        except pikepdf.PdfError as e:
            self.fail("content", f"page {number}: {e}")
            return
        untagged = 0
        for operands, op in ops:
            op = str(op)
            if op in ("BMC", "BDC"):
                tag = str(operands[0])
                if tag == "/Artifact":
                    stack.append("artifact")
                elif op == "BDC" and isinstance(operands[1], pikepdf.Dictionary) and "/MCID" in operands[1]:
                    mcid = int(operands[1].MCID)
                    mcids.add(mcid)
                    stack.append("tagged")
                    if (obj.objgen, mcid) not in refs["mcid"]:
                        self.fail("01-005", f"page {number}: MCID {mcid} is not in the structure tree")
                else:
                    stack.append("other")
            elif op == "EMC":
                if stack:
                    stack.pop()
            elif op in PAINT and not any(s in ("artifact", "tagged") for s in stack):
                untagged += 1
        if untagged:
            self.fail("01-005", f"page {number}: {untagged} painting operators are neither tagged nor artifacts")
        self.fonts_painting(page.obj, f"page {number}", page=page)

    def fonts_painting(self, holder, where, page=None, depth=0):
        """Fonts selected with Tf before a text operator, in a page or form XObject (recursively)."""
        res = holder.get("/Resources", {})
        fonts = res.get("/Font", {})
        try:
            ops = pikepdf.parse_content_stream(page if page is not None else holder)
        except pikepdf.PdfError:
            return
        current = None
        used = set()
        for operands, op in ops:
            op = str(op)
            if op == "Tf":
                current = str(operands[0])
            elif op in TEXT and current:
                used.add(current)
            elif op == "Do" and depth < 8:
                x = res.get("/XObject", {}).get(str(operands[0]))
                if isinstance(x, pikepdf.Stream) and str(x.get("/Subtype", "")) == "/Form":
                    self.fonts_painting(x, where, depth=depth + 1)
        for name in sorted(used):
            font = fonts.get(name)
            if font is None:
                self.fail("31-001", f"{where}: font {name} is not in the resources")
            else:
                self.font(font, f"{where}: font {name}")

    def font(self, font, where):
        base = str(font.get("/BaseFont", "?"))
        desc = font.get("/FontDescriptor")
        if str(font.get("/Subtype", "")) == "/Type0":
            desc = font.DescendantFonts[0].get("/FontDescriptor")
        if str(font.get("/Subtype", "")) == "/Type3":
            return
        if desc is None or not any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3")):
            self.fail("31-009", f"{where} ({base}) is not embedded")
        enc = font.get("/Encoding")
        named = isinstance(enc, pikepdf.Name) and str(enc) in ("/WinAnsiEncoding", "/MacRomanEncoding")
        if "/ToUnicode" not in font and not named:
            self.fail("31-006", f"{where} ({base}) has no ToUnicode CMap")

    # --- form fields ----------------------------------------------------------------------------------
    def fields(self, pdf, root):
        form = root.get("/AcroForm")
        if form is None:
            return
        dr = form.get("/DR", {}).get("/Font", {})

        def walk(f, inherited_da, inherited_ft):
            da = str(f.get("/DA", inherited_da if inherited_da is not None else ""))
            ft = str(f.get("/FT", inherited_ft or ""))
            kids = f.get("/Kids")
            if kids is not None and any("/T" in k for k in kids):
                for k in kids:
                    walk(k, da, ft)
                return
            if not str(f.get("/TU", "")).strip():
                self.fail("28-005", f"field {field_name(f)} has no /TU")
            if ft == "/Tx":
                m = re.search(r"/([^\s/]+)\s+[\d.]+\s+Tf", da)
                if not m:
                    self.fail("31-009", f"text field {field_name(f)}: /DA names no font")
                elif ("/" + m.group(1)) not in dr:
                    self.fail("31-001", f"text field {field_name(f)}: /DA font /{m.group(1)} is not in /DR")
                else:
                    self.font(dr["/" + m.group(1)], f"text field {field_name(f)}: /DA font /{m.group(1)}")

        for f in form.get("/Fields", []):
            walk(f, str(form.get("/DA", "")), None)


def field_name(f):
    parts = []
    while f is not None and isinstance(f, pikepdf.Dictionary):
        if "/T" in f:
            parts.insert(0, str(f.T))
        f = f.get("/Parent")
    return ".".join(parts) or "?"


def main(paths):
    problems, unique = [], set()
    for p in paths:
        for line in Checker(p).run():
            # one line per rule and place: a font used by many appearances is reported once per file
            key = re.sub(r"page \d+ appearance of \S+", "appearance", line)
            if key not in unique:
                unique.add(key)
                problems.append(line)
    if problems:
        print("\n".join(problems[:200]))
        return 1
    print(f"ok: {len(paths)} files")
    return 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        print(__doc__.strip(), file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1:]))
