import Foundation
import TocMonitor
import TocRender
import TocSyntax

/// The figures of an HTML report: the diagram (whole, or an overview of
/// the areas and one diagram per area when the whole would print too small),
/// the charts of measurements, and the overview across theories.
enum ReportFigures {
    /// The diagram part of a theory's section. `anchor` makes its ids unique.
    static func diagrams(_ item: ReportItem, anchor: String, level: Int, words: ReportWords) -> String {
        let escape = HTMLText.escape
        guard !item.areaDiagrams.isEmpty else {
            guard let svg = item.diagrams[.svg] else { return "" }
            return figure(svg, prefix: anchor, landscape: item.fit?.landscape ?? false)
        }
        let da = words.language == .da
        var html = "<p class=\"split\">" + escape(words.shownByArea(item) ?? "") + "</p>\n"
        html += "<figure class=\"diagram areas\">\(AreaOverview.svg(item.theory, language: words.language, id: "\(anchor)-areas"))</figure>\n"
        let h = "h\(min(6, level))"
        for (index, area) in item.areaDiagrams.enumerated() {
            let heading = "<\(h) class=\"area\">\(escape((da ? "Område: " : "Area: ") + area.title))</\(h)>\n"
            let landscape = area.fit?.landscape ?? false
            html += sheet(heading + (area.diagrams[.svg].map { figure($0, prefix: "\(anchor)-a\(index + 1)", landscape: landscape) } ?? ""),
                          landscape: landscape)
        }
        return html
    }

    /// Content printed on a landscape page of its own when `landscape`
    /// (the print style's named page `wide`), so a heading goes with its figure.
    static func sheet(_ content: String, landscape: Bool) -> String {
        landscape ? "<div class=\"wide\">\n\(content)</div>\n" : content
    }

    static func figure(_ svg: [UInt8], prefix: String, landscape: Bool) -> String {
        "<figure class=\"diagram\(landscape ? " landscape" : "")\">\(uniqueIDs(HTMLReport.inlineSVG(svg), prefix: prefix))</figure>\n"
    }

    /// The charts of a theory's measured indicators, one per indicator with
    /// at least one measurement.
    static func charts(_ item: ReportItem, anchor: String, language: Language) -> [String] {
        (item.status ?? []).enumerated().compactMap { index, status in
            MeasurementChart.svg(status, period: item.theory.period, language: language, id: "\(anchor)-m\(index + 1)")
        }
    }

    /// Gives every id in an inline SVG, and every reference to one, a prefix,
    /// so that several drawings in one page never share an id.
    static func uniqueIDs(_ svg: String, prefix: String) -> String {
        var text = svg
        for (pattern, template) in [
            (##"\bid="([^"]+)""##, "id=\"\(prefix)-$1\""),
            (##"href="#([^"]+)""##, "href=\"#\(prefix)-$1\""),
            (##"url\(#([^)]+)\)"##, "url(#\(prefix)-$1)"),
        ] {
            text = text.replacingOccurrences(of: pattern, with: template, options: .regularExpression)
        }
        // aria-labelledby holds a list of ids.
        var result = "", rest = text.startIndex
        for match in text.matches(of: /aria-labelledby="([^"]+)"/) {
            let ids = match.output.1.split(separator: " ").map { "\(prefix)-\($0)" }.joined(separator: " ")
            result += text[rest..<match.range.lowerBound] + "aria-labelledby=\"\(ids)\""
            rest = match.range.upperBound
        }
        return result + text[rest...]
    }

    /// "Overblik" / "Overview": the table, the goals in trouble and the
    /// charts across theories, most troubled first; then the portfolio by
    /// intervention area.
    static func overview(_ items: [ReportItem], language: Language, unreadable: [UnreadableTheory]) -> String {
        let escape = HTMLText.escape
        let lines = Overview.lines(items, language: language)
        var html = "<section id=\"overview\">\n<h2>\(escape(Overview.heading(language)))</h2>\n"
        html += "<p>\(escape(Overview.lead(lines, unreadable: unreadable, language: language)))</p>\n"
        html += "<p>\(escape(Overview.order(language)))</p>\n"
        html += HTMLReport.table(Overview.headings(language), lines.map { Overview.cells($0, language: language) }, wide: true)
        for list in Overview.troubledGoals(lines, language: language) {
            html += "<h3>\(escape(list.heading))</h3>\n<ul>\n" + list.entries.map { "<li>\(escape($0))</li>\n" }.joined() + "</ul>\n"
        }
        for chart in [Overview.findingsChart(lines, language: language, id: "overview-findings"),
                      Overview.statusChart(lines, language: language, id: "overview-status")].compactMap({ $0 }) {
            html += "<figure class=\"chart\">\(chart)</figure>\n"
        }
        return html + "</section>\n" + areas(items, language: language)
    }

    /// The portfolio by intervention area.
    static func areas(_ items: [ReportItem], language: Language) -> String {
        let escape = HTMLText.escape
        let portfolio = AreaPortfolio(items)
        guard !portfolio.sections.isEmpty || !portfolio.unplaced.isEmpty else { return "" }
        var html = "<section id=\"areas\">\n<h2>\(escape(AreaPortfolio.heading(language)))</h2>\n"
        html += "<p>\(escape(AreaPortfolio.lead(language)))</p>\n"
        for (index, section) in portfolio.sections.enumerated() {
            html += "<h3>\(escape(section.area.name(language)))</h3>\n<p>\(escape(portfolio.lead(section, language: language)))</p>\n"
            html += HTMLReport.table(AreaPortfolio.headings(language), section.rows.map { AreaPortfolio.cells($0, language: language) }, wide: true)
            if let chart = portfolio.chart(section, language: language, id: "area-status-\(index + 1)") {
                html += "<figure class=\"chart\">\(chart)</figure>\n"
            }
        }
        if !portfolio.unplaced.isEmpty {
            html += "<h3>\(escape(AreaPortfolio.unplacedHeading(language)))</h3>\n<ul>\n"
            html += portfolio.unplaced.map { "<li>\(escape($0.plan)): \(escape($0.area))</li>\n" }.joined() + "</ul>\n"
        }
        return html + "</section>\n"
    }
}
