#!/usr/bin/env bash
# Topic alignment benchmark (issue 4): the whole compare pipeline (load,
# segment + attribute, tag, align with word diffs) on
#   - a pair of generated statements of about 10,000 words each;
#   - a corpus of about 1,000 generated statements (about 2M words).
# Prints each stage's time and the peak memory, RUNS times each.
# usage: scripts/bench-compare.sh [BUILD_DIR] [RUNS]
set -euo pipefail
build=${1:-build}
runs=${2:-3}
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/bench/out"
pair="$out/compare-pair-10k"
corpus="$out/compare-corpus-1000"
if [ ! -f "$pair/.complete" ]; then
  rm -rf "$pair" "$pair.tmp"
  "$build/bench/gen_statements" "$pair.tmp" 1 160 > /dev/null   # 160 paragraphs ≈ 10k words
  mkdir -p "$pair" && cp "$pair.tmp/s000000.txt" "$pair.tmp/s000001.txt" "$pair/" && rm -rf "$pair.tmp"
  touch "$pair/.complete"
fi
if [ ! -f "$corpus/.complete" ]; then
  rm -rf "$corpus"
  "$build/bench/gen_statements" "$corpus" 13 27 > /dev/null      # 27 paragraphs ≈ 2k words
  touch "$corpus/.complete"
fi
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
for target in "$pair" "$corpus"; do
  echo "== $(basename "$target")"
  for i in $(seq "$runs"); do "$build/bench/compare_pipeline" "$target" | sed "s/^/run $i: /"; done
done
