import ArgumentParser
import Foundation
import TocPipeline
import TocRender
import TocReport
import TocSyntax

/// The formats of `toc report`.
public enum ReportFormat: String, CaseIterable, ExpressibleByArgument, Sendable {
    /// One HTML file that opens offline.
    case html
    /// Markdown with its diagrams beside it (PNG for pandoc, PDF for LaTeX).
    case md
    /// A PowerPoint presentation: each theory's diagram slides (the whole,
    /// then each area), then its findings and statuses in words.
    case pptx
}

/// `toc report PATH... -o FILE.html|FILE.md|DIR`.
public struct ReportCommand: ParsableCommand {
    /// Name and help.
    public static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: Interface.help(
            "Write a report: diagram, findings, measurement plan and status.",
            da: "Skriv en rapport: diagram, fund, måleplan og status."),
        discussion: Interface.help(
            "-o FILE.html, FILE.md or FILE.pptx writes one document for every theory given; -o DIR (default output/) writes "
                + "one per theory. HTML has everything inline; PowerPoint has each theory's diagram slides, then its findings "
                + "and statuses. Markdown refers to its diagrams, written beside it as "
                + "PNG (for pandoc, e.g. 'pandoc report.md -o report.docx') and PDF (for \\includegraphics in LaTeX).",
            da: "-o FIL.html, FIL.md eller FIL.pptx skriver ét dokument for alle de angivne teorier; -o MAPPE (standard output/) "
                + "skriver ét pr. teori. HTML har alt indlejret; PowerPoint har hver teoris diagramdias og så dens fund og status. Markdown henviser til sine diagrammer, der skrives ved "
                + "siden af som PNG (til pandoc, fx 'pandoc rapport.md -o rapport.docx') og PDF (til \\includegraphics i LaTeX)."))

    /// Files, or folders searched recursively for *.ft.
    @OptionGroup public var theories: TheoryArguments

    /// The theory paths.
    public var paths: [String] { theories.paths }

    /// Where to write.
    @Option(name: .shortAndLong, help: ArgumentHelp(Interface.help(
        "FILE.html, FILE.md, or a folder (default: output/).", da: "FIL.html, FIL.md eller en mappe (standard: output/).")))
    public var output: String?

    /// Format for a folder.
    @Option(help: ArgumentHelp(Interface.help(
        "html, md or pptx, when -o is a folder (default html).", da: "html, md eller pptx, når -o er en mappe (standard html).")))
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
        "Language of the report and its messages: da or en (default: from LANG, as every command).",
        da: "Rapportens og beskedernes sprog: da eller en (standard: fra LANG, som alle kommandoer).")))
    public var lang: Language?

    /// Creates the command.
    public init() {}

    /// Writes the report(s).
    public func run() throws {
        var out = CommandOutput()
        let language = lang ?? Interface.language
        let formatter = HumanFormatter(colour: false, language: language)
        let pipeline = Pipeline(everyRule: allRules)
        guard let input = MonitorInput.load(
            paths: paths, measurementsPath: measurements, pipeline: pipeline, formatter: formatter, output: &out)
        else { return try emit(out) }
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
        let formats: [OutputFormat] = switch chosen {
        case .html: [.svg]
        case .md: [.png, .pdf]
        case .pptx: []
        }
        let items = input.theories.indices.compactMap { index -> ReportItem? in
            guard let theory = input.theories[index].checked.theory else { return nil }
            let findings = input.theories[index].checked.diagnostics.filter { $0.severity != .note }
            return ReportItem(
                theory: theory, findings: findings, status: input.status(of: index), formats: formats,
                options: input.theories[index].diagram.applied(to: RenderOptions()))
        }
        let unreadable = input.broken.map { UnreadableTheory(path: $0.source.path, problems: $0.checked.diagnostics) }
        if single != nil {
            write(items, as: chosen, to: target, language: language, unreadable: unreadable,
                  inputs: pipeline.inputs, output: &out)
        } else {
            let stems = ReportCommand.stems(items.map(\.theory.path))
            for (item, stem) in zip(items, stems) {
                let path = (target as NSString).appendingPathComponent(stem + "." + chosen.rawValue)
                write([item], as: chosen, to: path, language: language, inputs: pipeline.inputs, output: &out)
            }
        }
        let errors = items.flatMap(\.findings).contains { $0.severity == .error }
        out.status = max(out.status, input.status, errors ? 1 : 0)
        try emit(out)
    }

    /// Writes one document, and for Markdown its diagrams beside it.
    func write(
        _ items: [ReportItem], as format: ReportFormat, to path: String, language: Language,
        unreadable: [UnreadableTheory] = [], inputs: RunInputs, output: inout CommandOutput
    ) {
        switch format {
        case .html:
            let document = HTMLReport.document(items, language: language, unreadable: unreadable)
            deliver(Array(document.utf8), to: path, output: &output, language: language, protecting: inputs)
        case .md:
            let base = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
            let folder = PathText.folder(of: path)
            let stems = items.count == 1 ? [base] : ReportCommand.stems(items.map(\.theory.path)).map { "\(base)-\($0)" }
            let files = MarkdownFiles(items, stems: stems, base: base, language: language)
            var missing = 0
            for file in files.files {
                let target = (folder as NSString).appendingPathComponent(file.name)
                if !deliver(file.bytes, to: target, output: &output, language: language, protecting: inputs) { missing += 1 }
            }
            // A document whose diagrams are not all there would look whole and is not.
            guard missing == 0 else {
                output.stderr += LocalizedText(
                    "toc: did not write '\(path)': \(missing) of the \(files.files.count) diagram files beside it could not be written\n",
                    da: "toc: skrev ikke '\(path)': \(missing) af de \(files.files.count) diagramfiler ved siden af kunne ikke skrives\n"
                ).text(language)
                return
            }
            let document = MarkdownReport.document(items, language: language, unreadable: unreadable, files: files)
            deliver(Array(document.utf8), to: path, output: &output, language: language, protecting: inputs)
        case .pptx:
            let deck = ReportSlides.presentation(items, language: language, unreadable: unreadable)
            let formatter = HumanFormatter(colour: false, language: language)
            output.stderr += deck.problems.map { formatter.format($0, source: nil) }.joined()
            guard let bytes = deck.bytes else {
                output.stderr += LocalizedText(
                    "toc: wrote no presentation: there is nothing to put on a slide\n",
                    da: "toc: skrev ingen præsentation: der er intet at sætte på et dias\n").text(language)
                output.status = 2
                return
            }
            deliver(bytes, to: path, output: &output, language: language, protecting: inputs)
        }
    }

    /// A file-name stem per theory: its name without `.ft`, or, where two
    /// share a name, its path with `/` as `-`.
    static func stems(_ paths: [String]) -> [String] {
        let names = paths.map { (($0 as NSString).lastPathComponent as NSString).deletingPathExtension }
        return zip(paths, names).map { path, name in
            names.filter { $0 == name }.count == 1 ? name
                : (path as NSString).deletingPathExtension.replacingOccurrences(of: "/", with: "-")
                    .trimmingCharacters(in: CharacterSet(charactersIn: ".-"))
        }
    }
}
