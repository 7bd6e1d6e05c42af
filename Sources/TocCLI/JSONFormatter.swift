import TocSyntax

/// Formats a whole check run as one JSON object:
/// `{"findings": [...], "summary": {"files", "errors", "warnings", "unreadable"},
/// "theories": [...], "unreadable": [{"path", "reason"}]}`.
public enum JSONFormatter {
    /// The JSON text for a run, keys in a fixed order, ending in a newline;
    /// `theories`, when given, is the JSON array of the run's theories;
    /// `unreadable`, the paths that could not be read and why.
    public static func format(
        _ diagnostics: [Diagnostic], files: Int, language: Language = .en, theories: String? = nil,
        unreadable: [InputFiles.Failure] = []
    ) -> String {
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
        out += "],\"summary\":{\"files\":\(files),\"errors\":\(errors),\"warnings\":\(warnings),"
        out += "\"unreadable\":\(unreadable.count)}"
        if let theories { out += ",\"theories\":" + theories }
        let paths = unreadable.map { "{\"path\":\(quote($0.path)),\"reason\":\(quote($0.reason.text(language)))}" }
        out += ",\"unreadable\":[\(paths.joined(separator: ","))]"
        out += "}\n"
        return out
    }

    /// A JSON string literal.
    static func quote(_ text: String) -> String { JSONString.quote(text) }
}
