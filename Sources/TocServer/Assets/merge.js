// Three-way merge of a theory's text by lines, as `diff3` does it: the version the page started from
// (base), the text in the editor (mine) and the file on disk now (theirs). Edits to different lines
// are both kept; edits to the same lines are a conflict, kept whole on both sides. No DOM: tested
// with `node --test Tests/page`. Served as /static/merge.js (the global `TocMerge`).
(function (root, factory) {
  if (typeof module === "object" && module.exports) module.exports = factory();
  else root.TocMerge = factory();
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";
  // Beyond this many cells the middle of two texts is not compared line by line: it counts as one
  // changed block (a conflict if both sides changed it), so a huge paste cannot freeze the page.
  const MAX_CELLS = 4000000;

  // For each line of `a`, the line of `b` it is kept as (-1: changed or removed).
  function matches(a, b) {
    const map = new Int32Array(a.length).fill(-1);
    let start = 0, endA = a.length, endB = b.length;
    while (start < endA && start < endB && a[start] === b[start]) { map[start] = start; start++; }
    while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) { endA--; endB--; map[endA] = endB; }
    const n = endA - start, m = endB - start;
    if (n === 0 || m === 0 || n * m > MAX_CELLS) return map;
    // Longest common subsequence of the middles, by lengths from the end.
    const width = m + 1, table = new Uint32Array((n + 1) * width);
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        table[i * width + j] = a[start + i] === b[start + j]
          ? table[(i + 1) * width + j + 1] + 1
          : Math.max(table[(i + 1) * width + j], table[i * width + j + 1]);
      }
    }
    for (let i = 0, j = 0; i < n && j < m;) {
      if (a[start + i] === b[start + j]) { map[start + i] = start + j; i++; j++; }
      else if (table[(i + 1) * width + j] >= table[i * width + j + 1]) i++;
      else j++;
    }
    return map;
  }

  const same = (x, y) => x.length === y.length && x.every((line, index) => line === y[index]);

  // `{ pieces, conflicts, mineLine }`: pieces are `{ lines }` (agreed) or `{ base, mine, theirs }`
  // (a conflict); `mineLine[i]` is where line i of mine stands in the merged text.
  function merge(baseText, mineText, theirText) {
    const base = baseText.split("\n"), mine = mineText.split("\n"), theirs = theirText.split("\n");
    const toMine = matches(base, mine), toTheirs = matches(base, theirs);
    const pieces = [], mineLine = new Int32Array(mine.length);
    let b = 0, m = 0, t = 0, out = 0, conflicts = 0;
    const agreed = lines => {
      const last = pieces[pieces.length - 1];
      if (last && last.lines) last.lines.push(...lines); else pieces.push({ lines: [...lines] });
      out += lines.length;
    };
    function block(bEnd, mEnd, tEnd) {
      const B = base.slice(b, bEnd), M = mine.slice(m, mEnd), T = theirs.slice(t, tEnd);
      if (same(M, B)) {
        for (let k = 0; k < M.length; k++) mineLine[m + k] = out + Math.min(k, Math.max(0, T.length - 1));
        agreed(T);
      } else if (same(T, B) || same(M, T)) {
        for (let k = 0; k < M.length; k++) mineLine[m + k] = out + k;
        agreed(M);
      } else {
        for (let k = 0; k < M.length; k++) mineLine[m + k] = out + k;
        pieces.push({ base: B, mine: M, theirs: T });
        out += M.length;
        conflicts++;
      }
    }
    for (let i = 0; i < base.length; i++) {
      if (toMine[i] < 0 || toTheirs[i] < 0) continue;
      block(i, toMine[i], toTheirs[i]);
      mineLine[toMine[i]] = out;
      agreed([base[i]]);
      b = i + 1; m = toMine[i] + 1; t = toTheirs[i] + 1;
    }
    block(base.length, mine.length, theirs.length);
    return { pieces, conflicts, mineLine };
  }

  // The merged text, each conflict settled for `side` ("mine" or "theirs").
  function resolve(result, side) {
    return result.pieces.flatMap(piece => piece.lines || piece[side]).join("\n");
  }

  // Where a caret at `offset` in mine stands in the merged text (settled for mine).
  function mapOffset(result, mineText, offset) {
    const before = mineText.slice(0, offset).split("\n");
    const line = before.length - 1, column = before[line].length;
    const merged = resolve(result, "mine").split("\n");
    const target = Math.min(result.mineLine[line] ?? 0, merged.length - 1);
    let at = 0;
    for (let index = 0; index < target; index++) at += merged[index].length + 1;
    return at + Math.min(column, merged[target].length);
  }

  return { merge, resolve, mapOffset };
});
