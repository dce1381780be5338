#!/usr/bin/env python3
"""Random valid unit sources (format 1.1) and candidates CSVs for compforms, one per seed.

usage: random_unit.py SEED OUT_DIR [--max-elements N] [--max-pcs N] [--max-text N] [--max-columns N]

Writes into OUT_DIR:
  unit.xml            a unit that `compforms check` accepts (warnings allowed) and that
                      validates against schema/unit.xsd
  candidates.csv      a few candidates with long Thai names that still fit their lines
  expected-booklet.txt  strings the booklet must give back (every criterion text and code)
  expected-forms.txt    strings the checklist and scoring sheet must give back
  about.txt           one line describing the unit (family, sizes), for the runner's summary

The same seed and limits give the same files, byte for byte (random.Random(seed), no clock,
no dictionary order). Standard library only. The limits default to the full ranges of the
issue "Real units": 1-12 elements, 1-40 PCs each, texts of 10-2,400 characters, 0-40
evidence and method columns; a run that must be quick passes smaller ones.
"""
import argparse
import os
import random
from xml.sax.saxutils import escape, quoteattr

from random_unit_text import log_uniform, person, text, thai_name

NA_WORDS = ["", "ไม่มี", "N/A", "ไม่มีข้อกำหนด"]


def pc_text_length(rng, limits):
    return log_uniform(rng, 10, limits.max_text)


class Codes:
    """The code scheme of one unit: its family's unit, element and PC codes (see the loader's
    family rules), whether PCs have book codes and system codes, how numbers are written."""

    def __init__(self, rng):
        self.rng = rng
        self.family = rng.choice(["dl", "tpqi", "catalogue", "catalogue-no-pc-codes"])
        self.thai_digits = rng.random() < 0.08
        if self.family == "dl":
            self.prefix = rng.choice(["DL", "DG", "DT", "AB", "XY"])
            self.unit = "%s%d00" % (self.prefix, rng.randint(1, 8))
        elif self.family == "tpqi":
            self.unit = str(rng.randint(10000, 99999))
        else:
            self.unit = self.catalogue_code()
        self.pc_codes = self.family in ("dl", "catalogue")
        system = {"dl": 0.7, "catalogue": 0.5}.get(self.family, 0.15)
        self.system_codes = rng.random() < system
        self.partial_system = rng.random() < 0.1
        self.system_base = rng.randint(1, 900000)
        self.element_style = rng.randint(0, 2)
        self.pc_style = rng.randint(0, 2)

    def catalogue_code(self):
        rng = self.rng
        if rng.random() < 0.1:   # a long code: with its element's and PC's suffixes, up to 40 characters
            parts = ["".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(rng.randint(3, 8)))
                     for _ in range(rng.randint(3, 5))]
            return "-".join(parts)[:rng.randint(20, 33)].rstrip("-")
        letters = lambda n: "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(n))
        return rng.choice(["%s-%s-%dB" % (letters(3), letters(4), rng.randint(100, 999)),
                           "%s-%s-%03d" % (letters(2), letters(4), rng.randint(1, 999)),
                           "%s-%s-%d-%03d%s" % (letters(3), letters(3), rng.randint(1, 8), rng.randint(1, 999), letters(2))])

    def element(self, e):
        if self.family == "dl":
            return "%s%d%02d" % (self.prefix, int(self.unit[2]), e + 1)
        if self.family == "tpqi":
            return "%s.%02d" % (self.unit, e + 1)
        # Catalogue units number their elements their own ways; never like a PC number (1.1).
        return [self.unit + "-%d" % (e + 1), "%s.%02d" % (self.unit, e + 1), "EOC%d" % (e + 1)][self.element_style]

    def number(self, e, k):
        n = "%d.%d" % (e + 1, k + 1)
        return n.translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")) if self.thai_digits else n

    def pc(self, element_code, k):
        if not self.pc_codes:
            return None
        if self.family == "dl" or self.pc_style == 0:
            return "%s.%02d" % (element_code, k + 1)
        return element_code + ("-P%02d" % (k + 1) if self.pc_style == 1 else "_%d" % (k + 1))

    def system(self, index):
        if not self.system_codes or (self.partial_system and self.rng.random() < 0.3):
            return None
        return str(self.system_base + index) if self.rng.random() < 0.9 else "S-%d" % (self.system_base + index)


def label(rng, n):
    """The label a list item is printed with, as standards number them, or None (a bullet)."""
    return rng.choice([None, None, "%d." % n, "%d" % n, "(%d)" % n, "กขคงจฉชซฌญ"[n % 10] + ".", "ข้อ %d.%d" % (n, n + 1)])


