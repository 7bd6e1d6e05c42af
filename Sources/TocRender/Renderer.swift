import TocChecks
import TocModel
import TocSyntax

/// A drawn diagram, or why it could not be drawn.
public struct RenderedDiagram: Sendable {
    /// The file's bytes.
    public var bytes: [UInt8]
    /// Warnings from drawing, such as shortened labels.
    public var warnings: [Diagnostic]
    /// How long each step took, in seconds: building the DOT text, and Graphviz.
    public var timings: (dot: Double, graphviz: Double) = (0, 0)
}

/// Draws theories: builds the DOT text, then lays it out and renders it
/// through Graphviz (except for `dot`, which is the text itself).
public enum Renderer {
    /// Draws a theory in a format. Graphviz failures become a diagnostic at
    /// the node or edge the failing DOT line describes (or the file's start);
    /// so does a drawing `graphviz` stopped at its time limit.
    public static func render(
        _ theory: Theory, findings: [Diagnostic], format: OutputFormat, options: RenderOptions, dpi: Int? = nil,
        graphviz: any GraphvizRunning = Graphviz.shared
    ) -> Result<RenderedDiagram, Diagnostic> {
        let start = ContinuousClock.now
        let plan = DrawPlan(theory, options: options)
        if plan.budget.isTooLarge, !options.force, format != .dot { return .failure(plan.budget.refusal(theory)) }
        if plan.budget.isBeyondForce, format != .dot { return .failure(plan.budget.forcedRefusal(theory)) }
        let document = DotBuilder.build(theory, findings: findings, options: options, plan: plan)
        let built = ContinuousClock.now
        guard format != .dot else {
            return .success(RenderedDiagram(
                bytes: Array(document.text.utf8), warnings: document.warnings, timings: ((built - start).seconds, 0)))
        }
        guard format != .mermaid else {
            let text = Mermaid.text(theory, findings: findings, options: options, visible: plan.visible)
            return .success(RenderedDiagram(bytes: Array(text.utf8), warnings: document.warnings, timings: ((built - start).seconds, 0)))
        }
        do {
            var bytes = try graphviz.render(
                dot: document.text, format: format.isGraphvizOutput ? format.rawValue : "json0", dpi: format == .png ? dpi : nil,
                finish: document.drawing.map { drawing in { layout in Pinning.dot(json: layout, drawing: drawing) } })
            switch format {
            case .pdf: bytes = ReproduciblePDF.fixDates(bytes)
            case .svg:
                let language = options.language ?? theory.language
                bytes = AccessibleSVG.annotate(bytes, title: theory.title ?? theory.path, description: AccessibleSVG.description(
                    theory, findings: options.clean ? [] : findings, visible: plan.visible, area: options.area, language: language))
            case .pptx, .drawio:
                guard let layout = DiagramLayout(json: bytes, theory: theory) else { throw GraphvizError.noLayout }
                bytes = format == .pptx
                    ? try PowerPoint.file(theory, findings: findings, options: options, whole: layout)
                    : DrawIO.file(theory, findings: findings, options: options, layout: layout)
            default: break
            }
            let drawn = ContinuousClock.now
            return .success(RenderedDiagram(
                bytes: bytes, warnings: document.warnings, timings: ((built - start).seconds, (drawn - built).seconds)))
        } catch {
            return .failure(problem(error, theory: theory, document: document, nodes: plan.budget.nodes))
        }
    }

    /// The finding for what stopped a drawing: Graphviz's words at the
    /// line they name, the time limit, or the general words.
    static func problem(_ error: any Error, theory: Theory, document: DotDocument, nodes: Int) -> Diagnostic {
        switch error {
        case let error as GraphvizError:
            let location = error.dotLine.flatMap { document.sourceLocations[$0] } ?? SourceLocation(line: 1, column: 1)
            return Diagnostic(
                rule: .renderError, severity: .error,
                text: LocalizedText(
                    "the diagram could not be drawn: \(error.message)",
                    da: "diagrammet kunne ikke tegnes: \(error.message)"),
                file: location.file ?? theory.path, location: location)
        case let limit as DrawingTimeLimit:
            return tookTooLong(theory, limit: limit, nodes: nodes)
        default:
            return couldNotDraw(theory)
        }
    }

