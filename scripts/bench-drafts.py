#!/usr/bin/env python3
"""Memory of `toc serve` over many drafts (issue #16).

    python3 scripts/bench-drafts.py PATH/TO/toc [drafts]

Starts `toc serve` on a folder with a generated 100-node theory and posts
`drafts` (default 1,000) drafts to /t/theory/preview, one after another, each
a little different (as typing makes them). Prints the server's resident
memory (VmRSS of its process; a restart after the render budget keeps the
process id) every 100 drafts, the highest, and the time per draft.
"""
import http.client
import os
import re
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from importlib import import_module  # noqa: E402

generate = import_module("generate-theory").theory


def rss_kb(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def main():
    toc, count = os.path.abspath(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    folder = tempfile.mkdtemp(prefix="toc-drafts-")
    base = generate(100)
    with open(os.path.join(folder, "theory.ft"), "w", encoding="utf-8") as handle:
        handle.write(base)
    server = subprocess.Popen([toc, "serve", folder, "--port", "0"], stdout=subprocess.PIPE, text=True)
    line = server.stdout.readline()
    match = re.search(r"http://([^/ ]+)/\?token=([0-9a-f]+)", line)
    netloc, token = match.group(1), match.group(2)
    headers = {"X-Toc-Token": token, "Origin": f"http://{netloc}", "Content-Type": "text/plain; charset=utf-8"}
    highest, failures, started = 0, 0, time.perf_counter()
    try:
        for index in range(1, count + 1):
            body = (base + f"# kladde {index}\naktivitet ny{index % 7}: Ny aktivitet {index}\n  -> o0\n").encode()
            for attempt in range(50):
                try:
                    connection = http.client.HTTPConnection(netloc, timeout=30)
                    connection.request("POST", "/t/theory/preview", body, headers)
                    response = connection.getresponse()
                    response.read()
                    connection.close()
                    if response.status == 200:
                        break
                except OSError:
                    pass
                failures += 1
                time.sleep(0.1)  # the server is restarting
            highest = max(highest, rss_kb(server.pid))
            if index % 100 == 0:
                print(f"after {index} drafts: {rss_kb(server.pid) / 1024:.1f} MB resident", flush=True)
    finally:
        server.terminate()
        server.wait(timeout=10)
    elapsed = time.perf_counter() - started
    print(f"{count} drafts in {elapsed:.1f} s ({elapsed / count * 1000:.1f} ms each); highest {highest / 1024:.1f} MB; "
          f"{failures} retries while the server restarted")


if __name__ == "__main__":
    main()
