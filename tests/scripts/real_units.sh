#!/usr/bin/env bash
# Units nobody here wrote: unit 50101 of a published TPQI standard (forms/50101.xml, format
# 1.1: criteria named by number, evidence per element, section 18 N/A, numbered lists with
# the standard's slips) validates with the schema and the loader, and prints as booklet,
# scoring sheet and checklist with every text of the source back from the PDF.
# usage: real_units.sh COMPFORMS REPO_ROOT SCRATCH_DIR
set -u
bin=$1 root=$2 work=$3
unit=$root/forms/50101.xml
check=$root/tests/tools/pdf_text_check.py
booklet=$root/tests/tools/booklet_check.py
rm -rf "$work" && mkdir -p "$work" && cd "$work" || exit 1
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }

xmllint --noout --schema "$root/schema/unit.xsd" "$unit" 2>err.txt || fail "the schema refuses 50101: $(cat err.txt)"
"$bin" check "$unit" >out.txt 2>err.txt || fail "check: $(cat err.txt)"
grep -q "ok (5 elements, 16 criteria" out.txt || fail "check summary: $(cat out.txt)"

"$bin" booklet "$unit" -o booklet.pdf 2>err.txt || fail "booklet: $(cat err.txt)"
python3 "$booklet" texts "$unit" >expected.txt
[ "$(wc -l <expected.txt)" -ge 140 ] || fail "only $(wc -l <expected.txt) expected strings"
python3 "$check" booklet.pdf expected.txt >check.txt || fail "booklet texts: $(grep -v 'strings found' check.txt | head -5)"
python3 "$booklet" nav "$unit" booklet.pdf >nav.txt || fail "booklet outline/destinations: $(cat nav.txt)"
t=$(pdftotext -enc UTF-8 -raw booklet.pdf - | tr -d ' \n')
for s in "วิธีการประเมิน(Assessment)" "7ความสามารถในการกำหนดตารางการทำงาน" "8.ความสามารถในการบริหารโครงการ" "1.1วางแผนการแบ่งสายงาน"; do
    case "$t" in *"$s"*) ;; *) fail "booklet lacks '$s'" ;; esac
done
case "$t" in *"รหัสPC"*) fail "a PC code column printed for a unit without PC codes" ;; esac

for form in scoresheet checklist; do
    "$bin" $form "$unit" -o $form.pdf 2>err.txt || fail "$form: $(cat err.txt)"
    qpdf --check $form.pdf >/dev/null 2>&1 || fail "$form: qpdf --check"
done
# Every criterion with its number on the sheet; no method column (section 18 says ไม่มี).
python3 - "$unit" >criteria.txt <<'PY'
import sys, xml.etree.ElementTree as ET
ns = "{urn:compforms:unit:1}"
for c in ET.parse(sys.argv[1]).getroot().iter(ns + "criterion"):
    print(" ".join("".join(c.itertext()).split()))
PY
python3 "$check" scoresheet.pdf criteria.txt >check.txt || fail "scoresheet texts: $(grep -v 'strings found' check.txt | head -5)"
s=$(pdftotext -enc UTF-8 -raw scoresheet.pdf - | tr -d ' \n')
case "$s" in *"วิธีการประเมิน"*) fail "the sheet has a method column though section 18 says ไม่มี" ;; esac
case "$s" in *"50101.01แบ่งสายงานการทำงาน"*) ;; *) fail "the sheet's element row" ;; esac

[ $fails -eq 0 ] && echo "real_units: all checks passed"
exit $((fails > 0))
