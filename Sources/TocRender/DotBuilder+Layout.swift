import Foundation
import TocModel
import TocSyntax

/// What the second, pinned drawing needs of the first layout (`Pinning`).
struct Drawing: Sendable {
    let scene: Scene
    let ranks: [Int]
    /// The band of every box (labels and junctions placed).
    let bands: [Int]
    /// The graph, node and edge defaults, as in the layout's DOT text.
    var header = ""
    /// Whether the areas stand side by side (drawn top down).
    let across: Bool
    /// For each line of the scene, the keys of the pieces it was laid out
    /// as, from its start to its end, and whether they run against it.
    let pieces: [[String]]
    let turned: [Bool]
    /// The space Graphviz keeps between two boxes of one column, in points.
    let gap: Double
}

/// The layout's DOT text (issue #24): every column a `rank=same` group
/// chained by invisible edges in the order it must show, so Graphviz's
/// crossing reduction has nothing to move; a line that spans columns runs
/// through an invisible point in each, placed where it crosses least
/// (between its ends' places); in every column an invisible separator
/// before each area's band, joined across the columns by heavy edges so the
/// bands are straight. No clusters: the areas' boxes are drawn afterwards
/// around their bands (`Pinning`). Each chain of constraints is complete,
/// because Graphviz 2.43 lets a free node jump over a chained one that has
/// no neighbour in the next column (`reorder` in `mincross.c`).
extension DotBuilder {
    private struct Item {
        var name: String
        var coordinate: Double
        var tie: Int
    }

