import Foundation
import Testing
import TocChecks
import TocModel
import TocMonitor
import TocRender
import TocReport
import TocSyntax

/// WCAG's contrast ratio of two `#RRGGBB` colours.
func contrast(_ a: String, _ b: String) -> Double {
    func luminance(_ hex: String) -> Double {
        let digits = Array(hex.dropFirst())
        let channels = stride(from: 0, to: 6, by: 2).map { Double(Int(String(digits[$0..<$0 + 2]), radix: 16) ?? 0) / 255 }
        let linear = channels.map { $0 <= 0.03928 ? $0 / 12.92 : pow(($0 + 0.055) / 1.055, 2.4) }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    }
    let (x, y) = (luminance(a), luminance(b))
    return (max(x, y) + 0.05) / (min(x, y) + 0.05)
}

/// Every match of a pattern's first group.
func matches(_ pattern: String, in text: String) -> [String] {
    guard let expression = try? NSRegularExpression(pattern: pattern) else { return [] }
    return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
        Range($0.range(at: 1), in: text).map { String(text[$0]) }
    }
}

/// A theory of two areas, each nine activities long, too wide for A4 whole.
func wideTheory() -> String {
    var lines = ["forandringsteori: Bred plan", "periode: 2024-2027"]
    for area in ["a", "b"] {
        lines.append("område \(area): Område \(area.uppercased())")
        for index in 0..<9 {
            lines += ["aktivitet \(area)\(index): En aktivitet med en lang beskrivelse nummer \(index)", "  område: \(area)",
                      "  -> \(area)o\(index)",
                      "output \(area)o\(index): Et output med en lang beskrivelse nummer \(index)", "  område: \(area)",
                      "  -> \(area)r\(index)",
                      "resultat \(area)r\(index): Et resultat med lang tekst nummer \(index)", "  område: \(area)",
                      "  -> \(area)s\(index)",
                      "resultat \(area)s\(index): Et senere resultat nummer \(index)", "  område: \(area)", "  -> mål_\(area)"]
        }
        lines += ["mål mål_\(area): Målet for \(area.uppercased())", "  indikator: Andel", "    målværdi: 50 %"]
    }
    return lines.joined(separator: "\n") + "\n"
}

/// Issue #18: the report's figures, read back from real output.
@Suite struct ReportFiguresTests {
    static let measured = "indikator;dato;værdi\ntryg_unge;2023-12;62%\ntryg_unge;2024-12;70%\n"

    @Test func eachMeasuredIndicatorGetsAnAccessibleChart() throws {
        let html = HTMLReport.document([try item(formats: [.svg], measurements: Self.measured)], language: .da)
        let charts = matches(#"<figure class="chart">(<svg.*?</svg>)"#, in: html.replacingOccurrences(of: "\n", with: " "))
        #expect(charts.count == 1)
        let chart = try #require(charts.first)
        #expect(chart.contains("role=\"img\""))
        #expect(chart.contains("<title id=\"t1-m1-title\">Andel unge der føler sig trygge | *ja* (Unge føler sig trygge)</title>"))
        #expect(chart.contains("Målinger: 2023-12 62 %, 2024-12 70 %."), "\(chart.prefix(600))")
        #expect(chart.contains("Udgangspunkt: 60% (2022). Målværdi: 75% (2026). Status: på vej."))
        #expect(chart.components(separatedBy: "<circle ").count == 3)
        #expect(chart.contains("↗ på vej"))
    }

    @Test func noMeasurementsNoChart() throws {
        let html = HTMLReport.document([try item(formats: [.svg], measurements: "indikator;dato;værdi\n")], language: .da)
        #expect(!html.contains("<figure class=\"chart\">"))
    }

    @Test func textKeepsAAContrastOnItsBackground() throws {
        let html = HTMLReport.document([try item(formats: [.svg], measurements: Self.measured)], language: .da)
        let fills = Set(matches(#"<polygon fill="(#[0-9a-fA-F]{6})""#, in: html).map { $0.uppercased() } + ["#FFFFFF"])
        let texts = Set(matches(#"<text [^>]*fill="(#[0-9a-fA-F]{6})""#, in: html).map { $0.uppercased() })
        #expect(texts.count >= 3, "\(texts)")
        // The chart's white numbers sit on the status colours; every other
        // text sits on white or on a level's fill.
        for text in texts where text != "#FFFFFF" {
            for fill in fills where !["#D55E00", "#0072B2", "#007A5A", "#A0527F", "#6B6B6B", "#8A6A00", "#4D4D4D"].contains(fill) {
                #expect(contrast(text, fill) >= 4.5, "\(text) on \(fill): \(contrast(text, fill))")
            }
        }
        for colour in StatusState.allCases.map(\.colour) { #expect(contrast("#FFFFFF", colour) >= 4.5, "\(colour)") }
    }

    @Test func severalTheoriesOpenWithAnOverview() throws {
        let one = try item(formats: [.svg], measurements: Self.measured)
        let two = try item(formats: [.svg])
        let html = HTMLReport.document([one, two], language: .en)
        let overview = try #require(html.components(separatedBy: "<section id=\"overview\">").dropFirst().first)
            .components(separatedBy: "</section>")[0]
        #expect(overview.contains("<h2>Overview</h2>"))
        #expect(overview.components(separatedBy: "<td>Tryghed &lt;script&gt;").count == 3)
        #expect(overview.contains("<td>1 (1)</td>"), "\(overview.prefix(900))")
        #expect(overview.contains("Activity without a goal 1"))
        #expect(overview.contains("Findings by rule across the theories"))
        #expect(overview.contains("Activity without a goal: 2 in 2 of 2 theories"))
        // Ids stay unique though both theories draw the same diagram.
        let ids = matches(#"\bid="([^"]+)""#, in: html)
        #expect(Set(ids).count == ids.count, "\(Dictionary(grouping: ids, by: { $0 }).filter { $0.value.count > 1 }.keys)")
        let files = MarkdownFiles([one, two], stems: ["a", "b"], base: "rapport", language: .da)
        #expect(files.overview.map(\.name) == ["rapport-overblik-fund.svg", "rapport-overblik-status.svg"])
        #expect(files.charts.map(\.count) == [1, 0])
    }

    @Test func aDiagramTooSmallForA4IsDrawnAreaByArea() throws {
        let checked = Checker().check(SourceFile(path: "bred.ft", text: wideTheory()))
        let theory = try #require(checked.theory)
        let report = ReportItem(theory: theory, findings: checked.diagnostics, status: nil, formats: [.svg])
        let whole = try #require(report.fit)
        #expect(whole.textSize < 7)
        #expect(report.areaDiagrams.map(\.id) == ["a", "b"])
        for area in report.areaDiagrams { #expect(area.fit?.isReadable == true, "\(area.id): \(String(describing: area.fit))") }
        let html = HTMLReport.document([report], language: .da)
        #expect(html.contains("<p class=\"split\">Hele diagrammet ville give tekst på"))
        #expect(html.contains("Område A → Målet for A; Område B → Målet for B."))
        #expect(html.contains("<h2 class=\"area\">Område: Område A</h2>"))
        let markdown = MarkdownFiles([report], stems: ["bred"], base: "bred", language: .da)
        #expect(markdown.diagrams[0].map(\.name) == ["bred-omraader.svg"])
    }
}
