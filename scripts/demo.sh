#!/usr/bin/env bash
# The fullest analysis dipdiff can do so far, run on samples/.
# usage: scripts/demo.sh PATH_TO_DIPDIFF OUTPUT_DIR
set -euo pipefail
dipdiff=${1:?dipdiff binary}
out=${2:-out/demo}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
mkdir -p "$out"

# diff and compare exit 1 / print to stdout by design; keep going either way.
echo "== 1. inspect: how each sample statement is read (the wire report shown) =="
"$dipdiff" inspect --color=never samples/ > "$out/inspect.txt"
"$dipdiff" inspect --json samples/ -o "$out/statements.json"
"$dipdiff" inspect samples/2025-06-16-wire-report-summit.txt | head -40
echo "…"

echo
echo "== 2. diff: the joint statement as each capital published it =="
"$dipdiff" diff --stat samples/2025-06-16-joint-statement-varenia.txt samples/2025-06-16-joint-statement-kestrel.txt || true
"$dipdiff" diff samples/2025-06-16-joint-statement-varenia.txt samples/2025-06-16-joint-statement-kestrel.txt || true
"$dipdiff" diff --format plain samples/2025-06-16-joint-statement-varenia.txt \
  samples/2025-06-16-joint-statement-kestrel.txt > "$out/joint-statement.diff.txt" || true
"$dipdiff" diff --format json -o "$out/joint-statement.diff.json" samples/2025-06-16-joint-statement-varenia.txt \
  samples/2025-06-16-joint-statement-kestrel.txt || true

echo
echo "== 3. compare: each side's readout of the March 4 call, topic by topic =="
"$dipdiff" compare samples/2025-03-04-varenia-readout-call.txt samples/2025-03-04-kestrel-readout-call.md
"$dipdiff" compare --color=never samples/2025-03-04-varenia-readout-call.txt \
  samples/2025-03-04-kestrel-readout-call.md > "$out/compare-call.txt"
"$dipdiff" compare --color=never samples/2025-06-16-joint-statement-varenia.txt \
  samples/2025-06-16-marek-press-conference.txt samples/2025-06-16-wire-report-summit.txt > "$out/compare-summit.txt"

"$dipdiff" compare --json "$out/report-call.json" samples/2025-03-04-varenia-readout-call.txt \
  samples/2025-03-04-kestrel-readout-call.md > /dev/null

echo
echo "== 4. stance: tone, commitment and diplomatic code, sentence by sentence, with the cues =="
"$dipdiff" inspect --stance --color=never samples/ > "$out/stance.txt"
"$dipdiff" inspect --stance --json samples/ -o "$out/stance.json"
"$dipdiff" inspect --stance samples/2025-03-04-varenia-readout-call.txt | sed -n '10,40p'
echo "…"

echo
echo "Outputs:"
echo "  $out/inspect.txt              every sample statement, paragraphs and attributed sentences"
echo "  $out/statements.json          the same as JSON (docs/user-guide.md describes the shape)"
echo "  $out/joint-statement.diff.txt the two copies of the joint statement, word by word"
echo "  $out/joint-statement.diff.json  the same as JSON"
echo "  $out/compare-call.txt         the March 4 call: topics, each side's stance, closest pairs, omissions"
echo "  $out/report-call.json         the same as the JSON report (docs/report.md)"
echo "  $out/compare-summit.txt       the summit: joint statement, press conference, wire report"
echo "  $out/stance.txt               every sample sentence's tone, commitment and code phrases, with cues"
echo "  $out/stance.json              the same as JSON (docs/report.md, \"Stance\")"
