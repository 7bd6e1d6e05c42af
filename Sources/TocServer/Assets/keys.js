// The page's keys beyond the text pane and the diagram: Esc closes the download menu (and a click
// outside it), D switches draft mode (problems hidden from the room, on the page and in the
// presentation, kept per browser). Served as /static/keys.js.
"use strict";
(() => {
  const menu = () => document.getElementById("toc-download");

  function setDraft(on) {
    document.body.classList.toggle("draft", on);
    localStorage.setItem("toc-draft-mode", on ? "1" : "0");
    document.getElementById("toc-draft")?.setAttribute("aria-pressed", String(on));
    if (presenting()) showPresented();
    else if (window.TocEditor?.active) TocEditor.redraw();
    else { shownDiagram = -1; refresh(); }
  }
  window.tocDraftQuery = () => (document.body.classList.contains("draft") ? "&clean=1" : "");

  document.addEventListener("DOMContentLoaded", () => {
    if (document.body.dataset.page !== "theory") return;
    const on = localStorage.getItem("toc-draft-mode") === "1";
    document.body.classList.toggle("draft", on);
    document.getElementById("toc-draft")?.setAttribute("aria-pressed", String(on));
    document.getElementById("toc-draft")?.addEventListener("click", () => setDraft(!document.body.classList.contains("draft")));
  });
  document.addEventListener("keydown", event => {
    if (event.key === "Escape" && menu()?.open) {
      menu().open = false;
      menu().querySelector("summary").focus();
      event.preventDefault();
      return;
    }
    if (event.target.closest?.("input, textarea, select") || event.ctrlKey || event.metaKey || event.altKey) return;
    if ((event.key === "d" || event.key === "D") && document.body.dataset.page === "theory") {
      setDraft(!document.body.classList.contains("draft"));
    }
  });
  document.addEventListener("click", event => {
    if (menu()?.open && !menu().contains(event.target)) menu().open = false;
  });
})();
