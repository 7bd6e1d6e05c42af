#!/usr/bin/env bash
# `toc render --format svg` against `dot -Tsvg` on the DOT that
# `toc render --format dot` writes, side by side with hyperfine, for
# generated theories of 60, 600 and 2,000 nodes (scripts/generate-theory.py)
# and generated plans of 60, 300 and 600 nodes in 8 areas with edges between
# areas, leaps and comma chains (scripts/generate-plan.py, issue #24).
# Figures go in docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v hyperfine >/dev/null || { echo "needs hyperfine (apt-get install hyperfine)" >&2; exit 1; }
swift build -c release --product toc --static-swift-stdlib >/dev/null
toc="$PWD/.build/release/toc"
mkdir -p bench-data
cd bench-data
for n in 60 600 2000 plan-60 plan-300 plan-600; do
  case "$n" in
    plan-*) python3 ../scripts/generate-plan.py "${n#plan-}" > "theory-$n.ft" ;;
    *) python3 ../scripts/generate-theory.py "$n" > "theory-$n.ft" ;;
  esac
  "$toc" render "theory-$n.ft" --format dot --force -o "theory-$n.dot" >/dev/null
  echo "== $n nodes"
  hyperfine --warmup 3 --runs "${RUNS:-30}" -N \
    "$toc render theory-$n.ft --format svg --force -o toc-$n.svg" \
    "dot -Tsvg theory-$n.dot -o dot-$n.svg" 2>&1 | grep -E "Benchmark|Time|±.*times"
  "$toc" render "theory-$n.ft" --format svg --timings -o toc-$n.svg 2>&1 >/dev/null | sed 's/^/in process: /'
  # toc measures text with its own DejaVu Sans metrics, dot with Pango: the
  # drawings differ by a point here and there; their sizes should agree.
  echo "diagram size: toc $(grep -o 'viewBox="[^"]*"' "toc-$n.svg"), dot $(grep -o 'viewBox="[^"]*"' "dot-$n.svg")"
done
