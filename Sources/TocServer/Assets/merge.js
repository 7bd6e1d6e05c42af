// Three-way merge of a theory's text by lines, as `diff3` does it: the version the page started from
// (base), the text in the editor (mine) and the file on disk now (theirs). Edits to different lines
// are both kept; edits to the same lines are a conflict, kept whole on both sides. No DOM: tested
// with `node --test Tests/page`. Served as /static/merge.js (the global `TocMerge`).
(function (root, factory) {
  if (typeof module === "object" && module.exports) module.exports = factory();
  else root.TocMerge = factory();
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";
  // Beyond this many differing lines between two texts the rest of their middle is not compared
  // line by line: it counts as one changed block (a conflict if both sides changed it), so a huge
  // paste cannot freeze the page. Myers' diff costs (lines x differences), so ordinary edits to a
  // 600-node theory (2,000 lines) take a millisecond or two.
  const MAX_DIFFERENCES = 600;

  // For each line of `a`, the line of `b` it is kept as (-1: changed or removed).
  function matches(a, b) {
    const map = new Int32Array(a.length).fill(-1);
    let start = 0, endA = a.length, endB = b.length;
    while (start < endA && start < endB && a[start] === b[start]) { map[start] = start; start++; }
    while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) { endA--; endB--; map[endA] = endB; }
    const n = endA - start, m = endB - start;
    if (n === 0 || m === 0) return map;
    // Myers' greedy diff: v[k] is the furthest x on diagonal k after d differences.
    const offset = n + m + 1, v = new Int32Array(2 * offset + 1), trace = [];
    for (let d = 0; d <= Math.min(n + m, MAX_DIFFERENCES); d++) {
      trace.push(v.slice(offset - d - 1, offset + d + 2));
      for (let k = -d; k <= d; k += 2) {
        let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
        let y = x - k;
        while (x < n && y < m && a[start + x] === b[start + y]) { x++; y++; }
        v[offset + k] = x;
        if (x >= n && y >= m) { backtrack(trace, d, n, m, (i, j) => { map[start + i] = start + j; }); return map; }
      }
    }
    return map;
  }

  // Walks the trace back from (n, m), reporting each kept line (i of a, j of b).
  function backtrack(trace, last, n, m, kept) {
    let x = n, y = m;
    for (let d = last; d > 0; d--) {
      const v = trace[d], at = k => v[k + d + 1];
      const k = x - y;
      const previous = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
      const px = at(previous), py = px - previous;
      while (x > px && y > py) { x--; y--; kept(x, y); }
      x = px; y = py;
    }
    while (x > 0 && y > 0) { x--; y--; kept(x, y); }
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
