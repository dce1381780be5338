#!/usr/bin/env bash
# The unit source against its schema (schema/unit.xsd) AND against the loader (`compforms check`):
#  - forms/*.xml validate with both; DL100.xml is valid UTF-8 and NFC;
#  - no XML comment in DL100.xml quotes a PC code or a criterion's text (comments explain, data
#    lives in elements);
#  - mutated copies of forms/DL100.xml and forms/50101.xml, and every fixture in
#    tests/fixtures/source, go through xmllint and `compforms check`: the two must AGREE on valid
#    or invalid (a refusal with the expected reason on each side, the loader's located as
#    FILE:LINE:COL: error: ...). Control copies that change something harmless must be valid for
#    both (so the mutations test the rules, not a broken copy step).
#  - The rules XML Schema 1.0 cannot express are listed below as LOADER-ONLY: schema-valid and
#    check-invalid is what is expected of them. One the schema starts to refuse fails the test
#    until it is moved to the agreed mutations.
# Args: $1 compforms binary, $2 repo root, $3 scratch dir.
set -u
shopt -u patsub_replacement 2>/dev/null || true   # bash 5.2: '&' in a replacement is literal here

bin=${1:?usage: xsd_schema.sh BINARY REPO_ROOT SCRATCH_DIR}
root=${2:?usage: xsd_schema.sh BINARY REPO_ROOT SCRATCH_DIR}
scratch=${3:?usage: xsd_schema.sh BINARY REPO_ROOT SCRATCH_DIR}
xsd="$root/schema/unit.xsd"
dl100="$root/forms/DL100.xml"
u50101="$root/forms/50101.xml"
failures=0

fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

command -v xmllint >/dev/null || { echo "FAIL: xmllint not found (apt-get install libxml2-utils)" >&2; exit 1; }
command -v python3 >/dev/null || { echo "FAIL: python3 not found" >&2; exit 1; }
[ -x "$bin" ] || { echo "FAIL: compforms binary '$bin' not found or not executable" >&2; exit 1; }
for f in "$xsd" "$dl100" "$u50101"; do [ -f "$f" ] || { echo "FAIL: missing $f" >&2; exit 1; }; done
mkdir -p "$scratch" || { echo "FAIL: cannot create $scratch" >&2; exit 1; }

# ---------------------------------------------------------------------------------- both sides
# Every case is recorded first (case_ FILE EXPECT NAME XSD_RE CHECK_RE), then xmllint and
# `compforms check` each run once over all the files, and each file is judged on what both said.
# EXPECT: valid (both accept), invalid (both refuse: the schema's message matches XSD_RE, and
# check gives a located error FILE:LINE:COL: error: matching CHECK_RE), loader-only (the schema
# accepts, check refuses with a located error matching CHECK_RE). Empty regexes match anything.
files=() expects=() names=() xres=() cres=()
case_() { files+=("$1"); expects+=("$2"); names+=("$3"); xres+=("${4:-}"); cres+=("${5:-}"); }

declare -A xsd_rc xsd_out check_rc check_out
run_both() {
    local line f
    xmllint --noout --schema "$xsd" "${files[@]}" >"$scratch/xmllint.log" 2>&1
    "$bin" check "${files[@]}" >"$scratch/check.log" 2>&1
    local rc=$?
    if [ $rc -ne 0 ] && [ $rc -ne 1 ]; then fail "compforms check over all the cases exited $rc (0 valid, 1 invalid)"; fi
    while IFS= read -r line; do
        case $line in
        *" validates") xsd_rc[${line% validates}]=0 ;;
        *" fails to validate") xsd_rc[${line% fails to validate}]=1 ;;
        *:*) f=${line%%:*}; xsd_out[$f]+="$line"$'\n' ;;
        esac
    done <"$scratch/xmllint.log"
    while IFS= read -r line; do
        f=${line%%:*}
        case $line in
        "$f: ok ("*) check_rc[$f]=0 ;;
        "$f: "[0-9]*" error"*) check_rc[$f]=1 ;;
        *) check_out[$f]+="${line#"$f:"}"$'\n' ;;
        esac
    done <"$scratch/check.log"
}

