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
    # The layout budget as toc computes it: edges x (longest path + 1).
    successors = {f"r{j}": [] for j in range(n)}
    successors["a"] = ["r0"]
    for line in lines[2:-1]:
        name = line.split(":")[0].split()[1]
        successors[name] = [t.strip() for t in line.split("-> ")[1].split(",")]
    depth = {}
    for node in ["m"] + [f"r{j}" for j in reversed(range(n))] + ["a"]:
        depth[node] = max((depth[t] + 1 for t in successors.get(node, [])), default=0)
    edges = sum(len(t) for t in successors.values())
    print(f"network of {n}: {edges} edges, depth {max(depth.values())}, work {edges * (max(depth.values()) + 1)}")
PY
for n in 100 300 1000 3000; do
  echo "== network of $n outcomes"
  /usr/bin/time -f "without --force: %e s, peak RSS %M KB" "$toc" render "bench-data/network-$n.ft" -o "bench-data/network-$n.svg" 2>&1 |
    grep -E "too large|without --force" || true
  /usr/bin/time -f "with --force: %e s, peak RSS %M KB" "$toc" render "bench-data/network-$n.ft" --force -o "bench-data/network-$n.svg" 2>&1 |
    grep -E "with --force" || true
done
# Graphviz without the limits, on the same DOT minus the limit attributes
# (UNLIMITED="1000 3000" to include the 3,000 network: over four minutes).
for n in ${UNLIMITED:-1000}; do
  "$toc" render "bench-data/network-$n.ft" --format dot -o "bench-data/network-$n.dot" >/dev/null 2>&1 || true
  grep -v "mclimit=" "bench-data/network-$n.dot" > "bench-data/network-$n.unlimited.dot"
  /usr/bin/time -f "network of $n, dot -Tsvg without limits: %e s, peak RSS %M KB" \
    dot -Tsvg "bench-data/network-$n.unlimited.dot" -o /dev/null
done
