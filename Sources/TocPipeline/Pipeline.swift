import Foundation
import TocPlatform
import TocChecks
import TocModel
import TocMonitor
import TocRender
import TocReport
import TocSyntax

/// The one entry every front end calls: the CLI's commands, the page's
/// server and the language server. Given inputs (paths, or one path with
/// the text an editor holds), it finds each file's nearest `toc.yml`, reads,
/// parses, resolves includes, checks, matches measurements and draws, and
/// returns typed results. It keeps no state between calls beyond the run's
/// own `inputs`, so one process can call it as often as it likes.
public struct Pipeline: Sendable {
    /// Run the rules that are off by default too (`--all-rules`).
    public var everyRule: Bool
    /// What this run has read, and its standard input.
    public let inputs: RunInputs

    /// A pipeline for one run.
    public init(everyRule: Bool = false, inputs: RunInputs = RunInputs()) {
        self.everyRule = everyRule
        self.inputs = inputs
    }

    /// Expands paths (files, folders searched for `*.ft`, and `-` for
    /// standard input when `standardInput` is true), reads each file's
    /// nearest `toc.yml` and, when none is broken, reads and checks every
    /// file, in parallel, keeping their order.
    public func check(paths: [String], standardInput: Bool = false) -> Portfolio {
        let (files, failures) = InputFiles.expand(paths, standardInput: standardInput)
        let (rules, problems, sources) = RuleConfiguration.load(files: files, paths: paths, everyRule: everyRule)
        var portfolio = Portfolio(files: files, failures: failures, configProblems: problems, configSources: sources)
        guard problems.isEmpty else { return portfolio }
        (portfolio.checked, portfolio.parts) = checkPortfolio(files, rules: rules, named: paths)
        return portfolio
    }

    /// Checks one theory file as an editor or the page has it: `text` when
    /// given (an unsaved draft), else the file on disk. `shownAs` is the
    /// name messages give the file; includes are read through `loader`. A
    /// broken `toc.yml` does not stop the check: its problems come first in
    /// the findings and the rules run at their default levels.
    public func check(
        file path: String, shownAs name: String? = nil, text: [UInt8]? = nil, tree: String? = nil
    ) -> Result<CheckedSource, InputFiles.Failure> {
        let configuration = RuleConfiguration.load(files: [path], paths: [], everyRule: everyRule)
        let root = tree.map { WorkingFolder.url($0) }
        let loader = IncludeTree.loader(
            tree: tree ?? IncludeTree.root(of: path, named: []), further: configuration.configuration.includeFolders(for: path),
            root: root, limit: inputs.limit)
        return check(file: path, shownAs: name, text: text, loader: loader, rules: configuration)
    }

    /// `check(file:)` with includes read through `loader` (files in memory, in tests).
    public func check(
        file path: String, shownAs name: String? = nil, text: [UInt8]? = nil, loader: some SourceLoader
    ) -> Result<CheckedSource, InputFiles.Failure> {
        check(file: path, shownAs: name, text: text, loader: loader,
              rules: RuleConfiguration.load(files: [path], paths: [], everyRule: everyRule))
    }

    /// `check(file:)` once the file's `toc.yml` is read (once per check).
    private func check(
        file path: String, shownAs name: String?, text: [UInt8]?, loader: some SourceLoader,
        rules configuration: (configuration: RuleConfiguration, problems: [Diagnostic], sources: [SourceFile])
    ) -> Result<CheckedSource, InputFiles.Failure> {
        let (rules, problems) = (configuration.configuration, configuration.problems)
        let bytes: Result<[UInt8], InputFiles.Failure> = text.map { .success($0) } ?? InputFiles.read(path, inputs: inputs)
        return bytes.map { bytes in
            let source = SourceFile(path: name ?? path, data: bytes)
            var checked = rules.checker(for: path).check(source, loader: loader)
            checked.diagnostics = problems + checked.diagnostics
            return CheckedSource(source: source, checked: checked, diagram: rules.diagram(for: path))
        }
    }

    /// Reads a measurements file (CSV of indicator, date, value) and matches
    /// its rows to `theories`, in their order.
    public func measurements(_ path: String, for theories: [Theory]) -> Result<MeasurementInput, InputFiles.Failure> {
        InputFiles.read(path, inputs: inputs).map { read in
            // A workbook is read as the CSV of its measurements sheet; its
            // findings name the sheet's rows as lines.
            var bytes = read
            if (path as NSString).pathExtension.lowercased() == "xlsx" {
                guard let rows = WorkbookReader.measurementsCSV(read) else {
                    let problem = Diagnostic(
                        rule: .measurementError, severity: .error,
                        text: LocalizedText(
                            "'\(path)' cannot be read as an Excel workbook of measurements (not a workbook, no sheet, or over 256 MB unpacked)",
                            da: "'\(path)' kan ikke læses som et Excel-regneark med målinger (ikke et regneark, intet ark, eller over 256 MB udpakket)"),
                        file: path, location: SourceLocation(line: 1, column: 1))
                    return MeasurementInput(perTheory: theories.map { _ in [] }, problems: [problem], source: SourceFile(path: path, data: []))
                }
                bytes = rows
            }
            let file = MeasurementFile(path: path, bytes: bytes)
            let (matched, unknown) = Measurements.match(file, theories: theories)
            return MeasurementInput(
                perTheory: matched, problems: Diagnostic.sortedByLocation(file.diagnostics + unknown),
                source: SourceFile(path: path, data: bytes))
        }
    }

