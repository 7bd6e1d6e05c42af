import Foundation
import Testing
import TocModel
import TocRender
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Where each node and each area box starts along the page's order axis:
/// the top (y) of each outline, or its left (x) when `across`. Read from an
/// SVG by node id and by area id (`cluster_` dropped).
func svgStarts(_ bytes: [UInt8], across: Bool) throws -> (nodes: [String: Double], areas: [String: Double]) {
    let document = try XMLDocument(data: Data(bytes))
    var nodes: [String: Double] = [:], areas: [String: Double] = [:]
    for kind in ["node", "cluster"] {
        for group in try document.nodes(forXPath: "//*[local-name()='g'][@class='\(kind)']") {
            guard let element = group as? XMLElement else { continue }
            let title = try element.nodes(forXPath: "./*[local-name()='title']").first?.stringValue ?? ""
            var values: [Double] = []
            for case let shape as XMLElement in try element.nodes(forXPath: "./*[local-name()='polygon' or local-name()='path']") {
                let geometry = shape.attributes?.first { ["points", "d"].contains($0.localName ?? $0.name ?? "") }?.stringValue ?? ""
                let numbers = geometry.split(whereSeparator: { !"0123456789.-".contains($0) }).compactMap { Double($0) }
                values += stride(from: across ? 0 : 1, to: numbers.count, by: 2).map { numbers[$0] }
            }
            guard let start = values.min() else { continue }
            if kind == "cluster" { areas[String(title.dropFirst("cluster_".count))] = start } else { nodes[title] = start }
        }
    }
    return (nodes, areas)
}

/// Issue #15: the diagram keeps the author's order. Drawn through the real
/// Graphviz and read back from the SVG.
@Suite struct AuthorsOrderTests {
    static let theories: [String] = {
        let folder = packageRoot.appendingPathComponent("theories")
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?
            .compactMap { ($0 as? URL)?.path }.filter { $0.hasSuffix(".ft") } ?? []
        return files.map { String($0.dropFirst(folder.path.count + 1)) }.sorted()
    }()

    /// The areas a theory draws, in file order, and each area's first-column
    /// activities (those no activity leads to), in file order; `nil` holds
    /// those outside any area.
    func expected(_ theory: Theory) -> (areas: [String], activities: [String?: [String]]) {
        let ledTo = Set(theory.edges.filter { theory.nodes[$0.from].kind == .activity }.map(\.to))
        var activities: [String?: [String]] = [:]
        for (index, node) in theory.nodes.enumerated() where node.kind == .activity && !ledTo.contains(index) {
            activities[node.area, default: []].append(node.id)
        }
        let areas = theory.areas.map(\.id).filter { area in theory.nodes.contains { $0.area == area } }
        return (areas, activities)
    }

    @Test(arguments: theories, [Direction.right, .down])
    func everyExampleKeepsItsAreasAndActivitiesInFileOrder(file: String, direction: Direction) throws {
        let path = packageRoot.appendingPathComponent("theories/" + file).path
        let (theory, findings) = checked(try String(contentsOfFile: path, encoding: .utf8), path: path)
        var options = RenderOptions()
        options.direction = direction
        let svg = try Renderer.render(theory, findings: findings, format: .svg, options: options).get().bytes
        let starts = try svgStarts(svg, across: direction == .down)
        let (areas, activities) = expected(theory)
        #expect(areas.allSatisfy { starts.areas[$0] != nil }, "\(file): \(areas)")
        #expect(areas.sorted { starts.areas[$0, default: 0] < starts.areas[$1, default: 0] } == areas, "\(file)")
        for (area, ids) in activities {
            #expect(ids.allSatisfy { starts.nodes[$0] != nil }, "\(file): \(ids)")
            #expect(ids.sorted { starts.nodes[$0, default: 0] < starts.nodes[$1, default: 0] } == ids,
                    "\(file), area \(area ?? "-")")
        }
    }

    /// Activities that Graphviz would order otherwise (each feeds an output
    /// further down than the next one's), inside an area and outside any.
    @Test(arguments: [Direction.right, .down])
    func activitiesStayInFileOrderAgainstTheCrossingReduction(direction: Direction) throws {
        var lines = ["forandringsteori: Rækkefølge", "område a: Område A"]
        for index in 0..<5 {
            lines += ["aktivitet a\(index): Aktivitet \(index)", "  område: a", "  -> o\(4 - index)"]
            lines += ["aktivitet f\(index): Fri aktivitet \(index)", "  -> p\(4 - index)"]
        }
        for index in 0..<5 {
            lines += ["output o\(index): Output \(index)", "  område: a", "  -> m"]
            lines += ["output p\(index): Fri output \(index)", "  -> m"]
        }
        lines += ["mål m: Målet", "  indikator: Andel", "    målværdi: 50 %"]
        let (theory, findings) = checked(lines.joined(separator: "\n") + "\n")
        var options = RenderOptions()
        options.direction = direction
        let svg = try Renderer.render(theory, findings: findings, format: .svg, options: options).get().bytes
        let starts = try svgStarts(svg, across: direction == .down).nodes
        for prefix in ["a", "f"] {
            let ids = (0..<5).map { "\(prefix)\($0)" }
            #expect(ids.sorted { starts[$0, default: 0] < starts[$1, default: 0] } == ids, "\(prefix)")
        }
    }

    /// Two areas joined by edges both ways round, written in the order that
    /// crosses more lines: the second way of asking keeps the file's order.
    @Test func areasJoinedByEdgesStayInFileOrder() throws {
        let text = """
        forandringsteori: To områder
        område b: Beskæftigelse
        område u: Uddannelse
        aktivitet jobcafe: Jobcafé
          område: b
          -> cv
        aktivitet lektier: Lektiecafé
          område: u
          -> deltagere
        output cv: CV skrevet
          område: b
          -> skole
        output deltagere: Elever deltager
          område: u
          -> job
        resultat job: Flere i job
          område: b
        resultat skole: Bedre i skolen
          område: u

        """
        let (theory, findings) = checked(text)
        let svg = try Renderer.render(theory, findings: findings, format: .svg, options: .init()).get().bytes
        let areas = try svgStarts(svg, across: false).areas
        #expect(try #require(areas["b"]) < #require(areas["u"]))
    }
}
