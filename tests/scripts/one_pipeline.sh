#!/usr/bin/env bash
# Every command runs through one pipeline, so they agree: the same date policy (the edition
# date, else SOURCE_DATE_EPOCH, else none), the same located error for a character the fonts
# lack (check included), and the same refusal of a SOURCE_DATE_EPOCH that is not a date.
# usage: one_pipeline.sh COMPFORMS REPO_ROOT SCRATCH_DIR
set -u
bin=$1 root=$2 work=$3
unit=$root/forms/DL100.xml
csv=$root/forms/candidates-sample.csv
rm -rf "$work" && mkdir -p "$work"
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
created() { pdfinfo -isodates "$1" 2>/dev/null | awk '/^CreationDate:/ {print $2}'; }

# 1. Dates. A source whose edition has a date: every PDF of every command carries it,
#    whatever SOURCE_DATE_EPOCH says; without an edition date, SOURCE_DATE_EPOCH.
sed 's|<edition/>|<edition><revision>1</revision><date>2023-05-01</date></edition>|' "$unit" >"$work/dated.xml"
grep -q "<date>2023-05-01</date>" "$work/dated.xml" || fail "could not make the dated source"
export SOURCE_DATE_EPOCH=0
"$bin" booklet "$work/dated.xml" -o "$work/booklet.pdf" 2>/dev/null || fail "booklet exited $?"
"$bin" scoresheet "$work/dated.xml" -o "$work/sheet.pdf" 2>/dev/null || fail "scoresheet exited $?"
"$bin" pack "$work/dated.xml" --candidates "$csv" -o "$work/pack" 2>/dev/null || fail "pack exited $?"
"$bin" pack "$work/dated.xml" --candidates "$csv" --merge -o "$work/merged.pdf" 2>/dev/null || fail "pack --merge exited $?"
for f in "$work/booklet.pdf" "$work/sheet.pdf" "$work/pack/DL100-booklet.pdf" "$work/pack/DL100-checklist.pdf" \
         "$work/pack/DL-2569-0001-scoresheet.pdf" "$work/merged.pdf"; do
    case "$(created "$f")" in 2023-05-01T00:00:00*) ;; *) fail "$(basename "$f"): dated '$(created "$f")', not the edition's 2023-05-01" ;; esac
done
"$bin" booklet "$unit" -o "$work/undated.pdf" 2>/dev/null
case "$(created "$work/undated.pdf")" in 1970-01-01T00:00:00*) ;; *) fail "undated source: '$(created "$work/undated.pdf")', not SOURCE_DATE_EPOCH" ;; esac
unset SOURCE_DATE_EPOCH
"$bin" pack "$unit" --candidates "$csv" -o "$work/nodate" 2>/dev/null
[ -z "$(created "$work/nodate/DL100-booklet.pdf")" ] || fail "a date without an edition date or SOURCE_DATE_EPOCH"

# 2. A character the fonts lack: the same located error from every command, check included.
sed 's|">สอบข้อเขียน<|">สอบข้อเขียน 😀<|' "$unit" >"$work/emoji.xml"
line=$(grep -n "😀" "$work/emoji.xml" | cut -d: -f1)
want="^$work/emoji.xml:$line:[0-9]+: error: character '😀' \(U\+1F600\) is not in font Sarabun-Regular\$"
for cmd in "check" "booklet -o $work/e.pdf" "checklist -o $work/e.pdf" "scoresheet -o $work/e.pdf" \
           "scoresheet --candidates $csv -o $work/e-dir" "pack --candidates $csv -o $work/e-pack"; do
    set -- $cmd
    word=$1; shift
    "$bin" "$word" "$work/emoji.xml" "$@" >/dev/null 2>"$work/err.txt"; st=$?
    [ $st = 1 ] || fail "$word with an unprintable character exited $st, not 1"
    grep -Eq "$want" "$work/err.txt" || fail "$word: not located at line $line: $(cat "$work/err.txt")"
done
[ -e "$work/e.pdf" ] || [ -e "$work/e-dir" ] || [ -e "$work/e-pack" ] && fail "an unprintable source was printed"

# 3. SOURCE_DATE_EPOCH that is not a date: every command refuses it before any work (exit 1).
printf 'ที่ ได้\n' >"$work/proof.txt"
for cmd in "check $unit" "booklet $unit -o $work/x.pdf" "checklist $unit -o $work/x.pdf" "scoresheet $unit -o $work/x.pdf" \
           "pack $unit --candidates $csv -o $work/x-pack" "proof $work/proof.txt -o $work/x.pdf"; do
    SOURCE_DATE_EPOCH=abc "$bin" $cmd >/dev/null 2>"$work/err.txt"; st=$?
    [ $st = 1 ] || fail "'${cmd%% *}' accepted SOURCE_DATE_EPOCH=abc (exit $st)"
    grep -q "SOURCE_DATE_EPOCH='abc' is not a whole number of seconds" "$work/err.txt" || fail "'${cmd%% *}': $(cat "$work/err.txt")"
done
[ -e "$work/x.pdf" ] || [ -e "$work/x-pack" ] && fail "a PDF was written with a bad SOURCE_DATE_EPOCH"

[ $fails -eq 0 ] && echo "one_pipeline: all checks passed"
exit $((fails > 0))
