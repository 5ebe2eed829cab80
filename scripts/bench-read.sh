#!/usr/bin/env bash
# Reading + segmenting benchmark (issue 2): generates a corpus of at least
# 100 MB once, then runs the measurement RUNS times and prints every run and
# the median throughput. Peak memory is the process's max RSS.
# usage: scripts/bench-read.sh [BUILD_DIR] [MEGABYTES] [RUNS]
set -euo pipefail
build=${1:-build}
megabytes=${2:-100}
runs=${3:-3}
root=$(cd "$(dirname "$0")/.." && pwd)
corpus="$root/bench/out/corpus-${megabytes}mb"
if [ ! -f "$corpus/.complete" ]; then
  rm -rf "$corpus"
  "$build/bench/gen_statements" "$corpus" "$megabytes"
  touch "$corpus/.complete"
fi
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
results=()
for i in $(seq "$runs"); do
  "$build/bench/read_segment" "$corpus" > "$corpus.run.txt"
  sed "s/^/run $i: /" "$corpus.run.txt"
  results+=("$(tail -1 "$corpus.run.txt" | grep -oE '[0-9.]+ MB/s' | cut -d' ' -f1)")
done
median=$(printf '%s\n' "${results[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "median throughput over $runs runs: $median MB/s"
