import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import TocMonitor
import TocRender

/// Measurements from an Excel workbook (issue #28): the sheet named for
/// measurements (`målinger`, `measurements`) or else the first, read as
/// the rows of a CSV file would be. Dates stored as Excel serial numbers
/// come out as `2024-06-30`, percentages as `35 %`; text as written.
public enum WorkbookReader {
    /// The sheet's rows as semicolon-separated text, for the measurement
    /// reader; nil when the bytes are not a workbook with a sheet.
    public static func measurementsCSV(_ bytes: [UInt8]) -> [UInt8]? {
        guard let parts = OfficePackage.unzip(bytes), let book = parts["xl/workbook.xml"] else { return nil }
        let sheets = Elements(book, named: ["sheet"]).found
        let wanted = sheets.first { ["målinger", "maalinger", "measurements", "data"].contains(($0["name"] ?? "").lowercased()) } ?? sheets.first
        guard let relation = wanted?["r:id"] else { return nil }
        let links = parts["xl/_rels/workbook.xml.rels"].map { Elements($0, named: ["Relationship"]).found } ?? []
        guard let target = links.first(where: { $0["Id"] == relation })?["Target"] else { return nil }
        let path = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        guard let sheet = parts[path] else { return nil }
        let shared = parts["xl/sharedStrings.xml"].map { SharedStrings($0).strings } ?? []
        let formats = parts["xl/styles.xml"].map(CellFormats.init) ?? CellFormats()
        let cells = SheetCells(sheet).cells
        // A line per row from the first, empty rows too, so that a finding's
        // line is the row's number in Excel.
        var lines: [String] = []
        for row in stride(from: 1, through: cells.keys.max() ?? 0, by: 1) {
            let columns = cells[row] ?? [:]
            let width = (columns.keys.max() ?? -1) + 1
            let values = (0..<width).map { column -> String in
                guard let cell = columns[column] else { return "" }
                return text(cell, shared: shared, formats: formats)
            }
            lines.append(values.map(quoted).joined(separator: ";"))
        }
        return Array((lines.joined(separator: "\n") + "\n").utf8)
    }

    static func text(_ cell: SheetCells.Cell, shared: [String], formats: CellFormats) -> String {
        switch cell.type {
        case "s": return Int(cell.value).flatMap { shared.indices.contains($0) ? shared[$0] : nil } ?? ""
        case "inlineStr", "str": return cell.inline ?? cell.value
        case "b": return cell.value == "1" ? "TRUE" : "FALSE"
        default:
            guard let number = Double(cell.value) else { return cell.value }
            switch formats.kind(of: cell.style) {
            case .date: return date(fromSerial: number)
            case .percent: return reading(number * 100) + " %"
            case .number: return reading(number)
            }
        }
    }

    /// An Excel serial day (1900 system, 1 = 1900-01-01, with its leap-day quirk) as a date.
    static func date(fromSerial serial: Double) -> String {
        let days = Int(serial.rounded(.down)) - 25_569
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let date = Date(timeIntervalSince1970: Double(days) * 86_400)
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    /// A number as a person types it: no float noise, a point for decimals.
    static func reading(_ value: Double) -> String {
        let rounded = (value * 1e9).rounded() / 1e9
        return rounded == rounded.rounded() && abs(rounded) < 1e15 ? String(Int(rounded)) : String(rounded)
    }

    static func quoted(_ text: String) -> String {
        text.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" })
            ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }
}

/// The elements of some names in an XML part, with their attributes.
final class Elements: NSObject, XMLParserDelegate {
    let names: Set<String>
    var found: [[String: String]] = []

    init(_ bytes: [UInt8], named names: Set<String>) {
        self.names = names
        super.init()
        readWorkbookPart(bytes, with: self)
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if names.contains(name) { found.append(attributes) }
    }
}
