#!/usr/bin/env bash
# Checking whole portfolios: 50, 500 and 5,000 generated theories of 60
# nodes each, `toc check DIR --summary` (release build), timed with
# hyperfine; then 500 of them in each machine-readable format. Figures go
# in docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { echo "needs hyperfine (apt-get install hyperfine)" >&2; exit 1; }
swift build -c release --product toc --static-swift-stdlib >/dev/null
toc="$PWD/.build/release/toc"
mkdir -p bench-data
python3 scripts/generate-theory.py 60 > bench-data/one-60.ft
for n in 50 500 5000; do
  folder="bench-data/portfolio-$n"
  if [ ! -d "$folder" ] || [ "$(find "$folder" -name '*.ft' | wc -l)" -ne "$n" ]; then
    rm -rf "$folder"; mkdir -p "$folder"
    for i in $(seq 1 "$n"); do cp bench-data/one-60.ft "$folder/plan-$i.ft"; done
  fi
  echo "== $n theories of 60 nodes"
  hyperfine --warmup 2 --runs "${RUNS:-10}" -N "$toc check $folder --summary" 2>&1 | grep -E "Time|Range"
done
# The same 500 theories in each output format (SARIF converts columns with
# the files' text; JSON and CSV add the table of theories).
for format in json sarif github csv; do
  echo "== 500 theories, --format $format"
  hyperfine --warmup 2 --runs "${RUNS:-10}" -N --output=pipe "$toc check bench-data/portfolio-500 --format $format" 2>&1 | grep -E "Time|Range"
done
