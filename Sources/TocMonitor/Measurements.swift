import CSV
import Foundation
import TocSyntax

/// A day, month or year a value was measured.
public struct MeasureDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The year.
    public var year: Int
    /// The month, when given.
    public var month: Int?
    /// The day, when given.
    public var day: Int?

    /// The date as a fractional year, for comparing progress with a plan.
    public var fractionalYear: Double {
        Double(year) + (Double((month ?? 1) - 1) + Double((day ?? 1) - 1) / 31) / 12
    }

    /// Orders dates in time (a year alone counts as its first day).
    public static func < (lhs: MeasureDate, rhs: MeasureDate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }

    /// ISO form: `2025`, `2025-06`, `2025-06-30`.
    public var description: String {
        var text = String(format: "%04d", year)
        if let month { text += String(format: "-%02d", month) }
        if let day { text += String(format: "-%02d", day) }
        return text
    }

    /// Reads `2025`, `2025-06`, `2025-06-30`, or the Danish `30-06-2025`,
    /// `30.06.2025`, `30/6/2025`; nil for anything else or an impossible date.
    public init?(parsing text: String) {
        let parts = text.split(whereSeparator: { "-./".contains($0) }).map(String.init)
        guard !parts.isEmpty, parts.count <= 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
              text.first?.isASCIIDigit == true, text.last?.isASCIIDigit == true else { return nil }
        let numbers = parts.compactMap { Int($0) }
        let (year, month, day): (Int, Int?, Int?)
        if parts[0].count == 4 {
            year = numbers[0]
            month = numbers.count > 1 ? numbers[1] : nil
            day = numbers.count > 2 ? numbers[2] : nil
        } else if parts.count == 3, parts[2].count == 4 {
            (year, month, day) = (numbers[2], numbers[1], numbers[0])
        } else {
            return nil
        }
        guard (1900...2200).contains(year) else { return nil }
        if let month, !(1...12).contains(month) { return nil }
        if let day, let month {
            let lengths = [31, year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
            guard (1...lengths[month - 1]).contains(day) else { return nil }
        }
        self.year = year
        self.month = month
        self.day = day
    }
}

/// One measured value of one indicator, from a measurements file.
public struct Observation: Hashable, Sendable {
    /// The indicator's id, or its node's id.
    public var key: String
    /// The theory it belongs to (file name without `.ft`, or path), when the file says.
    public var theory: String?
    /// When it was measured.
    public var date: MeasureDate
    /// The value.
    public var value: Double
    /// Whether the value was written with `%`.
    public var isPercent: Bool
    /// The value as written.
    public var text: String
    /// Where it was written.
    public var location: SourceLocation
}

/// A measurements file, read: its values and its problems.
public struct MeasurementFile: Sendable {
    /// The file, as the user named it.
    public var path: String
    /// Every value that could be read, in file order.
    public var measurements: [Observation] = []
    /// Problems, each at the CSV line and column.
    public var diagnostics: [Diagnostic] = []

    /// The column names accepted, English and Danish.
    static let columns: [(name: String, spellings: Set<String>)] = [
        ("indicator", ["indicator", "indikator", "id"]),
        ("date", ["date", "dato"]),
        ("value", ["value", "værdi", "vaerdi"]),
        ("theory", ["theory", "teori"]),
    ]

