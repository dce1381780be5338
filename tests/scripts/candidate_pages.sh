#!/usr/bin/env bash
# What a centre hands out: every page of a candidate's forms names the candidate (ID and
# name) and the page as n/N in its header, so a loose page goes back to its owner; the
# names stand in the signatures' "( … )" and the date in their date lines; a candidate's
# checklist is theirs only (DL100: sheet 2 pages + checklist 1), the matrix is printed once
# in the unit checklist; --digits thai on every form, the IDs and codes unchanged.
set -euo pipefail
bin=$1 root=$2 work=$3
rm -rf "$work"; mkdir -p "$work"; cd "$work"
unit=$root/forms/DL100.xml
csv=$root/forms/candidates-sample.csv
fail() { echo "FAIL: $*"; exit 1; }
pages() { pdfinfo "$1" | sed -n 's/^Pages: *//p'; }
squash() { tr -d ' \n\f'; }

"$bin" pack "$unit" --candidates "$csv" -o pack 2>log || { cat log; fail "pack"; }
[ "$(pages pack/DL100-checklist.pdf)" = 3 ] || fail "the unit checklist is not 3 pages"
pdftotext pack/DL100-checklist.pdf - | squash | grep -q "ตารางแสดงความสัมพันธ์" || fail "no matrix in the unit checklist"
python3 - "$csv" <<'PY' || fail "candidate pages"
import csv, subprocess, sys
def text(path, page, mode=()):
    return subprocess.run(['pdftotext', '-enc', 'UTF-8', *mode, '-f', str(page), '-l', str(page), path, '-'],
                          capture_output=True, text=True, check=True).stdout
def squash(s): return ''.join(s.split())
bad = 0
rows = list(csv.DictReader(open(sys.argv[1], encoding='utf-8')))
for row in rows:
    cid, name = row['candidate_id'], row['name']
    for form, n in (('scoresheet', 2), ('checklist', 1)):
        path = f'pack/{cid}-{form}.pdf'
        info = subprocess.run(['pdfinfo', path], capture_output=True, text=True).stdout
        if f'Pages:           {n}' not in info:
            print(f'{path}: not {n} pages'); bad += 1
        for p in range(1, n + 1):
            # The header opens the page's text (-raw: drawing order): the candidate, the unit
            # and the form, the page; default mode has it whole.
            head = squash(f'{cid} {name}')
            opening = squash(text(path, p, ('-raw',)))[:200]
            if not opening.startswith(head) or f'{p}/{n}' not in opening:
                print(f'{path} p{p} -raw: the header lacks {cid} {name} {p}/{n}'); bad += 1
            if head not in squash(text(path, p)):
                print(f'{path} p{p}: no {cid} {name}'); bad += 1
        # The names inside the signatures' parentheses, the date on their date lines.
        last = [squash(l) for l in text(path, n, ('-layout',)).splitlines()]
        for who in (row['assessor'], name):
            if who and not any(l.startswith('(') and f'{squash(who)})' in l for l in last):
                print(f'{path}: no "( {who} )" in the signatures'); bad += 1
        y, m, d = (row['date'].split('-') if '-' in row['date'] else
                   (lambda d, m, y: (str(int(y) - 543), m, d))(*row['date'].split('/')))
        date = f'วันที่{int(d)}เดือน' + ['มกราคม','กุมภาพันธ์','มีนาคม','เมษายน','พฤษภาคม','มิถุนายน','กรกฎาคม',
                                       'สิงหาคม','กันยายน','ตุลาคม','พฤศจิกายน','ธันวาคม'][int(m) - 1] + f'พ.ศ.{int(y) + 543}'
        if sum(l.count(date) for l in last) != 2:
            print(f'{path}: the date is not on both signatures\' date lines'); bad += 1
    if bad > 10: break
print(f'{len(rows)} candidates checked')
sys.exit(1 if bad else 0)
PY
# Thai digits on every form: dates and pages; the ID and the codes never change.
"$bin" scoresheet "$unit" --candidates "$csv" --digits thai -o thai 2>log || { cat log; fail "--digits thai"; }
t=$(pdftotext -raw thai/DL-2569-0001-scoresheet.pdf - | squash)
grep -q "DL-2569-0001" <<<"$t" || fail "the ID changed under --digits thai"
grep -q "DL101.01" <<<"$t" || fail "a PC code changed under --digits thai"
grep -q "๑/๒" <<<"$t" || fail "no Thai page number"
grep -q "หน้า๒/๒" <<<"$t" || fail "no Thai page number in the footer"
grep -q "๒๔พฤศจิกายน๒๕๖๙" <<<"$t" || fail "no Thai date in the details"
pdftotext -layout thai/DL-2569-0001-scoresheet.pdf - | squash | grep -q "วันที่๒๔เดือนพฤศจิกายนพ.ศ.๒๕๖๙" ||
  fail "no Thai date in the signatures"
! grep -q "พฤศจิกายน2569\|พ.ศ.2569" <<<"$t" || fail "an Arabic year under --digits thai"
"$bin" checklist "$unit" --digits thai -o thai-unit.pdf 2>log || { cat log; fail "checklist --digits thai"; }
pdftotext -raw thai-unit.pdf - | squash | grep -q "หน้า๒/๓" || fail "no Thai page number on the unit checklist"
echo "candidate pages ok"
