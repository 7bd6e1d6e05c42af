import ArgumentParser
import Foundation
import TocPipeline
import TocSyntax

/// `toc fmt PATH...`: rewrites theory files in the canonical layout.
public struct FmtCommand: ParsableCommand {
    /// Name and help.
    public static let configuration = CommandConfiguration(
        commandName: "fmt",
        abstract: Interface.help("Rewrite theory files in the canonical layout.", da: "Omskriv teorifiler til det faste layout."),
        discussion: Interface.help(
            "Indentation, spacing, blank lines and the order of a node's lines become canonical; comments, "
                + "labels and the order of nodes and chains stay. The meaning never changes (checked on every file "
                + "before it is written). A file that does not parse is left as it is. '-' reads standard input "
                + "and writes standard output. With --check nothing is written; the files that would change are "
                + "listed and the exit status is 1.",
            da: "Indrykning, mellemrum, tomme linjer og rækkefølgen af en nodes linjer bliver faste; kommentarer, "
                + "tekster og rækkefølgen af noder og kæder bliver. Betydningen ændres aldrig (det kontrolleres for "
                + "hver fil, før den skrives). En fil, der ikke kan læses, lades urørt. '-' læser standardinput og "
                + "skriver standardoutput. Med --check skrives intet; filer, der ville blive ændret, vises, og "
                + "afslutningskoden er 1."))

    /// Files, folders, or `-`.
    @Argument(help: ArgumentHelp(Interface.help(
        "Theory files, folders to search for *.ft files, or - for standard input.",
        da: "Teorifiler, mapper der søges igennem for *.ft-filer, eller - for standardinput.")))
    public var paths: [String]

    /// Only report.
    @Flag(help: ArgumentHelp(Interface.help(
        "Change nothing; list the files that are not formatted and exit 1 if there are any.",
        da: "Ændr intet; vis de filer, der ikke er formateret, og afslut med 1, hvis der er nogen.")))
    public var check = false

    /// Translate keywords.
    @Option(help: ArgumentHelp(Interface.help(
        "Write every keyword in Danish (da) or English (en); by default each stays as written.",
        da: "Skriv alle nøgleord på dansk (da) eller engelsk (en); som standard bliver hvert, som det er skrevet.")))
    public var keywords: Language?

    /// The order of the nodes.
    @Option(help: ArgumentHelp(Interface.help(
        "The order of the nodes: 'file' keeps the author's; 'crossings' rewrites the declarations of each column, "
            + "area and level in the order whose diagram crosses the fewest lines (the diagram shows the file's order).",
        da: "Nodernes rækkefølge: 'file' beholder forfatterens; 'crossings' omskriver erklæringerne i hver kolonne, "
            + "hvert område og niveau i den rækkefølge, hvis diagram krydser færrest streger (diagrammet viser filens "
            + "rækkefølge).")))
    public var order: FmtOrder = .file

    /// Language of messages.
    @Option(help: ArgumentHelp(Interface.help("Language of messages: da or en.", da: "Beskedernes sprog: da eller en.")))
    public var lang: Language?

    /// Creates the command.
    public init() {}

    /// Formats the files.
    public func run() throws {
        var run = FmtRun(paths: paths)
        run.check = check
        run.keywords = keywords
        run.fewerCrossings = order == .crossings
        run.language = lang ?? Interface.language
        if paths == ["-"] {
            switch Interface.console.runInputs().standardInput() {
            case .failure(let failure):
                Interface.console.writeError(failure.message(run.language) + "\n")
                throw ExitCode(2)
            case .success(let bytes):
                let output = run.formatStandardInput(bytes)
                Interface.console.write(output.bytes)
                return try emit(output.messages)
            }
        }
        try emit(run.run())
    }
}

/// `toc fmt` without the command-line layer.
public struct FmtRun: Sendable {
    /// Files or folders.
    public var paths: [String]
    /// Report only.
    public var check = false
    /// Keyword language.
    public var keywords: Language?
    /// Rewrite the declarations in the order that crosses the fewest lines.
    public var fewerCrossings = false
    /// Language of messages.
    public var language = Language.en

    /// Creates a run.
    public init(paths: [String]) {
        self.paths = paths
    }

    func format(_ source: SourceFile) -> FormatOutcome {
        Pipeline.format(source, keywords: keywords, fewerCrossings: fewerCrossings)
    }

