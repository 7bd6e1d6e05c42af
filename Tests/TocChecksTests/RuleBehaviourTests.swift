import Testing
import TocChecks
import TocSyntax
import TocTestSupport

@Suite struct RuleBehaviourTests {
    let orphanOnly: [any Rule] = [OrphanActivity()]

    @Test func orphanWhoseChainStopsShortIsReported() {
        let findings = check("""
            aktivitet a: A
              -> b
            output b: B
              -> c
            resultat c: C
            mål m: M
            """, rules: orphanOnly)
        #expect(summary(findings) == ["orphan-activity@1:11"])
        #expect(findings[0].message == "activity 'a' leads to no goal")
    }

    @Test func pathsThroughSeveralOutcomesReachTheGoal() {
        #expect(check("a -> b -> c -> d -> m\naktivitet a: A\noutput b: B\nresultat c: C\nresultat d: D\nmål m: M",
                      rules: orphanOnly).isEmpty)
    }

    @Test func cycleIsReportedOncePerLoopAtTheClosingEdge() {
        let findings = check("""
            resultat a: A
            resultat b: B
            resultat c: C
            a -> b -> c -> a
            b -> a
            resultat x: X
              -> x
            """, rules: [Cycle()])
        #expect(summary(findings) == ["cycle@5:6", "cycle@7:6"])
        #expect(findings[0].message == "edges form a loop: a -> b -> a")
        #expect(findings[1].message == "edges form a loop: x -> x")
    }

    @Test func cycleCheckHandlesLongChainsWithoutRecursion() {
        let count = 50_000
        var text = (0..<count).map { "resultat n\($0): N" }.joined(separator: "\n")
        text += "\n" + (0..<count).map { "n\($0)" }.joined(separator: " -> ") + " -> n0"
        let findings = check(text, rules: [Cycle()])
        #expect(findings.count == 1)
    }

    @Test func undefinedReferenceSuggestsTheNearestId() {
        let findings = check("""
            aktivitet a: A
              -> uddannelse_mal
            mål uddannelse_maal: M
            a -> zzz
            """, rules: [UndefinedReference()])
        #expect(summary(findings) == ["undefined-reference@2:6", "undefined-reference@4:6"])
        #expect(findings[0].message == "no node has the id 'uddannelse_mal'; did you mean 'uddannelse_maal'?")
        #expect(findings[1].message == "no node has the id 'zzz'")
    }

    @Test func duplicateIdPointsAtBothDeclarations() {
        let findings = check("aktivitet a: A\n\naktivitet a: B", rules: [DuplicateID()])
        #expect(summary(findings) == ["duplicate-id@3:11"])
        #expect(findings[0].notes.map(\.location) == [SourceLocation(line: 1, column: 11)])
        #expect(findings[0].notes[0].message == "the node 'a' is first declared here")
    }

    @Test func edgeFindingsSitWhereTheEdgeIsWritten() {
        let findings = check("""
            aktivitet a: A
              -> m
            mål m: M
              -> a
            """, rules: [ReverseEdge(), LevelLeap()])
        #expect(summary(findings) == ["level-leap@2:6", "reverse-edge@4:6"])
        #expect(findings[0].message == "edge from activity 'a' to goal 'm' skips output and outcome")
        #expect(findings[1].node == "m")
    }

    @Test func sameLevelEdgesAreNeitherReverseNorLeaps() {
        #expect(check("resultat a: A\nresultat b: B\na -> b", rules: [ReverseEdge(), LevelLeap()]).isEmpty)
    }

    @Test func deadEndAndUnreachedGoal() {
        let findings = check("""
            output o: O
            resultat r: R
              -> m
            mål m: M
            """, rules: [DeadEnd(), UnreachedGoal()])
        #expect(summary(findings) == ["dead-end@1:8", "unreached-goal@4:5"])
    }

    @Test func findingsAreSortedByLocation() {
        let findings = check("""
            mål m: M
            aktivitet a: A
            resultat r: R
            """)
        let lines = findings.map(\.location.line)
        #expect(lines == lines.sorted())
        #expect(Set(findings.map(\.rule)) == ["unmeasured-goal", "unreached-goal", "orphan-activity",
                                             "dead-end", "unmeasured-outcome", "unreached-outcome"])
    }
}
