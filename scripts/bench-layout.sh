#!/usr/bin/env bash
# Layout time against the layout budget (edges x depth): random networks of
# outcomes, each leading to three later ones, drawn with --force (limited
# Graphviz effort) and, where the budget allows, without. Figures go in
# docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."

swift build -c release --product toc --static-swift-stdlib >/dev/null
toc="$PWD/.build/release/toc"
mkdir -p bench-data
python3 - <<'PY'
import random
random.seed(1)
for n in (100, 300, 1000, 3000):
    lines = ["forandringsteori: Tilfældigt netværk", "aktivitet a: A\n  -> r0"]
    for j in range(n):
        targets = sorted(set(random.randrange(j + 1, n + 1) for _ in range(3))) if j < n - 1 else [n]
        t = ", ".join("m" if x == n else f"r{x}" for x in targets)
        lines.append(f"resultat r{j}: Resultat nummer {j} med en længere tekst\n  indikator: x\n  -> {t}")
    lines.append("mål m: M\n  indikator: y")
    open(f"bench-data/network-{n}.ft", "w").write("\n".join(lines) + "\n")
PY
for n in 100 300 1000 3000; do
  echo "== network of $n outcomes"
  /usr/bin/time -f "without --force: %e s, peak RSS %M KB" "$toc" render "bench-data/network-$n.ft" -o "bench-data/network-$n.svg" 2>&1 |
    grep -E "too large|without --force" || true
  /usr/bin/time -f "with --force: %e s, peak RSS %M KB" "$toc" render "bench-data/network-$n.ft" --force -o "bench-data/network-$n.svg" 2>&1 |
    grep -E "with --force" || true
done
