import TocRender
import TocSyntax

/// A report as one HTML file that opens offline: styles inline, diagrams
/// inline as SVG, no scripts, no links to anything outside the file.
public enum HTMLReport {
    /// The document for `items` (one section per theory).
    public static func document(_ items: [ReportItem], language: Language, unreadable: [UnreadableTheory] = []) -> String {
        let words = ReportWords(language: language)
        let title = items.count == 1 ? items[0].title : words.documentTitle
        var html = """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <title>\(escape(title))</title>
            <style>\(style)</style>
            </head>
            <body>

            """
        if items.count > 1 || (!items.isEmpty && !unreadable.isEmpty) {
            html += "<h1>\(escape(words.documentTitle))</h1>\n<nav><h2>\(escape(words.contents))</h2><ol>\n"
            html += "<li><a href=\"#overview\">\(escape(Overview.heading(language)))</a></li>\n"
            html += "<li><a href=\"#areas\">\(escape(AreaPortfolio.heading(language)))</a></li>\n"
            for (index, item) in items.enumerated() {
                html += "<li><a href=\"#t\(index + 1)\">\(escape(item.title))</a></li>\n"
            }
            html += "</ol></nav>\n"
            html += ReportFigures.overview(items, language: language, unreadable: unreadable)
        }
        for (index, item) in items.enumerated() {
            html += section(item, anchor: "t\(index + 1)", level: items.count > 1 ? 2 : 1, words: words)
        }
        if !unreadable.isEmpty {
            html += "<section id=\"unreadable\">\n<h2>\(escape(words.unreadable))</h2>\n<p>\(escape(words.unreadableLead))</p>\n<ul>\n"
            for file in unreadable {
                html += "<li><code>\(escape(file.path))</code><ul>\n"
                html += file.problems.map { "<li>\(escape(words.plain($0)))</li>\n" }.joined() + "</ul></li>\n"
            }
            html += "</ul>\n</section>\n"
        }
        return html + "</body>\n</html>\n"
    }

    static func section(_ item: ReportItem, anchor: String, level: Int, words: ReportWords) -> String {
        let h = "h\(level)", sub = "h\(level + 1)"
        var head = "<\(h)>\(escape(item.title))</\(h)>\n<p class=\"meta\">"
        if let period = item.theory.period { head += "\(escape(words.period)) \(period.lowerBound)–\(period.upperBound) · " }
        head += "\(escape(words.file)): <code>\(escape(item.theory.path))</code></p>\n"
        let context = words.context(item.theory)
        if !context.isEmpty {
            head += "<dl class=\"context\">\n"
                + context.map { "<dt>\(escape($0.term))</dt><dd>\(escape($0.text))</dd>\n" }.joined() + "</dl>\n"
        }
        var html = "<section id=\"\(anchor)\">\n"
        if item.diagrams[.svg] != nil {
            // A whole diagram printed on a landscape page takes the title with it.
            let figures = ReportFigures.diagrams(item, anchor: anchor, level: level + 1, words: words)
            html += item.areaDiagrams.isEmpty ? ReportFigures.sheet(head + figures, landscape: item.fit?.landscape ?? false)
                : head + figures
            html += Pathways.html(item.theory, language: words.language, escape: escape)
        } else {
            html += head
        }
        html += narrative(item, level: level + 1, language: words.language)
        html += "<\(sub)>\(escape(words.findings))</\(sub)>\n"
        if item.findings.isEmpty {
            html += "<p>\(escape(words.noFindings))</p>\n"
        } else {
            for group in words.findingGroups(item) {
                html += "<p class=\"\(group.severity.rawValue)\">\(escape(group.heading)) (\(group.findings.count))</p>\n<ul>\n"
                html += group.findings.map { "<li>\(escape(words.plain($0)))</li>\n" }.joined() + "</ul>\n"
            }
        }
        html += "<\(sub)>\(escape(words.plan))</\(sub)>\n"
        html += item.plan.isEmpty ? "<p>\(escape(words.noIndicators))</p>\n" : table(words.planHeadings, item.plan.map(words.planCells))
        if let status = item.status {
            html += "<\(sub)>\(escape(words.status))</\(sub)>\n"
            html += table(words.statusHeadings, status.map(words.statusCells), classes: status.map { $0.state.rawValue })
            let charts = ReportFigures.charts(item, anchor: anchor, language: words.language)
            if !charts.isEmpty {
                html += "<div class=\"charts\">\n" + charts.map { "<figure class=\"chart\">\($0)</figure>\n" }.joined() + "</div>\n"
            }
        }
        return html + "</section>\n"
    }

