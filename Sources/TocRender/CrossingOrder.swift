import TocChecks
import TocModel
import TocSyntax

/// An order of the nodes that crosses fewer lines (`toc fmt --order
/// crossings`, issue #24). The diagram shows every column in the file's
/// order, so the way to fewer crossings is a file in another order: this
/// finds one, and `toc fmt` rewrites the declarations in it, so the file
/// and the diagram still agree.
///
/// Only nodes that share a column, an area and a level trade places (the
/// columns, areas and levels stay as they are); each is moved towards the
/// mean place of the nodes it is joined to (the barycentre heuristic of
/// Sugiyama, Tagawa and Toda), sweeping the columns both ways, and the
/// order with the fewest crossings of straight lines between neighbouring
/// columns is kept. The file's order is kept where it crosses no more.
public enum CrossingOrder {
    /// The theory's node ids in the order that crosses least.
    public static func ids(_ theory: Theory, options: RenderOptions = .init()) -> [String] {
        var plain = options
        plain.area = nil
        plain.bundle = false
        var builder = DotBuilder(theory: theory, options: plain, findings: [])
        let scene = builder.scene(visible: Array(repeating: true, count: theory.nodes.count))
        let ranks = Columns.ranks(scene)
        // The theory's boxes, grouped by column, band and level.
        var boxOfNode: [Int: Int] = [:]
        for (box, item) in scene.boxes.enumerated() { if case .node(let index) = item.role { boxOfNode[index] = box } }
        let boxes = boxOfNode.values.sorted()
        let groups = Dictionary(grouping: boxes) { GroupKey(rank: ranks[$0], band: scene.boxes[$0].band, level: scene.boxes[$0].kind?.rawValue ?? 9) }
        var order = groups.mapValues { $0.sorted { scene.boxes[$0].key.lexicographicallyPrecedes(scene.boxes[$1].key) } }
        var neighbours: [Int: [Int]] = [:]
        for step in scene.steps where step.from != step.to {
            neighbours[step.from, default: []].append(step.to)
            neighbours[step.to, default: []].append(step.from)
        }
        let steps = Dictionary(grouping: scene.steps.filter { ranks[$0.from] != ranks[$0.to] }) {
            [min(ranks[$0.from], ranks[$0.to]), max(ranks[$0.from], ranks[$0.to])]
        }.values.map { Array($0) }
        var best = order, fewest = crossings(steps, place: places(order, scene: scene))
        let keys = order.keys.sorted()
        for sweep in 0..<8 {
            for key in (sweep % 2 == 0 ? keys : keys.reversed()) where order[key]!.count > 1 {
                let place = places(order, scene: scene)
                let current = order[key]!
                let wanted = current.enumerated().map { position, box -> (Double, Int, Int) in
                    let around = (neighbours[box] ?? []).compactMap { place[$0] }
                    let mean = around.isEmpty ? place[box]! : around.reduce(0, +) / Double(around.count)
                    return (mean, position, box)
                }
                order[key] = wanted.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
            }
            let count = crossings(steps, place: places(order, scene: scene))
            if count < fewest { (best, fewest) = (order, count) }
        }
        // Each group's nodes take its places in the file, in the new order.
        var fileIndex = Array(theory.nodes.indices)
        for (key, members) in best {
            let slots = groups[key]!.compactMap { box -> Int? in
                if case .node(let index) = scene.boxes[box].role { return index } else { return nil }
            }.sorted()
            for (slot, box) in zip(slots, members) {
                if case .node(let index) = scene.boxes[box].role { fileIndex[slot] = index }
            }
        }
        return fileIndex.map { theory.nodes[$0].id }
    }

    struct GroupKey: Hashable, Comparable {
        let rank: Int, band: Int, level: Int
        static func < (a: GroupKey, b: GroupKey) -> Bool { (a.rank, a.band, a.level) < (b.rank, b.band, b.level) }
    }

    /// Where each box stands across its column, as the drawing places it:
    /// band by band, and in each band level by level.
    static func places(_ order: [GroupKey: [Int]], scene: Scene) -> [Int: Double] {
        var columns: [Int: [(GroupKey, [Int])]] = [:]
        for (key, members) in order { columns[key.rank, default: []].append((key, members)) }
        var place: [Int: Double] = [:]
        for groups in columns.values {
            let byBand = Dictionary(grouping: groups) { $0.0.band }
            for (band, parts) in byBand {
                let boxes = parts.sorted { $0.0.level < $1.0.level }.flatMap(\.1)
                for (position, box) in boxes.enumerated() {
                    place[box] = Double(band) + Double(position + 1) / Double(boxes.count + 1)
                }
            }
        }
        return place
    }

    /// Pairs of straight lines between the same two columns that cross.
    static func crossings(_ groups: [[(from: Int, to: Int)]], place: [Int: Double]) -> Int {
        groups.reduce(0) { $0 + crossings($1, place: place) }
    }

    static func crossings(_ steps: [(from: Int, to: Int)], place: [Int: Double]) -> Int {
        var count = 0
        for (index, a) in steps.enumerated() {
            guard let a0 = place[a.from], let a1 = place[a.to] else { continue }
            for b in steps[(index + 1)...] where b.from != a.from && b.to != a.to {
                guard let b0 = place[b.from], let b1 = place[b.to] else { continue }
                if (a0 - b0) * (a1 - b1) < 0 { count += 1 }
            }
        }
        return count
    }
}
