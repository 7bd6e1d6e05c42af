import TocChecks
import TocModel
import TocMonitor
import TocSyntax

/// A Graphviz description of a theory, and what drawing it had to say.
public struct DotDocument: Sendable {
    /// The DOT text; the same input always gives the same bytes.
    public var text: String
    /// Warnings, such as labels shortened to fit.
    public var warnings: [Diagnostic]
    /// For each DOT line that draws a node or an edge, where it is written in
    /// the theory; Graphviz's messages name DOT lines.
    public var sourceLocations: [Int: SourceLocation]
    /// What the finished drawing needs of the layout (`Pinning`).
    var drawing: Drawing?
}

/// What a diagram draws and how much layout work that is, worked out once
/// for both the size check and the DOT text.
struct DrawPlan {
    /// The nodes drawn.
    let visible: [Bool]
    /// The estimated layout work.
    let budget: LayoutBudget

    init(_ theory: Theory, options: RenderOptions) {
        visible = DotBuilder.visibleNodes(theory, options: options)
        budget = LayoutBudget(theory, visible: visible)
    }
}

/// One indicator of one node.
struct StatusKey: Hashable {
    let node: String
    let index: Int
}

/// Builds the DOT text for a theory. Pure Swift: no Graphviz call.
public struct DotBuilder {
    let theory: Theory
    let options: RenderOptions
    let words: Words
    /// Error-level findings by node id, and by edge location.
    let nodeProblems: [String: [FindingID]]
    let edgeProblems: [SourceLocation: [FindingID]]
    /// Indicator statuses by node and position, when measurements are given.
    let statusByIndicator: [StatusKey: IndicatorStatus]
    /// The loop (cycle) each node lies on, if any.
    let loops: [Int?]
    /// How many edge labels have been drawn as boxes (their DOT names).
    var labelNodes = 0
    var drawing: Drawing?
    var warnings: [Diagnostic] = []
    var sourceLocations: [Int: SourceLocation] = [:]
    var out = ""

    var countedLines = 1
    var countedEnd: String.Index?

    /// The 1-based number of the DOT line about to be written (counted on
    /// from the last time it was asked, so the whole text is read once).
    mutating func currentLine() -> Int {
        let utf8 = out.utf8
        for byte in utf8[(countedEnd ?? utf8.startIndex)...] where byte == 0x0A { countedLines += 1 }
        countedEnd = utf8.endIndex
        return countedLines
    }

    /// Builds the description of a theory, marking error-level `findings`
    /// unless `options.clean` is set.
    public static func build(_ theory: Theory, findings: [Diagnostic] = [], options: RenderOptions = .init()) -> DotDocument {
        build(theory, findings: findings, options: options, plan: DrawPlan(theory, options: options))
    }

    /// Builds the description from a plan the caller already made.
    static func build(_ theory: Theory, findings: [Diagnostic], options: RenderOptions, plan: DrawPlan) -> DotDocument {
        var builder = DotBuilder(theory: theory, options: options, findings: findings)
        builder.write(plan)
        return DotDocument(
            text: builder.out, warnings: builder.warnings, sourceLocations: builder.sourceLocations, drawing: builder.drawing)
    }

    init(theory: Theory, options: RenderOptions, findings: [Diagnostic]) {
        self.theory = theory
        self.options = options
        self.words = Words(language: options.language ?? theory.language)
        var nodeProblems: [String: [FindingID]] = [:]
        var edgeProblems: [SourceLocation: [FindingID]] = [:]
        let edgeLocations = Set(theory.edges.map(\.location))
        if !options.clean {
            // Findings in included files (`inkluder:`) are on this theory's nodes too.
            for finding in findings where finding.severity == .error
                && (finding.file == theory.path || finding.location.file == finding.file) {
                if edgeLocations.contains(finding.location) {
                    edgeProblems[finding.location, default: []].append(finding.rule)
                } else if let node = finding.node, theory.nodeIndex[node] != nil {
                    nodeProblems[node, default: []].append(finding.rule)
                }
            }
        }
        self.nodeProblems = nodeProblems
        self.edgeProblems = edgeProblems
        var statuses: [StatusKey: IndicatorStatus] = [:]
        for status in options.status ?? [] {
            statuses[StatusKey(node: status.row.nodeID, index: status.row.indicatorIndex)] = status
        }
        statusByIndicator = statuses
        loops = Graph(theory).loopNumbers()
    }

