// Saving: Ctrl-S and a pause write the file whole with If-Match. A draft waits in the browser until
// then (with the version it started from), so a reload, a restart or a server that is away loses
// nothing. When the file changed meanwhile (another window, another program), the page merges by
// itself (TocMerge: edits to different lines both kept, a quiet note); only edits to the same lines
// ask (conflict.js). Served as /static/save.js.
"use strict";
(() => {
  const E = TocEditor, me = E.me;
  const editor = () => document.getElementById("toc-editor");
  const url = () => document.body.dataset.url;
  let saveTimer = null, storeTimer = null, noteTimer = null;
  const RETRY_MS = 3000;
  E.draftKey = () => "toc-draft:" + location.host + ":" + E.path;

  E.state = (name, detail) => {
    const shown = document.getElementById("toc-save-state");
    shown.className = name;
    shown.dataset.state = name;
    shown.textContent = name === "failed" ? words().saveFailed.replace("{reason}", detail || "") : (words()[name] || "");
  };
  const state = E.state;

  // Kept at once (a reload may come any moment); very long texts a
  // little later, and always when the page goes away.
  function storeDraft() {
    clearTimeout(storeTimer);
    const text = editor().value;
    try {
      if (text === me.saved) localStorage.removeItem(E.draftKey());
      else localStorage.setItem(E.draftKey(), JSON.stringify({ text, base: me.etag, baseText: me.saved }));
    } catch (error) { /* storage full: the file on disk still has the last save */ }
  }
  E.keepDraft = () => {
    clearTimeout(storeTimer);
    if (editor().value.length < 200000) storeDraft();
    else storeTimer = setTimeout(storeDraft, 500);
  };
  window.addEventListener("pagehide", () => { if (me.active && E.path) storeDraft(); });

  let panelTimer = null;
  E.changed = () => {
    if (!me.active) return;
    E.keepDraft();
    if (me.conflict) {
      // The panel shows the lines as they are now, not as they were.
      clearTimeout(panelTimer);
      panelTimer = setTimeout(() => { if (me.conflict) E.conflict(me.conflict.base, me.conflict.theirs, me.conflict.tag); }, 300);
    }
    if (!me.offline) state(editor().value === me.saved ? "saved" : "unsaved");
    clearTimeout(saveTimer);
    if (!me.conflict) saveTimer = setTimeout(E.save, me.offline ? RETRY_MS : 2000);
  };

  // The server is away (stopped, restarting): say so, keep the text, try again.
  function away() {
    me.offline = true;
    state("offline");
    clearTimeout(saveTimer);
    saveTimer = setTimeout(E.save, RETRY_MS);
  }

  E.save = async () => {
    clearTimeout(saveTimer);
    if (!me.active || me.saving || me.conflict) return;
    const text = editor().value;
    if (text === me.saved) { me.offline = false; state("saved"); return; }
    me.saving = true;
    if (!me.offline) state("saving");
    try {
      const response = await fetch(`/t/${url()}.ft`, {
        method: "PUT", headers: { ...E.headers(), "If-Match": me.etag || "" }, body: text });
      me.offline = false;
      if (response.ok) {
        me.etag = response.headers.get("ETag");
        me.saved = text;
        E.keepDraft();
        state(editor().value === text ? "saved" : "unsaved");
        if (editor().value !== text) E.changed();
      } else if (response.status === 412) {
        me.saving = false;
        await E.diskChanged();
      } else if (response.status === 403) {
        E.lockUp(words().tokenGone);
      } else {
        state("failed", (await response.text()).trim());
      }
    } catch (error) {
      away();
    } finally {
      me.saving = false;
    }
  };

  // Puts `text` in the pane through the browser's own editing (so Ctrl-Z
  // brings the old text back), with the caret at `caret` and the scroll kept.
  E.replaceText = (text, caret) => {
    const box = editor(), scroller = document.getElementById("toc-scroller"), top = scroller.scrollTop;
    if (document.activeElement === box) {
      box.select();
      if (!document.execCommand("insertText", false, text)) box.value = text;
    } else {
      box.value = text;
    }
    box.setSelectionRange(caret, caret);
    scroller.scrollTop = top;
    E.typed();
  };

  // A quiet note beside the save state, gone after a while.
  E.note = (key) => {
    const shown = document.getElementById("toc-note");
    shown.textContent = words()[key] || "";
    shown.hidden = false;
    clearTimeout(noteTimer);
    noteTimer = setTimeout(() => { shown.hidden = true; }, 8000);
  };

  // `base` and `mine` against the file's `theirs` (version `tag`): merged
  // by itself where the edits are on different lines, else asked.
  E.mergeWith = (base, theirs, tag) => {
    const mine = editor().value;
    const result = TocMerge.merge(base, mine, theirs);
    if (result.conflicts > 0) { E.conflict(base, theirs, tag); return; }
    const merged = TocMerge.resolve(result, "mine");
    me.etag = tag;
    me.saved = theirs;
    if (merged !== mine) E.replaceText(merged, TocMerge.mapOffset(result, mine, editor().selectionStart));
    E.note("merged");
    E.changed();
  };

  // Another editor or browser saved the file.
  E.diskChanged = async () => {
    if (me.saving) return;
    let response;
    try { response = await fetch(`/t/${url()}.ft`, { cache: "no-store" }); } catch (error) { return; }
    if (me.offline && me.active) E.save();
    if (!response.ok) return;
    const tag = response.headers.get("ETag");
    if (tag === me.etag && !me.conflict) return;
    const text = await response.text();
    const mine = editor().value;
    if (mine === text) {
      me.etag = tag; me.saved = text;
      if (me.conflict) E.conflictDone();
      state("saved");
      return;
    }
    if (me.conflict) { E.conflict(me.conflict.base, text, tag); return; }
    if (mine === me.saved || !me.active) {
      const at = Math.min(editor().selectionStart, text.length);
      editor().value = text;
      editor().setSelectionRange(at, at);
      me.etag = tag;
      me.saved = text;
      E.paint();
      if (me.active) { state("saved"); E.scheduleDraw(); }
      return;
    }
    E.mergeWith(me.saved, text, tag);
  };
})();
