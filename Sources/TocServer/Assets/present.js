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
    if (response.ok) svg = (await response.json()).svg;
  } else {
    const response = await fetch(`/t/${url}.svg?lang=${lang}${presentQuery()}`, { cache: "no-store" });
    if (response.ok) svg = await response.text();
  }
  if (!svg || !presenting()) return;
  userZoomed = false;
  showSVG(svg, true);
  fit();
  const label = document.getElementById("toc-area");
  const area = shownAreas && shownAreas.index >= 0 ? shownAreas.list[shownAreas.index] : null;
  label.textContent = area ? `${shownAreas.index + 1}/${shownAreas.list.length}  ${area.title}   ← →` : "";
  label.hidden = !area;
  window.tocPresentation = { area: area ? area.id : null, pixels: boxTextPixels() };
}

async function present() {
  document.body.classList.toggle("present");
  const box = document.getElementById("toc-diagram");
  if (presenting()) {
    focusBeforePresenting = document.activeElement;
    document.documentElement.requestFullscreen?.().catch(() => {});
    shownAreas = { list: areasNow(), index: -1 };
    await showPresented();
    // Too small for the room as a whole: one area at a time.
    if (shownAreas.list.length > 1 && boxTextPixels() < MINIMUM_TEXT_PX) {
      shownAreas.index = 0;
      await showPresented();
    }
  } else {
    if (document.fullscreenElement) document.exitFullscreen?.();
    shownAreas = null;
    document.getElementById("toc-area").hidden = true;
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
  if (!shownAreas || shownAreas.index < 0) return;
  shownAreas.list = areasNow().length ? areasNow() : shownAreas.list;
  const count = shownAreas.list.length;
  shownAreas.index = (shownAreas.index + step + count) % count;
  showPresented();
}