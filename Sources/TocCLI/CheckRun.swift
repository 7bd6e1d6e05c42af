import Foundation
import TocPipeline
import TocSyntax

/// The output format of `toc check`.
public enum CheckFormat: String, CaseIterable, Sendable {
    /// `file:line:col: severity: message [rule]` with source lines.
    case human
    /// One JSON object.
    case json
    /// SARIF 2.1.0, for code-scanning and review tools.
    case sarif
    /// GitHub Actions workflow commands, one per finding.
    case github
    /// The table of theories as CSV, for a spreadsheet.
    case csv
}

/// What a command produced: text for stdout and stderr, and the exit status.
public struct CommandOutput: Sendable, Equatable {
    /// Text for standard output.
    public var stdout = ""
    /// Text for standard error.
    public var stderr = ""
    /// Bytes for standard output, written before `stdout` (a diagram for `-o -`).
    public var data: [UInt8] = []
    /// The exit status: 0 clean, 1 findings, 2 misuse or unreadable input.
    public var status: Int32 = 0
}

/// `toc check` without the command-line layer, so tests can run it directly.
public struct CheckRun: Sendable {
    /// The paths to check.
    public var paths: [String]
    /// The output format.
    public var format: CheckFormat = .human
    /// Whether warnings fail the run.
    public var strict = false
    /// Whether to colour human output.
    public var colour = false
    /// The language of messages.
    public var language = Language.en
    /// Print only the table of theories (human format).
    public var summaryOnly = false
    /// Run the rules that are off by default too (`--all-rules`).
    public var everyRule = false
    /// The CSV separator; by default `;` in Danish, `,` in English.
    public var separator: Separator?
    /// What the run reads, and its standard input.
    public var inputs = RunInputs()

    /// Creates a run over some paths.
    public init(paths: [String]) {
        self.paths = paths
    }

    /// Checks every file and formats the result.
    public func run() -> CommandOutput {
        var output = CommandOutput()
        let formatter = HumanFormatter(colour: colour, language: language)
        let portfolio = Pipeline(everyRule: everyRule, inputs: inputs).check(paths: paths, standardInput: true)
        guard report(portfolio, formatter: formatter, output: &output) else { return output }
        let checked = portfolio.theories
        var all: [Diagnostic] = []
        var sources: [SourceFile] = []
        var table = PortfolioTable(language: language)
        var unreadable = portfolio.failures
        for item in checked {
            switch item {
            case .failure(let failure):
                output.stderr += failure.message(language) + "\n"
                unreadable.append(failure)
            case .success(let file):
                all += file.checked.diagnostics
                if format == .sarif { sources += file.sources }
                table.add(path: file.source.path, theory: file.checked.theory, diagnostics: file.checked.diagnostics)
                if format == .human, !summaryOnly {
                    output.stdout += formatter.format(file.checked.diagnostics, sources: file.sources)
                }
            }
        }
        let readCount = checked.filter { if case .success = $0 { true } else { false } }.count
        let tally = Tally(all)
        switch format {
        case .human where summaryOnly:
            output.stdout += table.render()
        case .human:
            if table.rows.count > 1 {
                output.stdout += (output.stdout.isEmpty ? "" : "\n") + table.render() + "\n"
            }
            output.stdout += formatter.summary(
                files: readCount, errors: tally.errors, warnings: tally.warnings, unreadable: unreadable.count)
        case .json:
            output.stdout += JSONFormatter.format(
                all, files: readCount, language: language, theories: table.records, unreadable: unreadable)
        case .csv:
            let delimiter = (separator ?? (language == .da ? .semicolon : .comma)).text
            guard Self.deliverCSV({ try table.csv(delimiter: delimiter) }, language: language, to: &output) else { return output }
        case .sarif: output.stdout += SARIFFormatter.format(all, sources: sources, language: language, unreadable: unreadable)
        case .github: output.stdout += GitHubFormatter.format(all, language: language, unreadable: unreadable)
        }
        output.status = tally.status(unreadable: unreadable.count, strict: strict)
        return output
    }
}

extension CheckRun {
    /// The table as CSV on standard output; false, with the reason on
    /// standard error and status 2, when it could not be made (it is
    /// written to memory, so it should never fail; if it does, the run says
    /// so rather than print nothing and succeed).
    static func deliverCSV(_ make: () throws -> [UInt8], language: Language, to output: inout CommandOutput) -> Bool {
        do {
            output.stdout += String(decoding: try make(), as: UTF8.self)
            return true
        } catch {
            output.stderr += LocalizedText(
                "toc: the table could not be written as CSV: \(error)\n", da: "toc: tabellen kunne ikke skrives som CSV: \(error)\n"
            ).text(language)
            output.status = 2
            return false
        }
    }
}

/// Counts of errors and warnings, and the exit status they call for.
struct Tally {
    var errors = 0
    var warnings = 0

    init(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            if diagnostic.severity == .error { errors += 1 }
            if diagnostic.severity == .warning { warnings += 1 }
        }
    }

    /// 2 when a path could not be read, 1 for errors (or warnings when strict), else 0.
    func status(unreadable: Int, strict: Bool) -> Int32 {
        if unreadable > 0 { return 2 }
        if errors > 0 || (strict && warnings > 0) { return 1 }
        return 0
    }
}