def attrs(**values):
    return "".join(" %s=%s" % (k.replace("_", "-"), quoteattr(v)) for k, v in values.items() if v is not None)


class Writer:
    """The unit's XML, a line at a time, indented."""

    def __init__(self):
        self.lines = ['<?xml version="1.0" encoding="UTF-8"?>']

    def add(self, depth, line):
        self.lines.append("  " * depth + line)

    def text(self, depth, tag, value, **attributes):
        self.add(depth, "<%s%s>%s</%s>" % (tag, attrs(**attributes), escape(value), tag))


def na(rng):
    words = rng.choice(NA_WORDS)
    return "<na/>" if not words else "<na>%s</na>" % escape(words)


def content(out, depth, tag, rng, limits, na_chance=0.15, empty_chance=0.1, max_blocks=4):
    """A section body: N/A, empty, or paragraphs and list items (labelled or bulleted)."""
    r = rng.random()
    if r < na_chance:
        return out.add(depth, "<%s>%s</%s>" % (tag, na(rng), tag))
    if r < na_chance + empty_chance:
        return out.add(depth, "<%s/>" % tag)
    out.add(depth, "<%s>" % tag)
    for n in range(1, rng.randint(1, max_blocks) + 1):
        body = text(rng, log_uniform(rng, 10, limits.max_text))
        if rng.random() < 0.4:
            out.text(depth + 1, "p", body)
        else:
            out.text(depth + 1, "item", body, label=label(rng, n))
    out.add(depth, "</%s>" % tag)


def make_elements(rng, codes, limits):
    """Elements as (code, title, [criterion dicts]), numbered by the family's rules."""
    elements, index = [], 0
    for e in range(log_uniform(rng, 1, limits.max_elements)):
        code = codes.element(e)
        criteria = []
        for k in range(log_uniform(rng, 1, limits.max_pcs)):
            criteria.append({"number": codes.number(e, k), "code": codes.pc(code, k), "system": codes.system(index),
                             "text": text(rng, pc_text_length(rng, limits))})
            index += 1
        elements.append((code, text(rng, log_uniform(rng, 10, 300)), criteria))
    return elements


def pc_name(criterion):
    return criterion["code"] or criterion["number"]


def other_digits(number):
    """The same PC number in the other digits (1.1 <-> ๑.๑): covers lists may use either."""
    thai, ascii_ = "๐๑๒๓๔๕๖๗๘๙", "0123456789"
    if number[0] in thai:
        return number.translate(str.maketrans(thai, ascii_))
    return number.translate(str.maketrans(ascii_, thai))


def covers_names(rng, elements, chosen):
    """How a covers list names the chosen PCs: a whole element by its code, a PC by its book
    code or its number (in either digits)."""
    names = []
    for code, _, criteria in elements:
        mine = [c for c in criteria if pc_name(c) in chosen]
        if mine and len(mine) == len(criteria) and rng.random() < 0.6:
            names.append(code)
            continue
        for c in mine:
            if c["code"] and rng.random() < 0.75:
                names.append(c["code"])
            else:
                names.append(other_digits(c["number"]) if rng.random() < 0.15 else c["number"])
    return " ".join(names)


