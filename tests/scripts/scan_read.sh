#!/usr/bin/env bash
# Results back from paper, end to end: sheets and checklists printed with --results (ticks
# as paths), rendered with pdftoppm at 150, 200 and 300 dpi, grey and colour, then scanned
# the way people scan (ImageMagick: upside down, skewed, scaled, noisy, JPEG; a multi-page
# TIFF; pages bound into one PDF with mutool, shuffled; one page with its code covered; a
# page of another unit). `compforms read` must give back exactly the recorded results of
# every page it can identify, name the others on stderr as FILE#PAGE, report the missing
# page by candidate and page, exit 1, and write a crop of each blank row with --review.
set -euo pipefail
bin=$1 root=$2 work=$3
rm -rf "$work"; mkdir -p "$work"; cd "$work"
unit=$root/forms/DL100.xml
fail() { echo "FAIL: $*"; exit 1; }
head -4 "$root/forms/candidates-sample.csv" > cands.csv   # three candidates

# 1. What the blank sheets read as gives every item of every page: the record is made
# from it, a result for each (pass/fail/blank on the sheet, present/absent/blank on the checklist).
"$bin" scoresheet "$unit" --candidates cands.csv -o blank 2>log || { cat log; fail "scoresheet"; }
"$bin" checklist "$unit" --candidates cands.csv -o blank 2>log || { cat log; fail "checklist"; }
pdftoppm -r 150 -gray -png blank/DL-2569-0001-scoresheet.pdf b-s
pdftoppm -r 150 -gray -png blank/DL-2569-0001-checklist.pdf b-c
"$bin" read "$unit" b-s-1.png b-s-2.png b-c-1.png -o blank.csv 2>log || { cat log; fail "read blank sheets"; }
[ "$(grep -c ',blank,' blank.csv)" = "$(($(wc -l <blank.csv) - 1))" ] || fail "an unmarked box read as marked"
awk -F, 'NR == 1 { print; next }
  { for (c = 1; c <= 3; c++) {
      k = (NR * 7 + c * 3) % 5
      if ($2 == "scoresheet") r = (k == 4 ? "blank" : (k % 2 ? "fail" : "pass"))
      else r = (k == 4 ? "blank" : (k % 2 ? "absent" : "present"))
      printf "DL-2569-000%d,%s,%s,%s,%s,,,\n", c, $2, $3, $4, r } }' blank.csv > record.csv
grep -q ',fail,' record.csv && grep -q ',absent,' record.csv && grep -q ',blank,' record.csv || fail "record lacks a kind"

# 2. The record printed: ticks where it says pass/fail, present/absent.
"$bin" scoresheet "$unit" --candidates cands.csv --results record.csv -o ticked 2>log || { cat log; fail "--results"; }
"$bin" checklist "$unit" --candidates cands.csv --results record.csv -o ticked 2>log || { cat log; fail "--results"; }
text=$(pdftotext ticked/DL-2569-0001-scoresheet.pdf -)
grep -q "^CF1 DL100 - S DL-2569-0001 1/2 [0-9A-F]\{8\}$" <<<"$text" || fail "no sheet ID in small print"

# 3. Scans: candidate 1 at 150 dpi grey, 2 at 300 dpi grey, 3 at 200 dpi colour.
pdftoppm -r 150 -gray -png ticked/DL-2569-0001-scoresheet.pdf s1
pdftoppm -r 150 -gray -png ticked/DL-2569-0001-checklist.pdf c1
pdftoppm -r 300 -gray -png ticked/DL-2569-0002-scoresheet.pdf s2
pdftoppm -r 300 -gray -png ticked/DL-2569-0002-checklist.pdf c2
pdftoppm -r 200 -png ticked/DL-2569-0003-scoresheet.pdf s3
pdftoppm -r 200 -png ticked/DL-2569-0003-checklist.pdf c3
convert s1-1.png -rotate 180 scan-a.png                                     # upside down
convert s1-2.png -background white -rotate 2.5 +repage -resize 97% scan-b.png       # skewed, smaller
convert c1-1.png -background white -rotate -3 +repage -resize 103% -attenuate 0.5 +noise Gaussian -quality 75 scan-c.jpg
convert s2-1.png -background white -rotate 180 -rotate -2 +repage scan-d.tif        # 300 dpi, upside down and skewed
convert s2-2.png c2-1.png scan-e.tif                                        # a two-page TIFF
convert s3-1.png -fill 'gray(40%)' -colorize 10 -background white -rotate 1.5 +repage scan-f.png   # colour, tinted
convert s3-2.png -quality 80 scan-g.jpg
# The last checklist's code covered by a sticker: a white patch over the QR in the left margin.
convert c3-1.png -fill white -draw "rectangle 0,2050 150,2230" covered.png
# A page of another unit (50101), scanned among them.
"$bin" scoresheet "$root/forms/50101.xml" -o other.pdf 2>log || { cat log; fail "50101 sheet"; }
pdftoppm -r 150 -gray -png -f 1 -l 1 other.pdf other
# Bound into one PDF, shuffled.
mutool convert -o bound.pdf scan-g.jpg covered.png scan-a.png other-1.png 2>/dev/null
[ "$(pdfinfo bound.pdf | sed -n 's/^Pages: *//p')" = 4 ] || fail "bound PDF"

