// The text pane's completion menu: after `->` (or a comma in an edge list) the declared ids with
// their labels, after `område:` the areas, at a line's start the keywords that may stand there, as
// the server offers them (POST /t/PATH/complete: the same Swift code as `toc lsp`'s). It never
// changes what was typed by itself: Enter breaks the line unless the user has moved into the list
// with the arrow keys, Tab takes the suggestion, and the list closes as soon as the caret leaves
// its word. Served as /static/complete.js.
"use strict";
const TocComplete = (() => {
  const T = TocText.make(JSON.parse(document.getElementById("toc-keywords").textContent));
  // `moved`: the user went into the list with ↓ or ↑, so Enter takes the chosen item.
  let editor = null, items = [], chosen = 0, from = 0, moved = false;
  const menu = () => document.getElementById("toc-complete");
  const isOpen = () => !menu().hidden;

  function show() {
    const list = menu();
    if (items.length === 0) { close(); return; }
    list.replaceChildren(...items.map((item, index) => {
      const li = document.createElement("li");
      li.id = `toc-complete-${index}`;
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", String(index === chosen && moved));
      li.textContent = item.show;
      if (item.note) {
        const note = document.createElement("small");
        note.textContent = item.note;
        li.append(note);
      }
      li.addEventListener("mousedown", event => { event.preventDefault(); chosen = index; accept(); });
      return li;
    }));
    const caret = TocEditor.caretRect(), pane = document.getElementById("toc-pane").getBoundingClientRect();
    if (caret) {
      list.style.left = `${Math.max(0, Math.min(caret.left - pane.left, pane.width - 220))}px`;
      list.style.top = `${caret.bottom - pane.top + 4}px`;
    }
    list.hidden = false;
    if (moved) editor.setAttribute("aria-activedescendant", `toc-complete-${chosen}`);
    else editor.removeAttribute("aria-activedescendant");
    list.children[chosen]?.scrollIntoView({ block: "nearest" });
  }

  function close() {
    items = [];
    moved = false;
    menu().hidden = true;
    editor?.removeAttribute("aria-activedescendant");
  }

  function accept() {
    const item = items[chosen];
    const end = editor.selectionStart;
    close();
    if (!item || !T.inWord(editor.value, from, end)) return;
    editor.setSelectionRange(from, end);
    // The browser's own editing keeps undo and redo whole.
    if (!document.execCommand("insertText", false, item.insert)) {
      editor.setRangeText(item.insert, from, end, "end");
      editor.dispatchEvent(new Event("input"));
    }
  }

  // After typing: what fits the word at the caret now. An answer that comes after a newer
  // keystroke, or after the text or the caret moved, is dropped.
  let asked = 0, askedAt = -1;
  async function update() {
    if (!editor || editor.readOnly) return;
    const pos = editor.selectionStart, text = editor.value, ask = ++asked;
    askedAt = pos;
    if (pos !== editor.selectionEnd) { close(); return; }
    let offer = null;
    try {
      const response = await fetch(`/t/${document.body.dataset.url}/complete?at=${pos}`,
        { method: "POST", headers: TocEditor.headers(), body: text });
      if (response.ok) offer = await response.json();
    } catch (error) {
      return; // the server is restarting: no list this time
    }
    if (ask !== asked || editor.value !== text || editor.selectionStart !== pos) return;
    if (!offer || offer.items.length === 0) { close(); return; }
    const same = isOpen() && offer.from === from;
    from = offer.from;
    items = offer.items;
    if (!same) { chosen = 0; moved = false; }
    chosen = Math.min(chosen, items.length - 1);
    show();
  }

  function attach(box) {
    editor = box;
    box.setAttribute("aria-autocomplete", "list");
    box.setAttribute("aria-controls", "toc-complete");
    box.addEventListener("keydown", event => {
      if (!isOpen() || event.isComposing) return;
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        if (moved) chosen = (chosen + (event.key === "ArrowDown" ? 1 : items.length - 1)) % items.length;
        else chosen = event.key === "ArrowDown" ? 0 : items.length - 1;
        moved = true;
        show();
      } else if ((event.key === "Enter" && moved) || (event.key === "Tab" && !event.shiftKey)) {
        accept();
      } else if (event.key === "Escape") {
        close();
      } else {
        if (event.key === "Enter") close();
        return;
      }
      event.preventDefault();
      event.stopImmediatePropagation();
    });
    // The caret left the word (a click, ←, →, Home, End): the list goes.
    document.addEventListener("selectionchange", () => {
      if (!isOpen()) return;
      const pos = box.selectionStart;
      if (document.activeElement !== box || pos !== box.selectionEnd || !T.inWord(box.value, from, pos)) close();
      else if (pos !== askedAt) update(); // moved inside the word: ask what fits there now
    });
    box.addEventListener("blur", close);
  }

  return { attach, update, close, isOpen };
})();
window.TocComplete = TocComplete;
