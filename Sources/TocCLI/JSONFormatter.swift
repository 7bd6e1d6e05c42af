import TocSyntax

/// Formats a whole check run as one JSON object:
/// `{"findings": [...], "summary": {"files", "errors", "warnings"}, "theories": [...]}`.
public enum JSONFormatter {
    /// The JSON text for a run, keys in a fixed order, ending in a newline;
    /// `theories`, when given, is the JSON array of the run's theories.
    public static func format(_ diagnostics: [Diagnostic], files: Int, language: Language = .en, theories: String? = nil) -> String {
        var out = "{\"findings\":["
        for (index, diagnostic) in diagnostics.enumerated() {
            if index > 0 { out += "," }
            out += "{\"rule\":\(quote(diagnostic.rule))"
            out += ",\"severity\":\(quote(diagnostic.severity.rawValue))"
            out += ",\"file\":\(quote(diagnostic.file))"
            out += ",\"line\":\(diagnostic.location.line)"
            out += ",\"column\":\(diagnostic.location.column)"
            out += ",\"message\":\(quote(diagnostic.text.text(language)))"
            out += ",\"node\":\(diagnostic.node.map(quote) ?? "null")"
            if !diagnostic.notes.isEmpty {
                let notes = diagnostic.notes.map { note in
                    "{\"message\":\(quote(note.text.text(language))),\"file\":\(quote(note.file)),"
                        + "\"line\":\(note.location.line),\"column\":\(note.location.column)}"
                }
                out += ",\"notes\":[\(notes.joined(separator: ","))]"
            }
            out += "}"
        }
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        out += "],\"summary\":{\"files\":\(files),\"errors\":\(errors),\"warnings\":\(warnings)}"
        if let theories { out += ",\"theories\":" + theories }
        out += "}\n"
        return out
    }

    /// A JSON string literal.
    static func quote(_ text: String) -> String { JSONString.quote(text) }
}
