// What the page reads from a theory's text: node --test Tests/page
// keywords.json is the page's own keyword list (TocServerTests checks it is EditorWords.keywordsJSON).
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");
const fs = require("node:fs");
const { make } = require("../../Sources/TocServer/Assets/theory-text.js");
const T = make(JSON.parse(fs.readFileSync(path.join(__dirname, "keywords.json"), "utf8")));

const theory = [
  "forandringsteori: Lektiecafé i Bispehaven",
  "område uddannelse: Uddannelse og livschancer",
  "aktivitet lektiecafe: Lektiecafé to gange om ugen",
  "  område: uddannelse",
  "  -> job",
  "output jobcafe: Jobcafé hver torsdag",
  "output deltagelse: 40 børn deltager fast",
  "",
].join("\n");
const at = (text, marker) => text.indexOf(marker) + marker.length;

test("declarations name every id with its line and label, areas marked", () => {
  const found = T.declarations(theory);
  assert.deepEqual([...found.keys()], ["uddannelse", "lektiecafe", "jobcafe", "deltagelse"]);
  assert.deepEqual(found.get("lektiecafe"), { line: 3, label: "Lektiecafé to gange om ugen", area: false });
  assert.equal(found.get("uddannelse").area, true);
});

test("the node of a line is the declaration at or above it", () => {
  assert.equal(T.nodeAt(theory, 3), "lektiecafe");
  assert.equal(T.nodeAt(theory, 5), "lektiecafe");
  assert.equal(T.nodeAt(theory, 6), "jobcafe");
  assert.equal(T.nodeAt(theory, 1), null);
  assert.equal(T.nodeAt("lektiecafe -> jobcafe\n", 1), null);
});

test("a list stays open only while the caret is in its word", () => {
  const from = at(theory, "-> ");
  assert.equal(T.inWord(theory, from, at(theory, "-> job")), true);
  assert.equal(T.inWord(theory, from, from - 1), false);
  assert.equal(T.inWord(theory, from, at(theory, "output jobcafe")), false);
});

test("a new theory is titled after the name given, whatever the template", () => {
  const { titled } = require("../../Sources/TocServer/Assets/theory-text.js");
  const template = "forandringsteori: Ny forandringsteori\nperiode: 2026-2029\n";
  assert.equal(titled(template, "bispehaven-2027"), "forandringsteori: Bispehaven 2027\nperiode: 2026-2029\n");
  assert.equal(titled(template, "planer/øresundsgården_unge.ft"), "forandringsteori: Øresundsgården unge\nperiode: 2026-2029\n");
  assert.equal(titled("theory: New\n", "jobs"), "theory: Jobs\n");
});
