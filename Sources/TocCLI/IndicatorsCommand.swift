import ArgumentParser
import Foundation
import TocPipeline
import TocSyntax

extension PlanFormat: ExpressibleByArgument {}

/// The separator of CSV output.
public enum Separator: String, CaseIterable, ExpressibleByArgument, Sendable {
    /// `,`
    case comma
    /// `;`, what Excel expects in a Danish locale.
    case semicolon

    var text: String { self == .comma ? "," : ";" }
}

/// `toc indicators PATH...`: the measurement plan.
public struct IndicatorsCommand: ParsableCommand {
    /// Name and help.
    public static let configuration = CommandConfiguration(
        commandName: "indicators",
        abstract: Interface.help(
            "List every indicator with its node, baseline, target, source and owner.",
            da: "Vis alle indikatorer med node, udgangspunkt, målværdi, kilde og ansvarlig."),
        discussion: Interface.help(
            "CSV is UTF-8 with a byte-order mark, so Excel and LibreOffice show æøå; its separator is ';' "
                + "when messages are Danish (as Danish Excel expects), else ','.",
            da: "CSV skrives som UTF-8 med byte-order mark, så Excel og LibreOffice viser æøå; skilletegnet er ';', "
                + "når beskederne er på dansk (som dansk Excel forventer), ellers ','."))

    /// Files, or folders searched recursively for *.ft.
    @OptionGroup public var theories: TheoryArguments

    /// The theory paths.
    public var paths: [String] { theories.paths }

    /// The format.
    @Option(help: ArgumentHelp(Interface.help("Format: csv, md, json or xlsx (Excel).", da: "Format: csv, md, json eller xlsx (Excel).")))
    public var format: PlanFormat?

    /// Where to write.
    @Option(name: .shortAndLong, help: ArgumentHelp(Interface.help(
        "Output file (default: standard output).", da: "Uddatafil (standard: standardoutput).")))
    public var output: String?

    /// CSV separator.
    @Option(help: ArgumentHelp(Interface.help(
        "CSV separator: comma or semicolon.", da: "Skilletegn i CSV: comma eller semicolon.")))
    public var separator: Separator?

    /// Language of headings.
    @Option(help: ArgumentHelp(Interface.help(
        "Language of headings and messages: da or en.", da: "Sprog for overskrifter og beskeder: da eller en.")))
    public var lang: Language?

    /// Creates the command.
    public init() {}

    /// Writes the plan.
    public func run() throws {
        let language = lang ?? Interface.language
        var out = CommandOutput()
        let formatter = HumanFormatter(colour: false, language: language)
        let pipeline = Pipeline(everyRule: false)
        guard let input = MonitorInput.load(
            paths: paths, measurementsPath: nil, pipeline: pipeline, formatter: formatter, output: &out)
        else { return try emit(out) }
        let rows = input.theories.compactMap(\.checked.theory).flatMap(Pipeline.plan(of:))
        let chosen = format ?? output.flatMap { PlanFormat(rawValue: ($0 as NSString).pathExtension.lowercased()) } ?? .csv
        let bytes: [UInt8]
        switch chosen {
        case .csv: bytes = try PlanWriter.csv(rows, language: language, delimiter: (separator ?? (language == .da ? .semicolon : .comma)).text)
        case .md: bytes = Array(PlanWriter.markdown(rows, language: language).utf8)
        case .json: bytes = Array((JSONOutput.text(rows.map(PlanRecord.init)) + "\n").utf8)
        case .xlsx:
            guard let workbook = Pipeline.planWorkbook(rows, language: language) else {
                out.stderr += LocalizedText("toc: the workbook could not be packed\n", da: "toc: regnearket kunne ikke pakkes\n").text(language)
                out.status = 2
                return try emit(out)
            }
            bytes = workbook
        }
        deliver(bytes, to: output, output: &out, language: language, protecting: pipeline.inputs)
        out.status = max(out.status, input.status)
        try emit(out)
    }
}

/// Writes `bytes` to a file atomically (reporting where), or to stdout.
/// False when it could not be written (said on standard error, status 2).
@discardableResult
func deliver(
    _ bytes: [UInt8], to path: String?, output: inout CommandOutput, language: Language, protecting inputs: RunInputs
) -> Bool {
    guard let path, path != OutputPlan.standardOutput else {
        Interface.console.write(bytes)
        return true
    }
    guard (path as NSString).pathExtension.lowercased() != "ft" else {
        output.stderr += LocalizedText(
            "toc: refusing to write over the theory file '\(path)'\n", da: "toc: vil ikke skrive oven i teorifilen '\(path)'\n"
        ).text(language)
        output.status = 2
        return false
    }
    do {
        try AtomicWrite.write(bytes, to: path, protecting: inputs)
        output.stderr += LocalizedText("wrote \(path)\n", da: "skrev \(path)\n").text(language)
        return true
    } catch {
        output.stderr += WriteFailure.message(error, writing: path, language: language)
        output.status = 2
        return false
    }
}
