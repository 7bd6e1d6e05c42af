import TocModel
import TocSyntax

/// A theory with the graph facts that several rules need, computed once.
public struct Analysis: Sendable {
    /// The theory being checked.
    public let theory: Theory
    /// Its edges as a graph.
    public let graph: Graph
    /// For each node, whether some path of edges leads from it to a goal.
    public let reachesGoal: [Bool]
    /// For each node, whether some activity has a path of edges to it.
    public let reachedFromActivity: [Bool]
    /// Node indices by level, in declaration order.
    private let byKind: [[Int]]

    /// For each node, the indices of its outgoing edges.
    public var outgoing: [[Int]] { graph.outgoing }
    /// For each node, the nodes its edges lead to (one entry per edge).
    public var successors: [[Int]] { graph.successors }

    /// The indices of the nodes of one level, in declaration order.
    public func indices(of kind: NodeKind) -> [Int] { byKind[kind.rawValue] }

    /// Analyses a theory.
    public init(_ theory: Theory) {
        self.theory = theory
        let graph = Graph(theory)
        self.graph = graph
        var byKind = [[Int]](repeating: [], count: NodeKind.allCases.count)
        for index in theory.nodes.indices { byKind[theory.nodes[index].kind.rawValue].append(index) }
        self.byKind = byKind
        reachesGoal = graph.reach(from: byKind[NodeKind.goal.rawValue], backwards: true)
        reachedFromActivity = graph.reach(from: byKind[NodeKind.activity.rawValue])
    }
}
