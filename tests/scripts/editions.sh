#!/usr/bin/env bash
# Two editions of DL100 (forms/DL100.xml and the test edition tests/fixtures/editions/DL100-rev2.xml):
#  - diff writes CHANGES.pdf and MAP.csv (exit 0); MAP.csv says for every PC what became of it,
#    row by row; the report's text, in pdftotext's default and -raw modes, holds every old and
#    new wording of every PC that changed, was added or removed, and of every other section that
#    changed; qpdf --check passes; the same input gives the same bytes;
#  - bad usage exits 2, bad input 1 (a replaces naming nothing: located, nothing written);
#  - check --previous: the test edition revises DL100 cleanly; a system code on a dissimilar
#    criterion and a revision that is not greater are located errors;
#  - a booklet carries its source (/AF, /AFRelationship /Source, EmbeddedFiles): extract gives
#    it back byte for byte, pdfdetach finds it, diff of two booklets = diff of their sources;
#  - booklet --previous prints the same text with change bars (tested in test_change_report);
#  - the test edition's booklet prints its history (ประวัติการแก้ไข, Buddhist-Era dates).
set -euo pipefail
bin=$1 root=$2 work=$3
rm -rf "$work"; mkdir -p "$work"; cd "$work"
old=$root/forms/DL100.xml
new=$root/tests/fixtures/editions/DL100-rev2.xml
fail() { echo "FAIL: $*"; exit 1; }
export SOURCE_DATE_EPOCH=1780000000

# The test edition (format 1.1: history, replaces) is valid against the schema; a replaces
# that is not a code is not (the order of history entries is the loader's to check).
xmllint --noout --schema "$root/schema/unit.xsd" "$new" 2>xsd.log || { cat xsd.log; fail "the test edition against unit.xsd"; }
sed 's/replaces="191381"/replaces="19 1381"/' "$new" > bad-xsd.xml
xmllint --noout --schema "$root/schema/unit.xsd" bad-xsd.xml 2>/dev/null && fail "the schema takes a replaces with a space"

"$bin" diff "$old" "$new" -o CHANGES.pdf --mapping MAP.csv 2>log || { cat log; fail "diff"; }
[ -s CHANGES.pdf ] && [ -s MAP.csv ] || fail "diff wrote no report or no MAP.csv"
qpdf --check CHANGES.pdf >qpdf.log 2>&1 || { cat qpdf.log; fail "qpdf --check CHANGES.pdf"; }
pdfinfo CHANGES.pdf | grep -q '^Pages:' || fail "pdfinfo"

# MAP.csv row by row: codes and change exact; the similarity 1.00 where the wording is kept,
# between 0 and 1 where it was reworded, empty for an added or removed PC.
python3 - MAP.csv <<'PY' || fail "MAP.csv"
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding='utf-8', newline='')))
expected = [
    ['old_code', 'old_system_code', 'new_code', 'new_system_code', 'change', 'similarity'],
    ['DL101.01', '191372', 'DL101.01', '191372', 'unchanged', '1.00'],
    ['DL101.02', '191373', 'DL101.02', '191373', 'reworded', None],
    ['DL101.03', '191374', '', '', 'removed', ''],
    ['DL101.04', '191375', 'DL101.03', '191375', 'renumbered', '1.00'],
    ['DL101.05', '191376', 'DL101.04', '191376', 'renumbered+reworded', None],
    ['DL102.01', '191377', 'DL102.01', '191377', 'unchanged', '1.00'],
    ['DL102.02', '191378', 'DL103.04', '191378', 'moved', '1.00'],
    ['DL102.03', '191379', 'DL102.02', '191379', 'renumbered', '1.00'],
    ['DL103.01', '191380', 'DL103.01', '191380', 'reworded', None],
    ['DL103.02', '191381', 'DL103.02', '191392', 'reworded', None],
    ['DL103.03', '191382', 'DL103.03', '191382', 'unchanged', '1.00'],
    ['', '', 'DL102.03', '191390', 'added', ''],
]
bad = 0
if len(rows) != len(expected):
    print(f'{len(rows)} rows, expected {len(expected)}'); bad += 1
for n, (got, want) in enumerate(zip(rows, expected), 1):
    ok = got[:5] == want[:5] and len(got) == 6
    if ok and want[5] is None:
        ok = len(got[5]) == 4 and 0 <= float(got[5]) < 1
    elif ok:
        ok = got[5] == want[5]
    if not ok:
        print(f'row {n}: {got} != {want}'); bad += 1
sys.exit(1 if bad else 0)
PY

