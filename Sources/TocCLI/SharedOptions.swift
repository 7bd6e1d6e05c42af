import ArgumentParser

/// The theory files or folders a command works on.
public struct TheoryArguments: ParsableArguments {
    /// Files, or folders searched recursively for *.ft.
    @Argument(help: ArgumentHelp(Interface.help(
        "Theory files, or folders to search for *.ft files.", da: "Teorifiler, eller mapper der søges igennem for *.ft-filer.")))
    public var paths: [String]

    /// Creates the arguments.
    public init() {}
}

/// Which rules run and whether warnings fail the run (`check`, `render`).
public struct RuleChoice: ParsableArguments {
    /// Whether warnings fail the run.
    @Flag(help: ArgumentHelp(Interface.help(
        "Exit with status 1 when there are warnings.", da: "Afslut med kode 1, når der er advarsler.")))
    public var strict = false

    /// Also run the rules that are off by default.
    @Flag(name: .customLong("all-rules"), help: ArgumentHelp(Interface.help(
        "Also run the rules that are off by default (incomplete-indicator, target-without-baseline, unowned-activity); toc.yml still decides per rule.",
        da: "Kør også de regler, der er slået fra som standard (incomplete-indicator, target-without-baseline, unowned-activity); toc.yml bestemmer stadig pr. regel.")))
    public var allRules = false

    /// Creates the options.
    public init() {}
}
