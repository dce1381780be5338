#!/usr/bin/env bash
# Random valid units (tests/tools/random_unit.py) through every command, as scripts/random-units
# runs them: exit 0 everywhere, qpdf --check on every PDF, every criterion text and code back
# from pdftotext (default and -raw), the same Thai clusters in -layout as in -raw, and no
# layout violation (src/layout/layout_check). A fixed set of seeds at a size CI can afford
# (the suite runs twice, once under ASan+UBSan): up to 4 elements of 8 PCs, texts up to 600
# characters, up to 10 evidence/method columns, 2 candidates. The full ranges, and hundreds
# of seeds: scripts/random-units.
# usage: random_units.sh COMPFORMS REPO_ROOT SCRATCH_DIR
set -u
bin=$1 root=$2 work=$3
rm -rf "$work" && mkdir -p "$work" || exit 1

# The CI set: seeds 1-55, less any that fails for a known defect of the forms, the layout
# rules or the line breaker (not of this test), listed here a line each: seed,
# KNOWN-FAILING, what fails. None is listed today. To run one seed as CI does:
#   scripts/random-units 1 SEED --max-elements 4 --max-pcs 8 --max-text 600 --max-columns 10 --candidates 2
known_failing=(
)
skip=" "
for entry in "${known_failing[@]}"; do skip+="${entry%% *} "; done
# Under ASan+UBSan (about five times slower) every fourth seed: the layouts are the normal
# build's; the sanitizers look for memory and undefined behaviour, which a dozen find.
step=1
if ldd "$bin" 2>/dev/null | grep -q 'libasan'; then step=4; fi
seeds=()
for s in $(seq 1 "$step" 55); do
  case "$skip" in *" $s "*) ;; *) seeds+=("$s") ;; esac
done
list=$(IFS=,; echo "${seeds[*]}")
echo "random_units: ${#seeds[@]} seeds (${#known_failing[@]} KNOWN-FAILING left out)"
python3 "$root/tests/tools/random_unit_runner.py" --bin "$bin" --work "$work" --seeds "$list" \
  --max-elements 4 --max-pcs 8 --max-text 600 --max-columns 10 --candidates 2 --text-check blank
