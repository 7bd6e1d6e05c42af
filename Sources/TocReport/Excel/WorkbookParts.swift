import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads a part of a workbook with Foundation's XML parser, `delegate`
/// doing the reading. (Each reader conforms to `XMLParserDelegate` itself:
/// a subclass's methods would not be the protocol's witnesses.)
func readWorkbookPart(_ bytes: [UInt8], with delegate: any XMLParserDelegate) {
    let parser = XMLParser(data: Data(bytes))
    parser.delegate = delegate
    parser.parse()
}

/// The shared strings of a workbook (`xl/sharedStrings.xml`), each the
/// text of its runs, phonetic hints left out.
final class SharedStrings: NSObject, XMLParserDelegate {
    var strings: [String] = []
    private var current = "", inText = false, inPhonetic = false

    init(_ bytes: [UInt8]) {
        super.init()
        readWorkbookPart(bytes, with: self)
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch name {
        case "si": current = ""
        case "rPh": inPhonetic = true
        case "t": inText = !inPhonetic
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "si": strings.append(current)
        case "rPh": inPhonetic = false
        case "t": inText = false
        default: break
        }
    }
}

/// What each cell style's number format makes of a number: a date, a
/// percentage or a plain number (`xl/styles.xml`).
final class CellFormats: NSObject, XMLParserDelegate {
    enum Kind { case number, date, percent }
    private var codes: [Int: String] = [:]
    private var styles: [Int] = []
    private var inCellFormats = false

    override init() { super.init() }

    init(_ bytes: [UInt8]) {
        super.init()
        readWorkbookPart(bytes, with: self)
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch name {
        case "numFmt": if let id = attributes["numFmtId"].flatMap(Int.init) { codes[id] = attributes["formatCode"] ?? "" }
        case "cellXfs": inCellFormats = true
        case "xf" where inCellFormats: styles.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "cellXfs" { inCellFormats = false }
    }

    func kind(of style: Int) -> Kind {
        guard styles.indices.contains(style) else { return .number }
        let id = styles[style]
        if (14...22).contains(id) || (45...47).contains(id) { return .date }
        if id == 9 || id == 10 { return .percent }
        guard let code = codes[id] else { return .number }
        // Quoted text and [colour] or [$-locale] parts say nothing of the kind.
        let bare = code.replacingOccurrences(of: #""[^"]*"|\[[^\]]*\]"#, with: "", options: .regularExpression).lowercased()
        if bare.contains("%") { return .percent }
        if bare.contains("y") || bare.contains("d") || (bare.contains("m") && !bare.contains("0") && !bare.contains("#")) { return .date }
        return .number
    }
}

/// A sheet's cells by row and column (`xl/worksheets/sheetN.xml`).
final class SheetCells: NSObject, XMLParserDelegate {
    struct Cell {
        var type = "n"
        var style = 0
        var value = ""
        var inline: String?
    }

    var cells: [Int: [Int: Cell]] = [:]
    private var current: Cell?
    private var place = (row: 0, column: 0)
    private var reading: String?
    private var nextRow = 1, nextColumn = 0

    init(_ bytes: [UInt8]) {
        super.init()
        readWorkbookPart(bytes, with: self)
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch name {
        case "row":
            nextRow = attributes["r"].flatMap(Int.init) ?? nextRow
            nextColumn = 0
        case "c":
            place = attributes["r"].flatMap(Self.place) ?? (nextRow, nextColumn)
            current = Cell(type: attributes["t"] ?? "n", style: attributes["s"].flatMap(Int.init) ?? 0)
        case "v": reading = ""
        case "t" where current != nil: reading = reading ?? ""
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        reading? += string
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "v":
            current?.value = reading ?? ""
            reading = nil
        case "is":
            current?.inline = reading
            reading = nil
        case "c":
            if let current { cells[place.row, default: [:]][place.column] = current }
            current = nil
            nextColumn = place.column + 1
        case "row": nextRow += 1
        default: break
        }
    }

    /// `B12` as row 12, column 1.
    static func place(_ reference: String) -> (row: Int, column: Int)? {
        let letters = reference.prefix { $0.isLetter }.uppercased()
        guard !letters.isEmpty, let row = Int(reference.dropFirst(letters.count)) else { return nil }
        let column = letters.unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 } - 1
        return (row, column)
    }
}
