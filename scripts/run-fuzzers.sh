#!/usr/bin/env bash
# Runs every libFuzzer target of a sanitizer build for a bounded time.
# usage: scripts/run-fuzzers.sh BUILD_DIR SECONDS_PER_TARGET
# A crash, leak or sanitizer report fails the run and leaves the input in
# out/fuzz/<target>/ so it can be replayed: BUILD_DIR/fuzz/<target> <input>.
set -euo pipefail
build=$(cd "${1:?build dir}" && pwd)
seconds=${2:-30}
root=$(cd "$(dirname "$0")/.." && pwd)
shopt -s nullglob
targets=("$build"/fuzz/*_fuzz)
if [ ${#targets[@]} -eq 0 ]; then
  echo "run-fuzzers: no fuzz targets in $build/fuzz" >&2
  exit 1
fi
for target in "${targets[@]}"; do
  name=$(basename "$target")
  seeds="$root/fuzz/seeds/${name%_fuzz}"
  work="$root/out/fuzz/$name"
  mkdir -p "$work/corpus"
  [ -d "$seeds" ] && cp -n "$seeds"/* "$work/corpus/" 2>/dev/null || true
  echo "fuzz: $name for ${seconds}s"
  # -rss_limit_mb guards against runaway memory; -max_len keeps inputs statement-sized.
  if ! (cd "$work" && ASAN_OPTIONS=detect_leaks=1 "$target" -max_total_time="$seconds" \
        -rss_limit_mb=2048 -max_len=65536 -print_final_stats=0 corpus > "$work/log.txt" 2>&1); then
    echo "fuzz: $name FAILED; the log and the crashing input are in $work" >&2
    tail -40 "$work/log.txt" >&2
    exit 1
  fi
  grep -E '^Done|#[0-9]+.*DONE' "$work/log.txt" | tail -1 || true
done
