import Testing
@testable import TocSyntax
import TocTestSupport

/// The one diagnostic a text gives, as `line:col message`.
func only(_ text: String) -> String {
    let diagnostics = parse(text).diagnostics
    guard diagnostics.count == 1 else { return "expected one diagnostic, got \(diagnostics.map(\.message))" }
    return "\(diagnostics[0].location) \(diagnostics[0].message)"
}

@Suite struct ErrorTests {
    @Test func unknownKeywordSuggestsTheNearest() {
        #expect(only("aktivitett a: A") == "1:1 unknown keyword 'aktivitett'; did you mean 'aktivitet'?")
        #expect(only("aktivitet a: A\n  ansvarli: X") == "2:3 unknown keyword 'ansvarli'; did you mean 'ansvarlig'?")
        #expect(only("Lektiecafé hver tirsdag") == "1:1 unknown keyword 'Lektiecafé'")
    }

    /// Issue #28: a Danish file is offered the Danish keyword, an English
    /// file the English one, whichever spelling the typo is nearest to.
    @Test func aSuggestionIsInTheFilesOwnLanguage() {
        let danish = parse("forandringsteori: Lektiecafé\nperod: 2024-2027\naktivitet a: A\n").diagnostics.map(\.text.da)
        #expect(danish == ["ukendt nøgleord 'perod'; mente du 'periode'?"])
        let english = parse("theory: Homework\nperod: 2024-2027\nactivity a: A\n").diagnostics.map(\.message)
        #expect(english == ["unknown keyword 'perod'; did you mean 'period'?"])
        #expect(only("forandringsteori: L\nresulat r: R") == "2:1 unknown keyword 'resulat'; did you mean 'resultat'?")
    }