    /// Reads a CSV file of measurements: a header row naming the columns
    /// indicator (indikator), date (dato), value (værdi) and, optionally,
    /// theory (teori), separated by `,`, `;` or tabs.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        // A spreadsheet saved as .xlsx, or any binary file: one message, not
        // one per row of noise (as for theory files).
        if bytes.prefix(8192).contains(0) {
            problem("this is a binary file, not a CSV of measurements; save the sheet as CSV (UTF-8)",
                    da: "det her er en binær fil, ikke en CSV med målinger; gem arket som CSV (UTF-8)", line: 1, column: 1)
            return
        }
        var text = String(decoding: bytes, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        // Lines end in LF, CRLF or a lone CR (old Mac exports); the CSV reader
        // takes all three, so the line count must too, or locations drift.
        if text.utf8.contains(13) { text = Self.unifiedLineBreaks(text) }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
        }
        let delimiter = MeasurementFile.delimiter(of: lines.first ?? "")
        // CSV.swift says only that it cannot start; the finding below says it in words, at line 1.
        guard let reader = try? CSVReader(string: text, hasHeaderRow: false, delimiter: delimiter) else {
            problem("the file cannot be read as CSV", da: "filen kan ikke læses som CSV", line: 1, column: 1)
            return
        }
        var line = 1
        guard let header = reader.next() else {
            problem("the file is empty; the first line must name the columns indicator, date and value",
                    da: "filen er tom; første linje skal navngive kolonnerne indikator, dato og værdi", line: 1, column: 1)
            return
        }
        var position: [String: Int] = [:]
        // Where each header field starts, worked out once: a header of many
        // unknown columns costs one pass, not one pass per column.
        let headerColumns = Self.columns(in: lines.first ?? "", delimiter: delimiter)
        for (index, name) in header.enumerated() {
            let cleaned = name.trimmingCharacters(in: .whitespaces).lowercased()
            guard let column = MeasurementFile.columns.first(where: { $0.spellings.contains(cleaned) }) else {
                problem("unknown column '\(name)'; the columns are indicator, date, value and (optionally) theory",
                        da: "ukendt kolonne '\(name)'; kolonnerne er indikator, dato, værdi og (valgfrit) teori",
                        line: 1, column: index < headerColumns.count ? headerColumns[index] : 1)
                continue
            }
            position[column.name] = index
        }
        let missing = ["indicator", "date", "value"].filter { position[$0] == nil }
        guard missing.isEmpty else {
            problem("the first line must name the columns indicator, date and value; missing: \(missing.joined(separator: ", "))",
                    da: "første linje skal navngive kolonnerne indikator, dato og værdi; mangler: \(missing.map(Self.danish).joined(separator: ", "))",
                    line: 1, column: 1)
            return
        }
        line += header.reduce(0) { $0 + $1.filter { $0 == "\n" }.count } + 1
        while let row = reader.next() {
            defer { line += row.reduce(0) { $0 + $1.filter { $0 == "\n" }.count } + 1 }
            if row.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            let raw = line <= lines.count ? lines[line - 1] : ""
            read(row, positions: position, line: line, raw: raw, delimiter: delimiter)
        }
        if let error = reader.error {
            problem("the file stops in the middle of a quoted field (\(error))",
                    da: "filen slutter midt i et felt i anførselstegn (\(error))", line: line, column: 1)
        }
    }

    private mutating func read(_ row: [String], positions: [String: Int], line: Int, raw: String, delimiter: UnicodeScalar) {
        func field(_ name: String) -> (String, Int)? {
            guard let index = positions[name] else { return nil }
            let column = Self.column(of: index, in: raw, delimiter: delimiter)
            return (index < row.count ? row[index].trimmingCharacters(in: .whitespaces) : "", column)
        }
        guard let (key, keyColumn) = field("indicator"), let (dateText, dateColumn) = field("date"),
              let (valueText, valueColumn) = field("value") else { return }
        if key.isEmpty {
            problem("no indicator on this line", da: "ingen indikator på linjen", line: line, column: keyColumn)
            return
        }
        guard let date = MeasureDate(parsing: dateText) else {
            problem("'\(dateText)' is not a date; write 2025-06-30, 2025-06, 2025 or 30-06-2025",
                    da: "'\(dateText)' er ikke en dato; skriv 2025-06-30, 2025-06, 2025 eller 30-06-2025",
                    line: line, column: dateColumn)
            return
        }
        guard let (value, isPercent) = Self.number(valueText) else {
            problem("'\(valueText)' is not a number; write 42, 4,1, 4.1 or 42%",
                    da: "'\(valueText)' er ikke et tal; skriv 42, 4,1, 4.1 eller 42%", line: line, column: valueColumn)
            return
        }
        let theory = field("theory").map(\.0).flatMap { $0.isEmpty ? nil : $0 }
        measurements.append(Observation(
            key: key, theory: theory, date: date, value: value, isPercent: isPercent, text: valueText,
            location: SourceLocation(line: line, column: keyColumn)))
    }

    /// A whole field as a number: `42`, `-3`, `4,1`, `4.1`, `1.200`, `42 %`.
    static func number(_ text: String) -> (Double, Bool)? {
        var body = text.trimmingCharacters(in: .whitespaces)
        let isPercent = body.hasSuffix("%")
        if isPercent { body = String(body.dropLast()).trimmingCharacters(in: .whitespaces) }
        guard !body.isEmpty, body.allSatisfy({ $0.isASCIIDigit || ",.-+−".contains($0) }) else { return nil }
        guard let number = MeasuredValue(parsing: body).number, number.isFinite else { return nil }
        // MeasuredValue reads a leading number; the whole field must be one.
        let digits = body.drop(while: { "-+−".contains($0) })
        guard digits.first?.isASCIIDigit == true, digits.last?.isASCIIDigit == true else { return nil }
        return (number, isPercent)
    }

    /// `text` with every CRLF and lone CR made an LF.
    static func unifiedLineBreaks(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var previousCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\r" {
                scalars.append("\n")
                previousCR = true
                continue
            }
            if scalar == "\n", previousCR {
                previousCR = false
                continue
            }
            previousCR = false
            scalars.append(scalar)
        }
        return String(scalars)
    }

    static func delimiter(of header: String) -> UnicodeScalar {
        if header.contains("\t") { return "\t" }
        return header.filter { $0 == ";" }.count > header.filter { $0 == "," }.count ? ";" : ","
    }

    /// The character column where field `index` starts on a one-line record.
    static func column(of index: Int, in line: String, delimiter: UnicodeScalar) -> Int {
        let starts = columns(in: line, delimiter: delimiter, upTo: index)
        return index < starts.count ? starts[index] : 1
    }

    /// The character column where each field starts on a one-line record
    /// (the first `upTo + 1` fields, or all), in one pass.
    static func columns(in line: String, delimiter: UnicodeScalar, upTo last: Int = .max) -> [Int] {
        var starts = [1], column = 1, quoted = false
        for character in line {
            if character == "\"" { quoted.toggle() }
            column += 1
            if !quoted, character.unicodeScalars.first == delimiter {
                if starts.count > last { break }
                starts.append(column)
            }
        }
        return starts
    }

    static func danish(_ column: String) -> String {
        ["indicator": "indikator", "date": "dato", "value": "værdi"][column] ?? column
    }

    private mutating func problem(_ en: String, da: String, line: Int, column: Int) {
        diagnostics.append(Diagnostic(
            rule: .measurementError, severity: .error, text: LocalizedText(en, da: da),
            file: path, location: SourceLocation(line: line, column: column)))
    }
}
