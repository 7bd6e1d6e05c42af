import TocModel
import TocMonitor
import TocSyntax

/// The portfolio by intervention area (issue #28): for each of
/// Landsbyggefonden's standard areas that a plan of the report has, the
/// plans with an area of that kind, what those areas hold (activities,
/// goals, indicators and how many are complete), what was found in them and
/// where their measured indicators stand; then the areas no standard area
/// places.
struct AreaPortfolio {
    /// One plan's part of one intervention area.
    struct Row {
        var plan: String
        /// The plan's own titles of its areas of this kind.
        var areas: [String]
        var activities: [String]
        var goals: [String]
        var indicators: Int
        var complete: Int
        var errors: Int
        var warnings: Int
        var states: [StatusState: Int]?
    }

    /// One intervention area across the plans.
    struct Section {
        var area: StandardArea
        var rows: [Row]

        /// Its rows as the overview's lines, for the status charts.
        var lines: [Overview.Line] {
            rows.map { row in
                Overview.Line(
                    title: row.plan, path: "", levels: [], indicators: row.indicators, complete: row.complete, errors: row.errors,
                    warnings: row.warnings, byRule: [], states: row.states, standards: [], unmeasured: [], unreached: [])
            }
        }
    }

    var sections: [Section] = []
    /// Areas no standard area places: the plan, and the area's title.
    var unplaced: [(plan: String, area: String)] = []

    init(_ items: [ReportItem]) {
        var rows: [StandardArea: [Row]] = [:]
        for item in items {
            let theory = item.theory
            for standard in StandardArea.allCases {
                let areas = theory.areas.filter { $0.standard == standard }
                guard !areas.isEmpty else { continue }
                let ids = Set(areas.map(\.id))
                let nodes = theory.nodes.filter { $0.area.map(ids.contains) ?? false }
                let nodeIDs = Set(nodes.map(\.id))
                let plan = item.plan.filter { $0.areaID.map(ids.contains) ?? false }
                let areaLocations = Set(areas.map(\.location))
                let findings = item.findings.filter { finding in
                    finding.node.map(nodeIDs.contains) ?? (finding.file == theory.path && areaLocations.contains(finding.location))
                }
                let status = item.status?.filter { $0.row.areaID.map(ids.contains) ?? false }
                rows[standard, default: []].append(Row(
                    plan: item.title, areas: areas.map { $0.label.isEmpty ? $0.id : $0.label },
                    activities: nodes.filter { $0.kind == .activity }.map(\.label),
                    goals: nodes.filter { $0.kind == .goal }.map(\.label), indicators: plan.count,
                    complete: plan.filter(\.isComplete).count,
                    errors: findings.filter { $0.severity == .error }.count,
                    warnings: findings.filter { $0.severity == .warning }.count,
                    states: status.map { Dictionary(grouping: $0, by: \.state).mapValues(\.count) }))
            }
            for area in theory.areas where area.standard == nil {
                unplaced.append((item.title, area.label.isEmpty ? area.id : area.label))
            }
        }
        sections = StandardArea.allCases.compactMap { area in rows[area].map { Section(area: area, rows: $0) } }
    }

    static func heading(_ language: Language) -> String {
        language == .da ? "Indsatsområder på tværs af planerne" : "Intervention areas across the plans"
    }

    static func lead(_ language: Language) -> String {
        language == .da
            ? "Hvert af Landsbyggefondens indsatsområder med de planer, der har et område af den slags: hvad områderne rummer, hvad der er fundet i dem, og hvor deres målte indikatorer står. Et område hører til et indsatsområde, når dets linje 'lbf-område:' siger det, eller ellers når dets titel gør."
            : "Each of Landsbyggefonden's intervention areas with the plans that have an area of that kind: what those areas hold, what was found in them and where their measured indicators stand. An area belongs to an intervention area when its 'standard-area:' line says so, or else when its title does."
    }

    func lead(_ section: Section, language: Language) -> String {
        let plans = section.rows.count
        let activities = section.rows.map(\.activities.count).reduce(0, +), goals = section.rows.map(\.goals.count).reduce(0, +)
        let indicators = section.rows.map(\.indicators).reduce(0, +), complete = section.rows.map(\.complete).reduce(0, +)
        return language == .da
            ? "\(plans) \(plans == 1 ? "plan" : "planer") med \(activities) aktiviteter, \(goals) mål og \(indicators) indikatorer, heraf \(complete) komplette."
            : "\(plans) \(plans == 1 ? "plan" : "plans") with \(activities) activities, \(goals) goals and \(indicators) indicators, \(complete) of them complete."
    }

    static func headings(_ language: Language) -> [String] {
        language == .da
            ? ["Plan", "Område", "Aktiviteter", "Mål", "Indikatorer (komplette)", "Fejl", "Advarsler", "Status"]
            : ["Plan", "Area", "Activities", "Goals", "Indicators (complete)", "Errors", "Warnings", "Status"]
    }

    static func cells(_ row: Row, language: Language) -> [String] {
        let status = row.states.map { states in
            Overview.states.compactMap { state in states[state].map { "\(state.symbol) \($0) \(state.word(language))" } }
                .joined(separator: ", ")
        } ?? "–"
        let listed = { (labels: [String]) in labels.isEmpty ? "0" : "\(labels.count): " + labels.joined(separator: "; ") }
        return [row.plan, row.areas.joined(separator: "; "), listed(row.activities), listed(row.goals),
                "\(row.indicators) (\(row.complete))", String(row.errors), String(row.warnings), status]
    }

    /// The section's status chart: one bar per plan, as the overview's.
    func chart(_ section: Section, language: Language, id: String) -> String? {
        Overview.statusChart(section.lines, language: language, id: id).map {
            $0.replacingOccurrences(
                of: language == .da ? "Indikatorernes status pr. teori" : "Indicator status by theory",
                with: (language == .da ? "Indikatorernes status: " : "Indicator status: ") + section.area.name(language))
        }
    }

    static func unplacedHeading(_ language: Language) -> String {
        language == .da ? "Områder uden fast indsatsområde" : "Areas outside the standard areas"
    }
}
