// The text pane: `TocEditor`. The first part shows and marks the text and draws drafts; the second
// writes them (Ctrl-S and a pause, If-Match) and settles conflicts. Served as /static/editor.js.
"use strict";
// The text pane. The textarea holds the text; a <pre> under it shows the
// same text coloured and marked, so both must lay out alike (same font,
// same width: the scroller scrolls, never the textarea).
const TocEditor = (() => {
  const KEYWORDS = JSON.parse(document.getElementById("toc-keywords").textContent);
  const SPELLINGS = new Set(KEYWORDS.flatMap(k => k.all));
  const DECLARING = new Set(KEYWORDS.filter(k => k.declares).flatMap(k => k.all));
  const AREA = new Set(KEYWORDS.filter(k => k.en === "area").flatMap(k => k.all));
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

  // Declared ids: id -> { line, label }.
  function declarations(text) {
    const found = new Map();
    text.split("\n").forEach((line, index) => {
      const m = line.match(/^(\s*)([^\s:#]+)\s+([^\s:#]+)\s*:\s*(.*)$/u);
      if (m && DECLARING.has(m[2].toLowerCase())) {
        found.set(m[3], { line: index + 1, label: m[4].trim(), area: AREA.has(m[2].toLowerCase()) });
      }
    });
    return found;
  }
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
      for (let i = from; i < Math.min(to, line.length); i++) if (!mark[i] || f.severity === "error") mark[i] = f;
    }
    let html = "";
    for (let i = 0; i < line.length;) {
      let j = i + 1;
      while (j < line.length && kind[j] === kind[i] && mark[j] === mark[i]) j++;
      let piece = esc(line.slice(i, j));
      if (kind[i]) piece = `<span class="${kind[i]}">${piece}</span>`;
      if (mark[i]) piece = `<mark class="${mark[i].severity}" data-msg="${esc(mark[i].shown || mark[i].message)}">${piece}</mark>`;
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
  function nodeAt(text, line) {
    const lines = text.split("\n");
    for (let index = line - 1; index >= 0; index--) {
      const m = lines[index].match(/^(\s*)([^\s:#]+)\s+([^\s:#]+)\s*:/u);
      if (m && DECLARING.has(m[2].toLowerCase())) return m[3];
      if (index < line - 1 && /^\S/.test(lines[index]) && !lines[index].startsWith("#")) return null;
    }
    return null;
  }
  function followCaret() {
    const text = editor().value, id = nodeAt(text, lineOf(text, editor().selectionStart));
    for (const g of document.querySelectorAll("#toc-diagram g.node")) {
      g.classList.toggle("toc-cursor", !!id && g.querySelector("title")?.textContent === id);
    }
  }

  // At once: one draft is drawn at a time, and the text typed meanwhile
  // goes with the next, so a burst of keys costs one drawing more.
  function scheduleDraw() { clearTimeout(drawTimer); drawTimer = setTimeout(draw, 0); }
  async function draw() {
    if (drawing) { again = true; return; }
    drawing = true;
    const seq = ++sent, text = editor().value, typed = typedAt.length;
    const t = [performance.now()];
    try {
      const response = await fetch(`/t/${url()}/preview?lang=${lang}${presentQuery()}`,
        { method: "POST", headers: headers(), body: text });
      if (response.status === 403) { TocEditor.lockUp(await response.text()); return; }
      if (response.ok && seq > shown) {
        shown = seq;
        const draft = await response.json();
        t.push(performance.now());
        me.findings = draft.findings;
        window.tocAreas = draft.areas;
        if (draft.svg) { if (presenting()) userZoomed = false; showSVG(draft.svg); if (presenting()) fit(); }
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
// Saving: Ctrl-S and a pause write the file whole with If-Match; a draft
// waits in the browser until then, so a reload or a restart loses nothing.
(() => {
  const E = TocEditor, me = E.me;
  const editor = () => document.getElementById("toc-editor");
  const url = () => document.body.dataset.url;
  let saveTimer = null, storeTimer = null, path = null;
  const draftKey = () => "toc-draft:" + location.host + ":" + path;

  function state(name, detail) {
    const shown = document.getElementById("toc-save-state");
    shown.className = name;
    shown.textContent = name === "failed" ? words().saveFailed.replace("{reason}", detail || "") : (words()[name] || "");
  }
  // Kept at once (a reload may come any moment); very long texts a
  // little later, and always when the page goes away.
  function storeDraft() {
    clearTimeout(storeTimer);
    const text = editor().value;
    try {
      if (text === me.saved) localStorage.removeItem(draftKey());
      else localStorage.setItem(draftKey(), JSON.stringify({ text, base: me.etag }));
    } catch (error) { /* storage full: the file on disk still has the last save */ }
  }
  function keepDraft() {
    clearTimeout(storeTimer);
    if (editor().value.length < 200000) storeDraft();
    else storeTimer = setTimeout(storeDraft, 500);
  }
  window.addEventListener("pagehide", () => { if (me.active && path) storeDraft(); });

  E.changed = () => {
    if (!me.active) return;
    keepDraft();
    state(editor().value === me.saved ? "saved" : "unsaved");
    clearTimeout(saveTimer);
    if (!me.conflict) saveTimer = setTimeout(E.save, 2000);
  };

  E.save = async () => {
    clearTimeout(saveTimer);
    if (!me.active || me.saving || me.conflict) return;
    const text = editor().value;
    if (text === me.saved) { state("saved"); return; }
    me.saving = true;
    state("saving");
    try {
      const response = await fetch(`/t/${url()}.ft`, {
        method: "PUT", headers: { ...E.headers(), "If-Match": me.etag || "" }, body: text });
      if (response.ok) {
        me.etag = response.headers.get("ETag");
        me.saved = text;
        keepDraft();
        state(editor().value === text ? "saved" : "unsaved");
      } else if (response.status === 412) {
        me.saving = false;
        await E.diskChanged();
      } else if (response.status === 403) {
        E.lockUp(await response.text());
      } else {
        state("failed", (await response.text()).trim());
      }
    } catch (error) {
      state("failed", String(error.message || error));
    } finally {
      me.saving = false;
    }
  };

  // Another editor or browser saved the file.
  E.diskChanged = async () => {
    if (me.saving) return;
    const response = await fetch(`/t/${url()}.ft`, { cache: "no-store" });
    if (!response.ok) return;
    const tag = response.headers.get("ETag");
    if (tag === me.etag) return;
    const text = await response.text();
    const mine = editor().value;
    if (mine === text) { me.etag = tag; me.saved = text; state("saved"); return; }
    if (mine === me.saved || !me.active) {
      const at = editor().selectionStart;
      editor().value = text;
      editor().setSelectionRange(Math.min(at, text.length), Math.min(at, text.length));
      me.etag = tag;
      me.saved = text;
      E.paint();
      if (me.active) { state("saved"); E.scheduleDraw(); }
      return;
    }
    conflict(mine, text, tag);
  };

  function conflict(mine, theirs, tag) {
    me.conflict = true;
    clearTimeout(saveTimer);
    const box = document.getElementById("toc-conflict");
    const w = words();
    const column = (title, text) => {
      const div = document.createElement("div");
      const h = document.createElement("strong");
      h.textContent = title;
      const pre = document.createElement("pre");
      pre.textContent = text;
      div.append(h, pre);
      return div;
    };
    const p = document.createElement("p");
    p.textContent = w.conflict;
    const versions = document.createElement("div");
    versions.className = "versions";
    versions.append(column(w.mine, mine), column(w.theirs, theirs));
    const keep = document.createElement("button");
    keep.id = "toc-keep-mine";
    keep.textContent = w.keepMine;
    keep.onclick = () => { done(); me.etag = tag; me.saved = theirs; E.save(); };
    const take = document.createElement("button");
    take.id = "toc-take-theirs";
    take.textContent = w.takeTheirs;
    take.onclick = () => {
      done();
      const box = editor();
      box.focus();
      box.select();
      // Through the browser's own editing, so Ctrl-Z brings mine back.
      if (!document.execCommand("insertText", false, theirs)) box.value = theirs;
      me.etag = tag;
      me.saved = theirs;
      E.typed();
    };
    box.replaceChildren(p, versions, keep, take);
    box.hidden = false;
    function done() { me.conflict = false; box.hidden = true; }
  }

  E.lockUp = (reason) => {
    me.active = false;
    editor().readOnly = true;
    state("failed", (reason || "").trim());
    refresh();
  };

  E.start = (thePath) => {
    path = thePath;
    me.token = E.token();
    me.active = document.body.dataset.editable === "true" && !!me.token;
    const box = editor();
    box.readOnly = !me.active;
    if (!me.active) {
      const shown = document.getElementById("toc-save-state");
      shown.textContent = document.body.dataset.editable === "true" ? words().readOnly : words().serverReadOnly;
    }
    if (localStorage.getItem("toc-folded") === "1") document.body.classList.add("folded");
    document.getElementById("toc-fold").addEventListener("click", () => {
      document.body.classList.toggle("folded");
      localStorage.setItem("toc-folded", document.body.classList.contains("folded") ? "1" : "0");
      fit();
    });
    document.getElementById("toc-save").addEventListener("click", E.save);
    window.TocComplete?.attach(box);
    box.addEventListener("keydown", event => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "s") { event.preventDefault(); E.save(); }
      else if (event.key === "Tab" && !event.shiftKey && me.active) {
        event.preventDefault();
        document.execCommand("insertText", false, "  ");
      }
    });
    box.addEventListener("input", E.typed);
    box.addEventListener("mousemove", event => {
      const mark = document.elementsFromPoint(event.clientX, event.clientY).find(el => el.tagName === "MARK");
      box.title = mark ? mark.dataset.msg : "";
    });
    document.addEventListener("selectionchange", () => {
      if (document.activeElement === box) { E.markCurrent(); E.followCaret(); }
    });
    document.getElementById("toc-diagram").addEventListener("click", event => {
      const id = event.target.closest?.("g.node")?.querySelector("title")?.textContent;
      const found = id && E.declarations(box.value).get(id);
      if (found) E.reveal(found.line, 1, true);
    });
    load();
    return me.active;
  };

  async function load() {
    const response = await fetch(`/t/${url()}.ft`, { cache: "no-store" });
    if (!response.ok) return;
    const text = await response.text();
    me.etag = response.headers.get("ETag");
    me.saved = text;
    const draft = JSON.parse(localStorage.getItem(draftKey()) || "null");
    editor().value = text;
    if (me.active && draft && draft.text !== text) {
      if (draft.base === me.etag) { editor().value = draft.text; E.changed(); }
      else conflict(draft.text, text, me.etag);
    } else if (me.active) state("saved");
    E.paint();
    // Start at the top, where the theory starts.
    editor().setSelectionRange(0, 0);
    document.getElementById("toc-scroller").scrollTop = 0;
    if (me.active) { E.scheduleDraw(); editor().focus({ preventScroll: true }); }
  }

  // The index: "New theory" from a template, written with If-None-Match: *.
  document.addEventListener("DOMContentLoaded", () => {
    const form = document.getElementById("toc-new");
    if (!form) { if (document.body.dataset.page === "index") E.token(); return; }
    const templates = JSON.parse(document.getElementById("toc-templates").textContent);
    me.token = E.token();
    form.addEventListener("submit", async event => {
      event.preventDefault();
      const problem = document.getElementById("toc-new-problem");
      const name = document.getElementById("toc-new-name").value.trim().replace(/\.ft$/i, "");
      const parts = name.split("/");
      if (!name || parts.some(p => !p || p.startsWith(".") || p.includes("\\"))) {
        problem.textContent = words().badName;
        problem.hidden = false;
        return;
      }
      const encoded = parts.map(encodeURIComponent).join("/");
      const response = await fetch(`/t/${encoded}.ft`, {
        method: "PUT", headers: { ...E.headers(), "If-None-Match": "*" },
        body: templates[document.getElementById("toc-new-template").value] });
      if (response.status === 201) { location.href = `/t/${encoded}`; return; }
      problem.textContent = response.status === 412 ? words().exists
        : response.status === 403 ? words().readOnly : (await response.text()).trim();
      problem.hidden = false;
    });
  });
})();
