import TocMonitor
import TocRender
import TocSyntax

/// What a Word report is made of (issue #28), before it is written as
/// WordprocessingML: headings (Word's own heading styles, so its table of
/// contents works), paragraphs, lists, tables with column weights, images
/// with their text alternative, native charts, and sections that turn a
/// page landscape.
enum WordBlock {
    case heading(String, level: Int, newPage: Bool = false)
    /// A paragraph; `lead` is set in bold before the text.
    case paragraph(String, lead: String? = nil)
    case bullets([String])
    /// A table: headings, rows, and each column's longest word and the
    /// width it would like, in characters.
    case table([String], [[String]], widths: [WordColumn])
    /// A PNG, its text alternative; shown at most as wide as the page.
    case image([UInt8], alt: String)
    case chart(OfficeChart)
    /// Ends the section of what came before, on portrait or landscape pages.
    case endSection(landscape: Bool)
}

/// A bar or line chart for an Office file, drawn by Word or LibreOffice
/// themselves (so the reader can restyle it), with its data inline.
struct OfficeChart {
    enum Kind { case bars, stackedBars, lines }
    var kind: Kind
    var title: String
    /// The text alternative.
    var alt: String
    var categories: [String]
    var series: [(name: String, colour: String, values: [Double?])]
    /// One colour per point of the first series, where each bar says
    /// something of its own (a status).
    var pointColours: [String]?
    /// The value axis's number format (`0` for counts).
    var format = "0"
    /// Height in centimetres on the page.
    var height: Double
}

/// How wide a table's column should be, in characters: at least its
/// longest word, and as much as its longest text up to a limit.
struct WordColumn {
    var least: Int
    var wanted: Int
}

extension WordBlock {
    /// Column weights from the cells: each column as wide as its longest
    /// word, and its longest text up to a limit, so that no column wraps a
    /// syllable per line and long texts wrap in a few lines.
    static func weights(_ headings: [String], _ rows: [[String]]) -> [WordColumn] {
        headings.indices.map { column in
            let cells = rows.map { column < $0.count ? $0[column] : "" } + [headings[column]]
            let longestWord = cells.flatMap { $0.split(separator: " ") }.map(\.count).max() ?? 1
            let longest = cells.map(\.count).max() ?? 1
            // Words longer than 12 characters (Kriminalitetsforebyggelse) may
            // break inside a narrow column rather than turn the page.
            return WordColumn(least: min(max(longestWord, 2), 12), wanted: max(min(longestWord, 12), min(longest, 36), 3))
        }
    }
}
