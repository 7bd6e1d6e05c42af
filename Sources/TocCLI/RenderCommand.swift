import ArgumentParser
import Foundation
import TocPipeline
import TocSyntax

extension OutputFormat: ExpressibleByArgument {}
extension Direction: ExpressibleByArgument {}

/// `toc render PATH...`: draws theories through Graphviz.
public struct RenderCommand: ParsableCommand {
    /// Name and help.
    public static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: Interface.help("Draw theory files as SVG, PNG, PDF or DOT.", da: "Tegn teorifiler som SVG, PNG, PDF eller DOT."),
        discussion: Interface.help(
            "Diagrams go to output/ unless -o says otherwise; a folder's theories keep "
                + "their paths below it. Findings are marked on the diagram (unless --clean); "
                + "a file that does not parse gets its messages and no diagram. Exit status as for 'toc check'.",
            da: "Diagrammerne lægges i output/, medmindre -o siger andet; en mappes teorier beholder "
                + "deres stier under den. Fund markeres på diagrammet (medmindre --clean); en fil, der ikke "
                + "kan læses, får sine beskeder og intet diagram. Afslutningskoder som for 'toc check'."))

    /// Files, or folders searched recursively for *.ft.
    @OptionGroup public var theories: TheoryArguments

    /// The theory paths.
    public var paths: [String] { theories.paths }

    /// Where to write.
    @Option(name: .shortAndLong, help: ArgumentHelp(Interface.help(
        "Output file (one theory; - for standard output) or folder (default: output/).",
        da: "Uddatafil (én teori; - for standardoutput) eller mappe (standard: output/).")))
    public var output: String?

    /// What to write.
    @Option(help: ArgumentHelp(Interface.help(
        "Format: svg, png, pdf, dot, pptx (PowerPoint: the theory, then a slide per area), drawio (diagrams.net) or mermaid (.mmd).",
        da: "Format: svg, png, pdf, dot, pptx (PowerPoint: teorien, så et dias pr. område), drawio (diagrams.net) eller mermaid (.mmd).")))
    public var format: OutputFormat?

    /// PNG resolution.
    @Option(help: ArgumentHelp(Interface.help(
        "Resolution of PNG output, in dots per inch (default 96).", da: "Opløsning for PNG i punkter pr. tomme (standard 96).")))
    public var dpi: Int?

    /// Which way the diagram reads.
    @Option(help: ArgumentHelp(Interface.help(
        "right (activities left, goals right) or down (for portrait pages).",
        da: "right (aktiviteter til venstre, mål til højre) eller down (til stående sider).")))
    public var direction: Direction = .right

    /// Leave findings unmarked.
    @Flag(help: ArgumentHelp(Interface.help("Do not mark findings on the diagram.", da: "Markér ikke fund på diagrammet.")))
    public var clean = false

    /// Every edge its own line.
    @Flag(name: .customLong("no-bundle"), help: ArgumentHelp(Interface.help(
        "Draw every edge as a line of its own; by default several boxes that all lead to the same several boxes "
            + "(a chain such as 'a, b -> x, y') are drawn through one junction.",
        da: "Tegn hver pil for sig; som standard tegnes flere kasser, der alle fører til de samme flere kasser "
            + "(en kæde som 'a, b -> x, y'), gennem ét samlingspunkt.")))
    public var noBundle = false

    /// One area's part of the theory.
    @Option(help: ArgumentHelp(Interface.help(
        "Draw only this area's nodes and what they lead to.", da: "Tegn kun dette områdes noder og det, de fører til.")))
    public var area: String?

    /// Strictness and which rules run.
    @OptionGroup public var rules: RuleChoice

    /// Draw large diagrams anyway.
    @Flag(help: ArgumentHelp(Interface.help(
        "Draw a diagram even when its layout is estimated to take long, with Graphviz's effort limited.",
        da: "Tegn et diagram, også når layoutet skønnes at tage lang tid, med begrænset indsats fra Graphviz.")))
    public var force = false

    /// Seconds a drawing may take.
    @Option(help: ArgumentHelp(Interface.help(
        "Stop a drawing that takes longer than this many seconds, with a finding (drawn in a helper process).",
        da: "Stop en tegning, der tager længere end så mange sekunder, med et fund (tegnet i en hjælpeproces).")))
    public var timeLimit: Double?

    /// Measurements to show.
    @Option(help: ArgumentHelp(Interface.help(
        "CSV file of measurements: each measured node shows its status (see 'toc status').",
        da: "CSV-fil med målinger: hver målt node viser sin status (se 'toc status').")))
    public var measurements: String?

    /// Report step timings.
    @Flag(help: ArgumentHelp("Print how long building the DOT text and Graphviz took, on stderr.", visibility: .hidden))
    public var timings = false

    /// When to colour.
    @Option(help: ArgumentHelp(Interface.help("Colour: auto, always or never.", da: "Farver: auto, always eller never.")))
    public var color: ColourChoice = .auto

    /// The language of messages and of the diagram's legend.
    @Option(help: ArgumentHelp(Interface.help(
        "Language of messages and legend: da or en (default: messages from LANG, legend from the theory).",
        da: "Sprog for beskeder og signatur: da eller en (standard: beskeder efter LANG, signatur efter teorien).")))
    public var lang: Language?

    /// Creates the command.
    public init() {}

    /// Checks the options.
    public func validate() throws {
        if let timeLimit, !(timeLimit > 0) {
            throw ValidationError(Interface.help("--time-limit must be above 0", da: "--time-limit skal være over 0"))
        }
        if let dpi, !(10...2400).contains(dpi) { throw ValidationError(Interface.help("--dpi must be between 10 and 2400", da: "--dpi skal være mellem 10 og 2400")) }
    }

    /// Draws and exits with the status.
    public func run() throws {
        var render = RenderRun(paths: paths)
        render.destination = output
        render.format = format ?? output.flatMap(Self.format(of:)) ?? .svg
        render.dpi = dpi
        render.options.direction = direction
        render.options.clean = clean
        render.options.force = force
        render.options.bundle = !noBundle
        render.options.area = area
        render.strict = rules.strict
        render.everyRule = rules.allRules
        render.measurementsPath = measurements
        render.colour = Terminal.wantsColour(color)
        render.timings = timings
        render.timeLimit = timeLimit
        render.language = lang ?? Interface.language
        if let lang { render.options.language = lang }
        try emit(render.run())
    }

    /// The format an output file name implies, such as `x.pdf`.
    static func format(of path: String) -> OutputFormat? {
        OutputFormat(fileExtension: (path as NSString).pathExtension)
    }
}
