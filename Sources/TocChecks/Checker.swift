import TocModel
import TocSyntax

/// Runs rules over theories and turns their findings into diagnostics.
public struct Checker: Sendable {
    // coreRules and evaluationRules: Checker+Rules.swift, generated from the files in Rules/.

    /// Every rule.
    public static let allRules: [any Rule] = coreRules + evaluationRules

    /// The rules this checker may run.
    public var rules: [any Rule]
    /// The level of each rule.
    public var settings: RuleSettings

    /// Creates a checker; by default with every rule at its default level.
    public init(rules: [any Rule] = Checker.allRules, settings: RuleSettings = RuleSettings()) {
        self.rules = rules
        self.settings = settings
    }

    /// Checks one theory; diagnostics come sorted by location.
    public func check(_ theory: Theory) -> [Diagnostic] {
        let analysis = Analysis(theory)
        var diagnostics: [Diagnostic] = []
        for rule in rules {
            let severity: Severity
            switch settings.level(of: rule) {
            case .off: continue
            case .error: severity = .error
            case .warning: severity = .warning
            }
            for finding in rule.check(analysis) {
                // A location in an included file names that file.
                diagnostics.append(Diagnostic(
                    rule: rule.id, severity: severity, text: finding.message,
                    file: finding.location.file ?? theory.path, location: finding.location, node: finding.node,
                    notes: finding.notes.map {
                        DiagnosticNote(text: $0.message, file: $0.location.file ?? theory.path, location: $0.location)
                    }))
            }
        }
        return Diagnostic.sortedByLocation(diagnostics)
    }

    /// Parses, builds and checks source text, with the files it includes
    /// (read through `loader`). Semantic rules run only when every file
    /// parses without errors, so that one typo does not cascade into a page
    /// of follow-on findings.
    public func check(_ source: SourceFile, loader: some SourceLoader = DiskLoader()) -> CheckedFile {
        let parsed = Parser.parse(source)
        guard !parsed.hasErrors else {
            return CheckedFile(path: source.path, theory: nil, diagnostics: parsed.diagnostics)
        }
        return check(source, parsed: parsed, included: IncludedFiles.resolve(parsed.file, loader: loader))
    }

    /// The second half of `check`, for a file parsed without errors and its
    /// includes resolved (a portfolio resolves every file's includes first,
    /// to know which files are parts of others).
    public func check(_ source: SourceFile, parsed: ParseResult, included: IncludedFiles) -> CheckedFile {
        var own = Diagnostic.sortedByLocation(parsed.diagnostics + included.diagnostics)
        if parsed.file.nodes.isEmpty, parsed.file.areas.isEmpty, parsed.file.includes.isEmpty, !source.isBinary {
            own.append(Diagnostic(
                rule: .emptyTheory, severity: .warning,
                text: LocalizedText(
                    "the file declares no nodes; a theory has lines such as 'aktivitet lektiecafe: Lektiecafé for 4.-9. klasse'",
                    da: "filen erklærer ingen noder; en teori har linjer som 'aktivitet lektiecafe: Lektiecafé for 4.-9. klasse'"),
                file: source.path, location: SourceLocation(line: 1, column: 1)))
        }
        guard !included.hasErrors else {
            var checked = CheckedFile(path: source.path, theory: nil, diagnostics: own, includedSources: included.sources)
            checked.includeNames = included.named
            return checked
        }
        let theory = Theory(parsed.file, including: included.files)
        let diagnostics = Diagnostic.sortedByLocation(own + check(theory))
        var checked = CheckedFile(path: source.path, theory: theory, diagnostics: diagnostics, includedSources: included.sources)
        checked.includeNames = included.named
        return checked
    }
}

/// One file after checking.
public struct CheckedFile: Sendable {
    /// The file's path, as the user named it.
    public var path: String
    /// The theory, when the file parsed without errors.
    public var theory: Theory?
    /// Every diagnostic for the file and the files it includes, sorted by
    /// file and location.
    public var diagnostics: [Diagnostic]
    /// The files it includes, for showing the lines messages point at.
    public var includedSources: [SourceFile] = []
    /// Every path its includes named, read or not (for watching).
    public var includeNames: [String] = []

    /// Creates a checked file.
    public init(path: String, theory: Theory?, diagnostics: [Diagnostic], includedSources: [SourceFile] = []) {
        self.path = path
        self.theory = theory
        self.diagnostics = diagnostics
        self.includedSources = includedSources
    }

    /// The paths of the files it includes.
    public var includedPaths: [String] { includedSources.map(\.path) }
}
