import Foundation

/// The author's order of areas when Graphviz will not keep it (issue #15).
///
/// Graphviz's `dot` swaps whole clusters when that crosses fewer edges, and
/// nothing in its input forbids it. So, when neither way of writing the DOT
/// text keeps the areas in file order (`DotBuilder+Order.swift`), the
/// finished layout itself is rearranged: every area is a band across the
/// ranks (a row of the page left to right, a column top down); the bands are
/// stacked again in file order, keeping their sizes and the gaps between
/// them; every node inside an area moves with it; a node outside any area
/// moves as its neighbours in areas moved, to the nearest place in its rank
/// where it overlaps no area and no other node. The result is DOT statements
/// that pin every node (`pos`) and area (`bb`, `lp`); Graphviz then draws
/// the edges anew around the pinned boxes (the `nop2` engine), their labels
/// set beside them (`DotBuilder.labelsBeside`). Pure geometry:
/// no Graphviz here, so it is tested on its own.
struct AreaBands {
    /// A Graphviz layout as its `json0` output gives it: the parts used here.
    struct Layout: Decodable {
        /// The whole drawing's box.
        var bb: String?
        var objects: [Object]?
        var edges: [Edge]?
    }

    /// A node or subgraph of the layout.
    struct Object: Decodable {
        var name: String
        var pos: String?
        var width: String?
        var height: String?
        var bb: String?
        var lp: String?
        var nodes: [Int]?
        var _gvid: Int
    }

    /// An edge, by the `_gvid` of its ends.
    struct Edge: Decodable {
        var tail: Int
        var head: Int
    }

    /// A rectangle in page terms: `cross` runs along the areas' order (down
    /// the page, or across it when drawn top down), `rank` along the arrows.
    struct Box {
        var cross: ClosedRange<Double>
        var rank: ClosedRange<Double>
    }

    let across: Bool

    /// DOT statements that pin the layout with the areas (cluster names, in
    /// file order) stacked in that order; nil when the layout cannot be read.
    /// `separation` is the least space between two boxes, in points.
    static func rearranged(json: [UInt8], areas: [String], across: Bool, separation: Double = 18) -> String? {
        guard let layout = try? JSONDecoder().decode(Layout.self, from: Data(json)),
              let objects = layout.objects else { return nil }
        return AreaBands(across: across).statements(objects: objects, edges: layout.edges ?? [], areas: areas, separation: separation)
    }

    func statements(objects: [Object], edges: [Edge], areas: [String], separation: Double) -> String? {
        let clusters = objects.filter { $0.name.hasPrefix("cluster") && $0.bb != nil }
        var boxes: [String: Box] = [:]
        for cluster in clusters {
            guard let bb = cluster.bb.flatMap(Self.numbers), bb.count == 4 else { return nil }
            boxes[cluster.name] = box(x: bb[0]...bb[2], y: bb[1]...bb[3])
        }
        // Bands: the clusters no other cluster holds; nested ones move with theirs.
        func holder(_ name: String) -> String {
            guard let inner = boxes[name] else { return name }
            return boxes.first { other in
                other.key != name && other.value.cross.lowerBound <= inner.cross.lowerBound
                    && other.value.cross.upperBound >= inner.cross.upperBound
                    && other.value.rank.lowerBound <= inner.rank.lowerBound
                    && other.value.rank.upperBound >= inner.rank.upperBound
                    && (other.value.cross != inner.cross || other.key < name)
            }.map { holder($0.key) } ?? name
        }
        let bands = boxes.keys.filter { holder($0) == $0 }
        let slots = bands.sorted { (boxes[$0]!.cross.lowerBound, $0) < (boxes[$1]!.cross.lowerBound, $1) }
        let inFile = areas.filter { bands.contains($0) }
        var order = slots
        var next = inFile.makeIterator()
        for index in order.indices where inFile.contains(order[index]) { order[index] = next.next()! }

        // Stack the bands in that order, from where the first one began,
        // as close as Graphviz put any two (a wider gap held a node outside
        // the areas, which finds its own place below).
        let gaps = zip(slots, slots.dropFirst()).map { boxes[$1]!.cross.lowerBound - boxes[$0]!.cross.upperBound }
        let gap = max(gaps.filter { $0 > 0 }.min() ?? separation, separation / 2)
        var delta: [String: Double] = [:]
        var cursor = slots.first.map { boxes[$0]!.cross.lowerBound } ?? 0
        for (index, band) in order.enumerated() {
            if index > 0 { cursor += gap }
            let extent = boxes[band]!.cross
            delta[band] = cursor - extent.lowerBound
            cursor += extent.upperBound - extent.lowerBound
        }

        // Where every node is, and which band it is in.
        var nodes: [Int: (name: String, box: Box)] = [:]
        for object in objects where object.nodes == nil && object.bb == nil {
            guard let pos = object.pos.flatMap(Self.numbers), pos.count >= 2,
                  let width = object.width.flatMap(Double.init), let height = object.height.flatMap(Double.init)
            else { continue }
            let (halfWidth, halfHeight) = (width * 36, height * 36)
            nodes[object._gvid] = (object.name, box(
                x: (pos[0] - halfWidth)...(pos[0] + halfWidth), y: (pos[1] - halfHeight)...(pos[1] + halfHeight)))
        }
        var band: [Int: String] = [:]
        for cluster in clusters {
            for node in cluster.nodes ?? [] { band[node] = holder(cluster.name) }
        }
        var moved: [Int: Box] = [:]
        for (id, node) in nodes {
            if let name = band[id] { moved[id] = shifted(node.box, by: delta[name] ?? 0) }
        }
        placeFree(nodes: nodes, band: band, edges: edges, boxes: boxes, delta: delta, separation: separation, into: &moved)

        var out = ""
        for id in nodes.keys.sorted() {
            guard let node = nodes[id], let box = moved[id] else { return nil }
            let (x, y) = point(cross: mid(box.cross), rank: mid(box.rank))
            out += "  \(Self.quoted(node.name)) [pos=\"\(Self.number(x)),\(Self.number(y))!\"];\n"
        }
        for cluster in clusters {
            guard let bb = boxes[cluster.name] else { continue }
            let shift = delta[holder(cluster.name)] ?? 0
            let moved = shifted(bb, by: shift)
            let (x0, y0) = point(cross: moved.cross.lowerBound, rank: moved.rank.lowerBound)
            let (x1, y1) = point(cross: moved.cross.upperBound, rank: moved.rank.upperBound)
            var attributes = "bb=\"\(Self.number(min(x0, x1))),\(Self.number(min(y0, y1))),"
                + "\(Self.number(max(x0, x1))),\(Self.number(max(y0, y1)))\""
            if let lp = cluster.lp.flatMap(Self.numbers), lp.count == 2 {
                let label = shifted(box(x: lp[0]...lp[0], y: lp[1]...lp[1]), by: shift)
                let (x, y) = point(cross: label.cross.lowerBound, rank: label.rank.lowerBound)
                attributes += ", lp=\"\(Self.number(x)),\(Self.number(y))\""
            }
            out += "  subgraph \(Self.quoted(cluster.name)) { graph [\(attributes)]; }\n"
        }
        return out + "  graph [splines=true, forcelabels=true];\n"
    }

