// The pane's start: the token, the keys (Ctrl-S; Tab indents, Esc then Tab leaves the text), the
// file and any draft kept in the browser (merged with the file when the file moved on meanwhile);
// and the index's "New theory" form. Served as /static/start.js.
"use strict";
(() => {
  const E = TocEditor, me = E.me;
  const editor = () => document.getElementById("toc-editor");
  const url = () => document.body.dataset.url;

  E.lockUp = (reason) => {
    me.active = false;
    editor().readOnly = true;
    E.state("failed", (reason || "").trim());
    refresh();
  };

  function keys(box) {
    // After Esc, Tab moves on to the rest of the page (no keyboard trap).
    let leaving = false;
    box.addEventListener("keydown", event => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "s") { event.preventDefault(); E.save(); }
      else if (event.key === "Tab" && !event.shiftKey && me.active && !leaving && !event.ctrlKey && !event.altKey) {
        event.preventDefault();
        document.execCommand("insertText", false, "  ");
      }
      leaving = event.key === "Escape";
    });
    box.addEventListener("blur", () => { leaving = false; });
  }

  E.start = (thePath) => {
    E.path = thePath;
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
    keys(box);
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
    let response;
    try { response = await fetch(`/t/${url()}.ft`, { cache: "no-store" }); } catch (error) { response = null; }
    if (!response || !response.ok) return;
    const text = await response.text();
    const tag = response.headers.get("ETag");
    me.etag = tag;
    me.saved = text;
    let draft = null;
    try { draft = JSON.parse(localStorage.getItem(E.draftKey()) || "null"); } catch (error) { draft = null; }
    editor().value = text;
    E.paint();
    if (me.active && draft && draft.text !== text) {
      editor().value = draft.text;
      if (draft.base === tag) E.changed();
      else { me.saved = draft.baseText ?? ""; E.mergeWith(me.saved, text, tag); }
    } else if (me.active) E.state("saved");
    E.paint();
    // Start at the top, where the theory starts.
    editor().setSelectionRange(0, 0);
    document.getElementById("toc-scroller").scrollTop = 0;
    if (me.active) { E.scheduleDraw(); editor().focus({ preventScroll: true }); }
  }

  // The index: "New theory" from a template, titled after the name given, written with If-None-Match: *.
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
      const template = templates[document.getElementById("toc-new-template").value];
      const response = await fetch(`/t/${encoded}.ft`, {
        method: "PUT", headers: { ...E.headers(), "If-None-Match": "*" }, body: TocText.titled(template, name) });
      if (response.status === 201) { location.href = `/t/${encoded}`; return; }
      problem.textContent = response.status === 412 ? words().exists
        : response.status === 403 ? words().readOnly : (await response.text()).trim();
      problem.hidden = false;
    });
  });
})();
