#!/usr/bin/env bash
# compforms pack --merge past 32,767 pages (one /Pages node of libharu's holds no more):
# one valid PDF (qpdf --check) with every page, the last candidate's forms on its last
# pages with their text, a bookmark for them, and their PC codes linking to the booklet's
# rows as in a small pack; the same input gives the same bytes.
# COMPFORMS_BIG_MERGE_CANDIDATES sets the batch (default 11,000 candidates: 33,011 pages of
# DL100). Under a sanitizer build (Debug + ASan: 1,000 took 17 min on a busy 2-core machine)
# the default is 200.
set -euo pipefail
bin=$1 root=$2 work=$3
rm -rf "$work"; mkdir -p "$work"; cd "$work"
unit=$root/forms/DL100.xml
fail() { echo "FAIL: $*"; exit 1; }
sanitized=0
if ldd "$bin" 2>/dev/null | grep -q 'libasan'; then sanitized=1; fi
n=${COMPFORMS_BIG_MERGE_CANDIDATES:-$([ $sanitized = 1 ] && echo 200 || echo 11000)}

# Unique IDs and names (every name new text for the shaper and the font subsets).
candidates() {
  python3 - "$1" <<'PY'
import sys
first = ["นายสมชาย", "นางสาวกมลวรรณ", "นางวราภรณ์", "นายธนพล", "นางสาวสุดารัตน์"]
last = ["ใจดีงาม", "ศรีสวัสดิ์พงษ์", "แก้วมณีรัตน์", "รุ่งเรืองสกุลชัย", "บุญประเสริฐกุล"]
print("candidate_id,name,centre,date,assessor")
for i in range(int(sys.argv[1])):
    print(f"DL-2569-{i:06d},{first[i % 5]} {last[i // 5 % 5]}{i},ศูนย์ทดสอบสมรรถนะดิจิทัลภาครัฐ,2026-11-24,นางสาวพรทิพย์ วัฒนกุลศิริ")
PY
}
pages_of() { pdfinfo "$1" | awk '/^Pages:/ {print $2}'; }
# Every link of pages [$2, $3] as mupdf resolves it: rectangle and target (page and height).
links() {
  mutool run links.js "$1" "$2" "$3"
}
cat > links.js <<'JS'
var doc = new Document(scriptArgs[0]);
for (var i = parseInt(scriptArgs[1]) - 1; i < parseInt(scriptArgs[2]); ++i) {
  var links = doc.loadPage(i).getLinks();
  for (var k = 0; k < links.length; ++k) print(links[k].bounds.join(" ") + " " + links[k].uri);
}
JS

# A small pack of two candidates: the pages a candidate takes, and what their links do.
candidates 2 > small.csv
"$bin" pack "$unit" --candidates small.csv --merge -o small.pdf 2>/dev/null || fail "small pack"
"$bin" pack "$unit" --candidates small.csv --merge -o small2.pdf 2>/dev/null || fail "small pack again"
cmp -s small.pdf small2.pdf || fail "the same input gave different bytes"
candidates 1 > one.csv
"$bin" pack "$unit" --candidates one.csv --merge -o one.pdf 2>/dev/null || fail "pack of one"
per=$(( $(pages_of small.pdf) - $(pages_of one.pdf) ))
booklet=$(( $(pages_of one.pdf) - per ))
links small.pdf $((booklet + per + 1)) $((booklet + 2 * per)) > small-links.txt
[ -s small-links.txt ] || fail "the small pack's second candidate has no links"

candidates "$n" > big.csv
start=$SECONDS
"$bin" pack "$unit" --candidates big.csv --merge -o big.pdf 2>log || { tail -5 log; fail "pack --merge of $n"; }
made=$((SECONDS - start))
pages=$(pages_of big.pdf)
[ "$pages" = $((booklet + n * per)) ] || fail "$pages pages, not $booklet + $n x $per"
[ $sanitized = 1 ] || [ -n "${COMPFORMS_BIG_MERGE_CANDIDATES:-}" ] || [ "$pages" -gt 32767 ] || fail "only $pages pages"
qpdf --check big.pdf > check.txt 2>&1 || { tail -5 check.txt; fail "qpdf --check"; }

# The last candidate: their ID and name on their pages, links as in the small pack, a bookmark.
last=$(tail -1 big.csv)
id=${last%%,*}
name=$(cut -d, -f2 <<<"$last")
first_page=$((pages - per + 1))
text=$(pdftotext -f $first_page -l "$pages" big.pdf -)
grep -q "$id" <<<"$text" || fail "no $id on pages $first_page-$pages"
grep -q "$(cut -d' ' -f2 <<<"$name")" <<<"$text" || fail "no $name on pages $first_page-$pages"
pdftotext -f $((first_page - 1)) -l $((first_page - 1)) big.pdf - | grep -q "$id" && fail "$id on an earlier page"
links big.pdf $first_page "$pages" > big-links.txt
cmp -s small-links.txt big-links.txt || { diff small-links.txt big-links.txt | head; fail "the last candidate's links"; }
mutool show big.pdf outline | grep -F "$name ($id)" | grep -q "#page=$first_page&" || fail "no bookmark for $id at page $first_page"
echo "merged pack of $n candidates ok: $pages pages in ${made} s, $(stat -c %s big.pdf) bytes"
