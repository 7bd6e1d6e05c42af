/// How serious a finding is.
public enum Severity: String, Sendable, Codable, Comparable, CaseIterable {
    /// The theory does not hang together; `toc check` fails.
    case error
    /// Worth a look; fails only with `--strict`.
    case warning
    /// Extra information attached to another finding.
    case note

    private var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .note: 2
        }
    }

    /// Errors sort before warnings, warnings before notes.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A secondary location attached to a diagnostic, such as "first declared here".
public struct DiagnosticNote: Hashable, Sendable {
    /// What the note says, in English and Danish.
    public var text: LocalizedText
    /// What the note says, in English.
    public var message: String { text.en }
    /// The file the note points into.
    public var file: String
    /// Where it points.
    public var location: SourceLocation

    /// Creates a note.
    public init(text: LocalizedText, file: String, location: SourceLocation) {
        self.text = text
        self.file = file
        self.location = location
    }
}

/// One located finding: a syntax problem or the result of a rule.
public struct Diagnostic: Hashable, Sendable, Error {
    /// The stable rule id, such as `orphan-activity` or `parse-error`.
    public var rule: FindingID
    /// How serious it is.
    public var severity: Severity
    /// The message, in plain words, in English and Danish.
    public var text: LocalizedText
    /// The message in English.
    public var message: String { text.en }
    /// The file it is about, as the user named it.
    public var file: String
    /// Where in the file.
    public var location: SourceLocation
    /// The id of the node the finding is about, if any.
    public var node: String?
    /// Secondary locations.
    public var notes: [DiagnosticNote]

    /// Creates a diagnostic.
    public init(
        rule: FindingID, severity: Severity, text: LocalizedText, file: String,
        location: SourceLocation, node: String? = nil, notes: [DiagnosticNote] = []
    ) {
        self.rule = rule
        self.severity = severity
        self.text = text
        self.file = file
        self.location = location
        self.node = node
        self.notes = notes
    }

    /// Orders diagnostics by file, then location, then rule id.
    public static func sortedByLocation(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.sorted {
            ($0.file, $0.location.line, $0.location.column, $0.rule)
                < ($1.file, $1.location.line, $1.location.column, $1.rule)
        }
    }
}
