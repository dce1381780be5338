#!/usr/bin/env bash
# `compforms booklet` end to end on forms/DL100.xml: a valid PDF whose text (pdftotext
# default and -raw, NFC, whitespace removed) holds every text of the source and the 18
# headings, an outline entry per section and element, a named destination per PC,
# identical bytes on a second run, SOURCE_DATE_EPOCH as the only date, --digits thai for
# numbers but never codes, and clean usage/input errors that write nothing.
# usage: booklet_cli.sh COMPFORMS REPO_ROOT SCRATCH_DIR
set -u
bin=$1 root=$2 work=$3
unit=$root/forms/DL100.xml
check=$root/tests/tools/pdf_text_check.py
booklet=$root/tests/tools/booklet_check.py
rm -rf "$work" && mkdir -p "$work"
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
squeeze() { python3 -c 'import sys,unicodedata; print("".join(unicodedata.normalize("NFC", sys.stdin.read()).split()))'; }

# --help, --version, usage errors (exit 2, nothing written)
"$bin" booklet --help | grep -q "usage: compforms booklet" || fail "--help"
"$bin" booklet --version | grep -q "^compforms " || fail "--version"
expect_status() {
    want=$1; shift
    "$@" >"$work/out.txt" 2>"$work/err.txt"
    got=$?
    [ "$got" = "$want" ] || fail "'${*:2}' exited $got, not $want: $(cat "$work/err.txt")"
}
expect_status 2 "$bin" booklet "$unit"
expect_status 2 "$bin" booklet -o "$work/x.pdf"
expect_status 2 "$bin" booklet "$unit" -o "$work/x.pdf" --digits roman
expect_status 2 "$bin" booklet "$unit" -o "$work/x.pdf" --colour red
expect_status 2 "$bin" booklet "$unit" "$unit" -o "$work/x.pdf"
[ -e "$work/x.pdf" ] && fail "a usage error wrote output"

# Bad input: exit 1, gcc-style message, nothing written
expect_status 1 "$bin" booklet "$work/missing.xml" -o "$work/x.pdf"
sed 's/covers="DL101.01 DL101.02 DL101.04/covers="DL109.01 DL101.02 DL101.04/' "$unit" >"$work/bad.xml"
expect_status 1 "$bin" booklet "$work/bad.xml" -o "$work/x.pdf"
grep -Eq "^$work/bad.xml:[0-9]+:[0-9]+: error: .*DL109.01" "$work/err.txt" || fail "no located error for an unknown PC: $(cat "$work/err.txt")"
# A character the font lacks: located at the source text that holds it
sed 's|">สอบข้อเขียน<|">สอบข้อเขียน 😀<|' "$unit" >"$work/emoji.xml"
expect_status 1 "$bin" booklet "$work/emoji.xml" -o "$work/x.pdf"
line=$(grep -n "😀" "$work/emoji.xml" | cut -d: -f1)
grep -Eq "^$work/emoji.xml:$line:[0-9]+: error: character .*\(U\+1F600\) is not in font Sarabun-Regular" "$work/err.txt" || fail "missing glyph not located at line $line: $(cat "$work/err.txt")"
expect_status 1 "$bin" booklet "$unit" -o "$work/no-such-dir/x.pdf"
expect_status 1 "$bin" booklet "$unit" -o "$work/x.pdf" --font-dir "$work"
SOURCE_DATE_EPOCH=yesterday expect_status 1 "$bin" booklet "$unit" -o "$work/x.pdf"
[ -e "$work/x.pdf" ] && fail "bad input wrote output"
ls -A "$work" | grep -q '^\.' && fail "a temporary file was left behind: $(ls -A "$work")"

