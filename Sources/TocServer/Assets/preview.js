// The page's script: the index, the diagram (pan, zoom, follow the cursor), findings, live updates
// from /events, downloads. Served as /static/preview.js; embedded into toc at build time.
"use strict";
// The page's words come from the server (Pages.words), in both languages.
const WORDS = JSON.parse(document.getElementById("toc-words").textContent);
let lang = localStorage.getItem("toc-lang") ||
  ((navigator.languages || [navigator.language || "en"]).some(l => l.toLowerCase().startsWith("da")) ? "da" : "en");
const words = () => WORDS[lang];
const lineText = (l, c) => words().line.replace("{line}", l).replace("{column}", c);

function applyLanguage() {
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll("[data-t]")) {
    const text = words()[el.dataset.t];
    if (typeof text === "string") el.textContent = text;
  }
  for (const el of document.querySelectorAll("[data-t-label]")) {
    const text = words()[el.dataset.tLabel];
    if (typeof text === "string") el.setAttribute("aria-label", text);
  }
  const button = document.getElementById("lang");
  if (button) button.textContent = words().other;
  // Findings come from the server in the page's language.
  if (window.TocEditor?.active) TocEditor.redraw(); else if (lastState) refresh();
}

let lastState = null;
let shownDiagram = -1;
let userZoomed = false;
let view = null, full = null;
window.tocLastRedraw = 0;

function clean(node) {
  for (const bad of node.querySelectorAll("script, foreignObject, iframe, a")) bad.replaceWith(...bad.childNodes);
  for (const el of node.querySelectorAll("*")) {
    for (const attr of [...el.attributes]) {
      const name = attr.name.toLowerCase();
      if (name.startsWith("on") || name.endsWith("href")) el.removeAttribute(attr.name);
    }
  }
  return node;
}

function setView(box) {
  view = box;
  const svg = document.querySelector("#toc-diagram svg"), value = `${box.x} ${box.y} ${box.w} ${box.h}`;
  // Setting even the same viewBox lays the whole SVG out again (about 20 ms at 100 nodes).
  if (svg && svg.getAttribute("viewBox") !== value) svg.setAttribute("viewBox", value);
}

