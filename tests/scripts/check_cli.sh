#!/usr/bin/env bash
# `compforms check` end to end: exit statuses (0 ok / warnings only, 1 errors, 2 usage),
# gcc-style FILE:LINE:COLUMN lines on stderr, one summary line per file on stdout.
# Args: $1 compforms binary, $2 repo root, $3 scratch dir.
set -u

bin=${1:?usage: check_cli.sh BINARY REPO_ROOT SCRATCH_DIR}
root=${2:?usage: check_cli.sh BINARY REPO_ROOT SCRATCH_DIR}
scratch=${3:?usage: check_cli.sh BINARY REPO_ROOT SCRATCH_DIR}
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
mkdir -p "$scratch" || exit 1
case $bin in /*) ;; *) bin=$PWD/$bin ;; esac
case $scratch in /*) ;; *) scratch=$PWD/$scratch ;; esac
cd "$root" || exit 1

# run ARGS...: sets status, out, err
run() {
    "$bin" "$@" >"$scratch/out" 2>"$scratch/err"
    status=$?
    out=$(cat "$scratch/out")
    err=$(cat "$scratch/err")
}
expect_status() { [ "$status" -eq "$1" ] || fail "$2: exit $status, expected $1 (stderr: $err)"; }

# 1. The real source is fine: exit 0, one summary line, its one warning on stderr.
run check forms/DL100.xml
expect_status 0 "check forms/DL100.xml"
[ "$out" = "forms/DL100.xml: ok (3 elements, 11 criteria, 1 warning)" ] || fail "summary: '$out'"
[ "$err" = "forms/DL100.xml:114:36: warning: doubled 'การการ': 'การ' is repeated" ] || fail "DL100 stderr: '$err'"

# 2. Every DL103.03 renamed DL103.09: the PC's own code is now misnumbered.
sed 's/DL103\.03/DL103.09/g' forms/DL100.xml >"$scratch/renamed.xml"
run check "$scratch/renamed.xml"
expect_status 1 "renamed copy"
echo "$err" | grep -Eq "^$scratch/renamed.xml:[0-9]+:[0-9]+: error: " || fail "no gcc-style error line: '$err'"
echo "$err" | grep -qxF "$scratch/renamed.xml:56:37: error: criterion code 'DL103.09' should be 'DL103.03' (criterion 3 of element DL103)" \
    || fail "renamed: wrong message: '$err'"
[ "$out" = "$scratch/renamed.xml: 1 error, 1 warning" ] || fail "renamed summary: '$out'"

# 3. Only the method's reference renamed: a dangling covers entry, with the nearest code.
sed '/<method id="M1"/s/DL103\.03/DL103.09/' forms/DL100.xml >"$scratch/dangling.xml"
run check "$scratch/dangling.xml"
expect_status 1 "dangling covers"
line=$(grep -n '<method id="M1"' "$scratch/dangling.xml" | cut -d: -f1)
prefix=$(sed -n "${line}p" "$scratch/dangling.xml" | sed 's/DL103\.09.*//')
col=$(( $(printf '%s' "$prefix" | wc -m) + 1 ))
echo "$err" | grep -qxF "$scratch/dangling.xml:$line:$col: error: covers names unknown PC or element 'DL103.09' (nearest: DL103.03)" \
    || fail "dangling: expected line $line col $col, got '$err'"

# 4. Several files: each gets its summary; any error makes the exit 1.
run check forms/DL100.xml "$scratch/missing.xml"
expect_status 1 "good + missing"
[ "$(echo "$out" | wc -l)" -eq 2 ] || fail "two files, summaries: '$out'"
echo "$err" | grep -qxF "$scratch/missing.xml: error: cannot open: No such file or directory" || fail "missing file: '$err'"

# 5. Bad input never crashes: empty, binary, directory.
: >"$scratch/empty.xml"
head -c 4096 "$bin" >"$scratch/binary.xml"
for f in "$scratch/empty.xml" "$scratch/binary.xml" "$scratch"; do
    run check "$f"
    expect_status 1 "check $f"
    echo "$err" | grep -q "^$f[:0-9]*: error: " || fail "check $f: no error line: '$err'"
done

# 6. The fixtures' baseline is a real source: the schema accepts it, and so does check.
if command -v xmllint >/dev/null; then
    xmllint --noout --schema schema/unit.xsd tests/fixtures/source/valid.xml 2>/dev/null \
        || fail "tests/fixtures/source/valid.xml does not validate against schema/unit.xsd"
fi
run check tests/fixtures/source/valid.xml
expect_status 0 "check valid.xml"
[ -z "$err" ] || fail "valid.xml has diagnostics: '$err'"

# 7. Usage.
run check
expect_status 2 "no file"
run check --frobnicate forms/DL100.xml
expect_status 2 "unknown option"
echo "$err" | grep -q "unknown option '--frobnicate'" || fail "unknown option message: '$err'"
run check --help
expect_status 0 "--help"
echo "$out" | grep -q "^usage: compforms check" || fail "--help text: '$out'"
run check --version
expect_status 0 "--version"
echo "$out" | grep -Eq "^compforms [0-9]+\.[0-9]+\.[0-9]+$" || fail "--version: '$out'"

[ "$failures" -eq 0 ] || { echo "$failures failure(s)" >&2; exit 1; }
echo "check_cli: all passed"
