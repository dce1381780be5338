#!/usr/bin/env bash
# `compforms proof` on the hard-strings corpus, left and justified: a valid PDF 1.5 with
# only embedded CID TrueType subsets, every line back exactly from pdftotext (default,
# -raw, -layout) and from mutool (NFKC), byte-identical runs, and clean errors.
# usage: proof_hard_strings.sh COMPFORMS REPO_ROOT SCRATCH_DIR
set -u
bin=$1 root=$2 work=$3
corpus=$root/tests/fixtures/text/hard-strings.txt
check=$root/tests/tools/pdf_text_check.py
rm -rf "$work" && mkdir -p "$work"
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }

for align in left justify; do
    out=$work/hard-$align.pdf
    "$bin" proof "$corpus" -o "$out" --align "$align" || { fail "proof --align $align exited $?"; continue; }
    qpdf --check "$out" >"$work/qpdf-$align.txt" 2>&1 || fail "qpdf --check ($align): $(tail -3 "$work/qpdf-$align.txt")"
    [ "$(head -c 8 "$out")" = "%PDF-1.5" ] || fail "header is not %PDF-1.5 ($align)"
    fonts=$(pdffonts "$out" | tail -n +3)
    [ -n "$fonts" ] || fail "pdffonts lists no font ($align)"
    while read -r line; do
        case "$line" in
            *"CID TrueType"*"Identity-H"*" yes yes yes "*) ;;
            *) fail "font is not an embedded CID TrueType subset with ToUnicode: $line" ;;
        esac
    done <<<"$fonts"
    python3 "$check" --mutool --layout-strings "$out" "$corpus" >"$work/check-$align.txt" || fail "text check ($align): $(cat "$work/check-$align.txt")"
    cat "$work/check-$align.txt"
    "$bin" proof "$corpus" -o "$work/again-$align.pdf" --align "$align" || fail "second run ($align)"
    cmp -s "$out" "$work/again-$align.pdf" || fail "two runs differ ($align)"
    ls "$work"/.hard-* >/dev/null 2>&1 && fail "a temporary file was left behind"
done
echo "proof size (left): $(stat -c %s "$work/hard-left.pdf") bytes"

# The checker itself must be able to fail: a line that is not in the PDF.
printf 'ที่ ได้\nบรรทัดที่ไม่มีอยู่จริง\n' >"$work/absent.txt"
python3 "$check" "$work/hard-left.pdf" "$work/absent.txt" >/dev/null && fail "checker accepted a missing line"

# A character the font lacks: exit 1 with a located message, no output left behind.
printf 'ที่ ได้\nสวัสดี 😀 ครับ\n' >"$work/emoji.txt"
"$bin" proof "$work/emoji.txt" -o "$work/emoji.pdf" 2>"$work/emoji.err"; rc=$?
[ $rc -eq 1 ] || fail "emoji: exit $rc, expected 1"
grep -qF "emoji.txt:2:8: error: character '😀' (U+1F600) is not in font Sarabun-Regular" "$work/emoji.err" ||
    fail "emoji message: $(cat "$work/emoji.err")"
[ ! -e "$work/emoji.pdf" ] || fail "emoji: a PDF was written"

# Invalid UTF-8: exit 1 naming line and column.
printf 'ok\nab\xff\n' >"$work/bad.txt"
"$bin" proof "$work/bad.txt" -o "$work/bad.pdf" 2>"$work/bad.err"; rc=$?
[ $rc -eq 1 ] || fail "invalid UTF-8: exit $rc, expected 1"
grep -qF "bad.txt:2:3: error: invalid UTF-8" "$work/bad.err" || fail "invalid UTF-8 message: $(cat "$work/bad.err")"

# A missing file: exit 1. Bad usage: exit 2.
"$bin" proof "$work/nope.txt" -o "$work/nope.pdf" 2>/dev/null; rc=$?
[ $rc -eq 1 ] || fail "missing file: exit $rc, expected 1"
"$bin" proof "$corpus" 2>/dev/null; rc=$?
[ $rc -eq 2 ] || fail "no -o: exit $rc, expected 2"
"$bin" proof "$corpus" -o "$work/x.pdf" --align centre 2>/dev/null; rc=$?
[ $rc -eq 2 ] || fail "--align centre: exit $rc, expected 2"
"$bin" proof "$corpus" -o "$work/x.pdf" --size abc 2>/dev/null; rc=$?
[ $rc -eq 2 ] || fail "--size abc: exit $rc, expected 2"
"$bin" proof --help | grep -q "usage: compforms proof" || fail "--help"
"$bin" proof --version | grep -q "^compforms " || fail "--version"
# An unwritable destination: exit 1, nothing left behind.
"$bin" proof "$corpus" -o "$work/no-such-dir/x.pdf" 2>"$work/nodir.err"; rc=$?
[ $rc -eq 1 ] || fail "unwritable output: exit $rc, expected 1"
grep -q "no-such-dir/x.pdf" "$work/nodir.err" || fail "unwritable output message: $(cat "$work/nodir.err")"

[ $fails -eq 0 ] && echo "all proof checks passed"
exit $((fails > 0))
