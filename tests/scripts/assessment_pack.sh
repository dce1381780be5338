#!/usr/bin/env bash
# compforms pack: the booklet, the blank checklist and each candidate's sheet and checklist
# as valid PDFs; merged, one PDF whose PC codes on every sheet link to named destinations
# the booklet part defines, a bookmark per candidate; killed midway (kill -9), a batch
# leaves only complete PDFs (temporary files never end in .pdf).
set -euo pipefail
bin=$1 root=$2 work=$3
rm -rf "$work"; mkdir -p "$work"; cd "$work"
unit=$root/forms/DL100.xml
csv=$root/forms/candidates-sample.csv
fail() { echo "FAIL: $*"; exit 1; }

"$bin" pack "$unit" --candidates "$csv" -o pack 2>log || { cat log; fail "pack"; }
[ -f pack/DL100-booklet.pdf ] || fail "no booklet"
[ -f pack/DL100-checklist.pdf ] || fail "no blank checklist"
[ "$(ls pack/*-scoresheet.pdf | wc -l)" = 20 ] || fail "not 20 scoring sheets"
[ "$(ls pack/DL-*-checklist.pdf | wc -l)" = 20 ] || fail "not 20 candidate checklists"
[ "$(ls -A pack | wc -l)" = 42 ] || { ls -A pack; fail "unexpected files in the pack folder"; }
for f in pack/*.pdf; do qpdf --check "$f" >/dev/null || fail "qpdf --check $f"; done
grep -q '42 written, 0 skipped' log || { cat log; fail "no summary"; }
grep -q 'DL-2569-0013' <<<"$(pdftotext pack/DL-2569-0013-checklist.pdf -)" || fail "candidate ID missing from their checklist"
# Separate files have no links to destinations they do not hold.
! grep -qa '/Subtype /Link' pack/DL-2569-0001-scoresheet.pdf || fail "a stand-alone sheet has links"

# A candidate whose ID is the unit code would overwrite the blank checklist: an error.
{ echo 'candidate_id,name,centre,date,assessor'; echo 'DL100,นายหนึ่ง ทดสอบ,ศูนย์,2026-11-24,นางสอง'; } > unitid.csv
set +e
"$bin" pack "$unit" --candidates unitid.csv -o unitid 2>unitid.log; st=$?
set -e
[ $st = 1 ] || fail "candidate named like the unit: exit $st"
grep -q 'unitid.csv:2: error:' unitid.log || { cat unitid.log; fail "no line-numbered error for a candidate named like the unit"; }
[ ! -e unitid ] || [ -z "$(ls -A unitid)" ] || fail "candidate named like the unit: something was written"

# --- merged ------------------------------------------------------------------------------
"$bin" pack "$unit" --candidates "$csv" --merge -o merged.pdf 2>log || { cat log; fail "pack --merge"; }
qpdf --check merged.pdf >/dev/null || fail "qpdf --check merged.pdf"
qpdf --qdf --object-streams=disable merged.pdf merged.qdf.pdf
qpdf --json --json-key=outlines merged.pdf > outline.json
python3 - "$unit" "$csv" <<'PY' || fail "merged pack"
import csv, json, re, subprocess, sys, unicodedata, xml.etree.ElementTree as ET
unit, csv_path = sys.argv[1], sys.argv[2]
ns = {'u': 'urn:compforms:unit:1'}
codes = [c.get('code') for c in ET.parse(unit).getroot().findall('.//u:criterion', ns)]
rows = list(csv.DictReader(open(csv_path, encoding='utf-8')))
d = open('merged.qdf.pdf', 'rb').read().decode('latin-1')
fail = 0
names = re.search(r'/Dests\s+(\d+) 0 R', d) or re.search(r'/Dests\s*<<', d)
tree = set(re.findall(r'\((DL\d{3}\.\d{2})\)\s*\[', d))
links = re.findall(r'/D \(([^)]*)\)', d)
for c in codes:
    if c not in tree:
        print('no named destination', c); fail += 1
    # each candidate's scoring sheet and mapping matrix link every PC code
    if links.count(c) < 2 * len(rows):
        print(f'{c}: {links.count(c)} links, expected >= {2 * len(rows)}'); fail += 1
for l in set(links):
    if l not in tree:
        print('link to a missing destination', l); fail += 1
outline = json.load(open('outline.json'))['outlines']
tops = [o['title'] for o in outline]
for r in rows:
    t = f"{r['name']} ({r['candidate_id']})"
    if t not in tops:
        print('no bookmark for', t); fail += 1
squash = lambda s: unicodedata.normalize('NFC', re.sub(r'\s+', '', s))
text = squash(subprocess.run(['pdftotext', 'merged.pdf', '-'], capture_output=True, text=True).stdout)
for r in rows:
    if squash(r['name']) not in text: print('name missing', r['name']); fail += 1
sys.exit(1 if fail else 0)
PY

# --- killed midway: no truncated PDF ------------------------------------------------------
python3 - > big.csv <<'PY'
print('candidate_id,name,centre,date,assessor')
for i in range(2000):
    print(f'K-{i:05d},นายทดสอบ คนที่{i},ศูนย์ทดสอบสมรรถนะ,2026-11-24,นางสาวผู้ประเมิน ใจดี')
PY
"$bin" pack "$unit" --candidates big.csv -o big 2>/dev/null &
pid=$!
for _ in $(seq 1 600); do   # until a few dozen files are out (at most 60 s)
  n=$( (find big -name '*.pdf' 2>/dev/null || true) | wc -l)
  [ "$n" -ge 40 ] && break
  kill -0 $pid 2>/dev/null || break
  sleep 0.1
done
kill -9 $pid 2>/dev/null || fail "the pack finished before it could be killed"
wait $pid 2>/dev/null || true
n=$(find big -name '*.pdf' | wc -l)
[ "$n" -ge 1 ] && [ "$n" -lt 4002 ] || fail "killed pack left $n PDFs"
while IFS= read -r -d '' f; do
  qpdf --check "$f" >/dev/null 2>&1 || fail "truncated PDF after kill -9: $f"
done < <(find big -name '*.pdf' -print0)
# Anything else is a temporary file, and its name does not end in .pdf.
bad=$(find big -type f ! -name '*.pdf' ! -name '.compforms-*.tmp' | wc -l)
[ "$bad" = 0 ] || fail "unexpected files after kill"
# The next run into the folder removes the temporaries the killed run left (if it left one).
"$bin" scoresheet "$unit" --candidates "$csv" -o big 2>/dev/null || fail "a run after the kill failed"
[ -z "$(find big -name '.compforms-*.tmp')" ] || fail "a stale temporary file survived the next run"
echo "assessment pack ok ($n complete PDFs after kill -9)"
