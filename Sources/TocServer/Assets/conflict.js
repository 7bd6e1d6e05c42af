// Edits to the same lines in the pane and in the file on disk: a panel beside the diagram (never in
// the editor's place) shows just those lines, mine and theirs, and settles them whichever way the user
// chooses; the lines merged by themselves stay merged either way. While it is open the user types on
// and nothing is saved; both whole texts are kept in the browser (localStorage "toc-conflict:…").
// Served as /static/conflict.js.
"use strict";
(() => {
  const E = TocEditor, me = E.me;
  const editor = () => document.getElementById("toc-editor");
  const panel = () => document.getElementById("toc-conflict");
  const keepKey = () => "toc-conflict:" + location.host + ":" + E.path;

  function lines(title, list, other) {
    const div = document.createElement("div");
    const h = document.createElement("strong");
    h.textContent = title;
    const pre = document.createElement("pre");
    for (const line of list.length ? list : [""]) {
      const row = document.createElement("span");
      row.className = other.includes(line) ? "same" : "differs";
      row.textContent = line + "\n";
      pre.append(row);
    }
    div.append(h, pre);
    return div;
  }

  // Settles the conflicts for `side` against the text in the pane now.
  function settle(side) {
    const { base, theirs, tag } = me.conflict;
    const mine = editor().value;
    const result = TocMerge.merge(base, mine, theirs);
    const text = TocMerge.resolve(result, side);
    const caret = side === "mine" ? TocMerge.mapOffset(result, mine, editor().selectionStart)
      : Math.min(editor().selectionStart, text.length);
    E.conflictDone();
    me.etag = tag;
    me.saved = theirs;
    editor().focus();
    if (text !== mine) E.replaceText(text, caret);
    E.save();
  }

  E.conflictDone = () => {
    me.conflict = null;
    panel().hidden = true;
    panel().replaceChildren();
  };

  E.conflict = (base, theirs, tag) => {
    const mine = editor().value;
    me.conflict = { base, theirs, tag };
    try { localStorage.setItem(keepKey(), JSON.stringify({ mine, theirs, base, at: new Date().toISOString() })); }
    catch (error) { /* storage full: the pane still has mine, the disk theirs */ }
    const w = words(), result = TocMerge.merge(base, mine, theirs);
    const p = document.createElement("p");
    p.textContent = w.conflict;
    const blocks = [];
    let line = 1;
    for (const piece of result.pieces) {
      if (piece.lines) { line += piece.lines.length; continue; }
      const where = document.createElement("div");
      where.className = "where";
      where.textContent = w.atLine.replace("{line}", line);
      const versions = document.createElement("div");
      versions.className = "versions";
      versions.append(lines(w.mine, piece.mine, piece.theirs), lines(w.theirs, piece.theirs, piece.mine));
      blocks.push(where, versions);
      line += piece.mine.length;
    }
    const keep = document.createElement("button");
    keep.id = "toc-keep-mine";
    keep.type = "button";
    keep.textContent = w.keepMine;
    keep.onclick = () => settle("mine");
    const take = document.createElement("button");
    take.id = "toc-take-theirs";
    take.type = "button";
    take.textContent = w.takeTheirs;
    take.onclick = () => settle("theirs");
    panel().replaceChildren(p, ...blocks, keep, take);
    panel().hidden = false;
    E.state("conflicted");
  };
})();
