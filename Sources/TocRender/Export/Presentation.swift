import TocChecks
import TocModel
import TocSyntax

/// A slide of words in a presentation: a title and its lines, one bullet
/// each (a report's findings or statuses, issue #19).
public struct TextSlide: Sendable, Equatable {
    /// The slide's title.
    public var title: String
    /// Its lines.
    public var lines: [String]
    /// A chart shown instead of lines: its DrawingML chart part, and its
    /// text alternative.
    public var chart: String?
    /// The chart's text alternative.
    public var alt = ""

    /// A slide of words.
    public init(title: String, lines: [String]) {
        self.title = title
        self.lines = lines
    }

    /// A slide with a chart (its DrawingML chart part) below the title.
    public init(title: String, chart: String, alt: String) {
        self.title = title
        self.lines = []
        self.chart = chart
        self.alt = alt
    }

    /// The lines spread over slides of at most `perSlide` each, the title
    /// numbered ("Fund (2/3)") when there is more than one.
    public static func paged(title: String, lines: [String], perSlide: Int = 12) -> [TextSlide] {
        guard lines.count > perSlide else { return [TextSlide(title: title, lines: lines)] }
        let pages = stride(from: 0, to: lines.count, by: perSlide).map { Array(lines[$0..<min($0 + perSlide, lines.count)]) }
        return pages.enumerated().map { TextSlide(title: "\(title) (\($0.offset + 1)/\(pages.count))", lines: $0.element) }
    }
}

/// One theory's part of a presentation.
public struct PresentedTheory: Sendable {
    /// The theory.
    public var theory: Theory
    /// Its findings (marked on the diagrams unless `options.clean`).
    public var findings: [Diagnostic]
    /// How to draw it.
    public var options: RenderOptions
    /// The slides of words after its diagrams.
    public var text: [TextSlide]

    /// A theory's part: its diagram slides, then `text`.
    public init(theory: Theory, findings: [Diagnostic], options: RenderOptions, text: [TextSlide]) {
        self.theory = theory
        self.findings = findings
        self.options = options
        self.text = text
    }
}

extension Renderer {
    /// A PowerPoint presentation of several theories (`toc report
    /// --format pptx`): for each, its diagram slides as `toc render` makes
    /// them, then its slides of words; `closing` slides last. A theory that
    /// cannot be drawn gives its problem and adds only its words. No bytes
    /// when there is no slide, or the package could not be made (a problem).
    public static func presentation(
        _ theories: [PresentedTheory], title: String, opening: [TextSlide] = [], closing: [TextSlide] = []
    ) -> (bytes: [UInt8]?, problems: [Diagnostic]) {
        var slides: [String] = []
        var charts: [Int: String] = [:]
        var problems: [Diagnostic] = []
        func add(_ words: [TextSlide]) {
            for slide in words {
                if let chart = slide.chart { charts[slides.count] = chart }
                slides.append(PowerPoint.textSlide(slide))
            }
        }
        add(opening)
        for part in theories {
            switch layout(part.theory, findings: part.findings, options: part.options) {
            case .success(let layout):
                slides += PowerPoint.diagramSlides(part.theory, findings: part.findings, options: part.options, whole: layout)
            case .failure(let problem):
                problems.append(problem)
            }
            add(part.text)
        }
        add(closing)
        guard !slides.isEmpty else { return (nil, problems) }
        do {
            return (try PowerPoint.package(title: title, slides: slides, charts: charts), problems)
        } catch {
            return (nil, problems + [Diagnostic(
                rule: .renderError, severity: .error,
                text: LocalizedText(
                    "the presentation could not be packed: \(error.localizedDescription)",
                    da: "præsentationen kunne ikke pakkes: \(error.localizedDescription)"),
                file: theories.first?.theory.path ?? title, location: SourceLocation(line: 1, column: 1))])
        }
    }
}

extension PowerPoint {
    /// A slide of words: the title at the top, the lines as bullets below.
    static func textSlide(_ slide: TextSlide) -> String {
        let width = PowerPointParts.slideWidth - Int(48 * emu)
        if slide.chart != nil {
            let frame = XMLNode("p:graphicFrame") {
                XMLNode("p:nvGraphicFramePr") {
                    XMLNode("p:cNvPr", ["id": "3", "name": "Chart", "descr": slide.alt])
                    XMLNode("p:cNvGraphicFramePr")
                    XMLNode("p:nvPr")
                }
                XMLNode("p:xfrm") {
                    XMLNode("a:off", ["x": String(Int(24 * emu)), "y": String(Int(64 * emu))])
                    XMLNode("a:ext", ["cx": String(width), "cy": String(Int(452 * emu))])
                }
                XMLNode("a:graphic") {
                    XMLNode("a:graphicData", ["uri": "http://schemas.openxmlformats.org/drawingml/2006/chart"]) {
                        XMLNode("c:chart", ["xmlns:c": "http://schemas.openxmlformats.org/drawingml/2006/chart", "r:id": "rId2"])
                    }
                }
            }
            return slideXML([
                textBox(id: 2, name: "Title", x: Int(24 * emu), y: Int(16 * emu), width: width, height: Int(40 * emu), text: slide.title, points: 24),
                frame,
            ])
        }
        var body = slide.lines.map { line in
            XMLNode("a:p") {
                XMLNode("a:pPr", ["marL": "285750", "indent": "-285750"]) {
                    XMLNode("a:buFont", ["typeface": "DejaVu Sans"])
                    XMLNode("a:buChar", ["char": "•"])
                    XMLNode("a:spcBef") { XMLNode("a:spcPts", ["val": "600"]) }
                }
                XMLNode("a:r") {
                    XMLNode("a:rPr", ["lang": "da-DK", "sz": "1600", "dirty": "0"]) {
                        solid("1A1A1A")
                        XMLNode("a:latin", ["typeface": "DejaVu Sans"])
                    }
                    XMLNode("a:t", text: line)
                }
            }
        }
        if body.isEmpty { body = [XMLNode("a:p") { XMLNode("a:endParaRPr", ["lang": "da-DK", "sz": "1600"]) }] }
        return slideXML([
            textBox(id: 2, name: "Title", x: Int(24 * emu), y: Int(16 * emu), width: width, height: Int(40 * emu), text: slide.title, points: 24),
            textBox(id: 3, name: "Text", x: Int(24 * emu), y: Int(72 * emu), width: width, height: Int(444 * emu), paragraphs: body),
        ])
    }
}
