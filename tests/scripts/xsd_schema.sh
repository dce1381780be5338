#!/usr/bin/env bash
# The unit source (forms/DL100.xml) against its schema (schema/unit.xsd):
#  - DL100.xml validates; it is valid UTF-8 and NFC;
#  - no XML comment quotes a PC code or a criterion's text (comments explain, data lives in elements);
#  - mutated copies that break one rule each are REJECTED by the schema, with the expected reason,
#    while a control copy that changes something harmless still validates (so the mutations test the
#    rules, not a broken copy step).
# Args: $1 compforms binary (unused), $2 repo root, $3 scratch dir.
set -u

root=${2:?usage: xsd_schema.sh BINARY REPO_ROOT SCRATCH_DIR}
scratch=${3:?usage: xsd_schema.sh BINARY REPO_ROOT SCRATCH_DIR}
xsd="$root/schema/unit.xsd"
src="$root/forms/DL100.xml"
failures=0

fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

command -v xmllint >/dev/null || { echo "FAIL: xmllint not found (apt-get install libxml2-utils)" >&2; exit 1; }
command -v python3 >/dev/null || { echo "FAIL: python3 not found" >&2; exit 1; }
[ -f "$xsd" ] || { echo "FAIL: missing $xsd" >&2; exit 1; }
[ -f "$src" ] || { echo "FAIL: missing $src" >&2; exit 1; }
mkdir -p "$scratch" || { echo "FAIL: cannot create $scratch" >&2; exit 1; }

# 1. The real source validates.
if ! out=$(xmllint --noout --schema "$xsd" "$src" 2>&1); then
    fail "forms/DL100.xml does not validate against schema/unit.xsd:"; echo "$out" >&2
fi

# 2. UTF-8, NFC, no BOM; 3. comments quote no PC code, system code or criterion text.
if ! python3 - "$src" <<'EOF'
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

# 4. Mutations. mutate NAME FROM TO [EXPECT]: copy with the first FROM replaced by TO (FROM may
#    span lines; TO empty deletes); EXPECT = "valid" or a regex the xmllint error must match.
mutate() {
    local name=$1 from=$2 to=$3 expect=$4 copy="$scratch/$1.xml"
    if ! python3 - "$src" "$copy" "$from" "$to" <<'EOF'
import sys
src, dst, old, new = sys.argv[1:5]
text = open(src, encoding='utf-8').read()
if old not in text:
    print(f"mutation source text not found: {old!r}", file=sys.stderr); sys.exit(1)
open(dst, 'w', encoding='utf-8').write(text.replace(old, new, 1))
EOF
    then fail "mutation '$name' could not be made"; return; fi
    local out rc
    out=$(xmllint --noout --schema "$xsd" "$copy" 2>&1); rc=$?
    if [ "$expect" = valid ]; then
        [ $rc -eq 0 ] || { fail "control copy '$name' should validate but does not:"; echo "$out" >&2; }
    elif [ $rc -eq 0 ]; then
        fail "mutation '$name' was accepted by the schema (should be rejected)"
    elif ! grep -Eq "$expect" <<<"$out"; then
        fail "mutation '$name' was rejected, but not for the expected reason /$expect/:"; echo "$out" >&2
    else
        echo "ok: mutation '$name' rejected"
    fi
}

mutate control-status-revised '<edition/>' \
    '<edition><revision>1</revision><status>revised</status><date>2026-11-24</date></edition>' valid
mutate control-level-8 '<level/>' '<level>8</level>' valid
mutate duplicate-system-code 'system-code="191373"' 'system-code="191372"' 'Duplicate key-sequence.*pcSystemCode'
mutate element-code-space 'code="DL101"' 'code="DL 101"' "'DL 101'.*(pattern|Code)"
mutate element-code-thai 'code="DL101"' 'code="DL๑๐๑"' "'DL๑๐๑'.*(pattern|Code)"
mutate status-old '<edition/>' '<edition><status>old</status></edition>' "enumeration.*'old'|'old'.*enumeration"
mutate missing-unit-title '<title>นำการพัฒนาคนพันธุ์ใหม่ (Digital DNA) สำหรับพัฒนาองค์กรดิจิทัล</title>' '' \
    'occupations.*(not expected|Expected is).*title'
mutate missing-element-title '<title>พัฒนาคนพันธุ์ใหม่ที่พร้อมปรับเปลี่ยนสู่วัฒนธรรมการทำงานแบบดิจิทัล</title>' '' \
    'criterion.*(not expected|Expected is).*title'
mutate duplicate-pc-code 'code="DL101.02"' 'code="DL101.01"' 'Duplicate key-sequence.*bookCode'
mutate duplicate-item-id 'id="M1"' 'id="KE1"' 'Duplicate key-sequence.*itemId'
mutate level-9 '<level/>' '<level>9</level>' "level.*'9'"
mutate bad-date '<edition/>' '<edition><date>24/11/2569</date></edition>' "date.*'24/11/2569'"
mutate bad-covers-code 'covers="DL101.01 DL101.02 DL101.04' 'covers="DL101/1 DL101.02 DL101.04' "covers.*DL101/1"
mutate system-code-21 'system-code="191373"' 'system-code="123456789012345678901"' "system-code.*(pattern|SystemCode)"
# Format 1.1: what a real unit needs validates (optional codes, labels, Thai digits in a number,
# an element's assessment, section 18 N/A), and both the schema and the loader agree on it.
mutate control-pc-without-codes ' code="DL103.03" system-code="191382"' '' valid
mutate control-thai-number 'number="3.3"' 'number="๓.๓"' valid
mutate control-item-label '<item>' '<item label="7">' valid
mutate control-element-assessment '<title>พัฒนาคนพันธุ์ใหม่ที่พร้อมปรับเปลี่ยนสู่วัฒนธรรมการทำงานแบบดิจิทัล</title>' \
    '<title>พัฒนาคนพันธุ์ใหม่ที่พร้อมปรับเปลี่ยนสู่วัฒนธรรมการทำงานแบบดิจิทัล</title><assessment><item label="1.">สังเกต</item></assessment>' valid
mutate bad-number 'number="3.3"' 'number="3.x"' "number.*(pattern|PcNumber)"
mutate empty-covers 'covers="DL101.01 DL101.02 DL101.04 DL101.05 DL103.03"' 'covers=""' 'covers'
mutate no-format-version ' format-version="1.0"' '' "format-version.*required"
mutate na-with-text '<licensing><na/></licensing>' '<licensing><na/><p>x</p></licensing>' 'licensing|p'
mutate unknown-element '<method id="M1"' '<x id="M1"' 'assessment-methods|x'

if [ $failures -ne 0 ]; then
    echo "xsd_schema: $failures failure(s)" >&2
    exit 1
fi
echo "xsd_schema: all checks passed"
