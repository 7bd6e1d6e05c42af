import Foundation
import TocSyntax

/// A finding as machines read it, in one language: what `toc check
/// --format json` prints and what the page receives, so both say the same.
public struct FindingRecord: Codable, Equatable, Sendable {
    /// A secondary location, such as "first declared here".
    public struct Note: Codable, Equatable, Sendable {
        /// What it says.
        public var message: String
        /// The file it points into.
        public var file: String
        /// Its line.
        public var line: Int
        /// Its column.
        public var column: Int
    }

    /// The finding's id.
    public var rule: FindingID
    /// `error`, `warning` or `note`.
    public var severity: Severity
    /// The file, as the run named it.
    public var file: String
    /// The line, from 1.
    public var line: Int
    /// The column, from 1, in characters.
    public var column: Int
    /// The message in the run's language.
    public var message: String
    /// The node it concerns, if any.
    public var node: String?
    /// Secondary locations, when there are any.
    public var notes: [Note]?

    /// The record of a diagnostic, said in `language`.
    public init(_ diagnostic: Diagnostic, language: Language) {
        rule = diagnostic.rule
        severity = diagnostic.severity
        file = diagnostic.file
        line = diagnostic.location.line
        column = diagnostic.location.column
        message = diagnostic.text.text(language)
        node = diagnostic.node
        notes = diagnostic.notes.isEmpty ? nil : diagnostic.notes.map {
            Note(message: $0.text.text(language), file: $0.file, line: $0.location.line, column: $0.location.column)
        }
    }

    private enum CodingKeys: String, CodingKey {
        case rule, severity, file, line, column, message, node, notes
    }

    /// Encodes every key, `node` as `null` when there is none, `notes` only when there are some.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(rule, forKey: .rule)
        try container.encode(severity, forKey: .severity)
        try container.encode(file, forKey: .file)
        try container.encode(line, forKey: .line)
        try container.encode(column, forKey: .column)
        try container.encode(message, forKey: .message)
        try container.encode(node, forKey: .node)
        try container.encodeIfPresent(notes, forKey: .notes)
    }
}

/// The JSON encoder every machine-readable output uses: keys sorted (the
/// same bytes every run), `/` not escaped.
public enum JSONOutput {
    /// The JSON text of a value.
    public static func text(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // toc's own records: plain fields and finite numbers, whose encoding cannot fail.
        guard let data = try? encoder.encode(value) else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }
}
