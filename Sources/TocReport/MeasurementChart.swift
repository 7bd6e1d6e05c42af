import Foundation
import TocModel
import TocMonitor
import TocSyntax

/// A line chart of one measured indicator (issue #18): its measurements
/// over time, the baseline, the target (a line, or a band for a range or a
/// threshold), the straight path from baseline to target that "on track"
/// is judged against, and the status in words and colour.
enum MeasurementChart {
    static let width = 420.0
    static let height = 210.0

    /// The chart, or nil when the indicator has no measurement.
    static func svg(_ status: IndicatorStatus, period: ClosedRange<Int>?, language: Language, id: String) -> String? {
        let points = status.measurements
        guard let first = points.first, let last = points.last else { return nil }
        let da = language == .da
        let row = status.row
        let baseline = row.baseline?.number
        let target = row.target
        // Time: from the baseline (the middle of its year) or the period's
        // start to the target's deadline (the end of its year) or the period's end.
        var times = points.map(\.date.fractionalYear)
        let baselineTime = row.baseline?.year.map { Double($0) + 0.5 } ?? period.map { Double($0.lowerBound) }
        if let baselineTime { times.append(baselineTime) }
        let deadline = target?.year.map { Double($0) + 1 } ?? period.map { Double($0.upperBound) + 1 }
        if let deadline { times.append(deadline) }
        let start = (times.min() ?? first.date.fractionalYear).rounded(.down)
        let end = max((times.max() ?? last.date.fractionalYear).rounded(.up), start + 1)
        // Values: every number the chart shows, with a margin.
        var values = points.map(\.value)
        if let baseline { values.append(baseline) }
        if let number = target?.number { values.append(number) }
        if case .range(let upper)? = target?.bound { values.append(upper) }
        var low = values.min() ?? 0, high = values.max() ?? 1
        if high - low < 1e-9 { low -= 1; high += 1 }
        let margin = (high - low) * 0.15
        low -= margin; high += margin
        if low < 0, values.allSatisfy({ $0 >= 0 }) { low = 0 }
        if first.isPercent || row.target?.isPercent == true, high > 100, values.allSatisfy({ $0 <= 100 }) { high = 100 }

        // Round ticks (7 %, 7,5 %, 8 %, not 7,04 %), three to six of them.
        let tickStep = niceStep((high - low) / 4)
        low = (low / tickStep).rounded(.down) * tickStep
        high = max((high / tickStep).rounded(.up) * tickStep, low + tickStep)
        // The title on up to two lines, so that it is never cut.
        let heading = SVGChart.wrapped(row.indicator, width: 44, lines: 2)
        let left = 56.0, right = width - 16, top = heading.count > 1 ? 54.0 : 40.0, bottom = height - 34
        func x(_ time: Double) -> Double { left + (time - start) / (end - start) * (right - left) }
        func y(_ value: Double) -> Double { bottom - (value - low) / (high - low) * (bottom - top) }

        let unit = first.isPercent ? " %" : ""
        let read = { (value: Double) in SVGChart.reading(value, language: language) + unit }
        let state = "\(status.state.symbol) \(status.state.word(language))"
        var words = [da ? "Målinger: " : "Measurements: "]
        words[0] += points.map { "\($0.date) \(read($0.value))" }.joined(separator: ", ") + "."
        if let baseline = row.baseline { words.append((da ? "Udgangspunkt: " : "Baseline: ") + baseline.text + ".") }
        if let target { words.append((da ? "Målværdi: " : "Target: ") + target.text + ".") }
        words.append("Status: \(status.state.word(language)).")
        var chart = SVGChart(
            width: width, height: height, title: row.indicator + " (" + row.nodeLabel + ")",
            description: words.joined(separator: " "), id: id)

        // Grid and axes.
        for tick in stride(from: low, through: high + tickStep / 2, by: tickStep) {
            chart.line(left, y(tick), right, y(tick), colour: SVGChart.grid)
            chart.text(read(tick), x: left - 6, y: y(tick) + 4, anchor: "end", size: 11, colour: SVGChart.quiet)
        }
        let years = Int(start)...Int(end)
        let step = max(1, years.count / 6)
        for year in stride(from: years.lowerBound, through: years.upperBound, by: step) {
            chart.line(x(Double(year)), bottom, x(Double(year)), bottom + 4, colour: SVGChart.quiet)
            let last = x(Double(year)) > right - 14
            chart.text(String(year), x: last ? width - 2 : x(Double(year)), y: bottom + 17, anchor: last ? "end" : "middle", size: 11,
                       colour: SVGChart.quiet)
        }
        chart.line(left, bottom, right, bottom, colour: SVGChart.quiet)

        // The target: a band for a range or threshold, else a line.
        let targetColour = "#007052"
        if let target, let number = target.number {
            switch target.bound {
            case .point:
                chart.line(left, y(number), right, y(number), colour: targetColour, width: 1.5, dash: "6 3")
            case .atLeast, .above:
                chart.rect(x: left, y: top, width: right - left, height: y(number) - top, fill: targetColour, opacity: 0.12)
                chart.line(left, y(number), right, y(number), colour: targetColour, width: 1.5, dash: "6 3")
            case .atMost, .below:
                chart.rect(x: left, y: y(number), width: right - left, height: bottom - y(number), fill: targetColour, opacity: 0.12)
                chart.line(left, y(number), right, y(number), colour: targetColour, width: 1.5, dash: "6 3")
            case .range(let upper):
                chart.rect(x: left, y: y(upper), width: right - left, height: y(number) - y(upper), fill: targetColour, opacity: 0.12)
            }
            // The straight path from the baseline to the target.
            if let baseline, let deadline {
                let from = baselineTime ?? start
                let aim: Double
                if case .range(let upper) = target.bound { aim = baseline < number ? number : upper } else { aim = number }
                chart.line(x(from), y(baseline), x(deadline), y(aim), colour: SVGChart.quiet, dash: "2 3")
            }
        }
        if let baseline {
            let at = baselineTime ?? start
            chart.body += "<rect x=\"\(SVGChart.number(x(at) - 4))\" y=\"\(SVGChart.number(y(baseline) - 4))\" width=\"8\" height=\"8\""
                + " fill=\"#FFFFFF\" stroke=\"\(SVGChart.ink)\"/>\n"
        }

        // The measurements, in the status's colour.
        let colour = status.state.colour
        let path = points.map { "\(SVGChart.number(x($0.date.fractionalYear))),\(SVGChart.number(y($0.value)))" }
        chart.body += "<polyline points=\"\(path.joined(separator: " "))\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\"/>\n"
        for point in points {
            chart.body += "<circle cx=\"\(SVGChart.number(x(point.date.fractionalYear)))\" cy=\"\(SVGChart.number(y(point.value)))\""
                + " r=\"3.5\" fill=\"\(colour)\"/>\n"
        }
        chart.text(read(last.value), x: min(x(last.date.fractionalYear) + 6, right - 2), y: y(last.value) - 8,
                   anchor: x(last.date.fractionalYear) > right - 40 ? "end" : "start", size: 11, colour: status.state.textColour, bold: true)

        // Heading: the indicator, and the status in words and colour.
        for (index, line) in heading.enumerated() { chart.text(line, x: 8, y: 16 + 14 * Double(index), size: 12, bold: true) }
        chart.text(state, x: width - 8, y: 16, anchor: "end", size: 12, colour: status.state.textColour, bold: true)
        let key = (da ? "□ udgangspunkt  ┅ målværdi  ⋯ lige vej til målet" : "□ baseline  ┅ target  ⋯ straight path to target")
        chart.text(key, x: 8, y: top - 9, size: 11, colour: SVGChart.quiet)
        return chart.document
    }

    /// A round step near `rough`: 1, 2, 2.5 or 5 times a power of ten.
    static func niceStep(_ rough: Double) -> Double {
        guard rough > 0, rough.isFinite else { return 1 }
        let power = pow(10, (log10(rough)).rounded(.down))
        return ([1, 2, 2.5, 5, 10].map { $0 * power }.first { $0 >= rough }) ?? 10 * power
    }

}
