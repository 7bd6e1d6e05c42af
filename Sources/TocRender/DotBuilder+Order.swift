import TocModel

/// The author's order (issue #15): the activities of the first column in
/// file order within each area and outside any area, and the areas in file
/// order down the page (across it, drawn top down).
///
/// Graphviz 2.43 has no ordering that holds across its passes, so the order
/// is asked for in the ways its crossing reduction respects:
///
/// - An invisible edge between two nodes of one rank inside one cluster is a
///   hard constraint on their order, as long as the final crossing pass over
///   the whole graph is off (`remincross=false` in the graph's attributes;
///   that pass does not see constraints inside clusters). Each area's
///   first-column activities are chained so, and those outside any area
///   inside an invisible cluster of their own (at the top level the
///   constraint is not kept). Graphviz draws a left-to-right graph bottom
///   up, so there the chain runs from the last activity to the first.
/// - Areas can only be placed, never pinned: Graphviz swaps whole clusters
///   when that crosses fewer edges. First they are written in the order that
///   Graphviz lays out as file order. When the layout shows them otherwise
///   (`Graphviz.render` reads the positions of `authorsOrder`), the text is
///   built a second way, `anchoredAreas`: areas written in file order and an
///   invisible anchor per area in the first column, chained in file order
///   and tied to the area's first node after the activities. The second
///   layout is drawn if it keeps the order. Where edges between areas make
///   another order cross fewer lines, both may lose it; then the first
///   layout's areas are restacked in file order (`AreaBands`) and Graphviz
///   draws the edges anew. docs/rendering.md measures what the order costs.
///
/// The constraint edges carry no labels: labelled edges within one rank
/// corrupt Graphviz 2.43's memory (Tests/Regressions), unlabelled ones do not.
extension DotBuilder {
    /// The ids of the first column's activities, in file order, grouped by
    /// area (`nil` for those outside any area).
    func firstColumnByArea(_ firstColumn: [Int]) -> [(area: String?, nodes: [Int])] {
        var groups: [(area: String?, nodes: [Int])] = []
        var position: [String?: Int] = [:]
        for index in firstColumn {
            let area = theory.nodes[index].area.flatMap { id in theory.areas.contains { $0.id == id } ? id : nil }
            if let at = position[area] {
                groups[at].nodes.append(index)
            } else {
                position[area] = groups.count
                groups.append((area, [index]))
            }
        }
        return groups
    }

    /// Writes the invisible edges that keep the first column in file order,
    /// and the anchors that start the areas in file order.
    mutating func writeAuthorsOrder(firstColumn: [Int], visible: [Bool], drawnAreas: [String]) {
        let bottomUp = options.direction == .right
        let groups = firstColumnByArea(firstColumn)
        for group in groups where group.nodes.count > 1 {
            let chain = bottomUp ? group.nodes.reversed() : group.nodes
            let ids = chain.map { quote(theory.nodes[$0].id) }.joined(separator: " -> ")
            // Outside any area the order only holds inside a cluster too: an
            // invisible one, which also keeps these activities together.
            let cluster = group.area.map { quote("cluster_" + $0) } ?? quote("cluster_toc:free")
            out += "  subgraph \(cluster) {\n"
            if group.area == nil { out += "    graph [style=invis, label=\"\", margin=0];\n" }
            out += "    \(ids) [style=invis];\n  }\n"
        }
        authorsOrder = drawnAreas.flatMap { area in
            groups.first { $0.area == area }.map { $0.nodes.map { theory.nodes[$0].id } } ?? []
        }
        writeAreaAnchors(visible: visible, drawnAreas: drawnAreas)
    }

    /// With `anchoredAreas`: one invisible point per area in the first
    /// column, in file order, each with an edge to the area's first node
    /// beyond the activities.
    private mutating func writeAreaAnchors(visible: [Bool], drawnAreas: [String]) {
        guard drawnAreas.count > 1, anchoredAreas else { return }
        var anchors: [String] = []
        for area in drawnAreas {
            guard let target = theory.nodes.indices.first(where: {
                visible[$0] && theory.nodes[$0].area == area && theory.nodes[$0].kind != .activity
            }) else { continue }
            let anchor = quote("toc:order:\(anchors.count)")
            out += "  \(anchor) [shape=point, style=invis, width=0, height=0, label=\"\"];\n"
            out += "  \(anchor) -> \(quote(theory.nodes[target].id)) [style=invis, weight=0];\n"
            anchors.append(anchor)
        }
        guard !anchors.isEmpty else { return }
        out += "  { rank=min; " + anchors.map { "\($0); " }.joined() + "}\n"
        if anchors.count > 1 {
            out += "  " + anchors.joined(separator: " -> ") + " [style=invis];\n"
        }
    }
}
