import CSV
import Foundation
import TocSyntax

/// The formats of `toc indicators`.
public enum PlanFormat: String, CaseIterable, Sendable {
    /// Comma- or semicolon-separated values, UTF-8 with a byte-order mark.
    case csv
    /// A Markdown table, for reports.
    case md
    /// A JSON array.
    case json
    /// An Excel workbook: a frozen header row, column widths, text cells.
    case xlsx
}

/// Writes measurement plans.
public enum PlanWriter {
    /// The column headings, in a language.
    public static func headings(_ language: Language) -> [String] {
        language == .da
            ? ["teori", "område", "node", "niveau", "nodens tekst", "indikator-id", "indikator",
               "udgangspunkt", "udgangspunkt år", "målværdi", "målværdi år", "kilde", "ansvarlig", "målgruppe", "ressourcer"]
            : ["theory", "area", "node", "level", "node label", "indicator id", "indicator",
               "baseline", "baseline year", "target", "target year", "source", "owner", "target group", "inputs"]
    }

    /// The fields of a row, in the order of `headings`. Values keep their
    /// written form (`61%`, `5,1`), years stand alone.
    public static func fields(_ row: PlanRow, language: Language) -> [String] {
        [row.theoryTitle ?? row.theoryPath, row.areaLabel ?? row.areaID ?? "", row.nodeID, row.level.word(language),
         row.nodeLabel, row.indicatorID ?? "", row.indicator,
         valueText(row.baseline), row.baseline?.year.map(String.init) ?? "",
         valueText(row.target), row.target?.year.map(String.init) ?? "",
         row.source ?? "", row.owner ?? "", row.targetGroup ?? "", row.inputs ?? ""]
    }

    /// The value without its `(year)`.
    static func valueText(_ value: MeasuredValue?) -> String {
        guard let value else { return "" }
        guard value.year != nil, let open = value.text.lastIndex(of: "(") else { return value.text }
        return String(value.text[..<open]).trimmingCharacters(in: .whitespaces)
    }

    /// CSV through CSV.swift: a byte-order mark first, so that Excel reads
    /// the file as UTF-8 (æøå), fields quoted where the format needs it, and
    /// `delimiter` between them (`;` is what Danish Excel expects).
    public static func csv(_ rows: [PlanRow], language: Language, delimiter: String = ",") throws -> [UInt8] {
        try csvTable(headings(language), rows.map { fields($0, language: language) }, delimiter: delimiter)
    }

    /// Any table as CSV, the same way; every row ends in CRLF, the last too.
    /// Every cell goes through `safeCell`, so no label can start a formula.
    public static func csvTable(_ headings: [String], _ rows: [[String]], delimiter: String) throws -> [UInt8] {
        let stream = OutputStream(toMemory: ())
        stream.open()
        let writer = try CSVWriter(stream: stream, delimiter: delimiter, newline: .crlf)
        try writer.write(row: headings.map(safeCell))
        for row in rows { try writer.write(row: row.map(safeCell)) }
        writer.stream.close()
        let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return [0xEF, 0xBB, 0xBF] + [UInt8](data) + [0x0D, 0x0A]
    }

    /// A CSV cell a spreadsheet will not run (OWASP's advice on CSV
    /// injection): control characters shown as `\u001B`, and a cell that
    /// begins with `=`, `+`, `-`, `@`, a tab or a carriage return written
    /// with a leading `'` unless it is a plain number (`-3%`, `+4,5` stay).
    public static func safeCell(_ text: String) -> String {
        let shown = ControlCharacters.escaped(text)
        guard let first = shown.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return shown }
        return isPlainNumber(shown) ? shown : "'" + shown
    }

    /// Whether a cell is a plain number: a sign, digits with at most one `.`
    /// or `,` between them, perhaps `%`.
    public static func isPlainNumber(_ text: String) -> Bool {
        var body = Substring(text)
        if body.first == "+" || body.first == "-" { body = body.dropFirst() }
        if body.last == "%" { body = body.dropLast() }
        let parts = body.split(separator: ",", omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: ".", omittingEmptySubsequences: false) }
        guard parts.count <= 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) else { return false }
        return true
    }

    /// A Markdown pipe table.
    public static func markdown(_ rows: [PlanRow], language: Language) -> String {
        markdownTable(headings(language), rows.map { fields($0, language: language) })
    }

    /// Any table as Markdown; `|`, `\`, `*`, `_`, `<` and line breaks in cells are escaped.
    public static func markdownTable(_ headings: [String], _ rows: [[String]]) -> String {
        var text = "| " + headings.map(cell).joined(separator: " | ") + " |\n"
        text += "|" + String(repeating: "---|", count: headings.count) + "\n"
        for row in rows { text += "| " + row.map(cell).joined(separator: " | ") + " |\n" }
        return text
    }

    /// A table cell or running text with Markdown's special characters escaped.
    public static func cell(_ text: String) -> String {
        var escaped = ""
        for character in ControlCharacters.escaped(text) {
            switch character {
            case "|", "\\", "*", "_", "`", "[", "]", "<", ">", "#": escaped += "\\\(character)"
            case "\n", "\r", "\r\n": escaped += " "
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
