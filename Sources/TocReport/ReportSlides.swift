import TocChecks
import TocModel
import TocMonitor
import TocRender
import TocSyntax

/// A report as a PowerPoint presentation (`toc report --format pptx`,
/// issues #19, #28), for a board: first the portfolio (the plans ranked by
/// trouble, the goals nobody measures or reaches, the statuses as a chart,
/// each intervention area across the plans), then for each theory its
/// diagram slides (the whole theory, then each area, as `toc render` draws
/// them), its findings in plain words and, with measurements, a chart of
/// where its indicators stand; files that could not be read close the deck.
public enum ReportSlides {
    /// The deck, or nil when there is nothing to show; and the problems of
    /// diagrams that could not be drawn.
    public static func presentation(
        _ items: [ReportItem], language: Language, unreadable: [UnreadableTheory] = []
    ) -> (bytes: [UInt8]?, problems: [Diagnostic]) {
        let words = ReportWords(language: language)
        let parts = items.map { item in
            var options = item.options
            options.status = item.status
            return PresentedTheory(theory: item.theory, findings: item.findings, options: options, text: text(item, words: words))
        }
        let opening = items.count > 1 || (!items.isEmpty && !unreadable.isEmpty) ? portfolio(items, language: language, unreadable: unreadable) : []
        // The theories that cannot be read close the deck, even a deck of nothing else.
        let lines = unreadable.flatMap { file in [file.path] + file.problems.map { "  " + words.plain($0) } }
        let closing = unreadable.isEmpty ? [] : TextSlide.paged(title: words.unreadable, lines: lines)
        let title = items.count == 1 ? items[0].title : words.documentTitle
        return Renderer.presentation(parts, title: title, opening: opening, closing: closing)
    }

    /// The portfolio's slides: the overview, the goals in trouble, the
    /// statuses, and each intervention area.
    static func portfolio(_ items: [ReportItem], language: Language, unreadable: [UnreadableTheory]) -> [TextSlide] {
        let da = language == .da
        let lines = Overview.lines(items, language: language)
        let ranked = lines.map { line in
            let unmeasured = line.unmeasured.count
            let parts = [
                da ? "\(line.errors) fejl" : "\(line.errors) errors",
                da ? "\(unmeasured) mål uden indikator" : "\(unmeasured) goals without an indicator",
                da ? "\(line.warnings) advarsler" : "\(line.warnings) warnings",
            ]
            return "\(line.title): " + parts.joined(separator: ", ")
        }
        var slides = TextSlide.paged(
            title: Overview.heading(language), lines: [Overview.lead(lines, unreadable: unreadable, language: language)], perSlide: 1)
        slides += TextSlide.paged(title: (da ? "Planerne, flest problemer først" : "The plans, most troubled first"), lines: ranked, perSlide: 8)
        for list in Overview.troubledGoals(lines, language: language) {
            slides += TextSlide.paged(title: list.heading, lines: list.entries, perSlide: 8)
        }
        if let chart = OfficeCharts.status(lines, language: language) { slides.append(slide(chart, language: language)) }
        let areas = AreaPortfolio(items)
        for section in areas.sections {
            let name = section.area.name(language)
            let rows = section.rows.map { row in
                da ? "\(row.plan): \(row.activities.count) aktiviteter, \(row.goals.count) mål, \(row.indicators) indikatorer (\(row.complete) komplette), \(row.errors) fejl"
                    : "\(row.plan): \(row.activities.count) activities, \(row.goals.count) goals, \(row.indicators) indicators (\(row.complete) complete), \(row.errors) errors"
            }
            slides += TextSlide.paged(title: name, lines: [areas.lead(section, language: language)] + rows, perSlide: 8)
            if let chart = OfficeCharts.status(section, language: language) { slides.append(slide(chart, language: language)) }
        }
        return slides
    }

    /// A theory's slides of words: its findings in plain words (what, and
    /// on which box; no file or line), errors first, and a chart of where
    /// its indicators stand.
    static func text(_ item: ReportItem, words: ReportWords) -> [TextSlide] {
        let language = words.language
        let findings = words.findingGroups(item).flatMap { $0.findings.map { board($0, theory: item.theory, language: language) } }
        var slides = TextSlide.paged(
            title: "\(words.findings): \(item.title)", lines: findings.isEmpty ? [words.noFindings] : findings)
        guard let status = item.status, !status.isEmpty else { return slides }
        if let chart = OfficeCharts.progress(status, title: "\(words.status): \(item.title)", language: language) {
            slides.append(slide(chart, language: language))
        } else {
            // Nothing measured yet: the statuses in words.
            let lines = status.map { "\($0.state.symbol) \($0.state.word(language)) – \($0.row.indicator)" }
            slides += TextSlide.paged(title: "\(words.status): \(item.title)", lines: lines)
        }
        return slides
    }

    /// A chart on a slide of its own, under the chart's title.
    static func slide(_ chart: OfficeChart, language: Language) -> TextSlide {
        var untitled = chart
        untitled.title = ""
        return TextSlide(title: chart.title, chart: ChartXML.xml(untitled, language: language), alt: chart.alt)
    }

    /// A finding for a board: the rule's name, and the box it is about by
    /// its label («Lektiecafé»), else the finding's words.
    static func board(_ finding: Diagnostic, theory: Theory, language: Language) -> String {
        let name = Catalogue.name(of: finding.rule, in: language)
        if let id = finding.node, let node = theory.nodes.first(where: { $0.id == id }) { return "\(name): «\(node.label)»" }
        if let area = theory.areas.first(where: { $0.location == finding.location }) {
            return "\(name): «\(area.label.isEmpty ? area.id : area.label)»"
        }
        return "\(name): \(finding.text.text(language))"
    }
}
