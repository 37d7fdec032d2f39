#!/usr/bin/env python3
r"""Invalid-site cases, one file each (tests/invalid/<case>.txtar), in the txtar form of Go's and Hugo's tests.

A case file is a comment (what the case is), then sections. `-- <path> --` starts a file of the case, named
relative to the case folder (content/...): it is written over the shared base site (tests/invalid/base/). The
`-- expected --` section holds exactly what `toolkitgen build` prints on stderr, run in the case folder, then
`exit <code>`. A file section's lines are the file's bytes, each ending in a newline. A section marked
`-- <path> (escaped) --` is decoded first, for the bytes a case needs that a text file does not show:
  \\  \t  \r  \n   a backslash, a tab, a CR, a line feed written inside a line
  \xHH            one byte (invalid UTF-8, a PNG signature)
  \u{HHHH}        a code point, as UTF-8 (noncharacters such as U+FFFE)
  \{c*N}          N copies of the text c (a 70,000-character title)
and `(escaped, no final newline)` drops the newline that ends the section.

  txtar.py extract CASE.txtar DIR    writes the base site and the case's files into DIR (made if missing)
  txtar.py expected CASE.txtar       prints the expected section
  txtar.py unpack DIR CASE.txtar...  for each case: DIR/<case>/ as extract writes it, DIR/<case>.expected
                                     (one process for every case: the runners' way)
  txtar.py pack DIR BASE [COMMENT]   prints a case file for DIR/content/: its files that differ from BASE's
                                     (a helper for adding a case; the expected section is left to write)
A hand-written parser: txtar has no Debian or PyPI library that is kept up (Go's golang.org/x/tools/txtar is Go);
the escapes are ours.
"""
import pathlib
import re
import sys

MARKER = re.compile(rb"^-- (.+?) --$")
ESCAPE = re.compile(rb"\\(\\|t|r|n|x[0-9A-Fa-f]{2}|u\{[0-9A-Fa-f]{1,6}\}|\{[^*}]+\*[0-9]+\})")
RUN = 100  # pack: this many copies of one character in a row are written \{c*N}


def parse(data):
    """(comment, [(name, options, bytes)]) of a case file's bytes."""
    lines = data.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    comment, sections, current = [], [], None
    for line in lines:
        m = MARKER.match(line)
        if m:
            head = m.group(1).decode()
            name, _, opts = head.partition(" (")
            options = [o.strip() for o in opts.rstrip(")").split(",")] if opts else []
            current = [name, options, []]
            sections.append(current)
        elif current is None:
            comment.append(line)
        else:
            current[2].append(line + b"\n")
    out = []
    for name, options, body in sections:
        raw = b"".join(body)
        unknown = set(options) - {"escaped", "no final newline"}
        if unknown:
            raise SystemExit(f"unknown option {sorted(unknown)} in section '{name}'")
        if "escaped" in options:
            raw = ESCAPE.sub(unescape, raw)
        if "no final newline" in options:
            if not raw.endswith(b"\n"):
                raise SystemExit(f"section '{name}' has no final newline to drop")
            raw = raw[:-1]
        out.append((name, options, raw))
    return b"\n".join(comment), out


def unescape(m):
    e = m.group(1)
    if e in (b"\\", b"t", b"r", b"n"):
        return {b"\\": b"\\", b"t": b"\t", b"r": b"\r", b"n": b"\n"}[e]
    if e[:1] == b"x":
        return bytes([int(e[1:], 16)])
    if e[:1] == b"u":
        return chr(int(e[2:-1], 16)).encode("utf-8", "surrogatepass")
    text, _, count = e[1:-1].rpartition(b"*")
    return text * int(count)


