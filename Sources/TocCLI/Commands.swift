import ArgumentParser
import Foundation

/// The root command: `toc`.
public struct Toc: AsyncParsableCommand {
    /// Command name, abstract and subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "toc",
        abstract: "Check and draw theories of change (forandringsteorier).",
        discussion: "Theory files end in .ft. See docs/language.md for the language.",
        version: "0.1.0",
        subcommands: [CheckCommand.self, RenderCommand.self, ServeCommand.self])

    /// Creates the command.
    public init() {}
}

extension CheckFormat: ExpressibleByArgument {}

/// When to colour output.
public enum ColourChoice: String, CaseIterable, ExpressibleByArgument, Sendable {
    /// On a terminal, unless `NO_COLOR` is set.
    case auto
    /// Always.
    case always
    /// Never.
    case never
}

/// `toc check PATH...`: reports where theories do not hang together.
public struct CheckCommand: ParsableCommand {
    /// Name and help.
    public static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check theory files for orphaned activities, unmeasured goals and more.",
        discussion: """
            Exit status: 0 when no errors were found, 1 when any error was found \
            (or any warning, with --strict), 2 for misuse or an unreadable path.
            """)

    /// Files, or folders searched recursively for *.ft.
    @Argument(help: "Theory files, or folders to search for *.ft files.")
    public var paths: [String]

    /// The output format.
    @Option(help: "Output format: human or json.")
    public var format: CheckFormat = .human

    /// Whether warnings fail the run.
    @Flag(help: "Exit with status 1 when there are warnings.")
    public var strict = false

    /// When to colour.
    @Option(help: "Colour: auto (on a terminal, unless NO_COLOR is set), always or never.")
    public var color: ColourChoice = .auto

    /// Creates the command.
    public init() {}

    /// Runs the check and exits with its status.
    public func run() throws {
        var check = CheckRun(paths: paths)
        check.format = format
        check.strict = strict
        check.colour = Terminal.wantsColour(color)
        try emit(check.run())
    }
}

/// Writes a command's output and turns its status into an exit.
func emit(_ output: CommandOutput) throws {
    FileHandle.standardOutput.write(Data(output.stdout.utf8))
    FileHandle.standardError.write(Data(output.stderr.utf8))
    if output.status != 0 { throw ExitCode(output.status) }
}

/// Facts about where output goes.
enum Terminal {
    /// Colour as chosen, on a terminal for `auto`; never when `NO_COLOR` is set (and not empty).
    static func wantsColour(_ choice: ColourChoice) -> Bool {
        if let noColour = ProcessInfo.processInfo.environment["NO_COLOR"], !noColour.isEmpty { return false }
        switch choice {
        case .always: return true
        case .never: return false
        case .auto: return isatty(STDOUT_FILENO) == 1
        }
    }
}
