#!/usr/bin/env bash
# Scoring sheets and checklists per candidate: each candidate's name and ID on their own
# files; UTF-8, UTF-8 with BOM and Windows-874 CSVs give byte-identical PDFs; unsafe IDs
# are written under safe names inside the output folder and nowhere else; bad rows give
# line-numbered errors and nothing is written (or, with --skip-bad, the good rows are
# written and the status is 1); --merge makes one PDF with a bookmark per candidate.
set -euo pipefail
bin=$1 root=$2 work=$3
rm -rf "$work"; mkdir -p "$work"; cd "$work"
unit=$root/forms/DL100.xml
csv=$root/forms/candidates-sample.csv
fail() { echo "FAIL: $*"; exit 1; }

# --- each candidate's values on their own files -------------------------------------
for form in scoresheet checklist; do
  "$bin" $form "$unit" --candidates "$csv" -o "out-$form" 2>log || { cat log; fail "$form batch"; }
  n=$(ls "out-$form"/*.pdf | wc -l); [ "$n" = 20 ] || fail "$form: $n files, not 20"
done
python3 - "$csv" <<'PY'
import csv, re, subprocess, sys, unicodedata
squash = lambda s: unicodedata.normalize('NFC', re.sub(r'\s+', '', s))
rows = list(csv.DictReader(open(sys.argv[1], encoding='utf-8')))
months = ['มกราคม','กุมภาพันธ์','มีนาคม','เมษายน','พฤษภาคม','มิถุนายน','กรกฎาคม','สิงหาคม','กันยายน','ตุลาคม','พฤศจิกายน','ธันวาคม']
fail = 0
for form in ('scoresheet', 'checklist'):
    for r in rows:
        path = f"out-{form}/{r['candidate_id']}-{form}.pdf"
        for mode in ([], ['-raw']):
            text = squash(subprocess.run(['pdftotext', *mode, path, '-'], capture_output=True, text=True).stdout)
            d = r['date']
            if '-' in d:
                y, m, dd = map(int, d.split('-')); y += 543
            else:
                dd, m, y = map(int, d.split('/'))
            want = [r['name'], r['candidate_id'], r['centre'], r['assessor'], f'{dd}{months[m-1]}{y}']
            for w in want:
                if squash(w) not in text:
                    print(f'{path} {mode}: missing {w!r}'); fail += 1
            # no other candidate's name on this file
            for o in rows:
                if o is not r and squash(o['name']) in text:
                    print(f"{path}: shows {o['name']!r}"); fail += 1
            if '@@' in text: print(f'{path}: slot marker printed'); fail += 1
sys.exit(1 if fail else 0)
PY
# The batch's values are reserved in the shared subset: every file embeds one font.
for f in out-scoresheet/*.pdf out-checklist/*.pdf; do
  n=$(pdffonts "$f" | tail -n +3 | wc -l); [ "$n" = 1 ] || fail "$f embeds $n fonts, not 1"
done
for f in out-scoresheet/DL-2569-0001-scoresheet.pdf out-checklist/DL-2569-0020-checklist.pdf; do
  qpdf --check "$f" >/dev/null || fail "qpdf --check $f"
done

# --- same sheets from UTF-8, UTF-8 with BOM and Windows-874 -----------------------------
head -4 "$csv" > utf8.csv
{ printf '\xEF\xBB\xBF'; cat utf8.csv; } > bom.csv
iconv -f UTF-8 -t CP874 utf8.csv > cp874.csv
! cmp -s utf8.csv cp874.csv || fail "iconv did not convert"
for e in utf8 bom cp874; do
  "$bin" scoresheet "$unit" --candidates $e.csv -o enc-$e 2>log || { cat log; fail "encoding $e"; }
done
"$bin" scoresheet "$unit" --candidates cp874.csv --encoding tis-620 -o enc-tis 2>log || { cat log; fail "--encoding tis-620"; }
for f in enc-utf8/*.pdf; do
  b=$(basename "$f")
  for e in bom cp874 tis; do cmp "$f" "enc-$e/$b" || fail "$b differs between utf8 and $e"; done
done
[ "$(ls enc-utf8 | wc -l)" = 3 ] || fail "expected 3 sheets from the short CSV"

# --- unsafe IDs stay inside the output folder -------------------------------------------
mkdir -p jail
{ echo 'candidate_id,name,centre,date,assessor'
  echo '../../x,นายหนึ่ง ทดสอบ,ศูนย์,2026-11-24,นางสอง'
  echo '/etc/x,นายสาม ทดสอบ,ศูนย์,2026-11-24,นางสอง'
  echo 'ok-1,นายสี่ ทดสอบ,ศูนย์,2026-11-24,นางสอง'; } > unsafe.csv
before=$(find "$work" -path "$work/jail" -prune -o -print | sort)
(cd jail && "$bin" scoresheet "$unit" --candidates ../unsafe.csv -o sub/out 2>../unsafe.log) || { cat unsafe.log; fail "unsafe IDs run"; }
after=$(find "$work" -path "$work/jail" -prune -o -print | sort)
[ "$before" = "$(echo "$after" | grep -v '/unsafe.log$')" ] || fail "something was written outside the output folder"
[ ! -e /etc/x-scoresheet.pdf ] || fail "/etc/x-scoresheet.pdf exists"
[ "$(find jail -type f | wc -l)" = 3 ] || { find jail; fail "expected exactly 3 files in the output folder"; }
[ "$(find jail -type f -not -path 'jail/sub/out/*' | wc -l)" = 0 ] || fail "a file outside jail/sub/out"
grep -q 'unsafe.csv:2: warning:.*\.\./\.\./x' unsafe.log || { cat unsafe.log; fail "no line-numbered warning for ../../x"; }
grep -q 'unsafe.csv:3: warning:.*/etc/x' unsafe.log || { cat unsafe.log; fail "no line-numbered warning for /etc/x"; }
for f in jail/sub/out/*.pdf; do
  t=$(pdftotext "$f" -)
  case "$f" in
    *ok-1-*) ;;
    *) grep -q -e '\.\./\.\./x' -e '/etc/x' <<<"$t" || fail "$f does not print the ID as given";;
  esac
done

# --- bad rows: line-numbered errors, nothing written ------------------------------------
{ echo 'candidate_id,name,centre,date,assessor'
  echo 'A-1,นายหนึ่ง ทดสอบ,ศูนย์,2026-11-24,นางสอง'
  echo ',นายไม่มี รหัส,ศูนย์,2026-11-24,นางสอง'
  echo 'A-3,นายสาม ทดสอบ,ศูนย์,2026-13-45,นางสอง'
  echo 'A-4,นายสี่ ทดสอบ,ศูนย์,2026-11-24,นางสอง'; } > bad.csv
set +e
"$bin" scoresheet "$unit" --candidates bad.csv -o bad-out 2>bad.log; st=$?
set -e
[ $st = 1 ] || fail "bad rows: exit $st, not 1"
grep -q 'bad.csv:3:' bad.log || { cat bad.log; fail "no error for line 3"; }
grep -q 'bad.csv:4:' bad.log || { cat bad.log; fail "no error for line 4"; }
[ ! -e bad-out ] || [ -z "$(ls -A bad-out)" ] || fail "bad rows: something was written"
set +e
"$bin" scoresheet "$unit" --candidates bad.csv --skip-bad -o skip-out 2>skip.log; st=$?
set -e
[ $st = 1 ] || fail "--skip-bad with skipped rows: exit $st, not 1"
[ "$(ls skip-out)" = "$(printf 'A-1-scoresheet.pdf\nA-4-scoresheet.pdf')" ] || { ls skip-out; fail "--skip-bad wrote the wrong files"; }
grep -q '2 skipped' skip.log || { cat skip.log; fail "summary does not count 2 skipped"; }
# Two rows sharing a file name are an error.
{ echo 'candidate_id,name,centre,date,assessor'
  echo 'B-1,นายหนึ่ง ทดสอบ,ศูนย์,2026-11-24,นางสอง'
  echo 'b-1,นายสอง ทดสอบ,ศูนย์,2026-11-24,นางสอง'; } > clash.csv
set +e
"$bin" checklist "$unit" --candidates clash.csv -o clash-out 2>clash.log; st=$?
set -e
[ $st = 1 ] || fail "clash: exit $st"
grep -q 'clash.csv:3: error:' clash.log || { cat clash.log; fail "no line-numbered clash error"; }
[ ! -e clash-out ] || [ -z "$(ls -A clash-out)" ] || fail "clash: something was written"
# Warnings alone exit 0 (the renamed IDs above); bad usage exits 2.
set +e
"$bin" scoresheet "$unit" --candidates "$csv" --encoding klingon -o x 2>/dev/null; st=$?
set -e
[ $st = 2 ] || fail "unknown encoding: exit $st, not 2"

# --- merged: one PDF, a bookmark per candidate --------------------------------------------
"$bin" scoresheet "$unit" --candidates "$csv" --merge -o merged.pdf 2>log || { cat log; fail "merge"; }
qpdf --check merged.pdf >/dev/null || fail "qpdf --check merged.pdf"
single=$(pdfinfo out-scoresheet/DL-2569-0001-scoresheet.pdf | awk '/^Pages:/{print $2}')
pages=$(pdfinfo merged.pdf | awk '/^Pages:/{print $2}')
[ "$pages" = $((20 * single)) ] || fail "merged has $pages pages, not 20 x $single"
qpdf --json --json-key=outlines merged.pdf > outline.json
python3 - "$csv" <<'PY'
import csv, json, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding='utf-8')))
titles = [o['title'] for o in json.load(open('outline.json'))['outlines']]
want = [f"{r['name']} ({r['candidate_id']})" for r in rows]
if titles != want:
    print('outline:', titles[:3], '... expected', want[:3]); sys.exit(1)
PY
echo "assessment candidates ok"