    mutating func writeLayout(_ scene: Scene, ranks: [Int]) -> Drawing {
        let across = options.direction == .down
        let gap = options.presentation ? 13.0 : 18.0
        let titled = across && !scene.bands.isEmpty
        let shift = titled ? 1 : 0
        let rankCount = (ranks.max() ?? -1) + 1 + shift
        let rank = ranks.map { $0 + shift }
        var band = scene.boxes.map(\.band)
        var coordinate = [Double](repeating: 0, count: scene.boxes.count)
        var columns = [[Item]](repeating: [], count: rankCount)

        // The boxes of the theory: by band, then by level and file order.
        let placed = scene.boxes.indices.filter { !scene.boxes[$0].isBetween }
        let groups = Dictionary(grouping: placed) { rank[$0] * (scene.bands.count + 1) + band[$0] }
        for members in groups.values {
            let sorted = members.sorted { scene.boxes[$0].key.lexicographicallyPrecedes(scene.boxes[$1].key) }
            for (position, box) in sorted.enumerated() {
                coordinate[box] = Double(band[box]) + Double(position + 1) / Double(sorted.count + 1)
            }
        }
        // Labels and junctions: between their ends, in the band most of them share.
        for box in scene.boxes.indices where scene.boxes[box].isBetween {
            let ends = (scene.between[box]?.sources ?? []) + (scene.between[box]?.targets ?? [])
            let mean = ends.map { coordinate[$0] }.reduce(0, +) / Double(max(ends.count, 1))
            if band[box] < 0 {
                let counts = Dictionary(grouping: ends.map { band[$0] }) { $0 }.mapValues(\.count)
                let most = counts.values.max() ?? 0
                let targetBand = scene.between[box]?.targets.first.map { band[$0] } ?? 0
                band[box] = counts[targetBand] == most ? targetBand : counts.filter { $0.value == most }.keys.min() ?? targetBand
            }
            coordinate[box] = min(max(mean, Double(band[box]) + 0.001), Double(band[box]) + 0.999)
        }
        for box in scene.boxes.indices {
            columns[rank[box]].append(Item(name: scene.boxes[box].name, coordinate: coordinate[box], tie: box))
        }
        for item in scene.boxes {
            if let location = item.location { sourceLocations[currentLine()] = location }
            out += "  \(item.name) [\(item.attributes)];\n"
        }

        // Lines: one piece per column they cross.
        var pieces: [[String]] = [], turned: [Bool] = [], pieceLines: [(String, SourceLocation?)] = []
        for (index, link) in scene.links.enumerated() {
            let (a, b) = (rank[link.from], rank[link.to])
            let backwards = a > b
            var path = [scene.boxes[link.from].name]
            let step = backwards ? -1 : 1
            if abs(b - a) > 1 {
                for column in stride(from: a + step, to: b, by: step) {
                    let t = Double(column - a) / Double(b - a)
                    let value = coordinate[link.from] + (coordinate[link.to] - coordinate[link.from]) * t
                    let name = quote("toc:w:\(index):\(column)")
                    let clamped = min(max(value, 0.001), Double(scene.bands.count) + 0.999)
                    columns[column].append(Item(name: name, coordinate: clamped, tie: scene.boxes.count + index))
                    out += "  \(name) [shape=point, style=invis, width=0.01, height=0.01, label=\"\"];\n"
                    path.append(name)
                }
            }
            path.append(scene.boxes[link.to].name)
            if backwards { path.reverse() }
            var keys: [String] = []
            for (number, (tail, head)) in zip(path, path.dropLast().indices.map { path[$0 + 1] }).enumerated() {
                let key = "\(index).\(number)"
                let last = backwards ? number == 0 : number == path.count - 2
                var attributes = ["toc=\"\(key)\""]
                if backwards { attributes.append(last && link.arrow ? "dir=back" : "dir=none") }
                else if !(last && link.arrow) { attributes.append("arrowhead=none") }
                // As straight as Graphviz keeps its own long edges.
                let middle = tail.hasPrefix("\"toc:w:") && head.hasPrefix("\"toc:w:")
                if path.count > 2 { attributes.append("weight=\(middle ? 8 : 2)") }
                pieceLines.append(("  \(tail) -> \(head) [\(attributes.joined(separator: ", "))];\n", link.location))
                keys.append(key)
            }
            pieces.append(backwards ? keys.reversed() : keys)
            turned.append(backwards)
        }

        // Separators before each band, and the areas' titles on a row of
        // their own when the bands stand side by side.
        let hasSeparators = !scene.bands.isEmpty
        for column in 0..<rankCount where hasSeparators {
            for index in 0...scene.bands.count {
                let size = separatorSize(scene, index: index, gap: gap, across: across)
                let name = quote("toc:sep:\(index):\(column)")
                out += "  \(name) [shape=box, style=invis, fixedsize=true, label=\"\", "
                out += across ? "width=\(inches(size)), height=0.01];\n" : "width=0.01, height=\(inches(size))];\n"
                columns[column].append(Item(name: name, coordinate: Double(index), tie: -1))
            }
        }
        if titled {
            for (index, area) in scene.bands.enumerated() {
                let name = quote("toc:title:\(index)")
                out += "  \(name) [shape=box, style=invis, fixedsize=true, label=\"\", "
                out += "width=\(inches(area.title.width + 8)), height=\(inches(area.title.height))];\n"
                columns[0].append(Item(name: name, coordinate: Double(index) + 0.5, tie: 0))
            }
        }
        for items in columns where !items.isEmpty {
            let ordered = items.sorted { ($0.coordinate, $0.tie) < ($1.coordinate, $1.tie) }.map(\.name)
            out += "  { rank=same; " + ordered.map { "\($0); " }.joined() + "}\n"
            if ordered.count > 1 { out += "  " + ordered.joined(separator: " -> ") + " [style=invis];\n" }
        }
        for index in 0...scene.bands.count where hasSeparators && rankCount > 1 {
            let chain = (0..<rankCount).map { quote("toc:sep:\(index):\($0)") }
            out += "  " + chain.joined(separator: " -> ") + " [style=invis, weight=1000];\n"
        }
        for (line, location) in pieceLines {
            if let location { sourceLocations[currentLine()] = location }
            out += line
        }
        return Drawing(scene: scene, ranks: rank, bands: band, across: across, pieces: pieces, turned: turned, gap: gap)
    }

    /// How much room a separator takes across the bands, in points: enough
    /// for the gap between two bands and, down the page, the next band's title.
    private func separatorSize(_ scene: Scene, index: Int, gap: Double, across: Bool) -> Double {
        if across { return 1 }
        let between = 14.0, margin = 8.0, titleRoom = 10.0
        guard index < scene.bands.count else { return 1 }
        let title = scene.bands[index].title.height
        if index == 0 { return max(1, title + titleRoom - gap) }
        return max(1, title + titleRoom + margin + between - 2 * gap)
    }

    private func inches(_ points: Double) -> String { String(format: "%.3f", points / 72) }
}
