import ArgumentParser
import Foundation
import TocPipeline
import TocSyntax

/// The formats of `toc status`.
public enum StatusFormat: String, CaseIterable, ExpressibleByArgument, Sendable {
    /// An aligned table for the terminal.
    case human
    /// CSV, as for `toc indicators`.
    case csv
    /// A Markdown table.
    case md
    /// JSON.
    case json
}

/// `toc status PATH... --measurements FILE.csv`: where each indicator stands.
public struct StatusCommand: ParsableCommand {
    /// Name and help.
    public static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: Interface.help(
            "Show each indicator's latest measurement against its baseline and target.",
            da: "Vis hver indikators seneste måling i forhold til udgangspunkt og målværdi."),
        discussion: Interface.help(
            "The measurements file is CSV with the columns indicator (an indicator id, or the node id when the node "
                + "has one indicator), date and value, and optionally theory. Statuses: reached, on track (at least "
                + "as far as a straight line from baseline to target would be by now), behind, no data. The direction "
                + "of improvement is read from baseline and target.",
            da: "Målingsfilen er CSV med kolonnerne indikator (et indikator-id, eller nodens id, når noden har én "
                + "indikator), dato og værdi, og evt. teori. Status: nået, på vej (mindst så langt som en ret linje fra "
                + "udgangspunkt til målværdi ville være nu), bagud, ingen data. Hvilken vej der er bedst, læses af "
                + "udgangspunkt og målværdi."))

    /// Files, or folders searched recursively for *.ft.
    @OptionGroup public var theories: TheoryArguments

    /// The theory paths.
    public var paths: [String] { theories.paths }

    /// The measurements.
    @Option(help: ArgumentHelp(Interface.help("CSV file of measurements.", da: "CSV-fil med målinger.")))
    public var measurements: String

    /// The format.
    @Option(help: ArgumentHelp(Interface.help("Format: human, csv, md or json.", da: "Format: human, csv, md eller json.")))
    public var format: StatusFormat = .human

    /// Where to write.
    @Option(name: .shortAndLong, help: ArgumentHelp(Interface.help(
        "Output file (default: standard output).", da: "Uddatafil (standard: standardoutput).")))
    public var output: String?

    /// Language.
    @Option(help: ArgumentHelp(Interface.help(
        "Language of headings and messages: da or en.", da: "Sprog for overskrifter og beskeder: da eller en.")))
    public var lang: Language?

    /// Creates the command.
    public init() {}

    /// Prints the statuses.
    public func run() throws {
        let language = lang ?? Interface.language
        var out = CommandOutput()
        let formatter = HumanFormatter(colour: false, language: language)
        let pipeline = Pipeline(everyRule: false)
        guard let input = MonitorInput.load(
            paths: paths, measurementsPath: measurements, pipeline: pipeline, formatter: formatter, output: &out)
        else { return try emit(out) }
        guard input.measurements != nil else {
            out.status = 2
            return try emit(out)
        }
        let statuses = input.theories.indices.flatMap { input.status(of: $0) ?? [] }
        let headings = StatusTable.headings(language)
        let rows = statuses.map { StatusTable.fields($0, language: language) }
        let bytes: [UInt8]
        switch format {
        case .human: bytes = Array(TextTable.render(headings, rows).utf8)
        case .csv: bytes = try PlanWriter.csvTable(headings, rows, delimiter: language == .da ? ";" : ",")
        case .md: bytes = Array(PlanWriter.markdownTable(headings, rows).utf8)
        case .json: bytes = Array((JSONOutput.text(statuses.map(StatusRecord.init)) + "\n").utf8)
        }
        deliver(bytes, to: output, output: &out, language: language, protecting: pipeline.inputs)
        out.status = max(out.status, input.status)
        try emit(out)
    }
}

/// The rows of `toc status`.
enum StatusTable {
    static func headings(_ language: Language) -> [String] {
        language == .da
            ? ["teori", "node", "indikator", "udgangspunkt", "målværdi", "seneste", "dato", "målinger", "status"]
            : ["theory", "node", "indicator", "baseline", "target", "latest", "date", "measurements", "status"]
    }

    static func fields(_ status: IndicatorStatus, language: Language) -> [String] {
        let row = status.row
        return [row.theoryTitle ?? row.theoryPath, row.nodeID, row.indicator, row.baseline?.text ?? "",
                row.target?.text ?? "", status.latest?.text ?? "", status.latest.map { "\($0.date)" } ?? "",
                String(status.count), "\(status.state.symbol) \(status.state.word(language))"]
    }
}

/// A plain aligned table with a rule under the headings.
enum TextTable {
    static func render(_ headings: [String], _ rows: [[String]]) -> String {
        let all = [headings] + rows
        let widths = headings.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            zip(cells, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }
                .joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
        return ([line(headings), String(repeating: "-", count: widths.reduce(0, +) + 2 * (widths.count - 1))]
            + rows.map(line)).joined(separator: "\n") + "\n"
    }
}
