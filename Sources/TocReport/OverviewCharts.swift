import Foundation
import TocMonitor
import TocSyntax

/// The overview's charts (issues #18, #28): findings by rule across the
/// plans, and each plan's indicators by status, plans without indicators
/// included, since they are the worst cases.
extension Overview {
    /// Horizontal bars: each rule's findings across the plans, and in how
    /// many, the rule named in words.
    static func findingsChart(_ lines: [Line], language: Language, id: String) -> String? {
        var totals: [String: (count: Int, plans: Int)] = [:]
        for line in lines {
            for (rule, count) in line.byRule { totals[rule, default: (0, 0)].count += count; totals[rule, default: (0, 0)].plans += 1 }
        }
        guard !totals.isEmpty else { return nil }
        let rows = totals.sorted { ($1.value.count, $0.key) < ($0.value.count, $1.key) }
        let da = language == .da
        let most = Double(rows.map(\.value.count).max() ?? 1)
        let label = 250.0, barLeft = 260.0, barWidth = 250.0, rowHeight = 24.0
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
            chart.text(SVGChart.shortened(row.key, 40), x: label, y: top + 15, anchor: "end", size: 12)
            chart.rect(x: barLeft, y: top + 3, width: barWidth * Double(row.value.count) / most, height: rowHeight - 8, fill: "#0072B2")
            let note = da ? "\(row.value.count) i \(row.value.plans) af \(lines.count)" : "\(row.value.count) in \(row.value.plans) of \(lines.count)"
            chart.text(note, x: barLeft + barWidth * Double(row.value.count) / most + 6, y: top + 15, size: 12)
        }
        return chart.document
    }

    static let states: [StatusState] = [.reached, .onTrack, .behind, .noData, .unclear]

    /// Stacked bars: each theory's indicators by status, with measurements;
    /// a theory without indicators says so on its row. A long title wraps
    /// onto two lines, so the estate's name stays wherever it stands.
    static func statusChart(_ lines: [Line], language: Language, id: String) -> String? {
        guard lines.contains(where: { $0.states != nil }) else { return nil }
        let da = language == .da
        let label = 290.0, barLeft = 300.0, barWidth = 320.0, rowHeight = 30.0
        let most = Double(lines.map(\.indicators).max() ?? 1)
        let none = da ? "ingen indikatorer" : "no indicators"
        let described = lines.map { line in
            line.title + ": " + (line.indicators == 0 ? none : states.compactMap { state in
                line.states?[state].map { "\($0) \(state.word(language))" }
            }.joined(separator: ", "))
        }
        var chart = SVGChart(
            width: 640, height: 58 + rowHeight * Double(lines.count) + 8,
            title: da ? "Indikatorernes status pr. teori" : "Indicator status by theory",
            description: described.joined(separator: "; ") + ".", id: id)
        chart.text(chart.title, x: 8, y: 18, bold: true)
        var keyX = 8.0
        for state in states {
            chart.rect(x: keyX, y: 28, width: 10, height: 10, fill: state.colour)
            let word = "\(state.symbol) \(state.word(language))"
            chart.text(word, x: keyX + 14, y: 37, size: 11)
            keyX += 30 + Double(word.count) * 6.5
        }
        for (index, line) in lines.enumerated() {
            let top = 50 + rowHeight * Double(index)
            // Long titles wrap onto a second line, so the estate's name stays.
            let wrapped = SVGChart.wrapped(line.title, width: 44, lines: 2)
            for (number, text) in wrapped.enumerated() {
                let y = top + 16 + (wrapped.count == 1 ? 0 : Double(number) * 12 - 6)
                chart.text(text, x: label, y: y, anchor: "end", size: 11)
            }
            guard line.indicators > 0 else {
                chart.rect(x: barLeft, y: top + 3, width: barWidth, height: rowHeight - 8, fill: "#FFFFFF", stroke: "#B34700")
                chart.text("✖ " + none, x: barLeft + 8, y: top + 16, size: 11, colour: "#B34700", bold: true)
                continue
            }
            var x = barLeft
            for state in states {
                guard let count = line.states?[state], count > 0 else { continue }
                let width = barWidth * Double(count) / most
                chart.rect(x: x, y: top + 3, width: width - 1, height: rowHeight - 8, fill: state.colour)
                let text = width >= 34 ? "\(state.symbol) \(count)" : width >= 16 ? String(count) : ""
                if !text.isEmpty { chart.text(text, x: x + width / 2, y: top + 16, anchor: "middle", size: 11, colour: "#FFFFFF", bold: true) }
                x += width
            }
        }
        return chart.document
    }
}

extension SVGChart {
    /// A label of at most `limit` characters: shortened in the middle, so
    /// that both its start and its end (an estate's name) stay.
    static func shortened(_ text: String, _ limit: Int) -> String {
        guard text.count > limit else { return text }
        let head = (limit - 1) / 2, tail = limit - 1 - head
        return String(text.prefix(head)).trimmingCharacters(in: .whitespaces) + "…"
            + String(text.suffix(tail)).trimmingCharacters(in: .whitespaces)
    }
}
