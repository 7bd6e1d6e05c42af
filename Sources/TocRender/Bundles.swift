import TocModel

/// Many-to-many drawn as bundles (issue #24): where several boxes all lead
/// to the same several boxes, the lines meet in one junction (sources →
/// junction → targets), so 2 outputs leading to 10 outcomes draw 12 lines,
/// not 20, and a reader still follows every source to every target
/// (confluent drawing; Eppstein, Goodrich and Meng, GD 2004).
///
/// A bundle is a complete block: every source leads to every target. The
/// author's own chain steps (`a, b -> x, y`) come first, then sources with
/// exactly the same targets however the edges were written. Only plain
/// edges join one: an edge with words (an assumption, a problem mark), one
/// that runs backwards or lies on a loop keeps its own line, so what is
/// said about it stays on it.
struct Bundle: Equatable {
    /// Node indices, in file order.
    var sources: [Int]
    var targets: [Int]
    /// The theory's edges it draws.
    var edges: [Int]
}

extension DotBuilder {
    /// The bundles of the drawn edges; none with `--no-bundle`.
    func bundles(visible: [Bool]) -> [Bundle] {
        guard options.bundle else { return [] }
        var plain: [Int] = []
        for (index, edge) in theory.edges.enumerated() where visible[edge.from] && visible[edge.to] {
            guard edge.from != edge.to, edge.assumptions.isEmpty, (edgeProblems[edge.location] ?? []).isEmpty, !turned(edge)
            else { continue }
            plain.append(index)
        }
        var found: [Bundle] = []
        var used = Set<Int>()
        // The author's chain steps of several sources and several targets.
        let steps = Dictionary(grouping: plain.filter { theory.edges[$0].step != nil }) { theory.edges[$0].step! }
        for step in steps.keys.sorted() {
            let edges = steps[step]!
            if let bundle = Self.complete(edges, in: theory) {
                found.append(bundle)
                used.formUnion(edges)
            }
        }
        // Sources that lead to exactly the same targets.
        var targetsOf: [Int: Set<Int>] = [:], edgesOf: [Int: [Int]] = [:]
        for index in plain where !used.contains(index) {
            let edge = theory.edges[index]
            targetsOf[edge.from, default: []].insert(edge.to)
            edgesOf[edge.from, default: []].append(index)
        }
        let groups = Dictionary(grouping: targetsOf.keys.filter { targetsOf[$0]!.count > 1 }) { targetsOf[$0]!.sorted() }
        for (targets, sources) in groups where sources.count > 1 {
            let ordered = sources.sorted()
            found.append(Bundle(sources: ordered, targets: targets, edges: ordered.flatMap { edgesOf[$0]! }.sorted()))
        }
        return found.sorted { $0.edges[0] < $1.edges[0] }
    }

    /// The block the edges make, if every source leads to every target and
    /// there are at least two of each.
    static func complete(_ edges: [Int], in theory: Theory) -> Bundle? {
        let sources = Set(edges.map { theory.edges[$0].from }).sorted()
        let targets = Set(edges.map { theory.edges[$0].to }).sorted()
        guard sources.count > 1, targets.count > 1, Set(sources).isDisjoint(with: targets) else { return nil }
        let pairs = Set(edges.map { theory.edges[$0].from * theory.nodes.count + theory.edges[$0].to })
        guard pairs.count == sources.count * targets.count else { return nil }
        return Bundle(sources: sources, targets: targets, edges: edges.sorted())
    }
}
