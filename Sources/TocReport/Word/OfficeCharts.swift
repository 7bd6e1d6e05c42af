import TocMonitor
import TocSyntax

/// The report's charts as Office charts (issue #28), for Word: the same
/// data as the SVG charts of the HTML report, drawn by Word itself.
enum OfficeCharts {
    static func findings(_ lines: [Overview.Line], language: Language) -> OfficeChart? {
        var totals: [String: Int] = [:]
        for line in lines { for (rule, count) in line.byRule { totals[rule, default: 0] += count } }
        guard !totals.isEmpty else { return nil }
        let rows = totals.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
        let da = language == .da
        let title = da ? "Fund pr. regel på tværs af teorierne" : "Findings by rule across the theories"
        return OfficeChart(
            kind: .bars, title: title, alt: title + ": " + rows.map { "\($0.key) \($0.value)" }.joined(separator: "; ") + ".",
            categories: rows.map(\.key), series: [(da ? "Fund" : "Findings", "0072B2", rows.map { Double($0.value) })],
            height: 2 + 0.9 * Double(rows.count))
    }

    /// Each plan's indicators by status; a plan without indicators says so
    /// in its label.
    static func status(_ lines: [Overview.Line], language: Language, title: String? = nil) -> OfficeChart? {
        guard lines.contains(where: { $0.states != nil }) else { return nil }
        let da = language == .da
        let heading = title ?? (da ? "Indikatorernes status pr. teori" : "Indicator status by theory")
        let none = da ? "ingen indikatorer" : "no indicators"
        let categories = lines.map { line in
            // Word wraps a long label itself; only a very long one is shortened (in the middle).
            SVGChart.shortened(line.title, 90) + (line.indicators == 0 ? " (✖ \(none))" : "")
        }
        let series = Overview.states.map { state in
            ("\(state.symbol) \(state.word(language))", String(state.colour.dropFirst()),
             lines.map { line -> Double? in line.indicators == 0 ? nil : Double(line.states?[state] ?? 0) })
        }
        let alt = heading + ": " + lines.map { line in
            line.title + " " + (line.indicators == 0 ? none : Overview.states.compactMap { state in
                line.states?[state].map { "\($0) \(state.word(language))" }
            }.joined(separator: ", "))
        }.joined(separator: "; ") + "."
        return OfficeChart(kind: .stackedBars, title: heading, alt: alt, categories: categories, series: series,
                           height: 3 + 0.9 * Double(lines.count))
    }

    static func status(_ section: AreaPortfolio.Section, language: Language) -> OfficeChart? {
        status(section.lines, language: language,
                      title: (language == .da ? "Indikatorernes status: " : "Indicator status: ") + section.area.name(language))
    }

    /// One indicator's measurements over time, with its baseline and target
    /// as level lines.
    static func measurements(_ status: IndicatorStatus, language: Language) -> OfficeChart? {
        let points = status.measurements
        guard !points.isEmpty else { return nil }
        let da = language == .da
        let dates = points.map { point in
            [String(point.date.year)] + [point.date.month, point.date.day].compactMap { $0.map { String(format: "%02d", $0) } }
        }.map { $0.joined(separator: "-") }
        var series: [(name: String, colour: String, values: [Double?])] = [
            (da ? "Målinger" : "Measurements", String(status.state.colour.dropFirst()), points.map(\.value)),
        ]
        if let baseline = status.row.baseline?.number {
            series.append((da ? "Udgangspunkt" : "Baseline", "8C8C8C", points.map { _ in baseline }))
        }
        if let target = status.row.target?.number {
            series.append((da ? "Målværdi" : "Target", "D55E00", points.map { _ in target }))
        }
        let title = "\(status.row.indicator): \(status.state.symbol) \(status.state.word(language))"
        let alt = title + ". " + (da ? "Målinger: " : "Measurements: ")
            + zip(dates, points).map { "\($0) \($1.text)" }.joined(separator: ", ") + "."
        let whole = points.allSatisfy { $0.value == $0.value.rounded() }
        return OfficeChart(kind: .lines, title: title, alt: alt, categories: dates, series: series,
                           format: whole ? "0" : "0.0", height: 6)
    }
}

extension OfficeCharts {
    /// How far each indicator has come from its baseline towards its
    /// target, in per cent, each bar in its status's colour; an indicator
    /// without measurements or without the numbers to judge shows none.
    static func progress(_ statuses: [IndicatorStatus], title: String, language: Language) -> OfficeChart? {
        guard !statuses.isEmpty else { return nil }
        let da = language == .da
        let values = statuses.map { status -> Double? in
            guard let latest = status.latest?.value, let start = status.row.baseline?.number, let goal = status.row.target?.number,
                  goal != start else { return nil }
            return min(150, max(-50, ((latest - start) / (goal - start) * 100).rounded()))
        }
        guard values.contains(where: { $0 != nil }) else { return nil }
        let categories = zip(statuses, values).map { status, value in
            "\(status.state.symbol) " + SVGChart.shortened(status.row.indicator, 48) + (value == nil ? " (\(status.state.word(language)))" : "")
        }
        let alt = title + ": " + zip(statuses, values).map { status, value in
            "\(status.row.indicator) \(status.state.word(language))" + (value.map { ", \(Int($0)) %" } ?? "")
        }.joined(separator: "; ") + "."
        var chart = OfficeChart(
            kind: .bars, title: title + (da ? " (fremgang mod målværdien, %)" : " (progress towards the target, %)"), alt: alt,
            categories: categories, series: [(da ? "Fremgang" : "Progress", "0072B2", values)], height: 2 + 0.9 * Double(statuses.count))
        chart.pointColours = statuses.map { String($0.state.colour.dropFirst()) }
        return chart
    }
}
