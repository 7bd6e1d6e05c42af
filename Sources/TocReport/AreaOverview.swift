import TocModel
import TocSyntax

/// The small overview that opens a diagram drawn area by area (issue #18):
/// each area on the left, in file order, with a line to each goal its nodes
/// lead to, on the right.
enum AreaOverview {
    /// For each area with nodes (file order): its title and the goals its
    /// nodes have a path to (file order).
    static func links(_ theory: Theory) -> [(area: Area, goals: [Int])] {
        var next: [Int: [Int]] = [:]
        for edge in theory.edges { next[edge.from, default: []].append(edge.to) }
        return theory.areas.compactMap { area in
            let members = theory.nodes.indices.filter { theory.nodes[$0].area == area.id }
            guard !members.isEmpty else { return nil }
            var seen = Set(members), queue = members
            while let node = queue.popLast() {
                for target in next[node] ?? [] where seen.insert(target).inserted { queue.append(target) }
            }
            return (area, seen.filter { theory.nodes[$0].kind == .goal }.sorted())
        }
    }

    static func title(_ area: Area) -> String { area.label.isEmpty ? area.id : area.label }

    static func svg(_ theory: Theory, language: Language, id: String) -> String {
        let da = language == .da
        let links = links(theory)
        let goals = Array(Set(links.flatMap(\.goals))).sorted()
        let rowHeight = 54.0, top = 40.0, boxHeight = 44.0
        let rows = max(links.count, goals.count)
        let words = links.map { link in
            let reached = link.goals.map { theory.nodes[$0].label }
            return title(link.area) + " → " + (reached.isEmpty ? (da ? "intet mål" : "no goal") : reached.joined(separator: ", "))
        }
        var chart = SVGChart(
            width: 760, height: top + rowHeight * Double(rows) + 4,
            title: (da ? "Områderne og de mål, de fører til: " : "The areas and the goals they lead to: ") + (theory.title ?? theory.path),
            description: words.joined(separator: "; ") + ".", id: id)
        chart.text(da ? "Områder" : "Areas", x: 8, y: 20, bold: true)
        chart.text(da ? "Mål" : "Goals", x: 752, y: 20, anchor: "end", bold: true)
        let areaY = { (index: Int) in top + rowHeight * (Double(index) + Double(rows - links.count) / 2) }
        let goalY = { (index: Int) in top + rowHeight * (Double(index) + Double(rows - goals.count) / 2) }
        for (index, link) in links.enumerated() {
            for goal in link.goals {
                guard let row = goals.firstIndex(of: goal) else { continue }
                chart.line(308, areaY(index) + boxHeight / 2, 402, goalY(row) + boxHeight / 2, colour: "#4D4D4D", width: 1.2)
                chart.body += "<path d=\"M402 \(SVGChart.number(goalY(row) + boxHeight / 2)) l-8 -4 v8 z\" fill=\"#4D4D4D\"/>\n"
            }
        }
        for (index, link) in links.enumerated() {
            chart.body += "<rect x=\"8\" y=\"\(SVGChart.number(areaY(index)))\" width=\"300\" height=\"\(SVGChart.number(boxHeight))\""
                + " rx=\"4\" fill=\"#FFFFFF\" stroke=\"#8C8C8C\" stroke-dasharray=\"5 3\"/>\n"
            chart.lines(SVGChart.wrapped(title(link.area), width: 32, lines: 2), x: 16, centre: areaY(index) + boxHeight / 2, size: 13, bold: true)
        }
        for (index, goal) in goals.enumerated() {
            chart.body += "<rect x=\"404\" y=\"\(SVGChart.number(goalY(index)))\" width=\"348\" height=\"\(SVGChart.number(boxHeight))\""
                + " rx=\"12\" fill=\"#F3DCEA\" stroke=\"#A0527F\" stroke-width=\"1.5\"/>\n"
            chart.lines(SVGChart.wrapped(theory.nodes[goal].label, width: 44, lines: 2), x: 414, centre: goalY(index) + boxHeight / 2, size: 13)
        }
        return chart.document
    }
}
