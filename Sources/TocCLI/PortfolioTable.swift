import TocChecks
import TocModel
import TocMonitor
import TocSyntax

/// The table after a check of many theories: one row per theory (nodes by
/// level, indicators, errors, warnings) and a total row.
struct PortfolioTable {
    struct Row {
        var name: String
        var counts: [Int?]
        var title: String? = nil
        var period: ClosedRange<Int>? = nil
        /// Findings by rule id.
        var byRule: [String: Int] = [:]
    }

    /// Keys of the counts in JSON, in column order.
    static let keys = ["activities", "outputs", "outcomes", "goals", "indicators", "errors", "warnings"]

    let language: Language
    private(set) var rows: [Row] = []

    init(language: Language) {
        self.language = language
    }

    var headings: [String] {
        language == .da
            ? ["Teori", "Aktiviteter", "Output", "Resultater", "Mål", "Indikatorer", "Fejl", "Advarsler"]
            : ["Theory", "Activities", "Outputs", "Outcomes", "Goals", "Indicators", "Errors", "Warnings"]
    }

    /// Adds a theory; `theory` is nil when the file did not parse.
    mutating func add(path: String, theory: Theory?, diagnostics: [Diagnostic]) {
        let tally = Tally(diagnostics)
        var counts: [Int?] = Array(repeating: nil, count: 5)
        if let theory {
            // One pass, reading fields in place (copying every node costs
            // more than checking it).
            var tallies = [0, 0, 0, 0, 0]
            for index in theory.nodes.indices {
                tallies[theory.nodes[index].kind.rawValue] += 1
                tallies[4] += theory.nodes[index].indicators.count
            }
            counts = tallies.map { $0 }
        }
        var byRule: [String: Int] = [:]
        for diagnostic in diagnostics where diagnostic.severity != .note { byRule[diagnostic.rule, default: 0] += 1 }
        rows.append(Row(
            name: path, counts: counts + [tally.errors, tally.warnings], title: theory?.title, period: theory?.period,
            byRule: byRule))
    }

    /// The rule ids with findings anywhere in the table, in the order of
    /// `toc rules`.
    var rulesFound: [String] {
        let found = Set(rows.flatMap(\.byRule.keys))
        return Catalogue.all.map(\.id).filter(found.contains)
    }

    /// The table as aligned text, total row last.
    func render() -> String {
        let total = Row(
            name: language == .da ? "I alt (\(rows.count))" : "Total (\(rows.count))",
            counts: (0..<7).map { column in rows.reduce(0) { $0 + ($1.counts[column] ?? 0) } })
        let cells = ([headings] + (rows + [total]).map { row in [row.name] + row.counts.map { $0.map(String.init) ?? "–" } })
        let widths = (0..<headings.count).map { column in cells.map { $0[column].count }.max() ?? 0 }
        func line(_ row: [String]) -> String {
            row.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                return column == 0 ? cell + pad : pad + cell
            }.joined(separator: "  ") + "\n"
        }
        let rule = String(repeating: "-", count: widths.reduce(0, +) + 2 * (widths.count - 1)) + "\n"
        return line(cells[0]) + rule + cells.dropFirst().dropLast().map(line).joined() + rule + line(cells.last!)
    }

    /// One JSON object per theory: file, title, period (null when not
    /// given) and the counts (null when the file did not parse).
    func json() -> String {
        let objects = rows.map { row in
            var object = "{\"file\":\(JSONString.quote(row.name)),\"title\":\(row.title.map(JSONString.quote) ?? "null")"
            object += ",\"period\":" + (row.period.map { "[\($0.lowerBound),\($0.upperBound)]" } ?? "null")
            for (key, count) in zip(Self.keys, row.counts) { object += ",\"\(key)\":\(count.map(String.init) ?? "null")" }
            let rules = row.byRule.keys.sorted().map { "\(JSONString.quote($0)):\(row.byRule[$0]!)" }
            return object + ",\"rules\":{" + rules.joined(separator: ",") + "}}"
        }
        return "[" + objects.joined(separator: ",") + "]"
    }

    /// The table for a spreadsheet: file, title, period, the counts, then
    /// one column per rule with findings in the run (its id as heading);
    /// one row per theory, no total row (the spreadsheet sums).
    func csv(delimiter: String) throws -> [UInt8] {
        let heading = language == .da ? ["Fil", "Titel", "Periode"] : ["File", "Title", "Period"]
        let rules = rulesFound
        let lines = rows.map { row -> [String] in
            let period = row.period.map { "\($0.lowerBound)-\($0.upperBound)" } ?? ""
            let counts: [String] = row.counts.map { $0.map(String.init) ?? "" }
            let perRule: [String] = rules.map { String(row.byRule[$0] ?? 0) }
            return [row.name, row.title ?? "", period] + counts + perRule
        }
        return try PlanWriter.csvTable(heading + headings.dropFirst() + rules, lines, delimiter: delimiter)
    }
}
