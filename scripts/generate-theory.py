#!/usr/bin/env python3
"""Write a realistic, clean generated theory of N nodes to stdout.

Same shape as Benchmarks/Benchmarks/ParseCheck/Generator.swift: four areas,
activities -> outputs -> outcomes -> goals, indicators on outcomes and goals,
about 120 bytes per node. Used by scripts/bench-*.sh.

    python3 scripts/generate-theory.py 100000 > /tmp/big.ft
"""
import sys


def theory(nodes: int) -> str:
    areas = ["uddannelse", "beskæftigelse", "kriminalitet", "sammenhængskraft"]
    goals = max(1, nodes // 10)
    outcomes = max(1, nodes // 4)
    outputs = max(1, nodes // 4)
    activities = max(1, nodes - goals - outcomes - outputs)
    out = [f"forandringsteori: Genereret helhedsplan med {nodes} noder\nperiode: 2023-2026\n\n"]
    out += [f"område {a}: Indsatsområdet {a}\n" for a in areas]
    out.append("\n")
    for i in range(activities):
        out.append(f"aktivitet a{i}: Lektiecafé og fritidsjob for børn og unge i 4.-9. klasse, hold {i}\n")
        out.append(f"  område: {areas[i % 4]}\n  -> o{i % outputs}\n")
    for i in range(outputs):
        out.append(f"output o{i}: 40 børn og unge deltager fast i aktiviteten hver uge, hold {i}\n  -> r{i % outcomes}\n")
    for i in range(outcomes):
        out.append(f"resultat r{i}: Børnene trives bedre og laver lektier\n")
        out.append(f"  indikator: Andel med høj trivsel\n    udgangspunkt: 61% (2022)\n    målværdi: 70% (2026)\n    kilde: Trivselsmålingen\n  -> g{i % goals}\n")
    for i in range(goals):
        out.append(f"mål g{i}: Flere unge gennemfører en ungdomsuddannelse\n")
        out.append("  indikator: Andel 25-årige med en ungdomsuddannelse\n    udgangspunkt: 72% (2022)\n    målværdi: 80% (2026)\n    kilde: Danmarks Statistik\n")
    return "".join(out)


if __name__ == "__main__":
    sys.stdout.write(theory(int(sys.argv[1]) if len(sys.argv) > 1 else 1000))
