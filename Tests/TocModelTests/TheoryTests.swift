import Testing
import TocSyntax
@testable import TocModel
import TocTestSupport

func theory(_ text: String) -> Theory {
    let parsed = Parser.parse(text: text, path: "t.ft")
    precondition(!parsed.hasErrors, "test theory does not parse: \(parsed.diagnostics.map(\.message))")
    return Theory(parsed.file)
}

@Suite struct TheoryTests {
    @Test func edgesComeFromNodeLinesAndChainsInWrittenOrder() {
        let t = theory("""
            aktivitet a: A
              -> b
                antagelse: Nogen kommer
            output b: B
            resultat c: C
            a, b -> c
            """)
        #expect(t.edges.map { "\(t.nodes[$0.from].id)>\(t.nodes[$0.to].id)" } == ["a>b", "a>c", "b>c"])
        #expect(t.edges[0].assumptions == ["Nogen kommer"])
        #expect(t.edges[0].origin == .nodeLine)
        #expect(t.edges[2].origin == .chain)
        #expect(t.edges[0].location == SourceLocation(line: 2, column: 6))
        #expect(t.edges[2].location == SourceLocation(line: 6, column: 9))
    }

    @Test func nodesCarryTheirProperties() {
        let t = theory("""
            periode: 2023-2026
            område job: Beskæftigelse
            mål m: Flere i job
              område: job
              ansvarlig: Kommunen
              antagelse: Der er job at få
              indikator ledighed: Ledighed 16-64 år
                udgangspunkt: 9,8% (2022)
                målværdi: 7,5% (2026)
                kilde: Landsbyggefonden
            """)
        #expect(t.period == 2023...2026)
        #expect(t.areas == [Area(id: "job", label: "Beskæftigelse", location: SourceLocation(line: 2, column: 8))])
        let node = t.nodes[0]
        #expect(node.area == "job")
        #expect(node.owner == "Kommunen")
        #expect(node.assumptions == ["Der er job at få"])
        #expect(node.indicators.count == 1)
        #expect(node.indicators[0].id == "ledighed")
        #expect(node.indicators[0].baseline?.number == 9.8)
        #expect(node.indicators[0].target?.year == 2026)
        #expect(node.indicators[0].source == "Landsbyggefonden")
        #expect(t.node("m")?.label == "Flere i job")
    }

    @Test func undeclaredIdsAreRecordedWhereWritten() {
        let t = theory("""
            aktivitet a: A
              område: nowhere
              -> b, ghost
            output b: B
            b -> phantom
            """)
        #expect(t.unresolved.map(\.name) == ["nowhere", "ghost", "phantom"])
        #expect(t.unresolved.map(\.kind) == [.area, .node, .node])
        #expect(t.unresolved[1].location == SourceLocation(line: 3, column: 9))
        #expect(t.nodes[0].area == nil)
        #expect(t.edges.count == 1)
    }

    @Test func duplicatesKeepTheFirstAndMergeEdges() {
        let t = theory("""
            aktivitet a: Første
            aktivitet a: Anden
              -> b
            output b: B
            """)
        #expect(t.nodes.map(\.id) == ["a", "b"])
        #expect(t.nodes[0].label == "Første")
        #expect(t.duplicates.count == 1)
        #expect(t.duplicates[0].first == SourceLocation(line: 1, column: 11))
        #expect(t.duplicates[0].second == SourceLocation(line: 2, column: 11))
        #expect(t.edges.map(\.from) == [0])
    }
}
