import Foundation
import Testing
import TocModel
import TocRender
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Issue #15, the last point: areas stay in file order even where edges
/// between them make Graphviz cross fewer lines in another order. Theories
/// generated the way `scripts/measure-order.py` makes them (seeded, so the
/// same every run), drawn through the real Graphviz and read back.
@Suite struct PinnedAreasTests {
    /// A small deterministic generator (SplitMix64).
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
        mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
    }

    /// A theory of 2-5 areas whose nodes sit in random areas (a few in
    /// none), each led to a node of the next level in its own area and
    /// sometimes to one in another.
    static func generated(seed: UInt64) -> String {
        var random = Random(state: seed)
        let areaCount = 2 + random.below(4)
        var lines = ["forandringsteori: Genereret \(seed)"]
        lines += (0..<areaCount).map { "område omr\($0): Indsatsområde nummer \($0)" }
        let kinds = ["aktivitet", "output", "resultat", "mål"]
        var nodes: [(kind: Int, id: String, area: Int?)] = []
        for (level, count) in [areaCount + random.below(2 * areaCount), areaCount + random.below(2 * areaCount),
                               areaCount + random.below(areaCount), 1 + random.below(areaCount)].enumerated() {
            for index in 0..<count {
                nodes.append((level, "\(kinds[level].prefix(3))\(index)", random.chance(15) ? nil : random.below(areaCount)))
            }
        }
        for node in nodes {
            lines.append("\(kinds[node.kind]) \(node.id): Knude \(node.id) med lidt tekst")
            if let area = node.area { lines.append("  område: omr\(area)") }
            let next = nodes.filter { $0.kind == node.kind + 1 }
            var targets = Set<String>()
            let same = next.filter { $0.area == node.area }
            if !same.isEmpty { targets.insert(same[random.below(same.count)].id) }
            if !next.isEmpty, random.chance(20) { targets.insert(next[random.below(next.count)].id) }
            for target in targets.sorted() {
                lines.append("  -> \(target)")
                if random.chance(25) { lines.append("    antagelse: Antagelse om \(node.id) til \(target)") }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The outline of every node and area in an SVG, by id (areas without
    /// `cluster_`): min and max along x and y.
    static func outlines(_ bytes: [UInt8]) throws -> (nodes: [String: [Double]], areas: [String: [Double]]) {
        let document = try XMLDocument(data: Data(bytes))
        var nodes: [String: [Double]] = [:], areas: [String: [Double]] = [:]
        for kind in ["node", "cluster"] {
            for group in try document.nodes(forXPath: "//*[local-name()='g'][@class='\(kind)']") {
                guard let element = group as? XMLElement else { continue }
                let title = try element.nodes(forXPath: "./*[local-name()='title']").first?.stringValue ?? ""
                var xs: [Double] = [], ys: [Double] = []
                for case let shape as XMLElement in try element.nodes(forXPath: "./*[local-name()='polygon' or local-name()='path']") {
                    let geometry = shape.attributes?.first { ["points", "d"].contains($0.localName ?? $0.name ?? "") }?.stringValue ?? ""
                    let numbers = geometry.split(whereSeparator: { !"0123456789.-".contains($0) }).compactMap { Double($0) }
                    xs += stride(from: 0, to: numbers.count, by: 2).map { numbers[$0] }
                    ys += stride(from: 1, to: numbers.count, by: 2).map { numbers[$0] }
                }
                guard let x0 = xs.min(), let x1 = xs.max(), let y0 = ys.min(), let y1 = ys.max() else { continue }
                if kind == "cluster" {
                    areas[String(title.dropFirst("cluster_".count))] = [x0, x1, y0, y1]
                } else {
                    nodes[title] = [x0, x1, y0, y1]
                }
            }
        }
        return (nodes, areas)
    }

    static func overlap(_ a: [Double], _ b: [Double]) -> Bool {
        a[0] < b[1] - 0.5 && b[0] < a[1] - 0.5 && a[2] < b[3] - 0.5 && b[2] < a[3] - 0.5
    }

    @Test(arguments: Array(UInt64(1)...24), [Direction.right, .down])
    func areasStayInFileOrderAndNothingOverlaps(seed: UInt64, direction: Direction) throws {
        let (theory, findings) = checked(Self.generated(seed: seed))
        var options = RenderOptions()
        options.direction = direction
        options.clean = true
        let svg = try Renderer.render(theory, findings: findings, format: .svg, options: options).get().bytes
        let (nodes, areas) = try Self.outlines(svg)
        let across = direction == .down
        let drawn = theory.areas.map(\.id).filter { areas[$0] != nil }
        #expect(drawn.count == theory.areas.count, "seed \(seed): every area is drawn, even one with no nodes")
        let start = { (id: String) in across ? areas[id]![0] : areas[id]![2] }
        #expect(drawn.sorted { start($0) < start($1) } == drawn, "seed \(seed): areas out of file order")
        let ids = nodes.keys.sorted()
        for (index, id) in ids.enumerated() {
            for other in ids[(index + 1)...] {
                #expect(!Self.overlap(nodes[id]!, nodes[other]!), "seed \(seed): \(id) overlaps \(other)")
            }
            let home = theory.nodes.first { $0.id == id }?.area
            for (area, box) in areas where area != home {
                #expect(!Self.overlap(nodes[id]!, box), "seed \(seed): \(id) lies on area \(area)")
            }
        }
        // Every assumption is drawn, beside its edge when the areas were
        // rearranged (an xlabel), else in a place of its own.
        let text = String(decoding: svg, as: UTF8.self)
        for assumption in theory.edges.flatMap(\.assumptions) {
            #expect(text.contains(assumption), "seed \(seed): \(assumption) not drawn")
        }
        let ordered = drawn.sorted { start($0) < start($1) }
        for (upper, lower) in zip(ordered, ordered.dropFirst()) {
            #expect(!Self.overlap(areas[upper]!, areas[lower]!), "seed \(seed): \(upper) overlaps \(lower)")
        }
    }
}
