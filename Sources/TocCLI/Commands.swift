import ArgumentParser
import Foundation
import TocSyntax

/// The root command: `toc`.
public struct Toc: AsyncParsableCommand {
    /// Command name, abstract and subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "toc",
        abstract: Interface.help(
            "Check and draw theories of change (forandringsteorier).",
            da: "Tjek og tegn forandringsteorier."),
        discussion: Interface.help(
            "Theory files end in .ft. See docs/language.md for the language. Messages follow LANG, or --lang da|en.",
            da: "Teorifiler ender på .ft. Sproget er beskrevet i docs/language.md. Beskeder følger LANG, eller --lang da|en."),
        version: TocVersion.number,
        subcommands: commands)

    /// The commands, in the order help lists them; `serve` and `lsp` only
    /// with the Serve trait (the default).
    static var commands: [any ParsableCommand.Type] {
        var all: [any ParsableCommand.Type] = [CheckCommand.self, RenderCommand.self]
        #if Serve
        all.append(ServeCommand.self)
        #endif
        all += [RulesCommand.self, IndicatorsCommand.self, StatusCommand.self, ReportCommand.self, FmtCommand.self]
        #if Serve
        all.append(LspCommand.self)
        #endif
        return all + [NarrativeCommand.self, DrawWorkerCommand.self]
    }

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
        abstract: Interface.help(
            "Check theory files for orphaned activities, unmeasured goals and more.",
            da: "Tjek teorifiler for aktiviteter uden mål, mål uden indikatorer og meget mere."),
        discussion: Interface.help(
            "A path of - reads the theory from standard input. Exit status: 0 when no errors were found, "
                + "1 when any error was found (or any warning, with --strict), 2 for misuse or an unreadable path.",
            da: "Stien - læser teorien fra standardinput. Afslutningskode: 0 uden fejl, 1 når der er fejl "
                + "(eller advarsler, med --strict), 2 ved forkert brug eller en sti, der ikke kan læses."))

    /// Files, or folders searched recursively for *.ft.
    @OptionGroup public var theories: TheoryArguments

    /// The theory paths.
    public var paths: [String] { theories.paths }

    /// The output format.
    @Option(help: ArgumentHelp(Interface.help(
        "Output format: human, json, sarif, github, or csv (the table of theories, for a spreadsheet).",
        da: "Uddataformat: human, json, sarif, github eller csv (tabellen over teorier, til et regneark).")))
    public var format: CheckFormat = .human

    /// CSV separator.
    @Option(help: ArgumentHelp(Interface.help(
        "CSV separator: comma or semicolon (default: semicolon in Danish).",
        da: "Skilletegn i CSV: comma eller semicolon (standard: semicolon på dansk).")))
    public var separator: Separator?

    /// Only the table of theories.
    @Flag(help: ArgumentHelp(Interface.help(
        "Print only the table of theories (nodes by level, indicators, errors, warnings).",
        da: "Vis kun tabellen over teorier (noder pr. niveau, indikatorer, fejl, advarsler).")))
    public var summary = false

    /// Strictness and which rules run.
    @OptionGroup public var rules: RuleChoice

    /// When to colour.
    @Option(help: ArgumentHelp(Interface.help(
        "Colour: auto (on a terminal, unless NO_COLOR is set), always or never.",
        da: "Farver: auto (i en terminal, medmindre NO_COLOR er sat), always eller never.")))
    public var color: ColourChoice = .auto

    /// The language of messages.
    @Option(help: ArgumentHelp(Interface.help(
        "Language of messages: da or en (default: from LANG).", da: "Beskedernes sprog: da eller en (standard: fra LANG).")))
    public var lang: Language?

    /// Creates the command.
    public init() {}

    /// Runs the check and exits with its status.
    public func run() throws {
        var check = CheckRun(paths: paths)
        check.format = format
        check.strict = rules.strict
        check.everyRule = rules.allRules
        check.colour = Terminal.wantsColour(color)
        check.language = lang ?? Interface.language
        check.summaryOnly = summary
        check.separator = separator
        check.inputs = Interface.console.runInputs()
        try emit(check.run())
    }
}

/// Writes a command's output and turns its status into an exit.
func emit(_ output: CommandOutput) throws {
    let console = Interface.console
    console.write(output.data)
    console.write(output.stdout)
    console.writeError(output.stderr)
    if output.status != 0 { throw ExitCode(output.status) }
}

/// Facts about where output goes.
enum Terminal {
    /// Colour as chosen, on a terminal for `auto`; never when `NO_COLOR` is set (and not empty).
    static func wantsColour(_ choice: ColourChoice) -> Bool {
        if let noColour = Interface.console.environment["NO_COLOR"], !noColour.isEmpty { return false }
        switch choice {
        case .always: return true
        case .never: return false
        case .auto: return Interface.console.isTerminal
        }
    }
}
