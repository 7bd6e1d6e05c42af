// Readable while typing: when the whole diagram beside the text would draw box text smaller than the
// room reads (FOLLOW_MINIMUM_PX at 1280x720), the diagram follows the caret: it shows the node being
// edited and its neighbours in its area, zoomed so that box text is FOLLOW_TEXT_PX. The whole is a key
// away: 0 (Alt-0 in the text) or "Fit" shows it until the caret moves to another node.
// Served as /static/follow.js.
"use strict";
const FOLLOW_MINIMUM_PX = 12;
const FOLLOW_TEXT_PX = 14;
let followedId = null, followPaused = false;
// The diagram pane's size, kept by a ResizeObserver: reading it in follow() would force a layout of
// the SVG just put in, and the new viewBox a second one (24 ms a redraw at 100 nodes, measured).
let paneSize = { w: 0, h: 0 };
document.addEventListener("DOMContentLoaded", () => {
  const pane = document.getElementById("toc-diagram");
  if (!pane || !window.ResizeObserver) return;
  new ResizeObserver(entries => {
    const box = entries[entries.length - 1].contentRect;
    paneSize = { w: box.width, h: box.height };
  }).observe(pane);
});

const inside = (p, b) => p.x >= b.x && p.x <= b.x + b.w && p.y >= b.y && p.y <= b.y + b.h;
// `start` of a window `size` long over `bounds`, kept inside them where it fits.
function clampSpan(centre, size, from, length) {
  if (length <= size) return from + length / 2 - size / 2;
  return Math.min(Math.max(centre - size / 2, from), from + length - size);
}

// The view for node `id`: null when the whole is readable or the node is not drawn.
function followView(id) {
  const svg = document.querySelector("#toc-diagram svg");
  if (!svg || !full || !id) return null;
  const g = [...svg.querySelectorAll("g.node")].find(node => node.querySelector("title")?.textContent === id);
  if (!g) return null;
  const font = Math.max(0, ...[...g.querySelectorAll("text")].map(t => parseFloat(t.getAttribute("font-size") || "0")));
  const W = paneSize.w, H = paneSize.h;
  if (!font || !W || !H || font * Math.min(W / full.w, H / full.h) >= FOLLOW_MINIMUM_PX) return null;
  const shift = graphShift(svg), box = shapeBox(g.querySelector("polygon, path, ellipse"), shift);
  if (!box) return null;
  const centre = { x: box.x + box.w / 2, y: box.y + box.h / 2 };
  const scale = FOLLOW_TEXT_PX / font, w = W / scale, h = H / scale;
  // Inside the node's area where the area is big enough, else the whole drawing.
  const areas = [...svg.querySelectorAll("g.cluster")].map(c => shapeBox(c.querySelector("path, polygon"), shift))
    .filter(b => b && inside(centre, b)).sort((a, b) => a.w * a.h - b.w * b.h);
  const bounds = areas[0] || full;
  return { x: clampSpan(centre.x, w, bounds.x, bounds.w), y: clampSpan(centre.y, h, bounds.y, bounds.h), w, h };
}

// Called with the caret's node after every caret move and every redraw.
function follow(id) {
  if (presenting() || userZoomed) return;
  if (id !== followedId) followPaused = false;
  followedId = id;
  const box = followPaused ? null : followView(id);
  setView(box || full);
  document.getElementById("toc-diagram").dataset.follows = box ? id : "";
}
window.tocFollow = follow;

// "Fit" and 0: the whole, until the caret goes to another node.
function showWhole() { followPaused = true; fit(); document.getElementById("toc-diagram").dataset.follows = ""; }
document.addEventListener("keydown", event => {
  if (event.altKey && event.key === "0" && event.target.id === "toc-editor") { event.preventDefault(); showWhole(); }
});