// Where each box stands, in the diagram's own coordinates (those of its
// viewBox), read from the SVG's numbers: no layout pass in the browser.
function boxCentres(svg) {
  const centres = new Map();
  if (!svg) return centres;
  const shift = graphShift(svg);
  for (const g of svg.querySelectorAll("g.node")) {
    const id = g.querySelector("title")?.textContent, box = shapeBox(g.querySelector("polygon, path, ellipse"), shift);
    if (id && box) centres.set(id, { x: box.x + box.w / 2, y: box.y + box.h / 2 });
  }
  return centres;
}
// A shape's box in the diagram's own coordinates, from its points or path.
function shapeBox(shape, shift) {
  const numbers = (shape?.getAttribute("points") || shape?.getAttribute("d") || "").match(/-?[\d.]+/g);
  if (!numbers) return null;
  let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
  for (let i = 0; i + 1 < numbers.length; i += 2) {
    const x = Number(numbers[i]) + shift.x, y = Number(numbers[i + 1]) + shift.y;
    x0 = Math.min(x0, x); x1 = Math.max(x1, x); y0 = Math.min(y0, y); y1 = Math.max(y1, y);
  }
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}
// Graphviz's translate of the whole drawing.
function graphShift(svg) {
  const m = (svg.querySelector("g.graph")?.getAttribute("transform") || "").match(/translate\(\s*([-\d.]+)[ ,]+([-\d.]+)/);
  return m ? { x: Number(m[1]), y: Number(m[2]) } : { x: 0, y: 0 };
}
let shownCentres = new Map();
const changedUntil = new Map();
let changeTimer = null;
function markChanges() {
  const now = Date.now();
  for (const [key, until] of changedUntil) if (until <= now) changedUntil.delete(key);
  for (const g of document.querySelectorAll("#toc-diagram g.node, #toc-diagram g.edge")) {
    const key = (g.classList.contains("node") ? "n:" : "e:") + g.querySelector("title")?.textContent;
    g.classList.toggle("toc-changed", changedUntil.has(key));
  }
  clearTimeout(changeTimer);
  if (changedUntil.size) changeTimer = setTimeout(markChanges, Math.min(...changedUntil.values()) - now + 10);
}
const edgeNames = () => new Set([...document.querySelectorAll("#toc-diagram g.edge title")].map(t => t.textContent));

// `quiet`: another view of the theory (presentation, an area), not a change.
function showSVG(text, quiet) {
  const parsed = new DOMParser().parseFromString(text, "image/svg+xml");
  const svg = parsed.documentElement;
  if (svg.nodeName !== "svg") return;
  clean(svg);
  const before = shownCentres, edgesBefore = edgeNames();
  // Zoomed in: stay on the box nearest the middle of the view.
  let anchor = null;
  if (userZoomed && view) {
    const mid = { x: view.x + view.w / 2, y: view.y + view.h / 2 };
    for (const [id, p] of before) {
      const d = Math.hypot(p.x - mid.x, p.y - mid.y);
      if (!anchor || d < anchor.d) anchor = { id, d, p };
    }
  }
  const [x, y, w, h] = (svg.getAttribute("viewBox") || "0 0 100 100").split(/[ ,]+/).map(Number);
  full = { x, y, w, h };
  svg.removeAttribute("width");
  svg.removeAttribute("height");
  svg.setAttribute("preserveAspectRatio", "xMidYMid meet");
  const box = document.getElementById("toc-diagram");
  box.replaceChildren(document.importNode(svg, true));
  setView(userZoomed && view ? view : full);
  const after = boxCentres(svg);
  shownCentres = after;
  if (anchor && after.has(anchor.id)) {
    const p = after.get(anchor.id);
    setView({ ...view, x: view.x + p.x - anchor.p.x, y: view.y + p.y - anchor.p.y });
  }
  // What changed is marked for a moment (across the redraws of fast
  // typing): new or moved boxes, new arrows.
  const now = Date.now();
  if (before.size > 0 && !quiet) {
    for (const g of box.querySelectorAll("g.node")) {
      const id = g.querySelector("title")?.textContent, old = before.get(id), moved = after.get(id);
      if (!old || (moved && Math.hypot(moved.x - old.x, moved.y - old.y) > 40)) {
        changedUntil.set("n:" + id, now + 1600);
        window.tocMarked?.add(id);  // a test's record of what was marked
      }
    }
    for (const g of box.querySelectorAll("g.edge")) {
      const name = g.querySelector("title")?.textContent;
      if (!edgesBefore.has(name)) changedUntil.set("e:" + name, now + 1600);
    }
  }
  markChanges();
  window.tocLastRedraw = Date.now();
  document.body.dataset.diagramVersion = String(shownDiagram);
}

// A word of the page in the diagram's place, instead of a diagram.
function showWord(key, shows) {
  const pane = document.getElementById("toc-diagram");
  const p = document.createElement("p");
  p.className = "toc-nothing";
  p.dataset.t = key;
  p.textContent = words()[key];
  pane.replaceChildren(p);
  pane.dataset.shows = shows;
}

async function refresh() {
  const url = document.body.dataset.url;
  const response = await fetch(`/t/${url}.json?lang=${lang}`, { cache: "no-store" });
  if (!response.ok) {
    const banner = document.getElementById("banner");
    banner.textContent = words().gone;
    banner.hidden = false;
    return;
  }
  const state = await response.json();
  lastState = state;
  if (state.title) {
    document.getElementById("title").textContent = state.title;
    document.title = state.title;
  }
  if (state.hasDiagram && state.diagramVersion !== shownDiagram && presenting()) {
    shownDiagram = state.diagramVersion;
    await showPresented();
  } else if (state.hasDiagram && state.diagramVersion !== shownDiagram) {
    const svg = await fetch(`/t/${url}.svg?v=${state.diagramVersion}${presentQuery()}`, { cache: "no-store" });
    if (svg.ok) {
      shownDiagram = state.diagramVersion;
      showSVG(await svg.text());
    }
  }
  // Just started, or a big theory: its drawing comes with a change event.
  if (!state.hasDiagram && state.drawing && !document.querySelector("#toc-diagram svg")) showWord("beingDrawn", "drawing");
  showFindings(state);
}

function zoomAndPan() {
  const box = document.getElementById("toc-diagram");
  box.addEventListener("wheel", event => {
    if (!view) return;
    event.preventDefault();
    const rect = box.getBoundingClientRect();
    const factor = Math.exp(event.deltaY * 0.0015);
    const px = view.x + (event.clientX - rect.left) / rect.width * view.w;
    const py = view.y + (event.clientY - rect.top) / rect.height * view.h;
    userZoomed = true;
    setView({ x: px - (px - view.x) * factor, y: py - (py - view.y) * factor, w: view.w * factor, h: view.h * factor });
  }, { passive: false });
  let drag = null;
  box.addEventListener("pointerdown", e => { if (view) { drag = { x: e.clientX, y: e.clientY, view }; box.setPointerCapture(e.pointerId); } });
  box.addEventListener("pointerup", () => { drag = null; });
  box.addEventListener("pointermove", e => {
    if (!drag) return;
    const rect = box.getBoundingClientRect();
    const scale = Math.max(drag.view.w / rect.width, drag.view.h / rect.height);
    userZoomed = true;
    setView({ ...drag.view, x: drag.view.x - (e.clientX - drag.x) * scale, y: drag.view.y - (e.clientY - drag.y) * scale });
  });
}

// What the index says, in any language: each row's link and counts (or
// «Tegnes …»), and the files listed beside the table.
function indexSignature(page) {
  const rows = [...page.querySelectorAll("main tbody tr")].map(row =>
    (row.querySelector("a")?.getAttribute("href") || "") + "|" +
    [...row.querySelectorAll("td.num")].map(cell => cell.dataset.t || cell.textContent).join(","));
  const misnamed = [...page.querySelectorAll("#toc-misnamed code")].map(code => code.textContent);
  return JSON.stringify([rows, misnamed]);
}

function fit() { userZoomed = false; if (full) setView(full); }

document.addEventListener("DOMContentLoaded", () => {
  applyLanguage();
  document.getElementById("lang")?.addEventListener("click", () => {
    lang = lang === "da" ? "en" : "da";
    localStorage.setItem("toc-lang", lang);
    applyLanguage();
  });
  const events = new EventSource("/events");
  if (document.body.dataset.page === "index") {
    let timer = null;
    // Reloaded only when the list says something new (a theory read, added,
    // removed, its counts changed): a diagram drawn in the background is
    // no reason to redraw the page under the reader.
    events.addEventListener("change", () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const response = await fetch("/", { cache: "no-store" });
        if (!response.ok) return;
        const fresh = new DOMParser().parseFromString(await response.text(), "text/html");
        if (indexSignature(fresh) !== indexSignature(document)) location.reload();
      }, 150);
    });
    return;
  }
  const path = document.body.dataset.path;
  // With the editor, the diagram follows the text in the pane; without, the file.
  const editing = window.TocEditor ? TocEditor.start(path) : false;
  const changed = () => {
    if (editing) { TocEditor.diskChanged(); return; }
    refresh();
    window.TocEditor?.diskChanged();
  };
  events.addEventListener("change", e => { if (JSON.parse(e.data) === path) changed(); });
  events.addEventListener("open", changed);
  document.getElementById("toc-present").addEventListener("click", present);
  document.getElementById("fit").addEventListener("click", () => (window.tocFollow ? showWhole() : fit()));
  document.addEventListener("keydown", e => {
    if (e.target.closest && e.target.closest("input, textarea")) return;
    if (e.key === "p" || e.key === "P") present();
    if (e.key === "0") { if (window.tocFollow) showWhole(); else fit(); }
    if (e.key === "Escape" && presenting()) present();
    if (presenting() && ["ArrowRight", "PageDown", "ArrowDown", " "].includes(e.key)) { e.preventDefault(); pageAreas(1); }
    if (presenting() && ["ArrowLeft", "PageUp", "ArrowUp"].includes(e.key)) { e.preventDefault(); pageAreas(-1); }
  });
  zoomAndPan();
  if (!editing) refresh();
});