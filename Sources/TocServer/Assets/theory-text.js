// What the page reads from a theory's text without the server: the declared ids, the node the caret
// is in, and whether the caret is still in a completed word (the completions
// themselves come from the server, POST /t/PATH/complete). No DOM: tested with
// `node --test Tests/page`. Served as /static/theory-text.js (the global `TocText`).
(function (root, factory) {
  if (typeof module === "object" && module.exports) module.exports = factory();
  else root.TocText = factory();
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";
  const WORD = /^[\p{L}\p{N}_-]*$/u;

  // `keywords`: the page's keyword list (EditorWords.keywordsJSON): { en, da, all, levels, declares }.
  function make(keywords) {
    const DECLARING = new Set(keywords.filter(k => k.declares).flatMap(k => k.all));
    const AREA = new Set(keywords.filter(k => k.en === "area").flatMap(k => k.all));
    const declaration = line => {
      const m = line.match(/^(\s*)([^\s:#]+)\s+([^\s:#]+)\s*:\s*(.*)$/u);
      return m && DECLARING.has(m[2].toLowerCase()) ? { keyword: m[2].toLowerCase(), id: m[3], label: m[4].trim() } : null;
    };

    // Declared ids: id -> { line, label, area }.
    function declarations(text) {
      const found = new Map();
      text.split("\n").forEach((line, index) => {
        const d = declaration(line);
        if (d) found.set(d.id, { line: index + 1, label: d.label, area: AREA.has(d.keyword) });
      });
      return found;
    }

    // The node whose lines line `line` (1-based) is in: the declaration at or above it.
    function nodeAt(text, line) {
      const lines = text.split("\n");
      for (let index = Math.min(line, lines.length) - 1; index >= 0; index--) {
        const d = declaration(lines[index]);
        if (d) return d.id;
        if (index < line - 1 && /^\S/.test(lines[index]) && !lines[index].startsWith("#")) return null;
        if (index === line - 1 && /^\S/.test(lines[index])) return null;
      }
      return null;
    }

    // Whether the caret at `pos` is still in the word a list was opened for at `from`.
    function inWord(text, from, pos) {
      return pos >= from && WORD.test(text.slice(from, pos)) && !text.slice(from, pos).includes("\n");
    }

    return { declarations, nodeAt, inWord };
  }

  // A template titled after the file name given: "bispehaven-2027" is titled "Bispehaven 2027".
  function titled(template, name) {
    const last = name.split("/").pop().replace(/\.ft$/i, "").replace(/[-_]+/g, " ").trim();
    if (!last) return template;
    const title = last[0].toLocaleUpperCase("da") + last.slice(1);
    return template.replace(/^((?:forandringsteori|programteori|virkningsteori|theory)\s*:)[^\n]*/iu, `$1 ${title}`);
  }

  return { make, titled };
});