# The first located error of check on a file (for messages).
first_error() { grep -m1 -E '^[0-9]+:[0-9]+: error: ' <<<"${check_out[$1]:-}" || echo "(no located error) ${check_out[$1]:-}"; }
# Whether check gave a located error on FILE matching REGEX.
located_error() { grep -Eq "^[0-9]+:[0-9]+: error: .*($2)" <<<"${check_out[$1]:-}"; }

judge() {
    local file=$1 expect=$2 name=$3 xsd_re=$4 check_re=$5
    local x=${xsd_rc[$file]:-1} c=${check_rc[$file]:-}   # no verdict from xmllint: not even well-formed
    local xo=${xsd_out[$file]:-}
    if [ -z "$c" ]; then fail "'$name': compforms check gave no verdict on $file"; return; fi
    case $expect in
    valid)
        if [ "$x" -ne 0 ] && [ "$c" -ne 0 ]; then
            fail "'$name' should be valid, but both refuse it:"; head -n 2 <<<"$xo" >&2; first_error "$file" >&2
        elif [ "$x" -ne 0 ]; then
            fail "DISAGREE on '$name': compforms check accepts, the schema refuses:"; head -n 2 <<<"$xo" >&2
        elif [ "$c" -ne 0 ]; then
            fail "DISAGREE on '$name': the schema accepts, compforms check refuses:"; first_error "$file" >&2
        fi ;;
    invalid)
        if [ "$x" -eq 0 ] && [ "$c" -eq 0 ]; then
            fail "'$name' should be invalid, but both accept it"
        elif [ "$x" -eq 0 ]; then
            fail "DISAGREE on '$name': compforms check refuses, the schema accepts (make the schema refuse it, or list the rule as loader-only if XSD 1.0 cannot say it):"
            first_error "$file" >&2
        elif [ "$c" -eq 0 ]; then
            fail "DISAGREE on '$name': the schema refuses, compforms check accepts:"; head -n 2 <<<"$xo" >&2
        else
            [ -z "$xsd_re" ] || grep -Eq "$xsd_re" <<<"$xo" ||
                { fail "'$name': the schema refuses it, but not for /$xsd_re/:"; head -n 3 <<<"$xo" >&2; }
            [ -z "$check_re" ] || located_error "$file" "$check_re" ||
                { fail "'$name': compforms check refuses it, but with no located error /$check_re/:"; head -n 3 <<<"${check_out[$file]:-}" >&2; }
        fi ;;
    loader-only)
        if [ "$x" -ne 0 ]; then
            fail "loader-only '$name' is refused by the schema now: move it to the agreed mutations:"; head -n 2 <<<"$xo" >&2
        elif [ "$c" -eq 0 ]; then
            fail "loader-only '$name': compforms check accepts it (the loader's rule is gone?)"
        else
            [ -z "$check_re" ] || located_error "$file" "$check_re" ||
                { fail "loader-only '$name': compforms check refuses it, but with no located error /$check_re/:"; head -n 3 <<<"${check_out[$file]:-}" >&2; }
        fi ;;
    esac
}

