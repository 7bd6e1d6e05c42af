#!/usr/bin/env python3
"""Latency of `toc lsp` as an editor sees it (issue #17).

    python3 scripts/bench-lsp.py PATH/TO/toc [rounds]

Speaks the protocol over pipes like an editor: opens a generated
1,000-node theory, then `rounds` times changes it (a word in a label) and
times until its diagnostics arrive, and asks for completion after `->` and
times the answer. Prints min, median and p90 of each.
"""
import json
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from importlib import import_module  # noqa: E402

generate = import_module("generate-theory").theory


class Client:
    def __init__(self, toc):
        self.process = subprocess.Popen([toc, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.next_id = 0

    def send(self, method, params, request=True):
        message = {"jsonrpc": "2.0", "method": method, "params": params}
        if request:
            self.next_id += 1
            message["id"] = self.next_id
        body = json.dumps(message).encode()
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()
        return message.get("id")

    def receive(self):
        length = None
        while True:
            line = self.process.stdout.readline().strip()
            if not line:
                break
            name, value = line.split(b":", 1)
            if name.lower() == b"content-length":
                length = int(value)
        return json.loads(self.process.stdout.read(length))

    def until(self, test):
        while True:
            message = self.receive()
            if test(message):
                return message


def stats(name, values):
    values.sort()
    n = len(values)
    print(f"{name}: min {values[0]:.1f} ms, median {values[n // 2]:.1f} ms, p90 {values[int(n * 0.9) - 1]:.1f} ms ({n} rounds)")


def main():
    toc, rounds = os.path.abspath(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 30
    text = generate(1000)
    uri = "file:///tmp/toc-bench-lsp/theory.ft"
    client = Client(toc)
    client.send("initialize", {"capabilities": {}, "locale": "da"})
    client.until(lambda m: m.get("id") == 1)
    client.send("initialized", {}, request=False)
    client.send("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "ft", "version": 1, "text": text}}, False)
    client.until(lambda m: m.get("method") == "textDocument/publishDiagnostics")
    lines = text.split("\n")
    edge = next(i for i, line in enumerate(lines) if line.strip().startswith("->"))
    diagnostics, completions = [], []
    for round_ in range(rounds):
        changed = text.replace("Genereret", f"Genereret {round_}", 1)
        started = time.perf_counter()
        client.send("textDocument/didChange", {"textDocument": {"uri": uri, "version": round_ + 2},
                                               "contentChanges": [{"text": changed}]}, False)
        client.until(lambda m: m.get("method") == "textDocument/publishDiagnostics")
        diagnostics.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        asked = client.send("textDocument/completion", {"textDocument": {"uri": uri},
                                                        "position": {"line": edge, "character": lines[edge].index("->") + 3}})
        answer = client.until(lambda m: m.get("id") == asked)
        completions.append((time.perf_counter() - started) * 1000)
        assert answer["result"]["items"], answer
    client.send("shutdown", None)
    client.send("exit", None, False)
    client.process.wait(timeout=10)
    stats("diagnostics after a change, 1,000 nodes", diagnostics)
    stats("completion after ->, 1,000 nodes", completions)


if __name__ == "__main__":
    main()
