import TocMonitor
import TocRender
import TocSyntax

/// A report in Markdown, for pandoc (Word) and for LaTeX: the diagrams are
/// files beside the document, referred to by name.
public enum MarkdownReport {
    /// The document; `image(item)` names the diagram file of an item,
    /// relative to the document (nil when it could not be drawn).
    public static func document(
        _ items: [ReportItem], language: Language, unreadable: [UnreadableTheory] = [], image: (Int) -> String?
    ) -> String {
        let words = ReportWords(language: language)
        let single = items.count == 1
        var text = single ? "" : "# \(escape(words.documentTitle))\n\n"
        for (index, item) in items.enumerated() {
            let h = single ? "#" : "##"
            text += "\(h) \(escape(item.title))\n\n"
            var meta: [String] = []
            if let period = item.theory.period { meta.append("\(words.period) \(period.lowerBound)–\(period.upperBound)") }
            meta.append("\(words.file): \(item.theory.path)")
            text += escape(meta.joined(separator: " · ")) + "\n\n"
            let context = words.context(item.theory)
            if !context.isEmpty {
                text += context.map { "**\(escape($0.term)):** \(escape($0.text))  \n" }.joined() + "\n"
            }
            if let image = image(index) {
                text += "![\(escape(item.title))](\(image.replacingOccurrences(of: " ", with: "%20")))\n\n"
            }
            text += Narrative.markdown(item.theory, language: language, level: h.count + 1, escape: escape)
            text += "\(h)# \(escape(words.findings))\n\n"
            if item.findings.isEmpty { text += escape(words.noFindings) + "\n\n" }
            for (severity, heading) in [(Severity.error, words.errors), (.warning, words.warnings)] {
                let found = item.findings.filter { $0.severity == severity }
                guard !found.isEmpty else { continue }
                text += "**\(escape(heading)) (\(found.count))**\n\n"
                text += found.map { "- \(escape(words.plain($0)))\n" }.joined() + "\n"
            }
            text += "\(h)# \(escape(words.plan))\n\n"
            text += item.plan.isEmpty ? escape(words.noIndicators) + "\n\n"
                : PlanWriter.markdownTable(words.planHeadings, item.plan.map(words.planCells)) + "\n"
            if let status = item.status {
                text += "\(h)# \(escape(words.status))\n\n"
                text += PlanWriter.markdownTable(words.statusHeadings, status.map(words.statusCells)) + "\n"
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

    /// Running text with Markdown's special characters escaped.
    static func escape(_ text: String) -> String {
        PlanWriter.cell(text)
    }
}