    @Test func aStandardAreaBelongsToAnArea() {
        #expect(only("aktivitet a: A\n  lbf-område: job")
            == "2:3 'lbf-område:' belongs to an area; indent it under its 'area ID: title' line")
        #expect(only("lbf-område: job") == "1:1 'lbf-område:' belongs to an area; indent it under its 'area ID: title' line")
        #expect(only("område a: A\n  lbf-område: job\n  lbf-område: uddannelse") == "3:3 'lbf-område:' is given twice here; keep one")
        #expect(parse("område a: A\n  lbf-område: beskæftigelse\n").diagnostics.isEmpty)
    }

    @Test func propertyWithNoNodeAboveIt() {
        #expect(only("ansvarlig: Kommunen")
            == "1:1 'ansvarlig:' has no node above it; indent it under the node it belongs to")
        #expect(only("indikator: Ledighed")
            == "1:1 'indikator:' has no node above it; indent it under the node it belongs to")
    }

    @Test func indicatorDetailDirectlyUnderANode() {
        #expect(only("mål m: M\n  målværdi: 80%")
            == "2:3 'målværdi:' belongs to an indicator; indent it under an 'indikator:' line")
    }

    @Test func missingIdOrColon() {
        #expect(only("aktivitet: Lektiecafé")
            == "1:1 'aktivitet' needs an id before the colon, as in 'aktivitet lektiecafe: ...'")
        #expect(only("aktivitet lektiecafe Lektiecafé hver dag")
            == "1:21 missing ':' after the id 'lektiecafe'; an id is one word, the label follows the colon")
        #expect(only("aktivitet lektiecafe") == "1:21 missing ':' and label after 'aktivitet lektiecafe'")
        #expect(only("periode 2019-2022").hasPrefix("1:8 "))
        #expect(only("aktivitet") == "1:10 'aktivitet' needs an id and a colon, as in 'aktivitet lektiecafe: ...'")
    }

    @Test func invalidIds() {
        #expect(only("aktivitet 1a: A").hasPrefix("1:11 invalid id '1a'"))
        #expect(only("aktivitet a: A\n  -> 2b").hasPrefix("2:6 invalid id '2b'"))
        #expect(only("aktivitet a: A\n  ->") == "2:5 missing id after '->'")
        #expect(only("a -> b,") == "1:8 missing id after ','")
    }

    @Test func deeperIndentWithNothingToBelongTo() {
        #expect(only("  aktivitet a: A") == "1:3 this line is indented, but there is no line above it to belong to")
        #expect(only("aktivitet a: A\n  ansvarlig: X\n    -> b")
            == "3:5 this line is indented under 'ansvarlig:', which takes nothing under it")
    }

    @Test func linesUnderABrokenLineAreSkippedSilently() {
        let result = parse("aktivitett a: A\n  ansvarlig: X\n  -> b\naktivitet c: C")
        #expect(result.diagnostics.count == 1)
        #expect(result.file.nodes.map(\.id.name) == ["c"])
    }

    @Test func tabsMixedWithSpacesWarnOnce() {
        let result = parse("aktivitet a: A\n  ansvarlig: X\n\t-> b\n\t-> c")
        #expect(result.diagnostics.count == 1)
        let warning = result.diagnostics[0]
        #expect(warning.severity == .warning)
        #expect(warning.rule == "mixed-indentation")
        #expect(warning.location == SourceLocation(line: 3, column: 1))
        #expect(warning.message.contains("line 2 is indented with spaces"))
        #expect(result.file.nodes[0].edges.count == 2)
        #expect(parse("aktivitet a: A\n\t-> b\n\t\tantagelse: x").diagnostics.isEmpty)
    }

    @Test func duplicatePropertiesAndHeaders() {
        #expect(only("aktivitet a: A\n  ansvarlig: X\n  ansvarlig: Y") == "3:3 'ansvarlig:' is given twice here; keep one")
        #expect(only("theory: A\ntheory: B") == "2:1 the theory already has a title (line 1)")
    }

    @Test func periodMustBeTwoYearsInOrder() {
        #expect(only("periode: 2019") == "1:10 a period is two years, as in '2019-2022'")
        #expect(only("periode: 2022-2019") == "1:10 the period ends (2019) before it starts (2022)")
        #expect(parse("periode: 2019 – 2022").diagnostics.isEmpty)
    }

    @Test func nodeIndentedUnderAnotherNodeIsReportedButKept() {
        let result = parse("aktivitet a: A\n  output b: B")
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics[0].location == SourceLocation(line: 2, column: 3))
        #expect(result.file.nodes.map(\.id.name) == ["a", "b"])
    }

    @Test func oneRunReportsEveryProblem() {
        let result = parse("""
            aktivitett a: A
            ansvarlig: X
            aktivitet b
            mål m: M
              målværdi: 1
            """)
        #expect(result.diagnostics.map(\.location.line) == [1, 2, 3, 5])
        #expect(result.diagnostics.allSatisfy { $0.rule == "parse-error" && $0.severity == .error })
    }

    @Test func columnsCountCharactersNotBytes() {
        let result = parse("aktivitet æøå: 😀 \næøå -> 🎉")
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics[0].location == SourceLocation(line: 2, column: 8))
        let decomposed = parse("mål a\u{30A}b: x\n  ansvarlig x")
        #expect(decomposed.diagnostics.first?.location == SourceLocation(line: 2, column: 13))
    }
}

@Suite struct DanishMessageTests {
    static let broken = [
        "aktivitett a: A", "ansvarlig: Kommunen", "mål m: M\n  målværdi: 80%", "aktivitet: Lektiecafé",
        "aktivitet lektiecafe Lektiecafé", "aktivitet lektiecafe", "periode 2019-2022", "aktivitet", "aktivitet 1a: A",
        "aktivitet a: A\n  ->", "a -> b,", "  aktivitet a: A", "aktivitet a: A\n  ansvarlig: X\n    -> b",
        "aktivitet a: A\n  ansvarlig: X\n  ansvarlig: Y", "theory: A\ntheory: B", "periode: 2019", "periode: 2022-2019",
        "aktivitet a: A\n  output b: B", "aktivitet a: A\n  ansvarlig: X\n\t-> b", "-> a", "a b c", "ansvarlig x: y",
        "aktivitet a: A\n  område: 1x", "a -> b c", "a, -> b", "område a: A\n  område b: B",
    ]

    @Test(arguments: broken)
    func everyProblemHasItsOwnDanishText(text: String) {
        let diagnostics = parse(text).diagnostics
        #expect(!diagnostics.isEmpty)
        for diagnostic in diagnostics {
            #expect(!diagnostic.text.da.isEmpty)
            #expect(diagnostic.text.da != diagnostic.text.en, "untranslated: \(diagnostic.text.en)")
        }
    }
}
