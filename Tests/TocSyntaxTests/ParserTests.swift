import Foundation
import Testing
@testable import TocSyntax
import TocTestSupport

/// The repository's Tests/Fixtures folder.
let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

func parse(_ text: String) -> ParseResult {
    Parser.parse(text: text, path: "t.ft")
}

@Suite struct ParserTests {
    /// No-break spaces (U+00A0, U+202F) pasted from documents or chat count
    /// as spaces between words and in indentation; labels keep theirs.
    @Test func noBreakSpacesCountAsSpaces() {
        let nbsp = "\u{00A0}", narrow = "\u{202F}"
        let text = "aktivitet\(nbsp)a:\(nbsp)Lektiecafé kl.\(nbsp)15\(nbsp)\n\(nbsp)\(nbsp)->\(narrow)m\nmål m: M\n  indikator: I\n"
        let result = parse(text)
        #expect(result.diagnostics.isEmpty)
        #expect(result.file.nodes.map(\.id.name) == ["a", "m"])
        #expect(result.file.nodes[0].label.value == "Lektiecafé kl.\(nbsp)15")
        #expect(result.file.nodes[0].edges.map { $0.targets.map(\.name) } == [["m"]])
        #expect(result.file.nodes[1].indicators.count == 1)
    }

    /// `→` (what autocorrect makes of `->`) is an arrow too, under a node
    /// and in chains, with or without spaces around it.
    @Test func unicodeArrowIsAnArrow() {
        let plain = parse("aktivitet a: A\n  -> o\noutput o: O\nmål m: M\na -> o -> m\no->m\n")
        let fancy = parse("aktivitet a: A\n  → o\noutput o: O\nmål m: M\na → o → m\no→m\n")
        #expect(plain.diagnostics.isEmpty && fancy.diagnostics.isEmpty)
        #expect(fancy.file.nodes[0].edges.map { $0.targets.map(\.name) } == [["o"]])
        #expect(fancy.file.chains.map { $0.steps.map { $0.map(\.name) } } == plain.file.chains.map { $0.steps.map { $0.map(\.name) } })
        #expect(fancy.file.chains.count == 2)
        #expect(fancy.file.nodes[0].edges[0].targets[0].range.start == SourceLocation(line: 2, column: 5))
        // Other arrows are still errors, pointing at themselves.
        let wrong = parse("aktivitet a: A\n  ⇒ o\n")
        #expect(wrong.diagnostics.map(\.location) == [SourceLocation(line: 2, column: 3)])
    }

    @Test func danishExampleParsesIntoTheExpectedTree() throws {
        let text = try String(contentsOf: fixtures.appendingPathComponent("language-example-da.ft"), encoding: .utf8)
        let result = parse(text)
        #expect(result.diagnostics.isEmpty)
        let file = result.file
        #expect(file.title?.value == "Uddannelse og livschancer i Bispehaven")
        #expect(file.period?.start == 2019 && file.period?.end == 2022)
        #expect(file.areas.map(\.id.name) == ["uddannelse"])
        #expect(file.nodes.map(\.id.name) == ["lektiecafe", "deltagelse", "trivsel", "ungdomsuddannelse"])
        #expect(file.nodes.map(\.kind) == [.activity, .output, .outcome, .goal])
        let activity = file.nodes[0]
        #expect(activity.area?.name == "uddannelse")
        #expect(activity.owner?.value == "Boligorganisationen")
        #expect(activity.label.value == "Lektiecafé to gange om ugen for 4.-9. klasse")
        #expect(activity.id.range.start == SourceLocation(line: 7, column: 11))
        let outcome = file.nodes[2]
        #expect(outcome.indicators.count == 1)
        let indicator = outcome.indicators[0]
        #expect(indicator.label.value == "Andel elever med høj trivsel")
        #expect(indicator.baseline?.value == MeasuredValue(text: "61% (2018)", number: 61, isPercent: true, year: 2018))
        #expect(indicator.target?.value.year == 2022)
        #expect(indicator.source?.value == "Den nationale trivselsmåling")
        #expect(outcome.edges.count == 1)
        #expect(outcome.edges[0].targets.map(\.name) == ["ungdomsuddannelse"])
        #expect(outcome.edges[0].assumptions.map(\.value) == ["Forældrene bakker op om lektiecaféen"])
        #expect(outcome.assumptions.isEmpty)
    }

    @Test func englishExampleHasAChain() throws {
        let text = try String(contentsOf: fixtures.appendingPathComponent("language-example-en.ft"), encoding: .utf8)
        let result = parse(text)
        #expect(result.diagnostics.isEmpty)
        #expect(result.file.chains.count == 1)
        #expect(result.file.chains[0].steps.map { $0.map(\.name) } == [["mentors"], ["matched"], ["ready"], ["jobs"]])
    }

    @Test func labelsAreVerbatim() {
        let label = #"Tekst med "citat", # ikke kommentar, -> ikke kant, <b>fed</b> & \N"#
        let result = parse("aktivitet a: \(label)")
        #expect(result.diagnostics.isEmpty)
        #expect(result.file.nodes.first?.label.value == label)
    }

