#!/usr/bin/env bash
# Runs a libFuzzer target (Fuzz/, built with -sanitize=fuzzer,address) for a
# while, starting from the example theories, the language fixtures and the
# bad-input corpus. Usage: bash scripts/fuzz.sh [pipeline|graphviz] [seconds]
# (default: pipeline, 600). Crashes are written to Fuzz/crashes/; each one
# becomes a regression test in Tests/BadInput.
set -euo pipefail
cd "$(dirname "$0")/.."

target=${1:-pipeline}
seconds=${2:-600}
case "$target" in
  pipeline) product=FuzzPipeline ;;
  graphviz) product=FuzzGraphviz ;;
  *) echo "usage: $0 [pipeline|graphviz] [seconds]" >&2; exit 2 ;;
esac

(cd Fuzz && swift build -c release --product "$product" \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library) >&2

corpus="Fuzz/corpus/$target"
mkdir -p "$corpus" Fuzz/crashes
# Seeds: every example theory and every bad input we know of.
{ find theories Tests/Fixtures Tests/BadInput Fuzz/seeds -type f \( -name '*.ft' -o -name '*.bin' -o -name '*.txt' \) 2>/dev/null || true; } |
  while read -r file; do cp "$file" "$corpus/seed-$(basename "$file")"; done

options=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=65536 -artifact_prefix=Fuzz/crashes/
  -print_final_stats=1 -dict=Fuzz/theory.dict)
# Graphviz 2.43 leaks a little on every layout (see docs/performance.md).
if [ "$target" = graphviz ]; then export ASAN_OPTIONS=detect_leaks=0; fi
exec "Fuzz/.build/release/$product" "${options[@]}" "$corpus"
