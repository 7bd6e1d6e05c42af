// The findings list beside the diagram: each finding in words (boxes named by their labels), focusable,
// Enter or a click puts the cursor on its line. A reference to a node not written yet reads as grey
// "not written yet" while a file is typed; in draft mode (keys.js) the problems are hidden from the
// room. Served as /static/findings.js.
"use strict";
const draftMode = () => document.body.classList.contains("draft");

// A finding names boxes by their words, not their ids: «Lektiecafé …».
function named(finding) {
  if (finding.rule === "undefined-reference") {
    const id = (finding.message.match(/'([^']+)'/) || [])[1];
    if (id) return words().notYet.replace("{id}", id);
  }
  const labels = window.tocLabels ? window.tocLabels() : null;
  if (!labels) return finding.message;
  return finding.message.replace(/'([\p{L}\p{N}_-]+)'/gu, (whole, id) => {
    const label = labels.get(id);
    if (!label) return whole;
    const short = label.length > 42 ? label.slice(0, 40).replace(/\s+\S*$/, "") + "…" : label;
    return `«${short}»`;
  });
}

// How a finding is shown: "pending" (grey) for what is merely not written yet.
const shownSeverity = f => (f.rule === "undefined-reference" ? "pending" : f.severity);

// A draft being typed marks its problems in the text; only a saved file
// that does not parse gets the banner.
function showFindings(state, draft) {
  const list = document.getElementById("findings");
  const order = { error: 0, warning: 1, pending: 2 };
  const sorted = [...state.findings].sort((a, b) => (order[shownSeverity(a)] ?? 3) - (order[shownSeverity(b)] ?? 3));
  const items = draftMode() && sorted.length ? [hiddenNote(sorted.length)] : sorted.map(f => {
    const li = document.createElement("li");
    li.className = shownSeverity(f);
    li.tabIndex = 0;
    li.dataset.rule = f.rule;
    li.dataset.line = f.line;
    const text = document.createElement("div");
    text.textContent = named(f);
    li.title = words().ruleAt.replace("{rule}", f.rule).replace("{line}", f.line).replace("{column}", f.column);
    li.append(text);
    const open = () => {
      for (const other of list.children) other.classList.remove("selected");
      li.classList.add("selected");
      highlight(f.node);
      window.TocEditor?.reveal(f.line, f.column);
    };
    li.addEventListener("click", open);
    li.addEventListener("keydown", event => {
      if (event.key === "Enter" || event.key === " ") { event.preventDefault(); open(); }
    });
    return li;
  });
  if (items.length === 0) {
    const li = document.createElement("li");
    li.className = "none";
    li.textContent = words().none;
    items.push(li);
  }
  list.replaceChildren(...items);
  const banner = document.getElementById("banner");
  const firstError = state.findings.find(f => f.severity === "error" && f.rule !== "undefined-reference");
  if (!state.parses && firstError && !draft) {
    banner.textContent = `${words().broken} ${lineText(firstError.line, firstError.column)}: ${named(firstError)}`;
    banner.hidden = false;
  } else {
    banner.hidden = true;
  }
  const mark = document.getElementById("toc-mark"), shows = document.getElementById("toc-diagram").dataset.shows;
  mark.hidden = state.parses;
  mark.textContent = shows === "last-good" ? words().lastGood : words().notParsed;
  mark.classList.toggle("shown", shows === "last-good" || shows === "nothing");
}

function hiddenNote(count) {
  const li = document.createElement("li");
  li.className = "none";
  li.textContent = words().draftHidden.replace("{count}", count);
  return li;
}

function highlight(id) {
  for (const g of document.querySelectorAll("#toc-diagram g.node")) {
    const title = g.querySelector("title");
    g.classList.toggle("toc-highlight", !!id && title && title.textContent === id);
  }
}
