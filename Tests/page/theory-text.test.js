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
const shown = offer => offer ? offer.items.map(item => item.show) : null;

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

test("after -> the declared nodes are offered from the typed prefix, not areas", () => {
  const offer = T.offers(theory, at(theory, "-> job"));
  assert.deepEqual(shown(offer), ["jobcafe"]);
  assert.equal(offer.from, at(theory, "-> "));
  assert.equal(offer.items[0].note, "Jobcafé hver torsdag");
  assert.deepEqual(shown(T.offers(theory, at(theory, "-> "))), ["jobcafe", "deltagelse"]);
});

test("a node is never offered its own id, nor an id its line names already", () => {
  const text = theory.replace("  -> job", "  -> ");
  assert.ok(!shown(T.offers(text, at(text, "  -> "))).includes("lektiecafe"));
  const edge = "aktivitet a: A\noutput b: B\noutput c: C\na -> b, ";
  assert.deepEqual(shown(T.offers(edge, edge.length)), ["c"]);
});

test("an id typed in full is not offered again", () => {
  const text = theory.replace("  -> job", "  -> jobcafe");
  assert.deepEqual(shown(T.offers(text, at(text, "-> jobcafe"))), []);
});

test("keywords at a line's start in the file's language only, without English notes", () => {
  const text = theory + "resu";
  const offer = T.offers(text, text.length);
  assert.deepEqual(shown(offer), ["resultat"]);
  assert.equal(offer.items[0].note, undefined);
  assert.equal(offer.items[0].insert, "resultat ");
  const danish = theory + "  in";
  const under = shown(T.offers(danish, danish.length));
  assert.ok(under.includes("indikator"), under);
  assert.ok(!under.includes("indicator"), under);
  const english = "theory: Jobs\nactivity jobcafe: Job café\n  ta";
  assert.deepEqual(shown(T.offers(english, english.length)), ["target-group"]);
  assert.equal(T.language(english), "en");
  assert.equal(T.language(theory), "da");
});

test("nothing is offered in the middle of a label or a comment", () => {
  assert.equal(T.offers(theory, at(theory, "Lektiecafé to")), null);
  assert.equal(T.offers("# en note -> ", 12)?.items.length ?? 0, 0);
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