def read_case(path):
    comment, sections = parse(pathlib.Path(path).read_bytes())
    files, expected = {}, None
    for name, _, raw in sections:
        if name == "expected":
            expected = raw
        elif name.startswith("content/") and ".." not in name.split("/"):
            if name in files:
                raise SystemExit(f"{path}: '{name}' is given twice")
            files[name] = raw
        else:
            raise SystemExit(f"{path}: section '{name}': a file of the case is content/<path>, or 'expected'")
    if expected is None:
        raise SystemExit(f"{path}: no '-- expected --' section")
    return comment, files, expected


def extract(case, out):
    base = pathlib.Path(case).resolve().parent / "base"
    out = pathlib.Path(out)
    for f in sorted(base.rglob("*")):
        if f.is_file():
            (out / f.relative_to(base).parent).mkdir(parents=True, exist_ok=True)
            (out / f.relative_to(base)).write_bytes(f.read_bytes())
    _, files, _ = read_case(case)
    for name, raw in files.items():
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        (out / name).write_bytes(raw)


def needs_escapes(raw):
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return True
    if not raw.endswith(b"\n") or re.search(r"(.)\1{%d,}" % (RUN - 1), text):
        return True
    return any((ord(c) < 32 and c != "\n") or is_odd(c) for c in text) or \
        any(MARKER.match(l) for l in raw.split(b"\n"))


def is_odd(c):
    o = ord(c)
    return 0x7F <= o < 0xA0 or 0xFDD0 <= o <= 0xFDEF or (o & 0xFFFE) == 0xFFFE or 0xD800 <= o <= 0xDFFF


def escape(raw):
    text = raw.decode("utf-8", "surrogateescape")
    out, i = [], 0
    while i < len(text):
        c = text[i]
        j = i
        while j < len(text) and text[j] == c:
            j += 1
        if j - i >= RUN and c not in "\\\n*}":
            out.append("\\{%s*%d}" % (c, j - i))
            i = j
            continue
        o = ord(c)
        if c == "\\":
            out.append("\\\\")
        elif c == "\t":
            out.append("\\t")
        elif c == "\r":
            out.append("\\r")
        elif c == "\n":
            out.append("\n")
        elif 0xDC80 <= o <= 0xDCFF:  # a byte that is not UTF-8
            out.append("\\x%02x" % (o - 0xDC00))
        elif o < 32 or o == 0x7F:
            out.append("\\x%02x" % o)
        elif is_odd(c):
            out.append("\\u{%04X}" % o)
        else:
            out.append(c)
        i += 1
    return "".join(out)


def pack(site, base, comment=""):
    site, base = pathlib.Path(site), pathlib.Path(base)
    out = [comment.rstrip("\n") + "\n"] if comment else []
    for f in sorted((site / "content").rglob("*")):
        if not f.is_file():
            continue
        rel = f.relative_to(site).as_posix()
        raw = f.read_bytes()
        if (base / rel).is_file() and (base / rel).read_bytes() == raw:
            continue
        if not needs_escapes(raw):
            out.append(f"-- {rel} --\n" + raw.decode("utf-8"))
        elif raw.endswith(b"\n"):
            out.append(f"-- {rel} (escaped) --\n" + escape(raw))
        else:
            out.append(f"-- {rel} (escaped, no final newline) --\n" + escape(raw) + "\n")
    return "".join(out)


if __name__ == "__main__":
    cmd, args = (sys.argv[1], sys.argv[2:]) if len(sys.argv) > 1 else ("", [])
    if cmd == "extract" and len(args) == 2:
        extract(*args)
    elif cmd == "expected" and len(args) == 1:
        sys.stdout.buffer.write(read_case(args[0])[2])
    elif cmd == "unpack" and len(args) >= 2:
        for case in args[1:]:
            name = pathlib.Path(case).name.removesuffix(".txtar")
            extract(case, pathlib.Path(args[0]) / name)
            (pathlib.Path(args[0]) / (name + ".expected")).write_bytes(read_case(case)[2])
    elif cmd == "pack" and len(args) in (2, 3):
        sys.stdout.write(pack(*args))
    else:
        sys.exit(__doc__)
