import Foundation
import TocPipeline
import TocSyntax

extension PreviewStore {
    /// A draft as the page's editor has it: checked and drawn like a save,
    /// nothing written or kept.
    public struct Draft: Sendable {
        /// Whether the draft parses.
        public var parses = false
        /// Its diagram, when it parses and could be drawn.
        public var svg: [UInt8]?
        /// Its findings, in the order a saved file's are given.
        public var diagnostics: [Diagnostic] = []
        /// Its areas that have nodes: id and title, in file order.
        public var areas: [AreaName] = []
        /// Not drawn: a newer draft of the same file came while it waited,
        /// or its request was given up.
        public var superseded = false
    }

    /// Checks and draws a draft of `file` (shown as `name`); without a
    /// draft, the file as it is on disk (a presentation of one area). A
    /// draft still waiting to be drawn is replaced by a newer one of the
    /// same file and drawing (`superseded`). Runs off the store's actor.
    public nonisolated func preview(
        file: URL, shownAs name: String, text: [UInt8]?, options: RenderOptions
    ) async -> Draft {
        let checked = await Self.check(url: file, name: name, root: paths.root, pipeline: Pipeline(), text: text)
        var state = TheoryState(path: name)
        Self.apply(checked, to: &state)
        guard let checked, let theory = checked.checked.theory else {
            return Draft(parses: false, diagnostics: state.diagnostics)
        }
        let kind = text == nil ? "file" : "draft"
        let key = "\(kind):\(Self.exact(name)):\(options.presentation):\(options.clean):\(options.area ?? "")"
        switch await drawings.draw(
            theory, findings: checked.checked.diagnostics, format: .svg, options: checked.diagram.applied(to: options),
            owner: Self.exact(name), coalescing: key) {
        case .superseded:
            return Draft(parses: true, diagnostics: state.diagnostics, areas: state.areas, superseded: true)
        case .drawn(let diagram):
            Self.apply(diagram, to: &state, checked: checked.checked)
            return Draft(parses: true, svg: state.svg, diagnostics: state.diagnostics, areas: state.areas)
        }
    }
}
