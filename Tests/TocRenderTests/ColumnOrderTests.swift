import Foundation
import Testing
import TocModel
import TocRender
import TocSyntax

/// Issue #24: every column in the author's order, nodes outside the areas
/// in a band after them, empty areas drawn, many-to-many as bundles. Drawn
/// through the real Graphviz and read back from the SVG.
@Suite struct ColumnOrderTests {
    static let files: [String] = {
        var paths: [String] = []
        for folder in ["theories", "Tests/Fixtures"] {
            let root = packageRoot.appendingPathComponent(folder)
            let found = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []
            paths += found.filter { $0.hasSuffix(".ft") && !$0.hasPrefix("golden") }.map { root.appendingPathComponent($0).path }
        }
        return paths.sorted()
    }()

    static func theory(_ path: String) throws -> (Theory, [Diagnostic]) {
        checked(try String(contentsOfFile: path, encoding: .utf8), path: path)
    }

    /// Checks that within every column, the boxes of each level and area
    /// come in file order down the page (across it, top down), and that
    /// nodes outside every area lie beyond every area's box.
    static func expectAuthorsOrder(_ theory: Theory, findings: [Diagnostic], direction: Direction, name: String) throws {
        var options = RenderOptions()
        options.direction = direction
        let svg = try Renderer.render(theory, findings: findings, format: .svg, options: options).get().bytes
        let (nodes, areas) = try PinnedAreasTests.outlines(svg)
        let across = direction == .down
        let columns = rankGroups(DotBuilder.build(theory, findings: findings, options: options).text)
        var checkedColumns = 0
        for column in columns {
            let members = column.compactMap { theory.nodeIndex[$0] }
            let groups = Dictionary(grouping: members) { "\(theory.nodes[$0].kind.rawValue) \(theory.nodes[$0].area ?? "-")" }
            for group in groups.values where group.count > 1 {
                let start = { (index: Int) -> Double in
                    let box = nodes[theory.nodes[index].id]!
                    return across ? box[0] : box[2]
                }
                let inFile = group.sorted()
                #expect(inFile.sorted { start($0) < start($1) } == inFile,
                        "\(name) \(direction): \(inFile.map { theory.nodes[$0].id }) not in file order")
                checkedColumns += 1
            }
        }
        let drawnAreas = theory.areas.map(\.id).filter { areas[$0] != nil }
        #expect(drawnAreas.count == theory.areas.count, "\(name): every area drawn")
        let areaEnd = areas.values.map { across ? $0[1] : $0[3] }.max() ?? -.infinity
        for node in theory.nodes where node.area == nil {
            let box = try #require(nodes[node.id])
            #expect((across ? box[0] : box[2]) > areaEnd, "\(name) \(direction): \(node.id) outside every area lies among them")
        }
    }

    @Test(arguments: files, [Direction.right, .down])
    func everyColumnOfTheExamplesIsInFileOrder(path: String, direction: Direction) throws {
        let (theory, findings) = try Self.theory(path)
        try Self.expectAuthorsOrder(theory, findings: findings, direction: direction, name: path)
    }

    @Test(arguments: Array(UInt64(1)...24), [Direction.right, .down])
    func everyColumnOfGeneratedTheoriesIsInFileOrder(seed: UInt64, direction: Direction) throws {
        let (theory, findings) = checked(PinnedAreasTests.generated(seed: seed))
        try Self.expectAuthorsOrder(theory, findings: findings, direction: direction, name: "seed \(seed)")
    }

    /// The edges of an SVG as (from, to) by title.
    static func edges(_ svg: [UInt8]) -> [(String, String)] {
        let text = String(decoding: svg, as: UTF8.self)
        return text.matches(of: /<g id="edge\d+" class="edge">\n<title>([^<]*)<\/title>/).compactMap { match in
            let parts = String(match.1).replacingOccurrences(of: "&#45;&gt;", with: "->").components(separatedBy: "->")
            return parts.count == 2 ? (parts[0], parts[1]) : nil
        }
    }

    @Test func aColumnTableDrawsThroughJunctionsAndEverySourceStillReachesEveryTarget() throws {
        let (theory, findings) = try Self.theory(packageRoot.appendingPathComponent("Tests/Fixtures/column-table.ft").path)
        #expect(theory.edges.count == 40)
        let bundled = Self.edges(try Renderer.render(theory, findings: findings, format: .svg, options: .init()).get().bytes)
        var options = RenderOptions()
        options.bundle = false
        let plain = Self.edges(try Renderer.render(theory, findings: findings, format: .svg, options: options).get().bytes)
        #expect(plain.count == 40)
        #expect(bundled.count == 24, "2 + 10 lines into and out of the first junction, 10 + 2 for the second")
        #expect(Set(bundled.map(\.0)).filter { $0.hasPrefix("toc:junction:") }.count == 2)
        // Every edge of the theory can still be followed: source to junction to target.
        var next: [String: Set<String>] = [:]
        for (from, to) in bundled { next[from, default: []].insert(to) }
        for edge in theory.edges {
            let from = theory.nodes[edge.from].id, to = theory.nodes[edge.to].id
            let direct = next[from]?.contains(to) ?? false
            let through = (next[from] ?? []).contains { $0.hasPrefix("toc:junction:") && next[$0]?.contains(to) == true }
            #expect(direct || through, "\(from) -> \(to) cannot be followed")
        }
    }

    @Test func sourcesWithTheSameTargetsBundleHoweverTheyAreWritten() throws {
        var lines = ["forandringsteori: Bundter"]
        for source in ["a", "b", "c"] { lines += ["output \(source): Output \(source)", "  -> x, y, z"] }
        lines += ["output d: Output d", "  -> x", "    antagelse: Kun for d"]
        for target in ["x", "y", "z"] { lines += ["resultat \(target): Resultat \(target)"] }
        let (theory, findings) = checked(lines.joined(separator: "\n") + "\n")
        let drawn = Self.edges(try Renderer.render(theory, findings: findings, format: .svg, options: .init()).get().bytes)
        // a, b, c -> x, y, z through one junction; d's edge has words and keeps its own line (through its label).
        #expect(drawn.filter { $0.1 == "toc:junction:1" }.map(\.0).sorted() == ["a", "b", "c"])
        #expect(drawn.filter { $0.0 == "toc:junction:1" }.map(\.1).sorted() == ["x", "y", "z"])
        #expect(drawn.contains { $0.0 == "d" && $0.1 == "edge 1" })
    }

    @Test func anAreaWithNoNodesIsDrawnWithItsTitleAndProblem() throws {
        let (theory, findings) = try Self.theory(packageRoot.appendingPathComponent("Tests/Fixtures/plan-without-activities.ft").path)
        let svg = String(decoding: try Renderer.render(theory, findings: findings, format: .svg, options: .init()).get().bytes,
                         as: UTF8.self)
        #expect(svg.contains("<title>cluster_beskaeftigelse</title>"))
        #expect(svg.contains("Mange beboere står uden for arbejdsmarkedet"))
        #expect(svg.contains("Ledige beboere 18&#45;64 år") || svg.contains("Ledige beboere 18-64 år"))
    }

    @Test func columnsPutActivitiesFirstGoalsLastAndAnOutcomeNextToWhatItLeadsTo() {
        let (theory, findings) = checked("""
            aktivitet a: A
              -> o
            output o: O
              -> r1
            resultat r1: R1
              -> r2
            resultat r2: R2
              -> m
            resultat alene: Et resultat som intet fører til
              -> m
            mål m: M
              indikator: I
            """)
        let columns = rankGroups(DotBuilder.build(theory, findings: findings).text).map { $0.filter { !$0.hasPrefix("toc:") } }
        #expect(columns == [["a"], ["o"], ["r1"], ["r2", "alene"], ["m"]])
    }
}
