// The text pane's completion menu: after `->` (or a comma in an edge list) the declared ids with
// their labels; at a line's start the keywords that may stand there. Served as /static/complete.js.
"use strict";
const TocComplete = (() => {
  const KEYWORDS = JSON.parse(document.getElementById("toc-keywords").textContent);
  let editor = null, items = [], chosen = 0, from = 0;
  const menu = () => document.getElementById("toc-complete");

  // Danish unless the file's keywords are mostly English.
  function language(text) {
    let da = 0, en = 0;
    for (const line of text.split("\n")) {
      const word = (line.match(/^\s*([^\s:#]+)/u) || [])[1];
      if (!word) continue;
      const lower = word.toLowerCase();
      for (const k of KEYWORDS) {
        if (k.en === k.da) continue;
        if (lower === k.en) en++;
        else if (k.all.includes(lower)) da++;
      }
    }
    return en > da ? "en" : "da";
  }

  function offers() {
    const pos = editor.selectionStart;
    if (pos !== editor.selectionEnd) return [];
    const text = editor.value, start = text.lastIndexOf("\n", pos - 1) + 1, before = text.slice(start, pos);
    const edge = before.match(/(?:->|,)\s*([\p{L}\p{N}_-]*)$/u);
    if (edge && before.includes("->")) {
      const prefix = edge[1].toLowerCase();
      from = pos - edge[1].length;
      return [...TocEditor.declarations(text)]
        .filter(([id, d]) => !d.area && id.toLowerCase().startsWith(prefix) && id.toLowerCase() !== prefix)
        .map(([id, d]) => ({ insert: id, show: id, note: d.label }));
    }
    const head = before.match(/^(\s*)([\p{L}-]+)$/u);
    if (!head) return [];
    const level = Math.min(2, Math.floor(head[1].replace(/\t/g, "  ").length / 2));
    const lang = language(text), prefix = head[2].toLowerCase();
    from = pos - head[2].length;
    return KEYWORDS.filter(k => k.levels.includes(level)).map(k => {
      const word = k[lang], declares = k.declares && level === 0 && !["theory", "period"].includes(k.en);
      return { insert: word + (declares ? " " : ": "), show: word, note: lang === "da" ? k.en : k.da };
    }).filter(o => o.show.toLowerCase().startsWith(prefix) && o.show.toLowerCase() !== prefix);
  }

  function show() {
    const list = menu();
    if (items.length === 0) { list.hidden = true; return; }
    list.replaceChildren(...items.map((item, index) => {
      const li = document.createElement("li");
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", String(index === chosen));
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
    list.children[chosen]?.scrollIntoView({ block: "nearest" });
  }

  function close() { items = []; menu().hidden = true; }

  function accept() {
    const item = items[chosen];
    close();
    if (!item) return;
    editor.setSelectionRange(from, editor.selectionStart);
    // The browser's own editing keeps undo and redo whole.
    if (!document.execCommand("insertText", false, item.insert)) {
      editor.setRangeText(item.insert, from, editor.selectionEnd, "end");
      editor.dispatchEvent(new Event("input"));
    }
  }

  function update() {
    if (!editor || editor.readOnly) return;
    items = offers();
    chosen = 0;
    show();
  }

  function attach(box) {
    editor = box;
    box.addEventListener("keydown", event => {
      if (menu().hidden) return;
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        chosen = (chosen + (event.key === "ArrowDown" ? 1 : items.length - 1)) % items.length;
        show();
      } else if (event.key === "Enter" || event.key === "Tab") {
        accept();
      } else if (event.key === "Escape") {
        close();
      } else {
        return;
      }
      event.preventDefault();
      event.stopImmediatePropagation();
    });
    box.addEventListener("blur", close);
    box.addEventListener("click", close);
  }

  return { attach, update, close };
})();
window.TocComplete = TocComplete;