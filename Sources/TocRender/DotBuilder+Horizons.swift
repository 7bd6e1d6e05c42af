import TocModel
import TocSyntax

/// Outcomes in columns by horizon (`sigt:`): short-term before medium
/// before long. Each horizon's outcomes share a column, and an invisible
/// edge from one column to the next keeps them in order even where no
/// edge of the theory joins them. Only where it is safe: not when an edge
/// joins two outcomes of one horizon (that would be an edge within one
/// rank, where Graphviz 2.43 corrupts its heap if edges carry labels) or
/// runs from a longer horizon to a shorter one (`reverse-horizon`).
extension DotBuilder {
    mutating func writeHorizonColumns(visible: [Bool]) {
        var columns: [Horizon: [Int]] = [:]
        for index in theory.nodes.indices where visible[index] && theory.nodes[index].kind == .outcome {
            if let horizon = theory.nodes[index].horizon { columns[horizon, default: []].append(index) }
        }
        guard columns.count > 1 || columns.values.contains(where: { $0.count > 1 }) else { return }
        for edge in theory.edges where visible[edge.from] && visible[edge.to] {
            guard let from = theory.nodes[edge.from].horizon, let to = theory.nodes[edge.to].horizon else { continue }
            if to < from { return }
            if to == from, theory.nodes[edge.from].kind == .outcome, theory.nodes[edge.to].kind == .outcome { return }
        }
        let ordered = Horizon.allCases.compactMap { columns[$0] }
        for column in ordered where column.count > 1 {
            out += "  { rank=same; " + column.map { "\(quote(theory.nodes[$0].id)); " }.joined() + "}\n"
        }
        for (earlier, later) in zip(ordered, ordered.dropFirst()) {
            out += "  \(quote(theory.nodes[earlier[0]].id)) -> \(quote(theory.nodes[later[0]].id)) [style=invis];\n"
        }
    }
}
