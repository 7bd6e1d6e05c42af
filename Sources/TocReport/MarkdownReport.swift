import TocMonitor
import TocRender
import TocSyntax

/// A report in Markdown, for pandoc (Word) and for LaTeX: the diagrams are
/// files beside the document, referred to by name.
public enum MarkdownReport {
    /// The document; `files` names the figures it shows, written beside it.
    public static func document(
        _ items: [ReportItem], language: Language, unreadable: [UnreadableTheory] = [], files: MarkdownFiles
    ) -> String {
        let words = ReportWords(language: language)
        let single = items.count == 1
        var text = single ? "" : "# \(escape(words.documentTitle))\n\n"
        if !single {
            let lines = Overview.lines(items, language: language)
            text += "## \(escape(Overview.heading(language)))\n\n"
            text += "\(escape(Overview.lead(lines, unreadable: unreadable, language: language)))\n\n\(escape(Overview.order(language)))\n\n"
            text += PlanWriter.markdownTable(Overview.headings(language), lines.map { Overview.cells($0, language: language) }) + "\n"
            for list in Overview.troubledGoals(lines, language: language) {
                text += "### \(escape(list.heading))\n\n" + list.entries.map { "- \(escape($0))\n" }.joined() + "\n"
            }
            text += files.overview.map(image).joined()
            text += areas(items, language: language, files: files)
        }
        for (index, item) in items.enumerated() {
            let h = single ? "#" : "##"
            text += "\(h) \(escape(item.title))\n\n"
            text += escape(words.meta(item.theory)) + "\n\n"
            let context = words.context(item.theory)
            if !context.isEmpty {
                text += context.map { "**\(escape($0.term)):** \(escape($0.text))  \n" }.joined() + "\n"
            }
            if let reason = words.shownByArea(item) { text += escape(reason) + "\n\n" }
            for figure in index < files.diagrams.count ? files.diagrams[index] : [] {
                if let heading = figure.heading { text += "\(h)## \(escape(heading))\n\n" }
                text += image(figure)
            }
            text += Narrative.markdown(item.theory, language: language, level: h.count + 1, escape: escape)
            text += "\(h)# \(escape(words.findings))\n\n"
            if item.findings.isEmpty { text += escape(words.noFindings) + "\n\n" }
            for group in words.findingGroups(item) {
                text += "**\(escape(group.heading)) (\(group.findings.count))**\n\n"
                text += group.findings.map { "- \(escape(words.plain($0)))\n" }.joined() + "\n"
            }
            text += "\(h)# \(escape(words.plan))\n\n"
            text += item.plan.isEmpty ? escape(words.noIndicators) + "\n\n"
                : PlanWriter.markdownTable(words.planHeadings, item.plan.map(words.planCells)) + "\n"
            if let status = item.status {
                text += "\(h)# \(escape(words.status))\n\n"
                text += PlanWriter.markdownTable(words.statusHeadings, status.map(words.statusCells)) + "\n"
                text += (index < files.charts.count ? files.charts[index] : []).map(image).joined()
            }
        }
        if !unreadable.isEmpty {
            text += "\(single ? "#" : "##") \(escape(words.unreadable))\n\n\(escape(words.unreadableLead))\n\n"
            for file in unreadable {
                text += "- \(escape(file.path))\n" + file.problems.map { "    - \(escape(words.plain($0)))\n" }.joined()
            }
            text += "\n"
        }
        return text
    }

    /// The portfolio by intervention area.
    static func areas(_ items: [ReportItem], language: Language, files: MarkdownFiles) -> String {
        let portfolio = AreaPortfolio(items)
        guard !portfolio.sections.isEmpty || !portfolio.unplaced.isEmpty else { return "" }
        var text = "## \(escape(AreaPortfolio.heading(language)))\n\n\(escape(AreaPortfolio.lead(language)))\n\n"
        for (index, section) in portfolio.sections.enumerated() {
            text += "### \(escape(section.area.name(language)))\n\n\(escape(portfolio.lead(section, language: language)))\n\n"
            text += PlanWriter.markdownTable(
                AreaPortfolio.headings(language), section.rows.map { AreaPortfolio.cells($0, language: language) }) + "\n"
            if let chart = files.areaCharts[index] { text += image(chart) }
        }
        if !portfolio.unplaced.isEmpty {
            text += "### \(escape(AreaPortfolio.unplacedHeading(language)))\n\n"
            text += portfolio.unplaced.map { "- \(escape($0.plan)): \(escape($0.area))\n" }.joined() + "\n"
        }
        return text
    }

    static func image(_ figure: MarkdownFiles.Figure) -> String {
        "![\(escape(figure.alt))](\(figure.name.replacingOccurrences(of: " ", with: "%20")))\n\n"
    }

    /// Running text with Markdown's special characters escaped.
    static func escape(_ text: String) -> String {
        PlanWriter.cell(text)
    }
}
