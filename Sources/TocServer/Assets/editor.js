// The text pane: `TocEditor` shows and marks the text, follows the caret and draws drafts; save.js
// writes them. Served as /static/editor.js.
"use strict";
// The text pane. The textarea holds the text; a <pre> under it shows the
// same text coloured and marked, so both must lay out alike (same font,
// same width: the scroller scrolls, never the textarea).
const TocEditor = (() => {
  const KEYWORDS = JSON.parse(document.getElementById("toc-keywords").textContent);
  const SPELLINGS = new Set(KEYWORDS.flatMap(k => k.all));
  const T = TocText.make(KEYWORDS);
  const editor = () => document.getElementById("toc-editor");
  const shade = () => document.getElementById("toc-highlight");
  const url = () => document.body.dataset.url;
  const me = { active: false, etag: null, saved: "", findings: [], token: null, saving: false, conflict: false };
  let drawing = false, again = false, sent = 0, shown = 0, drawTimer = null, storeTimer = null;
  const typedAt = [];
  window.tocLatencies = [];

  function token() {
    const key = "toc-token:" + location.host;
    const given = new URLSearchParams(location.search).get("token");
    if (given) {
      localStorage.setItem(key, given);
      const clean = new URL(location.href);
      clean.searchParams.delete("token");
      history.replaceState(null, "", clean.pathname + clean.search + clean.hash);
    }
    return localStorage.getItem(key);
  }
  const headers = () => ({ "X-Toc-Token": me.token || "", "Content-Type": "text/plain; charset=utf-8" });

  // Declared ids: id -> { line, label, area }.
  const declarations = T.declarations;
  window.tocLabels = () => new Map([...declarations(editor().value)].map(([id, d]) => [id, d.label || id]));

  function lineOf(text, offset) { return text.slice(0, offset).split("\n").length; }
  function offsetOf(text, line, column) {
    let offset = 0;
    for (let index = 1; index < line; index++) {
      const next = text.indexOf("\n", offset);
      if (next < 0) return text.length;
      offset = next + 1;
    }
    const end = text.indexOf("\n", offset);
    return Math.min(offset + Math.max(0, column - 1), end < 0 ? text.length : end);
  }

  const esc = s => s.replace(/[&<>"]/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
  // One line, coloured by character: keywords, arrows, comments, findings.
  function paintLine(line, findings) {
    const kind = new Array(line.length).fill("");
    const mark = new Array(line.length).fill(null);
    const comment = line.match(/^\s*#/);
    if (comment) kind.fill("com");
    else {
      const first = line.match(/^(\s*)([^\s:#]+)(?=[\s:])/u);
      if (first && SPELLINGS.has(first[2].toLowerCase())) kind.fill("kw", first[1].length, first[1].length + first[2].length);
      for (let at = line.indexOf("->"); at >= 0; at = line.indexOf("->", at + 2)) kind.fill("arrow", at, at + 2);
    }
    for (const f of findings) {
      let from = Math.min(Math.max(0, f.column - 1), Math.max(0, line.length - 1)), to = from + 1;
      while (to < line.length && /[\p{L}\p{N}_-]/u.test(line[to])) to++;
      const strong = f.severity === "error" && f.rule !== "undefined-reference";
      for (let i = from; i < Math.min(to, line.length); i++) if (!mark[i] || strong) mark[i] = f;
    }
    let html = "";
    for (let i = 0; i < line.length;) {
      let j = i + 1;
      while (j < line.length && kind[j] === kind[i] && mark[j] === mark[i]) j++;
      let piece = esc(line.slice(i, j));
      if (kind[i]) piece = `<span class="${kind[i]}">${piece}</span>`;
      if (mark[i]) piece = `<mark class="${shownSeverity(mark[i])}" data-msg="${esc(mark[i].shown || mark[i].message)}">${piece}</mark>`;
      html += piece;
      i = j;
    }
    return html;
  }

  // Each line is a block of its own, and only lines whose colouring
  // changed are rebuilt: a keystroke lays out one line, not the file.
  let painted = [], currentShown = 0;
  function paint() {
    const text = editor().value;
    const byLine = new Map();
    for (const f of me.findings) (byLine.get(f.line) || byLine.set(f.line, []).get(f.line)).push(f);
    const lines = text.split("\n").map((line, index) => paintLine(line, byLine.get(index + 1) || []) + "\n");
    const host = shade();
    if (host.children.length !== painted.length) { host.replaceChildren(); painted = []; }
    let start = 0, endOld = painted.length, endNew = lines.length;
    while (start < endOld && start < endNew && painted[start] === lines[start]) start++;
    while (endOld > start && endNew > start && painted[endOld - 1] === lines[endNew - 1]) { endOld--; endNew--; }
    const fresh = lines.slice(start, endNew).map(html => {
      const div = document.createElement("div");
      div.className = "ln";
      div.innerHTML = html;
      return div;
    });
    for (let index = endOld - 1; index >= start; index--) host.children[index].remove();
    const before = host.children[start] || null;
    for (const div of fresh) host.insertBefore(div, before);
    painted = lines;
    for (let index = start; index < host.children.length; index++) host.children[index].dataset.line = index + 1;
    currentShown = 0;
    markCurrent();
  }
  // The caret's line, lightly shaded.
  function markCurrent() {
    const line = lineOf(editor().value, editor().selectionStart);
    if (line === currentShown) return;
    shade().children[currentShown - 1]?.classList.remove("cur");
    shade().children[line - 1]?.classList.add("cur");
    currentShown = line;
  }

  // Where the caret is on screen, from the painted copy of the text.
  function caretRect() {
    const text = editor().value, pos = editor().selectionStart;
    const span = shade().children[lineOf(text, pos) - 1];
    if (!span) return null;
    let left = pos - (text.lastIndexOf("\n", pos - 1) + 1);
    const walker = document.createTreeWalker(span, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (left <= node.length) {
        const range = document.createRange();
        range.setStart(node, left);
        range.setEnd(node, left);
        return range.getClientRects()[0] || range.getBoundingClientRect();
      }
      left -= node.length;
    }
    return span.getBoundingClientRect();
  }

  function reveal(line, column, wholeLine) {
    const box = editor(), text = box.value;
    const from = offsetOf(text, line, wholeLine ? 1 : column);
    const end = text.indexOf("\n", from);
    box.focus({ preventScroll: true });
    box.setSelectionRange(from, wholeLine ? (end < 0 ? text.length : end) : from);
    paint();
    const span = shade().children[line - 1];
    const scroller = document.getElementById("toc-scroller");
    if (span) scroller.scrollTop = Math.max(0, span.offsetTop - scroller.clientHeight / 3);
  }

  // The node whose lines the caret is in: the declaration at or above it.
  const nodeAt = T.nodeAt;
  function followCaret() {
    const text = editor().value, id = nodeAt(text, lineOf(text, editor().selectionStart));
    for (const g of document.querySelectorAll("#toc-diagram g.node")) {
      g.classList.toggle("toc-cursor", !!id && g.querySelector("title")?.textContent === id);
    }
    window.tocFollow?.(id);
  }

  // At once: one draft is drawn at a time, and the text typed meanwhile
  // goes with the next, so a burst of keys costs one drawing more.
  function scheduleDraw() { clearTimeout(drawTimer); drawTimer = setTimeout(draw, 0); }
  async function draw() {
    if (drawing) { again = true; return; }
    drawing = true;
    // A page just opened on a big theory: say it is on its way.
    if (!document.querySelector("#toc-diagram svg")) showWord("beingDrawn", "drawing");
    const seq = ++sent, text = editor().value, typed = typedAt.length;
    const t = [performance.now()];
    try {
      const response = await fetch(`/t/${url()}/preview?lang=${lang}${presentQuery()}`,
        { method: "POST", headers: headers(), body: text });
      if (response.status === 403) { TocEditor.lockUp(await response.text()); return; }
      // Another window's newer draft of this file was drawn instead: ask again.
      if (response.status === 409) { setTimeout(scheduleDraw, 300); return; }
      if (response.ok && seq > shown) {
        shown = seq;
        const draft = await response.json();
        t.push(performance.now());
        me.findings = draft.findings;
        window.tocAreas = draft.areas;
        if (draft.svg) {
          if (presenting()) userZoomed = false;
          showSVG(draft.svg);
          if (presenting()) fit();
          document.getElementById("toc-diagram").dataset.shows = "draft";
        } else if (!document.querySelector("#toc-diagram svg")) await showLastGood();
        t.push(performance.now());
        showFindings(draft, true);
        for (const f of me.findings) f.shown = named(f);
        paint();
        followCaret();
        t.push(performance.now());
        // Where the time goes, for docs/performance.md: server and
        // transfer, drawing the SVG, findings and text.
        (window.tocTimings = window.tocTimings || []).push([t[1] - t[0], t[2] - t[1], t[3] - t[2]]);
        const title = text.match(/^(?:forandringsteori|programteori|virkningsteori|theory)\s*:\s*(.+)$/imu);
        if (title) { document.getElementById("title").textContent = title[1].trim(); document.title = title[1].trim(); }
        if (typed > 0 && typedAt[typed - 1] !== undefined) {
          // Until the frame with the new diagram has been painted.
          const since = typedAt[typed - 1];
          typedAt[typed - 1] = undefined;
          requestAnimationFrame(() => setTimeout(() => window.tocLatencies.push(performance.now() - since), 0));
        }
        window.tocDrawnText = text;
      }
    } catch (error) {
      setTimeout(scheduleDraw, 500); // the server is restarting; try again
    } finally {
      drawing = false;
      if (again) { again = false; draw(); }
    }
  }

  // The text does not parse and nothing is drawn yet (a file opened
  // half-typed): the last good diagram the server has, or a word why not.
  async function showLastGood() {
    let svg = null;
    try {
      const response = await fetch(`/t/${url()}.svg?lang=${lang}`, { cache: "no-store" });
      if (response.ok) svg = await response.text();
    } catch (error) { svg = null; }
    if (svg) { showSVG(svg, true); document.getElementById("toc-diagram").dataset.shows = "last-good"; }
    else showWord("nothingDrawn", "nothing");
  }

  function typed() {
    typedAt.push(performance.now());
    paint();
    scheduleDraw();
    TocEditor.changed();
    window.TocComplete?.update();
  }

  return { me, token, headers, declarations, paint, markCurrent, caretRect, reveal, followCaret, scheduleDraw, typed,
           offsetOf, lineOf, get active() { return me.active; }, redraw: () => scheduleDraw() };
})();
window.TocEditor = TocEditor;