    /// The status of each measured indicator of a theory.
    public static func status(of theory: Theory, measurements: [Observation]) -> [IndicatorStatus] {
        Status.of(theory, measurements: measurements)
    }

    /// A file in the canonical layout (`toc fmt`, and an editor's
    /// formatting), checked to mean exactly what the file meant.
    public static func format(_ source: SourceFile, keywords: Language? = nil, fewerCrossings: Bool = false) -> FormatOutcome {
        let parsed = Parser.parse(source)
        let theory = Theory(parsed.file)
        // With `fewerCrossings`, the declarations in the order whose diagram
        // crosses the fewest lines (`CrossingOrder`); the meaning is the same
        // but for the order.
        let order = fewerCrossings && !parsed.hasErrors ? CrossingOrder.ids(theory) : nil
        guard !parsed.hasErrors, let text = Formatter.format(source, keywords: keywords, order: order) else {
            return .doesNotParse(parsed.diagnostics.filter { $0.severity == .error })
        }
        let before = TheoryMeaning(theory)
        guard let after = TheoryMeaning(source: SourceFile(path: source.path, text: text)) else { return .meaningChanged }
        return (fewerCrossings ? before.ignoringOrder == after.ignoringOrder : before == after) ? .formatted(text) : .meaningChanged
    }

    /// Draws a checked theory, marking its findings; Graphviz's own
    /// problems become a `render-error` at the node they concern.
    public static func draw(
        _ theory: Theory, findings: [Diagnostic], format: OutputFormat, options: RenderOptions = RenderOptions(),
        dpi: Int? = nil
    ) -> Result<RenderedDiagram, Diagnostic> {
        Renderer.render(theory, findings: findings, format: format, options: options, dpi: dpi)
    }

    /// Reads and checks files already listed (no folders), each with the
    /// levels of its nearest `toc.yml` (the defaults where that is broken).
    public func check(listed files: [String]) -> [Result<CheckedSource, InputFiles.Failure>] {
        checkAll(files, rules: RuleConfiguration.load(files: files, paths: [], everyRule: everyRule).configuration, named: [])
    }

    private func checkAll(
        _ files: [String], rules: RuleConfiguration, named paths: [String]
    ) -> [Result<CheckedSource, InputFiles.Failure>] {
        let trees = IncludeTree.trees(of: files, named: paths)
        let prepared = Self.parallel(files.map { path in { prepare(path, rules: rules, named: paths, trees: trees) } })
        return Self.parallel(prepared.map { item in { item.map { $0.checked(rules: rules) } } })
    }

    /// Checks a portfolio in two steps: every file read, parsed and its
    /// includes resolved (through the run's shared `IncludeCache`), then the
    /// rules run on the files that are theories of their own; parts of
    /// other theories are not checked twice. A chain of a thousand files
    /// that include one another costs about a thousand reads and parses.
    private func checkPortfolio(
        _ files: [String], rules: RuleConfiguration, named paths: [String]
    ) -> (checked: [Result<CheckedSource, InputFiles.Failure>], parts: Set<Int>) {
        let trees = IncludeTree.trees(of: files, named: paths)
        let prepared = Self.parallel(files.map { path in { prepare(path, rules: rules, named: paths, trees: trees) } })
        let included = prepared.map { item -> (path: String, includes: [String])? in
            guard case .success(let file) = item else { return nil }
            return file.includes
        }
        let parts = Portfolio.includedParts(included, named: paths, key: inputs.includes.key)
        let checked = Self.parallel(prepared.indices.map { index in {
            prepared[index].map { parts.contains(index) ? $0.asPart() : $0.checked(rules: rules) }
        } })
        return (checked, parts)
    }

