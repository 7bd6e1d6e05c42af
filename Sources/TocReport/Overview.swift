import TocModel
import TocMonitor
import TocSyntax

/// "Overblik" / "Overview" (issue #18): the theories of a report side by
/// side, for a reader comparing plans. A table (nodes by level, indicators
/// and how many are complete, findings by rule), a chart of findings by rule
/// across the plans and, with measurements, one of the statuses.
enum Overview {
    /// One theory's line of the table.
    struct Line {
        var title: String
        var levels: [Int]
        var indicators: Int
        /// Indicators with a baseline, a target with a number, and a source.
        var complete: Int
        var errors: Int
        var warnings: Int
        var byRule: [(rule: String, count: Int)]
        var states: [StatusState: Int]?
    }

    static let levels: [NodeKind] = [.activity, .output, .outcome, .goal]

    static func line(_ item: ReportItem) -> Line {
        let counts = levels.map { kind in item.theory.nodes.filter { $0.kind == kind }.count }
        let complete = item.plan.filter { $0.baseline != nil && $0.target?.number != nil && $0.source != nil }.count
        let rules = Dictionary(grouping: item.findings, by: \.rule.rawValue)
            .map { (rule: $0.key, count: $0.value.count) }.sorted { ($1.count, $0.rule) < ($0.count, $1.rule) }
        let states = item.status.map { Dictionary(grouping: $0, by: \.state).mapValues(\.count) }
        return Line(
            title: item.title, levels: counts, indicators: item.plan.count, complete: complete,
            errors: item.findings.filter { $0.severity == .error }.count,
            warnings: item.findings.filter { $0.severity == .warning }.count, byRule: rules, states: states)
    }

    static func heading(_ language: Language) -> String { language == .da ? "Overblik" : "Overview" }

    static func headings(_ language: Language) -> [String] {
        let da = language == .da
        return [da ? "Teori" : "Theory"] + levels.map { $0.pluralWord(language) }
            + [da ? "Indikatorer (komplette)" : "Indicators (complete)", da ? "Fejl" : "Errors",
               da ? "Advarsler" : "Warnings", da ? "Fund pr. regel" : "Findings by rule"]
    }

    static func cells(_ line: Line) -> [String] {
        [line.title] + line.levels.map(String.init)
            + ["\(line.indicators) (\(line.complete))", String(line.errors), String(line.warnings),
               line.byRule.map { "\($0.rule) \($0.count)" }.joined(separator: ", ")]
    }

    static func lead(_ lines: [Line], language: Language) -> String {
        let da = language == .da
        let nodes = lines.map { $0.levels.reduce(0, +) }.reduce(0, +)
        let indicators = lines.map(\.indicators).reduce(0, +), complete = lines.map(\.complete).reduce(0, +)
        return da
            ? "\(lines.count) forandringsteorier med \(nodes) knuder og \(indicators) indikatorer, heraf \(complete) komplette (udgangspunkt, målværdi med tal og datakilde)."
            : "\(lines.count) theories of change with \(nodes) nodes and \(indicators) indicators, \(complete) of them complete (baseline, target with a number and source)."
    }

    /// Horizontal bars: each rule's findings across the plans, and in how many.
    static func findingsChart(_ lines: [Line], language: Language, id: String) -> String? {
        var totals: [String: (count: Int, plans: Int)] = [:]
        for line in lines {
            for (rule, count) in line.byRule { totals[rule, default: (0, 0)].count += count; totals[rule, default: (0, 0)].plans += 1 }
        }
        guard !totals.isEmpty else { return nil }
        let rows = totals.sorted { ($1.value.count, $0.key) < ($0.value.count, $1.key) }
        let da = language == .da
        let most = Double(rows.map(\.value.count).max() ?? 1)
        let label = 190.0, barLeft = 200.0, barWidth = 240.0, rowHeight = 24.0
        let described = rows.map { rule, value in
            da ? "\(rule): \(value.count) i \(value.plans) af \(lines.count) teorier" : "\(rule): \(value.count) in \(value.plans) of \(lines.count) theories"
        }
        var chart = SVGChart(
            width: 640, height: 36 + rowHeight * Double(rows.count) + 8,
            title: da ? "Fund pr. regel på tværs af teorierne" : "Findings by rule across the theories",
            description: described.joined(separator: "; ") + ".", id: id)
        chart.text(chart.title, x: 8, y: 18, bold: true)
        for (index, row) in rows.enumerated() {
            let top = 32 + rowHeight * Double(index)
            chart.text(row.key, x: label, y: top + 15, anchor: "end", size: 12)
            chart.rect(x: barLeft, y: top + 3, width: barWidth * Double(row.value.count) / most, height: rowHeight - 8, fill: "#0072B2")
            let note = da ? "\(row.value.count) i \(row.value.plans) af \(lines.count)" : "\(row.value.count) in \(row.value.plans) of \(lines.count)"
            chart.text(note, x: barLeft + barWidth * Double(row.value.count) / most + 6, y: top + 15, size: 12)
        }
        return chart.document
    }

    static let order: [StatusState] = [.reached, .onTrack, .behind, .noData, .unclear]

    /// Stacked bars: each theory's indicators by status, with measurements.
    static func statusChart(_ lines: [Line], language: Language, id: String) -> String? {
        let measured = lines.filter { $0.states != nil && $0.indicators > 0 }
        guard !measured.isEmpty else { return nil }
        let da = language == .da
        let label = 250.0, barLeft = 260.0, barWidth = 360.0, rowHeight = 26.0
        let most = Double(measured.map(\.indicators).max() ?? 1)
        let described = measured.map { line in
            line.title + ": " + order.compactMap { state in
                line.states?[state].map { "\($0) \(state.word(language))" }
            }.joined(separator: ", ")
        }
        var chart = SVGChart(
            width: 640, height: 58 + rowHeight * Double(measured.count) + 8,
            title: da ? "Indikatorernes status pr. teori" : "Indicator status by theory",
            description: described.joined(separator: "; ") + ".", id: id)
        chart.text(chart.title, x: 8, y: 18, bold: true)
        var keyX = 8.0
        for state in order {
            chart.rect(x: keyX, y: 28, width: 10, height: 10, fill: state.colour)
            let word = "\(state.symbol) \(state.word(language))"
            chart.text(word, x: keyX + 14, y: 37, size: 11)
            keyX += 30 + Double(word.count) * 6.5
        }
        for (index, line) in measured.enumerated() {
            let top = 50 + rowHeight * Double(index)
            chart.text(MeasurementChart.truncated(line.title, 34), x: label, y: top + 16, anchor: "end", size: 12)
            var x = barLeft
            for state in order {
                guard let count = line.states?[state], count > 0 else { continue }
                let width = barWidth * Double(count) / most
                chart.rect(x: x, y: top + 3, width: width - 1, height: rowHeight - 8, fill: state.colour)
                if width >= 18 { chart.text(String(count), x: x + width / 2, y: top + 16, anchor: "middle", size: 11, colour: "#FFFFFF", bold: true) }
                x += width
            }
        }
        return chart.document
    }
}

extension NodeKind {
    /// The level's name in the plural, capitalised, for a column heading.
    func pluralWord(_ language: Language) -> String {
        switch (self, language) {
        case (.activity, .da): "Aktiviteter"
        case (.output, .da): "Output"
        case (.outcome, .da): "Resultater"
        case (.goal, .da): "Mål"
        case (.activity, .en): "Activities"
        case (.output, .en): "Outputs"
        case (.outcome, .en): "Outcomes"
        case (.goal, .en): "Goals"
        }
    }
}
