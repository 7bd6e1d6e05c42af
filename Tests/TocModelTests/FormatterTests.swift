import Foundation
import PropertyBased
import Testing
import TocModel
import TocSyntax
import TocTestSupport

/// `toc fmt`'s formatter: canonical, idempotent, and it never changes meaning.
@Suite struct FormatterTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let messy = """
        # Top comment
        PERIODE:   2023-2026
        Forandringsteori:Messy   theory
        inkluder: x.ft


        område  a :  Area A
        \taktivitet  b:  B label with # and -> inside
        \t\t-> c ,d
        \t\t# comment about owner
        \t\tANSVARLIG: Kommunen
        \toutput c: C
        \t    -> d
        resultat d: D
          -> e
             antagelse:  assumption  on edge
          indikator   i1 :  Ind
            kilde: src
            målværdi: 50% (2026)
            udgangspunkt: 40% (2022)
          antagelse: node assumption
        mål e: E
          indicator: x



        b->c,d   ->  e
          assumption: chain assumption
        # trailing comment

        """

    static let canonical = """
        # Top comment
        forandringsteori: Messy   theory
        periode: 2023-2026
        inkluder: x.ft

        område a: Area A
          aktivitet b: B label with # and -> inside
            # comment about owner
            ansvarlig: Kommunen
            -> c, d
          output c: C
            -> d
        resultat d: D
          antagelse: node assumption
          indikator i1: Ind
            udgangspunkt: 40% (2022)
            målværdi: 50% (2026)
            kilde: src
          -> e
            antagelse: assumption  on edge
        mål e: E
          indicator: x

        b -> c, d -> e
          assumption: chain assumption
        # trailing comment

        """

    func format(_ text: String, _ keywords: Language? = nil) -> String? {
        Formatter.format(SourceFile(path: "t.ft", text: text), keywords: keywords)
    }

    @Test func unicodeArrowsBecomePlainArrows() {
        #expect(format("aktivitet a: A\n  → o\noutput o: O\na→o\n") == "aktivitet a: A\n  -> o\noutput o: O\na -> o\n")
    }

    @Test func anUntidyFileGetsTheCanonicalLayout() {
        #expect(format(Self.messy) == Self.canonical)
        #expect(format(Self.canonical) == Self.canonical)
    }

    @Test func keywordsCanBeTranslatedEitherWay() throws {
        let english = try #require(format(Self.messy, .en))
        #expect(english.contains("theory: Messy   theory\nperiod: 2023-2026\ninclude: x.ft\n\narea a: Area A\n  activity b:"))
        #expect(english.contains("    owner: Kommunen") && english.contains("goal e: E\n  indicator: x"))
        let danish = try #require(format(english, .da))
        #expect(danish == format(Self.messy, .da))
        #expect(danish.contains("mål e: E\n  indikator: x") && danish.contains("  antagelse: chain assumption"))
        for text in [english, danish] {
            #expect(TheoryMeaning(source: SourceFile(path: "t.ft", text: text)) == TheoryMeaning(source: SourceFile(path: "t.ft", text: Self.messy)))
        }
    }

    @Test func aFileThatDoesNotParseIsNotFormatted() {
        #expect(format("aktivitet a A\n") == nil)
        #expect(format("mål m: M\n  område: x\n  område: y\n") == nil)
    }

    @Test func everyExampleTheoryAndTheSketchAreAlreadyCanonical() throws {
        let folders = ["theories", "Tests/Fixtures"].map { Self.packageRoot.appendingPathComponent($0) }
        var count = 0
        for folder in folders {
            for relative in try FileManager.default.subpathsOfDirectory(atPath: folder.path) where relative.hasSuffix(".ft") {
                let text = try String(contentsOf: folder.appendingPathComponent(relative), encoding: .utf8)
                #expect(format(text) == text, "\(relative) is not formatted")
                // Translated either way, each example says the same.
                let meaning = TheoryMeaning(source: SourceFile(path: relative, text: text))
                #expect(meaning != nil)
                for style in [Language.da, .en] {
                    let translated = try #require(format(text, style))
                    #expect(TheoryMeaning(source: SourceFile(path: relative, text: translated)) == meaning, "\(relative)")
                    #expect(format(translated, style) == translated)
                }
                count += 1
            }
        }
        #expect(count >= 8)
    }

    @Test func theLayoutShownInTheDocsIsCanonical() throws {
        let docs = try String(contentsOf: Self.packageRoot.appendingPathComponent("docs/language.md"), encoding: .utf8)
        let section = try #require(docs.range(of: "## Canonical layout"))
        let blocks = docs[section.upperBound...].components(separatedBy: "```\n")
        #expect(blocks.count > 2)
        let example = blocks[1]
        #expect(example.contains("indikator fremmøde"))
        #expect(format(example) == example)
    }

    /// For generated theories in untidy layouts: formatting keeps the meaning
    /// and every comment, gives a file that parses cleanly, and formatting
    /// that again changes nothing; translated keywords keep the meaning too.
    @Test func formattingKeepsMeaningAndIsIdempotent() async {
        await propertyCheck(count: 300, input: Gen.uint64(in: 0 ... .max)) { seed in
            let text = TheoryGenerator.theory(seed: seed)
            let source = SourceFile(path: "g.ft", text: text)
            guard let meaning = TheoryMeaning(source: source) else {
                Issue.record("generated theory does not parse:\n\(text)")
                return
            }
            guard let formatted = Formatter.format(source) else {
                Issue.record("not formatted:\n\(text)")
                return
            }
            let again = SourceFile(path: "g.ft", text: formatted)
            #expect(Parser.parse(again).diagnostics.isEmpty, "\(formatted)")
            #expect(TheoryMeaning(source: again) == meaning, "meaning changed:\n\(text)\n---\n\(formatted)")
            #expect(Formatter.format(again) == formatted, "not idempotent:\n\(formatted)")
            let comments = { (text: String) in
                text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.hasPrefix("#") }.sorted()
            }
            #expect(comments(formatted) == comments(text))
            for style in [Language.da, .en] {
                let translated = Formatter.format(source, keywords: style)
                #expect(translated.flatMap { TheoryMeaning(source: SourceFile(path: "g.ft", text: $0)) } == meaning)
            }
        }
    }
}
