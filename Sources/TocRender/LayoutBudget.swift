import TocModel
import TocSyntax

/// How much work Graphviz's `dot` layout will be, estimated before it runs.
///
/// `dot` orders the nodes of every rank to reduce crossings; its time grows
/// faster than linearly with the number of edges times the number of ranks.
/// Measured (docs/performance.md, scripts/bench-layout.sh): a theory of
/// 2,000 nodes in four columns (work 7,200) takes 0.18 s; a random network
/// of 300 outcomes (work 20,171) 0.39 s; of 1,000 (work 92,504) 13.9 s; of
/// 3,000 (work 386,097) five and a half minutes. The estimate is edges ×
/// (depth + 1), where depth is the longest path of edges; past 40,000 a
/// layout needs `--force`, and then runs with limited effort (1.6 s and 36 s
/// for the last two).
public struct LayoutBudget: Equatable, Sendable {
    /// Nodes drawn.
    public let nodes: Int
    /// Edges drawn.
    public let edges: Int
    /// The longest path, in edges (cycles are cut).
    public let depth: Int

    /// The estimated work: edges × (depth + 1).
    public var work: Int { max(edges, 1) * (depth + 1) }

    /// Work beyond which a layout may take more than a few seconds.
    public static let workLimit = 40_000
    /// Nodes beyond which a layout is refused without `--force` whatever its shape.
    public static let nodeLimit = 5_000

    /// Whether the layout needs `--force` (and then runs with limited effort).
    public var isTooLarge: Bool { work > Self.workLimit || nodes > Self.nodeLimit }

    /// Nodes beyond which not even `--force` lays out: measured on the CI
    /// machine (docs/performance.md), a 10,000-node theory takes 12 s with
    /// limited effort, 20,000 nodes 74 s, 50,000 ran past 100 s and
    /// 200,000 crashed inside libgvc.
    public static let forcedNodeLimit = 10_000
    /// Work beyond which not even `--force` lays out: a network of 3,000
    /// outcomes (work 386,097) takes 36 s with limited effort.
    public static let forcedWorkLimit = 400_000

    /// Whether the layout is refused even with `--force`.
    public var isBeyondForce: Bool { nodes > Self.forcedNodeLimit || work > Self.forcedWorkLimit }

    /// The estimate for the nodes of `theory` marked in `visible`.
    public init(_ theory: Theory, visible: [Bool]? = nil) {
        let graph = Graph(theory, visible: visible)
        nodes = visible.map { $0.filter { $0 }.count } ?? theory.nodes.count
        edges = graph.edgeCount
        depth = graph.longestPath(from: visible)
    }

    /// Graphviz attributes that bound the layout's effort: fewer crossing-
    /// reduction passes and network-simplex iterations (a plainer layout that
    /// cannot run for minutes).
    static let limits = "mclimit=0.05, nslimit=2, nslimit1=2, searchsize=10, remincross=false, "

    /// The diagnostic for a layout refused even with `--force`.
    func forcedRefusal(_ theory: Theory) -> Diagnostic {
        refused(theory, LocalizedText(
            "the diagram is too large to draw even with --force (\(nodes) nodes, \(edges) edges, \(depth) steps deep; "
                + "Graphviz lays out at most \(Self.forcedNodeLimit) nodes in about a minute); draw one area with --area ID",
            da: "diagrammet er for stort til at blive tegnet, selv med --force (\(nodes) noder, \(edges) pile, \(depth) trin dybt; "
                + "Graphviz tegner højst \(Self.forcedNodeLimit) noder på omkring et minut); tegn ét område med --area ID"))
    }

    /// The diagnostic for a layout refused without `--force`.
    func refusal(_ theory: Theory) -> Diagnostic {
        refused(theory, LocalizedText(
            "the diagram is too large to lay out quickly (\(nodes) nodes, \(edges) edges, \(depth) steps deep); "
                + "draw one area with --area ID",
            da: "diagrammet er for stort til at blive tegnet hurtigt (\(nodes) noder, \(edges) pile, \(depth) trin dybt); "
                + "tegn ét område med --area ID"),
                then: LocalizedText(", or add --force to draw it with less layout effort",
                                    da: ", eller tilføj --force for at tegne det med mindre indsats på layoutet"))
    }

    /// A refusal at the file's start: `text`, the theory's first areas, then `then`.
    private func refused(_ theory: Theory, _ text: LocalizedText, then: LocalizedText? = nil) -> Diagnostic {
        let areas = theory.areas.prefix(6).map(\.id).joined(separator: ", ")
        var said = text
        if !areas.isEmpty { said = said + LocalizedText(" (areas: \(areas))", da: " (områder: \(areas))") }
        if let then { said = said + then }
        return Diagnostic(rule: .renderError, severity: .error, text: said, file: theory.path,
                          location: SourceLocation(line: 1, column: 1))
    }
}
