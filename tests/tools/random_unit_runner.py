#!/usr/bin/env python3
"""Prints random units (random_unit.py) through every command of compforms and checks the PDFs.

usage: random_unit_runner.py --bin COMPFORMS --work DIR [--keep DIR] (--seeds LIST | --count N --first S)
                             [--unchecked COMPFORMS] [--text-check all|blank] [generator limits]

For each seed: generate the unit and its candidates CSV; validate the unit with xmllint against
schema/unit.xsd; run check, booklet, checklist and scoresheet (blank and with the CSV, one file
per candidate), pack (separate files and --merge), each required to exit 0; qpdf --check on every
PDF; then tests/tools/pdf_text_check.py: every criterion text and code in pdftotext's default and
-raw output, and in -layout mode every Thai cluster of -raw. One summary line per seed (and the
failures under it); a failing seed's folder (unit.xml, candidates.csv, PDFs, logs) is kept under
--keep. With --unchecked (a compforms without the layout check), a form the check refused is
printed anyway into the kept folder, with PNGs of the pages named, for a person to look at.
At the end, the failures counted by kind. Exit 0 when every seed passed, 1 otherwise.
"""
import argparse
import collections
import os
import re
import shutil
import subprocess
import sys
import time
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
TIMEOUT = 900   # seconds for one command: a hang is a failure of its own kind


def parse_seeds(text):
    """'1,5,10-12' -> [1, 5, 10, 11, 12]"""
    seeds = []
    for part in text.replace(" ", ",").split(","):
        if "-" in part:
            lo, hi = part.split("-")
            seeds.extend(range(int(lo), int(hi) + 1))
        elif part:
            seeds.append(int(part))
    return seeds