    @Test func keywordsAreCaseInsensitiveAndMayBeMixed() {
        let result = parse("""
            Theory: Blandet
            Aktivitet a: A
              owner: Kommunen
              -> b
            GOAL b: B
              indikator: Noget
                target: 10 (2024)
            """)
        #expect(result.diagnostics.isEmpty)
        #expect(result.file.nodes.map(\.kind) == [.activity, .goal])
        #expect(result.file.nodes[0].owner?.value == "Kommunen")
        #expect(result.file.nodes[1].indicators[0].target?.value.number == 10)
    }

    @Test func nodesIndentedUnderAnAreaBelongToIt() {
        let result = parse("""
            område job: Beskæftigelse
              aktivitet jobcafe: Jobcafé
                ansvarlig: Jobcentret
              output cv: CV-hjælp
            aktivitet løs: Uden område
            """)
        #expect(result.diagnostics.isEmpty)
        #expect(result.file.nodes.map { $0.area?.name } == ["job", "job", nil])
        #expect(result.file.nodes[0].owner?.value == "Jobcentret")
    }

    @Test func chainsTakeCommaListsAndAssumptions() {
        let result = parse("""
            a, b -> c -> d, e
              antagelse: Det holder
            """)
        #expect(result.diagnostics.isEmpty)
        let chain = result.file.chains[0]
        #expect(chain.steps.map { $0.map(\.name) } == [["a", "b"], ["c"], ["d", "e"]])
        #expect(chain.assumptions.map(\.value) == ["Det holder"])
    }

    @Test func edgeLinesTakeSeveralTargets() {
        let result = parse("""
            aktivitet a: A
              -> b, c
              ->d
            """)
        #expect(result.diagnostics.isEmpty)
        #expect(result.file.nodes[0].edges.map { $0.targets.map(\.name) } == [["b", "c"], ["d"]])
    }

    @Test func identifiersTakeUnicodeLettersDigitsUnderscoreAndHyphen() {
        let result = parse("aktivitet æble-ø_2å: x\næble-ø_2å->mål-1")
        #expect(result.diagnostics.isEmpty)
        #expect(result.file.nodes[0].id.name == "æble-ø_2å")
        #expect(result.file.chains[0].steps.map { $0.map(\.name) } == [["æble-ø_2å"], ["mål-1"]])
    }

    @Test func commentsAndBlankLinesAreIgnoredEverywhere() {
        let result = parse("""
            # top
            aktivitet a: A

                # an indented comment does not open a block
              -> b
            # between
              ansvarlig: X
            """)
        #expect(result.diagnostics.isEmpty)
        #expect(result.file.nodes[0].edges.count == 1)
        #expect(result.file.nodes[0].owner?.value == "X")
    }

    @Test func emptyLabelIsAllowed() {
        let result = parse("aktivitet a:")
        #expect(result.diagnostics.isEmpty)
        #expect(result.file.nodes[0].label.value == "")
    }
}

@Suite struct LanguageTests {
    @Test func languageFollowsMostKeywords() throws {
        let english = try String(contentsOf: fixtures.appendingPathComponent("language-example-en.ft"), encoding: .utf8)
        let danish = try String(contentsOf: fixtures.appendingPathComponent("language-example-da.ft"), encoding: .utf8)
        #expect(parse(english).file.keywordLanguage == .en)
        #expect(parse(danish).file.keywordLanguage == .da)
        #expect(parse("").file.keywordLanguage == .da)
    }
}

@Suite struct IncludeSyntaxTests {
    @Test(arguments: ["inkluder", "include", "inkludér", "Inkluder"])
    func includeLinesAreReadInEitherLanguage(word: String) throws {
        let result = Parser.parse(text: "forandringsteori: T\n\(word): fælles/mål og indikatorer.ft\n")
        #expect(result.diagnostics.isEmpty)
        let include = try #require(result.file.includes.first)
        #expect(include.path.value == "fælles/mål og indikatorer.ft")
        #expect(include.path.range.start == SourceLocation(line: 2, column: word.count + 3))
    }

    @Test func anIndentedOrEmptyIncludeIsAnError() {
        let indented = Parser.parse(text: "aktivitet a: A\n  inkluder: x.ft\n")
        #expect(indented.diagnostics.map(\.location) == [SourceLocation(line: 2, column: 3)])
        #expect(indented.file.includes.isEmpty)
        let empty = Parser.parse(text: "inkluder:\n")
        #expect(empty.hasErrors)
    }

    @Test func locationsNameTheIncludedFileWhenAsked() throws {
        let result = Parser.parse(SourceFile(path: "x.ft", text: "mål m: M\n"), locationFile: "x.ft")
        #expect(try #require(result.file.nodes.first).id.range.start.file == "x.ft")
        #expect(Parser.parse(text: "mål m: M\n").file.nodes.first?.id.range.start.file == nil)
    }
}
