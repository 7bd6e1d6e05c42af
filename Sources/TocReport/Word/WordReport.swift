import TocMonitor
import TocRender
import TocSyntax

/// A report as a Word document (`toc report -o rapport.docx`, issue #28):
/// the same parts as the HTML report, in Word's terms. A4 pages; each plan
/// starts on a new page; a diagram that prints larger across gets a
/// landscape page; charts are Word's own.
public enum WordReport {
    /// The document's bytes; nil when it could not be packed.
    public static func document(_ items: [ReportItem], language: Language, unreadable: [UnreadableTheory] = []) -> [UInt8]? {
        let words = ReportWords(language: language)
        let title = items.count == 1 ? items[0].title : words.documentTitle
        return WordDocument(blocks: blocks(items, language: language, unreadable: unreadable), title: title, language: language).package()
    }

    static func blocks(_ items: [ReportItem], language: Language, unreadable: [UnreadableTheory]) -> [WordBlock] {
        let words = ReportWords(language: language)
        var blocks: [WordBlock] = []
        let several = items.count > 1 || (!items.isEmpty && !unreadable.isEmpty)
        if several {
            blocks.append(.heading(words.documentTitle, level: 0))
            blocks += overview(items, language: language, unreadable: unreadable)
        }
        for item in items {
            blocks += section(item, words: words, newPage: several)
        }
        if !unreadable.isEmpty {
            blocks.append(.heading(words.unreadable, level: 1, newPage: true))
            blocks.append(.paragraph(words.unreadableLead))
            for file in unreadable {
                blocks.append(.paragraph(file.path, lead: nil))
                blocks.append(.bullets(file.problems.map(words.plain)))
            }
        }
        return blocks
    }

    static func overview(_ items: [ReportItem], language: Language, unreadable: [UnreadableTheory]) -> [WordBlock] {
        let lines = Overview.lines(items, language: language)
        var blocks: [WordBlock] = [
            .heading(Overview.heading(language), level: 1),
            .paragraph(Overview.lead(lines, unreadable: unreadable, language: language)),
            .paragraph(Overview.order(language)),
        ]
        let headings = Overview.headings(language), rows = lines.map { Overview.cells($0, language: language) }
        blocks.append(.table(headings, rows, widths: WordBlock.weights(headings, rows)))
        for list in Overview.troubledGoals(lines, language: language) {
            blocks += [.heading(list.heading, level: 2), .bullets(list.entries)]
        }
        blocks += [OfficeCharts.findings(lines, language: language), OfficeCharts.status(lines, language: language)]
            .compactMap { $0 }.map(WordBlock.chart)
        let portfolio = AreaPortfolio(items)
        guard !portfolio.sections.isEmpty || !portfolio.unplaced.isEmpty else { return blocks }
        blocks += [.heading(AreaPortfolio.heading(language), level: 1, newPage: true), .paragraph(AreaPortfolio.lead(language))]
        for section in portfolio.sections {
            let headings = AreaPortfolio.headings(language), rows = section.rows.map { AreaPortfolio.cells($0, language: language) }
            blocks += [.heading(section.area.name(language), level: 2), .paragraph(portfolio.lead(section, language: language)),
                       .table(headings, rows, widths: WordBlock.weights(headings, rows))]
            if let chart = OfficeCharts.status(section, language: language) { blocks.append(.chart(chart)) }
        }
        if !portfolio.unplaced.isEmpty {
            blocks += [.heading(AreaPortfolio.unplacedHeading(language), level: 2),
                       .bullets(portfolio.unplaced.map { "\($0.plan): \($0.area)" })]
        }
        return blocks
    }

    static func section(_ item: ReportItem, words: ReportWords, newPage: Bool) -> [WordBlock] {
        let language = words.language
        // A whole diagram printed on a landscape page takes the title with it.
        let landscape = item.areaDiagrams.isEmpty && item.diagrams[.png] != nil && item.fit?.landscape == true
        var blocks: [WordBlock] = landscape ? [.endSection(landscape: false)] : []
        blocks.append(.heading(item.title, level: 1, newPage: newPage && !landscape))
        blocks.append(.paragraph(words.meta(item.theory)))
        blocks += words.context(item.theory).map { .paragraph($0.text, lead: $0.term + ": ") }
        if item.areaDiagrams.isEmpty {
            if let png = item.diagrams[.png] {
                blocks.append(.image(png, alt: DiagramText.alternative(item.theory, findings: item.findings, language: language)))
                if landscape { blocks.append(.endSection(landscape: true)) }
            }
        } else {
            if let reason = words.shownByArea(item) { blocks.append(.paragraph(reason)) }
            blocks.append(.bullets(AreaOverview.links(item.theory).map { link in
                AreaOverview.title(link.area) + " → " + (link.goals.isEmpty ? (language == .da ? "intet mål" : "no goal")
                    : link.goals.map { item.theory.nodes[$0].label }.joined(separator: "; "))
            }))
            for area in item.areaDiagrams {
                guard let png = area.diagrams[.png] else { continue }
                blocks.append(.heading((language == .da ? "Område: " : "Area: ") + area.title, level: 3))
                blocks.append(.image(png, alt: DiagramText.alternative(item.theory, findings: item.findings, area: area.id, language: language)))
            }
        }
        blocks.append(.heading(Narrative.heading(language), level: 2))
        for part in Narrative.sections(item.theory, language: language) {
            if let title = part.title { blocks.append(.heading(title, level: 3)) }
            if let lead = part.lead { blocks.append(.paragraph(lead)) }
            blocks += part.paragraphs.map { .paragraph($0.text, lead: $0.activity + ". ") }
        }
        blocks.append(.heading(words.findings, level: 2))
        if item.findings.isEmpty { blocks.append(.paragraph(words.noFindings)) }
        for group in words.findingGroups(item) {
            blocks += [.paragraph("", lead: "\(group.heading) (\(group.findings.count))"), .bullets(group.findings.map(words.plain))]
        }
        blocks.append(.heading(words.plan, level: 2))
        if item.plan.isEmpty {
            blocks.append(.paragraph(words.noIndicators))
        } else {
            let rows = item.plan.map(words.planCells)
            blocks.append(.table(words.planHeadings, rows, widths: WordBlock.weights(words.planHeadings, rows)))
        }
        if let status = item.status {
            let rows = status.map(words.statusCells)
            blocks += [.heading(words.status, level: 2),
                       .table(words.statusHeadings, rows, widths: WordBlock.weights(words.statusHeadings, rows))]
            blocks += status.compactMap { OfficeCharts.measurements($0, language: language) }.map(WordBlock.chart)
        }
        return blocks
    }
}
