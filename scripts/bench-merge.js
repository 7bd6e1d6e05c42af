#!/usr/bin/env node
// How long the page's three-way merge (Sources/TocServer/Assets/merge.js) takes on a big theory:
//   python3 scripts/generate-theory.py 600 > /tmp/t600.ft && node scripts/bench-merge.js /tmp/t600.ft
// Cases: edits on different lines near both ends (the worst case the cap allows: nothing to trim),
// edits in the middle, and the same line on both sides (a conflict). Prints the median of 21 runs.
"use strict";
const fs = require("node:fs");
const { merge, resolve } = require("../Sources/TocServer/Assets/merge.js");
const base = fs.readFileSync(process.argv[2], "utf8"), lines = base.split("\n");
const edit = (at, text) => lines.map((line, index) => (index === at ? text : line)).join("\n");
const n = lines.length;
const cases = [
  ["both ends (worst: nothing to trim)", edit(1, "# mine"), edit(n - 2, "# theirs")],
  ["middle, different lines", edit(Math.floor(n / 2), "# mine"), edit(Math.floor(n / 2) + 3, "# theirs")],
  ["same line (a conflict)", edit(Math.floor(n / 3), "# mine"), edit(Math.floor(n / 3), "# theirs")],
];
console.log(`${process.argv[2]}: ${n} lines`);
for (const [name, mine, theirs] of cases) {
  const times = [];
  let result = null;
  for (let run = 0; run < 21; run++) {
    const start = process.hrtime.bigint();
    result = merge(base, mine, theirs);
    resolve(result, "mine");
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  console.log(`${name}: median ${times[10].toFixed(1)} ms, max ${times[20].toFixed(1)} ms, conflicts ${result.conflicts}`);
}
