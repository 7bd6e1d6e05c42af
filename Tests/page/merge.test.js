// The three-way merge of the page's saves: node --test Tests/page
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { merge, resolve, mapOffset } = require("../../Sources/TocServer/Assets/merge.js");

const base = [
  "forandringsteori: Helhedsplan Bispehaven",
  "periode: 2026-2029",
  "område uddannelse: Uddannelse og livschancer",
  "",
  "aktivitet lektiecafe: Lektiecafé to gange om ugen",
  "  område: uddannelse",
  "  -> deltagelse",
  "",
  "output deltagelse: 40 børn deltager fast",
  "  område: uddannelse",
  "",
].join("\n");

test("edits to different lines are both kept, without a conflict", () => {
  const mine = base.replace("periode: 2026-2029", "periode: 2027-2030");
  const theirs = base.replace("  -> deltagelse\n", "  -> deltagelse\n\naktivitet jobcafe: Jobcafé hver torsdag\n  område: uddannelse\n");
  const result = merge(base, mine, theirs);
  assert.equal(result.conflicts, 0);
  const text = resolve(result, "mine");
  assert.match(text, /periode: 2027-2030/);
  assert.match(text, /aktivitet jobcafe: Jobcafé hver torsdag/);
  assert.equal(text, theirs.replace("periode: 2026-2029", "periode: 2027-2030"));
});

test("edits to the same line are a conflict that keeps both sides' lines", () => {
  const mine = base.replace("periode: 2026-2029", "periode: 2027-2030");
  const theirs = base.replace("periode: 2026-2029", "periode: 2026-2028");
  const result = merge(base, mine, theirs);
  assert.equal(result.conflicts, 1);
  const conflict = result.pieces.find(piece => !piece.lines);
  assert.deepEqual(conflict.mine, ["periode: 2027-2030"]);
  assert.deepEqual(conflict.theirs, ["periode: 2026-2028"]);
  assert.deepEqual(conflict.base, ["periode: 2026-2029"]);
  assert.equal(resolve(result, "mine"), mine);
  assert.equal(resolve(result, "theirs"), theirs);
});

test("a conflict on one line still merges the other lines", () => {
  const mine = base.replace("periode: 2026-2029", "periode: 2027-2030").replace("40 børn", "45 børn");
  const theirs = base.replace("periode: 2026-2029", "periode: 2026-2028").replace("Lektiecafé to", "Lektiecafé tre");
  const result = merge(base, mine, theirs);
  assert.equal(result.conflicts, 1);
  for (const side of ["mine", "theirs"]) {
    const text = resolve(result, side);
    assert.match(text, /45 børn/);
    assert.match(text, /Lektiecafé tre gange/);
  }
});

test("the same edit on both sides is no conflict", () => {
  const both = base.replace("40 børn", "45 børn");
  const result = merge(base, both, both);
  assert.equal(result.conflicts, 0);
  assert.equal(resolve(result, "mine"), both);
});

test("a deletion on one side and an edit elsewhere on the other", () => {
  const mine = base.replace("  -> deltagelse\n", "");
  const theirs = base.replace("forandringsteori: Helhedsplan Bispehaven", "forandringsteori: Bispehaven 2026");
  const result = merge(base, mine, theirs);
  assert.equal(result.conflicts, 0);
  assert.equal(resolve(result, "mine"), theirs.replace("  -> deltagelse\n", ""));
});

test("the caret stays on its line when the other side added lines above it", () => {
  const mine = base.replace("40 børn", "45 børn");
  const theirs = "# tilføjet i et andet vindue\n" + base;
  const result = merge(base, mine, theirs);
  const caret = mine.indexOf("45 børn") + 2;
  const merged = resolve(result, "mine");
  const moved = mapOffset(result, mine, caret);
  assert.equal(merged.slice(moved, moved + 5), " børn");
});

test("texts too big to compare line by line still merge when only one side changed", () => {
  const big = Array.from({ length: 3000 }, (_, i) => `aktivitet a${i}: Aktivitet ${i}`).join("\n");
  const mine = big.split("\n").reverse().join("\n");
  const result = merge(big, mine, big);
  assert.equal(result.conflicts, 0);
  assert.equal(resolve(result, "mine"), mine);
  const both = merge(big, mine, big + "\n# ny");
  assert.equal(both.conflicts, 1);
});

test("edits at both ends of a 2,000-line theory and one in its middle merge without a conflict", () => {
  const lines = Array.from({ length: 2200 }, (_, i) => `  -> node${i % 97}_${i}`);
  const big = lines.join("\n");
  const mine = ["# først", ...lines.slice(1, -1), "# sidst"].join("\n");
  const theirs = lines.map((line, i) => (i === 1100 ? "# midten" : line)).join("\n");
  const result = merge(big, mine, theirs);
  assert.equal(result.conflicts, 0);
  const text = resolve(result, "mine");
  assert.ok(text.startsWith("# først\n") && text.endsWith("\n# sidst") && text.includes("\n# midten\n"));
});

test("random edits: one side's changes come through whole, and disjoint edits both apply", () => {
  let seed = 7;
  const random = n => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  for (let round = 0; round < 200; round++) {
    const base = Array.from({ length: 5 + random(60) }, () => `linje ${random(8)}`);
    const change = (lines, from, to) => {
      const out = [...lines];
      for (let edits = 1 + random(4); edits > 0; edits--) {
        const at = from + random(Math.max(1, to - from));
        const kind = random(3);
        if (kind === 0) out.splice(at, 0, `ny ${random(1000)}`);
        else if (kind === 1 && out.length > 1) out.splice(at, 1);
        else out[at] = `ændret ${random(1000)}`;
      }
      return out;
    };
    const mine = change(base, 0, base.length).join("\n"), b = base.join("\n");
    assert.equal(resolve(merge(b, mine, b), "mine"), mine);
    assert.equal(resolve(merge(b, b, mine), "theirs"), mine);
    // Mine edits the first third, theirs the last third, with untouched lines between.
    const half = Math.floor(base.length / 3);
    const early = change(base.slice(0, half), 0, half), late = change(base.slice(2 * half), 0, base.length - 2 * half);
    const middle = base.slice(half, 2 * half).map((line, i) => `fast ${i}`);
    const withMiddle = [...base.slice(0, half), ...middle, ...base.slice(2 * half)].join("\n");
    const mineEarly = [...early, ...middle, ...base.slice(2 * half)].join("\n");
    const theirsLate = [...base.slice(0, half), ...middle, ...late].join("\n");
    if (middle.length < 1) continue;
    const result = merge(withMiddle, mineEarly, theirsLate);
    assert.equal(result.conflicts, 0, `round ${round}`);
    assert.equal(resolve(result, "mine"), [...early, ...middle, ...late].join("\n"), `round ${round}`);
  }
});
