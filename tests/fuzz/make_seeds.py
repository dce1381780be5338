#!/usr/bin/env python3
"""Writes the hand-chosen fuzz seeds and the libFuzzer dictionaries from the project's own
files (unit fixtures, schema, CSV fixtures, hard strings), so they can be made again.
The PDF seeds come from fuzz_pdf_seeds (the real writer) instead. Run from anywhere;
scripts/fuzz merge then keeps only the inputs that add coverage."""
import glob
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


def dict_entry(value):
    # libFuzzer dictionaries: printable ASCII as is, every other byte as \xNN.
    out = ""
    for b in value.encode("utf-8"):
        c = chr(b)
        out += c if 0x20 <= b < 0x7F and c not in '"\\' else "\\x%02X" % b
    return '"' + out + '"'


def write_dict(name, comment, values):
    lines = ["# " + comment] + [dict_entry(v) for v in sorted(set(values))]
    write(os.path.join(HERE, name + ".dict"), ("\n".join(lines) + "\n").encode())


# unit_loader: the source fixtures (valid.xml and one mutation per rule) as they are.
for src in glob.glob(os.path.join(ROOT, "tests/fixtures/source/*.xml")):
    write(os.path.join(HERE, "unit_loader", os.path.basename(src)), open(src, "rb").read())
xsd = open(os.path.join(ROOT, "schema/unit.xsd"), encoding="utf-8").read()
names = re.findall(r'<xs:element name="([^"]+)"', xsd)
attrs = re.findall(r'<xs:attribute name="([^"]+)"', xsd)
enums = re.findall(r'<xs:enumeration value="([^"]+)"', xsd)
write_dict("unit_loader", "unit source: tags and attributes of schema/unit.xsd, XML syntax",
           ["<" + n + ">" for n in names] + ["</" + n + ">" for n in names] + ["<" + n + "/>" for n in names]
           + [" " + a + '="' for a in attrs] + enums
           + ['<?xml version="1.0" encoding="UTF-8"?>', 'xmlns="urn:compforms:unit:1"',
              "<!--", "-->", "<![CDATA[", "]]>", "<!DOCTYPE", "&amp;", "&lt;", "&#x0E01;", "&#3585;",
              "DL101.01", "DL100", "1.1", "191372", "2024-02-29", "\u0e49", "\u0e31", "\u0e33", "\ufeff"])

# candidates_csv: byte 0 picks the encoding ('0' detect, '1' UTF-8, '2' Windows-874).
for i, src in enumerate(sorted(glob.glob(os.path.join(ROOT, "tests/fixtures/csv/*.csv")))):
    data = open(src, "rb").read()
    write(os.path.join(HERE, "candidates_csv", os.path.basename(src)), b"0" + data)
sample = open(os.path.join(ROOT, "forms/candidates-sample.csv"), "rb").read().split(b"\n")
write(os.path.join(HERE, "candidates_csv", "sample-head.csv"), b"1" + b"\n".join(sample[:6]) + b"\n")
write(os.path.join(HERE, "candidates_csv", "quoted-lines.csv"),
      b'1candidate_id,name,date\r\n"A1","x, ""y""\nz",2026-02-29\r\nA2,,31/12/2569\r\n"unterminated')
write(os.path.join(HERE, "candidates_csv", "cp874-forced.csv"),
      b"2\xe0\xc5\xa2\xbb\xc3\xd0\xa8\xd3\xb5\xd1\xc7,\xaa\xd7\xe8\xcd\r\nX1,\xbb\xd5\xe8\r\n")
write_dict("candidates_csv", "candidates CSV: headers in English and Thai, dates, CSV syntax",
           ["candidate_id", "Candidate ID", "name", "centre", "center", "date", "assessor",
            "เลขประจำตัว", "ชื่อ-นามสกุล", "ศูนย์ประเมิน", "วันที่ประเมิน", "ผู้ประเมิน",
            "2026-11-24", "24/11/2569", "๒๔/๑๑/๒๕๖๙", "29/02", '""', '","', "\r\n", "\ufeff", "\xa0", "\u200b"])

# typesetter: bytes 0-3 pick face/alignment, width, size and indent; each hard string.
strings = open(os.path.join(ROOT, "tests/fixtures/text/hard-strings.txt"), encoding="utf-8").read().splitlines()
styles = [b"\x00\x50\x0f\x00", b"\x0d\x20\x0f\x03", b"\x0a\x08\x1f\x01", b"\x07\x90\x0b\x00"]
for i, line in enumerate(strings):
    write(os.path.join(HERE, "typesetter", "hard-string-%02d" % (i + 1)), styles[i % 4] + line.encode())
write(os.path.join(HERE, "typesetter", "line-ends"), b"\x0c\x30\x0f\x02" + "ก\u200bข\nค\r\nง ฯ ๆ\tจ\u2028".encode())
write_dict("typesetter", "text engine: Thai letters, marks, spaces and line ends",
           [chr(c) for c in range(0x0E01, 0x0E5C) if c not in range(0x0E3B, 0x0E3F)]
           + [" ", "\u200b", "\n", "\u00a0", "\u2028", "(", ")", "/", "%", "-", "\u2026", "\u0301", "\u25cc"])

# object_streams: the seeds are fuzz_pdf_seeds' output; the dictionary is PDF syntax.
write_dict("object_streams", "PDF syntax as libharu writes it, and what the packer must refuse",
           ["obj", "endobj", "stream\n", "\nendstream", "xref\n", "trailer", "startxref\n", "%%EOF",
            "%PDF-1.3", "%PDF-1.5", "0000000000 65535 f\r\n", "0000000015 00000 n\r\n", " 0 R", " 1 0 R",
            "<<", ">>", "[", "]", "(", ")", "\\(", "<FEFF>", "/Length", "/Length 6 0 R", "/Type", "/ObjStm",
            "/XRef", "/Filter", "/FlateDecode", "/Root", "/Size", "/Info", "/Encrypt", "/Prev", "/ID",
            "/Catalog", "/Pages", "/Page", "/Kids", "/Font", "/FontFile2", "/Annots", "/Dests", "/Outlines",
            "true", "null", "-0.5", "1e9", "4294967296", "\r\n"])
