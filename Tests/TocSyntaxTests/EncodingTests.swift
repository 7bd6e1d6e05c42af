import Testing
import TocTestSupport
@testable import TocSyntax

@Suite struct EncodingTests {
    @Test func byteOrderMarkIsAccepted() {
        let source = SourceFile(path: "t.ft", data: [0xEF, 0xBB, 0xBF] + Array("aktivitet a: A".utf8))
        let result = Parser.parse(source)
        #expect(result.diagnostics.isEmpty)
        #expect(result.file.nodes[0].id.range.start == SourceLocation(line: 1, column: 11))
    }

    @Test func codePointColumnsCountCombiningMarks() {
        let source = SourceFile(path: "t.ft", text: "æøå -> b\ncafe\u{301} -> b\n🇩🇰 x\n")
        #expect(source.codePointColumn(of: SourceLocation(line: 1, column: 8)) == 8)
        #expect(source.codePointColumn(of: SourceLocation(line: 2, column: 9)) == 10)
        #expect(source.codePointColumn(of: SourceLocation(line: 3, column: 3)) == 4)
        // Past the end of a line (an end-of-line finding) counts on.
        #expect(source.codePointColumn(of: SourceLocation(line: 2, column: 12)) == 13)
    }

    @Test func crlfAndLoneCRSplitLines() {
        for newline in ["\r\n", "\r", "\n"] {
            let text = ["aktivitet a: A", "  ansvarlig: X", "  ->"].joined(separator: newline) + newline
            let result = parse(text)
            #expect(result.file.nodes[0].owner?.value == "X")
            #expect(result.diagnostics.map(\.location) == [SourceLocation(line: 3, column: 5)])
        }
    }

    @Test func invalidUTF8IsReportedWhereItIsAndParsingGoesOn() {
        let bytes = Array("aktivitet a: A\n  ansvarlig: K".utf8) + [0xFF] + Array("ommune\naktivitet b: B".utf8)
        let result = Parser.parse(SourceFile(path: "t.ft", data: bytes))
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics[0].rule == "invalid-encoding")
        #expect(result.diagnostics[0].location == SourceLocation(line: 2, column: 15))
        #expect(result.file.nodes.map(\.id.name) == ["a", "b"])
        #expect(result.file.nodes[0].owner?.value == "K\u{FFFD}ommune")
    }

    @Test func latin1FileGetsOneMessagePerBadByte() {
        // "mål" in Latin-1: å is the single byte 0xE5.
        let bytes = Array("m".utf8) + [0xE5] + Array("l m: M\n".utf8)
        let result = Parser.parse(SourceFile(path: "t.ft", data: bytes))
        #expect(result.diagnostics.first?.rule == "invalid-encoding")
        #expect(result.diagnostics.first?.location == SourceLocation(line: 1, column: 2))
    }

    @Test func binaryFileGetsOneClearMessage() {
        let result = Parser.parse(SourceFile(path: "t.ft", data: [0x7F, 0x45, 0x4C, 0x46, 0, 0, 1]))
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics[0].message.contains("binary"))
    }

    @Test func emptyAndCommentOnlyFilesParseToNothing() {
        #expect(parse("").diagnostics.isEmpty)
        #expect(parse("# kun en kommentar\n\n   \n").diagnostics.isEmpty)
        #expect(parse("").file.nodes.isEmpty)
    }
}

@Suite struct RobustnessTests {
    static let pieces = [
        "aktivitet", "mål", "output", "resultat", "område", "indikator", "målværdi", "antagelse",
        " ", "  ", "\t", ":", "->", ",", "#", "\n", "\r\n", "\r", "a", "b", "æø", "😀", "1", "-", "_",
        "(2022)", "61%", "\u{30A}", "\u{FFFD}", "\"", "\\", "<b>",
    ]

    @Test func randomTokenSoupNeverCrashesAndStaysInsideTheFile() {
        var random = SeededGenerator(seed: 42)
        for _ in 0..<3000 {
            let count = Int.random(in: 0..<40, using: &random)
            let text = (0..<count).map { _ in Self.pieces.randomElement(using: &random)! }.joined()
            let source = SourceFile(path: "t.ft", text: text)
            let result = Parser.parse(source)
            for diagnostic in result.diagnostics {
                #expect(diagnostic.location.line >= 1 && diagnostic.location.line <= source.lines.count)
                let lineLength = source.text(ofLine: diagnostic.location.line).count
                #expect(diagnostic.location.column >= 1 && diagnostic.location.column <= lineLength + 1)
            }
        }
    }

    @Test func randomBytesNeverCrash() {
        var random = SeededGenerator(seed: 7)
        for _ in 0..<2000 {
            let count = Int.random(in: 0..<64, using: &random)
            let bytes = (0..<count).map { _ in UInt8.random(in: 1...255, using: &random) }
            _ = Parser.parse(SourceFile(path: "t.ft", data: bytes))
        }
    }
}
