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

    /// A declared node's DOT name, or the undeclared box's.
    func endName(_ id: String) -> String {
        theory.nodeIndex[id] != nil ? quote(id) : pendingName(id)
    }

    /// The pending edges drawn: with `--area`, those whose declared end is drawn.
    func pendingEdges(visible: [Bool]) -> [PendingEdge] {
        theory.pendingEdges.filter { edge in
            let ends = [edge.from, edge.to].compactMap { theory.nodeIndex[$0] }
            return options.area == nil ? true : ends.contains { visible[$0] }
        }
    }

    /// Dashed boxes for undeclared ids and for second declarations.
    mutating func writePendingNodes(visible: [Bool]) {
        var drawn = Set<String>()
        for edge in pendingEdges(visible: visible) {
            for id in [edge.from, edge.to] where theory.nodeIndex[id] == nil && drawn.insert(id).inserted {
                let note = LocalizedText("not declared yet", da: "ikke erklæret endnu").text(words.language)
                out += "  \(pendingName(id)) [shape=box, style=\"dashed,rounded\", color=\"\(Theme.problem)\", "
                out += "label=<\(text(id)) ?<BR/><FONT POINT-SIZE=\"9\" COLOR=\"\(Theme.quiet)\">\(text(note))</FONT>>];\n"
            }
        }
        for (number, duplicate) in theory.duplicates.enumerated() where !duplicate.isArea {
            guard let first = theory.nodeIndex[duplicate.id], visible[first] || options.area == nil else { continue }
            let style = LevelStyle.of(duplicate.kind ?? theory.nodes[first].kind)
            let label = LabelText.wrap(clipped(duplicate.label.isEmpty ? duplicate.id : duplicate.label, at: duplicate.second),
                                       width: Theme.labelWidth).map(text).joined(separator: "<BR/>")
            let marker = text(words.marker(for: .duplicateID))
            out += "  \(quote("duplicate \(number + 1) " + duplicate.id)) [shape=\(style.shape), style=\"dashed,rounded\", "
            out += "color=\"\(Theme.problem)\", label=<\(label)<BR/><FONT POINT-SIZE=\"9\" COLOR=\"\(Theme.problemText)\"><B>⚠ \(marker)</B></FONT>>];\n"
        }
    }

    /// Dashed edges to and from undeclared ids.
    mutating func writePendingEdges(visible: [Bool]) {
        for edge in pendingEdges(visible: visible) {
            out += "  \(endName(edge.from)) -> \(endName(edge.to)) [style=dashed, color=\"\(Theme.problem)\"];\n"
        }
    }
}
