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
# The merged pack: booklet, unit checklist (the matrix once), then per candidate the sheet
# and the checklist; the outline says so, and every PC code on a candidate's checklist
# links to the booklet.
"$bin" pack "$unit" --candidates "$csv" --merge -o merged.pdf 2>log || { cat log; fail "pack --merge"; }
n=$(pdftotext merged.pdf - | squash | grep -o "ตารางแสดงความสัมพันธ์" | wc -l)
[ "$n" = 1 ] || fail "the merged pack prints the matrix $n times"
python3 - "$csv" <<'PY' || fail "the merged pack's outline or links"
import csv, subprocess, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding='utf-8')))
outline = [l.split('\t') for l in subprocess.run(['mutool', 'show', 'merged.pdf', 'outline'],
                                                   capture_output=True, text=True, check=True).stdout.splitlines()]
top = [(f[1].strip('"'), f[2]) for f in outline if f[1].startswith('"')]
want = ['มาตรฐานสมรรถนะ DL100', 'แบบตรวจสอบหลักฐานและตารางความสัมพันธ์ DL100'] + \
       [f"{r['name']} ({r['candidate_id']})" for r in rows]
bad = 0
if [t for t, _ in top] != want:
    print('top-level bookmarks:', [t for t, _ in top][:5], '...'); bad += 1
under = [f for f in outline if f[1] == '' and f[2].startswith('"')]
forms = [f[2].strip('"') for f in under]
if forms.count('แบบบันทึกผลการประเมินสมรรถนะ') != len(rows) or forms.count('แบบตรวจสอบหลักฐานการประเมินสมรรถนะ') != len(rows):
    print('not one sheet and one checklist bookmark per candidate'); bad += 1
if any(f[1].startswith('"11. ') for f in outline) or not any(f[1] == '' and f[2].startswith('"11. ') for f in outline):
    print("the booklet's sections are not under its bookmark"); bad += 1
# Page of each candidate's checklist: 11 unit pages, then 2 + 1 per candidate.
js = """var doc = new Document(scriptArgs[0]); var p = doc.loadPage(parseInt(scriptArgs[1]) - 1);
var l = p.getLinks(); for (var k = 0; k < l.length; k++) print(l[k].uri);"""
open('links.js', 'w').write(js)
for i in (0, len(rows) - 1):
    page = 11 + 3 * i + 3
    links = subprocess.run(['mutool', 'run', 'links.js', 'merged.pdf', str(page)], capture_output=True, text=True).stdout.split()
    text = subprocess.run(['pdftotext', '-f', str(page), '-l', str(page), 'merged.pdf', '-'], capture_output=True, text=True).stdout
    import re
    codes = re.findall(r'DL10[0-9]\.[0-9][0-9]', text)
    if len(links) != len(codes) or not all(l.startswith('#page=') for l in links):
        print(f'page {page}: {len(links)} links for {len(codes)} PC codes'); bad += 1
sys.exit(1 if bad else 0)
PY

# --duplex: every candidate, the booklet and the unit checklist start on an odd page, the
# pages inserted are blank; separate files need none (bad usage).
"$bin" pack "$unit" --candidates "$csv" --merge --duplex -o duplex.pdf 2>log || { cat log; fail "--duplex"; }
python3 - <<'PY' || fail "--duplex pages"
import subprocess, sys
lines = subprocess.run(['mutool', 'show', 'duplex.pdf', 'outline'], capture_output=True, text=True).stdout.splitlines()
starts = [int(l.split('#page=')[1].split('&')[0]) for l in lines if l.split('\t')[1].startswith('"')]
even = [p for p in starts if p % 2 == 0]
if len(starts) != 22 or even: print('top-level entries on even pages:', even, len(starts)); sys.exit(1)
for p in range(1, starts[-1]):
    if p + 1 in starts and p % 2 == 0:   # the page before an odd start, on the back: blank or the part's own
        t = subprocess.run(['pdftotext', '-f', str(p), '-l', str(p), 'duplex.pdf', '-'], capture_output=True, text=True).stdout
        if p in (12, 16) and t.strip(): print(f'page {p} is not blank'); sys.exit(1)
PY
rc=0; "$bin" pack "$unit" --candidates "$csv" --duplex -o sep 2>/dev/null || rc=$?
[ "$rc" = 2 ] || fail "--duplex without --merge is not bad usage"

# Every page of a candidate's forms and of the unit checklist names the edition it assesses
# against, where the source gives one.
sed 's|<edition/>|<edition><revision>2</revision><date>2025-03-01</date></edition>|' "$unit" >rev2.xml
"$bin" pack rev2.xml --candidates "$csv" -o rev2 2>log || { cat log; fail "pack of an edition"; }
for f in rev2/DL-2569-0001-scoresheet.pdf rev2/DL-2569-0001-checklist.pdf rev2/DL100-checklist.pdf; do
  pages=$(pdfinfo "$f" | awk '/^Pages:/ {print $2}')
  n=$(pdftotext -raw "$f" - | squash | grep -o "ทบทวนครั้งที่2/2568" | wc -l)
  [ "$n" = "$pages" ] || fail "$f: the edition on $n of $pages pages"
done
"$bin" scoresheet "$unit" -o no-edition.pdf 2>/dev/null || fail "scoresheet"
! pdftotext no-edition.pdf - | grep -q "ทบทวนครั้งที่" || fail "an edition printed for a source without one"

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
