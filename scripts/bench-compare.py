#!/usr/bin/env python3
"""Compare two `toc` binaries on the same inputs, runs interleaved (A, B,
B, A, ...) so that a noisy machine slows both alike. Prints min and median
wall time per measure. The inputs are the ones scripts/bench.sh makes in
bench-data/ (run it once first).

    python3 scripts/bench-compare.py OLD_TOC NEW_TOC [runs] [WORD...]

With WORDs, only the measures whose name contains one of them (`check`,
`render`, `portfolio`...).
"""
import os
import statistics
import subprocess
import sys
import time

old, new = sys.argv[1], sys.argv[2]
runs = int(sys.argv[3]) if len(sys.argv) > 3 else 20
only = sys.argv[4:]
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "bench-data"))
measures = [
    ("check 1,000 nodes", ["check", "theory-1k.ft"]),
    ("check 10,000 nodes", ["check", "theory-10k.ft"]),
    ("check 100,000 nodes", ["check", "theory-100k.ft"]),
    ("render 60 nodes (SVG)", ["render", "theory-60.ft", "-o", "cmp-60.svg"]),
    ("render 600 nodes (SVG)", ["render", "theory-600.ft", "-o", "cmp-600.svg"]),
    ("render 2,000 nodes (SVG)", ["render", "theory-2000.ft", "-o", "cmp-2000.svg"]),
    ("portfolio of 50 --summary", ["check", "portfolio-50", "--summary"]),
    ("portfolio of 500 --summary", ["check", "portfolio-500", "--summary"]),
    ("portfolio of 5,000 --summary", ["check", "portfolio-5000", "--summary"]),
    ("500 theories --format json", ["check", "portfolio-500", "--format", "json"]),
    ("500 theories --format sarif", ["check", "portfolio-500", "--format", "sarif"]),
    ("500 theories --format github", ["check", "portfolio-500", "--format", "github"]),
    ("500 theories --format csv", ["check", "portfolio-500", "--format", "csv"]),
    ("layout: network of 300, --force", ["render", "network-300.ft", "--force", "-o", "cmp-net.svg"]),
]
for name in ["theory-1k.ft", "theory-10k.ft"]:
    if not os.path.exists(name):
        size = {"theory-1k.ft": 1000, "theory-10k.ft": 10000}[name]
        with open(name, "w") as out:
            subprocess.run([sys.executable, "../scripts/generate-theory.py", str(size)], stdout=out, check=True)
print(f"| measure | before: min / median | after: min / median | after / before (median) |")
print(f"|---|---:|---:|---:|")
for label, arguments in measures:
    if only and not any(word in label for word in only):
        continue
    times = {old: [], new: []}
    count = runs if "5,000" not in label else max(5, runs // 4)
    for index in range(count):
        for binary in ([old, new] if index % 2 == 0 else [new, old]):
            start = time.perf_counter()
            subprocess.run([binary] + arguments, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            times[binary].append((time.perf_counter() - start) * 1000)
    a, b = sorted(times[old]), sorted(times[new])
    ma, mb = statistics.median(a), statistics.median(b)
    print(f"| {label} | {a[0]:.1f} / {ma:.1f} ms | {b[0]:.1f} / {mb:.1f} ms | {mb / ma:.2f} |", flush=True)
