import ArgumentParser
import Foundation
import TocRender

extension OutputFormat: ExpressibleByArgument {}
extension Direction: ExpressibleByArgument {}

/// `toc render PATH...`: draws theories through Graphviz.
public struct RenderCommand: ParsableCommand {
    /// Name and help.
    public static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw theory files as SVG, PNG, PDF or DOT.",
        discussion: """
            Diagrams go to output/ unless -o says otherwise; a folder's theories keep \
            their paths below it. Findings are marked on the diagram (unless --clean); \
            a file that does not parse gets its messages and no diagram. Exit status \
            as for 'toc check'.
            """)

    /// Files, or folders searched recursively for *.ft.
    @Argument(help: "Theory files, or folders to search for *.ft files.")
    public var paths: [String]

    /// Where to write.
    @Option(name: .shortAndLong, help: "Output file (one theory) or folder (default: output/).")
    public var output: String?

    /// What to write.
    @Option(help: "Format: svg, png, pdf or dot.")
    public var format: OutputFormat?

    /// PNG resolution.
    @Option(help: "Resolution of PNG output, in dots per inch (default 96).")
    public var dpi: Int?

    /// Which way the diagram reads.
    @Option(help: "right (activities left, goals right) or down (for portrait pages).")
    public var direction: Direction = .right

    /// Leave findings unmarked.
    @Flag(help: "Do not mark findings on the diagram.")
    public var clean = false

    /// One area's part of the theory.
    @Option(help: "Draw only this area's nodes and what they lead to.")
    public var area: String?

    /// Whether warnings fail the run.
    @Flag(help: "Exit with status 1 when there are warnings.")
    public var strict = false

    /// Report step timings.
    @Flag(help: ArgumentHelp("Print how long building the DOT text and Graphviz took, on stderr.", visibility: .hidden))
    public var timings = false

    /// When to colour.
    @Option(help: "Colour: auto, always or never.")
    public var color: ColourChoice = .auto

    /// Creates the command.
    public init() {}

    /// Checks the options.
    public func validate() throws {
        if let dpi, !(10...2400).contains(dpi) { throw ValidationError("--dpi must be between 10 and 2400") }
    }

    /// Draws and exits with the status.
    public func run() throws {
        var render = RenderRun(paths: paths)
        render.destination = output
        render.format = format ?? output.flatMap(Self.format(of:)) ?? .svg
        render.dpi = dpi
        render.options.direction = direction
        render.options.clean = clean
        render.options.area = area
        render.strict = strict
        render.colour = Terminal.wantsColour(color)
        render.timings = timings
        try emit(render.run())
    }

    /// The format an output file name implies, such as `x.pdf`.
    static func format(of path: String) -> OutputFormat? {
        OutputFormat(rawValue: (path as NSString).pathExtension.lowercased())
    }
}
