#!/usr/bin/env bash
# `toc serve`: save-to-screen latency measured in the browser (100-node
# theory, 30 saves), and resident memory over 1,000 saves. Figures go in
# docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps
swift build -c release --product toc --static-swift-stdlib >/dev/null
python3 Tests/e2e/preview_e2e.py .build/release/toc --measure "${SAVES:-30}"
python3 scripts/bench-preview-memory.py .build/release/toc "${MEMORY_SAVES:-1000}"
