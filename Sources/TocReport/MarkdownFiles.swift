import TocRender
import TocSyntax

/// The files a Markdown report refers to, written beside it (issue #18):
/// each diagram as PNG (for pandoc) and PDF (for LaTeX), or, when it would
/// print too small, the overview of its areas (SVG) and each area's diagram;
/// the charts of measurements and the overview across theories as SVG
/// (pandoc puts SVG into Word as it is).
public struct MarkdownFiles: Sendable {
    /// A figure the document shows: its file (relative to the document) and
    /// its text alternative.
    public struct Figure: Sendable {
        /// The file name.
        public var name: String
        /// The text alternative.
        public var alt: String
        /// A heading above it, for an area's diagram.
        public var heading: String?
    }

    /// Per theory, the figures of its diagram part, in order.
    public var diagrams: [[Figure]] = []
    /// Per theory, its charts of measurements.
    public var charts: [[Figure]] = []
    /// The overview's charts, for a report of several theories.
    public var overview: [Figure] = []
    /// The status chart of each intervention area's section, by its place.
    var areaCharts: [Int: Figure] = [:]
    /// Every file to write, by name.
    public var files: [(name: String, bytes: [UInt8])] = []

    /// The files for `items`, named from `base` (the document's name
    /// without extension) and each item's `stems` entry.
    public init(_ items: [ReportItem], stems: [String], base: String, language: Language) {
        let da = language == .da
        for (index, item) in items.enumerated() {
            let stem = stems[index]
            var figures: [Figure] = []
            if item.areaDiagrams.isEmpty {
                if add(item.diagrams, stem: stem) { figures.append(Figure(name: stem + ".png", alt: item.title)) }
            } else {
                let name = stem + (da ? "-omraader.svg" : "-areas.svg")
                files.append((name, Array(AreaOverview.svg(item.theory, language: language, id: stem + "-areas").utf8)))
                figures.append(Figure(name: name, alt: (da ? "Områderne og de mål, de fører til" : "The areas and the goals they lead to")))
                for (number, area) in item.areaDiagrams.enumerated() {
                    let areaStem = "\(stem)-\(da ? "omraade" : "area")-\(number + 1)"
                    if add(area.diagrams, stem: areaStem) {
                        figures.append(Figure(
                            name: areaStem + ".png", alt: "\(item.title): \(area.title)",
                            heading: (da ? "Område: " : "Area: ") + area.title))
                    }
                }
            }
            diagrams.append(figures)
            var chartFigures: [Figure] = []
            for (number, status) in (item.status ?? []).enumerated() {
                guard let svg = MeasurementChart.svg(status, period: item.theory.period, language: language, id: "\(stem)-m\(number + 1)")
                else { continue }
                let name = "\(stem)-\(da ? "maaling" : "measure")-\(number + 1).svg"
                files.append((name, Array(svg.utf8)))
                chartFigures.append(Figure(name: name, alt: "\(status.row.indicator): \(status.state.word(language))"))
            }
            charts.append(chartFigures)
        }
        guard items.count > 1 else { return }
        let lines = Overview.lines(items, language: language)
        let charts = [(Overview.findingsChart(lines, language: language, id: "overview-findings"), da ? "fund" : "findings"),
                      (Overview.statusChart(lines, language: language, id: "overview-status"), "status")]
        for case let (svg?, word) in charts {
            let name = "\(base)-\(da ? "overblik" : "overview")-\(word).svg"
            files.append((name, Array(svg.utf8)))
            overview.append(Figure(name: name, alt: Overview.heading(language) + ": " + word))
        }
        let portfolio = AreaPortfolio(items)
        for (index, section) in portfolio.sections.enumerated() {
            guard let svg = portfolio.chart(section, language: language, id: "area-status-\(index + 1)") else { continue }
            let name = "\(base)-\(da ? "indsatsomraade" : "area")-\(index + 1)-status.svg"
            files.append((name, Array(svg.utf8)))
            areaCharts[index] = Figure(name: name, alt: "\(section.area.name(language)): status")
        }
    }

    /// Adds a drawing's PNG and PDF; true when there is a PNG to show.
    private mutating func add(_ diagrams: [OutputFormat: [UInt8]], stem: String) -> Bool {
        for format in [OutputFormat.png, .pdf] {
            if let bytes = diagrams[format] { files.append((stem + "." + format.fileExtension, bytes)) }
        }
        return diagrams[.png] != nil
    }
}
