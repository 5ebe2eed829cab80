#!/usr/bin/env bash
# The fullest analysis dipdiff can do so far, run on samples/.
# usage: scripts/demo.sh PATH_TO_DIPDIFF OUTPUT_DIR
set -euo pipefail
dipdiff=${1:?dipdiff binary}
out=${2:-out/demo}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
mkdir -p "$out"

echo "== dipdiff inspect: how each sample statement is read (first one shown) =="
"$dipdiff" inspect --color=never samples/ > "$out/inspect.txt"
"$dipdiff" inspect samples/2025-06-16-wire-report-summit.txt | head -60
echo "…"
"$dipdiff" inspect --json samples/ -o "$out/statements.json"

echo
echo "Outputs:"
echo "  $out/inspect.txt        every sample statement, paragraphs and attributed sentences"
echo "  $out/statements.json    the same as JSON (docs/user-guide.md describes the shape)"
