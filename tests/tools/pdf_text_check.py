#!/usr/bin/env python3
"""Checks that a PDF gives its text back, the way acceptance reads it (poppler's pdftotext).

usage: pdf_text_check.py [--mutool] [--layout-strings] PDF EXPECTED.txt
  EXPECTED.txt: one expected string a line (blank lines ignored).

Every mode's output is NFC-normalised and stripped of all whitespace, and so is each
expected string.
  default, -raw   each expected string must occur as one piece;
  -layout         prints physical lines (wrapped cells interleave), so it is compared per
                  Thai cluster (a base character with its marks): -layout must give exactly
                  the clusters -raw gives, none lost, split, doubled or reordered;
  --layout-strings  also require every string whole in -layout (single-column text only);
  --mutool        also `mutool draw -F txt`, compared under NFKC (mupdf 1.21 ignores
                  /ActualText, so sara am comes back as nikhahit + sara aa).
pdffonts must list only embedded, subset fonts that have a ToUnicode map.
Prints one summary line per mode; exit 0 when everything holds, 1 otherwise."""
import collections
import re
import subprocess
import sys
import unicodedata

THAI_MARKS = "\u0E31\u0E34-\u0E3A\u0E47-\u0E4E"
THAI_BASES = "\u0E01-\u0E30\u0E32\u0E33\u0E40-\u0E46\u0E4F-\u0E5B"
CLUSTER = re.compile(f"[{THAI_BASES}][{THAI_MARKS}]*|[{THAI_MARKS}]+")


def squeeze(text, form="NFC"):
    return "".join(unicodedata.normalize(form, text).split())


def run(cmd):
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"pdf_text_check: {' '.join(cmd)} failed: {proc.stderr.strip()}")
    return proc.stdout


def pdftotext(pdf, *flags):
    return squeeze(run(["pdftotext", "-enc", "UTF-8", *flags, pdf, "-"]))


def find_all(name, text, expected):
    missing = [s for s in expected if s not in text]
    for s in missing:
        print(f"{name}: missing: {s}")
    print(f"{name}: {len(expected) - len(missing)}/{len(expected)} strings found")
    return not missing


def main(argv):
    use_mutool = "--mutool" in argv
    layout_strings = "--layout-strings" in argv
    args = [a for a in argv if a not in ("--mutool", "--layout-strings")]
    if len(args) != 2:
        sys.exit(__doc__)
    pdf, expected_path = args
    with open(expected_path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    expected = [squeeze(s) for s in lines if squeeze(s)]

    ok = True
    raw = pdftotext(pdf, "-raw")
    ok &= find_all("default", pdftotext(pdf), expected)
    ok &= find_all("-raw", raw, expected)

    layout_text = pdftotext(pdf, "-layout")
    if layout_strings:
        ok &= find_all("-layout", layout_text, expected)
    layout = collections.Counter(CLUSTER.findall(layout_text))
    layout.subtract(collections.Counter(CLUSTER.findall(raw)))
    wrong = sorted((c, n) for c, n in layout.items() if n != 0)
    for c, n in wrong[:20]:
        print(f"-layout: cluster {c} {n:+d} against -raw")
    print(f"-layout: {len(wrong)} clusters differ from -raw")
    ok &= not wrong

    if use_mutool:
        text = squeeze(run(["mutool", "draw", "-q", "-F", "txt", "-o", "-", pdf]), "NFKC")
        ok &= find_all("mutool (NFKC)", text, [squeeze(s, "NFKC") for s in lines if squeeze(s)])

    for line in run(["pdffonts", pdf]).splitlines()[2:]:
        cols = line.split()
        flags = tuple(cols[-5:-2]) if len(cols) >= 7 else ("?",) * 3
        if flags != ("yes", "yes", "yes"):
            print(f"font not embedded + subset + ToUnicode: {line.strip()}")
            ok = False
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
