/// The page's text pane (issue #16): a textarea over a highlighted copy of
/// its text, drawn live from drafts, saved whole with ETags. A small editor
/// of `toc`'s own rather than CodeMirror: docs/preview.md says why.
enum EditorAssets {
    /// The pane's style, after the page's own.
    static let style = """
        main.theory { flex: 1; min-height: 0; display: grid; grid-template-columns: minmax(17rem, 34%) minmax(0, 1fr);
          grid-template-rows: minmax(0, 1fr) auto; grid-template-areas: "pane diagram" "findings diagram"; }
        #toc-pane { grid-area: pane; position: relative; min-height: 0; display: flex; flex-direction: column;
          border-right: 1px solid #ddd; }
        #toc-diagram { grid-area: diagram; min-width: 0; min-height: 0; }
        main.theory aside { grid-area: findings; max-height: 34vh; border-right: 1px solid #ddd; border-top: 1px solid #ddd; }
        #toc-scroller { flex: 1; overflow: auto; display: grid; background: #fbfbfa; }
        #toc-highlight, #toc-editor { grid-area: 1 / 1; margin: 0; padding: .6rem .8rem; border: 0;
          font: 15px/1.5 "DejaVu Sans Mono", monospace; white-space: pre-wrap; overflow-wrap: anywhere; tab-size: 2; }
        #toc-highlight { pointer-events: none; color: var(--ink); }
        #toc-editor { resize: none; overflow: hidden; background: transparent; color: transparent; caret-color: #111;
          outline: none; min-height: 100%; }
        #toc-editor::selection { background: rgba(0, 114, 178, .28); color: transparent; }
        #toc-editor[readonly] { caret-color: transparent; }
        #toc-highlight .ln { display: block; }
        #toc-highlight .kw { color: #0060a0; font-weight: bold; }
        #toc-highlight .arrow { color: #6a737d; font-weight: bold; }
        #toc-highlight .com { color: #57606a; font-style: italic; }
        #toc-highlight .cur { background: #eef5fb; }
        #toc-highlight mark { background: #ffe7d6; color: inherit; text-decoration: underline wavy var(--problem); }
        #toc-highlight mark.warning { background: #fff4cc; text-decoration-color: #9a6700; }
        #toc-complete { position: absolute; z-index: 10; margin: 0; padding: 2px; list-style: none; background: #fff;
          border: 1px solid #bbb; border-radius: 4px; box-shadow: 0 4px 14px rgba(0, 0, 0, .18); max-height: 15rem;
          overflow: auto; font: 14px "DejaVu Sans", sans-serif; min-width: 14rem; }
        #toc-complete li { padding: .25rem .5rem; cursor: pointer; white-space: nowrap; }
        #toc-complete li[aria-selected="true"] { background: #dbeafe; }
        #toc-complete small { color: var(--muted); margin-left: .6rem; }
        #toc-save-state { font-size: .9rem; color: var(--muted); }
        #toc-save-state.unsaved { color: #9a6700; }
        #toc-save-state.saved { color: #1a7f37; }
        #toc-save-state.failed { color: var(--problem); font-weight: bold; }
        #toc-conflict { background: #fff8e6; border-bottom: 2px solid #9a6700; padding: .6rem 1rem; }
        #toc-conflict .versions { display: grid; grid-template-columns: 1fr 1fr; gap: .6rem; margin: .5rem 0; }
        #toc-conflict pre { max-height: 28vh; overflow: auto; background: #fff; border: 1px solid #ddd; padding: .4rem;
          font: 13px/1.4 "DejaVu Sans Mono", monospace; white-space: pre-wrap; margin: .2rem 0 0; }
        #toc-conflict button { margin-right: .6rem; }
        #toc-mark { position: fixed; right: 12px; bottom: 12px; background: var(--problem); color: #fff;
          padding: .3rem .7rem; border-radius: 4px; font-size: 15px; display: none; }
        body.present #toc-mark:not([hidden]) { display: block; }
        #toc-area { position: fixed; left: 12px; bottom: 12px; background: rgba(255, 255, 255, .92); border: 1px solid #ccc;
          padding: .3rem .8rem; border-radius: 4px; font-size: 18px; }
        body:not(.present) #toc-area { display: none; }
        body.folded main.theory { grid-template-columns: minmax(0, 1fr) minmax(14rem, 22rem);
          grid-template-areas: "diagram findings" "diagram findings"; }
        body.folded #toc-pane { display: none; }
        body.folded main.theory aside { max-height: none; border-top: 0; border-left: 1px solid #ddd; }
        body.present main.theory { grid-template-columns: 1fr; grid-template-areas: "diagram" "diagram"; }
        body[data-page="theory"] header { flex-wrap: wrap; row-gap: .3rem; }
        @media (max-width: 900px) {
          main.theory { grid-template-columns: minmax(0, 1fr); grid-template-rows: 38vh minmax(40vh, 1fr) auto;
            grid-template-areas: "pane" "diagram" "findings"; overflow: auto; }
          body.folded main.theory { grid-template-columns: minmax(0, 1fr); grid-template-rows: minmax(60vh, 1fr) auto;
            grid-template-areas: "diagram" "findings"; }
          #toc-pane, main.theory aside { border-right: 0; }
          header h1 { flex-basis: 100%; order: -1; }
        }
        #toc-new { margin-top: 2rem; display: flex; flex-wrap: wrap; gap: .8rem; align-items: end; max-width: 48rem; }
        #toc-new h2 { flex-basis: 100%; font-size: 1.1rem; margin: 0; }
        #toc-new label { display: flex; flex-direction: column; gap: .2rem; }
        #toc-new input, #toc-new select { font: inherit; padding: .3rem; }
        #toc-new-problem { flex-basis: 100%; color: var(--problem); margin: 0; }
        #toc-misnamed { margin-top: 1.5rem; background: #fff8e6; padding: .5rem 1rem; border-radius: 4px; }
        """

    /// The pane's script (the completion menu is `CompletionAssets`).
    static let script = EditorScript.core + EditorScript.saving
}