    /// The nodes drawn: all, or one area's nodes and everything they lead to.
    static func visibleNodes(_ theory: Theory, options: RenderOptions) -> [Bool] {
        guard let area = options.area else { return Array(repeating: true, count: theory.nodes.count) }
        return Graph(theory).reach(from: theory.nodes.indices.filter { theory.nodes[$0].area == area })
    }

    mutating func write(_ plan: DrawPlan) {
        let visible = plan.visible
        let scene = scene(visible: visible)
        // With labels or junctions between the columns, Graphviz's gap between
        // two columns is split in two, as it splits it for edge labels.
        let split = !scene.between.isEmpty
        let rankdir = options.direction == .right ? "LR" : "TB"
        out += "digraph \"forandringsteori\" {\n"
        out += "  graph [charset=\"UTF-8\", rankdir=\(rankdir), newrank=true, fontname=\"\(Theme.font)\", "
        out += options.presentation
            ? "fontsize=13, nodesep=0.18, ranksep=\(split ? 0.16 : 0.32), pad=0.1, labelloc=t, labeljust=l,\n"
            : "fontsize=11, nodesep=0.25, ranksep=\(split ? 0.28 : 0.55), pad=0.25, labelloc=t, labeljust=l,\n"
        if plan.budget.isTooLarge { out += "    " + LayoutBudget.limits + "\n" }
        out += options.presentation ? "    label=\"\"];\n" : "    label=<\(legend(visible: visible))>];\n"
        out += "  node [fontname=\"\(Theme.font)\", fontsize=\(options.presentation ? 15 : 11), margin=\"0.14,0.07\", penwidth=1.2];\n"
        out += "  edge [fontname=\"\(Theme.font)\", fontsize=9, color=\"\(Theme.edge)\", arrowsize=0.7];\n"
        let header = out
        var drawing = writeLayout(scene, ranks: Columns.ranks(scene))
        drawing.header = header
        self.drawing = drawing
        out += "}\n"
    }

    /// A node's DOT attributes: its level's shape and colours, its label,
    /// and a thick border in the problem colour when it has an error.
    mutating func nodeAttributes(_ index: Int) -> String {
        let node = theory.nodes[index]
        let style = LevelStyle.of(node.kind)
        let problems = nodeProblems[node.id] ?? []
        var attributes = "shape=\(style.shape), style=\"\(style.style)\", fillcolor=\"\(style.fill)\", "
        attributes += "color=\"\(problems.isEmpty ? style.border : Theme.problem)\""
        if style.peripheries > 1 { attributes += ", peripheries=\(style.peripheries)" }
        if options.presentation, let shown = options.area, let other = node.area, other != shown {
            attributes = "shape=box, style=\"dashed,rounded\", color=\"\(Theme.quiet)\", fontsize=12"
        }
        if !problems.isEmpty { attributes += ", penwidth=3" }
        return attributes + ", label=<\(nodeLabel(node, problems: problems))>"
    }

    func quote(_ id: String) -> String { "\"\(id)\"" }

    /// An area's title in bold, its problem, target group and resources under it.
    func areaLabel(_ area: Area) -> String {
        var rows = ["<B>\(text(area.label.isEmpty ? area.id : area.label))</B>"]
        for line in words.lines(area.context) {
            let wrapped = LabelText.wrap(LabelText.clip(line).0, width: Theme.contextWidth).map(text).joined(separator: "<BR ALIGN=\"LEFT\"/>")
            rows.append("<FONT POINT-SIZE=\"9\" COLOR=\"\(Theme.quiet)\">\(wrapped)</FONT>")
        }
        // Each line ends in a left-aligned break, the last too, or Graphviz centres it.
        return rows.count == 1 ? rows[0] : rows.joined(separator: "<BR ALIGN=\"LEFT\"/>") + "<BR ALIGN=\"LEFT\"/>"
    }

    func text(_ value: String) -> String { LabelText.escape(value) }

    /// Shortens over-long text, with a warning at `location`.
    mutating func clipped(_ value: String, at location: SourceLocation) -> String {
        let (shortened, wasClipped) = LabelText.clip(value)
        if wasClipped {
            warnings.append(Diagnostic(
                rule: .longLabel, severity: .warning,
                text: LocalizedText(
                    "text longer than \(LabelText.maximumLength) characters is shortened in the diagram",
                    da: "tekst på mere end \(LabelText.maximumLength) tegn er forkortet i diagrammet"),
                file: location.file ?? theory.path, location: location))
        }
        return shortened
    }
}
