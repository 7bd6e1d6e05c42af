#!/usr/bin/env bash
# Parse+check speed: in-process benchmarks (ordo-one/benchmark, nested package)
# at 1k, 10k and 100k nodes, then `toc check` end to end on a generated
# 100,000-node file. Figures go in docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== in-process: swift package benchmark (Benchmarks/) =="
(cd Benchmarks && swift package benchmark --no-progress 2>&1 | grep -E "^parse\+check|Time \(wall|Memory \(res|Metric")

echo "== end to end: toc check on a generated 100,000-node theory (release build) =="
swift build -c release --product toc >/dev/null
mkdir -p bench-data
python3 scripts/generate-theory.py 100000 > bench-data/theory-100k.ft
ls -l bench-data/theory-100k.ft | awk '{print "file size:", $5, "bytes"}'
for i in 1 2 3 4 5; do
  /usr/bin/time -f "wall %e s, peak RSS %M KB" .build/release/toc check bench-data/theory-100k.ft
done
