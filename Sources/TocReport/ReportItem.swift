import TocChecks
import TocModel
import TocMonitor
import TocRender
import TocSyntax

/// One theory's part of a report: what it is, how it is drawn, what was
/// found, how it is measured and, with measurements, where it stands.
public struct ReportItem: Sendable {
    /// The theory.
    public var theory: Theory
    /// Its findings (errors and warnings), sorted.
    public var findings: [Diagnostic]
    /// Its measurement plan.
    public var plan: [PlanRow]
    /// Indicator statuses, when measurements were given.
    public var status: [IndicatorStatus]?
    /// The diagram in each format the report needs.
    public var diagrams: [OutputFormat: [UInt8]] = [:]
    /// How the whole diagram prints on A4.
    public var fit: PaperFit?
    /// The drawing options asked for (bundles or not), before the report
    /// chooses a direction; slides are drawn with them too.
    public var options = RenderOptions()
    /// When the whole diagram would print its text under 7 pt, left to
    /// right and top down (the better of the two is drawn), and the theory
    /// has two or more areas: each area drawn alone with what it
    /// leads to, in file order (the report shows these after an overview of
    /// the areas instead of the whole diagram).
    public var areaDiagrams: [AreaDiagram] = []

    /// One area drawn alone.
    public struct AreaDiagram: Sendable {
        /// The area's id.
        public var id: String
        /// Its title.
        public var title: String
        /// The drawing in each format.
        public var diagrams: [OutputFormat: [UInt8]]
        /// How it prints on A4.
        public var fit: PaperFit?
    }

    /// Draws a checked theory in `formats` (findings marked, statuses shown)
    /// and collects what the report shows, drawn with `options` (the
    /// defaults, or what the theory's `toc.yml` sets). Drawing problems join
    /// the findings.
    public init(
        theory: Theory, findings: [Diagnostic], status: [IndicatorStatus]?, formats: [OutputFormat],
        options: RenderOptions = RenderOptions(), drawing: @escaping Drawing = ReportItem.drawHere
    ) {
        let draw = { theory, findings, options, formats in Self.draw(theory, findings: findings, options: options, formats: formats, with: drawing) }
        self.theory = theory
        self.plan = MeasurementPlan.rows(for: theory)
        self.status = status
        self.options = options
        var options = options
        options.status = status
        var all = findings
        guard !formats.isEmpty else {
            self.findings = Diagnostic.sortedByLocation(all.filter { $0.severity != .note })
            return
        }
        // The layout is chosen on SVG (quick to draw), then drawn in the
        // formats the report needs.
        let whole = Self.choose(theory, findings: findings, options: options, draw: draw)
        all += whole.drawn.problems
        fit = whole.drawn.fit
        let areas = theory.areas.filter { area in theory.nodes.contains { $0.area == area.id } }
        if let fit, !fit.isReadable, areas.count >= 2 {
            // Area by area; the whole SVG stays for the page's text alternative.
            diagrams = whole.drawn.diagrams.filter { formats.contains($0.key) }
            for area in areas {
                var alone = options
                alone.area = area.id
                let chosen = Self.choose(theory, findings: findings, options: alone, draw: draw)
                let drawn = formats == [.svg] ? chosen.drawn : draw(theory, findings, chosen.options, formats)
                areaDiagrams.append(AreaDiagram(
                    id: area.id, title: area.label.isEmpty ? area.id : area.label, diagrams: drawn.diagrams, fit: chosen.drawn.fit))
            }
        } else if formats == [.svg] {
            diagrams = whole.drawn.diagrams
        } else {
            let drawn = draw(theory, findings, whole.options, formats)
            diagrams = drawn.diagrams
            all += drawn.problems.filter { $0.rule == .renderError }
        }
        self.findings = Diagnostic.sortedByLocation(all.filter { $0.severity != .note })
    }

    /// The way to draw with `options` that prints largest on A4: as asked,
    /// or top down when that does not reach 7 pt and top down prints larger.
    static func choose(
        _ theory: Theory, findings: [Diagnostic], options: RenderOptions,
        draw: (Theory, [Diagnostic], RenderOptions, [OutputFormat]) -> Drawn
    ) -> (options: RenderOptions, drawn: Drawn) {
        let first = draw(theory, findings, options, [.svg])
        guard let fit = first.fit, !fit.isReadable else { return (options, first) }
        var down = options
        down.direction = .down
        let other = draw(theory, findings, down, [.svg])
        if let turned = other.fit, turned.scale > fit.scale { return (down, other) }
        return (options, first)
    }

    /// How a report's diagrams are drawn: theory, findings, format,
    /// options, dots per inch (the facade passes `Pipeline.draw`).
    public typealias Drawing = @Sendable (Theory, [Diagnostic], OutputFormat, RenderOptions, Int?) -> Result<RenderedDiagram, Diagnostic>

    /// Drawn in this process, for a report made without the facade (tests).
    public static let drawHere: Drawing = { Renderer.render($0, findings: $1, format: $2, options: $3, dpi: $4) }

    /// Diagrams by format, the problems met and how the SVG prints.
    typealias Drawn = (diagrams: [OutputFormat: [UInt8]], problems: [Diagnostic], fit: PaperFit?)

    /// Draws in every format; the first format's warnings join the problems.
    static func draw(
        _ theory: Theory, findings: [Diagnostic], options: RenderOptions, formats: [OutputFormat], with drawing: Drawing
    ) -> Drawn {
        var diagrams: [OutputFormat: [UInt8]] = [:]
        var problems: [Diagnostic] = []
        for format in formats {
            switch drawing(theory, findings, format, options, format == .png ? 192 : nil) {
            case .success(let diagram):
                diagrams[format] = diagram.bytes
                if format == formats.first { problems += diagram.warnings }
            case .failure(let problem):
                problems.append(problem)
            }
        }
        let fit = diagrams[.svg].flatMap { PaperFit(svg: $0) }
        return (diagrams, problems, fit)
    }