# Every wording that changed is in the report's text, in both extraction modes.
pdftotext -enc UTF-8 CHANGES.pdf default.txt
pdftotext -enc UTF-8 -raw CHANGES.pdf raw.txt
python3 - "$old" "$new" default.txt raw.txt <<'PY' || fail "report text"
import sys, xml.etree.ElementTree as ET
ns = {'u': 'urn:compforms:unit:1'}
def squash(s): return ''.join(s.split())
def pcs(path):
    root = ET.parse(path).getroot()
    return {c.get('system-code'): squash(''.join(c.itertext()))
            for c in root.iterfind('.//u:criterion', ns)}
def text(path, tag):
    root = ET.parse(path).getroot()
    return [squash(''.join(p.itertext())) for p in root.iterfind(f'.//u:{tag}//u:p', ns)] + \
           [squash(''.join(p.itertext())) for p in root.iterfind(f'.//u:{tag}//u:item', ns)]
old, new = pcs(sys.argv[1]), pcs(sys.argv[2])
wordings = {t for k, t in old.items() if new.get(k) != t} | {t for k, t in new.items() if old.get(k) != t}
# The other sections that changed: the description and the skills.
for tag in ('description', 'skills'):
    a, b = text(sys.argv[1], tag), text(sys.argv[2], tag)
    wordings |= set(a) ^ set(b)
assert len(wordings) >= 12, wordings
bad = 0
for mode in sys.argv[3:]:
    got = squash(open(mode, encoding='utf-8').read())
    for w in sorted(wordings):
        if w not in got:
            print(f'{mode}: missing {w}'); bad += 1
    for word in ('รายงานการเปลี่ยนแปลงมาตรฐาน', 'เกณฑ์ที่เพิ่มใหม่', 'เกณฑ์ที่ยกเลิก', 'ทบทวนครั้งที่', '1/2569'):
        if squash(word) not in got:
            print(f'{mode}: missing {word}'); bad += 1
sys.exit(1 if bad else 0)
PY
# The report's mapping table says what MAP.csv says, row by row (-raw: a row a line).
python3 - MAP.csv raw.txt <<'PY' || fail "the report's mapping table"
import csv, sys
def squash(s): return ''.join(s.split())
raw = squash(open(sys.argv[2], encoding='utf-8').read())
bad = 0
for r in list(csv.DictReader(open(sys.argv[1], encoding='utf-8', newline=''))):
    side = lambda code, sys_code: f'{code}({sys_code})' if code else '-'
    row = side(r['old_code'], r['old_system_code']) + side(r['new_code'], r['new_system_code'])
    if row not in raw:
        print(f'no row {row}'); bad += 1
sys.exit(1 if bad else 0)
PY

# Counts per kind, as MAP.csv has them (-raw: the drawing order, a row a line).
for count in 'ไม่เปลี่ยนแปลง (unchanged) 3' 'ปรับถ้อยคำ (reworded) 3' 'เปลี่ยนรหัส (renumbered) 2' \
             'เปลี่ยนรหัสและปรับถ้อยคำ (renumbered+reworded) 1' 'ย้ายไปหน่วยสมรรถนะย่อยอื่น (moved) 1' \
             'ย้ายหน่วยสมรรถนะย่อยและปรับถ้อยคำ (moved+reworded) 0' 'เพิ่มใหม่ (added) 1' 'ยกเลิก (removed) 1'; do
    grep -qxF "$count" raw.txt || fail "no count line '$count'"
done

# Same input, same bytes.
"$bin" diff "$old" "$new" -o again.pdf --mapping again.csv 2>log || { cat log; fail "diff again"; }
cmp -s CHANGES.pdf again.pdf && cmp -s MAP.csv again.csv || fail "two runs differ"

# Two different units: written (exit 0), with a located warning.
"$bin" diff "$root/forms/50101.xml" "$old" -o mixed.pdf 2>log || { cat log; fail "diff of two units"; }
grep -q "DL100.xml:12:9: warning: unit DL100 is compared with unit 50101" log || { cat log; fail "no warning for two units"; }

# Bad usage: 2. Bad input: 1, located, nothing written.
set +e
"$bin" diff "$old" -o x.pdf 2>log; [ $? = 2 ] || fail "one source is not bad usage"
"$bin" diff "$old" "$new" 2>log; [ $? = 2 ] || fail "no -o is not bad usage"
"$bin" diff "$old" "$new" -o x.pdf --mapping x.pdf 2>log; [ $? = 2 ] || fail "--mapping = -o is not bad usage"
"$bin" diff "$old" missing.xml -o x.pdf 2>log; [ $? = 1 ] || fail "a missing source is not bad input"
sed 's/replaces="191381"/replaces="999999"/' "$new" > bad-replaces.xml
"$bin" diff "$old" bad-replaces.xml -o x.pdf --mapping x.csv 2>log; rc=$?
set -e
[ $rc = 1 ] || fail "a replaces naming nothing: exit $rc"
line=$(grep -n 'replaces="999999"' bad-replaces.xml | cut -d: -f1)
grep -q "^bad-replaces.xml:$line:[0-9]*: error: DL103.02 replaces '999999', which names no PC of the previous edition" log \
    || { cat log; fail "the bad replaces is not located"; }
