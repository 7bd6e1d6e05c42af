import TocPipeline
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
        var byRule: [FindingID: Int] = [:]
        /// The standard intervention areas its areas are.
        var standards: [StandardArea] = []
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
        var byRule: [FindingID: Int] = [:]
        for diagnostic in diagnostics where diagnostic.severity != .note { byRule[diagnostic.rule, default: 0] += 1 }
        rows.append(Row(
            name: path, counts: counts + [tally.errors, tally.warnings], title: theory?.title, period: theory?.period,
            byRule: byRule, standards: Array(Set(theory?.areas.compactMap(\.standard) ?? [])).sorted()))
    }

    /// The rule ids with findings anywhere in the table, in the order of
    /// `toc rules`.
    var rulesFound: [FindingID] {
        let found = Set(rows.flatMap(\.byRule.keys))
        return Catalogue.all.map(\.id).filter(found.contains)
    }

    /// The table as aligned text, total row last.
    func render() -> String {
        let total = Row(
            name: LocalizedText("Total (\(rows.count))", da: "I alt (\(rows.count))").text(language),
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

    /// One record per theory: file, title, period (null when not given),
    /// the counts (null when the file did not parse) and findings by rule.
    var records: [TheoryRecord] {
        rows.map { row in
            TheoryRecord(
                file: row.name, title: row.title, period: row.period, standards: row.standards.map(\.rawValue), counts: row.counts,
                rules: row.byRule)
        }
    }

    /// The table for a spreadsheet: file, title, period, the standard
    /// intervention areas (in the table's language, `;` between), the counts, then
    /// one column per rule with findings in the run (its id as heading);
    /// one row per theory, no total row (the spreadsheet sums).
    func csv(delimiter: String) throws -> [UInt8] {
        let heading = language == .da ? ["Fil", "Titel", "Periode", "Indsatsområder"] : ["File", "Title", "Period", "Intervention areas"]
        let rules = rulesFound
        let lines = rows.map { row -> [String] in
            let period = row.period.map { "\($0.lowerBound)-\($0.upperBound)" } ?? ""
            let counts: [String] = row.counts.map { $0.map(String.init) ?? "" }
            let perRule: [String] = rules.map { String(row.byRule[$0] ?? 0) }
            let standards = row.standards.map { $0.name(language) }.joined(separator: "; ")
            return [row.name, row.title ?? "", period, standards] + counts + perRule
        }
        return try PlanWriter.csvTable(heading + headings.dropFirst() + rules.map(\.rawValue), lines, delimiter: delimiter)
    }
}

/// A theory's row of the table as JSON: keys in a fixed order, rules sorted.
struct TheoryRecord: Encodable {
    var file: String
    var title: String?
    var period: ClosedRange<Int>?
    var standards: [String]
    var counts: [Int?]
    var rules: [FindingID: Int]

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(file, forKey: Key("file"))
        try container.encode(title, forKey: Key("title"))
        try container.encode(period.map { [$0.lowerBound, $0.upperBound] }, forKey: Key("period"))
        try container.encode(standards, forKey: Key("standard_areas"))
        for (key, count) in zip(PortfolioTable.keys, counts) { try container.encode(count, forKey: Key(key)) }
        var byRule = container.nestedContainer(keyedBy: Key.self, forKey: Key("rules"))
        for rule in rules.keys.sorted() { try byRule.encode(rules[rule], forKey: Key(rule.rawValue)) }
    }
}
