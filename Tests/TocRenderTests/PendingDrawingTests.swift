import Foundation
import Testing
import TocModel
import TocRender
import TocSyntax

/// What a facilitator is still typing is drawn, not dropped (issue #15):
/// edges to undeclared ids go to dashed boxes with the id and a "?", and a
/// second declaration of an id keeps a box of its own.
@Suite struct PendingDrawingTests {
    static let typing = "jobcafe -> cv -> jobparat -> job\naktivitet jobcafe: Jobcafé\naktivitet jobcafe: Jobcafé om aftenen\n"

    @Test func aChainOfUndeclaredIdsIsDrawnAtOnce() throws {
        let (theory, _) = checked(Self.typing)
        #expect(theory.pendingEdges.map { "\($0.from)->\($0.to)" } == ["jobcafe->cv", "cv->jobparat", "jobparat->job"])
        let svg = try draw(Self.typing, format: .svg).bytes
        let texts = try svgNodeTexts(svg)
        for id in ["cv", "jobparat", "job"] {
            #expect(texts["?\(id)"]?.first == "\(id) ?", "\(id): \(String(describing: texts["?\(id)"]))")
        }
        #expect(texts["jobcafe"]?.first == "Jobcafé")
        #expect(texts["duplicate 1 jobcafe"]?.first == "Jobcafé om aftenen")
        let (theory2, findings) = checked(Self.typing)
        let dot = try Renderer.finishedDOT(theory2, findings: findings)
        #expect(dot.contains("\"jobcafe\" -> \"?cv\" [style=dashed"))
        #expect(dot.contains("\"?cv\" -> \"?jobparat\" [style=dashed"))
    }

    @Test func oneAreaDrawsOnlyItsOwnPendingEdges() throws {
        let text = "område a: A\nområde b: B\naktivitet x: X\n  område: a\n  -> ukendt\naktivitet y: Y\n  område: b\n  -> andet\n"
        var options = RenderOptions()
        options.area = "a"
        let dot = String(decoding: try draw(text, format: .dot, options: options).bytes, as: UTF8.self)
        #expect(dot.contains("\"?ukendt\""))
        #expect(!dot.contains("\"?andet\""))
    }
}

/// Outcomes stand in columns by horizon: short before medium before long (issue #15).
@Suite struct HorizonColumnTests {
    @Test func theSketchsOutcomesStandInColumnsByHorizon() throws {
        let text = try String(
            contentsOf: packageRoot.appendingPathComponent("Tests/Fixtures/language-example-plans-da.ft"), encoding: .utf8)
        let x = try svgNodeLefts(try draw(text, format: .svg).bytes)
        let short = try #require(x["motivation"]), medium = try #require(x["netværk"])
        let long = try #require(x["uddannelse_mål"])
        #expect(short < medium && medium < long, "kort \(short), mellemlang \(medium), lang \(long)")
    }

    @Test func outcomesOfOneHorizonShareAColumn() throws {
        let text = """
            aktivitet a: A
              -> r1
            aktivitet b: B
              -> o
            output o: O
              -> r2
            resultat r1: R1
              sigt: kort
              -> m
            resultat r2: R2
              sigt: kort
              -> m
            mål m: M
              indikator: I
            """
        let x = try svgNodeLefts(try draw(text, format: .svg).bytes)
        #expect(abs(try #require(x["r1"]) - (try #require(x["r2"]))) < 40)
    }

    @Test func noColumnsWhereAnEdgeRunsAgainstTheHorizons() throws {
        let text = "resultat sen: S\n  sigt: lang\n  -> tidlig\nresultat tidlig: T\n  sigt: kort\n  -> m\nmål m: M\n"
        let dot = String(decoding: try draw(text, format: .dot).bytes, as: UTF8.self)
        #expect(!dot.contains("style=invis"))
    }
}