    /// The finding for a drawing stopped at its time limit, at the file's start.
    static func tookTooLong(_ theory: Theory, limit: DrawingTimeLimit, nodes: Int) -> Diagnostic {
        let seconds = limit.seconds.rounded() == limit.seconds ? "\(Int(limit.seconds))" : "\(limit.seconds)"
        return Diagnostic(
            rule: .renderError, severity: .error,
            text: LocalizedText(
                "the diagram took longer than \(seconds) s to draw (\(nodes) nodes) and was stopped; "
                    + "draw one area with --area ID, or split the theory into files with inkluder:",
                da: "diagrammet tog mere end \(seconds) s at tegne (\(nodes) noder) og blev stoppet; "
                    + "tegn ét område med --area ID, eller del teorien i filer med inkluder:"),
            file: theory.path, location: SourceLocation(line: 1, column: 1))
    }

    /// The finding for a theory that could not be drawn, at its start.
    static func couldNotDraw(_ theory: Theory) -> Diagnostic {
        Diagnostic(
            rule: .renderError, severity: .error,
            text: LocalizedText("the diagram could not be drawn", da: "diagrammet kunne ikke tegnes"),
            file: theory.path, location: SourceLocation(line: 1, column: 1))
    }
}

extension Renderer {
    /// The DOT text of the finished drawing: every box and line where the
    /// layout put them and the areas' boxes around their bands, as Graphviz
    /// then draws it without a layout of its own (`neato -n2` draws the
    /// same). For tests and for tools that read positions.
    public static func finishedDOT(_ theory: Theory, findings: [Diagnostic] = [], options: RenderOptions = .init()) throws -> String {
        let plan = DrawPlan(theory, options: options)
        let document = DotBuilder.build(theory, findings: findings, options: options, plan: plan)
        guard let drawing = document.drawing else { return document.text }
        let layout = try Graphviz.shared.run(GraphvizJob(dot: document.text, format: "json0", ownText: false))
        guard let text = Pinning.dot(json: layout, drawing: drawing) else { throw GraphvizError.noLayout }
        return text
    }

    /// Where Graphviz puts the boxes of a theory drawn with `options`, or
    /// the finding that says why it cannot be drawn.
    static func layout(_ theory: Theory, findings: [Diagnostic], options: RenderOptions) -> Result<DiagramLayout, Diagnostic> {
        let plan = DrawPlan(theory, options: options)
        if plan.budget.isBeyondForce { return .failure(plan.budget.forcedRefusal(theory)) }
        if plan.budget.isTooLarge, !options.force { return .failure(plan.budget.refusal(theory)) }
        let document = DotBuilder.build(theory, findings: findings, options: options, plan: plan)
        do {
            let json = try Graphviz.shared.render(dot: document.text, format: "json0", finish: document.drawing.map { drawing in
                { layout in Pinning.dot(json: layout, drawing: drawing) }
            })
            guard let layout = DiagramLayout(json: json, theory: theory) else { throw GraphvizError.noLayout }
            return .success(layout)
        } catch {
            return .failure(problem(error, theory: theory, document: document, nodes: plan.budget.nodes))
        }
    }
}

/// Makes cairo's PDF output byte-identical from run to run by replacing the
/// creation and modification dates with a fixed date of the same length, so
/// that every byte offset in the file stays valid.
enum ReproduciblePDF {
    private static let fixedDate = Array("20000101000000".utf8)

    static func fixDates(_ bytes: [UInt8]) -> [UInt8] {
        var result = bytes
        for key in ["/CreationDate (D:", "/ModDate (D:"] {
            let pattern = Array(key.utf8)
            var index = 0
            while let found = ByteSearch.find(pattern, in: result, from: index) {
                var position = found + pattern.count
                var digit = 0
                // D:YYYYMMDDHHmmSS, then an optional zone such as +01'00: the
                // date becomes 2000-01-01 00:00:00 and the zone's digits 0.
                while position < result.count, result[position] != UInt8(ascii: ")") {
                    let byte = result[position]
                    if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                        result[position] = digit < fixedDate.count ? fixedDate[digit] : UInt8(ascii: "0")
                        digit += 1
                    }
                    position += 1
                }
                index = position
            }
        }
        return result
    }
}

/// Finding bytes in a drawing's output (the PDF's dates, the SVG's head).
enum ByteSearch {
    /// Where `pattern` first occurs in `bytes` from `start`, if it does.
    static func find(_ pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard !pattern.isEmpty, bytes.count >= pattern.count, start <= bytes.count - pattern.count else { return nil }
        for index in start...(bytes.count - pattern.count) where bytes[index] == pattern[0] {
            if bytes[index..<index + pattern.count].elementsEqual(pattern) { return index }
        }
        return nil
    }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}

