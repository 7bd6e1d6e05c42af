import TocModel
import TocSyntax

/// Runs rules over theories and turns their findings into diagnostics.
public struct Checker: Sendable {
    /// The ten core rules, in the order of the language sketch.
    public static let coreRules: [any Rule] = [
        OrphanActivity(), UnmeasuredGoal(), UndefinedReference(), DuplicateID(), ReverseEdge(),
        UnreachedGoal(), DeadEnd(), LevelLeap(), UnmeasuredOutcome(), Cycle(),
    ]

    /// The rules this checker runs.
    public var rules: [any Rule]

    /// Creates a checker; by default with every core rule.
    public init(rules: [any Rule] = Checker.coreRules) {
        self.rules = rules
    }

    /// Checks one theory; diagnostics come sorted by location.
    public func check(_ theory: Theory) -> [Diagnostic] {
        let analysis = Analysis(theory)
        var diagnostics: [Diagnostic] = []
        for rule in rules {
            for finding in rule.check(analysis) {
                diagnostics.append(Diagnostic(
                    rule: rule.id, severity: rule.defaultSeverity, text: finding.message,
                    file: theory.path, location: finding.location, node: finding.node,
                    notes: finding.notes.map {
                        DiagnosticNote(text: $0.message, file: theory.path, location: $0.location)
                    }))
            }
        }
        return Diagnostic.sortedByLocation(diagnostics)
    }

    /// Parses, builds and checks source text. Semantic rules run only when
    /// the file parses without errors, so that one typo does not cascade
    /// into a page of follow-on findings.
    public func check(_ source: SourceFile) -> CheckedFile {
        let parsed = Parser.parse(source)
        guard !parsed.hasErrors else {
            return CheckedFile(path: source.path, theory: nil, diagnostics: parsed.diagnostics)
        }
        let theory = Theory(parsed.file)
        let diagnostics = Diagnostic.sortedByLocation(parsed.diagnostics + check(theory))
        return CheckedFile(path: source.path, theory: theory, diagnostics: diagnostics)
    }
}

/// One file after checking.
public struct CheckedFile: Sendable {
    /// The file's path, as the user named it.
    public var path: String
    /// The theory, when the file parsed without errors.
    public var theory: Theory?
    /// Every diagnostic for the file, sorted by location.
    public var diagnostics: [Diagnostic]
}