    /// The theory as prose (`Narrative`), area by area.
    static func narrative(_ item: ReportItem, level: Int, language: Language) -> String {
        let h = "h\(level)", sub = "h\(min(6, level + 1))"
        var html = "<section class=\"narrative\">\n<\(h)>\(escape(Narrative.heading(language)))</\(h)>\n"
        for section in Narrative.sections(item.theory, language: language) {
            if let title = section.title { html += "<\(sub)>\(escape(title))</\(sub)>\n" }
            if let lead = section.lead { html += "<p>\(escape(lead))</p>\n" }
            for paragraph in section.paragraphs {
                html += "<p><strong>\(escape(paragraph.activity))</strong>. \(escape(paragraph.text))</p>\n"
            }
        }
        return html + "</section>\n"
    }

    static func table(_ headings: [String], _ rows: [[String]], classes: [String] = [], wide: Bool = false) -> String {
        var html = "<table\(wide ? " class=\"wide\"" : "")>\n<thead><tr>" + headings.map { "<th>\(escape($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for (index, row) in rows.enumerated() {
            let rowClass = index < classes.count ? " class=\"\(classes[index])\"" : ""
            html += "<tr\(rowClass)>" + row.map { "<td>\(escape($0))</td>" }.joined() + "</tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    /// The `<svg>` element of Graphviz's output, without the XML prologue.
    static func inlineSVG(_ bytes: [UInt8]) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let start = text.range(of: "<svg") else { return "" }
        return String(text[start.lowerBound...])
    }

    /// Text for HTML content and attribute values.
    public static func escape(_ text: String) -> String {
        HTMLText.escape(text)
    }

    static let style = """
        body{font-family:"DejaVu Sans",sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;line-height:1.45}
        h1,h2,h3{line-height:1.2}.meta{color:#555}code{font-size:.9em}
        dl.context{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:.5rem 0 1rem}
        dl.context dt{font-weight:bold}dl.context dd{margin:0}
        figure.diagram{margin:1rem 0;overflow:auto;border:1px solid #ddd;padding:.5rem}
        figure.diagram svg{max-width:100%;height:auto}
        div.charts{display:flex;flex-wrap:wrap;gap:1rem}figure.chart{margin:.5rem 0}figure.chart svg{max-width:100%;height:auto}
        table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem;font-size:.9rem}
        th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top;overflow-wrap:break-word;hyphens:auto}th{background:#f2f2f2}
        p.error{color:#b34700;font-weight:bold}p.warning{color:#7a5c00;font-weight:bold}
        tr.reached td:last-child{color:#007A5A;font-weight:bold}tr.on-track td:last-child{color:#0072B2;font-weight:bold}
        tr.behind td:last-child{color:#A0527F;font-weight:bold}
        @page{size:A4;margin:15mm}@page wide{size:A4 landscape;margin:15mm}
        @media print{body{max-width:none;margin:0;padding:0;font-size:10pt}table{font-size:8pt}th,td{padding:.15rem .3rem}
        table.wide{font-size:7.5pt}
        section{break-before:page}section.narrative,section#overview{break-before:auto}
        figure.diagram{border:none;padding:0;overflow:visible;break-inside:avoid}div.wide{page:wide}
        figure.diagram svg{width:auto;height:auto;max-width:100%;max-height:170mm}
        figure.landscape svg{max-height:165mm}figure.chart,table tr{break-inside:avoid}h2,h3,h4{break-after:avoid}
        details.pathways{break-inside:auto}nav{display:none}}
        """
}