[ ! -e x.pdf ] && [ ! -e x.csv ] || fail "bad input wrote a file"

# check --previous.
"$bin" check "$new" --previous "$old" >out 2>log || { cat log; fail "the test edition does not revise DL100 cleanly"; }
sed 's#\(system-code="191375">\)[^<]*#\1จัดทำรายงานประจำปีของหน่วยงาน#' "$new" > reused.xml
set +e
"$bin" check reused.xml --previous "$old" >out 2>log; rc=$?
set -e
[ $rc = 1 ] || fail "a system code on a dissimilar criterion: exit $rc"
line=$(grep -n 'system-code="191375"' reused.xml | cut -d: -f1)
grep -q "^reused.xml:$line:[0-9]*: error: system code 191375 named DL101.04 in the previous edition" log \
    || { cat log; fail "the reused system code is not located"; }
set +e
"$bin" check "$new" --previous "$new" >out 2>log; rc=$?
set -e
[ $rc = 1 ] || fail "the same revision twice: exit $rc"
grep -q "error: revision 1 is not greater than the previous edition's 1" log || { cat log; fail "revision"; }
grep -q "error: date 2026-06-01 is not later than the previous edition's 2026-06-01" log || { cat log; fail "date"; }

# A booklet carries its source byte for byte (an associated file, relationship Source, in the
# EmbeddedFiles name tree); extract gives it back; diff reads booklets as their sources.
"$bin" booklet "$old" -o old.pdf 2>log || { cat log; fail "booklet of DL100"; }
"$bin" booklet "$new" -o new.pdf 2>log || { cat log; fail "booklet of the test edition"; }
qpdf --check new.pdf >qpdf.log 2>&1 || { cat qpdf.log; fail "qpdf --check on a booklet with its source"; }
qpdf --qdf --object-streams=disable new.pdf new-qdf.pdf
grep -aq '/AFRelationship /Source' new-qdf.pdf || fail "no /AFRelationship /Source"
grep -aq '/Subtype /application#2fxml' new-qdf.pdf || fail "the embedded file is not application/xml"
grep -aA3 '/EmbeddedFiles' new-qdf.pdf | grep -q '(DL100-rev2.xml)' || fail "the source is not in the EmbeddedFiles tree"
grep -aq '^  /AF \[' new-qdf.pdf || fail "no /AF in the catalog"
"$bin" extract new.pdf -o back.xml 2>log || { cat log; fail "extract"; }
cmp -s back.xml "$new" || fail "extract does not give the source back byte for byte"
pdfdetach -save 1 -o detached.xml old.pdf && cmp -s detached.xml "$old" || fail "pdfdetach does not find DL100.xml"
"$bin" diff old.pdf new.pdf -o from-booklets.pdf --mapping from-booklets.csv 2>log || { cat log; fail "diff of booklets"; }
cmp -s from-booklets.csv MAP.csv && cmp -s from-booklets.pdf CHANGES.pdf || fail "diff of booklets differs from diff of sources"
set +e
"$bin" extract CHANGES.pdf -o none.xml 2>log; rc=$?
set -e
[ $rc = 1 ] && [ ! -e none.xml ] || fail "extract of a PDF without a source: exit $rc"
grep -q "^CHANGES.pdf: error: the PDF carries no unit source" log || { cat log; fail "no source: message"; }

# booklet --previous (a source or a booklet) prints change bars; it is an option of check
# and booklet only.
"$bin" booklet "$new" --previous old.pdf -o bars.pdf 2>log || { cat log; fail "booklet --previous"; }
qpdf --check bars.pdf >qpdf.log 2>&1 || { cat qpdf.log; fail "qpdf --check on a booklet with change bars"; }
[ "$(pdftotext -enc UTF-8 bars.pdf - | tr -d ' \n\f')" = "$(pdftotext -enc UTF-8 new.pdf - | tr -d ' \n\f')" ] \
    || fail "change bars changed the booklet's text"
cmp -s bars.pdf new.pdf && fail "booklet --previous printed no change bars"
set +e
"$bin" scoresheet "$new" --previous "$old" -o x.pdf 2>log; rc=$?
set -e
[ $rc = 2 ] || fail "scoresheet --previous: exit $rc"

# The test edition's booklet prints its history.
pdftotext -enc UTF-8 new.pdf - | tr -d ' \n\f' > booklet.txt
for want in ประวัติการแก้ไข 30กันยายน2564 1มิถุนายน2569 ฉบับแรก; do
    grep -q "$want" booklet.txt || fail "the booklet's history lacks $want"
done
echo "editions: ok"
