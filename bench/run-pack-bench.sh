#!/usr/bin/env bash
# Builds bench_pack and bench_merged in Release and runs them on one core (taskset -c 0)
# writing to /dev/shm: 1000 scoring sheets as separate PDFs, 10 000 for the memory figure,
# 1000 merged; then merged packs of 1000, 7000 and 11 000 candidates, each in a process of
# its own.
# usage: bench/run-pack-bench.sh [FLOOR] [BUILD_DIR]
#   FLOOR: optional I/O floor to print beside the figures: a C source (compiled here with
#   gcc -O2 -lz) or a binary, run as `FLOOR 1000 DIR` (prints ms per sheet).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
floor=${1:-}
build=${2:-$root/build/bench-release}
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
cmake --build "$build" -j"$(nproc)" --target bench_pack bench_merged >/dev/null
shm=$(mktemp -d /dev/shm/compforms-bench.XXXXXX)
trap 'rm -rf "$shm"' EXIT
echo "== bench_pack (one core, output on /dev/shm)"
taskset -c 0 "$build/bench/bench_pack" "$root/forms/DL100.xml" "$shm/out" 1000 10000
echo "== bench_merged (one core, output on /dev/shm)"
taskset -c 0 "$build/bench/bench_merged" "$root/forms/DL100.xml" "$shm/merged" 1000 7000 11000
if [ -n "$floor" ]; then
  if [[ $floor == *.c ]]; then
    gcc -O2 "$floor" -lz -o "$shm/floor"
    floor=$shm/floor
  fi
  mkdir -p "$shm/floor-out"
  echo "== I/O floor (deflate 6 KB + atomic 12 KB write, one core)"
  taskset -c 0 "$floor" 1000 "$shm/floor-out"
fi