    /// The title shown for the theory.
    public var title: String { theory.title ?? theory.path }
}

/// A file that could not be read as a theory, and why.
public struct UnreadableTheory: Sendable {
    /// The file.
    public var path: String
    /// Its errors.
    public var problems: [Diagnostic]

    /// Creates an entry.
    public init(path: String, problems: [Diagnostic]) {
        self.path = path
        self.problems = problems.filter { $0.severity == .error }
    }
}

/// Words of the report in Danish and English.
struct ReportWords {
    let language: Language

    private func pick(_ en: String, _ da: String) -> String { LocalizedText(en, da: da).text(language) }

    var documentTitle: String { pick("Theories of change", "Forandringsteorier") }

    /// What the plan says around the graph, as (term, text) pairs: the
    /// theory's problem, target group and resources, then each area's, the
    /// area named in brackets.
    func context(_ theory: Theory) -> [(term: String, text: String)] {
        func pairs(_ context: PlanContext, _ area: String?) -> [(term: String, text: String)] {
            let named = [(pick("Problem", "Udfordring"), context.problem), (pick("Target group", "Målgruppe"), context.targetGroup),
                         (pick("Inputs", "Ressourcer"), context.inputs)]
            return named.compactMap { term, text in text.map { (area.map { "\(term) (\($0))" } ?? term, $0) } }
        }
        return pairs(theory.context, nil)
            + theory.areas.flatMap { pairs($0.context, $0.label.isEmpty ? $0.id : $0.label) }
    }
    /// Why a diagram is shown area by area, for an item that is.
    func shownByArea(_ item: ReportItem) -> String? {
        guard !item.areaDiagrams.isEmpty else { return nil }
        let size = item.fit.map { SVGChart.oneDecimal($0.textSize, language: language) } ?? "?"
        return pick(
            "The whole diagram would print its text at \(size) pt on A4, so it is shown area by area: first the areas and the goals they lead to, then each area alone.",
            "Hele diagrammet ville give tekst på \(size) punkt på A4, så det vises område for område: først områderne og de mål, de fører til, så hvert område for sig.")
    }
    var period: String { pick("Period", "Periode") }
    var file: String { pick("File", "Fil") }
    var diagram: String { pick("Diagram", "Diagram") }
    var findings: String { pick("Findings", "Fund") }
    var noFindings: String { pick("No problems found: every activity leads to a goal and every goal is measured.",
                                  "Ingen problemer fundet: alle aktiviteter fører til et mål, og alle mål måles.") }
    var errors: String { pick("Errors", "Fejl") }
    var warnings: String { pick("Warnings", "Advarsler") }
    var plan: String { pick("Measurement plan", "Måleplan") }
    var noIndicators: String { pick("The theory has no indicators.", "Teorien har ingen indikatorer.") }
    var status: String { pick("Status", "Status") }
    var contents: String { pick("Contents", "Indhold") }
    var line: String { pick("line", "linje") }
    var unreadable: String { pick("Files that could not be read", "Filer der ikke kunne læses") }
    var unreadableLead: String {
        pick("These files have errors in the text itself, so they have no diagram; fix them and run the report again.",
             "Disse filer har fejl i selve teksten og har derfor intet diagram; ret dem, og lav rapporten igen.")
    }

    var statusHeadings: [String] {
        language == .da
            ? ["Indikator", "Node", "Udgangspunkt", "Målværdi", "Seneste måling", "Status"]
            : ["Indicator", "Node", "Baseline", "Target", "Latest measurement", "Status"]
    }

    var planHeadings: [String] {
        language == .da
            ? ["Område", "Node", "Niveau", "Indikator", "Udgangspunkt", "Målværdi", "Kilde", "Ansvarlig"]
            : ["Area", "Node", "Level", "Indicator", "Baseline", "Target", "Source", "Owner"]
    }

    func planCells(_ row: PlanRow) -> [String] {
        [row.areaLabel ?? row.areaID ?? "", "\(row.nodeLabel) (\(row.nodeID))", row.level.word(language), row.indicator,
         row.baseline?.text ?? "", row.target?.text ?? "", row.source ?? "", row.owner ?? ""]
    }

    func statusCells(_ status: IndicatorStatus) -> [String] {
        let latest = status.latest.map { "\($0.text) (\($0.date))" } ?? "–"
        return [status.row.indicator, status.row.nodeID, status.row.baseline?.text ?? "", status.row.target?.text ?? "",
                latest, "\(status.state.symbol) \(status.state.word(language))"]
    }

    /// A theory's findings by severity, errors first: the heading, the
    /// severity and the findings, for each severity that has any.
    func findingGroups(_ item: ReportItem) -> [(heading: String, severity: Severity, findings: [Diagnostic])] {
        [(Severity.error, errors), (.warning, warnings)].compactMap { severity, heading in
            let found = item.findings.filter { $0.severity == severity }
            return found.isEmpty ? nil : (heading, severity, found)
        }
    }

    /// The line under a theory's title, as text: its period and its file.
    func meta(_ theory: Theory) -> String {
        var meta: [String] = []
        if let period = theory.period { meta.append("\(self.period) \(period.lowerBound)–\(period.upperBound)") }
        meta.append("\(file): \(theory.path)")
        return meta.joined(separator: " · ")
    }

    /// A finding in plain words: where (file and line) and what.
    func plain(_ finding: Diagnostic) -> String {
        "\(finding.file), \(line) \(finding.location.line): \(finding.text.text(language))"
    }
}