set +e
"$bin" read "$unit" scan-f.png bound.pdf scan-e.tif scan-d.tif scan-c.jpg scan-b.png -o results.csv --review review 2>err
status=$?
set -e
cat err
[ $status = 1 ] || fail "read exit status $status, not 1"
grep -q "^bound.pdf#2: error: no sheet code" err || fail "the covered page is not named as bound.pdf#2"
grep -q "^bound.pdf#4: error: a sheet of unit 50101, not DL100" err || fail "the foreign page is not named"
grep -q "candidate DL-2569-0003: page 1/1 of the checklist is not among the scans" err || fail "missing page not reported"
[ "$(grep -c 'error:' err)" = 3 ] || fail "other errors than the three"
head -1 results.csv | grep -qx "candidate_id,form,page,item,result,fill_pass,fill_fail,source" || fail "header"

# 4. Every page read gives back exactly what was recorded (the covered one adds nothing).
cut -d, -f1-5 record.csv | tail -n +2 | grep -v "^DL-2569-0003,checklist," | sort > want
cut -d, -f1-5 results.csv | tail -n +2 | sort > got
diff want got || fail "results differ from the record"
[ "$(wc -l <got)" -gt 40 ] || fail "too few rows read"
grep -q ',bound.pdf#3$' results.csv && grep -q ',scan-e.tif#2$' results.csv && grep -q ',scan-f.png$' results.csv ||
  fail "source column"

# 5. --review: a crop per blank row, named after it, a PNG.
blanks=$(grep -c ',blank,' results.csv)
[ "$(ls review | wc -l)" = "$blanks" ] || fail "$blanks blank rows but $(ls review | wc -l) crops"
row=$(grep -m1 ',blank,' results.csv | cut -d, -f1-4 | tr ',' ' ')
set -- $row
[ -f "review/$1-$2-p$3-$4-blank.png" ] || fail "no crop review/$1-$2-p$3-$4-blank.png"
head -c 8 "review/$1-$2-p$3-$4-blank.png" | grep -q PNG || fail "a crop is not a PNG"

# 6. The same scans in another order: the same bytes.
"$bin" read "$unit" scan-b.png scan-c.jpg scan-d.tif scan-e.tif bound.pdf scan-f.png -o again.csv 2>/dev/null || true
cmp results.csv again.csv || fail "another order of the scans, other bytes"

# 7. Every page there and read: exit 0. A file that is no scan: an error naming it.
"$bin" read "$unit" s1-1.png s1-2.png -o clean.csv >said 2>err || { cat err; fail "a clean read failed"; }
rows=$(($(wc -l <clean.csv) - 1)) blanks=$(grep -c ',blank,' clean.csv || true)
[ "$(cat said)" = "read 2 pages: $rows rows ($blanks blank, 0 ambiguous) into clean.csv" ] || fail "read said: $(cat said)"
[ -z "$(grep -v 'warning:' err || true)" ] || fail "a clean read printed more than the source's warnings"
set +e
"$bin" read "$unit" cands.csv -o x.csv 2>err; status=$?
"$bin" read "$unit" -o x.csv 2>/dev/null; usage=$?
set -e
[ $status = 1 ] && grep -q "^cands.csv: error: not a PNG, JPEG, TIFF or PDF file" err || fail "a CSV given as a scan"
# Damaged scans: an error naming each, never a crash; the good page is still read.
head -c 20000 scan-c.jpg > cut.jpg; head -c 3000 s1-1.png > cut.png; head -c 5000 bound.pdf > cut.pdf
head -c 4000 scan-e.tif > cut.tif
set +e
"$bin" read "$unit" cut.jpg cut.png cut.pdf cut.tif s1-2.png -o damaged.csv 2>err; status=$?
set -e
[ $status = 1 ] || fail "damaged scans: exit status $status"
for f in cut.jpg cut.png cut.pdf cut.tif; do grep -q "^$f[#0-9]*: error: " err || { cat err; fail "$f not named"; }; done
grep -q ",s1-2.png$" damaged.csv || fail "the good page among damaged ones was not read"
[ $usage = 2 ] || fail "read without scans is not bad usage"
# Bad usage (exit 2): --review naming a file, -o naming a PDF, --results without candidates
# or on a command that prints no form; a record naming an item the form lacks: exit 1 at its line.
usage_status() { set +e; "$bin" "$@" >/dev/null 2>&1; echo $?; set -e; }
[ "$(usage_status read "$unit" s1-1.png -o x.csv --review s1-1.png)" = 2 ] || fail "--review FILE"
[ "$(usage_status read "$unit" s1-1.png -o x.pdf)" = 2 ] || fail "read -o PDF"
[ "$(usage_status scoresheet "$unit" --results record.csv -o x.pdf)" = 2 ] || fail "--results without --candidates"
[ "$(usage_status booklet "$unit" --results record.csv -o x.pdf)" = 2 ] || fail "booklet --results"
printf 'candidate_id,form,item,result\nDL-2569-0001,scoresheet,DL999.01,pass\n' > bad-record.csv
set +e
"$bin" scoresheet "$unit" --candidates cands.csv --results bad-record.csv -o bad 2>err; status=$?
set -e
[ $status = 1 ] && grep -q "^bad-record.csv:2: error: item 'DL999.01' is not on the scoresheet" err && [ ! -e bad ] ||
  fail "a record with an unknown item"
# A blank form's page (the unit checklist's first) reads with no candidate; its matrix
# page, which has no code, is named.
"$bin" checklist "$unit" -o unit-checklist.pdf 2>/dev/null
pdftoppm -r 150 -gray -png -f 1 -l 2 unit-checklist.pdf uc
set +e
"$bin" read "$unit" uc-1.png uc-2.png -o unit.csv 2>err; status=$?
set -e
[ $status = 1 ] && grep -q "^uc-2.png: error: no sheet code" err || fail "the matrix page"
[ "$(grep -c '^,checklist,1,[A-Z0-9]*,blank,' unit.csv)" = 3 ] || { cat unit.csv; fail "the blank unit checklist"; }
echo "scan read ok: $(($(wc -l <got))) rows"
