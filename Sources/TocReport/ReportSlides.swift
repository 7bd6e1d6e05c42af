import TocRender
import TocSyntax

/// A report as a PowerPoint presentation (`toc report --format pptx`, issue
/// #19): for each theory its diagram slides (the whole theory, then each
/// area, as `toc render` draws them), then its findings in plain words and,
/// with measurements, each indicator's status; files that could not be read
/// close the deck.
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
        // The theories that cannot be read close the deck, even a deck of nothing else.
        let lines = unreadable.flatMap { file in [file.path] + file.problems.map { "  " + words.plain($0) } }
        let closing = unreadable.isEmpty ? [] : TextSlide.paged(title: words.unreadable, lines: lines)
        let title = items.count == 1 ? items[0].title : words.documentTitle
        return Renderer.presentation(parts, title: title, closing: closing)
    }

    /// A theory's slides of words: its findings, errors first, and its statuses.
    static func text(_ item: ReportItem, words: ReportWords) -> [TextSlide] {
        let findings = [Severity.error, .warning].flatMap { severity in
            item.findings.filter { $0.severity == severity }.map { words.plain($0) }
        }
        var slides = TextSlide.paged(
            title: "\(words.findings): \(item.title)", lines: findings.isEmpty ? [words.noFindings] : findings)
        if let status = item.status, !status.isEmpty {
            let lines = status.map { status in
                let cells = words.statusCells(status)
                return "\(cells[5]) – \(cells[0]) (\(cells[1])): \(cells[4]); \(words.statusHeadings[3].lowercased()) \(cells[3])"
            }
            slides += TextSlide.paged(title: "\(words.status): \(item.title)", lines: lines)
        }
        return slides
    }
}
