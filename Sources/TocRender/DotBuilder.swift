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
    /// The DOT names of the first column's activities that lie in areas, in
    /// the order the author wrote the areas and the activities: the order
    /// the drawing should show them in, down the page (left to right) or
    /// across it (top down).
    public var authorsOrder: [String] = []
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
    /// Whether edge labels are drawn as nodes of their own; see `turned`.
    var labelsAsNodes = false
    /// How many edge labels have been drawn as nodes (their DOT names).
    var labelNodes = 0
    /// Whether areas are written in file order with anchors in the first
    /// column (`DotBuilder+Order.swift`), the second way of asking for the
    /// author's order of areas.
    var anchoredAreas = false
    /// Whether edge labels are written as `xlabel`s: for a layout whose
    /// boxes are pinned (`AreaBands`), where Graphviz would set a label
    /// across its edge but sets an xlabel beside it.
    var labelsBeside = false
    var authorsOrder: [String] = []
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

    /// Builds the description from a plan the caller already made; with
    /// `anchoredAreas`, areas are asked for in file order the second way;
    /// with `labelsBeside`, edge labels are xlabels.
    static func build(
        _ theory: Theory, findings: [Diagnostic], options: RenderOptions, plan: DrawPlan, anchoredAreas: Bool = false,
        labelsBeside: Bool = false
    ) -> DotDocument {
        var builder = DotBuilder(theory: theory, options: options, findings: findings)
        builder.anchoredAreas = anchoredAreas
        builder.labelsBeside = labelsBeside
        builder.write(plan)
        return DotDocument(
            text: builder.out, warnings: builder.warnings, sourceLocations: builder.sourceLocations,
            authorsOrder: builder.authorsOrder)
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
        let rankdir = options.direction == .right ? "LR" : "TB"
        out += "digraph \"forandringsteori\" {\n"
        out += "  graph [charset=\"UTF-8\", rankdir=\(rankdir), newrank=true, remincross=false, fontname=\"\(Theme.font)\", "
        out += options.presentation
            ? "fontsize=13, nodesep=0.18, ranksep=0.32, pad=0.1, labelloc=t, labeljust=l,\n"
            : "fontsize=11, nodesep=0.25, ranksep=0.55, pad=0.25, labelloc=t, labeljust=l,\n"
        if plan.budget.isTooLarge { out += "    " + LayoutBudget.limits + "\n" }
        out += options.presentation ? "    label=\"\"];\n" : "    label=<\(legend(visible: visible))>];\n"
        out += "  node [fontname=\"\(Theme.font)\", fontsize=\(options.presentation ? 15 : 11), margin=\"0.14,0.07\", penwidth=1.2];\n"
        out += "  edge [fontname=\"\(Theme.font)\", fontsize=9, color=\"\(Theme.edge)\", arrowsize=0.7];\n"
        var drawnInArea = Set<Int>(), drawnAreas: [String] = []
        // Graphviz stacks left-to-right clusters bottom up: written in reverse,
        // they show top down in file order unless its crossing reduction
        // swaps them; anchored, they are written in file order.
        let reversed = options.direction == .right && !anchoredAreas
        for area in reversed ? theory.areas.reversed() : theory.areas {
            let members = theory.nodes.indices.filter { visible[$0] && theory.nodes[$0].area == area.id }
            guard !members.isEmpty else { continue }
            out += "  subgraph \"cluster_\(area.id)\" {\n"
            out += "    graph [label=<\(areaLabel(area))>, "
            out += "style=\"rounded,dashed\", color=\"\(Theme.areaBorder)\", fontsize=12, margin=12];\n"
            for index in members { writeNode(index, indent: "    ") }
            out += "  }\n"
            drawnInArea.formUnion(members)
            drawnAreas.append(area.id)
        }
        if reversed { drawnAreas.reverse() }
        for index in theory.nodes.indices where visible[index] && !drawnInArea.contains(index) {
            writeNode(index, indent: "  ")
        }
        writePendingNodes(visible: visible)
        let firstColumn = writeRanks(visible: visible)
        writeAuthorsOrder(firstColumn: firstColumn, visible: visible, drawnAreas: drawnAreas)
        writeHorizonColumns(visible: visible)
        labelsAsNodes = theory.edges.contains { visible[$0.from] && visible[$0.to] && turned($0) }
        for edge in theory.edges where visible[edge.from] && visible[edge.to] { writeEdge(edge) }
        writePendingEdges(visible: visible)
        out += "}\n"
    }

    /// Activities in the first column, goals in the last. An activity that
    /// another activity leads to, and a goal that leads to another goal, stay
    /// out of those columns: an edge within one rank ("flat" in Graphviz) is
    /// where Graphviz 2.43 corrupts its heap (Tests/Regressions). Returns the
    /// first column's activities, in file order.
    mutating func writeRanks(visible: [Bool]) -> [Int] {
        var pointedAtByActivity = Set<Int>(), pointingAtGoal = Set<Int>()
        for edge in theory.edges where visible[edge.from] && visible[edge.to] && edge.from != edge.to {
            let from = theory.nodes[edge.from].kind, to = theory.nodes[edge.to].kind
            if from == .activity, to == .activity { pointedAtByActivity.insert(edge.to) }
            if from == .goal, to == .goal { pointingAtGoal.insert(edge.from) }
        }
        var firstColumn: [Int] = []
        for (kind, rank) in [(NodeKind.activity, "min"), (.goal, "max")] {
            let excluded = kind == .activity ? pointedAtByActivity : pointingAtGoal
            let ids = theory.nodes.indices.filter { visible[$0] && theory.nodes[$0].kind == kind && !excluded.contains($0) }
            if kind == .activity { firstColumn = ids }
            guard !ids.isEmpty else { continue }
            out += "  { rank=\(rank); " + ids.map { "\(quote(theory.nodes[$0].id)); " }.joined() + "}\n"
        }
        return firstColumn
    }

    mutating func writeNode(_ index: Int, indent: String) {
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
        sourceLocations[currentLine()] = node.location
        out += "\(indent)\(quote(node.id)) [\(attributes), label=<\(nodeLabel(node, problems: problems))>];\n"
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
