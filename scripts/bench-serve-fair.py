#!/usr/bin/env python3
"""Is `toc serve` fair while a big theory is drafted? (issue #26)

    python3 scripts/bench-serve-fair.py PATH/TO/toc [nodes] [rounds] [-- serve options]

Starts `toc serve` on a folder with a generated theory of `nodes` (default
300) nodes in 8 areas and a small one (2 nodes). Then, at once:

- `drafters` (2) threads post drafts of the big theory without a pause, each
  a little different, as two windows typing would;
- a loop drops drafts: 4 posted and their connections closed at once;
- the small theory's preview is posted `rounds` (default 30) times, one after
  another, and timed.

Prints the small previews' median, 90th percentile and worst time, how many
big drafts were drawn meanwhile, and how long the server took to answer its
first request after start. Also a folder of 1,000 theories: time to the first
answer and to every theory drawn.
"""
import http.client
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request


def big_theory(nodes, areas=8):
    lines = ["forandringsteori: Stor helhedsplan\n"]
    lines += [f"område o{a}: Område {a}\n" for a in range(areas)]
    goals, outcomes, outputs = max(1, nodes // 10), max(1, nodes // 4), max(1, nodes // 4)
    lines += [f"mål g{i}: Mål {i}\n  område: o{i % areas}\n  indikator: Andel {i}\n" for i in range(goals)]
    lines += [f"effekt e{i}: Effekt {i}\n  område: o{i % areas}\n  -> g{i % goals}\n" for i in range(outcomes)]
    lines += [f"output p{i}: Output {i}\n  område: o{i % areas}\n  -> e{i % outcomes}, e{(i * 7 + 3) % outcomes}\n"
              for i in range(outputs)]
    lines += [f"aktivitet a{i}: Aktivitet {i}\n  område: o{i % areas}\n  -> p{i % outputs}\n"
              for i in range(nodes - goals - outcomes - outputs)]
    return "".join(lines)


SMALL = "forandringsteori: Lektiecafé\naktivitet a: Lektiehjælp\n  -> m\nmål m: Flere består\n  indikator: Andel\n"


def start(toc, folder, extra):
    started = time.perf_counter()
    server = subprocess.Popen([toc, "serve", folder, "--port", "0"] + extra, stdout=subprocess.PIPE, text=True)
    line = server.stdout.readline()
    match = re.search(r"http://([^/ ]+)/(?:\?token=([0-9a-f]+))?", line)
    netloc = match.group(1)
    while True:
        try:
            urllib.request.urlopen(f"http://{netloc}/", timeout=5).read()
            break
        except OSError:
            time.sleep(0.005)
    return server, netloc, match.group(2), time.perf_counter() - started


def post(netloc, headers, path, body, timeout=120):
    connection = http.client.HTTPConnection(netloc, timeout=timeout)
    connection.request("POST", path, body, headers)
    response = connection.getresponse()
    response.read()
    connection.close()
    return response.status


def fairness(toc, nodes, rounds, extra):
    folder = tempfile.mkdtemp(prefix="toc-fair-")
    big = big_theory(nodes)
    for name, text in (("stor.ft", big), ("lille.ft", SMALL)):
        with open(os.path.join(folder, name), "w", encoding="utf-8") as handle:
            handle.write(text)
    server, netloc, token, first = start(toc, folder, extra)
    headers = {"X-Toc-Token": token, "Origin": f"http://{netloc}", "Content-Type": "text/plain; charset=utf-8"}
    stop, drawn = threading.Event(), [0]

    def drafter(seed):
        index = 0
        while not stop.is_set():
            index += 1
            body = (big + f"# kladde {seed}-{index}\n").encode()
            if post(netloc, headers, "/t/stor/preview", body) == 200:
                drawn[0] += 1

    def dropper():
        host, port = netloc.rsplit(":", 1)
        while not stop.is_set():
            for index in range(4):
                body = (big + f"# tabt {index}\n").encode()
                with socket.create_connection((host, int(port))) as raw:
                    head = (f"POST /t/stor/preview HTTP/1.1\r\nHost: {netloc}\r\nX-Toc-Token: {token}\r\n"
                            f"Origin: http://{netloc}\r\nContent-Length: {len(body)}\r\n\r\n")
                    raw.sendall(head.encode() + body)
            time.sleep(0.5)

    threads = [threading.Thread(target=drafter, args=(n,)) for n in range(2)] + [threading.Thread(target=dropper)]
    for thread in threads:
        thread.start()
    time.sleep(1)  # the big drafts are under way
    times = []
    try:
        for index in range(rounds):
            body = (SMALL + f"# {index}\n").encode()
            began = time.perf_counter()
            status = post(netloc, headers, "/t/lille/preview", body)
            times.append(time.perf_counter() - began)
            assert status == 200, status
    finally:
        stop.set()
        for thread in threads:
            thread.join()
        server.terminate()
        server.wait(timeout=20)
    times.sort()
    print(f"{nodes}-node theory in 8 areas drafted by 2 windows + dropped drafts; small previews: "
          f"median {statistics.median(times) * 1000:.0f} ms, p90 {times[int(len(times) * 0.9) - 1] * 1000:.0f} ms, "
          f"worst {times[-1] * 1000:.0f} ms over {rounds}; big drafts drawn meanwhile: {drawn[0]}; "
          f"first answer after start {first * 1000:.0f} ms")


def big_folder(toc, count=1000):
    folder = tempfile.mkdtemp(prefix="toc-folder-")
    for index in range(count):
        with open(os.path.join(folder, f"plan-{index}.ft"), "w", encoding="utf-8") as handle:
            handle.write(SMALL.replace("Lektiecafé", f"Plan {index}"))
    server, netloc, _, first = start(toc, folder, [])
    started, failures = time.perf_counter(), 0
    try:
        while True:
            states = []
            for index in range(0, count, 50):
                try:
                    with urllib.request.urlopen(f"http://{netloc}/t/plan-{index}.json", timeout=10) as response:
                        states.append(b'"hasDiagram":true' in response.read())
                except OSError:
                    failures += 1
            if all(states) and states:
                break
            time.sleep(0.05)
    finally:
        server.terminate()
        server.wait(timeout=20)
    print(f"folder of {count} theories: first answer after {first * 1000:.0f} ms, every theory drawn "
          f"{first + time.perf_counter() - started:.1f} s after start, failed requests {failures}")


def main():
    arguments = sys.argv[1:]
    extra = arguments[arguments.index("--") + 1:] if "--" in arguments else []
    arguments = arguments[:arguments.index("--")] if "--" in arguments else arguments
    toc = os.path.abspath(arguments[0])
    nodes = int(arguments[1]) if len(arguments) > 1 else 300
    rounds = int(arguments[2]) if len(arguments) > 2 else 30
    fairness(toc, nodes, rounds, extra)
    big_folder(toc)


if __name__ == "__main__":
    main()
