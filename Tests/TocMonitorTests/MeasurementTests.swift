import Foundation
import Testing
import TocModel
import TocMonitor
import TocSyntax
import TocTestSupport

func measurements(_ text: String) -> MeasurementFile {
    MeasurementFile(path: "målinger.csv", bytes: Array(text.utf8))
}

@Suite struct MeasurementTests {
    @Test func datesInIsoAndDanishForms() {
        #expect(MeasureDate(parsing: "2025")?.description == "2025")
        #expect(MeasureDate(parsing: "2025-06")?.description == "2025-06")
        #expect(MeasureDate(parsing: "2025-06-30")?.description == "2025-06-30")
        #expect(MeasureDate(parsing: "30-06-2025")?.description == "2025-06-30")
        #expect(MeasureDate(parsing: "30.6.2025")?.description == "2025-06-30")
        #expect(MeasureDate(parsing: "29-02-2024") != nil)
        for bad in ["", "2025-13", "2025-02-30", "29-02-2025", "juni 2025", "25", "2025-06-30x", "12/31/2025"] {
            #expect(MeasureDate(parsing: bad) == nil, "\(bad)")
        }
    }

    @Test func semicolonFilesWithDanishHeadingsAndDecimalCommas() throws {
        let file = measurements("\u{FEFF}indikator;dato;værdi\r\nledige;2024-06;11,8%\r\n\r\njobparat;2025;41\r\n")
        #expect(file.diagnostics.isEmpty)
        #expect(file.measurements.map(\.value) == [11.8, 41])
        #expect(file.measurements.map(\.isPercent) == [true, false])
        #expect(file.measurements.map(\.location.line) == [2, 4])
    }

    @Test func badDatesNumbersAndColumnsAreLocated() throws {
        let file = measurements("indicator,date,value,kommentar\nledige,2024-13-01,11\nledige,2024,\"11,8x\"\n,2024,3\n")
        let found = file.diagnostics.map { "\($0.location.line):\($0.location.column)" }
        #expect(found == ["1:22", "2:8", "3:13", "4:1"])
        #expect(file.diagnostics.allSatisfy { $0.file == "målinger.csv" && $0.rule == "measurement-error" })
        #expect(file.diagnostics[1].message.contains("'2024-13-01' is not a date"))
        #expect(file.diagnostics[2].text.da.contains("er ikke et tal"))
        #expect(file.measurements.isEmpty)
    }

    @Test func aMissingColumnOrAnEmptyFileStopsAtLineOne() {
        #expect(measurements("").diagnostics.map(\.location.line) == [1])
        let missing = measurements("indikator;dato\nledige;2024\n")
        #expect(missing.diagnostics.count == 1)
        #expect(missing.diagnostics[0].text.da.contains("mangler: værdi"))
    }

    @Test func numbersMustBeWholeFields() {
        for good in ["42", "-3", "4,1", "4.1", "1.200", "42 %", "+2"] {
            #expect(measurements("indicator,date,value\nx,2024,\"\(good)\"\n").diagnostics.isEmpty, "\(good)")
        }
        for bad in ["4 1", "abc", "12x", "1,2,3", "%", "--4", "٣"] {
            #expect(!measurements("indicator,date,value\nx,2024,\"\(bad)\"\n").diagnostics.isEmpty, "\(bad)")
        }
    }

    @Test func randomBytesNeverCrash() {
        var random = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let count = Int.random(in: 0..<200, using: &random)
            let alphabet = Array("indikator;dato;værdi,\"\n\r 0123456789-.%æ")
            let text = String((0..<count).map { _ in alphabet.randomElement(using: &random)! })
            _ = measurements("indikator;dato;værdi\n" + text)
            _ = MeasurementFile(path: "x.csv", bytes: (0..<count).map { _ in UInt8.random(in: 0...255, using: &random) })
        }
    }
}

/// A header of many unknown columns is read in one pass and each is located
/// exactly (issue #14, point 8; the time is in docs/performance.md).
@Suite struct WideHeaderTests {
    @Test func everyUnknownColumnIsLocated() {
        let unknown = (0..<16_000).map { "x\($0)" }
        let header = (["indikator", "dato", "værdi"] + unknown).joined(separator: ";")
        let file = MeasurementFile(path: "m.csv", bytes: Array((header + "\ni;2024-01-01;3\n").utf8))
        let problems = file.diagnostics.filter { $0.text.en.hasPrefix("unknown column") }
        #expect(problems.count == 16_000)
        // Column of "x<k>": after "indikator;dato;værdi;" (21 characters) and the names before it.
        var column = 22
        for (index, problem) in problems.enumerated() {
            #expect(problem.location.line == 1)
            if problem.location.column != column {
                Issue.record("x\(index) at \(problem.location.column), expected \(column)")
                break
            }
            column += "x\(index);".count
        }
    }
}

/// Found by fuzzing measurements (issue #14): a file whose lines end in a
/// lone CR (old Mac exports) is located as the CSV reader reads it.
@Suite struct LoneCarriageReturnTests {
    @Test func linesEndingInCRAreLocated() {
        let file = MeasurementFile(path: "m.csv", bytes: Array("indikator;dato;værdi\rx;2024-01-01;zz\r".utf8))
        let problem = file.diagnostics.first { $0.text.en.contains("not a number") }
        #expect(problem?.location.line == 2)
        #expect(problem?.location.column == 14)
    }
}

/// Found by fuzzing measurements (issue #14): a binary file (an .xlsx
/// saved under a .csv name) is one message, not a message per row of noise.
@Suite struct BinaryMeasurementsTests {
    @Test func aBinaryFileIsOneMessage() {
        let bytes = Array("PK\u{3}\u{4}\u{0}\u{0}indikator;dato;værdi\nx;;\ny;;\n".utf8)
        let file = MeasurementFile(path: "m.xlsx.csv", bytes: bytes)
        #expect(file.diagnostics.count == 1)
        #expect(file.diagnostics.first?.text.en.hasPrefix("this is a binary file, not a CSV of measurements") == true)
        #expect(file.diagnostics.first?.location == SourceLocation(line: 1, column: 1))
    }
}
