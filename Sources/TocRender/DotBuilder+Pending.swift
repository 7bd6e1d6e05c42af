import TocChecks
import TocModel
import TocSyntax

/// What a facilitator has typed but not finished: edges to ids nobody
/// declares yet, drawn to dashed boxes with the id and a "?", and second
/// declarations of an id, drawn as dashed boxes of their own, so that no
/// box disappears while the theory is being written. The findings stay
/// errors; this is only what the diagram shows meanwhile.
extension DotBuilder {
    /// The DOT name of an undeclared id's box (ids start with a letter, so
    /// no declared node has this name).
    func pendingName(_ id: String) -> String { quote("?" + id) }

    /// The pending edges drawn: with `--area`, those whose declared end is drawn.
    func pendingEdges(visible: [Bool]) -> [PendingEdge] {
        theory.pendingEdges.filter { edge in
            let ends = [edge.from, edge.to].compactMap { theory.nodeIndex[$0] }
            return options.area == nil ? true : ends.contains { visible[$0] }
        }
    }
}