    /// Formats standard input to standard output; on a problem, the input
    /// unchanged and the messages.
    public func formatStandardInput(_ bytes: [UInt8]) -> (bytes: [UInt8], messages: CommandOutput) {
        var output = CommandOutput()
        let formatter = HumanFormatter(colour: false, language: language)
        let source = SourceFile(path: "<stdin>", data: bytes)
        switch format(source) {
        case .formatted(let text):
            if check, Array(text.utf8) != bytes { output.status = 1 }
            return (check ? [] : Array(text.utf8), output)
        case .doesNotParse(let problems):
            output.stderr += formatter.format(problems, source: source)
            output.status = 1
        case .meaningChanged:
            output.stderr += Self.meaningMessage("<stdin>", language)
            output.status = 2
        }
        return (check ? [] : bytes, output)
    }

    /// Formats every file; returns what to print and the status.
    public func run() -> CommandOutput {
        var output = CommandOutput()
        let formatter = HumanFormatter(colour: false, language: language)
        let inputs = RunInputs()
        let (files, failures) = InputFiles.expand(paths)
        for failure in failures { output.stderr += failure.message(language) + "\n" }
        var changed = 0, broken = 0, unreadable = failures.count, unwritten = 0
        for path in files {
            guard case .success(let bytes) = InputFiles.read(path, inputs: inputs) else {
                output.stderr += InputFiles.Failure(path: path, reason: .permissionDenied).message(language) + "\n"
                unreadable += 1
                continue
            }
            let source = SourceFile(path: path, data: bytes)
            switch format(source) {
            case .doesNotParse(let problems):
                output.stdout += formatter.format(problems, source: source)
                broken += 1
            case .meaningChanged:
                output.stderr += Self.meaningMessage(path, language)
                unreadable += 1
            case .formatted(let text):
                guard Array(text.utf8) != bytes else { continue }
                if check {
                    changed += 1
                    output.stdout += LocalizedText("not formatted: ", da: "ikke formateret: ").text(language) + path + "\n"
                    continue
                }
                do {
                    try AtomicWrite.write(Array(text.utf8), to: path, rewriting: true, protecting: inputs)
                    changed += 1
                    output.stdout += LocalizedText("formatted ", da: "formaterede ").text(language) + path + "\n"
                } catch {
                    output.stderr += WriteFailure.message(error, writing: path, language: language)
                    unwritten += 1
                }
            }
        }
        let count = files.count
        let lead = (check
            ? LocalizedText(
                "\(changed) of \(count) \(count == 1 ? "file is" : "files are") not formatted",
                da: "\(changed) af \(count) \(count == 1 ? "fil" : "filer") er ikke formateret")
            : LocalizedText(
                "formatted \(changed) of \(count) \(count == 1 ? "file" : "files")",
                da: "formaterede \(changed) af \(count) \(count == 1 ? "fil" : "filer")")).text(language)
        let skipped = broken == 0 ? "" : LocalizedText(
            "; \(broken) do not parse and were left as they are", da: "; \(broken) kan ikke læses og er urørt").text(language)
        let failed = formatter.failedNote(unreadable).map { "; " + $0 } ?? ""
        let notWritten = unwritten == 0 ? "" : LocalizedText(
            "; \(unwritten) could not be written and \(unwritten == 1 ? "is" : "are") unchanged (see the messages)",
            da: "; \(unwritten) kunne ikke skrives og er uændret (se beskederne)").text(language)
        output.stdout += lead + skipped + failed + notWritten + "\n"
        if unreadable + unwritten > 0 { output.status = 2 } else if broken > 0 || (check && changed > 0) { output.status = 1 }
        return output
    }

    static func meaningMessage(_ path: String, _ language: Language) -> String {
        language == .da
            ? "toc: intern fejl: formateringen ville ændre betydningen af '\(path)'; filen er urørt (meld det venligst som en fejl)\n"
            : "toc: internal error: formatting would change the meaning of '\(path)'; the file is left as it is (please report this)\n"
    }
}

/// The order `toc fmt` writes the nodes in.
public enum FmtOrder: String, ExpressibleByArgument, Sendable {
    /// The author's.
    case file
    /// The order whose diagram crosses the fewest lines.
    case crossings
}
