import TocModel
import TocSyntax

/// Example theories for a rule's documentation and tests: each `triggering`
/// text makes the rule fire at least once, each `passing` text never.
public struct RuleExamples: Sendable {
    /// Theories on which the rule fires.
    public var triggering: [String]
    /// Theories on which the rule stays silent.
    public var passing: [String]

    /// Creates a set of examples.
    public init(triggering: [String], passing: [String]) {
        self.triggering = triggering
        self.passing = passing
    }
}

/// One check of a theory's coherence. Each rule lives in a file of its own
/// under `Rules/`, and its type's doc comment is its user documentation.
public protocol Rule: Sendable {
    /// The stable id, used in output, configuration and `toc rules`.
    var id: FindingID { get }
    /// The severity unless configured otherwise.
    var defaultSeverity: Severity { get }
    /// One line for `toc rules`, in English and Danish.
    var summary: LocalizedText { get }
    /// A few words that mark the finding on the diagram, in English and Danish.
    var marker: LocalizedText { get }
    /// Its name in a few words, capitalised, for a report's reader (the
    /// stable id is for machines).
    var name: LocalizedText { get }
    /// The full user documentation; the same text as the type's doc comment.
    var documentation: String { get }
    /// The same documentation in Danish.
    var danishDocumentation: String { get }
    /// Theories that do and do not trigger the rule.
    var examples: RuleExamples { get }
    /// Whether the rule runs unless configured otherwise.
    var enabledByDefault: Bool { get }
    /// Finds the rule's problems in an analysed theory.
    func check(_ analysis: Analysis) -> [Finding]
}

extension Rule {
    /// Rules run by default.
    public var enabledByDefault: Bool { true }

    /// The documentation in a language.
    public func documentation(in language: Language) -> String {
        LocalizedText(documentation, da: danishDocumentation).text(language)
    }
}

/// What a rule is set to: a severity, or off.
public enum RuleLevel: String, CaseIterable, Sendable {
    /// Findings are errors.
    case error
    /// Findings are warnings.
    case warning
    /// The rule does not run.
    case off

    /// The level a word names, in English or Danish (`fejl`, `advarsel`,
    /// `fra`), in any case.
    public init?(word: String) {
        switch word.lowercased() {
        case "error", "fejl": self = .error
        case "warning", "advarsel": self = .warning
        case "off", "fra": self = .off
        default: return nil
        }
    }

    /// The word for the level: `error`, `warning`, `off`, or in Danish
    /// `fejl`, `advarsel`, `fra`; `toc.yml` takes either.
    public func word(danish: Bool) -> String {
        guard danish else { return rawValue }
        switch self {
        case .error: return "fejl"
        case .warning: return "advarsel"
        case .off: return "fra"
        }
    }
}

/// Per-rule levels, as read from `toc.yml`; rules not named keep their defaults.
public struct RuleSettings: Sendable, Equatable {
    /// The configured level by rule id.
    public var levels: [FindingID: RuleLevel]

    /// Settings with the given levels.
    public init(levels: [FindingID: RuleLevel] = [:]) {
        self.levels = levels
    }

    /// Whether rules that are off by default run too (at their default
    /// severity), unless `levels` says otherwise.
    public var everyRule = false

    /// The level a rule runs at.
    public func level(of rule: any Rule) -> RuleLevel {
        if let configured = levels[rule.id] { return configured }
        guard rule.enabledByDefault || everyRule else { return .off }
        return rule.defaultSeverity == .error ? .error : .warning
    }
}

/// What a rule reports, before the checker adds rule id, severity and file.
public struct Finding: Hashable, Sendable {
    /// The message, in plain words, in English and Danish.
    public var message: LocalizedText
    /// Where the finding is.
    public var location: SourceLocation
    /// The id of the node it is about, if any.
    public var node: String?
    /// Secondary locations in the same file: what they say and where.
    public var notes: [FindingNote] = []

    /// Creates a finding.
    public init(_ message: LocalizedText, at location: SourceLocation, node: String? = nil) {
        self.message = message
        self.location = location
        self.node = node
    }
}

/// A secondary location of a finding, such as "first declared here".
public struct FindingNote: Hashable, Sendable {
    /// What the note says.
    public var message: LocalizedText
    /// Where it points.
    public var location: SourceLocation

    /// Creates a note.
    public init(_ message: LocalizedText, at location: SourceLocation) {
        self.message = message
        self.location = location
    }
}

extension Rule {
    /// `activity 'lektiecafe'` / `aktiviteten 'lektiecafe'`: how messages name a node.
    func describe(_ node: Node) -> LocalizedText {
        LocalizedText("\(node.kind.name) '\(node.id)'", da: "\(node.kind.danishDefinite) '\(node.id)'")
    }
}

extension NodeKind {
    /// The Danish name with its definite article: `aktiviteten`, `målet`.
    var danishDefinite: String {
        switch self {
        case .activity: "aktiviteten"
        case .output: "outputtet"
        case .outcome: "resultatet"
        case .goal: "målet"
        }
    }
}
