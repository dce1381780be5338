#!/usr/bin/env bash
# The blank scoring sheet and evidence checklist of DL100: valid PDFs; every PC code, system
# code and criterion text (and every evidence text on the checklist) extracts back (pdftotext
# default and -raw, whitespace removed, NFC); boxes are paths, never U+2610; the mapping
# matrix read back from the PDF (-layout) equals the coverage computed from the XML.
set -euo pipefail
bin=$1 root=$2 work=$3
rm -rf "$work"; mkdir -p "$work"; cd "$work"
unit=$root/forms/DL100.xml

"$bin" scoresheet "$unit" -o sheet.pdf 2>log || { cat log; echo "scoresheet failed"; exit 1; }
"$bin" checklist "$unit" -o checklist.pdf 2>log || { cat log; echo "checklist failed"; exit 1; }
for f in sheet.pdf checklist.pdf; do
  qpdf --check "$f" >/dev/null || { echo "qpdf --check failed on $f"; exit 1; }
  for mode in "" -raw -layout; do pdftotext $mode "$f" "$f${mode:-.default}.txt"; done
  pdftotext -bbox "$f" "$f.bbox.html"
done

python3 - "$unit" <<'PY'
import sys, re, unicodedata, xml.etree.ElementTree as ET
ns = {'u': 'urn:compforms:unit:1'}
root = ET.parse(sys.argv[1]).getroot()
squash = lambda s: unicodedata.normalize('NFC', re.sub(r'\s+', '', s))
pcs = root.findall('.//u:element/u:criterion', ns)
evidence = root.findall('.//u:evidence-guide//u:evidence', ns)
methods = root.findall('.//u:assessment-methods/u:method', ns)
fail = 0
def need(path, texts):
    global fail
    got = squash(open(path, encoding='utf-8').read())
    for t in texts:
        if squash(t) not in got:
            print(f'{path}: missing {t!r}'); fail += 1
    if '\u2610' in got or '\u2611' in got:
        print(f'{path}: a box came out as a character'); fail += 1
for mode in ('.default', '-raw'):
    sheet = [p.get('code') for p in pcs] + [p.get('system-code') for p in pcs] + [p.text for p in pcs]
    sheet += [m.get('id') for m in methods] + [m.text for m in methods]
    sheet += ['ผลการประเมินสมรรถนะย่อย' + e.get('code') for e in root.findall('.//u:element', ns)]
    sheet += ['ลงชื่อ', 'ผู้ประเมิน', 'ผู้เข้ารับการประเมิน', 'ชื่อ-นามสกุล', 'เลขประจำตัว', 'ศูนย์ประเมิน', 'วันที่ประเมิน']
    need('sheet.pdf' + mode + '.txt', sheet)
    check = [p.get('code') for p in pcs] + [p.get('system-code') for p in pcs] + [p.text for p in pcs]
    check += [e.get('id') for e in evidence] + [e.text for e in evidence] + [m.text for m in methods]
    need('checklist.pdf' + mode + '.txt', check)
# No marker of a fill-in slot may survive into the blank forms.
for f in ('sheet.pdf.default.txt', 'checklist.pdf.default.txt'):
    if '@@' in open(f, encoding='utf-8').read():
        print(f'{f}: a slot marker was printed'); fail += 1

# The mapping matrix, read back from the PDF's word boxes (pdftotext -bbox): on the page
# with the row of column ids, each X belongs to the id column whose header spans its
# centre and to the PC code on its line; the evidence count follows the evidence columns,
# the method count the method columns.
import html
cols = [e.get('id') for e in evidence] + [m.get('id') for m in methods]
expected = {}
for p in pcs:
    code = p.get('code')
    expected[code] = {c for c, item in zip(cols, evidence + methods) if code in item.get('covers').split()}