    /// A file read, parsed, and (when it parsed) its includes resolved.
    private func prepare(
        _ path: String, rules: RuleConfiguration, named paths: [String], trees: [String: (tree: String, real: String)]
    ) -> Result<PreparedFile, InputFiles.Failure> {
        InputFiles.read(path, inputs: inputs).map { bytes in
            let stdin = InputFiles.isStandardInput(path)
            let source = SourceFile(path: stdin ? InputFiles.standardInputName : path, data: bytes)
            let parsed = Parser.parse(source)
            guard !parsed.hasErrors else {
                return .done(CheckedSource(source: source, checked: CheckedFile(
                    path: source.path, theory: nil, diagnostics: parsed.diagnostics), diagram: rules.diagram(for: path)))
            }
            // Without includes it is checked at once (its syntax tree need not wait).
            guard !parsed.file.includes.isEmpty else {
                return .done(CheckedSource(
                    source: source, checked: rules.checker(for: path).check(source, parsed: parsed, included: IncludedFiles()),
                    diagram: rules.diagram(for: path)))
            }
            let known = stdin ? nil : trees[PathText.folder(of: path)]
            let tree = stdin ? "." : known?.tree ?? IncludeTree.root(of: path, named: paths)
            let further = rules.includeFolders(for: path)
            let loader = IncludeTree.loader(tree: tree, further: further, limit: inputs.limit, real: known?.real)
            let scope = ([tree] + further).joined(separator: "\u{0}")
            let included = IncludedFiles.resolve(parsed.file, loader: loader, cache: inputs.includes, scope: scope)
            return .waiting(path: path, source: source, parsed: parsed, included: included)
        }
    }

    /// Runs each job, in parallel when there are several; results in order.
    static func parallel<Value>(_ jobs: [@Sendable () -> Value]) -> [Value] {
        // Threads cost more than they give for a single file.
        guard jobs.count > 1 else { return jobs.map { $0() } }
        let results = ResultSlots<Value>(count: jobs.count)
        let jobs = jobs.map(WorkingFolder.carried)
        DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
            results.set(index, jobs[index]())
        }
        return results.values
    }
}

/// A file between reading and checking: checked already (it parsed with
/// errors, or includes nothing), or waiting, with its includes resolved,
/// until the run knows which files are parts of others.
enum PreparedFile: @unchecked Sendable {
    case done(CheckedSource)
    case waiting(path: String, source: SourceFile, parsed: ParseResult, included: IncludedFiles)

    /// The file's path as messages show it, and the paths it includes.
    var includes: (path: String, includes: [String]) {
        switch self {
        case .done(let checked): (checked.source.path, checked.checked.includedPaths)
        case .waiting(_, let source, _, let included): (source.path, included.sources.map(\.path))
        }
    }

    /// The file checked with its rules.
    func checked(rules: RuleConfiguration) -> CheckedSource {
        switch self {
        case .done(let checked): checked
        case .waiting(let path, let source, let parsed, let included):
            CheckedSource(
                source: source, checked: rules.checker(for: path).check(source, parsed: parsed, included: included),
                diagram: rules.diagram(for: path))
        }
    }

    /// A part of another theory: parsed, its includes known, not checked again.
    func asPart() -> CheckedSource {
        switch self {
        case .done(let checked): checked
        case .waiting(_, let source, let parsed, let included):
            CheckedSource(source: source, checked: CheckedFile(
                path: source.path, theory: nil, diagnostics: parsed.diagnostics + included.diagnostics,
                includedSources: included.sources))
        }
    }
}

/// What formatting one text gave.
public enum FormatOutcome: Sendable, Equatable {
    /// The text in the canonical layout.
    case formatted(String)
    /// The file has parse errors (these) and is left as it is.
    case doesNotParse([Diagnostic])
    /// Formatting would change the meaning (a bug in `toc`): left as it is.
    case meaningChanged
}

/// One file read and checked.
public struct CheckedSource: Sendable {
    /// The file as read.
    public let source: SourceFile
    /// Its theory (when it parsed) and findings.
    public let checked: CheckedFile
    /// How its `toc.yml` asks for it to be drawn.
    public var diagram = DiagramSettings()

    /// A file, its check, and its drawing settings.
    public init(source: SourceFile, checked: CheckedFile, diagram: DiagramSettings = DiagramSettings()) {
        self.source = source
        self.checked = checked
        self.diagram = diagram
    }

    /// The file and the files it includes.
    public var sources: [SourceFile] { [source] + checked.includedSources }
}

/// A measurements file read and matched to the theories of a run.
public struct MeasurementInput: Sendable {
    /// The measurements of each theory, in the order given.
    public var perTheory: [[Observation]]
    /// Problems in the file (bad values, unknown ids), located at CSV line and column.
    public var problems: [Diagnostic]
    /// The file's text, for showing the lines problems point at.
    public var source: SourceFile
}

/// Fixed slots written from many threads, each slot once.
final class ResultSlots<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: Value) {
        lock.withLock { slots[index] = value }
    }

    var values: [Value] {
        lock.withLock { slots.map { $0! } }
    }
}
