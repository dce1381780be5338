#!/usr/bin/env bash
# compforms summary: RESULTS.csv summed up per candidate as the sheet's summary lines record
# it, with the blank and ambiguous items to follow up; the CSV row by row, the PDF's text,
# the same summary whatever the rows' order, and bad input and usage.
# usage: summary.sh COMPFORMS REPO_ROOT SCRATCH_DIR
set -euo pipefail
bin=$1 root=$2 work=$3
rm -rf "$work" && mkdir -p "$work" && cd "$work"
unit=$root/forms/DL100.xml
results=$root/forms/results-sample.csv
fail() { echo "FAIL: $*"; exit 1; }
squash() { tr -d ' \n\f'; }

"$bin" summary "$unit" "$results" -o summary.pdf --csv summary.csv 2>log || { cat log; fail "summary"; }
qpdf --check summary.pdf >/dev/null || fail "qpdf --check"
head -1 summary.csv | grep -qx "candidate_id,item,kind,result" || fail "header: $(head -1 summary.csv)"
# What the sample records for DL-2569-0001: its sheet's summary lines, then what is blank.
python3 - "$results" <<'PY' || fail "summary.csv does not follow the sheet's summary lines"
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding='utf-8')))
got = list(csv.DictReader(open('summary.csv', encoding='utf-8')))
bad = 0
for cid in sorted({r['candidate_id'] for r in rows if r['candidate_id']}):
    mine = [r for r in rows if r['candidate_id'] == cid]
    sheet = {r['item']: r['result'] for r in mine if r['form'] == 'scoresheet'}
    for g in (g for g in got if g['candidate_id'] == cid and g['kind'] in ('element', 'unit')):
        if g['result'] != sheet.get(g['item'], ''):
            print(cid, g['item'], g['result'], 'not', sheet.get(g['item'])); bad += 1
    want = sorted((r['form'], r['item']) for r in mine if r['result'] in ('blank', 'ambiguous'))
    have = [g['item'] for g in got if g['candidate_id'] == cid and g['kind'] == 'follow-up']
    if have != [i for _, i in want]:
        print(cid, 'follow-up', have, 'not', want); bad += 1
sys.exit(1 if bad else 0)
PY
t=$(pdftotext summary.pdf - | squash)
for s in "สรุปผลการประเมิน" "เลขประจำตัวDL-2569-0001" "ผลการประเมินหน่วยสมรรถนะ" "ต้องตรวจสอบ:KE1"; do
  grep -q "$s" <<<"$t" || fail "no '$s' in the summary's text"
done
# Rows in another order: the same summary.
(head -1 "$results"; tail -n +2 "$results" | tac) > reversed.csv
"$bin" summary "$unit" reversed.csv -o reversed.pdf --csv reversed.csv.out 2>/dev/null || fail "summary of reversed rows"
cmp -s summary.csv reversed.csv.out || fail "the rows' order changed the summary"
# A bad row is an error at its line, nothing written; bad usage is exit 2.
(cat "$results"; echo "DL-2569-0001,scoresheet,1,DL101,maybe,,,") > bad.csv
rc=0; "$bin" summary "$unit" bad.csv -o bad.pdf 2>err.txt || rc=$?
[ "$rc" = 1 ] || fail "a bad row: exit $rc, not 1"
grep -q "^bad.csv:$(wc -l <bad.csv):" err.txt || fail "the bad row's line is not named: $(head -2 err.txt)"
[ ! -e bad.pdf ] || fail "a summary was written for bad results"
rc=0; "$bin" summary "$unit" -o none.pdf 2>/dev/null || rc=$?
[ "$rc" = 2 ] || fail "no results: exit $rc, not 2"
rc=0; "$bin" summary "$unit" "$results" -o same.pdf --csv same.pdf 2>/dev/null || rc=$?
[ "$rc" = 2 ] || fail "--csv naming -o: exit $rc, not 2"
echo "summary ok"
