import Testing
import TocPipeline

/// What may be typed at a position (issue #27): one answer, in Swift, for
/// the page's text pane (`POST /t/PATH/complete`) and for `toc lsp`.
@Suite struct CompletionTests {
    static let theory = [
        "forandringsteori: Lektiecafé i Bispehaven",
        "område uddannelse: Uddannelse og livschancer",
        "aktivitet lektiecafe: Lektiecafé to gange om ugen",
        "  område: uddannelse",
        "  -> job",
        "output jobcafe: Jobcafé hver torsdag",
        "output deltagelse: 40 børn deltager fast",
        "",
    ].joined(separator: "\n")

    /// The UTF-16 offset just after `marker` in `text`, as a browser counts.
    static func at(_ text: String, _ marker: String) -> Int {
        let range = text.range(of: marker)!
        return text[..<range.upperBound].utf16.count
    }

    static func shown(_ offer: CompletionOffer?) -> [String]? { offer?.items.map(\.show) }

    @Test func afterAnArrowTheDeclaredNodesAreOfferedFromThePrefixNotAreas() throws {
        let offer = try #require(Pipeline.completions(in: Self.theory, at: Self.at(Self.theory, "-> job")))
        #expect(Self.shown(offer) == ["jobcafe"])
        #expect(offer.from == Self.at(Self.theory, "-> "))
        #expect(offer.items.first?.note == "Jobcafé hver torsdag" && offer.items.first?.alias == "output")
        #expect(Self.shown(Pipeline.completions(in: Self.theory, at: Self.at(Self.theory, "-> "))) == ["jobcafe", "deltagelse"])
    }

    @Test func aNodeIsNeverOfferedItsOwnIdNorAnIdItsLineNamesAlready() {
        let text = Self.theory.replacingOccurrences(of: "  -> job", with: "  -> ")
        #expect(Self.shown(Pipeline.completions(in: text, at: Self.at(text, "  -> ")))?.contains("lektiecafe") == false)
        let edge = "aktivitet a: A\noutput b: B\noutput c: C\na -> b, "
        #expect(Self.shown(Pipeline.completions(in: edge, at: edge.utf16.count)) == ["c"])
        let full = Self.theory.replacingOccurrences(of: "  -> job", with: "  -> jobcafe")
        #expect(Self.shown(Pipeline.completions(in: full, at: Self.at(full, "-> jobcafe"))) == [])
    }

    @Test func keywordsAtALinesStartInTheFilesLanguageOnly() throws {
        let text = Self.theory + "resu"
        let offer = try #require(Pipeline.completions(in: text, at: text.utf16.count))
        #expect(Self.shown(offer) == ["resultat"])
        #expect(offer.items.first?.note == nil && offer.items.first?.insert == "resultat " && offer.items.first?.alias == "outcome")
        let under = Self.shown(Pipeline.completions(in: Self.theory + "  in", at: (Self.theory + "  in").utf16.count)) ?? []
        #expect(under.contains("indikator") && !under.contains("indicator"), "\(under)")
        let english = "theory: Jobs\nactivity jobcafe: Job café\n  ta"
        #expect(Self.shown(Pipeline.completions(in: english, at: english.utf16.count)) == ["target-group"])
    }

    @Test func afterOmraadeTheAreasAreOffered() {
        let text = Self.theory + "aktivitet ny: Ny\n  område: ud"
        #expect(Self.shown(Pipeline.completions(in: text, at: text.utf16.count)) == ["uddannelse"])
    }

    @Test func afterLbfOmraadeTheStandardAreasAreOffered() throws {
        let text = Self.theory + "område job: Job\n  lbf-område: "
        let offer = try #require(Pipeline.completions(in: text, at: text.utf16.count))
        #expect(Self.shown(offer) == ["uddannelse", "beskæftigelse", "kriminalitet", "sammenhængskraft", "forebyggelse"])
        #expect(offer.items.map(\.note).contains("Sammenhængskraft og medborgerskab"))
        let typed = text + "be"
        #expect(Self.shown(Pipeline.completions(in: typed, at: typed.utf16.count)) == ["beskæftigelse"])
    }

    @Test func nothingIsOfferedInsideALabelOrAComment() {
        #expect(Pipeline.completions(in: Self.theory, at: Self.at(Self.theory, "Lektiecafé to")) == nil)
        #expect((Pipeline.completions(in: "# en note -> ", at: 12)?.items.count ?? 0) == 0)
    }

    @Test func offsetsCountUTF16AsTheBrowserDoes() throws {
        let text = "aktivitet a: 😀 æ\noutput bø: B\na -> b"
        let offer = try #require(Pipeline.completions(in: text, at: text.utf16.count))
        #expect(Self.shown(offer) == ["bø"] && offer.from == text.utf16.count - 1)
        #expect(Pipeline.completions(in: text, at: 10_000) != nil && Pipeline.completions(in: text, at: -5) == nil)
    }
}
