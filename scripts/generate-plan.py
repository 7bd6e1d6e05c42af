#!/usr/bin/env python3
"""Write a generated master plan of N nodes to stdout, shaped like the
theories that made the pinned layout stall (issue #24): 8 areas, nodes
declared in shuffled order, about 8 % of edges to another area, some leaps
over a level, and a comma chain (outputs -> outcomes) per area.

    python3 scripts/generate-plan.py 600 [SEED] > /tmp/plan-600.ft
"""
import random
import sys


def plan(n: int, seed: int = 1) -> str:
    random.seed(seed)
    areas = ["uddannelse", "beskaeftigelse", "kriminalitet", "sammenhaeng",
             "sundhed", "boligen", "fritid", "foraeldre"][: max(2, min(8, n // 25))]
    kinds = [("aktivitet", 0.35), ("output", 0.3), ("resultat", 0.25), ("mål", 0.1)]
    nodes = []
    for level, (kind, share) in enumerate(kinds):
        for i in range(max(1, int(n * share))):
            nodes.append((kind, level, "%s%d" % (kind[:3].replace("å", "a"), i), random.choice(areas)))
    random.shuffle(nodes)
    by = {}
    for node in nodes:
        by.setdefault((node[1], node[3]), []).append(node)
    out = ["forandringsteori: Genereret plan med %d noder" % len(nodes), "periode: 2024-2027", ""]
    out += ["område %s: Indsatsområdet %s" % (a, a) for a in areas] + [""]
    for kind, level, ident, area in nodes:
        out.append("%s %s: %s %s med en realistisk lang tekst om indsatsen" % (kind, ident, kind.capitalize(), ident))
        out.append("  område: %s" % area)
        if level >= 2:
            out += ["  indikator: Andel borgere", "    udgangspunkt: 40 % (2023)", "    målværdi: 50 % (2027)"]
        if level == 3:
            continue
        targets = set()
        same = by.get((level + 1, area)) or by.get((level + 1, random.choice(areas))) or []
        if same:
            targets.add(random.choice(same)[2])
        if random.random() < 0.08:
            other = [m for m in nodes if m[1] == level + 1]
            targets.add(random.choice(other)[2])
        if level < 2 and random.random() < 0.05:
            leap = [m for m in nodes if m[1] == level + 2 and m[3] == area]
            if leap:
                targets.add(random.choice(leap)[2])
        out += ["  -> %s" % t for t in sorted(targets)]
    for area in areas:
        outputs = [m[2] for m in by.get((1, area), [])][:2]
        outcomes = [m[2] for m in by.get((2, area), [])][:3]
        if len(outputs) == 2 and len(outcomes) >= 2:
            out.append("%s -> %s" % (", ".join(outputs), ", ".join(outcomes)))
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    sys.stdout.write(plan(int(sys.argv[1]) if len(sys.argv) > 1 else 300, int(sys.argv[2]) if len(sys.argv) > 2 else 1))