bbox = open('checklist.pdf.bbox.html', encoding='utf-8').read()
got, counts = {}, {}
for page in re.findall(r'<page .*?</page>', bbox, re.S):
    words = [(float(a), float(b), float(c), float(d), html.unescape(w)) for a, b, c, d, w in
             re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', page)]
    heads = {}
    for w in words:   # the first of each id on the page: the header row (the legend repeats them)
        if w[4] in cols: heads.setdefault(w[4], w)
    if set(heads) != set(cols):
        continue
    head_y = max(h[3] for h in heads.values())
    rows = [w for w in words if re.fullmatch(r'[A-Z]{2}\d{3}\.\d{2}', w[4]) and w[1] > head_y and w[0] < heads[cols[0]][0]]
    right = max(h[2] for h in heads.values())
    for r in rows:
        line = sorted((w for w in words if abs(w[1] - r[1]) < 3 and w[0] > r[2]), key=lambda w: w[0])
        marks = set()
        for w in line:
            if w[4] == 'X' and w[2] < right + 5:
                cx = (w[0] + w[2]) / 2
                marks.add(min(cols, key=lambda c: abs((heads[c][0] + heads[c][2]) / 2 - cx)))
        got[r[4]] = marks
        counts[r[4]] = [int(w[4]) for w in line if w[4].isdigit()]
    total = [w for w in words if w[4] == 'รวม' and w[1] > head_y]
    if total:
        line = sorted((w for w in words if abs(w[1] - total[-1][1]) < 3 and w[0] > total[-1][2]), key=lambda w: w[0])
        counts['total'] = [int(w[4]) for w in line if w[4].isdigit()]
if got != expected:
    print('matrix read back:', got, '\nexpected:', expected); fail += 1
ev_cols, m_cols = cols[:len(evidence)], cols[len(evidence):]
for code, marks in expected.items():
    want = [len(marks & set(ev_cols)), len(marks & set(m_cols))]
    if counts.get(code) != want:
        print(f'row counts of {code}: {counts.get(code)} != {want}'); fail += 1
ev_counts = [sum(c in expected[p] for p in expected) for c in ev_cols]
m_counts = [sum(c in expected[p] for p in expected) for c in m_cols]
if counts.get('total') != ev_counts + [sum(ev_counts)] + m_counts + [sum(m_counts)]:
    print('column counts:', counts.get('total'), '!=', ev_counts, m_counts); fail += 1
sys.exit(1 if fail else 0)
PY

# Boxes and fill-in lines are paths: the blank sheet draws rectangles (re) and has no
# box characters; the details lines are long enough to write a Thai name (>= 70 mm).
qpdf --qdf --object-streams=disable sheet.pdf sheet.qdf.pdf
python3 - <<'PY'
import re, sys
d = open('sheet.qdf.pdf', 'rb').read()
boxes = re.findall(rb'([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+) re', d)
big = [b for b in boxes if abs(float(b[2]) - float(b[3])) < 0.01 and float(b[2]) >= 4 * 72 / 25.4 - 0.01]
if len(big) < 2 * 11 + 2 * 4:
    print('expected >= 30 square boxes of >= 4 mm, found', len(big)); sys.exit(1)
PY
# The details' fill-in lines on page 1 of each form (dotted paths, read with mutool trace):
# five in the top three rows of dotted lines, the name's, the centre's and the assessor's
# >= 70 mm, the ID's and the date's >= 35 mm, none overlapping another.
for f in sheet.pdf checklist.pdf; do
  mutool trace "$f" 1 > "$f.trace.xml" 2>/dev/null
  python3 - "$f.trace.xml" <<'PY' || { echo "details lines of $f"; exit 1; }
import re, sys
mm = 72 / 25.4
t = open(sys.argv[1], encoding='utf-8').read()
lines = []
for attrs, body in re.findall(r'<stroke_path ([^>]*)>(.*?)</stroke_path>', t, re.S):
    if 'dash=' not in attrs:
        continue
    # One path may hold several lines (a moveto starts each).
    segs = []
    for op, x, y in re.findall(r'<(moveto|lineto) x="([-\d.]+)" y="([-\d.]+)"/>', body):
        if op == 'moveto': segs.append([])
        segs[-1].append((float(x), float(y)))
    for pts in segs:
        if len(pts) == 2 and abs(pts[0][1] - pts[1][1]) < 0.01:
            lines.append((min(pts[0][0], pts[1][0]), max(pts[0][0], pts[1][0]), pts[0][1]))
top = sorted({round(y, 1) for a, b, y in lines}, reverse=True)[:3]   # PDF y grows upwards
lines = [l for l in lines if round(l[2], 1) in top]
lens = sorted(round((b - a) / mm, 1) for a, b, y in lines)
print('details lines on page 1 (mm):', lens)
ok = len(lines) == 5 and sum(l >= 70 for l in lens) >= 3 and all(l >= 35 for l in lens)
for i, (a, b, y) in enumerate(lines):
    for c, d, z in lines[i + 1:]:
        if abs(y - z) < 0.01 and a < d and c < b: ok = False
sys.exit(0 if ok else 1)
PY
done
echo "assessment forms ok"
