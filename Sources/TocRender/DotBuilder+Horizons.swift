import TocModel
import TocSyntax

/// Outcomes in columns by horizon (`sigt:`): short-term before medium
/// before long. Each horizon's outcomes share a column, in that order, even
/// where no edge of the theory joins them (`Columns`). Only where it makes
/// sense: not when an edge joins two outcomes of one horizon or runs from a
/// longer horizon to a shorter one (`reverse-horizon`).
extension DotBuilder {
    /// The visible outcomes of each horizon, shortest first; empty when
    /// they cannot each have a column.
    func horizonColumns(visible: [Bool]) -> [[Int]] {
        var columns: [Horizon: [Int]] = [:]
        for index in theory.nodes.indices where visible[index] && theory.nodes[index].kind == .outcome {
            if let horizon = theory.nodes[index].horizon { columns[horizon, default: []].append(index) }
        }
        guard columns.count > 1 || columns.values.contains(where: { $0.count > 1 }) else { return [] }
        for edge in theory.edges where visible[edge.from] && visible[edge.to] {
            guard let from = theory.nodes[edge.from].horizon, let to = theory.nodes[edge.to].horizon else { continue }
            if to < from { return [] }
            if to == from, theory.nodes[edge.from].kind == .outcome, theory.nodes[edge.to].kind == .outcome { return [] }
        }
        return Horizon.allCases.compactMap { columns[$0] }
    }
}
