#!/usr/bin/env bash
# Diff benchmark (issue 3): generated prose pairs of 1k, 10k, 100k and 1M words
# (~5% of words changed, a few sentences moved), each compared by
#   dipdiff diff --stat            (and --raw --stat for the changed-token count)
#   git diff --no-index --minimal --word-diff=porcelain --word-diff-regex=…
#   dwdiff -s
# in the same run. Prints median wall time, peak memory (max RSS) and the
# changed-token count of each tool. usage: scripts/bench-diff.sh [BUILD] [RUNS] [SIZES…]
set -euo pipefail
build=${1:-build}
runs=${2:-3}
shift 2 2>/dev/null || shift $#
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 100000 1000000)
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/bench/out/diff"
mkdir -p "$out"
dipdiff="$build/dipdiff"
token_regex='[[:alnum:]]+|[^[:space:][:alnum:]]'
export LC_ALL=C

# Runs a command RUNS times; prints "median_seconds peak_kb" (peak: the max over runs).
measure() {
  local n=$1; shift
  local times=() peak=0
  for _ in $(seq "$n"); do
    /usr/bin/time -f '%e %M' -o "$out/time.txt" "$@" > /dev/null 2>&1 || true
    read -r t m < <(tail -1 "$out/time.txt")
    times+=("$t"); [ "$m" -gt "$peak" ] && peak=$m
  done
  printf '%s %s\n' "$(printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')" "$peak"
}

git_changed_tokens() {
  git diff --no-index --minimal --word-diff=porcelain --word-diff-regex="$token_regex" "$1" "$2" |
    grep -E '^[-+]' | grep -vE '^(\+\+\+|---) ' | cut -c2- | grep -oE "$token_regex" | wc -l
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); runs per cell: $runs (median)"
printf '%-8s %-22s %10s %10s %16s\n' words tool "time (s)" "peak (MB)" "changed tokens"
for words in "${sizes[@]}"; do
  a="$out/a-$words.txt"; b="$out/b-$words.txt"
  [ -f "$a" ] && [ -f "$b" ] || "$build/bench/gen_diff_pair" "$words" "$a" "$b" > /dev/null
  git_cmd=(git diff --no-index --minimal --word-diff=porcelain "--word-diff-regex=$token_regex" "$a" "$b")

  read -r t m <<< "$(measure "$runs" "$dipdiff" diff --stat "$a" "$b")"
  stat=$("$dipdiff" diff --stat "$a" "$b" || true)
  changed=$(echo "$stat" | sed -E 's/.* ([0-9]+) added, ([0-9]+) removed.*/\1 \2/' | awk '{print $1+$2}')
  printf '%-8s %-22s %10s %10.1f %16s\n' "$words" "dipdiff" "$t" "$(awk -v m="$m" 'BEGIN { print m / 1024 }')" "$changed"

  read -r t m <<< "$(measure "$runs" "$dipdiff" diff --raw --stat "$a" "$b")"
  stat=$("$dipdiff" diff --raw --stat "$a" "$b" || true)
  changed=$(echo "$stat" | sed -E 's/.* ([0-9]+) added, ([0-9]+) removed.*/\1 \2/' | awk '{print $1+$2}')
  moved=$(echo "$stat" | sed -E 's/.* ([0-9]+) moved.*/\1/')
  printf '%-8s %-22s %10s %10.1f %16s\n' "$words" "dipdiff --raw" "$t" "$(awk -v m="$m" 'BEGIN { print m / 1024 }')" "$changed (+$moved moved)"

  read -r t m <<< "$(measure "$runs" "${git_cmd[@]}")"
  printf '%-8s %-22s %10s %10.1f %16s\n' "$words" "git --minimal" "$t" "$(awk -v m="$m" 'BEGIN { print m / 1024 }')" "$(git_changed_tokens "$a" "$b")"

  dw_runs=$runs; [ "$words" -ge 1000000 ] && dw_runs=1   # dwdiff takes tens of seconds there
  read -r t m <<< "$(measure "$dw_runs" dwdiff -s "$a" "$b")"
  dw=$(dwdiff -s "$a" "$b" 2>&1 >/dev/null | awk '/^old:/ {for (i=1;i<=NF;i++) if ($(i+1) ~ /%/ && ($(i+2)=="deleted" || $(i+2)=="changed")) s+=$i} /^new:/ {for (i=1;i<=NF;i++) if ($(i+1) ~ /%/ && ($(i+2)=="inserted" || $(i+2)=="changed")) s+=$i} END {print s}' || true)
  printf '%-8s %-22s %10s %10.1f %16s\n' "$words" "dwdiff -s (words)" "$t" "$(awk -v m="$m" 'BEGIN { print m / 1024 }')" "$dw"
done