def run(argv, cwd, log):
    """Runs a command, its output appended to `log`; returns (status, stdout, stderr). A
    signal is -N; a timeout is None."""
    try:
        p = subprocess.run(argv, cwd=cwd, capture_output=True, text=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        status, out, err = None, "", "timed out after %d s" % TIMEOUT
    else:
        status, out, err = p.returncode, p.stdout, p.stderr
    with open(log, "a", encoding="utf-8") as f:
        f.write("$ %s\n%s%s[exit %s]\n" % (" ".join(argv), out, err, status))
    return status, out, err


def classify(status, err):
    """The kind of a failed command, and its first telling line."""
    errors = [l for l in err.splitlines() if ": error: " in l or "runtime error" in l or "Sanitizer" in l]
    first = errors[0] if errors else (err.strip().splitlines() or ["(no message)"])[-1]
    if status is None:
        return "timeout", first
    if status < 0 or status >= 128 or "Sanitizer" in err or "runtime error:" in err:
        return "crash", first
    if " would print " in err:
        return "layout check: " + ("overlap" if " over text " in err else "off the page"), first
    if "cannot lay out" in err:
        return "refused: cannot lay out", first
    return "exit %d" % status, first


MARKS = "\u0E31\u0E34-\u0E3A\u0E47-\u0E4E"
CLUSTER = re.compile("[\u0E01-\u0E30\u0E32\u0E33\u0E40-\u0E46\u0E4F-\u0E5B][%s]*|[%s]+" % (MARKS, MARKS))


def norm(s):
    """As pdf_text_check.py compares: NFC, all whitespace removed."""
    return "".join(unicodedata.normalize("NFC", s).split())


class PdfText:
    """A PDF's text as pdftotext gives it in each mode, page by page. A string must come back
    as one piece, as in pdf_text_check.py, except that a criterion may run on from one page
    onto the next: the running footer and header and the table's repeated head rows stand
    between its two parts in any reading order, so there it must be a piece that ends one
    page's text and a piece on the next (never two pieces on one page)."""

    def __init__(self, pdf):
        self.pages = {}
        for mode, flags in (("default", []), ("-raw", ["-raw"]), ("-layout", ["-layout"])):
            p = subprocess.run(["pdftotext", "-enc", "UTF-8", *flags, pdf, "-"], capture_output=True, text=True)
            if p.returncode:
                raise RuntimeError("pdftotext %s failed: %s" % (mode, p.stderr.strip()))
            self.pages[mode] = [norm(page) for page in p.stdout.split("\f")]
        self.whole = {mode: "".join(pages) for mode, pages in self.pages.items()}
        self.unhyphenated = {}

    @staticmethod
    def longest_prefix(s, text):
        """The length of the longest prefix of s found in text (found prefixes are nested)."""
        lo, hi = 0, len(s)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if s[:mid] in text:
                lo = mid
            else:
                hi = mid - 1
        return lo

    def has(self, mode, s, drop=""):
        """Whether s comes back (see the class); with `drop`, those characters are removed
        from the text first."""
        pages = self.pages[mode]
        if drop:
            key = (mode, drop)
            if key not in self.unhyphenated:
                self.unhyphenated[key] = [p.translate({ord(c): None for c in drop}) for p in pages]
            pages = self.unhyphenated[key]
        if any(s in page for page in pages):
            return True
        for i in range(len(pages) - 1):
            rest, j = s, i
            while j < len(pages) and rest:
                if rest in pages[j] and j > i:
                    return True
                k = self.longest_prefix(rest, pages[j])
                if k == 0:
                    break
                rest, j = rest[k:], j + 1
        return False

    def layout_clusters(self):
        """The Thai clusters whose counts in -layout differ from -raw's."""
        diff = collections.Counter(CLUSTER.findall(self.whole["-layout"]))
        diff.subtract(collections.Counter(CLUSTER.findall(self.whole["-raw"])))
        return sorted("%s %+d" % (c, n) for c, n in diff.items() if n)


class Seed:
    """One seed's run: its folder, its failures (kind, detail)."""

    def __init__(self, args, seed):
        self.args, self.seed = args, seed
        self.dir = os.path.join(args.work, "seed-%d" % seed)
        self.log = os.path.join(self.dir, "log.txt")
        self.failures = []
        self.pdfs = []

    def fail(self, kind, detail):
        self.failures.append((kind, detail))

    def command(self, name, argv, outputs=()):
        """A compforms command that must exit 0; the PDFs it must leave are checked later."""
        status, _, err = run([self.args.bin] + argv, self.dir, self.log)
        if status != 0:
            kind, first = classify(status, err)
            self.fail(kind, "%s: %s" % (name, first))
            if kind.startswith("layout check") and self.args.unchecked:
                self.print_unchecked(name, argv, err)
            return False
        for out in outputs:
            path = os.path.join(self.dir, out)
            found = [os.path.join(path, f) for f in sorted(os.listdir(path))] if os.path.isdir(path) else [path]
            self.pdfs.extend(p for p in found if p.endswith(".pdf"))
        return True

    def print_unchecked(self, name, argv, err):
        """The refused form printed by a compforms without the check, and its pages named in
        the messages as PNGs (60 dpi), for a person to look at."""
        out = argv[argv.index("-o") + 1]
        unchecked = argv[:argv.index("-o") + 1] + ["unchecked-" + out] + argv[argv.index("-o") + 2:]
        run([self.args.unchecked] + unchecked, self.dir, self.log)
        target = os.path.join(self.dir, "unchecked-" + out)
        pdf = target if target.endswith(".pdf") else None
        if pdf is None and os.path.isdir(target):
            pdf = next((os.path.join(target, f) for f in sorted(os.listdir(target)) if f.endswith(".pdf")), None)
        for page in sorted({int(p) for p in re.findall(r"\(page (\d+)", err)})[:4]:
            if pdf and os.path.exists(pdf):
                run(["pdftoppm", "-r", "60", "-png", "-f", str(page), "-l", str(page), pdf,
                     os.path.join(self.dir, "%s-page" % name.replace(" ", "-"))], self.dir, self.log)

    def text_check(self, pdf, expected):
        """pdf_text_check.py's rules, page-aware (see PdfText); failures by mode."""
        with open(os.path.join(self.dir, expected), encoding="utf-8") as f:
            strings = [norm(l) for l in f.read().split("\n") if norm(l)]
        try:
            text = PdfText(os.path.join(self.dir, pdf))
        except RuntimeError as e:
            return self.fail("text", "%s: %s" % (pdf, e))
        for mode in ("default", "-raw"):
            missing = [x for x in strings if not text.has(mode, x)]
            # pdftotext joins a line that ends with '-' to the next without the hyphen: a
            # cause of its own, told apart from text that is out of order.
            hyphen = [x for x in missing if text.has(mode, x.replace("-", ""), "-")]
            for which, kind in ((hyphen, " (a hyphen at a line end dropped)"),
                                ([x for x in missing if x not in hyphen], "")):
                if which:
                    self.fail("text %s%s" % (mode, kind), "%s: %d of %d strings not found, e.g. %s" % (
                        pdf, len(which), len(strings), which[0][:100]))
        wrong = text.layout_clusters()
        if wrong:
            self.fail("text -layout", "%s: %d Thai clusters differ from -raw, e.g. %s" % (pdf, len(wrong), wrong[0]))

    def go(self):
        a = self.args
        os.makedirs(self.dir, exist_ok=True)
        gen = [sys.executable, os.path.join(HERE, "random_unit.py"), str(self.seed), self.dir,
               "--max-elements", str(a.max_elements), "--max-pcs", str(a.max_pcs), "--max-text", str(a.max_text),
               "--max-columns", str(a.max_columns), "--candidates", str(a.candidates)]
        if run(gen, self.dir, self.log)[0] != 0:
            return self.fail("generator", "random_unit.py failed")
        status, _, err = run(["xmllint", "--noout", "--schema", os.path.join(ROOT, "schema", "unit.xsd"), "unit.xml"],
                             self.dir, self.log)
        if status != 0:
            self.fail("generator: schema", err.strip().splitlines()[0])
        if not self.command("check", ["check", "unit.xml"]):
            return   # nothing can be printed from a unit the loader refuses
        csv = ["--candidates", "candidates.csv"]
        self.command("booklet", ["booklet", "unit.xml", "-o", "booklet.pdf"], ["booklet.pdf"])
        for form in ("checklist", "scoresheet"):
            self.command(form, [form, "unit.xml", "-o", form + ".pdf"], [form + ".pdf"])
            self.command(form + " csv", [form, "unit.xml"] + csv + ["-o", form + "-each"], [form + "-each"])
        self.command("pack", ["pack", "unit.xml"] + csv + ["-o", "pack"], ["pack"])
        self.command("pack --merge", ["pack", "unit.xml"] + csv + ["--merge", "-o", "pack.pdf"], ["pack.pdf"])
        for pdf in self.pdfs:
            status, out, err = run(["qpdf", "--check", pdf], self.dir, self.log)
            if status != 0:   # 3 is warnings: a PDF the program writes has none either
                self.fail("qpdf", "%s: %s" % (os.path.relpath(pdf, self.dir), (err or out).strip()[:160]))
        for name, expected in (("booklet.pdf", "expected-booklet.txt"), ("checklist.pdf", "expected-forms.txt"),
                               ("scoresheet.pdf", "expected-forms.txt")):
            if os.path.join(self.dir, name) in self.pdfs:
                self.text_check(name, expected)
        if a.text_check == "all" and os.path.join(self.dir, "pack.pdf") in self.pdfs:
            self.text_check("pack.pdf", "expected-booklet.txt")


def about(seed_dir):
    try:
        return open(os.path.join(seed_dir, "about.txt"), encoding="utf-8").read().strip()
    except OSError:
        return "(not generated)"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", required=True, help="the compforms to test")
    ap.add_argument("--work", required=True, help="a scratch folder (each seed's folder is removed when it passes)")
    ap.add_argument("--keep", help="where failing seeds' folders go (default: WORK/failed)")
    ap.add_argument("--seeds", help="seeds to run: 1,5,10-12")
    ap.add_argument("--count", type=int, default=10)
    ap.add_argument("--first", type=int, default=1)
    ap.add_argument("--unchecked", help="a compforms without the layout check, to print refused forms anyway")
    ap.add_argument("--text-check", choices=["all", "blank"], default="all",
                    help="blank: only the booklet and blank forms; all: the merged pack too")
    for name, default in (("max-elements", 12), ("max-pcs", 40), ("max-text", 2400), ("max-columns", 40),
                          ("candidates", 3)):
        ap.add_argument("--" + name, type=int, default=default)
    args = ap.parse_args()
    args.bin, args.work = os.path.abspath(args.bin), os.path.abspath(args.work)
    args.unchecked = args.unchecked and os.path.abspath(args.unchecked)
    keep = os.path.abspath(args.keep or os.path.join(args.work, "failed"))
    seeds = parse_seeds(args.seeds) if args.seeds else list(range(args.first, args.first + args.count))
    kinds = collections.defaultdict(list)
    started = time.monotonic()
    for seed in seeds:
        s = Seed(args, seed)
        shutil.rmtree(s.dir, ignore_errors=True)
        t0 = time.monotonic()
        s.go()
        took = time.monotonic() - t0
        print("seed %d: %s: %s (%.1f s)" % (seed, about(s.dir), "FAIL" if s.failures else "ok", took), flush=True)
        for kind, detail in s.failures:
            print("    %s: %s" % (kind, detail), flush=True)
            kinds[kind].append(seed)
        if s.failures:
            shutil.rmtree(os.path.join(keep, "seed-%d" % seed), ignore_errors=True)
            os.makedirs(keep, exist_ok=True)
            shutil.move(s.dir, os.path.join(keep, "seed-%d" % seed))
        else:
            shutil.rmtree(s.dir, ignore_errors=True)
    failed = {seed for seeds_ in kinds.values() for seed in seeds_}
    print("%d seeds, %d passed, %d failed in %.0f s" % (len(seeds), len(seeds) - len(failed), len(failed),
                                                       time.monotonic() - started))
    for kind, which in sorted(kinds.items()):
        unique = sorted(set(which))
        print("  %s: %d seeds: %s" % (kind, len(unique), " ".join(map(str, unique[:30])) + (" ..." if len(unique) > 30 else "")))
    if failed:
        print("failing seeds kept in %s" % keep)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