    /// Places the nodes outside any area, rank by rank: each as near as it
    /// can to where its neighbours in areas took it, in its old order within
    /// the rank, never on an area or another node.
    private func placeFree(
        nodes: [Int: (name: String, box: Box)], band: [Int: String], edges: [Edge], boxes: [String: Box],
        delta: [String: Double], separation: Double, into moved: inout [Int: Box]
    ) {
        var shifts: [Int: [Double]] = [:]
        for edge in edges {
            if band[edge.tail] == nil, let name = band[edge.head] { shifts[edge.tail, default: []].append(delta[name] ?? 0) }
            if band[edge.head] == nil, let name = band[edge.tail] { shifts[edge.head, default: []].append(delta[name] ?? 0) }
        }
        let free = nodes.keys.filter { band[$0] == nil }
        let ranks = Dictionary(grouping: free) { (mid(nodes[$0]!.box.rank) * 2).rounded() }
        let bandBoxes = Set(band.values).compactMap { name in boxes[name].map { shifted($0, by: delta[name] ?? 0) } }
        for rank in ranks.keys.sorted() {
            let members = ranks[rank]!.sorted { mid(nodes[$0]!.box.cross) < mid(nodes[$1]!.box.cross) }
            var taken: [ClosedRange<Double>] = bandBoxes.filter {
                $0.rank.overlaps(nodes[members[0]]!.box.rank)
            }.map { ($0.cross.lowerBound - separation / 2)...($0.cross.upperBound + separation / 2) }
            var floor = -Double.infinity
            for id in members {
                let box = nodes[id]!.box
                let half = (box.cross.upperBound - box.cross.lowerBound) / 2
                let shiftsHere = shifts[id] ?? []
                let wanted = max(mid(box.cross) + (shiftsHere.isEmpty ? 0 : shiftsHere.reduce(0, +) / Double(shiftsHere.count)), floor + half)
                let candidates = [wanted] + taken.flatMap { [$0.lowerBound - half - separation / 2, $0.upperBound + half + separation / 2] }
                let fits = candidates.filter { centre in
                    centre - half >= floor && !taken.contains { $0.overlaps((centre - half)...(centre + half)) }
                }
                let last = (taken.map(\.upperBound).max() ?? wanted) + half + separation / 2
                let centre = fits.min { abs($0 - wanted) < abs($1 - wanted) } ?? max(last, wanted)
                moved[id] = Box(cross: (centre - half)...(centre + half), rank: box.rank)
                taken.append((centre - half - separation / 2)...(centre + half + separation / 2))
                floor = centre + half + separation
            }
        }
    }

    private func box(x: ClosedRange<Double>, y: ClosedRange<Double>) -> Box {
        across ? Box(cross: x, rank: (-y.upperBound)...(-y.lowerBound)) : Box(cross: (-y.upperBound)...(-y.lowerBound), rank: x)
    }

    private func point(cross: Double, rank: Double) -> (Double, Double) {
        across ? (cross, -rank) : (rank, -cross)
    }

    private func shifted(_ box: Box, by shift: Double) -> Box {
        Box(cross: (box.cross.lowerBound + shift)...(box.cross.upperBound + shift), rank: box.rank)
    }

    private func mid(_ range: ClosedRange<Double>) -> Double { (range.lowerBound + range.upperBound) / 2 }

    static func numbers(_ text: String) -> [Double]? {
        let parts = text.split(separator: ",").map { Double($0.trimmingCharacters(in: CharacterSet(charactersIn: " !"))) }
        return parts.contains(nil) ? nil : parts.compactMap { $0 }
    }

    static func number(_ value: Double) -> String { String(format: "%.2f", value) }

    static func quoted(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
