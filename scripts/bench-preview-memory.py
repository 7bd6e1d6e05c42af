#!/usr/bin/env python3
"""Memory of `toc serve` over many saves: starts the server on a generated
100-node theory, saves it N times (waiting each time until the server has
redrawn it), and prints the server's resident memory every N/10 saves.

    python3 scripts/bench-preview-memory.py .build/release/toc 1000 [toc serve options]

The server starts afresh every 500 diagrams by default (`--recycle-after`),
to give back what Graphviz leaks; `--recycle-after 0` shows the leak itself.
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
generate = __import__("generate-theory").theory


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as status:
        return int(re.search(r"VmRSS:\s+(\d+)", status.read()).group(1))


def main(toc, saves):
    folder = tempfile.mkdtemp(prefix="toc-memory-")
    path = os.path.join(folder, "theory.ft")
    base = generate(100)
    with open(path, "w") as handle:
        handle.write(base)
    extra = sys.argv[3:]
    server = subprocess.Popen([toc, "serve", folder, "--port", "0", *extra], stdout=subprocess.PIPE, text=True)
    address = re.search(r"http://[^ ]+/", server.stdout.readline()).group(0)
    def state():
        for _ in range(400):
            try:
                return json.load(urllib.request.urlopen(address + "t/theory.json"))
            except OSError:
                time.sleep(0.01)  # the server is starting afresh (recycle)
        raise RuntimeError("server gone")
    try:
        version = state()["version"]
        samples = [(0, rss_kib(server.pid))]
        started = time.time()
        for save in range(1, saves + 1):
            with open(path, "w") as handle:
                handle.write(base + f"aktivitet ny: Ny aktivitet {save}\n  -> o{save % 25}\n")
            while True:
                now = state()
                if now["version"] != version:
                    break
                time.sleep(0.005)
            version = now["version"]
            if save % max(1, saves // 10) == 0:
                samples.append((save, rss_kib(server.pid)))
        elapsed = time.time() - started
    finally:
        server.terminate()
        server.wait(timeout=10)
    print(f"{saves} saves in {elapsed:.1f} s; resident memory (MiB) after each tenth:")
    print("  " + ", ".join(f"{n}: {kib / 1024:.1f}" for n, kib in samples))
    first_tenth = samples[1][1]
    print(f"growth from save {samples[1][0]} to {samples[-1][0]}: {(samples[-1][1] - first_tenth) / 1024:.1f} MiB "
          f"({(samples[-1][1] - first_tenth) / max(1, samples[-1][0] - samples[1][0]):.2f} KiB per save)")


if __name__ == "__main__":
    main(os.path.abspath(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 1000)
