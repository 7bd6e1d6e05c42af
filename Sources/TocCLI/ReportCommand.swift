import ArgumentParser
import Foundation
import TocPipeline
import TocSyntax

extension ReportFormat: ExpressibleByArgument {}

/// `toc report PATH... -o FILE.html|FILE.md|DIR`.
public struct ReportCommand: ParsableCommand {
    /// Name and help.
    public static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: Interface.help(
            "Write a report: diagram, findings, measurement plan and status.",
            da: "Skriv en rapport: diagram, fund, måleplan og status."),
        discussion: Interface.help(
            "-o FILE.html, FILE.docx, FILE.md or FILE.pptx writes one document for every theory given; -o DIR (default output/) writes "
                + "one per theory. HTML has everything inline; Word (A4, heading styles, charts) is what evaluators hand in; "
                + "PowerPoint has each theory's diagram slides, then its findings "
                + "and statuses. A document speaks its theories' language unless --lang says otherwise. Markdown refers to its diagrams, written beside it as "
                + "PNG (for pandoc, e.g. 'pandoc report.md -o report.docx') and PDF (for \\includegraphics in LaTeX).",
            da: "-o FIL.html, FIL.docx, FIL.md eller FIL.pptx skriver ét dokument for alle de angivne teorier; -o MAPPE (standard output/) "
                + "skriver ét pr. teori. HTML har alt indlejret; Word (A4, overskriftstypografier, diagrammer) er det, evaluatorer afleverer; "
                + "dokumentet taler teoriernes sprog, medmindre --lang siger andet. PowerPoint har hver teoris diagramdias og så dens fund og status. Markdown henviser til sine diagrammer, der skrives ved "
                + "siden af som PNG (til pandoc, fx 'pandoc rapport.md -o rapport.docx') og PDF (til \\includegraphics i LaTeX)."))

    /// Files, or folders searched recursively for *.ft.
    @OptionGroup public var theories: TheoryArguments

    /// The theory paths.
    public var paths: [String] { theories.paths }

    /// Where to write.
    @Option(name: .shortAndLong, help: ArgumentHelp(Interface.help(
        "FILE.html, FILE.docx, FILE.md, FILE.pptx, or a folder (default: output/).", da: "FIL.html, FIL.docx, FIL.md, FIL.pptx eller en mappe (standard: output/).")))
    public var output: String?

    /// Format for a folder.
    @Option(help: ArgumentHelp(Interface.help(
        "html, docx, md or pptx, when -o is a folder (default html).", da: "html, docx, md eller pptx, når -o er en mappe (standard html).")))
    public var format: ReportFormat?

    /// The measurements.
    @Option(help: ArgumentHelp(Interface.help(
        "CSV file of measurements, for a status table and status on the diagram.",
        da: "CSV-fil med målinger, til en statustabel og status på diagrammet.")))
    public var measurements: String?

    /// Also run the rules that are off by default.
    @Flag(name: .customLong("all-rules"), help: ArgumentHelp(Interface.help(
        "Also run the rules that are off by default.", da: "Kør også de regler, der er slået fra som standard.")))
    public var allRules = false

    /// Language.
    @Option(help: ArgumentHelp(Interface.help(
        "Language of the report: da or en (default: the theories' language; messages follow LANG).",
        da: "Rapportens sprog: da eller en (standard: teoriernes sprog; beskeder følger LANG).")))
    public var lang: Language?

    /// Creates the command.
    public init() {}

    /// Writes the report(s).
    public func run() throws {
        var out = CommandOutput()
        let said = lang ?? Interface.language
        let formatter = HumanFormatter(colour: false, language: said)
        let pipeline = Pipeline(everyRule: allRules)
        guard let input = MonitorInput.load(
            paths: paths, measurementsPath: measurements, pipeline: pipeline, formatter: formatter, output: &out)
        else { return try emit(out) }
        // The document speaks its theories' language unless --lang says
        // otherwise; what is said on the terminal follows LANG.
        let language = lang ?? input.language ?? Interface.language
        let target = output ?? "output"
        let ext = (target as NSString).pathExtension.lowercased()
        // `-o -`: one HTML document on standard output (Markdown needs its
        // diagrams beside it, so it needs a file name).
        let toStandardOutput = target == OutputPlan.standardOutput
        if toStandardOutput, format == .md {
            out.stderr += Interface.help(
                "toc: -o - writes HTML; Markdown needs a file name for the diagrams beside it\n",
                da: "toc: -o - skriver HTML; Markdown skal have et filnavn til diagrammerne ved siden af\n")
            out.status = 2
            return try emit(out)
        }
        let single = toStandardOutput ? (format == .pptx ? ReportFormat.pptx : .html) : ReportFormat(rawValue: ext)
        let chosen = single ?? format ?? .html
        let run = Pipeline.reports(input, as: chosen, to: target, oneDocument: single != nil, language: language)
        for document in run.documents { write(document(), language: said, inputs: pipeline.inputs, output: &out) }
        out.status = max(out.status, input.status, run.hasErrors ? 1 : 0)
        try emit(out)
    }

    /// Writes one document (`Pipeline.report`), and before it the files it
    /// refers to; a document whose files could not all be written is not
    /// written, since it would look whole and is not.
    func write(_ report: ReportFiles, language: Language, inputs: RunInputs, output: inout CommandOutput) {
        let path = report.path
        let formatter = HumanFormatter(colour: false, language: language)
        output.stderr += report.problems.map { formatter.format($0, source: nil) }.joined()
        var missing = 0
        for file in report.figures where !deliver(file.bytes, to: file.path, output: &output, language: language, protecting: inputs) {
            missing += 1
        }
        guard missing == 0 else {
            output.stderr += LocalizedText(
                "toc: did not write '\(path)': \(missing) of the \(report.figures.count) diagram files beside it could not be written\n",
                da: "toc: skrev ikke '\(path)': \(missing) af de \(report.figures.count) diagramfiler ved siden af kunne ikke skrives\n"
            ).text(language)
            return
        }
        guard let document = report.document else {
            output.status = 2
            guard report.problems.isEmpty else { return }
            output.stderr += LocalizedText(
                "toc: wrote no presentation: there is nothing to put on a slide\n",
                da: "toc: skrev ingen præsentation: der er intet at sætte på et dias\n").text(language)
            output.status = 2
            return
        }
        deliver(document.bytes, to: document.path, output: &output, language: language, protecting: inputs)
    }
}

