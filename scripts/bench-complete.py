#!/usr/bin/env python3
"""The page's completion through the server: python3 scripts/bench-complete.py .build/release/toc

Starts toc serve on a generated 1,000-node theory and times 40 POST /t/PATH/complete after `->`."""
import subprocess, re, sys, time, tempfile, os, http.client, statistics
sys.path.insert(0, "/work/main/scripts")
from importlib import import_module
generate = import_module("generate-theory").theory
folder = tempfile.mkdtemp(prefix="toc-bench-complete-")
text = generate(1000)
open(os.path.join(folder, "t.ft"), "w").write(text)
p = subprocess.Popen([sys.argv[1], "serve", folder, "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
m = None
while not m: m = re.search(r"http://127.0.0.1:(\d+)/\?token=([0-9a-f]+)", p.stdout.readline())
port, token = int(m.group(1)), m.group(2)
at = len(text[:text.index("-> ") + 3].encode("utf-16-le")) // 2
times = []
for i in range(40):
    c = http.client.HTTPConnection("127.0.0.1", port)
    start = time.perf_counter()
    c.request("POST", f"/t/t/complete?at={at}", body=text.encode(), headers={"X-Toc-Token": token, "Origin": f"http://127.0.0.1:{port}", "Host": f"127.0.0.1:{port}"})
    r = c.getresponse(); body = r.read()
    times.append((time.perf_counter() - start) * 1000)
    assert r.status == 200 and b'"items"' in body, (r.status, body[:200])
p.terminate(); p.wait()
import shutil; shutil.rmtree(folder, True)
times.sort()
print(f"page completion after ->, 1,000 nodes (POST /t/PATH/complete): min {times[0]:.1f} ms, median {statistics.median(times):.1f} ms, p90 {times[int(len(times)*0.9)]:.1f} ms ({len(times)} rounds)")
