import TocModel

extension DotBuilder {
    /// Whether an edge runs against the levels or lies on a loop (to
    /// itself, backwards, or around): it keeps a line of its own, outside
    /// any bundle.
    func turned(_ edge: Edge) -> Bool {
        let from = theory.nodes[edge.from].kind, to = theory.nodes[edge.to].kind
        return edge.from == edge.to || to < from || (loops[edge.from] != nil && loops[edge.from] == loops[edge.to])
    }
}