def make_columns(rng, elements, limits):
    """Evidence items and methods (0-40 columns of the mapping matrix) with what each covers;
    every PC is covered by some evidence and, unless section 18 is N/A, some method."""
    top = limits.max_columns
    count = rng.choices([lambda: rng.randint(1, min(6, top)), lambda: rng.randint(min(7, top), min(12, top)),
                         lambda: rng.randint(min(13, top), top)], [5, 3, 2])[0]()
    methods = 0 if count == 1 or rng.random() < 0.2 else rng.randint(1, max(1, count // 2))
    evidence = count - methods
    performance = rng.randint(0, evidence)
    pcs = [pc_name(c) for _, _, criteria in elements for c in criteria]
    kinds = ["PE"] * performance + ["KE"] * (evidence - performance) + ["M"] * methods
    chosen = []
    for _ in kinds:
        share = rng.uniform(0.05, 0.7)
        chosen.append({p for p in pcs if rng.random() < share})
    for group in (["PE", "KE"], ["M"]):
        columns = [i for i, k in enumerate(kinds) if k in group]
        for p in pcs:
            if columns and not any(p in chosen[i] for i in columns):
                chosen[rng.choice(columns)].add(p)
    style = rng.choice([("PE", "KE", "M"), ("P", "K", "AM"), ("E-", "K-", "M-")])
    numbers = {"PE": 0, "KE": 0, "M": 0}
    columns = []
    for kind, covered in zip(kinds, chosen):
        numbers[kind] += 1
        ident = style[["PE", "KE", "M"].index(kind)] + str(numbers[kind])
        if not covered:   # an item that covers nothing would be refused: give it one PC
            covered = {rng.choice(pcs)}
        columns.append({"kind": kind, "id": ident, "covers": covers_names(rng, elements, covered),
                        "label": label(rng, numbers[kind]), "text": text(rng, log_uniform(rng, 10, limits.max_text))})
    return columns


def write_edition(out, rng):
    parts = []
    if rng.random() < 0.5:
        parts.append("<revision>%d</revision>" % rng.randint(0, 12))
    if rng.random() < 0.5:
        parts.append("<status>%s</status>" % rng.choice(["new", "revised"]))
    if rng.random() < 0.5:
        parts.append("<date>%04d-%02d-%02d</date>" % (rng.randint(2015, 2030), rng.randint(1, 12), rng.randint(1, 28)))
    if rng.random() < 0.4:
        parts.append("<publisher>%s</publisher>" % escape(text(rng, log_uniform(rng, 10, 160))))   # the cover prints 200
    out.add(1, "<edition>%s</edition>" % "".join(parts) if parts else "<edition/>")


def write_elements(out, rng, elements, limits):
    out.add(1, "<elements>")
    for code, title, criteria in elements:
        out.add(2, '<element code="%s">' % code)
        out.text(3, "title", title)
        if rng.random() < 0.3:
            content(out, 3, "assessment", rng, limits, max_blocks=3)
        for c in criteria:
            out.text(3, "criterion", c["text"], number=c["number"], code=c["code"], system_code=c["system"])
        out.add(2, "</element>")
    out.add(1, "</elements>")


def write_evidence_guide(out, rng, columns, limits, methods_na):
    out.add(1, "<evidence-guide>")
    if rng.random() < 0.4:
        content(out, 2, "intro", rng, limits, na_chance=0, empty_chance=0, max_blocks=2)
    for tag, kind in (("performance-evidence", "PE"), ("knowledge-evidence", "KE")):
        mine = [c for c in columns if c["kind"] == kind]
        if not mine:
            out.add(2, "<%s/>" % tag)
            continue
        out.add(2, "<%s>" % tag)
        for c in mine:
            out.text(3, "evidence", c["text"], id=c["id"], label=c["label"], covers=c["covers"])
        out.add(2, "</%s>" % tag)
    content(out, 2, "assessment-guidance", rng, limits)
    if rng.random() < (0.7 if methods_na else 0.25):
        content(out, 2, "method-notes", rng, limits, na_chance=0, empty_chance=0)
    out.add(1, "</evidence-guide>")


def write_range(out, rng, limits):
    out.add(1, "<range>")
    content(out, 2, "statement", rng, limits)
    content(out, 2, "guidance", rng, limits)
    definitions = rng.randint(0, 8)
    if not definitions:
        out.add(2, "<definitions/>")
    else:
        out.add(2, "<definitions>")
        for n in range(1, definitions + 1):
            body = escape(text(rng, log_uniform(rng, 10, min(limits.max_text, 1200))))
            if rng.random() < 0.6:   # "<term>คนพันธุ์ใหม่</term> คือ …", the term where the text begins
                # Terms are a few words; now and then a long one, wider than the column.
                term = escape(text(rng, log_uniform(rng, 4, 30) if rng.random() < 0.95 else rng.randint(30, 80), lo=4))
                body = "<term>%s</term> %s %s" % (term, rng.choice(["คือ", "หมายถึง", "ได้แก่", "means"]), body)
            out.add(3, "<definition%s>%s</definition>" % (attrs(label=label(rng, n)), body))
        out.add(2, "</definitions>")
    out.add(1, "</range>")


def write_unit(rng, codes, elements, columns, limits):
    out = Writer()
    out.add(0, '<unit xmlns="urn:compforms:unit:1" format-version="1.1">')
    out.text(1, "kind", rng.choice(["หน่วยสมรรถนะ", "หน่วยสมรรถนะ (Unit of Competence)"]))
    out.text(1, "group", text(rng, log_uniform(rng, 10, 160)))   # + 40 at most: the cover prints 200
    write_edition(out, rng)
    out.text(1, "code", codes.unit)
    out.text(1, "title", text(rng, log_uniform(rng, 10, 300)))
    content(out, 1, "occupations", rng, limits)
    content(out, 1, "description", rng, limits)
    out.add(1, "<level/>" if rng.random() < 0.3 else "<level>%d</level>" % rng.randint(1, 8))
    for tag in ("sector", "other-occupations", "licensing"):
        content(out, 1, tag, rng, limits)
    write_elements(out, rng, elements, limits)
    for tag in ("prerequisites", "skills", "knowledge"):
        content(out, 1, tag, rng, limits)
    methods = [c for c in columns if c["kind"] == "M"]
    write_evidence_guide(out, rng, columns, limits, not methods)
    write_range(out, rng, limits)
    for tag in ("shared-units", "shared-industries"):
        content(out, 1, tag, rng, limits)
    if not methods:
        out.add(1, "<assessment-methods>%s</assessment-methods>" % na(rng))
    else:
        out.add(1, "<assessment-methods>")
        for c in methods:
            # No label: a method takes none (schema and loader alike).
            out.text(2, "method", c["text"], id=c["id"], covers=c["covers"])
        out.add(1, "</assessment-methods>")
    out.add(0, "</unit>")
    return "\n".join(out.lines) + "\n"


def write_candidates(path, rng, seed, count):
    """A candidates CSV: long Thai names, centres and assessors that still fit their lines at
    half the form's size (the program refuses a value that does not: measured on the forms,
    a Thai name fits in about 55 characters, a centre in 110, an ID of capitals in 20), and
    both date forms."""
    import csv
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["candidate_id", "name", "centre", "date", "assessor"])
        for i in range(count):
            ident = "RU%d-%04d" % (seed, i + 1) if rng.random() < 0.7 else "TH-%d-%d%s" % (seed % 10**5, i + 1, "X" * rng.randint(0, 6))
            name = person(rng, rng.randint(20, 48))
            centre = "ศูนย์ทดสอบ" + thai_name(rng, rng.randint(20, 60)) + " " + thai_name(rng, rng.randint(5, 30))
            day, month = rng.randint(1, 28), rng.randint(1, 12)
            date = "2026-%02d-%02d" % (month, day) if rng.random() < 0.5 else "%d/%d/2569" % (day, month)
            w.writerow([ident, name, centre, date, person(rng, rng.randint(15, 48))])


def squeeze(s):
    return " ".join(s.split())


def write_expected(out_dir, codes, elements):
    """What the PDFs must give back: every criterion text and every code (booklet), the
    criteria, PC names and element codes (checklist, scoring sheet)."""
    forms = [squeeze(c["text"]) for _, _, criteria in elements for c in criteria]
    for code, _, criteria in elements:
        forms.append(code)
        for c in criteria:
            forms.append(pc_name(c))
            if c["system"]:
                forms.append(c["system"])
    with open(os.path.join(out_dir, "expected-forms.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(forms) + "\n")
    with open(os.path.join(out_dir, "expected-booklet.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join([codes.unit] + forms) + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("seed", type=int)
    ap.add_argument("out_dir")
    ap.add_argument("--max-elements", type=int, default=12)
    ap.add_argument("--max-pcs", type=int, default=40)
    ap.add_argument("--max-text", type=int, default=2400)
    ap.add_argument("--max-columns", type=int, default=40)
    ap.add_argument("--candidates", type=int, default=3)
    limits = ap.parse_args()
    rng = random.Random(limits.seed)
    codes = Codes(rng)
    elements = make_elements(rng, codes, limits)
    columns = make_columns(rng, elements, limits)
    os.makedirs(limits.out_dir, exist_ok=True)
    with open(os.path.join(limits.out_dir, "unit.xml"), "w", encoding="utf-8") as f:
        f.write(write_unit(rng, codes, elements, columns, limits))
    write_candidates(os.path.join(limits.out_dir, "candidates.csv"), rng, limits.seed, limits.candidates)
    write_expected(limits.out_dir, codes, elements)
    pcs = sum(len(c) for _, _, c in elements)
    longest = max(len(c["text"]) for _, _, criteria in elements for c in criteria)
    methods = sum(c["kind"] == "M" for c in columns)
    with open(os.path.join(limits.out_dir, "about.txt"), "w", encoding="utf-8") as f:
        f.write("%s %s: %d elements, %d PCs, %d evidence + %d method columns, longest criterion %d chars%s%s\n" % (
            codes.family, codes.unit, len(elements), pcs, len(columns) - methods, methods, longest,
            ", system codes" if codes.system_codes else "", ", Thai-digit numbers" if codes.thai_digits else ""))


if __name__ == "__main__":
    main()
