import TocMonitor
import TocSyntax

/// Which way the diagram reads.
public enum Direction: String, CaseIterable, Sendable {
    /// Left to right: activities in the first column, goals in the last.
    case right
    /// Top to bottom, for portrait pages.
    case down
}

/// The file formats `toc render` writes.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// Scalable vector graphics, for the web and reports.
    case svg
    /// A bitmap, at `dpi`.
    case png
    /// For print and LaTeX.
    case pdf
    /// The Graphviz description itself, before layout.
    case dot
    /// A PowerPoint presentation: the whole theory, then one slide per
    /// area, every box a shape and every arrow a connector.
    case pptx
    /// A diagrams.net (draw.io) file: boxes at Graphviz's positions, areas
    /// as containers, edges that follow their boxes.
    case drawio
    /// A Mermaid flowchart, for wikis and READMEs.
    case mermaid

    /// The file extension.
    public var fileExtension: String { self == .mermaid ? "mmd" : rawValue }

    /// The format a file extension names (`svg`, `pptx`, `mmd`, ...).
    public init?(fileExtension: String) {
        let ext = fileExtension.lowercased()
        guard let format = OutputFormat.allCases.first(where: { $0.fileExtension == ext }) ?? OutputFormat(rawValue: ext)
        else { return nil }
        self = format
    }

    /// Whether the output is a drawing Graphviz renders itself.
    var isGraphvizOutput: Bool { [.svg, .png, .pdf].contains(self) }
}

/// How to draw a theory.
public struct RenderOptions: Sendable, Equatable {
    /// Which way the diagram reads.
    public var direction: Direction = .right
    /// When true, findings are not marked.
    public var clean = false
    /// Draw only this area's nodes and what they lead to.
    public var area: String?
    /// The language of the legend and markers; by default the theory's.
    public var language: Language?
    /// The status of each indicator, when measurements are given: shown on
    /// its node (symbol, colour, latest value) and explained in the legend.
    public var status: [IndicatorStatus]?
    /// Draw even a diagram whose layout is estimated to be slow, with
    /// Graphviz's effort limited (see `LayoutBudget`).
    public var force = false
    /// Draw many-to-many blocks (several boxes that all lead to the same
    /// several boxes) through one junction (`Bundle`); false draws every edge.
    public var bundle = true

    /// For a projector: no title or legend, larger text, only each box's
    /// words (and its problem marker); with `area`, boxes of other areas that
    /// the area leads to are small stubs named by their area.
    public var presentation = false

    /// Options with the defaults.
    public init() {}
}
