import Foundation
import TocModel
import TocRender
import TocReport
import TocSyntax

/// The formats of `toc report`.
public enum ReportFormat: String, CaseIterable, Sendable {
    /// One HTML file that opens offline.
    case html
    /// Markdown with its diagrams beside it (PNG for pandoc, PDF for LaTeX).
    case md
    /// A PowerPoint presentation: each theory's diagram slides (the whole,
    /// then each area), then its findings and statuses in words.
    case pptx
    /// A Word document: A4, Word's heading styles, diagrams as pictures
    /// with their text alternative, charts drawn by Word.
    case docx

    /// The diagram formats a report of this kind embeds.
    var diagramFormats: [OutputFormat] {
        switch self {
        case .html: [.svg]
        case .md: [.png, .pdf]
        case .pptx: []
        case .docx: [.png]
        }
    }
}

/// One report, made whole by the facade (`Pipeline.report`): the files to
/// write beside it, then the document itself.
public struct ReportFiles: Sendable {
    /// A file to write: where, and its bytes.
    public struct File: Sendable {
        /// Its path.
        public var path: String
        /// Its bytes.
        public var bytes: [UInt8]
    }

    /// Where the document goes.
    public var path: String
    /// Files the document refers to (a Markdown report's diagrams), to be
    /// written first.
    public var figures: [File] = []
    /// The document; nil when there is nothing to put in it.
    public var document: File?
    /// Problems met making it (a deck's diagrams that could not be drawn).
    public var problems: [Diagnostic] = []
}

extension Pipeline {
    /// The report's items of a monitor run: each theory that parses, its
    /// findings, plan and status, drawn (through `Pipeline.draw`) in the
    /// formats a report of `format` embeds.
    static func reportItems(_ input: MonitorInput, format: ReportFormat) -> [ReportItem] {
        input.theories.indices.compactMap { index -> ReportItem? in
            guard let theory = input.theories[index].checked.theory else { return nil }
            let findings = input.theories[index].checked.diagnostics.filter { $0.severity != .note }
            return ReportItem(
                theory: theory, findings: findings, status: input.status(of: index), formats: format.diagramFormats,
                options: input.theories[index].diagram.applied(to: RenderOptions()),
                drawing: { Pipeline.draw($0, findings: $1, format: $2, options: $3, dpi: $4) })
        }
    }

    /// The files that never parsed, for the report's list of them.
    static func unreadable(_ input: MonitorInput) -> [UnreadableTheory] {
        input.broken.map { UnreadableTheory(path: $0.source.path, problems: $0.checked.diagnostics) }
    }

    /// `toc report`'s whole job: the theories of a monitor run drawn once,
    /// and either one document at `target` for them all (with the files
    /// that never parsed listed), or one per theory in the folder `target`.
    /// Each document is made when asked for, so that it can be written
    /// before the next is made.
    public static func reports(
        _ input: MonitorInput, as format: ReportFormat, to target: String, oneDocument: Bool, language: Language
    ) -> (documents: [@Sendable () -> ReportFiles], hasErrors: Bool) {
        let items = reportItems(input, format: format)
        let hasErrors = items.flatMap(\.findings).contains { $0.severity == .error }
        guard !oneDocument else {
            let unreadable = unreadable(input)
            return ([{ report(items, as: format, to: target, language: language, unreadable: unreadable) }], hasErrors)
        }
        let documents = zip(items, reportStems(items.map(\.theory.path))).map { item, stem in
            let path = (target as NSString).appendingPathComponent(stem + "." + format.rawValue)
            return { @Sendable in report([item], as: format, to: path, language: language) }
        }
        return (documents, hasErrors)
    }

    /// One report of `items` as `format`, to be written at `path`.
    static func report(
        _ items: [ReportItem], as format: ReportFormat, to path: String, language: Language,
        unreadable: [UnreadableTheory] = []
    ) -> ReportFiles {
        var report = ReportFiles(path: path)
        switch format {
        case .html:
            let document = HTMLReport.document(items, language: language, unreadable: unreadable)
            report.document = .init(path: path, bytes: Array(document.utf8))
        case .md:
            let base = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
            let folder = PathText.folder(of: path)
            let stems = items.count == 1 ? [base] : reportStems(items.map(\.theory.path)).map { "\(base)-\($0)" }
            let files = MarkdownFiles(items, stems: stems, base: base, language: language)
            report.figures = files.files.map { .init(path: (folder as NSString).appendingPathComponent($0.name), bytes: $0.bytes) }
            let document = MarkdownReport.document(items, language: language, unreadable: unreadable, files: files)
            report.document = .init(path: path, bytes: Array(document.utf8))
        case .docx:
            report.document = WordReport.document(items, language: language, unreadable: unreadable).map { .init(path: path, bytes: $0) }
            if report.document == nil {
                report.problems.append(Diagnostic(
                    rule: .renderError, severity: .error,
                    text: LocalizedText("the Word document could not be packed", da: "Word-dokumentet kunne ikke pakkes"), file: path,
                    location: SourceLocation(line: 1, column: 1)))
            }
        case .pptx:
            let deck = ReportSlides.presentation(items, language: language, unreadable: unreadable)
            report.problems = deck.problems
            report.document = deck.bytes.map { .init(path: path, bytes: $0) }
        }
        return report
    }

    /// A file-name stem per theory: its name without `.ft`, or, where two
    /// share a name, its path with `/` as `-`.
    static func reportStems(_ paths: [String]) -> [String] {
        let names = paths.map { (($0 as NSString).lastPathComponent as NSString).deletingPathExtension }
        return zip(paths, names).map { path, name in
            names.filter { $0 == name }.count == 1 ? name
                : (path as NSString).deletingPathExtension.replacingOccurrences(of: "/", with: "-")
                    .trimmingCharacters(in: CharacterSet(charactersIn: ".-"))
        }
    }

    /// A measurement plan as an Excel workbook (`toc indicators -o
    /// plan.xlsx`): the CSV's columns on a sheet named for the plan; nil
    /// when it could not be packed.
    public static func planWorkbook(_ rows: [PlanRow], language: Language) -> [UInt8]? {
        Workbook.xlsx(
            sheet: language == .da ? "Måleplan" : "Measurement plan", headings: PlanWriter.headings(language),
            rows: rows.map { PlanWriter.fields($0, language: language) })
    }

    /// A theory written out as prose, in Markdown (`toc narrative`).
    public static func narrative(_ theory: Theory, language: Language) -> String {
        Narrative.markdown(theory, language: language)
    }
}
