import TocModel

extension DotBuilder {
    mutating func writeEdge(_ edge: Edge) {
        let problems = edgeProblems[edge.location] ?? []
        var attributes: [String] = []
        if !problems.isEmpty {
            attributes += ["color=\"\(Theme.problem)\"", "penwidth=2.5", "style=dashed", "fontcolor=\"\(Theme.problemText)\""]
        }
        var lines = problems.map { "<B>⚠ \(text(words.marker(for: $0)))</B>" }
        for assumption in edge.assumptions {
            let wrapped = LabelText.wrap(clipped(assumption, at: edge.location), width: Theme.detailWidth)
            lines.append("<I>\(wrapped.map(text).joined(separator: "<BR/>"))</I>")
        }
        let from = quote(theory.nodes[edge.from].id), to = quote(theory.nodes[edge.to].id)
        if !lines.isEmpty, labelsAsNodes {
            writeLabelNode(
                of: edge, label: lines.joined(separator: "<BR/>"), marked: !problems.isEmpty, attributes: attributes, from: from, to: to)
            return
        }
        if !lines.isEmpty { attributes.append("\(labelsBeside ? "xlabel" : "label")=<\(lines.joined(separator: "<BR/>"))>") }
        let suffix = attributes.isEmpty ? "" : " [\(attributes.joined(separator: ", "))]"
        sourceLocations[currentLine()] = edge.location
        out += "  \(from) -> \(to)\(suffix);\n"
    }

    /// An edge whose label is a small node of its own on the way: `from` to
    /// the label without an arrowhead, the label to `to` with one. Graphviz
    /// lays the label out like any node, so it never overlaps another one,
    /// and no edge carries a label (see `turned`). The label sits in the
    /// area of its edge's ends when they share one; its DOT name has a space,
    /// which no theory id can have.
    mutating func writeLabelNode(of edge: Edge, label: String, marked: Bool, attributes: [String], from: String, to: String) {
        labelNodes += 1
        let name = quote("edge \(labelNodes)")
        var look = "shape=plaintext, margin=\"0.04,0.02\", width=0, height=0, fontsize=9"
        if marked { look += ", fontcolor=\"\(Theme.problemText)\"" }
        let node = "\(name) [\(look), label=<\(label)>];"
        let area = theory.nodes[edge.from].area
        sourceLocations[currentLine()] = edge.location
        if let area, area == theory.nodes[edge.to].area, theory.areas.contains(where: { $0.id == area }) {
            // Naming the area's cluster again adds the label to it.
            out += "  subgraph \"cluster_\(area)\" { \(node) }\n"
        } else {
            out += "  \(node)\n"
        }
        sourceLocations[currentLine()] = edge.location
        out += "  \(from) -> \(name) [\((["arrowhead=none"] + attributes).joined(separator: ", "))];\n"
        sourceLocations[currentLine()] = edge.location
        let suffix = attributes.isEmpty ? "" : " [\(attributes.joined(separator: ", "))]"
        out += "  \(name) -> \(to)\(suffix);\n"
    }

    /// Whether Graphviz has to turn an edge around or lay it within one rank:
    /// to itself, backwards, or on a loop. Graphviz 2.43 corrupts its heap
    /// when it lays out edge labels in a graph with such an edge (found by
    /// the property tests; Tests/Regressions), so in such a graph no edge has
    /// a label: each label is a node on its edge's way instead.
    func turned(_ edge: Edge) -> Bool {
        let from = theory.nodes[edge.from].kind, to = theory.nodes[edge.to].kind
        return edge.from == edge.to || to < from || (loops[edge.from] != nil && loops[edge.from] == loops[edge.to])
    }
}