# ------------------------------------------------------------------------------ the real units
for f in "$root"/forms/*.xml "$root"/tests/fixtures/editions/*.xml; do case_ "$f" valid "${f#"$root"/}"; done

# UTF-8, NFC, no BOM; comments quote no PC code, system code or criterion text.
if ! python3 - "$dl100" <<'EOF'
import re, sys, unicodedata
import xml.etree.ElementTree as ET
path = sys.argv[1]
raw = open(path, 'rb').read()
bad = []
try:
    text = raw.decode('utf-8', errors='strict')
except UnicodeDecodeError as e:
    print(f"{path}: not valid UTF-8: {e}", file=sys.stderr); sys.exit(1)
if raw.startswith(b'\xef\xbb\xbf'):
    bad.append("starts with a byte-order mark")
if not unicodedata.is_normalized('NFC', text):
    for n, line in enumerate(text.split('\n'), 1):
        if not unicodedata.is_normalized('NFC', line):
            bad.append(f"line {n} is not NFC")
collapse = lambda s: ' '.join(s.split())
ns = {'u': 'urn:compforms:unit:1'}
crits = ET.fromstring(raw).findall('.//u:criterion', ns)
if not crits:
    bad.append("no criterion found (namespace or structure changed?)")
texts = [collapse(c.text or '') for c in crits]
system_codes = [c.get('system-code') for c in crits]
WINDOW = 16   # a comment may not quote even a 16-character piece of a criterion
for m in re.finditer(r'<!--(.*?)-->', text, re.S):
    line = text.count('\n', 0, m.start()) + 1
    body = collapse(m.group(1))
    if re.search(r'[A-Z]{2}[0-9]{3}\.[0-9]{2}', body):
        bad.append(f"comment at line {line} contains a PC code")
    for sc in system_codes:
        if sc and sc in body:
            bad.append(f"comment at line {line} contains system code {sc}")
    for t in texts:
        if any(t[i:i + WINDOW] in body for i in range(max(1, len(t) - WINDOW + 1))):
            bad.append(f"comment at line {line} quotes criterion text: {t[:30]}...")
for b in bad:
    print(f"{path}: {b}", file=sys.stderr)
sys.exit(1 if bad else 0)
EOF
then
    fail "forms/DL100.xml: encoding/normalisation/comment check failed (see above)"
fi

# ---------------------------------------------------------------------------------- mutations
# use FILE: the source the next mutations copy. make NAME FROM TO [FROM TO ...]: a copy with the
# first FROM replaced by TO, pair by pair (FROM may span lines; TO empty deletes); sets `copy`.
base=
use() { base=$(<"$1") || { echo "FAIL: cannot read $1" >&2; exit 1; }; }
make() {
    local name=$1 text=$base from to
    shift
    copy="$scratch/$name.xml"
    while [ $# -ge 2 ]; do
        from=$1 to=$2; shift 2
        if [[ $text != *"$from"* ]]; then fail "mutation '$name' could not be made: '${from:0:60}' not found"; return 1; fi
        text=${text/"$from"/"$to"}
    done
    printf '%s\n' "$text" >"$copy"
}
# valid NAME PAIRS...: both accept. invalid NAME XSD_RE CHECK_RE PAIRS...: both refuse.
# loader_only NAME CHECK_RE PAIRS...: the schema accepts (it cannot say the rule), check refuses.
valid() { local name=$1; shift; make "$name" "$@" && case_ "$copy" valid "$name"; }
invalid() { local name=$1 xre=$2 cre=$3; shift 3; make "$name" "$@" && case_ "$copy" invalid "$name" "$xre" "$cre"; }
loader_only() { local name=$1 cre=$2; shift 2; make "$name" "$@" && case_ "$copy" loader-only "$name" "" "$cre"; }

repeat() { local out= i; for ((i = 0; i < $2; i++)); do out+=$1; done; printf '%s' "$out"; }
long_number=1$(repeat .0 20)   # 41 characters: a PC number the schema takes, too long to be a covers name

use "$dl100"
unit_title='<title>นำการพัฒนาคนพันธุ์ใหม่ (Digital DNA) สำหรับพัฒนาองค์กรดิจิทัล</title>'
element_title='<title>พัฒนาคนพันธุ์ใหม่ที่พร้อมปรับเปลี่ยนสู่วัฒนธรรมการทำงานแบบดิจิทัล</title>'
m1_covers='covers="DL101.01 DL101.02 DL101.04 DL101.05 DL103.03"'
crit_33='<criterion number="3.3" code="DL103.03" system-code="191382">'

# Controls: harmless changes, and the edges of each rule, valid for both.
valid control-status-revised '<edition/>' \
    '<edition><revision>1</revision><status>revised</status><date>2026-11-24</date></edition>'
valid control-level-8 '<level/>' '<level>8</level>'
valid control-level-spaces-leading-zero '<level/>' '<level> 08 </level>'
valid control-revision-9-digits '<edition/>' '<edition><revision>999999999</revision></edition>'
valid control-date-spaces '<edition/>' '<edition><date> 2026-11-24 </date></edition>'
valid control-format-1-1 'format-version="1.0"' 'format-version="1.1"'
valid control-format-1-12 'format-version="1.0"' 'format-version="1.12"'
valid control-code-spaces 'code="DL102"' 'code=" DL102 "'
valid control-id-letters 'id="M1"' 'id="m-1_b"'
valid control-pc-without-codes ' code="DL103.03" system-code="191382"' '' \
    'DL103.03"' '3.3"' 'DL103.03"' '3.3"' 'DL103.03"' '3.3"' 'DL103.03"' '3.3"' 'DL103.03"' '3.3"'   # its 5 covers
valid control-thai-number 'number="3.3"' 'number="๓.๓"'
valid control-item-label '<item>' '<item label="7">'
valid control-evidence-label-thai '<evidence id="PE1"' '<evidence id="PE1" label="ข้อ ๑๐."'   # 7 characters, 19 bytes
valid control-element-assessment "$element_title" "$element_title<assessment><item label=\"1.\">สังเกต</item></assessment>"
valid control-text-10000 '>สอบข้อเขียน<' ">$(repeat ก 10000)<"
valid control-title-500 "$unit_title" "<title>$(repeat ก 500)</title>"
valid control-kind-200 '<kind>หน่วยสมรรถนะ</kind>' "<kind>$(repeat 'ก ' 100)</kind>"   # 199 after collapse

# 1. Element codes and PC book codes share one namespace (xs:unique bookCode over both).
invalid element-code-is-pc-code 'Duplicate key-sequence.*bookCode' "duplicate code 'DL101.01'" 'code="DL102"' 'code="DL101.01"'
invalid pc-code-is-element-code 'Duplicate key-sequence.*bookCode' "duplicate code 'DL103'" 'code="DL101.02"' 'code="DL103"'
invalid duplicate-pc-code 'Duplicate key-sequence.*bookCode' "duplicate code 'DL101.01'" 'code="DL101.02"' 'code="DL101.01"'
invalid duplicate-element-code 'Duplicate key-sequence.*bookCode' "duplicate code 'DL101'" 'code="DL102"' 'code="DL101"'
# 3. A method takes no label (docs: "<method> takes no label").
invalid method-label "attribute 'label'.*not allowed" "unexpected attribute 'label' on <method>" '<method id="M1"' '<method id="M1" label="1."'
# 4. level, revision and dates: plain digits, YYYY-MM-DD, no time zone.
invalid level-plus "level.*'\\+5'" "level '\\+5'" '<level/>' '<level>+5</level>'
invalid level-10-digits "level.*'0000000005'" "level '0000000005'" '<level/>' '<level>0000000005</level>'
invalid level-9 "level.*'9'" "level '9'" '<level/>' '<level>9</level>'
invalid revision-plus "revision.*'\\+1'" "revision '\\+1'" '<edition/>' '<edition><revision>+1</revision></edition>'
invalid revision-10-digits "revision.*'0000000001'" "revision '0000000001'" '<edition/>' '<edition><revision>0000000001</revision></edition>'
invalid date-zulu "date.*'2026-11-24Z'" "date '2026-11-24Z'" '<edition/>' '<edition><date>2026-11-24Z</date></edition>'
invalid date-offset "date.*'2026-11-24\\+07:00'" "date '2026-11-24\\+07:00'" '<edition/>' '<edition><date>2026-11-24+07:00</date></edition>'
invalid date-signed-year "date.*'-2026-11-24'" "date '-2026-11-24'" '<edition/>' '<edition><date>-2026-11-24</date></edition>'
invalid date-5-digit-year "date.*'12026-11-24'" "date '12026-11-24'" '<edition/>' '<edition><date>12026-11-24</date></edition>'
invalid date-not-a-day "date.*'2026-02-29'" "date '2026-02-29'" '<edition/>' '<edition><date>2026-02-29</date></edition>'
invalid bad-date "date.*'24/11/2569'" "date '24/11/2569'" '<edition/>' '<edition><date>24/11/2569</date></edition>'
invalid status-old "enumeration.*'old'|'old'.*enumeration" "status 'old'" '<edition/>' '<edition><status>old</status></edition>'
# 5. format-version is 1, a dot and a minor number; ids start with a letter.
invalid format-version-no-minor "format-version.*'1'" "format-version '1'" 'format-version="1.0"' 'format-version="1"'
invalid format-version-leading-zero "format-version.*'01.0'" "format-version '01.0'" 'format-version="1.0"' 'format-version="01.0"'
invalid format-version-spaces "format-version.*' 1.0 '" "format-version ' 1.0 '" 'format-version="1.0"' 'format-version=" 1.0 "'
invalid format-version-2 "format-version.*'2.0'" "unsupported format-version '2.0'" 'format-version="1.0"' 'format-version="2.0"'
invalid no-format-version "format-version.*required" "missing required attribute 'format-version'" ' format-version="1.0"' ''
invalid method-id-digit-first "attribute 'id'.*'1M'" "id '1M' is not an id" 'id="M1"' 'id="1M"'
invalid evidence-id-digits "attribute 'id'.*'1'" "id '1' is not an id" 'id="PE1"' 'id="1"'
invalid evidence-id-underscore-first "attribute 'id'.*'_E'" "id '_E' is not an id" 'id="PE1"' 'id="_E"'
# Patterns and lengths.
invalid element-code-space "'DL 101'.*(pattern|Code)" "element code 'DL 101' is not a code" 'code="DL101"' 'code="DL 101"'
invalid element-code-thai "'DL๑๐๑'.*(pattern|Code)" "element code 'DL๑๐๑' is not a code" 'code="DL101"' 'code="DL๑๐๑"'
invalid duplicate-system-code 'Duplicate key-sequence.*pcSystemCode' "duplicate system code '191372'" 'system-code="191373"' 'system-code="191372"'
invalid system-code-21 "system-code.*(pattern|SystemCode)" "system code '123456789012345678901'" 'system-code="191373"' 'system-code="123456789012345678901"'
invalid bad-number "number.*(pattern|PcNumber)" "criterion number '3.x'" 'number="3.3"' 'number="3.x"'
invalid duplicate-item-id 'Duplicate key-sequence.*itemId' "duplicate id 'KE1'" 'id="M1"' 'id="KE1"'
invalid bad-covers-code "covers.*DL101/1" "covers name 'DL101/1'" 'covers="DL101.01 DL101.02 DL101.04' 'covers="DL101/1 DL101.02 DL101.04'
invalid covers-long-number "covers.*$long_number" "covers name '$long_number'" \
    'number="1.2"' "number=\"$long_number\"" "$m1_covers" "${m1_covers/DL101.02/$long_number}"
invalid empty-covers 'covers' 'empty covers list' "$m1_covers" 'covers=""'
invalid label-17 "label.*maxLength" "label .* is longer than 16 characters" '<item>' '<item label="ข้อหนึ่งสองสามสี่ห้าห">'
invalid term-attribute "attribute 'lang'.*not allowed" "unexpected attribute 'lang' on <term>" '<term>คนพันธุ์ใหม่</term>' '<term lang="th">คนพันธุ์ใหม่</term>'
invalid text-10001 "method.*maxLength" "text of 10001 characters" '>สอบข้อเขียน<' ">$(repeat ก 10001)<"
invalid na-10001 "na.*maxLength" "text of 10001 characters" '<licensing><na/></licensing>' "<licensing><na>$(repeat ก 10001)</na></licensing>"
invalid title-501 "title.*maxLength" "<title> of 501 characters" "$unit_title" "<title>$(repeat ก 501)</title>"
invalid kind-201 "kind.*maxLength" "<kind> of 201 characters" '<kind>หน่วยสมรรถนะ</kind>' "<kind>$(repeat 'ก ' 100)x</kind>"
invalid publisher-201 "publisher.*maxLength" "<publisher> of 201 characters" '<edition/>' "<edition><publisher>$(repeat ข 201)</publisher></edition>"
# Structure.
invalid missing-unit-title 'occupations.*(not expected|Expected is).*title' "missing <title> in <unit>" "$unit_title" ''
invalid missing-element-title 'criterion.*(not expected|Expected is).*title' "missing <title> in <element>" "$element_title" ''
invalid empty-text 'kind.*minLength' "empty <kind>" '<kind>หน่วยสมรรถนะ</kind>' '<kind> </kind>'
invalid na-with-text 'licensing|p' "<na/> must be the only content" '<licensing><na/></licensing>' '<licensing><na/><p>x</p></licensing>'
invalid unknown-element "'.*x': This element is not expected" "unexpected element <x> in <assessment-methods>" '<method id="M1"' '<x/><method id="M1"'
invalid unknown-attribute "attribute 'name'.*not allowed" "unexpected attribute 'name' on <element>" '<element code="DL101">' '<element code="DL101" name="x">'

# LOADER-ONLY: what XML Schema 1.0 cannot express. Schema-valid, refused by `compforms check`.
# - cross-references: a covers name must name a PC (code or number) or an element of the unit
#   (a keyref compares a whole list value, not its items);
loader_only covers-unknown-code "covers names unknown PC or element 'DL101.09'" \
    'covers="DL101.01 DL101.02 DL101.04' 'covers="DL101.09 DL101.02 DL101.04'
# - coverage: every PC covered by evidence and (unless section 18 is N/A) by a method;
loader_only pc-not-covered "PC DL103.04 is not covered by any evidence item" \
    "$crit_33" '<criterion number="3.4" code="DL103.04">ใช้เครื่องมือได้</criterion>'"$crit_33"
# - the family rules of DL codes (and of numeric units, below);
loader_only family-dl-element-code "element code 'DL1020' is not two capital letters and three digits" 'code="DL102"' 'code="DL1020"'
loader_only family-dl-pc-code "criterion code 'DL101.07' should be 'DL101.02'" 'code="DL101.02"' 'code="DL101.07"'
# - PC numbers are compared with Thai digits read as ASCII: 1.1 and ๑.๑ are one number (the
#   schema's key compares them as written);
loader_only thai-digit-duplicate-number "duplicate criterion number '1.1'" 'number="1.2"' 'number="๑.๑"'
# - history and replaces need format-version 1.1 (XSD 1.0 cannot tie content to an attribute);
loader_only history-in-1-0 '<history> needs format-version="1.1"' \
    '<edition/>' '<edition><history><entry revision="0" date="2019-05-01">ฉบับแรก</entry></history></edition>'
loader_only replaces-in-1-0 'the replaces attribute needs format-version="1.1"' 'system-code="191372"' 'system-code="191372" replaces="191300"'
# - a definition (mixed content) is not empty and holds at most 10,000 characters;
loader_only definition-empty "empty <definition>" '<definition><term>นวัตกรรมบริการ</term>' '<definition/><definition><term>นวัตกรรมบริการ</term>'
loader_only definition-10001 "text of 10[0-9]{3} characters" '<term>นวัตกรรมบริการ</term>' "<term>นวัตกรรมบริการ</term>$(repeat ก 10001)"
# - Thai text: a mark without a base, two tone marks, a leading vowel ending a word; no control
#   characters (XML allows U+0080-U+009F; the bytes are written as escapes, whatever the locale);
loader_only thai-mark-without-base "Thai mark U\\+0E48 without a base consonant" '>สอบข้อเขียน<' $'>\xe0\xb9\x88'สอบข้อเขียน'<'
loader_only c1-control "control character U\\+0085" '>สอบข้อเขียน<' '>สอบข้อเขียน'$'\xc2\x85''<'
# - the file: UTF-8 declared; our namespace declared once, on <unit>, with one prefix; no xsi:
#   attributes (an XSD validator allows xmlns and xsi: everywhere).
loader_only encoding-latin1 "the XML declaration says encoding 'ISO-8859-1'" 'encoding="UTF-8"' 'encoding="ISO-8859-1"'
loader_only xmlns-on-child "unexpected attribute 'xmlns' on <elements>" '<elements>' '<elements xmlns="urn:compforms:unit:1">'
loader_only second-prefix "unexpected element <v:kind>" '<kind>หน่วยสมรรถนะ</kind>' '<v:kind xmlns:v="urn:compforms:unit:1">หน่วยสมรรถนะ</v:kind>'
loader_only xsi-schema-location "unexpected attribute 'xsi:schemaLocation' on <unit>" 'format-version="1.0"' \
    'format-version="1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="urn:compforms:unit:1 unit.xsd"'

# 50101: format 1.1, a numeric unit, PCs named by number, section 18 N/A.
use "$u50101"
history='<history><entry revision="0" date="2019-05-01">ฉบับแรก</entry><entry revision="1" date="2026-11-24">ปรับถ้อยคำ</entry></history>'
valid control-50101-history '<status>new</status>' "<revision>1</revision><status>revised</status><date>2026-11-24</date>$history"
valid control-50101-history-spaces '<status>new</status>' '<status>revised</status><history><entry revision=" 1 " date=" 2026-11-24 ">ปรับ</entry></history>'
valid control-50101-replaces-thai 'number="1.2"' 'number="1.2" replaces="๑.๒"'
valid control-50101-covers-thai-number 'covers="50101.01 ' 'covers="๑.๑ 1.2 1.3 '
history_plus=${history/'revision="1"'/'revision="+1"'}
history_zone=${history/'2026-11-24'/'2026-11-24Z'}
invalid history-revision-plus "revision.*'\\+1'" "revision '\\+1'" '<status>new</status>' "<status>new</status>$history_plus"
invalid history-date-zone "date.*'2026-11-24Z'" "date '2026-11-24Z'" '<status>new</status>' "<status>new</status>$history_zone"
invalid replaces-slash "replaces.*'1/2'" "replaces '1/2' is not a code or a number" 'number="1.2"' 'number="1.2" replaces="1/2"'
invalid replaces-empty "replaces" "empty replaces attribute" 'number="1.2"' 'number="1.2" replaces=""'
invalid evidence-label-empty "label.*minLength" "empty label on <evidence>" 'label="1." covers=' 'label=" " covers='
loader_only thai-digit-duplicate-number-50101 "duplicate criterion number '1.1'" 'number="1.2"' 'number="๑.๑"'
loader_only family-numeric-element-code "element code '50101.07' should be '50101.02'" 'code="50101.02"' 'code="50101.07"'
loader_only family-numeric-pc-number "criterion number '1.4' does not match its position" 'number="1.3"' 'number="1.4"'
loader_only covers-unknown-number "covers names unknown PC or element '9.9'" 'covers="50101.01 ' 'covers="9.9 50101.01 '
loader_only history-out-of-order "history revision 0 after revision 1" '<status>new</status>' \
    '<status>new</status><history><entry revision="1" date="2019-05-01">ข</entry><entry revision="0" date="2019-05-01">ก</entry></history>'

# ------------------------------------------------------------------- the loader's own fixtures
# tests/fixtures/source: one file per loader rule. Each must be judged alike by both, but for these
# loader-only ones (rules above) and utf16.xml (xmllint reads UTF-16; the source must be UTF-8).
loader_only_fixtures=(covers-unknown element-code-format pc-numbering pc-wrong-element uncovered-evidence
    uncovered-method thai-number-duplicate mark-without-base two-tone-marks leading-vowel-end entities-offsets
    utf16)
fixtures=("$root"/tests/fixtures/source/*.xml)
xmllint --noout --schema "$xsd" "${fixtures[@]}" >"$scratch/fixtures.log" 2>&1
for f in "${fixtures[@]}"; do
    name=$(basename "$f" .xml)
    if [[ " ${loader_only_fixtures[*]} " == *" $name "* ]]; then case_ "$f" loader-only "fixture $name"
    elif grep -qxF "$f validates" "$scratch/fixtures.log"; then case_ "$f" valid "fixture $name"
    else case_ "$f" invalid "fixture $name"
    fi
done

# ------------------------------------------------------------------------------------ judging
run_both
for i in "${!files[@]}"; do judge "${files[$i]}" "${expects[$i]}" "${names[$i]}" "${xres[$i]}" "${cres[$i]}"; done
# Exit status, one file at a time: 0 for a valid source, 1 for an invalid one.
"$bin" check "$dl100" >/dev/null 2>&1 || fail "compforms check forms/DL100.xml exits $? (want 0)"
"$bin" check "$scratch/method-label.xml" >/dev/null 2>&1; rc=$?
[ $rc -eq 1 ] || fail "compforms check on an invalid copy (method-label) exits $rc (want 1)"
cases=${#files[@]}

if [ $failures -ne 0 ]; then
    echo "xsd_schema: $failures failure(s) in $cases cases" >&2
    exit 1
fi
echo "xsd_schema: all $cases cases agree (schema and compforms check)"
