// Presentation mode, for the back of the room: the diagram alone on the whole screen, drawn for a
// projector; when the whole theory would make box text smaller than MINIMUM_TEXT_PX (what the back of
// a room reads on a 1280x720 projector), one area at a time, paged with the arrow keys.
"use strict";
const MINIMUM_TEXT_PX = 18;
// null when not presenting; else the areas and the one shown (-1: all).
let shownAreas = null;
const presenting = () => document.body.classList.contains("present");
const areasNow = () => (window.TocEditor?.active ? window.tocAreas : lastState?.areas) || [];

// The query of a drawing: draft mode (keys.js) and, when presenting, the area shown.
function presentQuery() {
  const draft = window.tocDraftQuery?.() || "";
  if (!presenting()) return draft;
  const area = shownAreas && shownAreas.index >= 0 ? shownAreas.list[shownAreas.index] : null;
  return draft + "&present=1" + (area ? "&area=" + encodeURIComponent(area.id) : "");
}
// Where the keyboard was before presenting, to go back there after.
let focusBeforePresenting = null;

// The smallest of the boxes' main words, in pixels on the screen now.
function boxTextPixels() {
  let least = Infinity;
  for (const g of document.querySelectorAll("#toc-diagram g.node")) {
    let biggest = 0;
    for (const t of g.querySelectorAll("text")) {
      const size = parseFloat(t.getAttribute("font-size") || "14") * (t.getScreenCTM()?.a || 1);
      biggest = Math.max(biggest, size);
    }
    if (biggest > 0) least = Math.min(least, biggest);
  }
  return least;
}

async function showPresented() {
  const url = document.body.dataset.url;
  let svg = null;
  if (window.TocEditor?.active) {
    const response = await fetch(`/t/${url}/preview?lang=${lang}${presentQuery()}`,
      { method: "POST", headers: TocEditor.headers(), body: document.getElementById("toc-editor").value });
    if (response.status === 409) { setTimeout(showPresented, 300); return; }  // a newer draft was drawn instead
    if (response.ok) svg = (await response.json()).svg;
  } else {
    const response = await fetch(`/t/${url}.svg?lang=${lang}${presentQuery()}`, { cache: "no-store" });
    if (response.ok) svg = await response.text();
  }
  if (!svg || !presenting()) return;
  userZoomed = false;
  showSVG(svg, true);
  fit();
  document.getElementById("toc-present-findings").hidden = true;
  const area = shownAreas && shownAreas.index >= 0 ? shownAreas.list[shownAreas.index] : null;
  pageLabel(area ? area.title : words().overview);
  window.tocPresentation = { area: area ? area.id : null, pixels: boxTextPixels(), page: area ? "area" : "overview" };
}

// Pages when paging: the overview (-1), each area, and the findings (unless in draft mode or none).
const findingsNow = () => (window.TocEditor?.active ? TocEditor.me.findings : lastState?.findings) || [];
const hasFindingsPage = () => !document.body.classList.contains("draft") && findingsNow().length > 0;
const pageCount = () => 1 + (shownAreas?.paged ? shownAreas.list.length : 0) + (hasFindingsPage() ? 1 : 0);

function pageLabel(title) {
  const label = document.getElementById("toc-area");
  const paging = pageCount() > 1;
  label.textContent = paging ? `${shownAreas.index + 2}/${pageCount()}  ${title}   ← →` : "";
  label.hidden = !paging;
}

// The findings, large, for the room to read together.
function showFindingsPage() {
  const page = document.getElementById("toc-present-findings");
  const order = { error: 0, warning: 1, pending: 2 };
  const list = [...findingsNow()].sort((a, b) => (order[shownSeverity(a)] ?? 3) - (order[shownSeverity(b)] ?? 3));
  const shown = list.slice(0, 10);
  const h = document.createElement("h2");
  h.textContent = words().findings;
  const ul = document.createElement("ul");
  for (const f of shown) {
    const li = document.createElement("li");
    li.className = shownSeverity(f);
    li.textContent = named(f);
    ul.append(li);
  }
  if (list.length > shown.length) {
    const li = document.createElement("li");
    li.textContent = words().more.replace("{count}", list.length - shown.length);
    ul.append(li);
  }
  page.replaceChildren(h, ul);
  page.hidden = false;
  pageLabel(words().findings);
  window.tocPresentation = { area: null, pixels: boxTextPixels(), page: "findings" };
}

async function present() {
  document.body.classList.toggle("present");
  const box = document.getElementById("toc-diagram");
  if (presenting()) {
    focusBeforePresenting = document.activeElement;
    document.documentElement.requestFullscreen?.().catch(() => {});
    shownAreas = { list: areasNow(), index: -1, paged: false };
    await showPresented();
    // Too small for the room as a whole: one area at a time (the overview a key back).
    if (shownAreas.list.length > 1 && boxTextPixels() < MINIMUM_TEXT_PX) {
      shownAreas.paged = true;
      shownAreas.index = 0;
      await showPresented();
    }
  } else {
    if (document.fullscreenElement) document.exitFullscreen?.();
    shownAreas = null;
    document.getElementById("toc-area").hidden = true;
    document.getElementById("toc-present-findings").hidden = true;
    window.tocPresentation = null;
    if (window.TocEditor?.active) TocEditor.redraw(); else { shownDiagram = -1; refresh(); }
  }
  fit();
  if (presenting()) box.focus({ preventScroll: true });
  else {
    const back = focusBeforePresenting && document.contains(focusBeforePresenting) && focusBeforePresenting !== document.body
      ? focusBeforePresenting : document.getElementById("toc-present");
    back.focus({ preventScroll: true });
  }
}

function pageAreas(step) {
  if (!shownAreas) return;
  if (shownAreas.paged) shownAreas.list = areasNow().length ? areasNow() : shownAreas.list;
  const count = pageCount(), areas = shownAreas.paged ? shownAreas.list.length : 0;
  if (count < 2) return;
  shownAreas.index = ((shownAreas.index + 1 + step + count) % count) - 1;
  if (shownAreas.index === areas) showFindingsPage();
  else showPresented();
}
