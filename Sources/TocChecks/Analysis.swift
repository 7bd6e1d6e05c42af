import TocModel
import TocSyntax

/// A theory with the graph facts that several rules need, computed once.
public struct Analysis: Sendable {
    /// The theory being checked.
    public let theory: Theory
    /// For each node, the indices of its outgoing edges.
    public let outgoing: [[Int]]
    /// For each node, the nodes its edges lead to (one entry per edge).
    public let successors: [[Int]]
    /// For each node, whether some path of edges leads from it to a goal.
    public let reachesGoal: [Bool]
    /// For each node, whether some activity has a path of edges to it.
    public let reachedFromActivity: [Bool]
    /// Node indices by level, in declaration order.
    private let byKind: [[Int]]

    /// The indices of the nodes of one level, in declaration order.
    public func indices(of kind: NodeKind) -> [Int] { byKind[kind.rawValue] }

    /// Analyses a theory.
    public init(_ theory: Theory) {
        self.theory = theory
        let outgoing = theory.outgoing
        self.outgoing = outgoing
        var incoming = [[Int]](repeating: [], count: theory.nodes.count)
        var successors = [[Int]](repeating: [], count: theory.nodes.count)
        for edge in theory.edges {
            incoming[edge.to].append(edge.from)
            successors[edge.from].append(edge.to)
        }
        var byKind = [[Int]](repeating: [], count: NodeKind.allCases.count)
        for index in theory.nodes.indices { byKind[theory.nodes[index].kind.rawValue].append(index) }
        self.byKind = byKind
        self.reachesGoal = Analysis.reach(from: byKind[NodeKind.goal.rawValue], along: incoming)
        self.reachedFromActivity = Analysis.reach(from: byKind[NodeKind.activity.rawValue], along: successors)
        self.successors = successors
    }

    /// Marks every node reachable from `starts` along `adjacency`, the starts included.
    static func reach(from starts: [Int], along adjacency: [[Int]]) -> [Bool] {
        var seen = [Bool](repeating: false, count: adjacency.count)
        var stack = starts
        for start in starts { seen[start] = true }
        while let node = stack.popLast() {
            for next in adjacency[node] where !seen[next] {
                seen[next] = true
                stack.append(next)
            }
        }
        return seen
    }
}
