import TocSyntax

/// What a theory says, without where it says it: two files with the same
/// meaning differ only in layout, comments and keyword language. `toc fmt`
/// checks that formatting keeps it.
public struct TheoryMeaning: Equatable, Sendable {
    struct NodeMeaning: Equatable {
        let kind: NodeKind, id: String, label: String, area: String?, owner: String?
        let indicators: [[String?]], assumptions: [String], context: PlanContext, horizon: Horizon?
    }

    struct EdgeMeaning: Equatable {
        let from: String, to: String, assumptions: [String], fromChain: Bool
    }

    let title: String?
    let period: ClosedRange<Int>?
    let context: PlanContext
    let areas: [[String?]]
    var nodes: [NodeMeaning]
    var edges: [EdgeMeaning]
    var unresolved: [String]
    var duplicates: [String]

    /// The meaning of `theory`.
    public init(_ theory: Theory) {
        title = theory.title
        period = theory.period
        context = theory.context
        areas = theory.areas.map { [$0.id, $0.label, $0.context.problem, $0.context.targetGroup, $0.context.inputs, $0.declaredStandard?.text] }
        nodes = theory.nodes.map { node in
            NodeMeaning(
                kind: node.kind, id: node.id, label: node.label, area: node.area, owner: node.owner,
                indicators: node.indicators.map { [$0.id, $0.label, $0.baseline?.text, $0.target?.text, $0.source] },
                assumptions: node.assumptions, context: node.context, horizon: node.horizon)
        }
        edges = theory.edges.map {
            EdgeMeaning(from: theory.nodes[$0.from].id, to: theory.nodes[$0.to].id, assumptions: $0.assumptions,
                        fromChain: $0.origin == .chain)
        }
        unresolved = theory.unresolved.map(\.name)
        duplicates = theory.duplicates.map(\.id)
    }

    /// The same meaning with the order of nodes and edges left out (what a
    /// file whose declarations were reordered must still say).
    public var ignoringOrder: TheoryMeaning {
        var copy = self
        copy.nodes = nodes.sorted { $0.id < $1.id }
        copy.edges = edges.sorted { ($0.from, $0.to, $0.assumptions.joined(), $0.fromChain ? 1 : 0) < ($1.from, $1.to, $1.assumptions.joined(), $1.fromChain ? 1 : 0) }
        copy.unresolved = unresolved.sorted()
        copy.duplicates = duplicates.sorted()
        return copy
    }

    /// The meaning of source text that parses; nil when it does not.
    public init?(source: SourceFile) {
        let parsed = Parser.parse(source)
        guard !parsed.hasErrors else { return nil }
        self.init(Theory(parsed.file))
    }
}