# The booklet
out=$work/DL100-booklet.pdf
env -u SOURCE_DATE_EPOCH "$bin" booklet "$unit" -o "$out" 2>"$work/err.txt" || fail "booklet exited $?: $(cat "$work/err.txt")"
qpdf --check "$out" >"$work/qpdf.txt" 2>&1 || fail "qpdf --check: $(tail -3 "$work/qpdf.txt")"
pages=$(pdfinfo "$out" | awk '/^Pages:/ {print $2}')
echo "booklet: $pages pages, $(stat -c %s "$out") bytes"
[ "${pages:-0}" -ge 3 ] || fail "only ${pages:-0} pages"
pdfinfo "$out" | grep -q "^CreationDate:" && fail "a date without SOURCE_DATE_EPOCH or an edition date"
pdfinfo "$out" | grep -q "^Title: *DL100 นำการพัฒนาคนพันธุ์ใหม่" || fail "document title: $(pdfinfo "$out" | grep ^Title)"

# Every text of the source, walked from the XML, in default and -raw modes
python3 "$booklet" texts "$unit" >"$work/expected.txt" || fail "booklet_check texts"
[ "$(wc -l <"$work/expected.txt")" -ge 100 ] || fail "only $(wc -l <"$work/expected.txt") expected strings"
python3 "$check" "$out" "$work/expected.txt" >"$work/check.txt" || fail "text check: $(grep -v ': [0-9]*/[0-9]* strings found' "$work/check.txt")"
cat "$work/check.txt"
# The checker can fail: a text that is not there.
printf 'DL101.01\nเกณฑ์ที่ไม่มีอยู่ในหน่วยนี้\n' >"$work/absent.txt"
python3 "$check" "$out" "$work/absent.txt" >/dev/null && fail "text check accepted a missing string"

# Outline and named destinations against the source
python3 "$booklet" nav "$unit" "$out" || fail "outline/destinations"
# ... and the nav check can fail: a unit with a fourth PC the booklet does not have.
sed 's|</element>|<criterion number="1.9" code="DL101.09" system-code="999999">x</criterion></element>|' "$unit" >"$work/more.xml"
python3 "$booklet" nav "$work/more.xml" "$out" >/dev/null && fail "nav check accepted a missing destination"

# Same input, same bytes; SOURCE_DATE_EPOCH is the only date
env -u SOURCE_DATE_EPOCH "$bin" booklet "$unit" -o "$work/again.pdf" 2>/dev/null
cmp -s "$out" "$work/again.pdf" || fail "two runs differ"
SOURCE_DATE_EPOCH=1764115200 "$bin" booklet "$unit" -o "$work/dated.pdf" 2>/dev/null
pdfinfo -isodates "$work/dated.pdf" | grep -q "^CreationDate: *2025-11-26T00:00:00" || fail "SOURCE_DATE_EPOCH not used: $(pdfinfo -isodates "$work/dated.pdf" | grep Date)"
SOURCE_DATE_EPOCH=1764115200 "$bin" booklet "$unit" -o "$work/dated2.pdf" 2>/dev/null
cmp -s "$work/dated.pdf" "$work/dated2.pdf" || fail "two dated runs differ"

# --digits thai: page, section and PC numbers in Thai digits; codes untouched
thai=$work/DL100-thai.pdf
"$bin" booklet "$unit" -o "$thai" --digits thai 2>/dev/null || fail "--digits thai exited $?"
t=$(pdftotext -enc UTF-8 "$thai" - | squeeze)
for s in "หน้า๑/" "๑.รหัสหน่วยสมรรถนะ" "๑๘.รายละเอียดกระบวนการ" "๑.๑วิเคราะห์" "DL101.01" "191372" "DL100" "DL103.03191382"; do
    case "$t" in *"$s"*) ;; *) fail "--digits thai: '$s' not in the text" ;; esac
done
for s in "หน้า1/" "DL๑" "๑๙๑๓๗๒" "1.รหัสหน่วยสมรรถนะ"; do
    case "$t" in *"$s"*) fail "--digits thai: '$s' is in the text" ;; esac
done
a=$(pdftotext -enc UTF-8 "$out" - | squeeze)
case "$a" in *"หน้า1/$pages"*) ;; *) fail "arabic footer 'หน้า 1/$pages' missing" ;; esac
case "$a" in *"๑"*) fail "Thai digits in an arabic booklet" ;; esac

pdfinfo -dests "$thai" | grep -q '"DL103.03"' || fail "--digits thai lost the destination DL103.03"

[ "$fails" = 0 ] && echo "booklet_cli: all checks passed"
exit $((fails > 0))
