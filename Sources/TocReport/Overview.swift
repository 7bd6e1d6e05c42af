import TocChecks
import TocModel
import TocMonitor
import TocSyntax

/// "Overblik" / "Overview" (issues #18, #28): the theories of a report side
/// by side, for a reader comparing plans, the most troubled first. A table
/// (intervention areas, nodes by level, indicators and how many are
/// complete, findings by rule in words), every goal nobody measures or
/// reaches, a chart of findings by rule and, with measurements, one of the
/// statuses.
enum Overview {
    /// One theory's line of the table.
    struct Line {
        var title: String
        var path: String
        var levels: [Int]
        var indicators: Int
        /// Indicators with a baseline, a target with a number, and a source.
        var complete: Int
        var errors: Int
        var warnings: Int
        /// Findings by rule: its name in the report's language, and how many.
        var byRule: [(rule: String, count: Int)]
        var states: [StatusState: Int]?
        /// The standard intervention areas its areas are, in their order.
        var standards: [StandardArea]
        /// Goals without an indicator, and goals no activity leads to.
        var unmeasured: [String]
        var unreached: [String]
    }

    static let levels: [NodeKind] = [.activity, .output, .outcome, .goal]

    static func line(_ item: ReportItem, language: Language) -> Line {
        let counts = levels.map { kind in item.theory.nodes.filter { $0.kind == kind }.count }
        let complete = item.plan.filter(\.isComplete).count
        let rules = Dictionary(grouping: item.findings, by: \.rule)
            .map { (rule: Catalogue.name(of: $0.key, in: language), count: $0.value.count) }
            .sorted { ($1.count, $0.rule) < ($0.count, $1.rule) }
        let states = item.status.map { Dictionary(grouping: $0, by: \.state).mapValues(\.count) }
        let goals = { (rule: FindingID) in
            item.findings.filter { $0.rule == rule }.compactMap { finding in
                finding.node.flatMap { id in item.theory.nodes.first { $0.id == id }?.label }
            }
        }
        return Line(
            title: item.title, path: item.theory.path, levels: counts, indicators: item.plan.count, complete: complete,
            errors: item.findings.filter { $0.severity == .error }.count,
            warnings: item.findings.filter { $0.severity == .warning }.count, byRule: rules, states: states,
            standards: Array(Set(item.theory.areas.compactMap(\.standard))).sorted(),
            unmeasured: goals(.unmeasuredGoal), unreached: goals(.unreachedGoal))
    }

    /// The lines of `items`, the most troubled first: by errors, then
    /// unmeasured goals, then warnings (`order` says so on the page); the
    /// report's order where they tie.
    static func lines(_ items: [ReportItem], language: Language) -> [Line] {
        items.map { line($0, language: language) }.enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            return (y.errors, y.unmeasured.count, y.warnings, a.offset) < (x.errors, x.unmeasured.count, x.warnings, b.offset)
        }.map(\.element)
    }

    static func heading(_ language: Language) -> String { language == .da ? "Overblik" : "Overview" }

    static func order(_ language: Language) -> String {
        language == .da
            ? "Teorierne står med flest problemer først: efter fejl, så mål uden indikator, så advarsler."
            : "The theories are listed most troubled first: by errors, then unmeasured goals, then warnings."
    }

    static func headings(_ language: Language) -> [String] {
        let da = language == .da
        return [da ? "Teori" : "Theory", da ? "Indsatsområder" : "Intervention areas"] + levels.map { $0.pluralWord(language) }
            + [da ? "Indikatorer (komplette)" : "Indicators (complete)", da ? "Fejl" : "Errors",
               da ? "Advarsler" : "Warnings", da ? "Fund pr. regel" : "Findings by rule"]
    }

    static func cells(_ line: Line, language: Language) -> [String] {
        [line.title, line.standards.map { $0.name(language) }.joined(separator: "; ")] + line.levels.map(String.init)
            + ["\(line.indicators) (\(line.complete))", String(line.errors), String(line.warnings),
               line.byRule.map { "\($0.rule) \($0.count)" }.joined(separator: ", ")]
    }

    static func lead(_ lines: [Line], unreadable: [UnreadableTheory], language: Language) -> String {
        let da = language == .da
        let nodes = lines.map { $0.levels.reduce(0, +) }.reduce(0, +)
        let indicators = lines.map(\.indicators).reduce(0, +), complete = lines.map(\.complete).reduce(0, +)
        var text = da
            ? "\(lines.count) forandringsteorier med \(nodes) knuder og \(indicators) indikatorer, heraf \(complete) komplette (udgangspunkt, målværdi med tal og datakilde)."
            : "\(lines.count) theories of change with \(nodes) nodes and \(indicators) indicators, \(complete) of them complete (baseline, target with a number and source)."
        if !unreadable.isEmpty {
            let files = lines.count + unreadable.count
            let names = unreadable.map(\.path).joined(separator: ", ")
            text = (da
                ? "\(files) filer, heraf \(unreadable.count) der ikke kunne læses og ikke er med nedenfor: \(names). "
                : "\(files) files, \(unreadable.count) of which could not be read and are not in what follows: \(names). ") + text
        }
        return text
    }

    /// Every goal nobody measures and every goal no activity reaches, by
    /// plan (in the overview's order); empty when there are none.
    static func troubledGoals(_ lines: [Line], language: Language) -> [(heading: String, entries: [String])] {
        let da = language == .da
        let lists: [(String, (Line) -> [String])] = [
            (da ? "Mål uden indikator" : "Goals without an indicator", \.unmeasured),
            (da ? "Mål som ingen aktivitet når" : "Goals no activity reaches", \.unreached),
        ]
        return lists.compactMap { heading, goals in
            let entries = lines.filter { !goals($0).isEmpty }.map { "\($0.title): " + goals($0).joined(separator: "; ") }
            let count = lines.map { goals($0).count }.reduce(0, +)
            return entries.isEmpty ? nil : ("\(heading) (\(count))", entries)
        }
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
