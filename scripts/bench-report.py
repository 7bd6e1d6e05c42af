#!/usr/bin/env python3
"""Times `toc report theories/` as HTML (with measurements), Markdown, Word and PowerPoint.

    python3 scripts/bench-report.py TOC [TOC...] [--runs N]

For each binary: the median and minimum of N runs (default 7), in ms,
interleaved so that the machine's noise falls on all alike.
"""
import os, statistics, subprocess, sys, tempfile, time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
arguments = sys.argv[1:]
runs = 7
if "--runs" in arguments:
    runs = int(arguments[arguments.index("--runs") + 1])
    del arguments[arguments.index("--runs"):arguments.index("--runs") + 2]
folder = tempfile.mkdtemp()
measurements = os.path.join(root, "theories", "helhedsplan-vollsmose.maalinger.csv")
jobs = {"html": ["-o", os.path.join(folder, "r.html"), "--measurements", measurements],
        "md": ["-o", os.path.join(folder, "md", "r.md")],
        "docx": ["-o", os.path.join(folder, "r.docx"), "--measurements", measurements],
        "pptx": ["-o", os.path.join(folder, "r.pptx"), "--measurements", measurements]}
times = {(toc, job): [] for toc in arguments for job in jobs}
for _ in range(runs):
    for toc in arguments:
        for job, extra in jobs.items():
            start = time.perf_counter()
            subprocess.run([toc, "report", os.path.join(root, "theories"), *extra], capture_output=True, cwd=root)
            times[(toc, job)].append((time.perf_counter() - start) * 1000)
print("| toc | report | median ms | min ms |\n|---|---|---:|---:|")
for (toc, job), values in times.items():
    print(f"| {toc} | {job} | {statistics.median(values):.0f} | {min(values):.0f} |")
