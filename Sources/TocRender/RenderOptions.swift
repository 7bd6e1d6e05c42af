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

    /// The file extension.
    public var fileExtension: String { rawValue }
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

    /// For a projector: no title or legend, larger text, only each box's
    /// words (and its problem marker); with `area`, boxes of other areas that
    /// the area leads to are small stubs named by their area.
    public var presentation = false

    /// Options with the defaults.
    public init() {}
}
