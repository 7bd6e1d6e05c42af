#!/usr/bin/env bash
# Every benchmark, one after the other: parse+check throughput and memory at
# 1k, 10k and 100k nodes (in process and end to end), `toc render` against
# `dot -Tsvg` at 60, 600 and 2,000 nodes, whole portfolios, and layout times
# with and without the layout budget. Figures go in docs/performance.md.
# Needs hyperfine (apt-get install hyperfine). Takes about ten minutes.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v hyperfine >/dev/null || { echo "needs hyperfine (apt-get install hyperfine)" >&2; exit 1; }
bash scripts/bench-check.sh
bash scripts/bench-render.sh
bash scripts/bench-portfolio.sh
bash scripts/bench-layout.sh
bash scripts/bench-limits.sh
